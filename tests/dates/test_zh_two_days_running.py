"""Two days running counted from now in Chinese ('今明两天' today and
tomorrow, '明后两天' / '明后天' tomorrow and the day after, '昨今两天'), as
weather and traffic news writes them, are both days: none was read. And
'后天' alone (the day after tomorrow) is read, not the '后' of '此后', '午后'
before '天气' (weather) nor '后天性' (acquired). Sentences written for these
tests."""

from __future__ import annotations

import pytest

from newsline.dates.engine import resolve_dates

PUB = "2025-03-13"


def found(text):
    return [(text[m.start : m.end], m.value, m.end_value) for m in resolve_dates(text, "zh", PUB)]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("预计台风明后两天影响广西南部。", [("明后两天", "2025-03-14", "2025-03-15")]),
        ("明后天将有大雨。", [("明后天", "2025-03-14", "2025-03-15")]),
        ("今明两天气温回升。", [("今明两天", "2025-03-13", "2025-03-14")]),
        ("昨今两天降雨明显。", [("昨今两天", "2025-03-12", "2025-03-13")]),
        ("比赛将于后天举行。", [("后天", "2025-03-15", None)]),
        ("大后天有雨。", [("大后天", "2025-03-16", None)]),
        # no day
        ("这表明后两天很关键。", []),
        ("此后天气转晴。", []),
        ("午后天气闷热。", []),
        ("这是一种后天性疾病。", []),
    ],
)
def test_zh_two_days_running(text, expected):
    assert found(text) == expected
