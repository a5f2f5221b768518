"""A scraped wire story with no publication date of its own (a text-only
record) opens with a dateline that writes no year ("NIAMEY, 12 mars
(Agence Sahel) -"); the scraper says when it fetched the page. The day the
story was filed is the dateline's day in the year the fetch gives (the
latest such day on or before the fetch, weeks at most before it): the page's
publication day, which "mardi" and "la veille" count from. Near misses keep
no publication day: no fetch time, a fetch months after (an archive's crawl
may be of any year), a day named with a weekday
that is off its weekday in that year.
Records written for these tests, in French and English
(benchmarks/bundle_check.py --set bundle6 found it on a Spanish record)."""

from __future__ import annotations

import json

import pytest

from newsline.model import Document
from tests.stages_through import read_through

FR = (
    "Le Niger rouvre la frontière avec le Bénin\n"
    "NIAMEY, 12 mars (Agence Sahel) - Le gouvernement nigérien a rouvert mardi le poste "
    "frontalier de Gaya, fermé depuis l'été dernier, a annoncé le ministre des Transports.\n"
    "Les premiers camions de marchandises ont franchi le pont sur le fleuve dans la soirée. "
    "{told}\n"
    "Les transporteurs réclamaient cette réouverture depuis des mois."
)
EN = (
    "Kenya lifts ban on maize imports\n"
    "NAIROBI, Oct 4 (Wire) - Kenya lifted a ban on maize imports from Tanzania on Friday, "
    "the agriculture ministry said, ending a dispute that had kept trucks at the border.\n"
    "Traders said prices had risen by a third since the ban."
)


def _record(tmp_path, text: str, **extra) -> Document:
    p = tmp_path / "pages.jsonl"
    p.write_text(json.dumps({"text": text, **extra}, ensure_ascii=False) + "\n", encoding="utf-8")
    return read_through(p, "dates")


@pytest.mark.parametrize(
    ("text", "fetched", "filed", "counted"),
    [
        # 12 March 2025 is a Wednesday: "mardi" is the 11th
        (
            FR.format(told="La veille, les douaniers avaient été renforcés."),
            "2025-03-13T06:00:00Z",
            "2025-03-12",
            "2025-03-11",
        ),
        # fetched in the new year: the dateline's 30 December is of the year
        # before, a Monday in 2024
        (
            EN.replace("Oct 4", "Dec 30").replace("on Friday", "on Monday"),
            "2025-01-02",
            "2024-12-30",
            "2024-12-30",
        ),
        # 4 October 2024 is a Friday: "on Friday" is that day
        (EN, "2024-10-05", "2024-10-04", "2024-10-04"),
    ],
)
def test_the_dateline_in_the_fetch_year_is_the_publication_day(
    tmp_path, text, fetched, filed, counted
):
    doc = _record(tmp_path, text, scraped_at=fetched)
    assert doc.published == filed, (doc.published, doc.meta)
    assert doc.meta["published_from_dateline"] == filed
    assert counted in [m.value for m in doc.dates], [(m.value, m.anchor) for m in doc.dates]


def test_a_weekday_named_day_off_its_weekday_in_that_year(tmp_path):
    # "mardi 11 mars" is a Tuesday in 2025, not in 2026
    text = FR.format(told="Le poste avait été inspecté mardi 11 mars.")
    doc = _record(tmp_path, text, scraped_at="2026-03-14T08:00:00Z")
    assert doc.published is None, doc.meta


@pytest.mark.parametrize(
    "extra",
    [
        {},  # no fetch time
        # fetched months after: an archive's crawl, of any year
        {"scraped_at": "2027-06-01T08:00:00Z"},
    ],
)
def test_no_fetch_or_a_late_one_gives_no_publication_day(tmp_path, extra):
    doc = _record(tmp_path, FR.format(told=""), **extra)
    assert doc.published is None, doc.meta
    assert "published_from_dateline" not in doc.meta
