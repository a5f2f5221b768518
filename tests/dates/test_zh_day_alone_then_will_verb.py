"""A Chinese bare day ("14日") whose sentence then tells what is to come by
将 right before a verb ("北京将出现暴雨", "该市将举办灯会") lies ahead: this
month's day after publication, not last month's. 将 as the object marker
before a noun ("警方将嫌犯抓获", "将有关人员带走") tells no future. Sentences
written for these tests; published 2025-03-10."""

from __future__ import annotations

import pytest

from newsline.dates.engine import resolve_dates


def found(text):
    return [(text[m.start : m.end], m.value, m.end_value) for m in resolve_dates(text, "zh", "2025-03-10")]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("12日夜间至13日白天，沿海地区将出现大风天气。", [("12日夜间至13日", "2025-03-12", "2025-03-13")]),
        ("15日，该市将举办首届樱花节。", [("15日", "2025-03-15", None)]),
        ("20日起，全省将启动春季植树活动。", [("20日", "2025-03-20", None)]),
    ],
)
def test_ahead(text, want):
    assert found(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("15日，警方将嫌犯抓获归案。", [("15日", "2025-02-15", None)]),
        ("12日，执法人员将有关设备查封。", [("12日", "2025-02-12", None)]),
        ("8日，警方将嫌犯抓获。", [("8日", "2025-03-08", None)]),
    ],
)
def test_object_marker_not_ahead(text, want):
    assert found(text) == want
