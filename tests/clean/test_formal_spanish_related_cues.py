"""The formal imperative many Latin American papers use for their related
links ("Lea también", "Lea además", "Le puede interesar") was no cue: a
"Lea también" heading and its first headline were kept as the article's
text (benchmarks/bundle_check.py --set bundle1 found it on a Spanish text
dump). Pages written for this test, in other styles: an inline "Le puede
interesar: <headline>" between paragraphs, a "Lea además" heading and its headline
inside the article. A sentence that says "lea también" in passing stays
body."""

from __future__ import annotations

from tests.clean.helpers import BODY_ES, classify_lines


def test_an_inline_formal_related_cue_between_paragraphs():
    line = "Le puede interesar: Bogotá amplía el horario de las bibliotecas públicas"
    lines = [BODY_ES[0], BODY_ES[1], line, BODY_ES[2], BODY_ES[3]]
    got = classify_lines(lines)
    assert got[line][0] == "related", got[line]
    assert all(got[p][0] == "body" for p in BODY_ES), [got[p] for p in BODY_ES]


def test_a_formal_related_heading_and_its_headline_inside_the_article():
    box = ["Lea además", "Cali abre un nuevo corredor verde junto al río"]
    got = classify_lines([BODY_ES[0], BODY_ES[1], *box, BODY_ES[2], BODY_ES[3]])
    assert [got[x][0] for x in box] == ["related"] * 2, [got[x] for x in box]
    assert all(got[p][0] == "body" for p in BODY_ES), [got[p] for p in BODY_ES]


def test_lea_tambien_in_a_sentence_stays_body():
    line = (
        "La asociación de consumidores pide que cada vecino lea también la letra pequeña "
        "del contrato antes de firmar la renovación del servicio de agua."
    )
    got = classify_lines([BODY_ES[0], line, BODY_ES[1], BODY_ES[2]])
    assert got[line][0] == "body", got[line]
