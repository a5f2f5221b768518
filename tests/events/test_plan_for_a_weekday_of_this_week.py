"""A weekday named with its week ("vào thứ Sáu tuần này", "本周五",
"วันศุกร์สัปดาห์นี้", "this Friday", "el viernes de esta semana") is dated
by its week alone, but its tense still tells a plan from a report: told
with a future word on the Thursday before, it is tomorrow's plan, so its
event carries the ``planned`` flag and stays apart from the reports of that
day (the one day of slack for a page stamped in UTC is for reports, not for
a sentence told in the future). Told in the past it is no plan. bundle1
showed it on a Vietnamese page ("sẽ triệu tập ... vào thứ Sáu tuần này");
sentences here are written for the test in other domains. Published
Thursday 2031-05-15."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates
from newsline.events.anchors import sentence_anchors
from newsline.events.merge import event_records, merge_records
from newsline.model import Document, EventMention

PUB = "2031-05-15"  # a Thursday
FRIDAY, MONDAY = "2031-05-16", "2031-05-12"

PLANS = [
    (
        "vi",
        "Bộ Giáo dục sẽ công bố điểm thi của các trường phía Nam vào thứ Sáu tuần này.",
        "thứ Sáu tuần này",
    ),
    ("th", "กระทรวงศึกษาธิการจะประกาศผลสอบของโรงเรียนภาคใต้ในวันศุกร์สัปดาห์นี้", "วันศุกร์สัปดาห์นี้"),
    ("zh", "教育部将于本周五公布南部各校的考试成绩。", "本周五"),
    (
        "en",
        "The education ministry will publish the exam results of southern schools this Friday.",
        "this Friday",
    ),
    (
        "es",
        "El ministerio publicará las notas de los colegios del sur el viernes de esta semana.",
        "viernes de esta semana",
    ),
    (
        "fr",
        "Le ministère publiera les notes des lycées du Sud vendredi de cette semaine.",
        "vendredi de cette semaine",
    ),
]

REPORTS = [
    (
        "vi",
        "Bộ Giáo dục đã công bố điểm thi của các trường phía Nam vào thứ Hai tuần này.",
        "thứ Hai tuần này",
    ),
    ("zh", "教育部本周一已经公布了南部各校的考试成绩。", "本周一"),
    ("en", "The education ministry published the exam results this Monday.", "this Monday"),
]


def mention(text, lang, span):
    (m,) = [m for m in resolve_dates(text, lang, PUB) if text[m.start : m.end] == span]
    return m


def page(doc_id, text, lang, span):
    doc = Document(id=doc_id, source=f"{doc_id}.txt", text=text, published=PUB)
    doc.lang = lang
    doc.dates = resolve_dates(text, lang, PUB)
    m = mention(text, lang, span)
    doc.events = [
        EventMention(
            0,
            len(text),
            m.value,
            lang=lang,
            anchors=sentence_anchors(text, lang),
            date_start=m.start,
        )
    ]
    return doc


def planned(event):
    return any(f.get("kind") == "planned" for f in event.get("flags", []))


@pytest.mark.parametrize("lang,text,span", PLANS)
def test_this_weeks_weekday_told_in_the_future_is_a_plan(lang, text, span):
    m = mention(text, lang, span)
    assert (m.value, m.tense) == (FRIDAY, "future")
    (event,) = merge_records(event_records(page("p", text, lang, span)))
    assert planned(event)


@pytest.mark.parametrize("lang,text,span", REPORTS)
def test_this_weeks_weekday_told_in_the_past_is_no_plan(lang, text, span):
    m = mention(text, lang, span)
    assert m.value == MONDAY and m.tense != "future"
    (event,) = merge_records(event_records(page("r", text, lang, span)))
    assert not planned(event)
