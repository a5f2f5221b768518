"""Languages outside LangSettings.languages (newsline.langid.detect, open set).

Every sentence here is written for this test (an invented pension decree and
a flooded street, told in each language). Before the open set, Italian and
Portuguese came out as Spanish, Dutch and Polish as German, Ukrainian as
Russian, Turkish and Tagalog as Indonesian, and Arabic and Hindi as nothing.
"""

from __future__ import annotations

import pytest

from newsline.langid.detect import detect_language, detect_spans
from newsline.settings import LangSettings

OUTSIDE = {
    "it": "Il governo ha approvato ieri sera il nuovo decreto sulle pensioni, dopo una lunga riunione.",
    "pt": "O governo aprovou ontem à noite o novo decreto sobre as pensões, depois de uma longa reunião.",
    "nl": "De regering heeft gisteravond het nieuwe besluit over de pensioenen goedgekeurd na een lange vergadering.",
    "pl": "Rząd zatwierdził wczoraj wieczorem nowy dekret w sprawie emerytur po długim posiedzeniu.",
    "tr": "Hükümet dün akşam uzun bir toplantının ardından emeklilik konusundaki yeni kararnameyi onayladı.",
    "uk": "Уряд учора ввечері схвалив новий указ про пенсії після тривалого засідання кабінету.",
    "ar": "وافقت الحكومة مساء أمس على المرسوم الجديد بشأن المعاشات التقاعدية بعد اجتماع طويل.",
    "hi": "सरकार ने कल शाम लंबी बैठक के बाद पेंशन पर नए अध्यादेश को मंजूरी दे दी।",
}

INSIDE = {
    "es": "El gobierno aprobó anoche el nuevo decreto sobre las pensiones, tras una larga reunión.",
    "fr": "Le gouvernement a approuvé hier soir le nouveau décret sur les retraites, après une longue réunion.",
    "de": "Die Regierung hat gestern Abend nach einer langen Sitzung die neue Rentenverordnung gebilligt.",
    "ru": "Правительство вчера вечером одобрило новый указ о пенсиях после долгого заседания.",
    "en": "The government approved the new pension decree last night after a long meeting.",
    "id": "Pemerintah menyetujui keputusan baru tentang pensiun tadi malam setelah rapat panjang.",
    "vi": "Chính phủ đã thông qua nghị định mới về lương hưu vào tối qua sau một cuộc họp dài.",
    # Vietnamese typed without accents (CLD2 alone reads such lines as Xhosa or Tagalog)
    "vi-noa": "nuoc tran vao nha dan tren pho cu tu chieu qua va chua rut het sau mot dem mua lon",
}


@pytest.mark.parametrize("lang", sorted(OUTSIDE))
def test_a_language_outside_the_set_is_named(lang):
    assert detect_language(OUTSIDE[lang]) == lang


@pytest.mark.parametrize("lang", sorted(INSIDE))
def test_configured_languages_are_not_taken_by_a_neighbour(lang):
    assert detect_language(INSIDE[lang]) == lang.split("-")[0]


def test_open_set_off_gives_the_nearest_configured_language():
    off = LangSettings(open_set_min_letters=0)
    assert detect_language(OUTSIDE["it"], off) in off.languages
    assert detect_language(OUTSIDE["uk"], off) == "ru"


def test_short_text_stays_in_the_set():
    # a few words are too few to leave the configured languages for
    assert detect_language("Il governo ha deciso.") in LangSettings().languages


def test_a_foreign_paragraph_inside_a_page_gets_its_own_span():
    en = "The city council met on Monday to discuss the flooded streets of the old town. " * 3
    it = (
        "Il consiglio comunale si è riunito lunedì per discutere delle strade allagate del centro. "
        * 2
    )
    spans = detect_spans(en + it)
    assert [lang for _, _, lang in spans] == ["en", "it"]
    assert spans[1][0] == len(en)
