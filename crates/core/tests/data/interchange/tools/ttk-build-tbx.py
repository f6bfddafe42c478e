# Builds a TBX glossary with translate-toolkit's TBX storage (translate.storage.tbx), as a
# tool built on it (Weblate's glossary export, for one) would write one.
import sys
from translate.storage import tbx

store = tbx.tbxfile(sourcelanguage="en", targetlanguage="fr")
for source, target, note in [
    ("frontier AI", "IA de pointe", "Contested: some delegations reject “frontier” as marketing."),
    ("compute", "puissance de calcul", "Prefer the longer form & avoid jargon"),
]:
    unit = store.addsourceunit(source)
    unit.settarget(target, lang="fr")
    unit.addnote(note, origin="translator")
with open(sys.argv[1], "wb") as out:
    store.serialize(out)
