"""Two ways pages set a label off without a colon. A related-story label
printed in capitals before the teaser's headline ("İLGİLİ HABER Körfez'de
yeni vapur seferleri başlıyor", "LEIA TAMBÉM Flamengo anuncia …") was read
as a promotion line at the article's end (navigation) or kept: the capitals
end the label as a colon would, so it is an inline teaser link (related).
A photo credit by an abbreviation ending on its dot ("Wizualizacja kładki.
Fot. materiały prasowe UM") was a subheading (body): the dot ends the cue
as a colon would, so the line is a caption. Pages written for this test in
a Turkish portal's, a Brazilian sports site's and a Polish regional
paper's styles. The label with a sentence after it, capitals throughout, or
the cue word inside a long sentence are left as before."""

from __future__ import annotations

import pytest

from tests.clean.helpers import BODY, label_between


@pytest.mark.parametrize(
    "lang,line",
    [
        ("tr", "İLGİLİ HABER Körfez'de yeni vapur seferleri başlıyor"),
        ("pt", "LEIA TAMBÉM Flamengo anuncia a contratação de um meia uruguaio"),
        ("en", "READ MORE Bus fares to rise in April across the county"),
    ],
)
def test_a_capitals_label_before_a_headline_is_a_teaser(lang, line):
    label, reasons = label_between(BODY[lang], line)
    assert label == "related", reasons
    assert reasons[0].startswith("inline teaser link"), reasons


@pytest.mark.parametrize(
    "lang,line",
    [
        # a sentence after the capitals: the article's own words
        ("pt", "LEIA TAMBÉM o que disse o técnico depois do jogo no domingo à noite."),
    ],
)
def test_the_label_before_a_sentence_is_no_teaser(lang, line):
    label, reasons = label_between(BODY[lang], line)
    assert not reasons[0].startswith("inline teaser link"), reasons


@pytest.mark.parametrize(
    "line",
    [
        "Wizualizacja kładki. Fot. materiały prasowe UM",
        "Strażacy na miejscu pożaru. Fot. Jan Kowalski",
        "Fot. Anna Wiśniewska",
    ],
)
def test_a_credit_after_an_abbreviated_cue_is_a_caption(line):
    label, reasons = label_between(BODY["pl"], line)
    assert label == "caption", reasons


def test_the_abbreviation_inside_a_long_sentence_stays_body():
    line = (
        "Autorzy wystawy, na której pokazano ponad sto zdjęć, podkreślają, że fot. archiwalne "
        "pochodzą z prywatnych zbiorów mieszkańców miasta i nigdy wcześniej nie były publikowane."
    )
    label, reasons = label_between(BODY["pl"], line)
    assert label == "body", reasons
