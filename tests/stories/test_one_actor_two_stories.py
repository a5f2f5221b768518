"""Two happenings of one country in one week, with its head of state in
both (a port strike and a dam burst, each with the president's words), share
the country and one person's name and nothing else: each names people and
places of its own. Their anchors alone weigh the country and that person as
heavily as each story's own names, so grown stories of one language merged
on them; and an opinion column on both, sharing a name with the two, joined
the merged story. Now the two stay apart, the column stays its own story,
and a page of one of them that names the president still joins it, as does
one that names the other's city in a clause (it scores far lower with the
other, where the column scores alike with both).
Invented pages (en, de, fr; a country, people and places no corpus the
rule was measured on has)."""

from __future__ import annotations

from newsline.stories import ClusterStories
from newsline.stories.cluster import Story

from .helpers import page, story_lists

STRIKE = [
    page(
        "st-en",
        "en",
        "2026-08-03",
        "Mombasa dockers strike over pay, ships queue offshore",
        "About 3,800 dockworkers at the port of Mombasa walked out on Monday over unpaid "
        "allowances, leaving 41 ships waiting offshore, union leader Josephine Akinyi said. "
        "Kenya's President Daniel Mwangi Kiprono urged both sides to return to talks. "
        "The Kenya Ports Authority said exporters of tea and flowers were hit first.",
    ),
    page(
        "st-de",
        "de",
        "2026-08-04",
        "Streik im Hafen von Mombasa: 41 Schiffe warten",
        "Rund 3.800 Hafenarbeiter in Mombasa streiken seit Montag wegen nicht gezahlter "
        "Zulagen, sagte Gewerkschaftschefin Josephine Akinyi. Vor dem Hafen warten 41 Schiffe. "
        "Kenias Präsident Daniel Mwangi Kiprono rief beide Seiten zu Gesprächen auf; die "
        "Kenya Ports Authority meldet Ausfälle bei Tee und Schnittblumen.",
    ),
    page(
        "st-fr",
        "fr",
        "2026-08-04",
        "Kenya : grève des dockers à Mombasa, 41 navires bloqués",
        "Quelque 3 800 dockers du port de Mombasa sont en grève depuis lundi pour des primes "
        "impayées, selon la syndicaliste Josephine Akinyi. 41 navires attendent au large. Le "
        "président kényan Daniel Mwangi Kiprono appelle à reprendre les négociations avec la "
        "Kenya Ports Authority.",
    ),
]
DAM = [
    page(
        "dm-en",
        "en",
        "2026-08-05",
        "Dam burst near Nakuru kills 23",
        "An earth dam above the village of Solai burst after a week of heavy rain, killing "
        "at least 23 people near Nakuru, the Kenya Red Cross said. Regional commissioner "
        "Peter Otieno Wafula said 600 families had lost their homes. President Daniel Mwangi "
        "Kiprono flew over the valley and promised an inquiry into the dam's owners.",
    ),
    page(
        "dm-de",
        "de",
        "2026-08-05",
        "Dammbruch bei Nakuru: mindestens 23 Tote",
        "Nach tagelangem Regen ist oberhalb des Dorfes Solai ein Erddamm gebrochen. "
        "Mindestens 23 Menschen starben, teilte das Kenianische Rote Kreuz mit. "
        "Regionalkommissar Peter Otieno Wafula sprach von 600 obdachlosen Familien. "
        "Präsident Daniel Mwangi Kiprono überflog das Tal und kündigte eine Untersuchung an.",
    ),
    page(
        "dm-fr",
        "fr",
        "2026-08-06",
        "Rupture d'un barrage près de Nakuru : 23 morts",
        "Un barrage en terre a cédé au-dessus du village de Solai après une semaine de pluies, "
        "faisant au moins 23 morts près de Nakuru, selon la Croix-Rouge du Kenya. Le "
        "commissaire régional Peter Otieno Wafula évoque 600 familles sans abri. Le président "
        "Daniel Mwangi Kiprono a survolé la vallée et promis une enquête.",
    ),
]
COLUMN = page(
    "col-en",
    "en",
    "2026-08-07",
    "Opinion: A president between a stalled port and a broken dam",
    "Daniel Mwangi Kiprono has had a week to forget. In Mombasa, Josephine Akinyi's dockers "
    "still keep 41 ships at sea; in Solai, Peter Otieno Wafula counts the dead. The president "
    "promised talks to one and an inquiry to the other. Neither will wait long.",
)
# a page of the dam story that names the president: it still joins the dam
DAM_MORE = page(
    "dm-en2",
    "en",
    "2026-08-07",
    "Solai dam owners questioned as toll stays at 23",
    "Police questioned the owners of the Solai dam near Nakuru on Friday as the toll stayed "
    "at 23, the Kenya Red Cross said. Commissioner Peter Otieno Wafula said 600 families "
    "were in camps. President Daniel Mwangi Kiprono's inquiry opens next week.",
)

# a page of the dam story noting in a clause where the president came from
# (the strike's city): it tells the dam, not both, and joins it
DAM_CLAUSE = page(
    "dm-es",
    "es",
    "2026-08-06",
    "Rotura de una presa cerca de Nakuru: al menos 23 muertos",
    "Una presa de tierra sobre la aldea de Solai cedió tras una semana de lluvias y causó al "
    "menos 23 muertos cerca de Nakuru, según la Cruz Roja de Kenia. El comisario regional Peter "
    "Otieno Wafula habló de 600 familias sin hogar. El presidente Daniel Mwangi Kiprono, de "
    "vuelta de Mombasa, sobrevoló el valle y prometió una investigación.",
)


def test_two_stories_with_one_president_stay_apart():
    got = story_lists(STRIKE + DAM)
    assert ["st-de", "st-en", "st-fr"] in got
    assert ["dm-de", "dm-en", "dm-fr"] in got


def test_a_column_on_both_stays_its_own_story():
    got = story_lists(STRIKE + DAM + [COLUMN])
    assert ["col-en"] in got
    assert ["st-de", "st-en", "st-fr"] in got
    assert ["dm-de", "dm-en", "dm-fr"] in got


def test_a_page_of_one_naming_the_president_joins_it():
    got = story_lists(STRIKE + DAM + [DAM_MORE])
    assert ["dm-de", "dm-en", "dm-en2", "dm-fr"] in got


def test_a_page_of_one_mentioning_the_other_in_a_clause_joins_its_own():
    got = story_lists(STRIKE + DAM + [DAM_CLAUSE])
    assert ["dm-de", "dm-en", "dm-es", "dm-fr"] in got
    assert ["st-de", "st-en", "st-fr"] in got


def test_the_two_stay_apart_when_their_pages_come_interleaved():
    # the second story's first page shares only the president and the
    # country with the first story's first page: it starts its own
    for first, second in ((STRIKE, DAM), (DAM, STRIKE)):
        got = story_lists([p for pair in zip(first, second) for p in pair])
        assert ["st-de", "st-en", "st-fr"] in got
        assert ["dm-de", "dm-en", "dm-fr"] in got


def _story(sid: str, langs: dict[str, int], anchors: dict[str, float], surfaces) -> Story:
    return Story(id=sid, n=sum(langs.values()), langs=langs, anchors=anchors, surfaces=surfaces)


def test_sharing_an_acronym_or_a_skeleton_alone_is_no_common_actor():
    # two grown stories sharing only a currency acronym, or only a skeleton
    # that two different names may give, are left to the score
    stage = ClusterStories()
    own_a = {"w:oduya": 1.0, "w:kisumu": 1.0, "w:lwanda": 1.0, "w:ojwang": 1.0}
    own_b = {"w:baraka": 1.0, "w:garissa": 1.0, "w:tana": 1.0, "w:dadaab": 1.0}
    usd = {"w:usd": 1.0}
    a = _story("a", {"en": 3}, {**own_a, **usd}, {"w:usd": "USD"})
    b = _story("b", {"en": 3}, {**own_b, **usd}, {"w:usd": "USD"})
    assert not stage._one_actor_apart(a, b)
    a = _story("a", {"en": 3}, {**own_a, "k:krt": 1.0}, {"k:krt": "Kariuki"})
    b = _story("b", {"en": 3}, {**own_b, "k:krt": 1.0}, {"k:krt": "Karatu"})
    assert not stage._one_actor_apart(a, b)
    person = {"w:amina": 1.0, "w:chebet": 1.0, "k:kpt": 1.0}
    surfaces = {"w:amina": "Amina", "w:chebet": "Chebet", "k:kpt": "Chebet"}
    a = _story("a", {"en": 3}, {**own_a, **person}, surfaces)
    b = _story("b", {"en": 3}, {**own_b, **person}, surfaces)
    assert stage._one_actor_apart(a, b)
    # stories sharing half their names are for the score to judge
    half = {"w:oduya": 1.0, "w:kisumu": 1.0}
    a = _story("a", {"en": 3}, {**half, **person}, surfaces)
    b = _story("b", {"en": 3}, {**own_b, **person}, surfaces)
    assert not stage._one_actor_apart(a, b)
    a = _story("a", {"en": 3}, {**own_a, **person}, surfaces)
    # no language in common: the words cannot be compared, the rule is off
    b = _story("b", {"zh": 3}, {**own_b, **person}, surfaces)
    assert not stage._one_actor_apart(a, b)
