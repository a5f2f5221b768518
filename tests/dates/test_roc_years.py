"""Taiwan's Republic of China (Minguo) years: "民國113年" is 113 + 1911 =
2024. Converted when the era word says so or a month and a day follow a
two- or three-digit year; a bare "113年" is a span of years, never a date;
an impossible ROC year is kept as written and never converted, like an
impossible Buddhist-era year."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates

PUB = "2025-03-01"


def found(text, published=PUB):
    return [(text[m.start : m.end], m.value, m.kind) for m in resolve_dates(text, "zh", published)]


@pytest.mark.parametrize(
    "text,span,value",
    [
        ("民國113年7月11日，行政院召開院會。", "民國113年7月11日", "2024-07-11"),
        ("中華民國113年7月11日", "中華民國113年7月11日", "2024-07-11"),
        ("民国113年7月11日", "民国113年7月11日", "2024-07-11"),
        # no era word: a month and a day after a three- or two-digit year
        ("行政院113年7月11日宣布新措施。", "113年7月11日", "2024-07-11"),
        ("被告於111年3月5日晚間駕車返家。", "111年3月5日", "2022-03-05"),
        ("該法於99年12月31日公布施行。", "99年12月31日", "2010-12-31"),
        # Han numerals
        ("民國一一三年七月十一日", "民國一一三年七月十一日", "2024-07-11"),
        # a month, a year, a fiscal year
        ("民國113年7月營收創新高。", "民國113年7月", "2024-07"),
        ("民國38年政府遷台。", "民國38年", "1949"),
        ("民國113年度預算案送立法院審議。", "民國113年度", "2024"),
        # a month after a year of 100 to 149: no span of years that long
        ("立法院預計於114年1月完成三讀。", "114年1月", "2025-01"),
        ("相關子法預計於113年7月底前公告。", "113年7月", "2024-07"),
    ],
)
def test_roc_dates_are_converted(text, span, value):
    assert found(text) == [(span, value, "roc_era")]


def test_roc_date_is_not_read_from_the_publication_year():
    # published in 2025: the yearless "7月11日" would have said 2024 or 2025
    # by guess; the ROC year says 2021
    assert found("民國110年7月11日") == [("民國110年7月11日", "2021-07-11", "roc_era")]


@pytest.mark.parametrize(
    "text",
    [
        "該公司成立113年，歷史悠久。",  # a span of years
        "这座桥已有113年历史。",
        "113年度預算案",  # no era word, no month: not clearly a date
        "112年至113年間",
        "民國113年2月30日",  # no such day
        "113年2月30日",
        # Taiwanese courts write prison terms "N年M月": years and months
        "法院判處有期徒刑10年6月。",
        "服刑150年3月",
    ],
)
def test_not_roc_dates(text):
    assert found(text) == []


@pytest.mark.parametrize(
    "text,value",
    [
        ("民國0年", "0000"),
        ("民國200年7月1日", "--07-01"),
    ],
)
def test_impossible_roc_years_are_never_converted(text, value):
    ((span, got, kind),) = found(text)
    assert (span, got, kind) == (text, value, "impossible")


def test_four_digit_years_stay_common_era():
    assert found("2024年7月11日") == [("2024年7月11日", "2024-07-11", "absolute")]
    assert found("1113年7月11日")[0][1] == "1113-07-11"
