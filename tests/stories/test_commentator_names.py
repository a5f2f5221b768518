"""A name heard in the stories of many places is a commentator's (a foreign
minister who speaks on every crisis): it alone does not join a page of
another language to one of those stories. Invented pages: a Swedish foreign
minister comments on floods in Mozambique, protests in Kenya and an
earthquake in Peru, each told in English, French and Spanish; then a page
on a German page on a ferry strike in the Aegean quotes her too. The crises' own people stay
evidence within their stories.
"""

from __future__ import annotations

from collections import Counter

from newsline.model import Document
from newsline.stories import ClusterStories

MINISTER_EN = "Sweden's foreign minister Helga Lindqvist"
MINISTER_FR = "La ministre suédoise des Affaires étrangères Helga Lindqvist"
MINISTER_ES = "La canciller sueca Helga Lindqvist"

PAGES = [
    # (id, lang, day, text)
    (
        "flood-en",
        "en",
        "2026-03-02",
        (
            "Floods in Mozambique kill 41\n\nFloods around Beira killed 41 people, disaster agency "
            f"chief Amélia Nhantumbo said on Monday. {MINISTER_EN} pledged emergency aid."
        ),
    ),
    (
        "flood-fr",
        "fr",
        "2026-03-02",
        (
            "Inondations au Mozambique : 41 morts\n\nLes inondations autour de Beira ont fait 41 "
            f"morts, selon Amélia Nhantumbo, cheffe de l'agence des catastrophes. {MINISTER_FR} a "
            "promis une aide d'urgence."
        ),
    ),
    (
        "flood-es",
        "es",
        "2026-03-03",
        (
            "Inundaciones en Mozambique: 41 muertos\n\nLas inundaciones en torno a Beira dejaron 41 "
            f"muertos, según Amélia Nhantumbo, jefa de la agencia de desastres. {MINISTER_ES} "
            "prometió ayuda de emergencia."
        ),
    ),
    (
        "protest-en",
        "en",
        "2026-03-09",
        (
            "Police arrest 230 protesters in Nairobi\n\nKenyan police arrested 230 people at a march "
            "in Nairobi called by opposition leader Daniel Otieno Wambua. "
            f"{MINISTER_EN} urged restraint on all sides."
        ),
    ),
    (
        "protest-fr",
        "fr",
        "2026-03-09",
        (
            "Nairobi : 230 manifestants arrêtés\n\nLa police kényane a arrêté 230 personnes lors "
            "d'une marche à Nairobi, au Kenya, convoquée par l'opposant Daniel Otieno Wambua. "
            f"{MINISTER_FR} a appelé à la retenue."
        ),
    ),
    (
        "protest-es",
        "es",
        "2026-03-10",
        (
            "Detienen a 230 manifestantes en Nairobi\n\nLa policía de Kenia detuvo a 230 personas en "
            "una marcha convocada en Nairobi por el opositor Daniel Otieno Wambua. "
            f"{MINISTER_ES} pidió moderación."
        ),
    ),
    (
        "quake-en",
        "en",
        "2026-03-16",
        (
            "Earthquake in southern Peru kills 23\n\nA magnitude 6.8 earthquake struck near Arequipa, "
            "killing 23 people, civil defence head Rosa Huamaní Quispe said. "
            f"{MINISTER_EN} sent her condolences."
        ),
    ),
    (
        "quake-fr",
        "fr",
        "2026-03-16",
        (
            "Séisme au Pérou : 23 morts\n\nUn séisme de magnitude 6,8 a frappé la région d'Arequipa, "
            "faisant 23 morts, selon Rosa Huamaní Quispe, cheffe de la défense civile. "
            f"{MINISTER_FR} a présenté ses condoléances."
        ),
    ),
    (
        "quake-es",
        "es",
        "2026-03-17",
        (
            "Sismo en el sur del Perú deja 23 muertos\n\nUn sismo de magnitud 6,8 sacudió Arequipa "
            "y dejó 23 muertos, informó la jefa de Defensa Civil, Rosa Huamaní Quispe. "
            f"{MINISTER_ES} envió sus condolencias."
        ),
    ),
    (
        "ferry-de",
        "de",
        "2026-03-18",
        (
            "Helga Lindqvist ruft zum Dialog auf\n\nHelga Lindqvist rief am Mittwoch im Streik der "
            "Fähren zum Dialog auf. Lindqvist sagte, beide Seiten müssten verhandeln."
        ),
    ),
]


# Other news of those weeks, each page its own story: a corpus where the
# minister is on few pages, as in any real crawl (on ten pages out of ten,
# her name would weigh nothing anyway).
_TOWNS = "Aldbury Brixworth Cawston Dunmore Elstead Farleigh Grimsby Hexham Ilkley Jarrow"
_WORKS = "library bridge school clinic market stadium harbour museum station theatre"
OTHER_NEWS = [
    (
        f"local-{k}",
        "en",
        f"2026-03-{1 + k % 17:02d}",
        (
            f"{town} council approves new {work}\n\nThe council of {town} approved a new {work} "
            f"on Tuesday; councillor {name} said works would start in spring."
        ),
    )
    for k, (town, work, name) in enumerate(
        zip(
            _TOWNS.split() * 3,
            _WORKS.split() * 3,
            [f"{a} {b}" for a in ("Oswin", "Peregrine", "Quentin") for b in _TOWNS.split()],
        )
    )
]


def _docs() -> list[Document]:
    pages = sorted(OTHER_NEWS + PAGES[:-1], key=lambda p: (p[2], p[0])) + PAGES[-1:]
    return [
        Document(id=i, source=i + ".txt", text=t, lang=lang, title=t.split("\n")[0], published=day)
        for i, lang, day, t in pages
    ]


def _run() -> ClusterStories:
    stage = ClusterStories()
    for doc in _docs():  # one page at a time, as a crawl brings them
        stage([doc], Counter())
    return stage


def test_a_commentators_name_alone_does_not_join_a_page_to_a_story():
    stage = _run()
    ferry = stage.story_of("ferry-de")
    assert ferry not in {stage.story_of(k) for k in ("flood-en", "protest-en", "quake-en")}


def test_each_crisis_is_still_one_story_across_languages():
    stage = _run()
    for crisis in ("flood", "protest", "quake"):
        stories = {stage.story_of(f"{crisis}-{lang}") for lang in ("en", "fr", "es")}
        assert len(stories) == 1, crisis
    assert len({stage.story_of(f"{c}-en") for c in ("flood", "protest", "quake")}) == 3
