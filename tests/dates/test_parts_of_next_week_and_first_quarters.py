"""Two forms heldout9 missed, written here in other sentences:
- French "début / fin / milieu de semaine prochaine (dernière)" without
  "en", and "à la fin de la semaine prochaine": that week, Monday to Sunday,
  as "en fin de semaine prochaine" is;
- Chinese "前三季度" with no year, beside a quarter of a named year: the
  first three quarters of the publication year, January to September, as a
  bare "三季度" is there (alone it stays no date).
Sentences invented; published Wednesday 2025-10-15."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates

PUB = "2025-10-15"


def _read(text: str, lang: str):
    return [(text[m.start : m.end], m.value, m.end_value) for m in resolve_dates(text, lang, PUB)]


@pytest.mark.parametrize(
    "text,span,value,end",
    [
        (
            "Les négociations reprendront début de semaine prochaine à Bruxelles.",
            "début de semaine prochaine",
            "2025-10-20",
            "2025-10-26",
        ),
        (
            "Le texte sera voté à la fin de la semaine prochaine, selon Matignon.",
            "à la fin de la semaine prochaine",
            "2025-10-20",
            "2025-10-26",
        ),
        (
            "Il a beaucoup plu milieu de semaine dernière sur la Bretagne.",
            "milieu de semaine dernière",
            "2025-10-06",
            "2025-10-12",
        ),
    ],
)
def test_fr_part_of_next_or_last_week(text, span, value, end):
    assert (span, value, end) in _read(text, "fr")


def test_zh_first_three_quarters_beside_a_years_quarter():
    assert ("前三季度", "2025-01", "2025-09") in _read(
        "该行2025年第三季度利润增长8%，前三季度累计实现营收320亿元。", "zh"
    )


def test_zh_first_three_quarters_alone_stay_no_date():
    # (tests/dates/test_first_months_of_a_year.py keeps it so)
    assert _read("前三季度，全国规模以上工业增加值同比增长5.2%。", "zh") == []


def test_zh_first_quarters_of_a_match_are_no_date():
    assert _read("前两个季度，主队在比赛中一直领先。", "zh") == []


def test_zh_first_quarters_of_a_named_year_unchanged():
    assert _read("2024年前三季度，出口增长4.8%。", "zh") == [
        ("2024年前三季度", "2024-01", "2024-09")
    ]
