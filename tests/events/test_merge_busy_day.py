"""Merging on a busy news day: unrelated happenings of one date stay apart.

Seen on a crawl of a few days' news: one shared name ("US", "Tim", "New
York"), a wire agency's dateline mark "(AP)", a clock time "5:45", or two
Latin names with similar consonants ("American" / "Mourinho") joined
sentences of unrelated stories, and chains of such pairs made one event of
a whole day's news. All sentences are written for these tests.
"""

from __future__ import annotations

from newsline.events.anchors import latin_names_match, name_similarity, sentence_anchors
from newsline.events.merge import merge_records

from .records import event_record


def record(
    doc_id: str,
    quote: str,
    date: str,
    story: str | None,
    lang: str = "en",
    start: int = 0,
    surface: str | None = None,
) -> dict:
    """One event record; ``surface``: the date expression inside ``quote``."""
    return event_record(
        doc_id, quote, date, lang, story=story, start=start, surface=surface, published=date
    )


def sources_per_event(events: list[dict]) -> list[set[str]]:
    return [{s["doc_id"] for s in e["sources"]} for e in events]


# --------------------------------------------------------------- anchors
def test_a_dateline_agency_mark_is_not_an_anchor():
    a = sentence_anchors("LISBON (AP) — The port workers' strike ended on Tuesday.", "en")
    assert "name:ap" not in a
    assert "name:lisbon" in a
    b = sentence_anchors("HÀ NỘI (TTXVN) - Bộ Y tế công bố kế hoạch mới.", "vi")
    assert "name:ttxvn" not in b


def test_clock_times_and_scores_are_not_numbers():
    a = sentence_anchors("The ferry left at 5:45 AM and docked 2:55 later with 312 people.", "en")
    assert "num:45" not in a and "num:55" not in a and "name:am" not in a
    assert "num:312" in a


def test_a_possessive_is_the_name_itself():
    assert "name:ostrava" in sentence_anchors("The council backed Ostrava's bid on Monday.", "en")


# ----------------------------------------------------- names between Latin spellings
def test_latin_spellings_of_one_name_match():
    for a, b in [
        ("putin", "poutine"),
        ("gaddafi", "kadhafi"),
        ("zelensky", "zelenski"),
        ("netanyahu", "netanyahou"),
        ("assad", "asad"),
    ]:
        assert latin_names_match(a, b), (a, b)


def test_unrelated_latin_names_with_similar_consonants_do_not_match():
    for a, b in [
        ("american", "mourinho"),
        ("machine", "amazon"),
        ("johnson", "chinese"),
        ("obama", "osama"),
        ("urban", "taliban"),
    ]:
        assert not latin_names_match(a, b), (a, b)


def test_romanised_names_still_compare_by_skeleton():
    # a Thai romanisation against an English spelling: vowels and aspiration differ
    assert name_similarity("thakahachi", "takahashi") >= 0.75


def test_latin_records_do_not_merge_on_skeleton_lookalikes():
    day = "2025-05-14"
    recs = [
        record("a", "For 40 families the American dream ended on Wednesday.", day, "s1"),
        record("b", "The club named Mourinho manager on Wednesday.", day, "s1"),
    ]
    assert sorted(map(sorted, sources_per_event(merge_records(recs)))) == [["a"], ["b"]]


# ------------------------------------------------------- stories and shared anchors
def test_one_shared_name_does_not_join_two_stories():
    day = "2025-05-14"
    recs = [
        record("a", "The US Senate passed the farm bill on Wednesday.", day, "s-farm"),
        record("b", "A US satellite reached orbit on Wednesday, Vantor said.", day, "s-space"),
        record("c", "Tim Morrison testified on Wednesday.", day, "s-hearing"),
        record("d", "Tim Oyelaran opened the Brisbane store on Wednesday.", day, "s-retail"),
    ]
    assert all(len(e) == 1 for e in sources_per_event(merge_records(recs)))


def test_no_chain_makes_one_event_of_a_day():
    day = "2025-05-14"
    # each pair shares one or two anchors ("New York", "Norvik", "Kiel", "US")
    quotes = [
        "Prosecutors in New York charged Halvorsen on Wednesday.",
        "Shares of Norvik fell in New York on Wednesday.",
        "The port of Kiel turned away Norvik trucks on Wednesday.",
        "The port of Kiel reopened on Wednesday after the US storm warning.",
        "The US team beat Portugal on Wednesday.",
    ]
    recs = [record(f"d{i}", q, day, f"story{i}") for i, q in enumerate(quotes)]
    assert all(len(e) == 1 for e in sources_per_event(merge_records(recs)))


def test_within_one_story_one_shared_name_still_merges():
    day = "2025-05-14"
    recs = [
        record("a", "The chairman, Halvorsen, resigned on Wednesday.", day, "s1"),
        record("b", "On Wednesday the board accepted Halvorsen's resignation.", day, "s1"),
    ]
    assert sources_per_event(merge_records(recs)) == [{"a", "b"}]


def test_two_stories_sharing_several_anchors_still_merge():
    # the same happening filed under two stories: enough shared evidence joins it
    day = "2025-05-14"
    recs = [
        record(
            "a",
            "Halvorsen Capital sold its Kiel terminal to Norvik for 310 million euros on Wednesday.",
            day,
            "s1",
        ),
        record(
            "b", "Norvik bought the Kiel terminal of Halvorsen Capital on Wednesday.", day, "s2"
        ),
    ]
    assert sources_per_event(merge_records(recs)) == [{"a", "b"}]


def test_records_without_story_keep_the_plain_rule():
    day = "2025-05-14"
    recs = [
        record("a", "The chairman, Halvorsen, resigned on Wednesday.", day, None),
        record("b", "On Wednesday the board accepted Halvorsen's resignation.", day, None),
    ]
    assert sources_per_event(merge_records(recs)) == [{"a", "b"}]


def test_one_sentence_naming_one_date_twice_is_one_event():
    # two mentions of 2025-05-14 in one sentence, nothing shared with the other
    # document: one event per happening, and every event id distinct
    quote = "On Wednesday, May 14, the ferry line closed."
    recs = [
        record("a", quote, "2025-05-14", "s1"),
        dict(record("a", quote, "2025-05-14", "s1"), anchors=["num:14"]),
        record("b", "The Lyon marathon was cancelled on Wednesday.", "2025-05-14", "s2"),
    ]
    events = merge_records(recs)
    assert sorted(map(sorted, sources_per_event(events))) == [["a"], ["b"]]
    assert len({e["id"] for e in events}) == len(events)


def test_a_week_and_its_day_in_one_sentence_are_one_event():
    quote = "This week, on Monday, the ferry line closed."
    week = dict(record("a", quote, "2025-05-12", "s1"), end_date="2025-05-18", granularity="week")
    day = record("a", quote, "2025-05-12", "s1")
    other_date = dict(record("a", quote, "2024", "s1"), granularity="year")
    events = merge_records([week, day, other_date])
    assert len({e["id"] for e in events}) == len(events)
    dated = {e["date"]: e for e in events}
    # the week and its Monday: one event at the day; 2024 is another statement
    assert set(dated) == {"2025-05-12", "2024"}
    assert dated["2025-05-12"]["granularity"] == "day"


def test_one_documents_days_do_not_merge_as_a_conflict():
    # a tour's dates: one page, consecutive days, the same words on each line
    recs = [
        record("tour", "June 19 -- Harbour Music Pavilion, Norvik, NC", "2025-06-19", "s1"),
        record(
            "tour", "June 20 -- Harbour Music Pavilion, Kelso, NC", "2025-06-20", "s1", start=60
        ),
    ]
    events = merge_records(recs)
    assert len(events) == 2
    assert not any(f["kind"] == "date_conflict" for e in events for f in e.get("flags", []))


def test_two_documents_a_day_apart_still_merge_with_a_conflict():
    recs = [
        record(
            "a",
            "Officials in Norvik confirmed the Kelso Bridge closure on June 19.",
            "2025-06-19",
            "s1",
        ),
        record(
            "b",
            "The Kelso Bridge in Norvik was closed on June 20, officials said.",
            "2025-06-20",
            "s1",
        ),
    ]
    events = merge_records(recs)
    assert sources_per_event(events) == [{"a", "b"}]
    assert any(f["kind"] == "date_conflict" for f in events[0]["flags"])


def test_a_month_joins_one_day_not_every_day_of_it():
    recs = [
        record("a", "A hunter in Inner Mongolia ate a wild rabbit on Nov. 5.", "2025-11-05", "s1"),
        record("b", "On Nov. 16 Inner Mongolia reported a third plague case.", "2025-11-16", "s1"),
        dict(
            record("c", "Inner Mongolia has confirmed plague cases this month.", "2025-11", "s1"),
            granularity="month",
        ),
    ]
    groups = sources_per_event(merge_records(recs))
    assert {"a", "b"} not in groups and not any({"a", "b"} <= g for g in groups)
    assert any("c" in g and len(g) == 2 for g in groups)


def test_one_sentence_in_two_documents_is_one_event():
    # a repost: the same sentence and date, no name or number to share
    quote = "Sau trận lũ lịch sử năm 2011, các bên từng ra tuyên bố chung."
    recs = [
        dict(record("a", quote, "2011", "s1", lang="vi"), granularity="year"),
        dict(record("b", "  " + quote, "2011", "s2", lang="vi"), granularity="year"),
        dict(
            record("c", "Sau trận lũ năm 2011, nhiều làng bị cô lập.", "2011", "s1", lang="vi"),
            granularity="year",
        ),
    ]
    groups = sorted(map(sorted, sources_per_event(merge_records(recs))))
    assert groups == [["a", "b"], ["c"]]


def test_a_background_year_told_once_per_page_of_a_story_is_one_event():
    # pages of 2025 on one story each recall the 2011 floods once, in three
    # languages, with no name or number in common
    def year(doc, quote, lang, surface, story="s1", pub="2025-03-13"):
        r = record(doc, quote, "2011", story, lang=lang, surface=surface)
        return dict(r, granularity="year", published=pub)

    recs = [
        year("vi1", "Sau trận lũ lịch sử năm 2011, các bên ra tuyên bố chung.", "vi", "năm 2011"),
        year("zh1", "2011年特大洪灾后，各方曾发表联合声明。", "zh", "2011年"),
        year("th1", "ไทยมีบทเรียนราคาแพงจากมหาอุทกภัยปี 2554", "th", "ปี 2554"),
        # another story's page: not joined
        year("en9", "The stadium opened in 2011 after delays.", "en", "2011", story="s2"),
    ]
    events = merge_records(recs)
    groups = sorted(map(sorted, sources_per_event(events)))
    assert groups == [["en9"], ["th1", "vi1", "zh1"]]
    joined = next(e for e in events if len(e["sources"]) == 3)
    assert [f["kind"] for f in joined["flags"]] == ["merged_on_story_and_day"]


def test_this_years_sentences_of_one_story_stay_apart():
    # "2025" in pages of 2025: plans and results of the year, not one happening
    recs = [
        dict(
            record("a", "The centre opens later in 2025.", "2025", "s1"),
            granularity="year",
            published="2025-03-13",
        ),
        dict(
            record("b", "Rainfall in 2025 has been low so far.", "2025", "s1"),
            granularity="year",
            published="2025-03-14",
        ),
    ]
    assert len(merge_records(recs)) == 2


def test_relative_years_and_ranges_are_no_background():
    # "last year" in two columns of one story, and a span of years, are not
    # one happening told twice
    def year(doc, quote, surface, end=None):
        r = record(doc, quote, "2018", "s1", surface=surface)
        return dict(r, granularity="year", published="2019-11-19", end_date=end)

    recs = [
        year("a", "Last year I covered smart home products.", "Last year"),
        year("b", "I wrote a long rant about this last year.", "last year"),
        year(
            "c", "There were 26 cases between 2018 and 2019.", "between 2018 and 2019", end="2019"
        ),
        year("d", "The last major outbreak was in 2018.", "2018"),
    ]
    assert all(len(e["sources"]) == 1 for e in merge_records(recs))
