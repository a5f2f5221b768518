"""A day word glossed in brackets by the day of the month alone, as Korean,
Japanese and Chinese news write it ("어제(14일)", "昨日（14日）", "昨天（14日）"):
the dates stage reads the day without its month as relative to the stamp,
and the glossed-day rule skipped relative mentions, so a stamp a week after
the day the text calls yesterday passed (benchmarks/flags_heldout.py --set
heldout15, g24). A stamp the day after is not flagged; a day of the month
in brackets after some other word glosses nothing. Pages written for this
file on other topics; the positives failed before the fix."""

from __future__ import annotations

import pytest

from tests.flags.helpers import dated_suspects as _suspect

GLOSSED = [
    ("부산시, 시내버스 요금 동결", "부산시는 어제(3일) 내년 시내버스 요금을 동결한다고 밝혔다.", "ko"),
    ("市バス運賃を据え置き", "市交通局は昨日（3日）、来年度の市バス運賃を据え置くと発表した。", "ja"),
    ("公交票价明年不调整", "市交通运输局昨天（3日）宣布，明年公交票价保持不变。", "zh"),
]


@pytest.mark.parametrize("title, body, lang", GLOSSED)
def test_a_stamp_a_week_after_yesterday_is_flagged(title, body, lang):
    doc, flags = _suspect(title, body, lang, "2026-11-11T09:00:00+09:00")
    assert [f for f in flags if f.data.get("signal") == "glossed_relative"], [
        f.reason for f in doc.flags
    ]


@pytest.mark.parametrize("title, body, lang", GLOSSED)
def test_a_stamp_the_day_after_is_not_flagged(title, body, lang):
    doc, flags = _suspect(title, body, lang, "2026-11-04T09:00:00+09:00")
    assert flags == [], [f.reason for f in doc.flags]


def test_a_day_of_the_month_after_another_word_glosses_nothing():
    doc, flags = _suspect(
        "부산시, 시내버스 요금 동결",
        "부산시는 지난 회의(3일)에서 내년 시내버스 요금을 동결하기로 했다고 어제 밝혔다.",
        "ko",
        "2026-11-11T09:00:00+09:00",
    )
    assert [f for f in flags if f.data.get("signal") == "glossed_relative"] == [], [
        f.reason for f in doc.flags
    ]
