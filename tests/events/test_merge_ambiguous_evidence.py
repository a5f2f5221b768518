"""Evidence that cannot tell which of a page's two happenings it reports.

A page tells two happenings of one day in one place, the second "the same
day" as the first (a state of emergency declared, a helicopter crash). When
another page's sentence shares with both exactly as much -- the country,
the province -- it reports one of them, but the shared name cannot say
which: joining it to whichever comes first made a wrong merge. Neither is
joined on such evidence; stronger evidence (a name only one of them gives)
still joins, and a rival already joined to the other happening is no rival.
All sentences are written for these tests.
"""

from __future__ import annotations

from newsline.events.merge import merge_records

from .records import event_record


def rec(doc_id: str, quote: str, date: str, start: int = 0, surface: str | None = None, lang="en"):
    return event_record(doc_id, quote, date, lang, start=start, surface=surface, published=date)


def event_of(events: list[dict], doc_id: str, start: int) -> int:
    for k, e in enumerate(events):
        if any(s["doc_id"] == doc_id and s["start"] == start for s in e["sources"]):
            return k
    raise AssertionError((doc_id, start))


DAY = "2026-03-03"
EMERGENCY = "On Tuesday, Moldova's government declared a state of emergency."
CRASH = "The same day, a rescue helicopter crashed in Moldova."


def test_a_sentence_sharing_only_the_country_with_both_happenings_joins_neither():
    p1 = rec("p", EMERGENCY, DAY, 0, "Tuesday")
    p2 = rec("p", CRASH, DAY, 70, "The same day")
    q = rec("q", "A rescue helicopter crashed in Moldova on Tuesday, killing its crew.", DAY)
    events = merge_records([p1, p2, q])
    assert event_of(events, "q", 0) != event_of(events, "p", 0)
    assert event_of(events, "p", 0) != event_of(events, "p", 70)


def test_the_same_in_other_languages():
    # a Chinese page tells both by the province alone; a Vietnamese one the crash
    p1 = rec("z", "3日，摩尔多瓦政府宣布该国进入紧急状态。", DAY, 0, "3日", "zh")
    p2 = rec("z", "当天，一架军方直升机在摩尔多瓦坠毁。", DAY, 20, "当天", "zh")
    q = rec("v", "Hôm 3/3, một trực thăng cứu hộ bị rơi tại Moldova.", DAY, 0, "3/3", "vi")
    events = merge_records([p1, p2, q])
    assert event_of(events, "v", 0) != event_of(events, "z", 0)


def test_a_name_only_one_happening_gives_still_joins_it():
    p1 = rec("p", EMERGENCY, DAY, 0, "Tuesday")
    p2 = rec("p", "The same day, a rescue helicopter crashed near Soroca, Moldova.", DAY, 70,
             "The same day")
    q = rec("q", "A rescue helicopter crashed near Soroca in Moldova on Tuesday.", DAY)
    events = merge_records([p1, p2, q])
    assert event_of(events, "q", 0) == event_of(events, "p", 70)
    assert event_of(events, "q", 0) != event_of(events, "p", 0)


def test_a_rival_already_joined_to_the_other_happening_is_none():
    # both pages tell both happenings; the emergencies meet on the minister's
    # name, and then the crashes, sharing only the country, meet too
    p1 = rec("p", "On Tuesday, minister Ana Varga declared an emergency in Moldova.", DAY, 0,
             "Tuesday")
    p2 = rec("p", CRASH, DAY, 70, "The same day")
    q1 = rec("q", "Ana Varga declared a state of emergency in Moldova on Tuesday.", DAY, 0,
             "Tuesday")
    q2 = rec("q", "Later that day, an army helicopter crashed in Moldova.", DAY, 80,
             "Later that day")
    events = merge_records([p1, p2, q1, q2])
    assert event_of(events, "p", 0) == event_of(events, "q", 0)
    assert event_of(events, "p", 70) == event_of(events, "q", 80)
    assert event_of(events, "p", 0) != event_of(events, "p", 70)


def test_two_sentences_not_told_apart_are_no_rivals():
    # two sentences of one page on one day, neither "the same day" as the
    # other: one account of one happening, which the other page joins
    p1 = rec("p", "On Tuesday, a dam burst in Moldova.", DAY, 0, "Tuesday")
    p2 = rec("p", "Water flooded six villages in Moldova on Tuesday.", DAY, 40, "Tuesday")
    q = rec("q", "A dam gave way in Moldova on Tuesday.", DAY)
    events = merge_records([p1, p2, q])
    assert event_of(events, "q", 0) in (event_of(events, "p", 0), event_of(events, "p", 40))
