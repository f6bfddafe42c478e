# Builds an XLIFF 2.0 file from a PO file with translate-toolkit's own XLIFF 2.0 storage
# (translate.storage.xliff2), as a tool built on it would write one from scratch.
import sys
from translate.storage import po, xliff2

source = po.pofile.parsefile(sys.argv[1])
store = xliff2.Xliff2File()
store.setsourcelanguage("en")
store.settargetlanguage("fr")
for pounit in source.units:
    if pounit.isheader() or pounit.isobsolete():
        continue
    unit = store.addsourceunit(pounit.source)
    unit.setid(pounit.getcontext().replace("/", "."))
    for note in pounit.getnotes("developer").splitlines():
        unit.addnote(note, origin="context")
    if pounit.target:
        unit.target = pounit.target
        if pounit.isfuzzy():
            unit.markfuzzy(True)
        else:
            unit.marktranslated()
with open(sys.argv[2], "wb") as out:
    store.serialize(out)
