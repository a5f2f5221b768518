"""A page without a publish date takes its day from its events; one that
recalls an old event ("the volcano last erupted on April 3, 1992", told
twice) took the old day, its story then spanned 1992 to today or sat in
1992. A day over a year before the page's latest dated day is history.

The page is invented.
"""

from __future__ import annotations

from newsline.model import DateMention, Document, EventMention
from newsline.stories.cluster import _doc_date

TEXT = (
    "Mount Lamakera erupted on Tuesday, August 12, 2025, and 4,100 people were evacuated. "
    "The volcano last erupted on April 3, 1992. Survivors of the April 3, 1992 eruption were "
    "among those evacuated."
)


def _page(days: list[str]) -> Document:
    return Document(
        id="v",
        source="v",
        text=TEXT,
        lang="en",
        events=[EventMention(0, 10, d) for d in days],
    )


def test_a_recalled_old_day_is_not_the_pages_day():
    assert _doc_date(_page(["2025-08-12", "1992-04-03", "1992-04-03"])) == "2025-08-12"


def test_days_of_one_year_still_go_by_mentions():
    # a week's news: the day mentioned most, not the latest
    page = _page(["2025-08-12", "2025-08-12", "2025-08-19"])
    assert _doc_date(page) == "2025-08-12"
    # dates read from the text when there are no events follow the same rule
    doc = Document(
        id="w",
        source="w",
        text=TEXT,
        lang="en",
        dates=[
            DateMention(0, 5, "1992-04-03"),
            DateMention(6, 10, "1992-04-03"),
            DateMention(11, 15, "2025-08-12"),
        ],
    )
    assert _doc_date(doc) == "2025-08-12"
