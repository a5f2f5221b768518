"""Two weekdays a range word joins in a sentence of a standing schedule --
opening or service hours, a weekly round ("Geöffnet Montag bis Freitag", "a
loja abre de segunda a sexta", "Kantor buka Senin hingga Jumat") -- name no
dated days, where a closure or strike over the same days stays a span.
Sentences written for these tests; published Tuesday 2031-06-10."""

from __future__ import annotations

import pytest

from newsline.dates.engine import resolve_dates

PUB = "2031-06-10"


def found(text, lang):
    return [(text[m.start : m.end], m.value, m.end_value) for m in resolve_dates(text, lang, PUB)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Die Bibliothek ist von Montag bis Freitag geöffnet."),
        ("de", "Geöffnet Montag bis Freitag, 9 bis 18 Uhr."),
        ("de", "Die Hotline ist von Montag bis Freitag erreichbar."),
        ("de", "Der Markt findet jede Woche von Montag bis Mittwoch statt."),
        ("de", "Ab Juli öffnet die Bücherei von Dienstag bis Samstag."),
        ("pt", "A loja abre de segunda a sexta, das 9h às 18h."),
        ("pt", "O posto funciona de segunda a sexta-feira."),
        ("it", "Aperto dal lunedì al venerdì."),
        ("nl", "Het loket is open van maandag tot vrijdag."),
        ("id", "Kantor buka Senin hingga Jumat."),
    ],
)
def test_schedule_gives_no_date(lang, text):
    assert found(text, lang) == []


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        ("de", "Die Schule blieb von Montag bis Mittwoch geschlossen.", [("Montag bis Mittwoch", "2031-06-02", "2031-06-04")]),
        ("id", "Jalan ditutup Senin hingga Rabu.", [("Senin hingga Rabu", "2031-06-02", "2031-06-04")]),
        ("it", "La strada è stata chiusa dal lunedì al mercoledì.", [("lunedì al mercoledì", "2031-06-02", "2031-06-04")]),
        # the schedule's word in the sentence before does not reach this one
        (
            "de",
            "Das Amt ist sonst geöffnet. Die Strecke war von Montag bis Mittwoch gesperrt.",
            [("Montag bis Mittwoch", "2031-06-02", "2031-06-04")],
        ),
    ],
)
def test_closure_stays_a_span(lang, text, want):
    assert found(text, lang) == want
