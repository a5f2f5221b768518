"""The end or the start of "the year" with no year named -- "by the end of
the year", "antes de fin de año", "d'ici la fin de l'année", "đến cuối năm",
"ภายในสิ้นปี", "预计到年底"; "a principios de año", "đầu năm nay", "年初" --
is the last or the first month of the publication's year (as "at the end of
June" is June), never of today's clock. Another year's edge ("the end of
last year", "cuối năm ngoái", "2023年底": that year's month; "每年年底": none), a school year's, a
fiscal year's and the lunar new year's first days are not."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates


def values(text, lang, pub):
    return [m.value for m in resolve_dates(text, lang, pub)]


@pytest.mark.parametrize(
    "lang,text,expect",
    [
        ("zh", "预计到年底，项目将全部完工。", "2024-12"),
        ("zh", "今年年底前，新线路将开通运营。", "2024-12"),
        ("zh", "年初，公司宣布裁员。", "2024-01"),
        ("es", "El Gobierno aprobará el presupuesto antes de fin de año.", "2024-12"),
        ("es", "La empresa contrató a 50 personas a principios de año.", "2024-01"),
        ("fr", "Les travaux seront terminés d'ici la fin de l'année.", "2024-12"),
        ("fr", "Les ventes ont chuté en début d'année.", "2024-01"),
        ("en", "The work will be finished by the end of the year.", "2024-12"),
        # "since the start of the year" is a count kept since 1 January
        # (test_year_to_date_alone): not this January
        ("en", "At the start of the year, prices rose 5%.", "2024-01"),
        ("vi", "Dự án sẽ hoàn thành đến cuối năm.", "2024-12"),
        ("vi", "Dự án sẽ hoàn thành vào cuối năm nay.", "2024-12"),
        ("vi", "Đầu năm nay, giá xăng đã tăng 5 lần.", "2024-01"),
        ("th", "โครงการจะแล้วเสร็จภายในสิ้นปี", "2024-12"),
        ("th", "ต้นปีนี้ราคาทองคำพุ่งขึ้น", "2024-01"),
    ],
)
def test_the_year_edge_is_the_publication_years_month(lang, text, expect):
    assert values(text, lang, "2024-05-10") == [expect]


def test_late_in_the_year_a_future_year_end_stays_this_year():
    text = "The plant will close by the end of the year."
    assert values(text, "en", "2024-12-20") == ["2024-12"]


def test_without_a_publication_date_the_year_stays_unknown():
    assert values("Dự án sẽ hoàn thành đến cuối năm.", "vi", None) == ["--12"]


@pytest.mark.parametrize(
    "lang,text,expect",
    [
        # another year's edge: that year's month (test_edge_of_last_and_next_year)
        ("zh", "去年年底，公司宣布裁员。", ["2023-12"]),
        # a named year's end is its December (test_end_of_a_named_year)
        ("zh", "2023年底，公司宣布裁员。", ["2023-12"]),
        ("zh", "每年年底都会举行年会。", []),
        ("zh", "当年年底他离开了公司。", []),
        ("zh", "大年初一，市民纷纷出游。", []),
        ("vi", "Giá vàng tăng vào cuối năm ngoái.", ["2023-12"]),
        ("vi", "Cuối năm 2023, công ty phá sản.", ["2023-12"]),
        ("vi", "Doanh thu 3 tháng cuối năm tăng mạnh.", []),
        ("vi", "Dịp đầu năm mới, người dân đi lễ chùa.", []),
        ("th", "เมื่อสิ้นปีที่แล้ว ราคาทองคำพุ่งขึ้น", ["2023-12"]),
        ("th", "ต้นปีหน้าจะมีการเลือกตั้ง", ["2025-01"]),
        ("en", "Sales fell at the end of last year.", ["2023-12"]),
        ("en", "Prices rose at the end of the school year.", []),
        ("es", "A finales del año pasado, las ventas cayeron.", ["2023-12"]),
        ("es", "Al final del año escolar, los alumnos viajaron.", []),
        ("fr", "À la fin de l'année dernière, les ventes ont chuté.", ["2023-12"]),
        ("fr", "En fin d'année scolaire, les élèves partent en voyage.", []),
        # a noun's "de": a kind of thing, often of a school year
        ("fr", "Les élèves passent leurs examens de fin d'année.", []),
        ("es", "Los alumnos rinden el examen de fin de año.", []),
        # a preposition's "de" is still the year's end or start
        ("es", "A partir de principios de año, subirán los precios.", ["2024-01"]),
    ],
)
def test_another_years_edge_is_not_this_years(lang, text, expect):
    assert values(text, lang, "2024-05-10") == expect


@pytest.mark.parametrize(
    "text,expect",
    [
        ("The plant closed early this year.", ["2024-01"]),
        ("Late this year, the line will open.", ["2024-12"]),
        # "earlier this year" is any time before now; a possessive is a thing's
        ("The plant closed earlier this year.", ["2024"]),
        ("Early this year's results were weak.", ["2024"]),
    ],
)
def test_early_or_late_this_year_is_its_first_or_last_month(text, expect):
    assert values(text, "en", "2024-05-10") == expect
