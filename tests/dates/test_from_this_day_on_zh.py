"""A Chinese notice's "(自)即日起" (from this day on) is the publication
day, and "自即日起至5月31日" one range from it, as "自今日起至5月31日" was.
"即日" alone is also "at once, the same day" ("即日发货", "即日达"): no date.
Publication date: Monday 20 April 2026."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates

PUB = "2026-04-20"


def spans(text):
    return [(text[m.start : m.end], m.value, m.end_value) for m in resolve_dates(text, "zh", PUB)]


@pytest.mark.parametrize(
    "text,expect",
    [
        ("景区自即日起至5月31日实行预约入园。", [("即日起至5月31日", "2026-04-20", "2026-05-31")]),
        ("即日起，市区限行措施暂停执行。", [("即日", "2026-04-20", None)]),
    ],
)
def test_from_this_day_on_is_today(text, expect):
    assert spans(text) == expect


@pytest.mark.parametrize("text", ["本店商品一律即日发货。", "快递公司推出即日达服务。"])
def test_at_once_is_no_date(text):
    assert spans(text) == []
