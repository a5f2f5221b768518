"""A wire agency's credit closing the story in Portuguese, German and Russian
('Com informações da Agência Brasil e da Reuters', 'Mit Material von dpa',
'По материалам ТАСС и РИА Новости'): the table of words leading such a
credit held English, Spanish and French only (and 'and' only in those), so
the credits were kept as article text or set aside as a short line after the
article. Pages written for this test."""

from __future__ import annotations

import pytest

from tests.clean.helpers import BODY, classify_lines, label_between, label_closing


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("pt", "Com informações da Agência Brasil e da Reuters."),
        ("pt", "Com Estadão Conteúdo"),
        ("de", "Mit Material von dpa"),
        ("de", "Mit Material von dpa und AFP"),
        ("ru", "По материалам ТАСС и РИА Новости."),
    ],
)
def test_an_agency_credit_closing_the_story_is_attribution(lang, line):
    got = label_closing(BODY[lang], line)
    assert got[0] == "attribution", got


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        # a sentence naming an agency is no credit line
        ("pt", "Com informações da polícia, a prefeitura fechou o parque por dois dias."),
        ("ru", "По материалам проверки прокуратура возбудила уголовное дело."),
    ],
)
def test_sentences_naming_sources_stay_body(lang, line):
    got = label_between(BODY[lang], line)
    assert got[0] == "body", got


def test_a_credit_after_a_note_on_the_text_still_closes_the_story():
    # the note on the edit comes between the last paragraph and the credit
    b = BODY["pt"]
    note = "A entrevista foi editada por questões de espaço e clareza."
    credit = "Com informações da Agência Brasil."
    got = classify_lines([*b, note, credit])
    assert got[note][0] == "attribution", got[note]
    assert got[credit][0] == "attribution", got[credit]


def test_a_russian_credit_names_an_agency_in_the_genitive_and_in_quotes():
    b = BODY["ru"]
    credit = "По материалам ТАСС и «Интерфакса»."
    got = classify_lines([*b, credit])
    assert got[credit][0] == "attribution", got[credit]
