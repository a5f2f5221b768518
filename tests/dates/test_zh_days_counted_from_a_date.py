"""Chinese "自<date>起N日内" (within N days from a date): the number before
"内" / "以内" / "之内" counts days, it is no day of the month, so the date is
read alone and no range to "the Nth" is made up. A range written to a day
("3月3日起至30日", "3月3日至30日") stays a range. Sentences written for
these tests (a tax notice, a recall, a tender)."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates

PUB = "2025-06-20"


def found(text):
    return [(text[m.start : m.end], m.value, m.end_value) for m in resolve_dates(text, "zh", PUB)]


@pytest.mark.parametrize(
    "text,expect",
    [
        ("纳税人应自6月1日起十五日内补缴税款。", [("6月1日", "2025-06-01", None)]),
        ("厂家须自2025年5月8日起20日以内完成召回。", [("2025年5月8日", "2025-05-08", None)]),
        ("自6月2日起7日之内，投标人可提出异议。", [("6月2日", "2025-06-02", None)]),
    ],
)
def test_days_counted_from_a_date_are_no_range(text, expect):
    assert found(text) == expect


@pytest.mark.parametrize(
    "text,expect",
    [
        ("展览自6月3日起至28日对公众开放。", [("6月3日起至28日", "2025-06-03", "2025-06-28")]),
        ("培训于6月3日至7日举行。", [("6月3日至7日", "2025-06-03", "2025-06-07")]),
    ],
)
def test_a_range_to_a_day_stays_a_range(text, expect):
    assert found(text) == expect
