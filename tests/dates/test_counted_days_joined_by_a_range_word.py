"""Two days counted from now joined by a range word, with or without clock
times ("今晚10点至明早6点", "tonight until 6 a.m. tomorrow", "tối nay đến sáng
mai", "esta noche hasta mañana"): one span of both days, as a night between
two dates or two weekdays is; they were two days. "明早" (tomorrow morning) is
tomorrow, as "明晨" and "明晚" are, but not inside "黎明" (dawn) nor "光明".
Days named apart ("hier, et demain") stay two. Sentences written for these
tests; published Wednesday 2024-03-13."""

from __future__ import annotations

import pytest

from newsline.dates.engine import resolve_dates

PUB = "2024-03-13"


def found(text, lang):
    return [(m.value, m.end_value) for m in resolve_dates(text, lang, PUB)]


@pytest.mark.parametrize(
    "text,lang",
    [
        ("今晚11点至明早5点，地铁2号线停运。", "zh"),
        ("今晚至明天上午，北部有暴雨。", "zh"),
        ("Crews will work from 11 p.m. tonight until 5 a.m. tomorrow.", "en"),
        ("Từ 23h tối nay đến 5h sáng mai, cầu sẽ cấm xe.", "vi"),
    ],
)
def test_tonight_until_tomorrow_is_one_span(text, lang):
    assert found(text, lang) == [("2024-03-13", "2024-03-14")]


def test_ming_zao_is_tomorrow():
    assert found("明早7点，气温将降至零下。", "zh") == [("2024-03-14", None)]


@pytest.mark.parametrize(
    "text,lang,expected",
    [
        ("Il a plu hier, et demain il neigera.", "fr", [("2024-03-12", None), ("2024-03-14", None)]),
        ("黎明早早到来，光明早报出版了。", "zh", []),
        # a week apart is no night: two days
        ("Hoy se abre el plazo y se cierra dentro de una semana.", "es", [("2024-03-13", None), ("2024-03-20", None)]),
    ],
)
def test_days_told_apart_stay_apart(text, lang, expected):
    assert found(text, lang) == expected
