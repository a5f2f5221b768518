"""Japanese imperial era years: "令和6年" is 2018 + 6 = 2024, "平成27年" is
1988 + 27 = 2015, "令和元年" the era's first year (2019). Japanese official
and court reporting writes its dates so; the era word used to be skipped, so
"平成27年3月11日" was read as Taiwan's ROC year 27 (1938) and "令和元年5月1日"
as a year-less May 1st. Sentences written for these tests."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates

PUB = "2025-03-14"


def found(text, lang="ja"):
    return [(text[m.start : m.end], m.value, m.kind) for m in resolve_dates(text, lang, PUB)]


@pytest.mark.parametrize(
    "text,span,value",
    [
        ("平成27年3月11日に大津地裁で初公判が開かれた。", "平成27年3月11日", "2015-03-11"),
        ("令和7年2月20日、県は新しい防災計画を発表した。", "令和7年2月20日", "2025-02-20"),
        ("新元号は令和元年5月1日に施行された。", "令和元年5月1日", "2019-05-01"),
        ("昭和64年1月7日に改元が発表された。", "昭和64年1月7日", "1989-01-07"),
        ("市は令和6年10月に新庁舎へ移転した。", "令和6年10月", "2024-10"),
        ("令和6年能登半島地震の被災地では復旧が続く。", "令和6年", "2024"),
        ("令和7年度予算案が衆院を通過した。", "令和7年度", "2025"),
        ("令和五年三月一日に条例が施行された。", "令和五年三月一日", "2023-03-01"),
    ],
)
def test_era_years_are_common_era_years(text, span, value):
    got = found(text)
    assert (span, value, "japanese_era") in got, got


def test_an_era_year_past_the_era_end_is_not_converted():
    # Heisei ended in its 31st year: no "平成40年" date
    assert all(v != "2028-04-01" for _, v, _ in found("平成40年4月1日に開業予定だった。"))


def test_the_era_word_alone_and_roc_years_stay_as_they_were():
    assert found("平成の30年間で人口は減り続けた。") == []
    assert ("民國113年7月11日", "2024-07-11", "roc_era") in found("民國113年7月11日", "zh")
    assert ("111年3月5日", "2022-03-05", "roc_era") in found(
        "被告於111年3月5日晚間駕車返家。", "zh"
    )


@pytest.mark.parametrize(
    "text,span,end",
    [
        ("3月3日から5日まで大雨が続いた。", "3月3日から5日まで", "2025-03-05"),
        ("3月3日〜5日に展示会が開催された。", "3月3日〜5日", "2025-03-05"),
        ("3月3日から4月2日まで工事が行われる。", "3月3日から4月2日まで", "2025-04-02"),
    ],
)
def test_japanese_ranges_with_kara_and_wave_dash(text, span, end):
    # "から ... まで" (from ... until) and "〜" join the days as "至" does
    got = [(text[m.start : m.end], m.value, m.end_value) for m in resolve_dates(text, "ja", PUB)]
    assert got == [(span, "2025-03-03", end)]
