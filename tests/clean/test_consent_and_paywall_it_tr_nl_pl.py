"""Cookie banners, subscription walls and newsletter boxes on Italian,
Turkish, Dutch and Polish pages ('Questo sito utilizza cookie…', 'Bu sitede
… çerezler kullanılmaktadır', 'Ben je al abonnee?', 'Masz już subskrypcję?')
were kept as article text: the notice tables had no phrase in these
languages. Sentences about cookies or reading stay body. Pages written for
this test."""

from __future__ import annotations

import pytest

from .helpers import BODY, label_between, label_closing


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        (
            "it",
            "Questo sito utilizza cookie tecnici e di profilazione. Continuando la navigazione accetti l'uso dei cookie.",
        ),
        (
            "tr",
            "Bu sitede deneyiminizi iyileştirmek için çerezler kullanılmaktadır. Siteyi kullanarak çerez politikamızı kabul etmiş olursunuz.",
        ),
        (
            "nl",
            "Deze website maakt gebruik van cookies om je ervaring te verbeteren. Door verder te surfen ga je akkoord.",
        ),
        (
            "pl",
            "Ta strona używa plików cookies. Korzystając ze strony, wyrażasz zgodę na ich używanie.",
        ),
        ("nl", "Dit artikel is alleen beschikbaar voor abonnees. Ben je al abonnee? Log dan in."),
        ("tr", "Bu haberi okumak için abone olun. Zaten abone misiniz? Giriş yapın."),
        (
            "pl",
            "Ten artykuł jest dostępny tylko dla subskrybentów. Masz już subskrypcję? Zaloguj się.",
        ),
        ("it", "Abbonati per continuare a leggere: il primo mese costa un euro."),
        (
            "nl",
            "Schrijf je in voor onze nieuwsbrief en ontvang elke ochtend het belangrijkste nieuws.",
        ),
    ],
)
def test_site_notices_are_set_aside(lang, line):
    label, reasons = label_closing(BODY[lang], line)
    assert label == "navigation", (label, reasons)


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        (
            "it",
            "Gli studenti chiedono più luce nelle aule per continuare a leggere anche nel tardo pomeriggio.",
        ),
        (
            "nl",
            "De toezichthouder onderzoekt websites die cookies plaatsen zonder dat bezoekers daarvoor toestemming geven.",
        ),
    ],
)
def test_sentences_about_cookies_or_reading_stay_body(lang, line):
    label, reasons = label_between(BODY[lang], line)
    assert label == "body", (label, reasons)
