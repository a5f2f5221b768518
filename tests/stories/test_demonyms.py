"""A country named only by its people or adjective ("el régimen sirio", "les
rebelles libyens", "Egyptian protesters", "die syrische Armee") is that
country's place anchor, as its name is; ambiguous words are left out, and a
people named once beside other named countries (an actor from elsewhere) is
no place of the page. Pages written for these tests, in several languages.
"""

from __future__ import annotations

import pytest

from newsline.model import Document
from newsline.stories.anchors import feature_counts
from newsline.stories.demonyms import demonym_places, demonym_table, with_demonyms


def _codes(text: str, lang: str) -> list[tuple[str, str]]:
    return [(code, text[s:e]) for code, s, e in demonym_places(text, lang)]


def _places(text: str, lang: str) -> dict[str, int]:
    doc = Document(id="p", source="p.txt", text=text, lang=lang)
    return {
        item[0][2:]: item[1] for item in feature_counts(doc, text)["a"] if item[0].startswith("t:")
    }


def test_the_table_covers_the_worlds_countries():
    table = demonym_table()
    for lang in ("en", "es", "fr"):
        assert len(set(table[lang].values())) >= 175, lang
    for lang in ("de", "pt"):
        assert len(set(table[lang].values())) >= 60, lang


@pytest.mark.parametrize(
    ("lang", "words", "code"),
    [
        ("es", "sirio siria sirios sirias", "SY"),
        ("es", "iraquí iraquíes", "IQ"),
        ("es", "alemana alemanes alemanas alemán", "DE"),
        ("es", "estadounidense estadounidenses", "US"),
        ("fr", "syrien syrienne syriens syriennes", "SY"),
        ("fr", "marocain marocaine marocains marocaines", "MA"),
        ("fr", "grec grecque grecs grecques", "GR"),
        ("en", "Syrian Syrians", "SY"),
        ("en", "Chinese", "CN"),
        ("de", "syrisch syrische syrischen syrischer Syrer Syrerin", "SY"),
        ("pt", "sírio síria sírios sírias", "SY"),
        ("pt", "chinesa chineses", "CN"),
    ],
)
def test_every_inflection_is_the_country(lang, words, code):
    for word in words.split():
        text = f"xx {word} xx."
        assert _codes(text, lang) == [(code, word)], (lang, word)


def test_two_word_demonyms_are_read_whole():
    text = "South Korean and North Korean troops; the Sudanese and South Sudanese envoys."
    assert [c for c, _ in _codes(text, "en")] == ["KR", "KP", "SD", "SS"]
    assert _codes("le président sud-coréen", "fr") == [("KR", "sud-coréen")]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a continent's or a people's word, or a word of two countries
        ("es", "El turista americano y el pueblo indio; un cantante coreano."),
        ("en", "An American Indian artist on the Indian Ocean; a Korean band; Congolese music."),
        ("en", "The North Pole, a Pole vault and Finn the dog."),
        # the masculine singular that names a world language
        ("es", "Un curso de inglés y de español."),
        ("fr", "Il parle français et anglais."),
        ("pt", "Aulas de português e espanhol."),
        # a language after its preposition
        ("es", "Una entrevista en ruso traducida."),
        ("fr", "Un livre traduit en russe."),
        ("en", "Published in Russian and in Turkish."),
        # a capital the position does not give: a nickname or a name's part
        ("es", "Ayer ganó el Chino Ríos en la final."),
        ("de", "Die Insel liegt im Indischen Ozean."),
        # inside a longer word
        ("fr", "Un festival latino-américain."),
    ],
)
def test_ambiguous_words_are_no_place(lang, text):
    assert _codes(text, lang) == []


def test_an_adjective_after_in_is_still_the_country_in_english():
    assert _codes("Ten died in Russian airstrikes.", "en") == [("RU", "Russian")]


def test_a_capital_opening_a_sentence_is_still_the_demonym():
    assert _codes("Sirios y libios huyen. Libyens et Syriens aussi.", "es")[:2] == [
        ("SY", "Sirios"),
        ("LY", "libios"),
    ]


def test_a_page_naming_no_country_is_placed_by_its_people():
    es = (
        "Los rebeldes libios tomaron Brega\n\n"
        "Los rebeldes libios entraron el lunes en la refinería de Brega tras dos días de combates."
    )
    assert _places(es, "es") == {"LY": 2}
    fr = "Les manifestants égyptiens ont de nouveau occupé la place Tahrir ; la police égyptienne a reculé."
    assert _places(fr, "fr") == {"EG": 2}
    en = "Egyptian protesters returned to Tahrir Square as Egyptian police pulled back."
    assert _places(en, "en") == {"EG": 2}
    de = "Die syrische Armee hat Homs beschossen. Syrische Oppositionelle sprechen von 40 Toten."
    assert _places(de, "de") == {"SY": 2}


def test_a_demonym_of_a_named_country_tells_it_again():
    es = "Siria vive otro día de bombardeos: el régimen sirio atacó Homs."
    assert _places(es, "es") == {"SY": 2}


def test_a_people_named_once_beside_other_countries_is_no_place():
    # an actor from elsewhere: the page is about Tunisia
    fr = "Un car de touristes boliviens s'est renversé dans le nord-ouest de la Tunisie."
    assert _places(fr, "fr") == {"TN": 1}
    # the minister of a third country commenting
    es = "El ministro español pidió calma a Egipto y a Libia."
    assert _places(es, "es") == {"EG": 1, "LY": 1}


def test_scripts_that_write_the_name_need_no_table():
    # Vietnamese, Chinese, Thai and Indonesian put a word for "people" beside
    # the country's own name, which the territory scan reads
    assert _places("Hàng nghìn người Syria đã rời Aleppo.", "vi") == {"SY": 1}
    assert _places("数千名叙利亚人离开了阿勒颇。", "zh") == {"SY": 1}
    assert _places("ชาวซีเรียหลายพันคนอพยพออกจากอาเลปโป", "th") == {"SY": 1}
    assert _places("Ribuan warga Suriah meninggalkan Aleppo.", "id") == {"SY": 1}


def test_thai_americans_are_the_united_states():
    assert _places("นักท่องเที่ยวชาวอเมริกันสองคนได้รับบาดเจ็บ", "th") == {"US": 1}


def test_a_demonym_inside_a_name_already_read_is_not_read_twice():
    text = "Saudi Arabia sent its envoy."
    assert with_demonyms(text, "en", [("SA", 0, 12)]) == [("SA", 0, 12)]
    # another "Saudi" is the named country told again
    text = "Saudi Arabia and Saudi officials met."
    assert with_demonyms(text, "en", [("SA", 0, 12)]) == [("SA", 0, 12), ("SA", 17, 22)]


def test_long_adversarial_inputs_are_read_in_one_pass():
    # the word pattern has no two ways to read a run: these finish at once
    for text in ("a-" * 50_000, "sirio-" * 20_000, "-" * 100_000, "é" * 100_000):
        demonym_places(text, "es")
    got = demonym_places("los sirios " * 10_000, "es")
    assert len(got) == 10_000
    assert demonym_places("x" * 100_000, "fr") == []
