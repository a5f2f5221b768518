"""A wire agency's credit as Indian papers write it, in English ('With inputs
from PTI', '(With agency inputs)') and in Hindi, where the agency comes
before the phrase ('(एजेंसी इनपुट के साथ)', '(भाषा इनपुट के साथ)'): these were
set aside as short lines after the article, not as the credit they are (the
credit's opening words were tabled in a few languages, and only before the
agency). A sentence opening with the words stays the article's. Pages
written for this test."""

from __future__ import annotations

import pytest

from .helpers import BODY, label_closing


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("en", "With inputs from PTI"),
        ("en", "(With inputs from agencies)"),
        ("en", "(With agency inputs)"),
        ("hi", "(एजेंसी इनपुट के साथ)"),
        ("hi", "(भाषा इनपुट के साथ)"),
    ],
)
def test_an_agencys_inputs_credit_is_attribution(lang, line):
    label, reasons = label_closing(BODY[lang], line)
    assert label == "attribution", (label, reasons)


def test_a_sentence_opening_with_the_words_is_no_credit():
    line = "With inputs from residents, the council drew up a new plan for the park."
    label, reasons = label_closing(BODY["en"], line)
    assert label != "attribution", (label, reasons)
