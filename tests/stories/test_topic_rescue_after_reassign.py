"""A one-page story that reassignment put into a large topic on the one
place it names in passing -- a country the other topic names often, so the
place cosine favours it -- while the leader, capital and people it names
again and again are another large topic's, moves to that topic
(topics._rescue judges every story too small to be a topic, not only those
left in small topics). Near misses stay: a page of one topic naming the
other's leader once, a page sharing the country of two topics that names
the second one's people, a roundup naming two topics' leaders alike.

Hand-made story profiles as tests/stories/test_topics.py builds them, then
an invented corpus in Spanish, French, English, Indonesian and German
(invented people and affairs)."""

from __future__ import annotations

from collections import Counter

from newsline.model import Document
from newsline.settings import StorySettings
from newsline.stories import ClusterStories
from newsline.stories.topics import group_topics

from .test_topics import P, as_sets, flat_idf

# two affairs of ten pages or more; the first is often told from Norway
# (the mine's owner is Norwegian), the second never names Norway
MINE = P(
    "mine",
    14,
    {
        "t:PE": 3.0,
        "t:NO": 1.5,
        "w:quispe": 2.5,
        "w:arequipa": 1.5,
        "w:fjellstad": 1.2,
        "w:oslo": 0.8,
    },
)
FERRY = P("ferry", 12, {"t:PH": 3.0, "w:dimaculangan": 2.5, "w:cebu": 1.5, "w:bohol": 1.0})


def _common_places(f: str) -> float:
    return 0.2 if f.startswith("t:") else 1.0


def _topics(*extra: P, **kw) -> set[frozenset[str]]:
    stories = [MINE, FERRY, *extra]
    got = group_topics(
        stories, flat_idf, threshold=0.25, min_documents=10, attach_threshold=0.1, **kw
    )
    return as_sets(stories, got)


def test_a_page_placed_by_the_other_topics_side_country_joins_the_topic_of_its_names():
    # an Oslo dateline (its only place, named once) and the ferry affair's
    # minister, port and island again and again; it shares one Oslo with the mine
    page = P(
        "page",
        1,
        {"t:NO": 0.5, "w:oslo": 0.5, "w:dimaculangan": 2.0, "w:cebu": 1.5, "w:bohol": 1.2},
    )
    assert _topics(page) == {frozenset({"mine"}), frozenset({"ferry", "page"})}


def test_without_the_rescue_it_stays_where_reassignment_put_it():
    page = P(
        "page",
        1,
        {"t:NO": 0.5, "w:oslo": 0.5, "w:dimaculangan": 2.0, "w:cebu": 1.5, "w:bohol": 1.2},
    )
    assert _topics(page, rescue_margin=0.0) == {frozenset({"mine", "page"}), frozenset({"ferry"})}


def test_a_page_of_the_topic_naming_the_other_leader_once_stays():
    page = P(
        "page",
        1,
        {"t:PE": 2.0, "w:quispe": 2.0, "w:arequipa": 1.0, "w:dimaculangan": 0.5},
    )
    assert _topics(page) == {frozenset({"mine", "page"}), frozenset({"ferry"})}


def test_a_page_of_the_same_country_about_another_affair_stays_with_its_own():
    # two affairs in one country: a page naming the country and the second
    # affair's people belongs to the second affair, not the first
    # (the country is common in this corpus: a low IDF, as real ones give)
    strike = P(
        "strike",
        11,
        {"t:PE": 3.0, "w:huaman": 2.5, "w:callao": 1.5, "w:sutep": 1.0, "w:vilca": 1.5},
    )
    page = P("page", 1, {"t:PE": 1.5, "w:huaman": 2.0, "w:callao": 1.5, "w:quispe": 0.3})
    stories = [MINE, FERRY, strike, page]
    got = as_sets(
        stories,
        group_topics(
            stories, _common_places, threshold=0.25, min_documents=10, attach_threshold=0.1
        ),
    )
    assert frozenset({"strike", "page"}) in got
    assert frozenset({"mine"}) in got


def test_a_roundup_naming_two_topics_alike_does_not_move():
    roundup = P(
        "roundup",
        1,
        {"t:NO": 0.5, "w:oslo": 0.5, "w:quispe": 1.5, "w:dimaculangan": 1.5, "w:davos": 1.0},
    )
    got = _topics(roundup)
    assert frozenset({"ferry", "roundup"}) not in got


# ------------------------------------------------------------ end to end
# (affair, language, day, title, body); invented people and companies. The
# mine affair is told with its Norwegian owner (Norway, Oslo named often);
# the ferry affair never names Norway.
AFFAIRS = [
    (
        "mine",
        "es",
        "2025-02-03",
        "Perú suspende la mina Huaycco tras un derrame en Arequipa",
        (
            "El Gobierno de Perú suspendió la mina Huaycco en Arequipa tras un derrame de relaves. "
            "El ministro Efraín Quispe dijo en Lima que la empresa noruega Fjellstad Mining, con sede "
            "en Oslo, deberá limpiar el río. Noruega envió a un enviado a Lima."
        ),
    ),
    (
        "mine",
        "en",
        "2025-02-04",
        "Peru suspends Huaycco mine after tailings spill",
        (
            "Peru suspended the Huaycco mine in Arequipa after a tailings spill. Minister Efraín "
            "Quispe said in Lima that the owner, Fjellstad Mining of Oslo, Norway, must clean the "
            "river. Fjellstad said in Oslo it would comply."
        ),
    ),
    (
        "mine",
        "fr",
        "2025-02-05",
        "Le Pérou suspend la mine Huaycco après une fuite à Arequipa",
        (
            "Le Pérou a suspendu la mine Huaycco, à Arequipa, après une fuite de résidus. Le ministre "
            "Efraín Quispe a exigé à Lima que Fjellstad Mining, basée à Oslo en Norvège, nettoie la "
            "rivière. La Norvège a dépêché un émissaire."
        ),
    ),
    (
        "mine",
        "es",
        "2025-06-10",
        "Fjellstad pagará una multa récord en Perú",
        (
            "Fjellstad Mining pagará una multa récord en Perú por el derrame de Arequipa. El ministro "
            "Quispe lo anunció en Lima; desde Oslo, la empresa prometió un fondo para los agricultores "
            "del valle. Noruega saludó el acuerdo."
        ),
    ),
    (
        "ferry",
        "en",
        "2025-03-10",
        "Philippine ferry sinks off Bohol, dozens missing",
        (
            "A ferry sank off Bohol in the Philippines with 180 people aboard. Transport Secretary "
            "Ramon Dimaculangan flew to Cebu to lead the search. The Philippine coast guard said "
            "dozens were missing."
        ),
    ),
    (
        "ferry",
        "vi",
        "2025-03-11",
        "Phà chìm ngoài khơi Bohol, Philippines",
        (
            "Một chiếc phà chở 180 người bị chìm ngoài khơi Bohol, Philippines. Bộ trưởng Giao thông "
            "Ramon Dimaculangan đã tới Cebu để chỉ đạo tìm kiếm. Lực lượng tuần duyên Philippines cho "
            "biết hàng chục người mất tích."
        ),
    ),
    (
        "ferry",
        "fr",
        "2025-03-11",
        "Un ferry coule au large de Bohol aux Philippines",
        (
            "Un ferry transportant 180 personnes a coulé au large de Bohol, aux Philippines. Le "
            "ministre des Transports Ramon Dimaculangan s'est rendu à Cebu pour diriger les "
            "recherches. Des dizaines de personnes sont portées disparues."
        ),
    ),
    (
        "ferry",
        "en",
        "2025-07-01",
        "Philippines charges ferry operator over Bohol sinking",
        (
            "Prosecutors in Cebu charged the ferry operator over the Bohol sinking. Secretary "
            "Dimaculangan said the Philippines would inspect every ferry between Cebu and Bohol."
        ),
    ),
]
# a Spanish page about the ferry affair, datelined in Oslo (a maritime
# conference), the Philippines written only as an adjective
BELONG = [
    (
        "ferry",
        "es",
        "2025-03-20",
        "Dimaculangan pide en Oslo ayuda para buscar en Bohol",
        (
            "Oslo (Noruega) – En el Foro Marítimo Skagerak, organizado por Ingrid Halvorsen y Terje "
            "Vassbotn, el secretario filipino de Transporte, Ramon Dimaculangan, pidió ayuda para la "
            "búsqueda en Bohol. Halvorsen y Vassbotn prometieron buzos. Dimaculangan dijo que el "
            "operador del ferry de Bohol será juzgado, y Dimaculangan volverá a Bohol el lunes. "
            "Halvorsen visitará Bohol."
        ),
    ),
]
STAY_OUT = [
    # a page of the mine affair that names the ferry minister once: stays
    (
        "mine",
        "fr",
        "2025-03-21",
        "Quispe à Oslo : Fjellstad doit payer",
        (
            "Oslo (Norvège) – Le ministre péruvien Efraín Quispe a rencontré à Oslo les dirigeants "
            "de Fjellstad Mining. Quispe a exigé que Fjellstad paie la dépollution d'Arequipa; au "
            "même congrès, Ramon Dimaculangan a parlé des ferries. Quispe rentrera à Lima vendredi."
        ),
    ),
]

SETTINGS = {"topic_min_documents": 4}


def _doc(i: int, row: tuple[str, str, str, str, str]) -> Document:
    affair, lang, day, title, body = row
    doc_id = f"{affair}-{i}-{lang}"
    return Document(
        id=doc_id,
        source=doc_id + ".txt",
        text=title + "\n\n" + body,
        lang=lang,
        title=title,
        published=day,
    )


def _topic_members() -> dict[str, set[str]]:
    rows = AFFAIRS + BELONG + STAY_OUT
    docs = sorted((_doc(i, r) for i, r in enumerate(rows)), key=lambda d: (d.published, d.id))
    stage = ClusterStories(StorySettings(**SETTINGS))
    stage(docs, Counter())
    out = stage.finalize()["stories"]
    topic_of = {d: r["topic"] for r in out for d in r["documents"]}
    members: dict[str, set[str]] = {}
    for d, t in topic_of.items():
        members.setdefault(t, set()).add(d)
    return {d: members[t] for d, t in topic_of.items()}


def _affair_of(members: set[str]) -> set[str]:
    return {d.split("-")[0] for d in members}


def test_a_page_datelined_in_the_other_affairs_country_joins_its_own_affair():
    topics = _topic_members()
    belong = f"ferry-{len(AFFAIRS)}-es"
    assert _affair_of(topics[belong]) == {"ferry"}
    assert {f"ferry-{i}-{r[1]}" for i, r in enumerate(AFFAIRS) if r[0] == "ferry"} <= topics[belong]


def test_the_affairs_stay_apart_and_a_page_naming_the_other_minister_once_stays():
    topics = _topic_members()
    for i, row in enumerate(AFFAIRS + BELONG + STAY_OUT):
        doc_id = f"{row[0]}-{i}-{row[1]}"
        assert _affair_of(topics[doc_id]) == {row[0]}, doc_id
