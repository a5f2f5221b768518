"""A scraped page that lost the space after a full stop ("más tarde.La
concesión") ran two sentences into one, and the event of the first quoted
the second too. A lower-case word, a stop and a capitalised word going on in
lower case now end a sentence; web addresses, e-mails and dotted names
("www.example.Com", "name@mail.De") and single letters ("10 h.Le") do not.
Found on a cl-tls Spanish page (events_audit); tested in other languages."""

from __future__ import annotations

from newsline.events.sentences import split_sentences

from .records import extract_from_text


def sentences(text, lang):
    return [text[a:b] for a, b in split_sentences(text, 0, len(text), lang)]


def test_a_stop_without_a_space_ends_the_sentence():
    de = "Die Polizei nahm den Mann in Köln fest.Am Montag soll er vor Gericht."
    assert sentences(de, "de") == [
        "Die Polizei nahm den Mann in Köln fest.",
        "Am Montag soll er vor Gericht.",
    ]
    pt = "O acordo foi assinado em Lisboa.Os ministros voltam a reunir-se."
    assert len(sentences(pt, "pt")) == 2
    ru = "Суд возобновился в Казани.Во вторник суд допросил свидетелей."
    assert len(sentences(ru, "ru")) == 2


def test_dotted_names_and_single_letters_do_not_end_it():
    assert len(sentences("Lea más en www.diario.Com hoy mismo.", "es")) == 1
    assert len(sentences("Escriba a redaccion@diario.Es antes del lunes.", "es")) == 1
    assert len(sentences("Il est arrivé à 10 h.Le train était vide.", "fr")) == 1


def test_the_event_quotes_only_its_own_sentence():
    text = (
        "Der Stadtrat beschloss den Umbau am 4. März 2025 nach langer Debatte."
        "Die Bauarbeiten beginnen laut Verwaltung erst im Herbst."
    )
    quotes = {e.date: text[e.start : e.end] for e in extract_from_text(text, "de", "2025-03-06")}
    assert quotes["2025-03-04"].endswith("nach langer Debatte.")
