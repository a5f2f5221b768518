"""A byline and the publish stamp on one line (invented pages and sites).

"Par Julien Marchand - 14 juin 2026 à 18:05": counted whole, the line was
too long for a byline and too wordy for a stamp, so it stayed in the
article's text, the page had no author and no publish date.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from newsline.clean.html import author_name

from .helpers import BODY, classify_lines, classify_page

PAGES = Path(__file__).parent / "pages"


@pytest.mark.parametrize(
    "lang,line",
    [
        ("fr", "Par Julien Marchand - 14 juin 2026 à 18:05"),
        ("fr", "Par Julien Marchand, le 14 juin 2026 à 18h05"),
        ("es", "Por Ana Ruiz Montes - 14 de junio de 2026, 18:05"),
        ("es", "Por Ana Ruiz · 14 de junio de 2026"),
    ],
)
def test_byline_with_its_publish_stamp(lang, line):
    out = classify_lines([*BODY[lang][:1], line, *BODY[lang][1:]])
    assert out[line][0] == "byline", out[line]


@pytest.mark.parametrize(
    "line",
    [
        "Por la tarde del 14 de junio de 2026, los vecinos salieron a la calle.",
        "Par ailleurs, le 14 juin 2026 à 18h05",
    ],
)
def test_a_phrase_opening_with_the_cue_is_no_byline(line):
    lang = "es" if line.startswith("Por") else "fr"
    out = classify_lines([*BODY[lang][:1], line, *BODY[lang][1:]])
    assert out[line][0] != "byline", out[line]


def test_regional_page_gets_its_author_and_date_from_the_byline():
    from collections import Counter

    from newsline.dates import ResolveDates
    from newsline.settings import Settings

    doc = classify_page(PAGES / "fr_regional_tram_abonnes.html")
    ResolveDates(Settings().dates)([doc], Counter())
    line = "Par Julien Marchand - 14 juin 2026 à 18:05"
    (b,) = [b for b in doc.blocks if b.text_of(doc) == line]
    assert b.label == "byline", (b.label, b.reasons)
    assert doc.author == "Julien Marchand"
    assert (doc.published or "").startswith("2026-06-14"), doc.published


@pytest.mark.parametrize(
    "raw,lang,name",
    [
        ("Par Julien Marchand - 14 juin 2026 à 18:05", "fr", "Julien Marchand"),
        ("Por Ana Ruiz, 14 de junio de 2026", "es", "Ana Ruiz"),
        ("By Jane Doe · June 14, 2026", "en", "Jane Doe"),
    ],
)
def test_author_name_drops_the_stamp_after_the_name(raw, lang, name):
    assert author_name(raw, lang) == name


@pytest.mark.parametrize(
    "lang,line",
    [
        ("th", "โดย กองบรรณาธิการ | 14 มิ.ย. 2569 06:30 น. | อ่าน 12,345 ครั้ง"),
        ("th", "โดย สมชาย ใจดี · 14 มิ.ย. 2569 · อ่าน 845 ครั้ง"),
    ],
)
def test_byline_with_its_stamp_and_counters(lang, line):
    out = classify_lines([*BODY[lang][:1], line, *BODY[lang][1:]])
    assert out[line][0] == "byline", out[line]


def test_thai_page_dated_by_its_byline_line():
    from collections import Counter

    from newsline.dates import ResolveDates
    from newsline.settings import Settings

    doc = classify_page(PAGES / "th_weather_warning.html")
    ResolveDates(Settings().dates)([doc], Counter())
    (b,) = [b for b in doc.blocks if b.text_of(doc).startswith("โดย กองบรรณาธิการ")]
    assert b.label == "byline", (b.label, b.reasons)
    assert (doc.published or "").startswith("2026-06-14"), doc.published
    assert doc.author is None  # a desk, not a person
