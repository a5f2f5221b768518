"""A sentence that opens as a side happening of its day ("Also on Tuesday, a
fire ...", "Cũng trong ngày 16/11, ...", "同日，...", "Separately, ...") shares
the story's setting with the story's own sentences of that day: one shared
place or country is no sign that it tells theirs. It joins another page's
sentence that says nothing so only on two shared things, and it is no page's
story to join on the story's day alone; two sentences that both open so still
meet on one (held-out story19: a fire at another Lyon museum "also on 16/11"
joined a Chinese page's arrest on France alone; story18: a bus crash told
"the same day" joined the landslide). Sentences written for these tests."""

from __future__ import annotations

from newsline.events.merge import merge_records

from .records import event_record


def rec(doc_id, quote, date, lang, surface):
    return event_record(doc_id, quote, date, lang, surface=surface, published=date)


def event_of(events, doc_id):
    for k, e in enumerate(events):
        if any(s["doc_id"] == doc_id for s in e["sources"]):
            return k
    raise AssertionError(doc_id)


DAY = "2041-03-12"


def test_an_also_sentence_does_not_join_on_one_country():
    story = rec("a", "La police a arrêté mardi deux suspects à Gênes, en Italie.", DAY, "fr", "mardi")
    side = rec(
        "b",
        "Cũng trong ngày 12/3, một trận lở đất ở Italia làm ba người bị thương.",
        DAY,
        "vi",
        "ngày 12/3",
    )
    events = merge_records([story, side])
    assert event_of(events, "a") != event_of(events, "b")


def test_a_same_day_opening_does_not_join_on_the_story_day_alone():
    story = rec("a", "Prosecutors charged the two men on Tuesday.", DAY, "en", "on Tuesday")
    side = rec("b", "同日，当地一座仓库发生火灾。", DAY, "zh", "同日")
    events = merge_records([story, side])
    assert event_of(events, "a") != event_of(events, "b")


def test_a_side_happening_still_joins_on_two_names():
    story = rec(
        "a", "Firefighters fought a blaze at a grain terminal in Rosario, Argentina, on Tuesday.", DAY, "en", "on Tuesday"
    )
    side = rec(
        "b",
        "Ese mismo día, un incendio destruyó una terminal de granos en Rosario, Argentina.",
        DAY,
        "es",
        "Ese mismo día",
    )
    events = merge_records([story, side])
    assert event_of(events, "a") == event_of(events, "b")


def test_two_side_happenings_meet_on_one_name():
    a = rec("a", "Also on Tuesday, a landslide cut a road near Salta.", DAY, "en", "on Tuesday")
    b = rec("b", "Le même jour, un glissement de terrain a coupé une route près de Salta.", DAY, "fr", "Le même jour")
    events = merge_records([a, b])
    assert event_of(events, "a") == event_of(events, "b")


def test_the_same_day_told_at_a_sentences_end_goes_on_with_the_story():
    story = rec("a", "The navy sent two ships to Phuket on Sunday.", DAY, "en", "on Sunday")
    told = rec(
        "b", "Hải quân đã điều hai tàu đến Phuket từ sáng cùng ngày.", DAY, "vi", "sáng cùng ngày"
    )
    events = merge_records([story, told])
    assert event_of(events, "a") == event_of(events, "b")
