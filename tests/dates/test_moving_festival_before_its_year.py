"""A moving festival with its year written right after its name ("Tết
Trung thu 2026", "วันวิสาขบูชา 2569", "Pâques 2026", "Diwali 2026",
"Pascua 2026") is that year, as "La Semana Santa de 2025" and "เทศกาล
สงกรานต์ 2568" are (heldout13, heldout15): also beside its solar date, which
stays a date of its own. A Hijri year ("Ramadan 1447") and a count after the
festival ("Tết 2000 suất quà") are none. Sentences invented; published
2026-03-04."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates

PUB = "2026-03-04"


def found(text, lang):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, lang, PUB)]


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        ("en", "Diwali 2026 celebrations will light up Leicester's Golden Mile.", [("2026", "2026")]),
        ("fr", "Pâques 2026 tombe le 5 avril, selon le calendrier grégorien.", [("2026", "2026"), ("5 avril", "2026-04-05")]),
        ("es", "La Pascua 2026 llenará los hoteles de la costa.", [("2026", "2026")]),
        ("vi", "Tết Trung thu 2026 được tổ chức tại phố Hàng Mã.", [("2026", "2026")]),
        ("th", "วันวิสาขบูชา 2569 ตรงกับวันที่ 31 พฤษภาคม", [("2569", "2026"), ("31 พฤษภาคม", "2026-05-31")]),
    ],
)
def test_festival_then_its_year(lang, text, expected):
    got = found(text, lang)
    for pair in expected:
        assert any(g[1] == pair[1] and pair[0] in g[0] for g in got), (pair, got)
    assert len(got) == len(expected), got


@pytest.mark.parametrize(
    "lang,text",
    [
        ("en", "Ramadan 1447 began with the sighting of the crescent."),
        ("vi", "Dịp Tết 2000 suất quà được trao cho công nhân."),
        ("th", "ช่วงสงกรานต์ 2000 คน เดินทางกลับบ้าน"),
        ("fr", "Le Nouvel An chinois est fêté à Paris."),
    ],
)
def test_no_year_after_the_festival(lang, text):
    assert found(text, lang) == []
