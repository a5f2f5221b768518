"""Sources a day apart join only on two things they share, not on the words
of one name. Two sentences of one story on two consecutive days that share
only one place of two words ("Thorong Phedi": a body recovery on the 14th, a
rescue told on the 15th) are two happenings; counted as two shared names,
the place chained them into one event with a date_conflict (held-out
story18: 24 wrong merges). A full name and another name still join a day
off (a time zone, a source's mistake), and one name of two words still
joins sources of the same day. All sentences are written for these tests."""

from __future__ import annotations

from newsline.events.merge import _words_of_one_name, merge_records

from .records import event_record


def rec(doc_id, quote, date, lang="en", start=0):
    return event_record(doc_id, quote, date, lang, start=start, published=date)


def event_of(events, doc_id, start=0):
    for k, e in enumerate(events):
        if any(s["doc_id"] == doc_id and s["start"] == start for s in e["sources"]):
            return k
    raise AssertionError((doc_id, start))


def test_one_place_of_two_words_does_not_join_two_days():
    # a ferry's wreck found on Monday; a fisherman rescued on Tuesday, same port
    a = rec("a", "Divers found the wreck of the ferry near Puerto Deseado on Monday.", "2031-05-05")
    b = rec(
        "b",
        "La Prefectura rescató el martes a un pescador herido frente a Puerto Deseado.",
        "2031-05-06",
        "es",
    )
    events = merge_records([a, b])
    assert event_of(events, "a") != event_of(events, "b")


def test_a_persons_full_name_alone_does_not_join_two_days():
    a = rec("a", "Magistrate Ilse Vandermeer opened the inquest in Ghent on Monday.", "2031-05-05")
    b = rec(
        "b",
        "La juge Ilse Vandermeer a entendu mardi les premiers témoins.",
        "2031-05-06",
        "fr",
    )
    events = merge_records([a, b])
    assert event_of(events, "a") != event_of(events, "b")


def test_a_full_name_and_a_place_still_join_a_day_off_and_are_flagged():
    a = rec("a", "Police arrested Tomas Reyes in Cordoba late on Monday.", "2031-05-05")
    b = rec(
        "b", "La policía detuvo el martes en Cordoba a Tomas Reyes.", "2031-05-06", "es"
    )
    events = merge_records([a, b])
    assert event_of(events, "a") == event_of(events, "b")
    assert any(f["kind"] == "date_conflict" for f in events[event_of(events, "a")]["flags"])


def test_one_name_of_two_words_still_joins_the_same_day():
    day = "2031-05-06"
    a = rec("a", "Rescuers reached Puerto Deseado on Tuesday after the storm.", day)
    b = rec("b", "Los rescatistas llegaron el martes a Puerto Deseado.", day, "es")
    events = merge_records([a, b])
    assert event_of(events, "a") == event_of(events, "b")


def test_words_of_one_name_are_read_next_to_each_other_only():
    a = rec("a", "Floods hit Pokhara, Chitwan and Butwal on Monday.", "2031-05-05")
    b = rec("b", "Rain fell on Pokhara Chitwan roads on Tuesday.", "2031-05-06")
    # adjacent in b ("Pokhara Chitwan"): one of them counts as a later word
    assert _words_of_one_name(a, b) == 1
    c = rec("c", "Floods hit Pokhara and Chitwan on Tuesday.", "2031-05-06")
    # a comma or a word between: two names
    assert _words_of_one_name(a, c) == 0
