"""An English numeric date whose two numbers may both be a month: month first,
unless month first puts a day the sentence tells as past after the page's
own day and day first does not.

English pages are not all American: British, Indian, Australian and Asian
outlets, and copies machine-translated from a day-first language, write
"9/3/2026" for 9 March. Read month first, a past happening ("was arrested
on 9/3/2026", on a page of 20 March) landed in September, after the page
was written. Sentences invented for this test (not from any page)."""

from __future__ import annotations

import pytest

from newsline.dates.engine import resolve_dates


def _values(text: str, published: str) -> list[str]:
    return [m.value for m in resolve_dates(text, "en", published=published)]


@pytest.mark.parametrize(
    ("text", "published", "want"),
    [
        # a British court report
        ("The suspect was arrested on 9/3/2026 in Leeds.", "2026-03-20", "2026-03-09"),
        # a report released, told in an Indian page's style
        ("The audit, released 11/10/2025, found gaps in the ledger.", "2025-10-20", "2025-10-11"),
        # a Malaysian police report
        ("Police said the man was detained 9/3/2026 in Ipoh.", "2026-03-20", "2026-03-09"),
        # a copy's note, translated from Indonesian
        ("Originally published 2/1/2027 by Harian Kota.", "2027-01-04", "2027-01-02"),
    ],
)
def test_a_past_day_month_first_would_put_after_the_page_is_read_day_first(text, published, want):
    assert _values(text, published) == [want]


@pytest.mark.parametrize(
    ("text", "published", "want"),
    [
        # a plan: month first lies ahead, as plans do
        ("The vote will take place on 9/3/2026.", "2026-03-20", "2026-09-03"),
        # no past told: a deadline
        ("The deadline is 9/3/2026.", "2026-03-20", "2026-09-03"),
        # a past verb elsewhere in the sentence, the date's own verb ahead
        ("The hearing is scheduled for 9/3/2026.", "2026-03-20", "2026-09-03"),
        ("Officials confirmed the vote is set for 9/3/2026.", "2026-03-20", "2026-09-03"),
        ("The plant is expected to reopen on 9/3/2026.", "2026-03-20", "2026-09-03"),
        ("Tickets go on sale 9/3/2026, organisers said.", "2026-03-20", "2026-09-03"),
        ("The road will be reopened on 9/3/2026.", "2026-03-20", "2026-09-03"),
        # month first already lies before the page: nothing to mend
        ("The contract was signed 3/4/2025 in Dallas.", "2025-05-01", "2025-03-04"),
        # both readings lie ahead: month first
        ("The contract was signed 3/4/2025 in Dallas.", "2025-03-02", "2025-03-04"),
        # the first number cannot be a month: day first already
        ("The suspect was arrested on 19/3/2026.", "2026-03-20", "2026-03-19"),
    ],
)
def test_month_first_stays_otherwise(text, published, want):
    assert _values(text, published) == [want]


def test_no_publication_day_keeps_month_first():
    assert [m.value for m in resolve_dates("He was arrested on 9/3/2026.", "en")] == ["2026-09-03"]
