"""A record told against a past date -- "the highest level since September
2008", "a level not seen since", "le plus bas depuis", "höchster Stand seit"
-- names the baseline the record is measured from, not a happening: no
event for that date. A date after "since" with no record before it ("in
power since 1978") or one clause away stays an event, and so does "the first
cut since March 2020" (a cut did happen then). Found on a cl-tls French page
(events_audit: "un niveau qu'il n'avait pas atteint depuis fin septembre
2008"); tested in other languages."""

from __future__ import annotations

import pytest

from .records import extract_from_text

RECORDS = [
    (
        "en",
        "Copper prices climbed on Tuesday to their highest level since March 2009, traders said.",
    ),
    ("en", "The lake fell on Tuesday to a level not seen since the end of 1998, officials said."),
    (
        "es",
        "El cobre subió el martes a su nivel más alto desde marzo de 2009, según los operadores.",
    ),
    (
        "pt",
        "O cobre subiu na terça-feira ao nível mais alto desde março de 2009, disseram operadores.",
    ),
    ("it", "Il rame è salito martedì al livello più alto dal marzo 2009, secondo gli operatori."),
    (
        "de",
        "Der Kupferpreis stieg am Dienstag auf den höchsten Stand seit März 2009, sagten Händler.",
    ),
    ("fr", "Le cuivre a atteint mardi son plus haut niveau depuis mars 2009, selon les courtiers."),
    (
        "vi",
        "Giá đồng hôm thứ Ba tăng lên mức cao nhất kể từ tháng 3 năm 2009, theo các thương nhân.",
    ),
]


@pytest.mark.parametrize("lang,text", RECORDS)
def test_a_records_baseline_is_no_event(lang, text):
    dates = {e.date for e in extract_from_text(text, lang, "2011-02-23")}
    assert "2011-02-22" in dates, (lang, dates)  # the day of the record stays
    assert not any(d.startswith(("2009", "1998")) for d in dates), (lang, dates)


@pytest.mark.parametrize(
    "lang,text,date",
    [
        (
            "en",
            "The general has led the army since March 2009, when he replaced his rival.",
            "2009-03",
        ),
        ("en", "The Fed cut rates for the first time since March 2020 on Wednesday.", "2020-03"),
        (
            "fr",
            "La pire crue a frappé la ville mardi, et depuis mars 2009 la digue est fermée.",
            "2009-03",
        ),
        (
            "es",
            "El peor temporal llegó el martes; desde marzo de 2009 el puerto está cerrado.",
            "2009-03",
        ),
    ],
)
def test_since_without_a_record_stays_an_event(lang, text, date):
    assert date in {e.date for e in extract_from_text(text, lang, "2011-02-23")}
