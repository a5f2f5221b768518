"""A page whose publish stamp the flags found earlier than a day its text
reports as past ("the summit ended on 11 July" on a page stamped in June) is
a page with a wrong stamp, not a page of plans: its sentences after the
stamp are reports, so they get no ``planned`` flag and still merge with
other pages' reports of that day. A page with a trustworthy stamp keeps
its plans (its flags hold no such contradiction). Seed 004 showed it; the
pages here are written for the test."""

from __future__ import annotations

from newsline.events.anchors import sentence_anchors
from newsline.events.merge import event_records, merge_records
from newsline.model import Document, EventMention, Flag

TEXT_VI = "Hội nghị thượng đỉnh tại Port Alder đã kết thúc ngày 11/7 với tuyên bố chung."
TEXT_EN = "The Port Alder summit ended on July 11 with a joint declaration."


def page(doc_id, text, lang, published, flags=()):
    doc = Document(id=doc_id, source=f"{doc_id}.txt", text=text, published=published)
    doc.lang = lang
    doc.flags = list(flags)
    doc.meta["story_id"] = "s1"
    doc.events = [
        EventMention(0, len(text), "2031-07-11", lang=lang, anchors=sentence_anchors(text, lang))
    ]
    return doc


CONTRADICTED = Flag(
    "suspect_date",
    "Publish stamp 2031-06-08 is earlier than 'ngày 11/7', which the text reports as past "
    "('đã'): the stamp is probably wrong.",
    data={"published": "2031-06-08", "event": "2031-07-11", "past_marker": "đã"},
)


def planned(event):
    return any(f.get("kind") == "planned" for f in event.get("flags", []))


def test_a_contradicted_stamp_tells_reports_not_plans():
    vi = page("vi", TEXT_VI, "vi", "2031-06-08", [CONTRADICTED])
    (event,) = merge_records(event_records(vi))
    assert not planned(event)


def test_its_report_still_meets_another_pages_report():
    vi = page("vi", TEXT_VI, "vi", "2031-06-08", [CONTRADICTED])
    en = page("en", TEXT_EN, "en", "2031-07-12")
    events = merge_records(event_records(vi) + event_records(en))
    assert len(events) == 1
    assert sorted(s["doc_id"] for s in events[0]["sources"]) == ["en", "vi"]


def test_a_trusted_stamp_keeps_its_plan():
    # the same page with no contradiction on its stamp: a plan told in June
    vi = page("vi", TEXT_VI, "vi", "2031-06-08")
    (event,) = merge_records(event_records(vi))
    assert planned(event)


def test_a_stamp_flag_of_another_kind_keeps_the_plan():
    # a stamp later than the fetch date says nothing of days told past
    other = Flag("suspect_date", "stamp later than the fetch date", data={"published": "2031-06-08"})
    vi = page("vi", TEXT_VI, "vi", "2031-06-08", [other])
    (event,) = merge_records(event_records(vi))
    assert planned(event)
