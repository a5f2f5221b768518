"""One photographer's credit under each of their pictures ('Photo: Anna Reyes
/ The Valley Courier', '图片来源：江南晚报 王芳 摄') is repeated in the page
like a teaser's headline, and the paragraph after the second copy was taken
for the teaser's snippet (related). A credit is no headline. Pages written
for this test."""

from __future__ import annotations

import pytest

from tests.clean.helpers import BODY, classify_lines


@pytest.mark.parametrize(
    ("lang", "credit", "label"),
    [
        # a credit naming the photographer alone is a byline (the labelled
        # sets' convention); the Chinese one names the paper first
        ("en", "Photo: Anna Reyes / The Valley Courier", "byline"),
        ("zh", "图片来源：江南晚报 王芳 摄", "caption"),
    ],
)
def test_a_paragraph_under_a_repeated_photo_credit_stays_body(lang, credit, label):
    b = BODY[lang]
    got = classify_lines([b[0], credit, b[1], credit, b[2], b[3]])
    assert got[credit][0] == label, got[credit]
    assert all(got[p][0] == "body" for p in b), [got[p] for p in b]


def test_a_snippet_under_a_repeated_headline_is_still_a_teaser():
    b = BODY["en"]
    head = "Council approves new cycle lanes for the city centre"
    snippet = "The plan adds twelve miles of protected lanes over three years."
    lines = [*b, head, snippet, "Other news", head, "Bus fares to rise in spring"]
    got = classify_lines(lines)
    assert got[snippet][0] == "related", got[snippet]
