""""The next day" after a weekday written with its day of the month.

A weekly roundup or a wire tells a week by "Lundi 2, ... Le lendemain, ...",
"El lunes 2 ... Al día siguiente", "On Monday the 2nd ... The next day":
the weekday with its number names a day as plainly as "le 2 mars", so the
day after it counts from it. A weekday alone is an antecedent too
(tests/dates/test_next_day_after_a_weekday.py), except the publication's own
weekday, whose next day would run past publication. All sentences are
written for these tests.
"""

from __future__ import annotations

from collections import Counter

from newsline.dates import ResolveDates
from newsline.model import Document

from .records import extract_from_text


def dates_of(text: str, lang: str, published: str) -> list[tuple[str, str]]:
    doc = Document(id="d", source="https://d.example/a", text=text, lang=lang, published=published)
    ResolveDates()([doc], Counter())
    return [(text[d.start : d.end], d.value) for d in doc.dates]


def test_the_day_after_a_weekday_with_its_day_in_four_languages():
    cases = [
        ("fr", "Lundi 2, une digue a cédé. Le lendemain, le préfet décrétait l'état d'urgence."),
        (
            "es",
            "El lunes 2 se rompió el dique. Al día siguiente, el alcalde decretó la emergencia.",
        ),
        ("en", "On Monday the 2nd the levee broke. The next day, the mayor declared an emergency."),
        ("vi", "Thứ Hai ngày 2, đê bị vỡ. Hôm sau, tỉnh ban bố tình trạng khẩn cấp."),
    ]
    for lang, text in cases:
        got = dates_of(text, lang, "2026-03-14")
        assert "2026-03-03" in [v for _, v in got], (lang, got)


def test_the_same_day_after_the_next_day_is_that_next_day():
    text = (
        "Mardi 10, le sommet s'est ouvert à Lyon. Le lendemain, les ministres ont signé "
        "l'accord. Le même jour, des manifestants ont défilé dans la ville."
    )
    got = dict(dates_of(text, "fr", "2026-03-14"))
    assert got["Le lendemain"] == "2026-03-11"
    assert got["Le même jour"] == "2026-03-11"


def test_the_sentence_of_the_next_day_becomes_its_event():
    text = (
        "Jeudi 5, la grève a commencé au port de Gênes. Le lendemain, la direction a "
        "proposé une hausse de salaire de 4 %."
    )
    events = extract_from_text(text, "fr", published="2026-03-14")
    by_day = {e.date: text[e.start : e.end] for e in events}
    assert "la direction a proposé" in by_day.get("2026-03-06", "")


def test_a_number_after_a_weekday_that_is_no_day_counts_from_the_weekday():
    # "lundi 7 personnes": no Monday the 7th near publication, so the weekday
    # stands alone (Monday 9 March) and "le lendemain" is the day after it,
    # not a Monday the 7th's next day
    got = dates_of(
        "Lundi 7 personnes sont mortes. Le lendemain, le préfet a parlé.", "fr", "2026-03-14"
    )
    assert got == [("Lundi", "2026-03-09"), ("Le lendemain", "2026-03-10")]


def test_the_publication_weekday_alone_still_gives_no_next_day():
    # published on Saturday 14 March: "Samedi" is that day and its next day
    # would lie after publication, so "le lendemain" stays unread
    got = dates_of("Samedi, une digue a cédé. Le lendemain, le préfet a parlé.", "fr", "2026-03-14")
    assert [s for s, _ in got] == ["Samedi"]
