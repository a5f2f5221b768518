"""A source credit written as a field closing on a full stop ('Source: Office
for National Statistics.', 'Fuente: Ministerio de Sanidad.', 'Nguồn: Bộ Xây
dựng.', and a Thai abbreviation's dot: 'ที่มา : สำนักสิ่งแวดล้อม กทม.',
'ขอบคุณข้อมูลจาก : …') was kept as a subheading or set aside as the footer –
a source line had to end on no full stop. Pages written for this test."""

from __future__ import annotations

import pytest

from tests.clean.helpers import BODY, classify_lines


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("en", "Source: Office for National Statistics."),
        ("es", "Fuente: Ministerio de Sanidad."),
        ("vi", "Nguồn: Bộ Xây dựng."),
        ("th", "ที่มา : สำนักสิ่งแวดล้อม กทม."),
        ("th", "ขอบคุณข้อมูลจาก : สำนักสิ่งแวดล้อม กทม."),
    ],
)
def test_a_source_field_ending_on_a_full_stop_is_attribution(lang, line):
    b = BODY[lang]
    for lines in ([*b, line], [b[0], b[1], line, b[2], b[3]]):
        got = classify_lines(lines)
        assert got[line][0] == "attribution", got[line]
        assert all(got[p][0] == "body" for p in b), [got[p] for p in b]


def test_a_sentence_after_a_source_cue_and_colon_stays_body():
    # two sentences after the colon: the article quoting its source
    b = BODY["en"]
    line = "Source: the council. It says the work will take six months."
    got = classify_lines([b[0], b[1], line, b[2], b[3]])
    assert got[line][0] != "attribution", got[line]
