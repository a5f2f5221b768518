"""A short line inside the article whose items a date's commas separate
("Issue 47 · Thursday, November 12, 2026", a newsletter's issue line) is no
injected keyword list: it was set aside as spam, and flagged, by
benchmarks/bundle_check.py --set bundle8 (an e-mailed newsletter). A list of
bare keywords is still spam. Lines written for this test."""

from __future__ import annotations

from collections import Counter

import pytest

from newsline.clean import ClassifyBlocks, SegmentBlocks
from newsline.model import Document

from .helpers import BODY


def classify(lines: list[str]) -> Document:
    doc = Document(id="t", source="test", text="\n".join(lines))
    SegmentBlocks()([doc], Counter())
    ClassifyBlocks()([doc], Counter())
    return doc


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("en", "Issue 47 · Thursday, November 12, 2026"),
        ("en", "Vol. 3 | Monday, March 3, 2025 | Free edition"),
        ("es", "Número 58, lunes, 10 de marzo de 2025"),
        ("fr", "N° 19 · Paris, jeudi 13 novembre 2026"),
        ("vi", "Số 47 · Thứ Năm, 12/11/2026"),
    ],
)
def test_a_dated_line_between_paragraphs_is_not_spam(lang, line):
    b = BODY[lang]
    doc = classify(["Park works start next month", b[0], b[1], line, b[2], b[3]])
    assert doc.blocks[3].label != "spam", doc.blocks[3].reasons
    assert not any(fl.kind == "spam" for fl in doc.flags)


@pytest.mark.parametrize(
    "line",
    [
        "Tigers, Pangolins, Laos, Wildlife trade",
        "Mukdahan · Khammouane · Vinh · Nghe An",
    ],
)
def test_a_keyword_list_without_a_date_is_still_spam(line):
    b = BODY["en"]
    doc = classify(["Tiger cubs traced to a farm", b[0], b[1], line, b[2], b[3]])
    assert doc.blocks[3].label == "spam"
