"""Names of every Latin-script language are compared as spellings.

Seen on a court case told in German and French (sentences written for these
tests): only Vietnamese, English, Spanish and French counted as Latin
script, so the names of a German page were compared with a French page's as
consonant skeletons, the way romanised Thai or Chinese names are -- and
German "Büros" (offices) met French "Paris" (both PLS). Two different
happenings of the trial's Thursday, a search in Frankfurt and an inquiry
opened in Paris, became one event.
"""

from __future__ import annotations

from newsline.events.merge import merge_records

from .records import event_record


def record(doc_id: str, quote: str, date: str, lang: str, start: int = 0) -> dict:
    return event_record(doc_id, quote, date, lang, start=start, published=date)


def sources_per_event(events: list[dict]) -> list[set[tuple[str, int]]]:
    return [{(s["doc_id"], s["start"]) for s in e["sources"]} for e in events]


def test_latin_script_languages_are_latin():
    from newsline.events.merge import _latin_lang

    for lang in ("de", "pt", "id", "it", "nl", "tr", "en", "vi", "pt-BR"):
        assert _latin_lang(lang), lang
    for lang in ("ko", "zh", "zh-Hant", "th", "ja", "ru", None, ""):
        assert not _latin_lang(lang), lang
    # a language that declines names keeps comparing them as skeletons
    for lang in ("pl", "cs", "fi", "hu"):
        assert not _latin_lang(lang), lang


def test_a_declined_polish_name_still_meets_its_english_spelling():
    day = "2025-03-13"
    recs = [
        record("pl", "W czwartek premier spotkał się z Tuskiem.", day, "pl"),
        record("en", "On Thursday the prime minister met Tusk.", day, "en"),
    ]
    (event,) = merge_records(recs)
    assert {s["doc_id"] for s in event["sources"]} == {"pl", "en"}


def test_german_and_french_sentences_of_one_day_on_different_happenings_stay_apart():
    day = "2025-03-13"
    recs = [
        record(
            "de",
            "Am Donnerstag sagte die frühere Finanzchefin Anna Keller aus, "
            "Brandt habe die gefälschten Zahlen gekannt.",
            day,
            "de",
        ),
        record(
            "de",
            "Ebenfalls am Donnerstag durchsuchten Ermittler die Büros der Firma in Frankfurt.",
            day,
            "de",
            start=200,
        ),
        record(
            "fr",
            "Jeudi, l'ancienne directrice financière Anna Keller a déclaré que Brandt "
            "connaissait les chiffres falsifiés.",
            day,
            "fr",
        ),
        record(
            "fr",
            "Le même jour, à Paris, le parquet national financier a ouvert une enquête "
            "distincte sur la filiale française du groupe.",
            day,
            "fr",
            start=300,
        ),
    ]
    got = sources_per_event(merge_records(recs))
    # the testimony, told by both, is one event ...
    assert {("de", 0), ("fr", 0)} in got
    # ... the search and the inquiry are two more
    assert {("de", 200)} in got
    assert {("fr", 300)} in got
    assert len(got) == 3


def test_a_portuguese_and_an_indonesian_spelling_of_one_city_still_meet():
    day = "2025-06-11"
    recs = [
        record(
            "id",
            "Ketua serikat pekerja Budi Santoso mengatakan pada Rabu bahwa perundingan "
            "dengan Pelindo di Jakarta gagal.",
            day,
            "id",
        ),
        record(
            "pt",
            "O líder sindical Budi Santoso disse na quarta-feira que as negociações com a "
            "Pelindo em Jacarta fracassaram.",
            day,
            "pt",
        ),
    ]
    (event,) = merge_records(recs)
    assert {s["doc_id"] for s in event["sources"]} == {"id", "pt"}
    # "Jacarta" is how Portuguese names the city (CLDR's exemplar city), an
    # exonym as "Bruselas" is Spanish for Brussels: no spelling variant to flag
    assert ["jacarta", "jakarta"] not in [f.get("names") for f in event["flags"]]


def test_a_german_common_noun_does_not_meet_a_french_place_alone():
    # the same two decoys with nothing else that day: each is its
    # document's only sentence of the day, but their names (Büros, Ermittler,
    # Firma, Frankfurt / Paris) share nothing, so not even the story's day
    # joins them
    day = "2025-03-13"
    recs = [
        record(
            "de",
            "Ebenfalls am Donnerstag durchsuchten Ermittler die Büros der Firma in Frankfurt.",
            day,
            "de",
        ),
        record(
            "fr",
            "Le même jour, à Paris, le parquet national financier a ouvert une enquête "
            "distincte sur la filiale française du groupe.",
            day,
            "fr",
        ),
    ]
    assert [len(e["sources"]) for e in merge_records(recs)] == [1, 1]
