"""Under many articles a site asks whether the article helped ("Cet article
vous a été utile ?", "Was this article helpful?", "Bài viết có hữu ích với
bạn không?") and offers answer buttons ("Oui Non"). The question was set
aside only as text after the article, and the buttons were read as a name
signing the article off (byline). A question of the new table
FEEDBACK_PROMPTS in a short line is navigation, and so is a line of two or
three answer buttons of ANSWER_BUTTONS and nothing else. Lines written for
this test in other sites' styles; a name, a sentence answering yes or no
and a report quoting such a question at length keep their labels."""

from __future__ import annotations

import pytest

from tests.clean.helpers import BODY, label_between, label_closing


@pytest.mark.parametrize(
    "lang,line",
    [
        ("fr", "Cet article vous a-t-il été utile ? Dites-le-nous en un clic."),
        ("en", "Was this article helpful?"),
        ("vi", "Bài viết có hữu ích với bạn không?"),
        ("es", "¿Te resultó útil esta nota?"),
    ],
)
def test_a_feedback_question_is_navigation(lang, line):
    label, reasons = label_closing(BODY[lang], line)
    assert label == "navigation", reasons
    assert reasons[0].startswith("question asking if the article helped"), reasons


@pytest.mark.parametrize(
    "lang,line",
    [("fr", "Oui Non"), ("en", "Yes | No"), ("vi", "Có Không"), ("de", "Ja Nein")],
)
def test_answer_buttons_are_no_signature(lang, line):
    label, reasons = label_closing(BODY[lang], line)
    assert label == "navigation", reasons
    assert reasons[0].startswith("answer buttons"), reasons


def test_a_name_still_signs_the_article():
    label, reasons = label_closing(BODY["en"], "Noor Yesilyurt")
    assert label == "byline", reasons


@pytest.mark.parametrize(
    "lang,line",
    [
        (
            "en",
            "Since March, the paper has asked readers whether each story was helpful, and editors "
            "said the answers had changed how they write about the council, the schools and the "
            "courts.",
        ),
        ("fr", "Oui, non, peut-être : les élus ont longtemps hésité avant de voter le projet."),
    ],
)
def test_prose_about_feedback_stays_body(lang, line):
    label, reasons = label_between(BODY[lang], line)
    assert label == "body", reasons
