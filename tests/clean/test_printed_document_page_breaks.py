"""A text dump of a printed document (council minutes, a report exported
from PDF) prints a running header and a page number at each page break.
The header, repeated, was read as a teaser headline and the paragraph (or
the title) under it as its snippet, set aside; "Page 2 of 6" was read as a
subheading (heldout14's k11). Documents written for this test in other
languages and layouts; a web page's single pager line is left alone."""

from __future__ import annotations

import pytest

from .helpers import BODY, classify_lines

_DOCS = {
    "de": (
        "STADTRAT LINDENFELS – NIEDERSCHRIFT DER SITZUNG VOM 4. JUNI 2025",
        "Stadtrat beschließt die Sanierung des Hallenbads",
        ["Seite 2 von 4", "Seite 3 von 4"],
    ),
    "vi": (
        "HỘI ĐỒNG NHÂN DÂN XÃ TÂN PHÚ – BIÊN BẢN KỲ HỌP THỨ 12",
        "Hội đồng thông qua dự án nâng cấp đường liên thôn",
        ["Trang 2/5", "Trang 3/5"],
    ),
    "fr": (
        "RAPPORT ANNUEL 2024 – SYNDICAT DES EAUX DU VAL",
        "Le syndicat présente ses comptes et ses travaux pour l'année",
        ["- 2 -", "- 3 -"],
    ),
}


@pytest.mark.parametrize("lang", sorted(_DOCS))
def test_running_headers_and_page_numbers_of_a_printed_dump_are_metadata(lang):
    header, title, (page2, page3) = _DOCS[lang]
    b = BODY[lang]
    lines = [header, title, b[0], b[1], page2, header, b[2], page3, header, b[3]]
    got = classify_lines(lines)
    assert got[header][0] == "metadata", got[header]
    assert got[page2][0] == "metadata", got[page2]
    assert got[page3][0] == "metadata", got[page3]
    assert got[title][0] == "title", got[title]
    assert all(got[p][0] == "body" for p in b), [got[p] for p in b]


def test_one_pager_line_under_a_web_article_is_no_page_break():
    lines = ["Harbour ferry fares to rise next month", *BODY["en"], "Page 2 of 6"]
    got = classify_lines(lines)
    assert got["Page 2 of 6"][0] != "metadata", got["Page 2 of 6"]
