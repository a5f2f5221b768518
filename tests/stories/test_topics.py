"""Topics: the coarse level above stories (newsline.stories.topics).

Unit tests use hand-made story profiles (anchor classes only, as the stage
builds them); the end-to-end tests feed invented articles in German and
Indonesian, and in Spanish and English, about two invented long-running
affairs in two different countries, each told as several separate stories
(different events, months apart). Whether the stage tells each affair as one
story or several, topics must gather each affair and never mix the two.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from newsline.model import Document
from newsline.settings import StorySettings
from newsline.stories import ClusterStories
from newsline.stories.topics import _reassign, group_topics, story_similarities


@dataclass
class P:
    id: str
    n: int
    anchors: dict[str, float] = field(default_factory=dict)


def flat_idf(_f: str) -> float:
    return 1.0


def as_sets(stories: list[P], groups: list[list[int]]) -> set[frozenset[str]]:
    return {frozenset(stories[i].id for i in g) for g in groups}


def test_shared_place_and_names_make_one_topic_other_place_stays_apart():
    stories = [
        P("a1", 20, {"t:KE": 3.0, "w:ruto": 2.0, "w:nairobi": 2.0, "k:rt": 1.0}),
        P("a2", 8, {"t:KE": 2.5, "w:ruto": 1.5, "w:mombasa": 1.0, "w:imf": 0.5}),
        P("b1", 15, {"t:PE": 3.0, "w:boluarte": 2.0, "w:lima": 2.0}),
        P("b2", 6, {"t:PE": 2.0, "w:lima": 1.5, "w:cusco": 1.0}),
    ]
    got = group_topics(stories, flat_idf, threshold=0.25, min_documents=1, attach_threshold=0.1)
    assert as_sets(stories, got) == {frozenset({"a1", "a2"}), frozenset({"b1", "b2"})}


def test_a_shared_name_without_a_shared_place_is_no_topic():
    # "imf" in both, but different countries: the place cosine is 0
    stories = [
        P("x", 5, {"t:AR": 2.0, "w:imf": 3.0, "w:milei": 1.0}),
        P("y", 5, {"t:LK": 2.0, "w:imf": 3.0, "w:colombo": 1.0}),
    ]
    _pairs, sim = story_similarities(stories, flat_idf)
    assert len(sim) == 0 or float(sim.max()) == 0.0
    got = group_topics(stories, flat_idf, threshold=0.25, min_documents=1, attach_threshold=0.1)
    assert len(got) == 2


def test_small_topic_attaches_to_nearest_large_one_and_threshold_one_keeps_stories():
    stories = [
        P("big", 40, {"t:NG": 3.0, "w:tinubu": 2.0, "w:abuja": 2.0, "w:naira": 1.0}),
        P("other", 30, {"t:BR": 3.0, "w:lula": 2.0, "w:brasilia": 2.0}),
        P("tiny", 2, {"t:NG": 1.0, "w:lagos": 2.0, "w:fuel": 2.0}),
    ]
    # tiny is too unlike "big" to merge at 0.5, but attaches as a small topic
    got = group_topics(stories, flat_idf, threshold=0.5, min_documents=10, attach_threshold=0.1)
    assert as_sets(stories, got) == {frozenset({"big", "tiny"}), frozenset({"other"})}
    # no attaching when the bar is above the similarity
    got = group_topics(stories, flat_idf, threshold=0.5, min_documents=10, attach_threshold=0.9)
    assert len(got) == 3
    got = group_topics(stories, flat_idf, threshold=1.01, min_documents=1, attach_threshold=1.01)
    assert len(got) == 3


def test_every_story_in_exactly_one_topic_and_empty_input():
    assert group_topics([], flat_idf, 0.25, 10, 0.1) == []
    stories = [
        P(f"s{i}", 1 + i % 4, {f"t:{'AB'[i % 2]}X": 1.0, f"w:n{i % 3}": 1.0}) for i in range(30)
    ]
    stories.append(P("bare", 1, {}))
    got = group_topics(stories, flat_idf, 0.25, 10, 0.1)
    flat = sorted(i for g in got for i in g)
    assert flat == list(range(len(stories)))


def _two_countries() -> list[P]:
    return [
        P("ng1", 30, {"t:NG": 3.0, "w:tinubu": 2.0, "w:abuja": 2.0, "w:naira": 1.0}),
        P("ng2", 12, {"t:NG": 3.0, "w:tinubu": 1.0, "w:lagos": 2.0}),
        P("br1", 25, {"t:BR": 3.0, "w:lula": 2.0, "w:brasilia": 2.0}),
        P("br2", 10, {"t:BR": 3.0, "w:lula": 1.0, "w:recife": 1.0}),
        # about Nigeria, mentions Brazil once
        P("odd", 3, {"t:NG": 2.0, "t:BR": 0.5, "w:tinubu": 1.0, "w:abuja": 1.0, "w:lula": 0.5}),
        P("bare", 2, {"w:xyz": 1.0}),
    ]


def test_reassignment_moves_a_story_greedy_merging_left_in_the_wrong_topic():
    stories = _two_countries()
    # as if agglomeration had put "odd" with Brazil early on
    groups = [[0, 1], [2, 3, 4], [5]]
    got, moved = _reassign(stories, flat_idf, groups, min_documents=10, attach_threshold=0.1)
    assert moved == 1
    assert as_sets(stories, got) == {
        frozenset({"ng1", "ng2", "odd"}),
        frozenset({"br1", "br2"}),
        frozenset({"bare"}),
    }
    # settled: a second round moves nothing, and a story already in its best topic stays
    again, moved = _reassign(stories, flat_idf, got, min_documents=10, attach_threshold=0.1)
    assert moved == 0 and as_sets(stories, again) == as_sets(stories, got)


def test_reassignment_respects_the_attach_bar_and_needs_a_large_topic():
    stories = _two_countries()
    groups = [[0, 1], [2, 3, 4], [5]]
    # the bar above any similarity: nothing moves
    _, moved = _reassign(stories, flat_idf, groups, min_documents=10, attach_threshold=0.99)
    assert moved == 0
    # no topic large enough to be a centroid: nothing moves
    _, moved = _reassign(stories, flat_idf, groups, min_documents=1000, attach_threshold=0.1)
    assert moved == 0


def test_group_topics_runs_the_reassignment_rounds_and_zero_rounds_skips_them():
    stories = _two_countries()
    with_rounds = group_topics(stories, flat_idf, 0.25, 10, 0.1)
    for g in with_rounds:
        # "bare" shares no place: it stays alone; the others sit with their country
        names = {stories[i].id for i in g}
        assert names in ({"ng1", "ng2", "odd"}, {"br1", "br2"}, {"bare"})
    flat = sorted(
        i for g in group_topics(stories, flat_idf, 0.25, 10, 0.1, refine_rounds=0) for i in g
    )
    assert flat == list(range(len(stories)))


# ------------------------------------------------------------ end to end
# Two invented affairs: a port concession dispute in Kenya (German and
# Indonesian) and a mining licence row in Peru (Spanish and English). Each
# affair has stories months apart with different events.
ARTICLES = [
    (
        "kenya",
        "de",
        "2024-02-01",
        "Streit um Hafen Mombasa: Parlament in Nairobi stoppt Vertrag",
        (
            "Das Parlament in Nairobi hat den Konzessionsvertrag für den Hafen Mombasa gestoppt. "
            "Abgeordnete der Partei ODM werfen Präsident Ruto vor, Kenia an den Betreiber Zanzibar "
            "Ports Holding auszuliefern. In Mombasa protestierten Hafenarbeiter. Kenia prüft nun "
            "eine neue Ausschreibung, sagte Verkehrsminister Murkomen."
        ),
    ),
    (
        "kenya",
        "id",
        "2024-02-02",
        "Parlemen Kenya hentikan kontrak Pelabuhan Mombasa",
        (
            "Parlemen di Nairobi menghentikan kontrak konsesi Pelabuhan Mombasa. Anggota partai ODM "
            "menuduh Presiden Ruto menyerahkan Kenya kepada operator Zanzibar Ports Holding. Buruh "
            "pelabuhan di Mombasa berunjuk rasa. Menteri Perhubungan Murkomen mengatakan Kenya akan "
            "membuka tender baru."
        ),
    ),
    (
        "kenya",
        "de",
        "2024-09-10",
        "Kenia: Gericht in Nairobi erlaubt neue Hafenausschreibung",
        (
            "Ein Gericht in Nairobi hat die neue Ausschreibung für den Hafen Mombasa erlaubt. "
            "Präsident Ruto begrüßte das Urteil; die ODM kündigte Berufung an. Kenia erwartet "
            "Angebote aus Dubai und Singapur bis Dezember."
        ),
    ),
    (
        "kenya",
        "id",
        "2024-09-11",
        "Pengadilan Nairobi izinkan tender baru Pelabuhan Mombasa",
        (
            "Pengadilan di Nairobi mengizinkan tender baru untuk Pelabuhan Mombasa. Presiden Ruto "
            "menyambut putusan itu, sedangkan ODM akan mengajukan banding. Kenya menunggu penawaran "
            "dari Dubai dan Singapura hingga Desember."
        ),
    ),
    (
        "peru",
        "es",
        "2024-03-05",
        "Perú suspende la licencia de la mina Tía María en Arequipa",
        (
            "El Gobierno de Perú suspendió la licencia de la mina Tía María en Arequipa tras las "
            "protestas de agricultores del valle de Tambo. La empresa Southern Copper dijo que "
            "recurrirá. La presidenta Boluarte pidió diálogo desde Lima."
        ),
    ),
    (
        "peru",
        "en",
        "2024-03-06",
        "Peru suspends Tia Maria mine licence in Arequipa",
        (
            "Peru's government suspended the licence of the Tia Maria mine in Arequipa after "
            "protests by farmers of the Tambo valley. Southern Copper said it would appeal. "
            "President Boluarte called for dialogue from Lima."
        ),
    ),
    (
        "peru",
        "es",
        "2024-10-20",
        "Southern Copper gana la apelación y Perú reabre Tía María",
        (
            "Un tribunal de Lima dio la razón a Southern Copper y Perú reabrió el expediente de la "
            "mina Tía María. Los agricultores de Arequipa anunciaron un paro. Boluarte defendió el fallo."
        ),
    ),
    (
        "peru",
        "en",
        "2024-10-21",
        "Southern Copper wins appeal as Peru reopens Tia Maria",
        (
            "A Lima court sided with Southern Copper and Peru reopened the Tia Maria file. Farmers "
            "in Arequipa called a strike. Boluarte defended the ruling."
        ),
    ),
]


def _docs() -> tuple[list[Document], dict[str, str]]:
    docs, gold = [], {}
    for i, (topic, lang, day, title, body) in enumerate(ARTICLES):
        doc_id = f"{topic}-{i}-{lang}"
        docs.append(
            Document(
                id=doc_id,
                source=doc_id + ".txt",
                text=title + "\n\n" + body,
                lang=lang,
                title=title,
                published=day,
            )
        )
        gold[doc_id] = topic
    return docs, gold


def test_topics_gather_stories_of_one_affair_across_languages():
    docs, gold = _docs()
    stage = ClusterStories(StorySettings())
    stage(docs, Counter())
    rows = stage.finalize()["stories"]
    topic_of = {d: r["topic"] for r in rows for d in r["documents"]}
    assert set(topic_of) == set(gold)
    for r in rows:
        assert r["topic"] in {x["id"] for x in rows}
        assert r["topic_title"]
    by_topic: dict[str, set[str]] = {}
    for d, t in topic_of.items():
        by_topic.setdefault(t, set()).add(gold[d])
    # no topic mixes the two affairs, and each affair is one topic
    assert all(len(v) == 1 for v in by_topic.values())
    assert len(by_topic) == 2
    langs = {t: {d.lang for d in docs if topic_of[d.id] == t} for t in by_topic}
    assert all(len(v) == 2 for v in langs.values())


def test_topic_threshold_above_one_keeps_one_topic_per_story():
    docs, _ = _docs()
    s = StorySettings(topic_threshold=1.01, topic_attach_threshold=1.01)
    stage = ClusterStories(s)
    stage(docs, Counter())
    rows = stage.finalize()["stories"]
    assert all(r["topic"] == r["id"] for r in rows)
