"""Five misses of clean heldout18, each a class of line:

* a scraper's text dump joins a table's cells with dashes between spaces
  when the page had no bars ("النهضة - 48,210 - 7"): the rows of figures
  between paragraphs are the article's data (q12);
* a table's header row ("Día | Máxima | Mínima | Lluvia") over rows of
  figures names its columns in words found nowhere else on the page, as an
  injected keyword list does; the rows under it say what it is (q18), and
  a temperature ("24 °C") is a figure in its cell;
* a page's font-size buttons ("फॉन्ट साइज: A- A A+") are a page tool in any
  language (q13);
* a headline in title case made of bare nouns ("Tiga Cara Petani Sawit …")
  has the shape of a row of section names; right over its stamp it is the
  headline (q16);
* a short heading ending in a colon ("Syarat kelayakan:") and the short
  lines under it, between two paragraphs, are a list of the article (q14).

Lines written for this test, in other sites' words and other languages."""

from __future__ import annotations

import pytest

from .helpers import BODY, classify_lines


@pytest.mark.parametrize(
    ("lang", "rows"),
    [
        ("fr", ["Liste - Voix - Sièges", "Renouveau - 12 480 - 5", "Union locale - 9 312 - 4"]),
        ("en", ["Ward – Turnout – Seats", "Northgate – 41% – 3", "Riverside – 37% – 2"]),
        ("es", ["Distrito - Votos - Escaños", "Centro - 8.204 - 3", "Norte - 6.117 - 2"]),
    ],
)
def test_table_rows_joined_by_dashes_between_paragraphs_are_body(lang, rows):
    b = BODY[lang]
    got = classify_lines([b[0], b[1], *rows, b[2], b[3]])
    assert [got[r][0] for r in rows] == ["body"] * len(rows), [got[r] for r in rows]


def test_a_headline_with_one_dash_is_no_table_row():
    b = BODY["en"]
    lines = [b[0], "Harbour ferry - new timetable", "Island bus - fares rise", b[1], b[2]]
    got = classify_lines(lines)
    assert "row of a table" not in " ".join(got[lines[1]][1])


@pytest.mark.parametrize(
    ("lang", "rows"),
    [
        (
            "fr",
            [
                "Jour | Max | Min | Pluie",
                "Lundi | 11 °C | 2 °C | 30 %",
                "Mardi | 9 °C | 1 °C | 60 %",
                "Mercredi | 8 °C | -1 °C | 10 %",
            ],
        ),
        (
            "de",
            [
                "Tag | Höchstwert | Tiefstwert | Regen",
                "Montag | 6 °C | -2 °C | 10 %",
                "Dienstag | 4 °C | -4 °C | 0 %",
            ],
        ),
    ],
)
def test_a_tables_header_row_over_figures_is_no_keyword_list(lang, rows):
    b = BODY[lang]
    got = classify_lines([b[0], b[1], *rows, b[2], b[3]])
    assert [got[r][0] for r in rows] == ["body"] * len(rows), [got[r] for r in rows]


def test_an_injected_keyword_list_without_figures_under_it_stays_spam():
    b = BODY["en"]
    line = "Casino Bonus | Free Spins | Jackpot Slots | Live Roulette"
    got = classify_lines([b[0], b[1], line, b[2], b[3]])
    assert got[line][0] == "spam", got[line]


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("hi", "फॉन्ट साइज: A- A A+"),
        ("vi", "Cỡ chữ: A- A+"),
        ("ru", "Размер шрифта: A- A A+"),
        ("en", "A- A A+"),
    ],
)
def test_font_size_buttons_are_navigation(lang, line):
    b = BODY[lang]
    got = classify_lines(["Harbour ferry timetable changes", line, *b])
    assert got[line][0] == "navigation", got[line]
    assert got[line][1][0] == "font-size buttons (a page tool)"


@pytest.mark.parametrize("line", ["Grade: A A", "A A", "Class A"])
def test_letters_that_are_no_buttons_are_no_font_size_tool(line):
    b = BODY["en"]
    got = classify_lines([b[0], line, *b[1:]])
    assert got[line][1][:1] != ["font-size buttons (a page tool)"], got[line]


@pytest.mark.parametrize(
    ("lang", "head", "stamp"),
    [
        ("id", "Lima Cara Nelayan Kecil Tambah Tangkapan Tanpa Kapal Baru", "Kamis, 4 Desember 2025 | 13:00 WIB"),
        ("en", "Harbour Board Approves Night Ferry Service Trial Plans", "December 4, 2025 · 1:00 pm"),
    ],
)
def test_a_title_case_headline_over_its_stamp_is_the_headline(lang, head, stamp):
    b = BODY[lang]
    menu = "Beranda Daerah Ekonomi Olahraga Hiburan Otomotif"
    got = classify_lines(["Suara Pesisir", menu, head, stamp, *b])
    assert got[head][0] == "title", got[head]
    assert got[menu][0] == "navigation", got[menu]


@pytest.mark.parametrize(
    ("lang", "head", "items"),
    [
        ("id", "Dokumen yang diperlukan:", ["Fotokopi KTP pemohon", "Rekening koran tiga bulan terakhir"]),
        ("en", "You will need:", ["A photo ID with your address", "Two recent utility bills", "Your tenancy agreement"]),
        ("vi", "Hồ sơ gồm:", ["Bản sao căn cước công dân", "Giấy xác nhận cư trú"]),
    ],
)
def test_a_list_under_a_colon_heading_between_paragraphs_is_body(lang, head, items):
    b = BODY[lang]
    got = classify_lines([b[0], b[1], head, *items, b[2], b[3]])
    assert [got[x][0] for x in (head, *items)] == ["body"] * (1 + len(items)), [
        got[x] for x in (head, *items)
    ]


def test_short_lines_under_a_colon_heading_closing_the_page_are_not_taken_in():
    b = BODY["en"]
    head, items = "More from the coast:", ["Ferry fares", "Island buses"]
    got = classify_lines([*b, head, *items])
    assert all(got[x][0] != "body" for x in items), [got[x] for x in items]


# a Japanese caption gives the hour after the day (clean heldout18's q17)
@pytest.mark.parametrize(
    "line",
    [
        "開票作業を見守る選挙管理委員会の職員＝8日午前0時20分、北区の市民体育館",
        "花火を見上げる親子連れ＝3日午後7時半、浜松市中区",
    ],
)
def test_a_japanese_caption_with_the_hour_after_the_day_is_a_caption(line):
    b = BODY["ja"]
    got = classify_lines([b[0], b[1], line, b[2], b[3]])
    assert got[line][0] == "caption", got[line]
