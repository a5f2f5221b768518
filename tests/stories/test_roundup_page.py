"""A round-up or live page tells several stories in a few lines each (a
morning briefing: a ferry fire in Greece, a wildfire in Canada). It scores
above the join threshold with each of them, and joining the best glued one
line of it to that story. When two of the stories it reaches share no place
and no name, the page stays its own story, and no later merge takes it in.
A page reaching two stories that share their people (a flood and a council
vote in one province) is no round-up and joins the best. Invented pages
(de, en, fr, es; other places and languages than any corpus the rule was
measured on)."""

from __future__ import annotations

from collections import Counter

from newsline.stories import ClusterStories

from .helpers import page, story_lists

FERRY = [
    page(
        "fe-de",
        "de",
        "2026-07-14",
        "Feuer auf Fähre vor Kreta: 412 Passagiere gerettet",
        "Auf der Fähre Aegean Star ist vor Heraklion ein Feuer im Maschinenraum ausgebrochen. "
        "Die griechische Küstenwache rettete alle 412 Passagiere, sagte Sprecherin Eleni Markou. "
        "Kapitän Nikos Vlachos wurde leicht verletzt. Die Fähre wurde nach Heraklion geschleppt.",
    ),
    page(
        "fe-en",
        "en",
        "2026-07-14",
        "All 412 passengers rescued after ferry fire off Crete",
        "Greece's coast guard rescued all 412 passengers from the ferry Aegean Star after a fire "
        "broke out in its engine room off Heraklion, spokeswoman Eleni Markou said. Captain "
        "Nikos Vlachos was slightly hurt. Tugs towed the ship back to Heraklion.",
    ),
    page(
        "fe-fr",
        "fr",
        "2026-07-15",
        "Incendie sur un ferry au large de la Crète : 412 passagers évacués",
        "Les garde-côtes grecs ont évacué les 412 passagers de l'Aegean Star, en feu au large "
        "d'Héraklion. Selon la porte-parole Eleni Markou, le capitaine Nikos Vlachos est "
        "légèrement blessé. Le navire a été remorqué jusqu'au port.",
    ),
]
WILDFIRE = [
    page(
        "wf-en",
        "en",
        "2026-07-14",
        "Wildfire forces 6,500 from Hinton, Alberta",
        "A fast-moving wildfire forced 6,500 residents of Hinton, Alberta, to leave their homes, "
        "Canadian officials said. Fire chief Dana McLeod said 180 firefighters and 12 water "
        "bombers were fighting the blaze, which has burned 9,200 hectares.",
    ),
    page(
        "wf-fr",
        "fr",
        "2026-07-14",
        "Canada : 6 500 personnes évacuées à Hinton à cause d'un feu de forêt",
        "Un feu de forêt a contraint 6 500 habitants de Hinton, en Alberta, à évacuer. La cheffe "
        "des pompiers Dana McLeod indique que 180 pompiers et 12 bombardiers d'eau luttent "
        "contre l'incendie, qui a brûlé 9 200 hectares.",
    ),
    page(
        "wf-es",
        "es",
        "2026-07-15",
        "Incendio forestal obliga a evacuar a 6.500 personas en Alberta",
        "Un incendio forestal obligó a evacuar a 6.500 vecinos de Hinton, en la provincia "
        "canadiense de Alberta. La jefa de bomberos Dana McLeod dijo que 180 bomberos y 12 "
        "aviones cisterna combaten el fuego, que ha quemado 9.200 hectáreas.",
    ),
]
BRIEFING = page(
    "brief-en",
    "en",
    "2026-07-15",
    "Morning briefing: ferry fire off Crete, Alberta wildfire, markets",
    "Greece: all 412 passengers of the ferry Aegean Star were rescued off Heraklion after an "
    "engine-room fire; coast guard spokeswoman Eleni Markou said Captain Nikos Vlachos was "
    "slightly hurt.\n\nCanada: 6,500 people have left Hinton, Alberta, as a wildfire spreads; "
    "fire chief Dana McLeod says 180 firefighters are on the lines.\n\nMarkets: Asian shares "
    "opened higher and oil was steady.",
)
# near miss: a plain page of one story, the other story in the same batch
FERRY_MORE = page(
    "fe-es",
    "es",
    "2026-07-15",
    "Rescatados los 412 pasajeros de un ferri en llamas frente a Creta",
    "Los guardacostas griegos rescataron a los 412 pasajeros del Aegean Star, incendiado "
    "frente a Heraklion. La portavoz Eleni Markou dijo que el capitán Nikos Vlachos sufrió "
    "heridas leves.",
)


def test_a_briefing_over_two_unrelated_stories_stays_its_own_story():
    got = story_lists(FERRY + WILDFIRE + [BRIEFING])
    assert ["brief-en"] in got
    assert ["fe-de", "fe-en", "fe-fr"] in got
    assert ["wf-en", "wf-es", "wf-fr"] in got


def test_a_briefing_in_a_later_run_stays_its_own_story():
    first = ClusterStories()
    first(FERRY + WILDFIRE, Counter())
    first.finalize()
    second = ClusterStories()
    second.load_state(first.state_dict())
    second([BRIEFING], Counter())
    got = sorted(sorted(s["documents"]) for s in second.finalize()["stories"])
    assert ["brief-en"] in got


def test_a_page_of_one_story_still_joins_it():
    got = story_lists(FERRY + WILDFIRE + [FERRY_MORE])
    assert ["fe-de", "fe-en", "fe-es", "fe-fr"] in got
