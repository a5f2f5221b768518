"""A byline giving the writer's title after a comma ('By Helen Marsh, Local
Democracy Reporter', 'Por Ana Ruiz, Corresponsal Económica') names one writer:
the comma was read as joining two writers, and the title became a second
author. Pages written for this test."""

from __future__ import annotations

import pytest

from tests.clean.helpers import BODY, classify_page


@pytest.mark.parametrize(
    ("lang", "byline", "author"),
    [
        ("en", "By Helen Marsh, Local Democracy Reporter", "Helen Marsh"),
        ("es", "Por Ana Ruiz, Corresponsal Económica", "Ana Ruiz"),
        ("en", "By Priya Raman, Tom Okafor", "Priya Raman; Tom Okafor"),
    ],
)
def test_a_title_after_the_comma_is_no_second_writer(tmp_path, lang, byline, author):
    p = tmp_path / "page.txt"
    p.write_text("\n".join(["Council approves new sea wall", byline, *BODY[lang]]), "utf-8")
    assert classify_page(p).author == author
