# Edits Plenary's PO export the way a translate-toolkit based tool (Pootle, Weblate's
# translate-toolkit backend) would: through translate.storage.po, then saves it.
import sys
from translate.storage import po

store = po.pofile.parsefile(sys.argv[1])
for unit in store.units:
    ctx = unit.getcontext()
    if ctx == "section/2/heading":          # the machine draft: the translator confirms it
        unit.markfuzzy(False)
    elif ctx == "section/3/heading":        # untranslated: the translator translates it
        unit.target = "رموز 🤖 و𝔘𝔫𝔦𝔠𝔬𝔡𝔢"
    elif ctx == "statement/title":          # approved: the translator has doubts
        unit.markfuzzy(True)
        unit.addnote("Check with the Arabic team", origin="translator")
with open(sys.argv[2], "wb") as out:
    store.serialize(out)
