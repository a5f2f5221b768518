"""French machine-translated from English, calques the table lacked: "make
the decision" with the definite article, "selon à" (according to), "en bonne
foi" (in good faith) and "être en train d'attendre depuis" (have been
waiting for). A page written for this file in a city-council style; the
same news in idiomatic French stays clean. The positive failed before this
file's commit."""

from __future__ import annotations

from tests.flags.helpers import flagged, kinds

TRANSLATED = (
    "Le conseil municipal a fait la décision lundi de fermer la piscine du quartier nord pour "
    "des travaux, après des plaintes répétées des familles sur l'état des vestiaires.\n"
    "Selon à la mairie, les travaux coûteront 1,2 million d'euros et dureront au moins huit "
    "mois, avec une réouverture prévue au printemps prochain.\n"
    "Le maire a dit que la ville avait agi en bonne foi et que les nageurs du club sont en "
    "train d'attendre depuis des mois pour une solution provisoire.\n"
)
IDIOMATIC = (
    "Le conseil municipal a pris la décision lundi de fermer la piscine du quartier nord pour "
    "des travaux, après des plaintes répétées des familles sur l'état des vestiaires.\n"
    "Selon la mairie, les travaux coûteront 1,2 million d'euros et dureront au moins huit "
    "mois, avec une réouverture prévue au printemps prochain.\n"
    "Le maire a assuré que la ville avait agi de bonne foi, en toute bonne foi même, et que "
    "les nageurs du club attendent depuis des mois une solution provisoire.\n"
)


def test_french_calqued_from_english_is_flagged():
    doc = flagged(TRANSLATED)
    assert kinds(doc, "machine_translation"), [f.reason for f in doc.flags]


def test_the_same_news_in_idiomatic_french_stays_clean():
    doc = flagged(IDIOMATIC)
    assert not kinds(doc, "machine_translation"), [f.reason for f in doc.flags]
