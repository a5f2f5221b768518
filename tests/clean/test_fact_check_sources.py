"""A fact-check lists what it checked under 'Sources used' ('Fuentes
consultadas', 'Nguồn tham khảo'): short dated or linked lines, no academic
citations. Only citations ('Tran, H. et al. (2025) …') counted as a
reference list's items, so the sources stayed in the article, one as a
dateline. A subheading after the list ('Our ruling') stays the article's.
Pages written for this test."""

from __future__ import annotations

import pytest

from .helpers import BODY, classify_lines


@pytest.mark.parametrize(
    ("lang", "heading", "items", "after"),
    [
        (
            "en",
            "Sources used",
            [
                "City council meeting minutes, February 2026",
                "Statement from the council press office, March 2026",
            ],
            [
                "Our ruling",
                "We rate this claim False because the council has not voted on any ban.",
            ],
        ),
        (
            "es",
            "Fuentes consultadas",
            [
                "Boletín Oficial de la provincia, 12 de marzo de 2026",
                "Consulta a la portavoz del ayuntamiento, marzo de 2026",
            ],
            [],
        ),
        (
            "vi",
            "Nguồn tham khảo",
            [
                "Báo cáo của Sở Xây dựng, tháng 3/2026",
                "Trang thông tin điện tử thành phố, hanoi.gov.vn",
            ],
            [],
        ),
    ],
)
def test_a_fact_checks_sources_are_attribution(lang, heading, items, after):
    b = BODY[lang]
    got = classify_lines([*b, heading, *items, *after])
    for line in (heading, *items):
        assert got[line][0] == "attribution", (line, got[line])
    for line in after:
        assert got[line][0] == "body", (line, got[line])
    assert all(got[p][0] == "body" for p in b)


def test_a_subheading_after_a_sources_heading_is_no_source():
    b = BODY["en"]
    lines = [b[0], b[1], "Sources", "What we found", b[2], b[3]]
    got = classify_lines(lines)
    assert got["What we found"][0] == "body", got["What we found"]
