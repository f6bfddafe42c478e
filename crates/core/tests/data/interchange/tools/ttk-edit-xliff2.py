# Edits Plenary's XLIFF 2.0 export through translate-toolkit's XLIFF 2.0 storage
# (translate.storage.xliff2), the way a tool built on it would, then saves it.
import sys
from translate.storage import xliff2

store = xliff2.Xliff2File.parsefile(sys.argv[1])
for unit in store.units:
    uid = unit.getid()
    if uid == "section_2F_2_2F_heading":      # the machine draft: confirmed as translated
        unit.marktranslated()
    elif uid == "section_2F_3_2F_heading":    # untranslated: translated now
        unit.target = "رموز 🤖 و𝔘𝔫𝔦𝔠𝔬𝔡𝔢"
        unit.marktranslated()
    elif uid.startswith("priority_2F_0193a2f0-7c1e-7d3a-9c11-3f5e2b7a9d01_2F_title"):
        unit.markapproved(True)               # translate-toolkit writes state="reviewed"
    elif uid == "statement_2F_title":         # approved, but the translator has doubts
        unit.markfuzzy(True)                  # translate-toolkit writes state="initial"
with open(sys.argv[2], "wb") as out:
    store.serialize(out)
