"""Endnotes under a notes heading that open with their marker and end a
sentence ("¹ Board papers, meeting of 30 September, item 7.", "[2] Toll
Order 2025, Section 3.") were read as article prose after the heading
(heldout15's t19) or as the footer (t12): they are the reference list,
attribution, like the citations the list already recognised. Notes written
for this test in other languages and marker styles."""

from __future__ import annotations

import pytest

from .helpers import BODY, classify_lines

CASES = [
    (
        "es",
        "Notas",
        [
            "¹ Actas del pleno municipal, sesión del 12 de marzo, punto 4.",
            "² Informe anual de la empresa de aguas, página 31.",
        ],
    ),
    (
        "de",
        "Anmerkungen",
        [
            "[1] Sitzungsvorlage des Stadtrats, Drucksache 112/25.",
            "[2] Auskunft der Stadtwerke auf Anfrage der Redaktion.",
        ],
    ),
    (
        "vi",
        "Chú thích",
        [
            "(1) Báo cáo của Sở Giao thông vận tải gửi UBND thành phố, tháng 3.",
            "(2) Số liệu do ban quản lý dự án cung cấp cho phóng viên.",
        ],
    ),
]


@pytest.mark.parametrize(("lang", "heading", "notes"), CASES)
def test_numbered_endnotes_are_the_reference_list(lang, heading, notes):
    b = BODY[lang]
    got = classify_lines(["A headline over the article", *b, heading, *notes])
    assert got[heading][0] == "attribution", got[heading]
    for line in notes:
        assert got[line][0] == "attribution", (line, got[line])


def test_a_call_after_the_numbered_notes_is_no_citation():
    b = BODY["en"]
    notes = ["[1] Harbour Authority toll order, August 4.", "[2] Toll order, Section 3."]
    call = "Spotted an error? Write to fixes@harbourpost.example"
    got = classify_lines(["A headline over the article", *b, "Sources", *notes, call])
    assert all(got[x][0] == "attribution" for x in notes), [got[x] for x in notes]
    assert got[call][0] != "attribution", got[call]
