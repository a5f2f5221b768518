"""An opinion page's disclaimer that the views are the writer's, in Italian,
Dutch, Polish, Turkish, Indonesian and Russian ('Tekst wyraża opinię autora
…', 'Yazıdaki görüşler yazarına aittir.', 'Мнение автора может не совпадать
с мнением редакции'), is the site's notice (footer), as in the other
languages: between the last paragraph and the writer's bio it was kept as
article text (the table had no phrase in these languages). A sentence about
someone's opinion stays body. Pages written for this test."""

from __future__ import annotations

import pytest

from .helpers import BODY, label_between


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("it", "Le opinioni espresse in questo articolo sono dell'autore."),
        ("nl", "Dit is een opiniestuk: het geeft de mening van de auteur weer."),
        ("pl", "Tekst wyraża opinię autora i nie musi odzwierciedlać stanowiska redakcji."),
        ("tr", "Yazıdaki görüşler yazarına aittir."),
        ("id", "Isi tulisan menjadi tanggung jawab penulis sepenuhnya."),
        ("ru", "Мнение автора может не совпадать с мнением редакции."),
    ],
)
def test_an_opinion_disclaimer_is_the_sites_notice(lang, line):
    label, reasons = label_between(BODY[lang], line)
    assert label == "footer", (label, reasons)


def test_a_sentence_about_an_opinion_stays_body():
    line = "De wethouder zei dat hij de mening van de ouders serieus neemt."
    label, reasons = label_between(BODY["nl"], line)
    assert label == "body", (label, reasons)
