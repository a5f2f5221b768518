"""A day written with its weekday and no year, which in the stamp's year
falls on another weekday but in the year before or after on the one written,
dates the text to another year: the stamp is wrong. A weekday that fits
the stamp's year anywhere on the page vouches for it. Pages written here;
the positive cases failed before the rule."""

from __future__ import annotations

from collections import Counter

import pytest

from newsline.dates import ResolveDates
from newsline.flags import FlagDocuments
from newsline.langid import IdentifyLanguages
from newsline.model import Document
from tests.flags.helpers import line_blocks


def _flags(text: str, published: str):
    doc = Document(id="d", source="s", text=text, blocks=line_blocks(text), published=published)
    stats: Counter[str] = Counter()
    IdentifyLanguages()([doc], stats)
    ResolveDates()([doc], stats)
    FlagDocuments()([doc], stats)
    return [
        f for f in doc.flags if f.kind == "suspect_date" and f.data.get("signal") == "weekday_year"
    ]


EN = (
    "Harbour festival draws record crowds\n"
    "More than 60,000 people visited the harbour festival on Saturday, June 14, the largest "
    "crowd since the event began, organisers said.\n"
    "{extra}"
)
ES = (
    "El festival del puerto bate su récord de público\n"
    "Más de 60.000 personas visitaron el festival del puerto el sábado 14 de junio, la mayor "
    "afluencia desde que comenzó el evento, según los organizadores.\n"
    "{extra}"
)


@pytest.mark.parametrize("page", [EN, ES])
def test_a_weekday_that_fits_the_year_after_the_stamp_flags_the_stamp(page):
    # 14 June is a Saturday in 2025, a Friday in 2024
    got = _flags(page.format(extra=""), "2024-06-20")
    assert len(got) == 1 and got[0].data["event"] == "2025-06-14", [f.reason for f in got]
    assert "stamp is probably wrong" in got[0].reason


@pytest.mark.parametrize("page", [EN, ES])
def test_a_weekday_that_fits_the_stamp_is_not_flagged(page):
    assert _flags(page.format(extra=""), "2025-06-20") == []


def test_another_weekday_fitting_the_stamp_vouches_for_it():
    extra = (
        "A fireworks show on Friday, June 13, closed the first night, and a parade on "
        "Sunday, June 15, ended the festival.\n"
    )
    # 13 and 15 June fit 2025; the stamp says 2025: 'Saturday, June 14' fits too
    assert _flags(EN.format(extra=extra), "2025-06-20") == []
    # stamp 2024: 13 June 2024 is a Thursday, so every weekday points to 2025
    assert len(_flags(EN.format(extra=extra), "2024-06-20")) == 1


def test_a_wrong_weekday_that_fits_no_nearby_year_is_not_a_stamp_error():
    text = (
        "Harbour festival draws record crowds\n"
        "More than 60,000 people visited the harbour festival on Tuesday, June 14, the "
        "largest crowd since the event began.\n"
    )
    # 14 June is a Tuesday in neither 2023, 2024 nor 2025
    assert _flags(text, "2024-06-20") == []
