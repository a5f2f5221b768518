"""A text with no paragraph, only short sentences one a line (a brief, a
CSV export's multi-line cell "Llueve.\\nSegunda línea."), lost them as
menu-like lines (navigation): only lines of five words or more were kept.
A line that closes on a full stop is a sentence however short: body. A
page of menu items (no full stops), a teaser that asks or trails off, and
short lines after an article of real paragraphs are as before. Texts
written for this test in a Spanish, a Polish and an Indonesian brief's
styles."""

from __future__ import annotations

import csv

import pytest

from tests.clean.helpers import BODY, classify_lines, classify_page


@pytest.mark.parametrize(
    "lines",
    [
        ["Llueve.", "Segunda línea."],
        ["Pada hari ini hujan.", "Banjir di dua desa.", "Sekolah tetap buka."],
        ["Burza nad miastem.", "Zerwane linie.", "Szkoły otwarte!"],
    ],
)
def test_short_sentences_of_a_brief_are_body(lines):
    got = classify_lines(lines)
    for line in lines:
        assert got[line][0] == "body", (line, got[line])


def test_a_csv_cell_of_short_sentences_is_body(tmp_path):
    path = tmp_path / "briefs.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows(
            [["title", "text"], ["Lluvia", "Llueve desde el lunes.\nSe esperan tormentas.\nAlerta amarilla."]]
        )
    doc = classify_page(path)
    labels = [b.label for b in doc.blocks]
    assert labels == ["body", "body", "body"], [(doc.text[b.start : b.end], b.reasons) for b in doc.blocks]


def test_a_menu_without_full_stops_stays_set_aside():
    lines = ["Inicio", "Noticias", "Deportes", "Contacto"]
    got = classify_lines(lines)
    for line in lines:
        assert got[line][0] != "body", got[line]


def test_teasers_that_ask_or_trail_off_are_no_sentences():
    lines = ["¿Lloverá mañana?", "Mira esto...", "Galería…"]
    got = classify_lines(lines)
    for line in lines:
        assert got[line][0] != "body", got[line]


def test_a_short_line_after_real_paragraphs_is_as_before():
    line = "Zobacz więcej."
    got = classify_lines([*BODY["pl"], line])
    assert got[line][0] != "body", got[line]
