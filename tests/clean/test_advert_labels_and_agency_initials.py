"""An advertising slot's label alone on its line in the middle of the body
('Anzeige', '광고', '広告', an Indonesian page's
'SCROLL TO CONTINUE WITH CONTENT'), and wire copy signed by the agencies and
the editor's initials ('dpa/AFP/as'): both were kept as article text. Pages
written for this test."""

from __future__ import annotations

import pytest

from tests.clean.helpers import BODY, classify_lines


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("de", "Anzeige"),
        ("ko", "광고"),
        ("ja", "広告"),
        ("id", "ADVERTISEMENT"),
        ("id", "SCROLL TO CONTINUE WITH CONTENT"),
    ],
)
def test_an_advert_slot_label_inside_the_body_is_no_text(lang, line):
    b = BODY[lang]
    got = classify_lines([b[0], b[1], line, b[2], b[3]])
    assert got[line][0] == "navigation", got[line]
    for p in b:
        assert got[p][0] == "body", (p, got[p])


@pytest.mark.parametrize("line", ["dpa/AFP/as", "AFP/Reuters/el"])
def test_agencies_and_the_editors_initials_sign_wire_copy_off(line):
    b = BODY["de"]
    got = classify_lines([*b, line])
    assert got[line][0] == "attribution", got[line]


def test_a_short_line_of_words_between_slashes_stays_text():
    b = BODY["de"]
    line = "Bus/Bahn/ab"
    got = classify_lines([*b, line])
    assert got[line][0] != "attribution", got[line]
