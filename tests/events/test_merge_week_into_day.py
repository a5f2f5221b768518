"""A happening told only to the week ("last week", "tuần trước", "上周",
"la semaine dernière") is the day's happening another source dates, when
they share names as a month and a day must (the loose bar): one event,
dated by the day. A week that does not hold the day, or shares too little,
stays apart; a week joins one day's event, never chains two. Sentences
invented (other firms, places and languages than any benchmark story)."""

from __future__ import annotations

from newsline.events.merge import merge_records
from newsline.model import Document

from .records import event_record, merge_documents


def week(doc_id, quote, lang, start, end, surface):
    return event_record(
        doc_id,
        quote,
        start,
        lang,
        surface=surface,
        end_date=end,
        granularity="week",
        published="2025-10-15",
    )


def day(doc_id, quote, lang, date, surface=None, story="s1"):
    return event_record(
        doc_id, quote, date, lang, surface=surface, story=story, published="2025-10-15"
    )


def groups(records):
    return sorted(
        (e["date"], sorted(s["doc_id"] for s in e["sources"])) for e in merge_records(records)
    )


def test_a_week_joins_the_day_inside_it_that_shares_its_names():
    records = [
        day(
            "es",
            "El 7 de octubre, Brandauer Werke retiró 12.000 frigoríficos en Alemania.",
            "es",
            "2025-10-07",
            "El 7 de octubre",
        ),
        week(
            "vi",
            "Tuần trước, hãng Brandauer Werke của Đức đã thu hồi 12.000 tủ lạnh.",
            "vi",
            "2025-10-06",
            "2025-10-12",
            "Tuần trước",
        ),
    ]
    assert groups(records) == [("2025-10-07", ["es", "vi"])]


def test_a_chinese_last_week_joins_a_french_day():
    records = [
        day(
            "fr",
            "Mardi 7 octobre, Brandauer Werke a rappelé 12 000 réfrigérateurs en Allemagne.",
            "fr",
            "2025-10-07",
            "Mardi 7 octobre",
        ),
        week(
            "zh",
            "上周，德国布兰道尔公司召回了1.2万台冰箱。",
            "zh",
            "2025-10-06",
            "2025-10-12",
            "上周",
        ),
    ]
    (ev,) = merge_records(records)
    assert ev["date"] == "2025-10-07" and sorted(ev["languages"]) == ["fr", "zh"]


def test_a_week_that_does_not_hold_the_day_stays_apart():
    records = [
        day(
            "es",
            "El 7 de octubre, Brandauer Werke retiró 12.000 frigoríficos en Alemania.",
            "es",
            "2025-10-07",
            "El 7 de octubre",
        ),
        # the week before: same firm, same count, not the same week
        week(
            "vi",
            "Tuần trước nữa, hãng Brandauer Werke của Đức đã thu hồi 12.000 tủ lạnh.",
            "vi",
            "2025-09-29",
            "2025-10-05",
            "Tuần trước nữa",
        ),
    ]
    assert len(groups(records)) == 2


def test_a_week_sharing_too_little_stays_apart():
    records = [
        day(
            "en",
            "On October 8, inspectors in Lyon closed a bakery over hygiene failures.",
            "en",
            "2025-10-08",
            "On October 8",
        ),
        week(
            "fr",
            "La semaine dernière, la préfecture du Rhône a fermé une école de Villeurbanne.",
            "fr",
            "2025-10-06",
            "2025-10-12",
            "La semaine dernière",
        ),
    ]
    assert len(groups(records)) == 2


def test_a_week_joins_one_day_never_chains_two():
    records = [
        day(
            "en",
            "On October 7, Brandauer Werke recalled fridges in Germany.",
            "en",
            "2025-10-07",
            "On October 7",
        ),
        day(
            "es",
            "El 9 de octubre, Brandauer Werke cerró su planta de Alemania en Kassel.",
            "es",
            "2025-10-09",
            "El 9 de octubre",
            story="s2",
        ),
        week(
            "vi",
            "Tuần trước, hãng Brandauer Werke của Đức đã đóng cửa nhà máy ở Kassel.",
            "vi",
            "2025-10-06",
            "2025-10-12",
            "Tuần trước",
        ),
    ]
    got = groups(records)
    assert len(got) == 2
    assert ("2025-10-09", ["es", "vi"]) in got


def test_end_to_end_a_page_saying_last_week_merges_with_the_dated_page():
    dated = Document(
        id="es",
        source="https://diario.example/a",
        lang="es",
        published="2025-10-08",
        text="El martes 7 de octubre, Brandauer Werke retiró 12.000 frigoríficos en Alemania.",
    )
    weekly = Document(
        id="vi",
        source="https://bao.example/b",
        lang="vi",
        published="2025-10-15",
        text="Tuần trước, hãng Brandauer Werke của Đức đã thu hồi 12.000 tủ lạnh.",
    )
    events = merge_documents([dated, weekly]).finalize()["events"]
    assert [(e["date"], e["documents"]) for e in events] == [("2025-10-07", 2)]


def test_a_pages_own_week_and_day_stay_two_happenings():
    # one page: the day's order, and other sales "earlier this week"
    records = [
        day(
            "en",
            "Kestrel Air ordered 30 Brantwell jets on Wednesday in Dubai.",
            "en",
            "2025-10-08",
            "on Wednesday",
        ),
        event_record(
            "en",
            "It follows five Brantwell jet sales earlier this week to Kestrel Air rivals.",
            "2025-10-06",
            "en",
            start=100,
            surface="earlier this week",
            end_date="2025-10-12",
            granularity="week",
            published="2025-10-09",
        ),
    ]
    assert len(groups(records)) == 2


def test_a_sentence_naming_its_day_and_last_week_keeps_its_day():
    # the sentence's own day (Sunday the 12th) is told: its "last week" must
    # not carry it into the 10th's event, two days off, with no conflict shown
    quote = (
        "Kastoria General Hospital reported a second measles death on Sunday after "
        "three cases were confirmed last week."
    )
    records = [
        event_record("a", quote, "2025-10-12", "en", surface="on Sunday", published="2025-10-13"),
        event_record(
            "a",
            quote,
            "2025-10-06",
            "en",
            surface="last week",
            end_date="2025-10-12",
            granularity="week",
            published="2025-10-13",
        ),
        day(
            "b",
            "On 10 October, Kastoria General Hospital reported a second measles death.",
            "en",
            "2025-10-10",
            "On 10 October",
        ),
    ]
    got = groups(records)
    assert ("2025-10-10", ["b"]) in got and len(got) == 2


def test_a_week_not_over_when_published_stays_apart():
    # "this week's match" may be still to come: no day of it is known yet
    records = [
        day(
            "en",
            "On Monday, Arlen Voss of the Kestrel Hawks was fined for the brawl.",
            "en",
            "2025-10-13",
            "On Monday",
        ),
        event_record(
            "es",
            "Arlen Voss, de los Kestrel Hawks, jugará el partido de esta semana en Lisboa.",
            "2025-10-13",
            "es",
            surface="esta semana",
            end_date="2025-10-19",
            granularity="week",
            published="2025-10-15",
        ),
    ]
    assert len(groups(records)) == 2
