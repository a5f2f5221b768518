"""Sentence ends in scripts other than Latin: after ". " a Cyrillic or
Greek capital, or a letter of a script without case (Korean, Arabic, Hindi),
opens a new sentence. Only a Latin capital did, so a Russian or Korean page's
paragraph was one sentence, and every date in it quoted the whole paragraph
as its event. A lower-case letter still continues ("approx. three")."""

from __future__ import annotations

from newsline.events.sentences import split_sentences

from .records import extract_from_text


def sentences(text, lang):
    return [text[a:b] for a, b in split_sentences(text, 0, len(text), lang)]


def test_cyrillic_greek_and_caseless_scripts_end_sentences():
    ru = "Заседание возобновилось в Москве. Во вторник суд допросил свидетелей."
    assert sentences(ru, "ru") == [
        "Заседание возобновилось в Москве.",
        "Во вторник суд допросил свидетелей.",
    ]
    el = "Η δίκη συνεχίστηκε. Στις 3 Μαρτίου κατέθεσε ο μάρτυρας."
    assert len(sentences(el, "el")) == 2
    ko = "법원은 재판을 재개했다. 선고 공판은 다음 주 열린다."
    assert sentences(ko, "ko") == ["법원은 재판을 재개했다.", "선고 공판은 다음 주 열린다."]
    hi = "अदालत ने सुनवाई फिर शुरू की. अगली सुनवाई सोमवार को होगी."
    assert len(sentences(hi, "hi")) == 2


def test_a_lower_case_word_continues_the_sentence():
    en = "About approx. three hundred people left. Then the rain came."
    assert sentences(en, "en") == [
        "About approx. three hundred people left.",
        "Then the rain came.",
    ]


def test_each_russian_date_quotes_its_own_sentence():
    text = (
        "Судебное заседание возобновилось 11 марта 2025 года в Москве. "
        "Приговор суд огласит 20 марта, сообщили в пресс-службе суда."
    )
    quotes = {e.date: text[e.start : e.end] for e in extract_from_text(text, "ru", "2025-03-14")}
    assert quotes["2025-03-11"].endswith("в Москве.")
    assert quotes["2025-03-20"].startswith("Приговор")
