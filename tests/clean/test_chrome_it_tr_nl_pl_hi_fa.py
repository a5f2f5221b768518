"""Italian, Turkish, Dutch, Polish, Hindi and Persian pages label their chrome
as the other languages do ('Leggi anche: …', 'İlgili Haberler', 'Lees ook:
…', 'Czytaj także: …', 'यह भी पढ़ें: …', 'بیشتر بخوانید: …'). These languages
had no cue table: related links inside the article were kept as subheadings,
copyright lines set aside as a related list, bylines kept whole as the author
('Door Pieter de Vries'). A Turkish capital 'İ' folded to two characters, so
no Turkish cue could match a line opening with it, and a Hindi word was cut at
each vowel sign, so a Hindi line counted twice its words. Pages written for
this test, in no real site's words."""

from __future__ import annotations

import pytest

from newsline.clean.features import fold_line, line_features

from .helpers import BODY, classify_lines, label_between, label_closing


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("it", "Leggi anche: Treni regionali, da aprile nuove corse tra le due città"),
        ("tr", "İlgili Haber: İzmir'de otobüs seferlerine yeni düzenleme"),
        ("nl", "Lees ook: Meer bomen in de binnenstad na klachten over hitte"),
        ("pl", "Czytaj także: Nowe linie tramwajowe. Kiedy ruszą prace?"),
        ("hi", "यह भी पढ़ें: मेट्रो के चौथे चरण का काम तेज, अगले साल खुलेंगे नए स्टेशन"),
        ("fa", "بیشتر بخوانید: افتتاح ایستگاه جدید مترو در شرق شهر"),
    ],
)
def test_a_related_link_between_paragraphs_is_no_subheading(lang, line):
    label, reasons = label_between(BODY[lang], line)
    assert label == "related", (label, reasons)


@pytest.mark.parametrize(
    ("lang", "line", "label"),
    [
        ("it", "© Riproduzione riservata", "footer"),
        ("tr", "Tüm hakları saklıdır.", "footer"),
        ("nl", "Alle rechten voorbehouden", "footer"),
        ("pl", "Wszelkie prawa zastrzeżone", "footer"),
        ("hi", "सर्वाधिकार सुरक्षित", "footer"),
        ("fa", "کلیه حقوق این سایت محفوظ است.", "footer"),
        ("tr", "Bizi takip edin", "navigation"),
        ("nl", "Deel dit artikel", "navigation"),
    ],
)
def test_site_notices_closing_the_page(lang, line, label):
    got, reasons = label_closing(BODY[lang], line)
    assert got == label, (got, reasons)


@pytest.mark.parametrize(
    ("lang", "heading", "items"),
    [
        (
            "tr",
            "İlgili Haberler",
            [
                "İzmir'de otobüs seferlerine yeni düzenleme",
                "Ankara'da banliyö treni hattı uzatılıyor",
            ],
        ),
        (
            "it",
            "Ti potrebbe interessare",
            [
                "Riapre la biblioteca di quartiere dopo i lavori",
                "Nuovo parcheggio scambiatore alla stazione",
            ],
        ),
    ],
)
def test_a_related_list_inside_the_article_is_set_aside(lang, heading, items):
    b = BODY[lang]
    got = classify_lines([b[0], b[1], heading, *items, b[2], b[3]])
    for line in (heading, *items):
        assert got[line][0] == "related", (line, got[line])
    # the reason shows the cue as the page spells it, one letter for one
    assert fold_line(heading) in got[heading][1][0], got[heading]
    assert all(got[p][0] == "body" for p in b)


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("it", "di Giulia Benedetti"),
        ("nl", "Door Pieter de Vries"),
        ("hi", "रिपोर्ट: अमित शर्मा"),
        ("fa", "خبرنگار: مریم احمدی"),
    ],
)
def test_a_byline_under_the_headline(lang, line):
    b = BODY[lang]
    got = classify_lines(["Titolo di prova per la pagina" if lang == "it" else b[0][:40], line, *b])
    assert got[line][0] == "byline", got[line]


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        (
            "it",
            "Leggi anche il rapporto del comune, che spiega nel dettaglio come saranno spesi i fondi europei.",
        ),
        (
            "nl",
            "Lees ook het rapport van de gemeente, waarin staat hoe het geld precies wordt besteed.",
        ),
        (
            "pl",
            "Polecamy wszystkim mieszkańcom zapoznanie się z planem, który urząd opublikował na swojej stronie.",
        ),
    ],
)
def test_sentences_opening_with_the_words_stay_body(lang, line):
    label, reasons = label_between(BODY[lang], line)
    assert label == "body", (label, reasons)


def test_turkish_capital_i_folds_to_one_letter():
    assert fold_line("İlgili Haberler") == "ilgili haberler"
    # one character for one: cue offsets stay offsets into the line
    assert len(fold_line("İİİ")) == 3


def test_a_hindi_word_is_not_cut_at_its_vowel_signs():
    line = "परिवहन मंत्री ने कहा कि इन बसों से हर दिन फायदा होगा।"
    assert line_features(0, line).units == len(line.split())
