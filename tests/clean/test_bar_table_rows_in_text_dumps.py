"""A scraper's text dump writes a table's rows with bars between the cells
("Chiang Mai | 412 | +6% | 88", "| Distrito | Votos | % |"): rows of
figures between the article's paragraphs are its data and stay body, with
the table's heading right above them. A bar-separated keyword line is no
table row (few of its cells are figures alone), nor a menu. Pages written
for this test."""

from __future__ import annotations

from .helpers import BODY, labels_of


def test_bar_rows_of_figures_are_body_th():
    rows = [
        "ตารางที่ 1 ผลผลิตลำไยรายจังหวัด (ตัน)",
        "จังหวัด | ผลผลิต | เปลี่ยนแปลง | ส่งออก",
        "เชียงใหม่ | 412,000 | +6% | 88",
        "ลำพูน | 301,500 | +4% | 71",
        "เชียงราย | 120,300 | -2% | 19",
        "น่าน | 45,800 | +1% | 7",
    ]
    lines = [*BODY["th"][:2], *rows, *BODY["th"][2:]]
    assert labels_of(lines) == ["body"] * len(lines)


def test_markdown_rows_and_english_rows_are_body():
    es_rows = [
        "| Distrito | Votos | % |",
        "| Centro | 12.430 | 41,2 |",
        "| Norte | 9.815 | 32,5 |",
        "| Sur | 7.960 | 26,3 |",
    ]
    lines = [*BODY["es"][:2], *es_rows, *BODY["es"][2:]]
    assert labels_of(lines) == ["body"] * len(lines)
    en_rows = [
        "Table 2: Turnout by ward",
        "Ward | 2021 | 2025 | Change",
        "Riverside | 38% | 44% | +6",
        "Old Town | 41% | 39% | -2",
        "Hillcrest | 29% | 35% | +6",
    ]
    lines = [*BODY["en"][:2], *en_rows, *BODY["en"][2:]]
    assert labels_of(lines) == ["body"] * len(lines)


def test_bar_keyword_and_menu_lines_are_no_table():
    menu = "Home | World | Business | Sport | Culture"
    stuffed = "cheap flights 2025 | best hotel deals | last minute holidays | travel insurance"
    lines = [*BODY["en"][:2], menu, stuffed, *BODY["en"][2:]]
    labels = labels_of(lines)
    assert labels[2] != "body" and labels[3] != "body", labels
