"""A Thai school year named by its Buddhist-era year ("ปีการศึกษา 2567",
in Thai digits too) is that year, as a fiscal year ("ปีงบประมาณ 2567") is
the year it is named for. A bare four-digit number stays a count. Sentences
written for these tests; published 2024-06-01."""

from __future__ import annotations

import pytest

from newsline.dates.engine import resolve_dates


def found(text):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, "th", "2024-06-01")]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("ปีการศึกษา 2566 มีนักเรียนลาออกกลางคันลดลง", [("ปีการศึกษา 2566", "2023")]),
        ("กระทรวงเตรียมปรับหลักสูตรใหม่ในปีการศึกษา ๒๕๖๘", [("ปีการศึกษา ๒๕๖๘", "2025")]),
    ],
)
def test_school_year(text, want):
    assert found(text) == want


def test_a_count_stays_none():
    assert found("โรงเรียนมีนักเรียน 2567 คน") == []
