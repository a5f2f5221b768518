"""Fiscal years and the quarter / half codes of financial news.

A fiscal year ("fiscal 2023", "FY2024", "FY24", "năm tài chính 2024",
"2024财年", "ปีงบประมาณ 2567", "el ejercicio 2023", "l'exercice 2023") is
the year it is named for, at a year's granularity: its months depend on who
keeps it (the Thai and US governments' run October to September), so no
month range is guessed, and its anchor says it is a fiscal year; a Thai one
is a Buddhist-era year. A quarter or half code ("3Q24", "Q3'24", "Q3/2024",
"1H24", "2024年Q3", "2024H1") is its months, as "the third quarter of 2024"
is. Not a bare "Q3", a product code ("SKU-3Q24X"), a plan over several
years ("FY2024-27"), or a fiscal quarter's calendar months ("Q3 FY24"
is only its year). A fiscal year across two calendar years ("FY2024-25",
"2024/25财年") is the span of both. Publication date: 10 September 2024."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates

PUB = "2024-09-10"


def found(text, lang):
    return [
        (text[m.start : m.end], m.value, m.end_value, m.granularity)
        for m in resolve_dates(text, lang, PUB)
    ]


@pytest.mark.parametrize(
    "lang,text,span,year",
    [
        ("th", "ในปีงบประมาณ 2567 รัฐบาลตั้งงบ 3.48 ล้านล้านบาท", "2567", "2024"),
        ("th", "ปีงบประมาณ 67 กรมมีรายได้ลดลงร้อยละ 4", "67", "2024"),
        ("th", "ไตรมาส 3 ปีงบประมาณ 2567 รายได้เพิ่มขึ้น", "2567", "2024"),
        ("en", "Revenue rose 4% in fiscal 2023, the company said.", "2023", "2023"),
        ("en", "The retailer expects FY2024 sales of $3 billion.", "2024", "2024"),
        ("en", "Revenue for Q3 FY24 rose 8%.", "24", "2024"),
        ("vi", "Trong năm tài chính 2024, công ty lãi 500 tỷ đồng.", "2024", "2024"),
        ("vi", "Tài khóa 2025 của Mỹ bắt đầu từ tháng Mười.", "2025", "2025"),
        ("zh", "公司2024财年营收增长12%。", "2024财年", "2024"),
        ("zh", "该集团2023财政年度第三季度利润下滑。", "2023财政年度", "2023"),
        ("es", "En el año fiscal 2024 las ventas crecieron un 6%.", "2024", "2024"),
        ("es", "En el ejercicio 2023 la empresa ganó 20 millones.", "2023", "2023"),
        ("fr", "Sur l'exercice 2023, le groupe a dégagé un bénéfice.", "2023", "2023"),
        (
            "fr",
            "Au titre de l'exercice fiscal 2024, le chiffre d'affaires a progressé.",
            "2024",
            "2024",
        ),
    ],
)
def test_a_fiscal_year_is_its_year(lang, text, span, year):
    assert found(text, lang) == [(span, year, None, "year")]
    (m,) = resolve_dates(text, lang, PUB)
    assert "fiscal year" in (m.anchor or "")


@pytest.mark.parametrize(
    "lang,text,span,start,end",
    [
        ("en", "Sales in 3Q24 beat forecasts.", "3Q24", "2024-07", "2024-09"),
        ("en", "Margins in Q3'24 narrowed.", "Q3'24", "2024-07", "2024-09"),
        ("en", "Profit in 1H24 doubled.", "1H24", "2024-01", "2024-06"),
        ("en", "Guidance for 2H 2025 was cut.", "2H 2025", "2025-07", "2025-12"),
        ("vi", "Lợi nhuận Q3/2024 của ngân hàng tăng mạnh.", "Q3/2024", "2024-07", "2024-09"),
        ("th", "ยอดขาย 3Q24 ของบริษัทเพิ่มขึ้น 12%", "3Q24", "2024-07", "2024-09"),
        ("zh", "公司2024年Q3营收增长。", "2024年Q3", "2024-07", "2024-09"),
        ("zh", "集团2024H1净利润下降。", "2024H1", "2024-01", "2024-06"),
        ("es", "Los resultados del 1H24 superaron lo previsto.", "1H24", "2024-01", "2024-06"),
        ("fr", "Le chiffre d'affaires du 3Q24 a reculé.", "3Q24", "2024-07", "2024-09"),
    ],
)
def test_a_quarter_or_half_code_is_its_months(lang, text, span, start, end):
    assert found(text, lang) == [(span, start, end, "month")]


@pytest.mark.parametrize(
    "lang,text",
    [
        ("en", "Q3 results were strong, analysts said."),
        ("en", "The part number SKU-3Q24X is sold out."),
        # a span of years that is no single fiscal year
        ("en", "The FY2024-27 plan was approved by the board."),
        ("en", "He scored 24 points in Q3 and left."),
        ("es", "Realizó el ejercicio 20 veces antes del partido."),
        ("zh", "该车型代号为Q3。"),
    ],
)
def test_no_fiscal_year_or_quarter(lang, text):
    assert found(text, lang) == []


@pytest.mark.parametrize(
    "text,span,start,end",
    [
        ("Los resultados del 3T24 mejoraron.", "3T24", "2024-07", "2024-09"),
        ("En el 3T de 2024 las ventas crecieron.", "3T de 2024", "2024-07", "2024-09"),
        ("El beneficio del 1S24 se duplicó.", "1S24", "2024-01", "2024-06"),
    ],
)
def test_spanish_quarter_and_half_codes(text, span, start, end):
    assert found(text, "es") == [(span, start, end, "month")]


@pytest.mark.parametrize("text", ["El modelo 3T5 se agotó.", "La grúa 2S de la empresa."])
def test_no_spanish_code(text):
    assert found(text, "es") == []


@pytest.mark.parametrize(
    "lang,text,span",
    [
        ("en", "India's FY2024-25 budget was tabled in Parliament.", "2024-25"),
        ("en", "Revenue in fiscal 2024/25 rose 4%.", "2024/25"),
        ("vi", "Năm tài chính 2024-2025, doanh thu đạt 500 tỷ đồng.", "2024-2025"),
        ("zh", "2024/25财年，公司营收下降。", "2024/25财年"),
        ("es", "En el ejercicio 2024-25 la empresa ganó 20 millones.", "2024-25"),
        ("fr", "Sur l'exercice 2024-2025, le groupe a progressé.", "2024-2025"),
    ],
)
def test_a_fiscal_year_across_two_years_is_their_span(lang, text, span):
    assert found(text, lang) == [(span, "2024", "2025", "year")]
