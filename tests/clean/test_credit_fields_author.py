"""A line of credits side by side names the writer in one of its fields
('Penulis: Rizky Pratama | Editor: Dewi Lestari', as Indonesian portals print
it, in either order): the line was set aside as attribution and the page had
no author. The editor's field names no writer. Pages written for this test."""

from __future__ import annotations

import pytest

from tests.clean.helpers import BODY, classify_page


@pytest.mark.parametrize(
    "credits",
    [
        "Penulis: Rizky Pratama | Editor: Dewi Lestari",
        "Editor: Dewi Lestari | Penulis: Rizky Pratama",
        "Sumber: Antara | Penulis: Rizky Pratama",
    ],
)
def test_the_writer_field_of_a_credit_line_names_the_author(tmp_path, credits):
    p = tmp_path / "id.txt"
    lines = ["Taman kota direnovasi mulai bulan depan", credits, *BODY["id"]]
    p.write_text("\n".join(lines), encoding="utf-8")
    doc = classify_page(p)
    assert doc.author == "Rizky Pratama", [(b.label, b.reasons) for b in doc.blocks]


def test_a_credit_line_naming_only_an_editor_names_no_author(tmp_path):
    p = tmp_path / "id.txt"
    lines = [
        "Taman kota direnovasi mulai bulan depan",
        "Sumber: Antara | Editor: Dewi Lestari",
        *BODY["id"],
    ]
    p.write_text("\n".join(lines), encoding="utf-8")
    assert classify_page(p).author is None
