""""The previous quarter" counted back from a quarter told before it
("Fourth-quarter revenue rose 8% from the previous quarter", "respecto al
trimestre anterior", "par rapport au trimestre précédent", "so với quý
trước", "จากไตรมาสก่อนหน้า", "较上一季度"): the three months before that
quarter (heldout15's choice); with no date before it, none. Also: an English
quarter or half joined to its noun by a hyphen ("third-quarter deliveries"),
and a bare quarter in vi/th/zh, which mark no tense, told with a measured
rate ("Doanh thu quý IV tăng 8%") is a result: last year's when it has not
begun. Sentences written for these tests."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates


def found(text, lang, pub):
    return [(text[m.start : m.end], m.value, m.end_value) for m in resolve_dates(text, lang, pub)]


@pytest.mark.parametrize(
    "lang,text,pub,expected",
    [
        (
            "en",
            "Third-quarter deliveries fell 4% from the prior quarter, the automaker said.",
            "2025-11-05",
            [("Third-quarter", "2025-07", "2025-09"), ("the prior quarter", "2025-04", "2025-06")],
        ),
        (
            "es",
            "En el segundo trimestre de 2025 las ventas subieron un 3 % frente al trimestre precedente.",
            "2025-08-20",
            [("segundo trimestre de 2025", "2025-04", "2025-06"), ("trimestre precedente", "2025-01", "2025-03")],
        ),
        (
            "fr",
            "Le PIB a progressé de 0,3 % au premier trimestre 2025, après 0,1 % au trimestre précédent.",
            "2025-05-02",
            [("premier trimestre 2025", "2025-01", "2025-03"), ("trimestre précédent", "2024-10", "2024-12")],
        ),
        (
            "vi",
            "Quý I/2025, GDP tăng 6,9% so với quý liền trước.",
            "2025-04-10",
            [("Quý I/2025", "2025-01", "2025-03"), ("quý liền trước", "2024-10", "2024-12")],
        ),
        (
            "th",
            "ไตรมาส 2/2568 จีดีพีขยายตัว 2.8% เทียบกับไตรมาสก่อนหน้า",
            "2025-08-20",
            [("ไตรมาส 2/2568", "2025-04", "2025-06"), ("ไตรมาสก่อนหน้า", "2025-01", "2025-03")],
        ),
        (
            "zh",
            "2025年第二季度，该市GDP较上季度增长1.1%。",
            "2025-08-20",
            [("2025年第二季度", "2025-04", "2025-06"), ("上季度", "2025-01", "2025-03")],
        ),
    ],
)
def test_previous_quarter_counts_back_from_the_quarter_told(lang, text, pub, expected):
    assert found(text, lang, pub) == expected


@pytest.mark.parametrize(
    "lang,text",
    [
        ("en", "Sales beat the previous quarter's figure, analysts said."),
        ("zh", "上一季度营收下降。"),
        ("es", "El trimestre anterior fue el peor del año."),
    ],
)
def test_previous_quarter_with_nothing_before_is_no_date(lang, text):
    assert found(text, lang, "2025-08-20") == []


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # a measured rate with no forecast word: a result, last year's quarter
        ("zh", "四季度营收增长8%。", ("2024-10", "2024-12")),
        ("th", "ไตรมาส 4 ยอดขายรถยนต์ลดลง 12%", ("2024-10", "2024-12")),
        ("vi", "Quý IV, lợi nhuận ngân hàng tăng 15%.", ("2024-10", "2024-12")),
        # a forecast: this year's
        ("vi", "Quý IV, doanh thu dự kiến tăng 8%.", ("2025-10", "2025-12")),
        ("zh", "四季度营收预计增长8%。", ("2025-10", "2025-12")),
        # no rate: the publication year's, as before
        ("vi", "Quý IV, nhà máy mở rộng dây chuyền sản xuất.", ("2025-10", "2025-12")),
        # an English quarter joined by a hyphen, told as past
        ("en", "Fourth-quarter sales fell 2%, the retailer reported.", ("2024-10", "2024-12")),
    ],
)
def test_bare_quarter_year(lang, text, expected):
    assert [f[1:] for f in found(text, lang, "2025-03-12")] == [expected]


def test_hyphenated_quarter_of_a_match_is_no_date():
    text = "The Lakers' fourth-quarter comeback stunned the home fans."
    assert found(text, "en", "2025-03-12") == []
