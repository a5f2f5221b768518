"""A diary's paragraph opens with its day as a sentence of its own, then
tells that day's happening with no date in its sentence ("Dimanche 8 juin.
Plus de 25 millions de Péruviens votent au second tour.", held-out story13):
the sentence after the day is an event of that day. Paragraphs written for
these tests in other outlets' styles and languages (a strike, a storm).
Near misses stay as they were: a dateline ("LIMA, April 21.") is no heading,
a day that ends its line heads nothing, a sentence with its own date keeps
it, and only the first sentence after the day is read."""

from __future__ import annotations

import pytest

from tests.events.records import extract_from_text

DIARY = {
    "en": (
        (
            "How the strike unfolded\n\n"
            "Tuesday, March 4. Dockers at the port of Felixstowe walked out after talks collapsed.\n\n"
            "Friday, March 7. Train drivers across the north joined the stoppage for a day.\n"
        ),
        {"2031-03-04": "Dockers at the port", "2031-03-07": "Train drivers across"},
    ),
    "es": (
        (
            "Diario de la tormenta\n\n"
            "Lunes 10 de marzo. El huracán tocó tierra cerca de Veracruz con vientos de 180 km/h.\n\n"
            "Miércoles 12 de marzo. Las autoridades levantaron la alerta roja en todo el estado.\n"
        ),
        {"2031-03-10": "El huracán tocó tierra", "2031-03-12": "Las autoridades levantaron"},
    ),
    "zh": (
        (
            "罢工日志\n\n3月4日。港口码头工人在谈判破裂后宣布全面罢工，货轮滞留外海。\n\n"
            "3月7日。北方各地的火车司机加入罢工一天。\n"
        ),
        {"2031-03-04": "港口码头工人", "2031-03-07": "北方各地的火车司机"},
    ),
}


@pytest.mark.parametrize("lang", sorted(DIARY))
def test_the_sentence_after_a_paragraphs_day_is_that_days_event(lang):
    text, want = DIARY[lang]
    events = extract_from_text(text, lang, published="2031-03-20")
    got = {e.date: text[e.start : e.end] for e in events}
    for day, opening in want.items():
        assert day in got, (day, got)
        assert got[day].startswith(opening)


def test_a_dateline_heads_no_undated_sentence():
    text = "LIMA, April 21. The jury ordered a recount of more than 1,900 tally sheets.\n"
    assert extract_from_text(text, "en", published="2031-04-21") == []


def test_a_day_alone_on_its_line_heads_nothing_here():
    # (a live blog's day heading is read with its clock-stamped entries instead)
    text = (
        "Tuesday, March 4.\nDockers at the port of Felixstowe walked out after talks collapsed.\n"
    )
    assert extract_from_text(text, "en", published="2031-03-20") == []


def test_a_sentence_with_its_own_date_keeps_it_and_only_the_first_is_read():
    text = (
        "Lundi 3 mars. Les dockers du Havre votent la grève. "
        "Les cheminots les rejoignent deux jours plus tard. "
        "Le trafic reprend le 9 mars.\n"
    )
    events = extract_from_text(text, "fr", published="2031-03-20")
    got = sorted((e.date, text[e.start : e.end][:20]) for e in events)
    assert ("2031-03-03", "Les dockers du Havre") in got
    assert not any(t.startswith("Les cheminots") and d == "2031-03-03" for d, t in got)
    assert not any(t.startswith("Le trafic") and d != "2031-03-09" for d, t in got)
