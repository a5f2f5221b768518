"""Chinese and Japanese write a year with 年 ("2026年") and a count with a
measure word ("1900户", 1,900 households; "2018人", 2,018 people): a
four-digit number of 19xx or 20xx right before a measure word is a count
(#:), shared with the "1,900" other languages write, not a year (y:) that
meets nothing. Invented sentences."""

from __future__ import annotations

import pytest

from newsline.stories.anchors import number_features


def _f(text: str) -> set[str]:
    return {f for f, _ in number_features(text)}


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("山洪冲毁房屋，1900户居民被转移到安置点。", "#:1900"),
        ("本届马拉松共有2018名选手完赛。", "#:2018"),
        ("台風で2050世帯が停電した。", "#:2050"),
        ("工厂每天生产1950辆电动车。", "#:1950"),
        ("此次活动吸引2000多人参加。", "#:2000"),
    ],
)
def test_a_number_before_a_measure_word_is_a_count(text, count):
    got = _f(text)
    assert count in got
    assert "y:" + count[2:] not in got


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("该线路将于2028年建成通车。", "y:2028"),
        ("2026赛季的中超联赛下月开幕。", "y:2026"),
        ("The plant opened in 1998 and employs 1,900 people.", "y:1998"),
    ],
)
def test_years_are_read_as_before(text, year):
    assert year in _f(text)
