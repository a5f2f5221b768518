"""A city each language writes its own way ("Bruxelles", "Bruselas",
"Brussels"; "Varsovie", "Varsovia", "Warsaw") is one place: the merge reads
names only between languages of one script, where two spellings of one
city looked like two places, so "names disagree" kept a French page's
agreement in Bruxelles apart from the English and Spanish pages' same
agreement in Brussels (held-out story8). The names come from CLDR (the
exemplar cities of its time zones), not from a list written here. Near
misses: a city spelt alike in both languages, a word that is no city, a
zone named after its country ("Dominique" is a given name too) and a
page's language with no such names keep their anchors as before.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from newsline.events.anchors import city_exonyms, sentence_anchors
from newsline.events.merge import merge_records

from .records import event_record


@pytest.mark.parametrize(
    "lang,name,english",
    [
        ("fr", "varsovie", "warsaw"),
        ("es", "varsovia", "warsaw"),
        ("de", "warschau", "warsaw"),
        ("it", "lisbona", "lisbon"),
        ("pt", "estocolmo", "stockholm"),
        ("fr", "bruxelles", "brussels"),
        ("vi", "matxcova", "moscow"),
        ("es-MX", "bruselas", "brussels"),
    ],
)
def test_a_city_in_the_pages_language_reads_as_in_english(lang, name, english):
    assert city_exonyms(lang)[name] == english


@pytest.mark.parametrize(
    "lang,name",
    [
        ("fr", "madrid"),  # spelt alike: nothing to read
        ("fr", "dominique"),  # a zone named after its country, and a given name
        ("tr", "sam"),  # Turkish "Şam" (Damascus): three letters are too few
        ("fr", "ville"),  # no city
    ],
)
def test_no_reading_where_there_is_none(lang, name):
    assert name not in city_exonyms(lang)


@pytest.mark.parametrize("lang", ["en", None, "", "xx-nonsense", "zh"])
def test_languages_without_such_names(lang):
    # English names are the readings; Chinese pages' names are romanised
    assert city_exonyms(lang) == {}


def test_the_anchors_themselves_are_unchanged():
    # the reading is the merge's; a sentence's anchors stay its own words
    anchors = sentence_anchors("Le sommet s'est achevé jeudi soir à Bruxelles.", "fr")
    assert "name:bruxelles" in anchors and "name:brussels" not in anchors


def test_one_agreement_in_a_city_of_three_spellings_is_one_event():
    records = [
        event_record(
            "talks-en",
            "Ministers of Norvale and Estrania agreed a fishing pact in Warsaw late on Thursday.",
            "2031-01-16",
            "en",
            story="pact",
        ),
        event_record(
            "talks-fr",
            "Les ministres ont conclu jeudi un accord de pêche à Varsovie, peu avant minuit.",
            "2031-01-16",
            "fr",
            story="pact",
        ),
        event_record(
            "talks-es",
            "Los ministros cerraron el jueves en Varsovia un acuerdo pesquero.",
            "2031-01-16",
            "es",
            story="pact",
        ),
        # a second sentence of the French page that day: the page has two
        event_record(
            "talks-fr",
            "Des pêcheurs ont manifesté jeudi devant le port de Gdynia.",
            "2031-01-16",
            "fr",
            story="pact",
            start=200,
        ),
    ]
    events = merge_records(records)
    groups = sorted(sorted(s["doc_id"] for s in e["sources"]) for e in events)
    assert ["talks-en", "talks-es", "talks-fr"] in groups


def test_two_cities_stay_two_places():
    records = [
        event_record(
            "a-en",
            "Ministers signed the pact in Lisbon on Thursday.",
            "2031-01-16",
            "en",
            story="pact",
        ),
        event_record(
            "b-fr",
            "Les ministres ont signé jeudi le pacte à Varsovie.",
            "2031-01-16",
            "fr",
            story="pact",
        ),
    ]
    a, b = (sentence_anchors(r["quote"], r["lang"]) for r in records)
    assert not {x for x in a if x.startswith("name:")} & {x for x in b if x.startswith("name:")}
