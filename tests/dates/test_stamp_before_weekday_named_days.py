"""A page whose stamp lies weeks before the days its text tells as past
with their weekdays ("Workers walked out on Monday, March 3", "La grève a
commencé le lundi 3 mars") was written on or after those days: read
against the stamp, they went back a year and off their weekdays. When two or more such
days agree on the one year their weekdays give, the stamp is wrong
(``published_meta_rejected``, flagged) and the latest of them is taken.
Pages written for this file, in other languages and stories than
bundle5's; the positives failed before it."""

from __future__ import annotations

from collections import Counter

import pytest

from newsline.dates import ResolveDates
from newsline.model import Document
from tests.dates.test_stamp_off_a_glossed_day_word import _doc


def _run(lang: str, published: str, body: list[str]) -> Document:
    doc = _doc(["Headline of the story", *body], ["title"] + ["body"] * len(body), lang, published)
    ResolveDates()([doc], Counter())
    return doc


@pytest.mark.parametrize(
    ("lang", "published", "body", "day"),
    [
        (
            "en",
            "2025-02-01T09:00:00+00:00",
            ["Workers walked out on Monday, March 3. Talks collapsed on Wednesday, March 5."],
            "2025-03-05",
        ),
        (
            "fr",
            "2025-02-01T09:00:00+01:00",
            [
                "La grève a commencé le lundi 3 mars.",
                "Les négociations ont échoué le mercredi 5 mars.",
            ],
            "2025-03-05",
        ),
    ],
)
def test_stamp_weeks_before_the_weekday_named_days_gives_way(lang, published, body, day):
    doc = _run(lang, published, body)
    assert doc.published == day
    assert doc.meta["published_meta_rejected"] == published
    # the days read from the text's own day, on their weekdays
    assert [m.value for m in doc.dates] == ["2025-03-03", "2025-03-05"]


@pytest.mark.parametrize(
    ("lang", "published", "body"),
    [
        # one weekday-named day only: it could be the writer's slip
        ("en", "2025-02-01T09:00:00+00:00", ["Workers walked out on Monday, March 3."]),
        # the days lie before the stamp, on their weekdays: nothing is wrong
        (
            "fr",
            "2025-03-08T09:00:00+01:00",
            [
                "La grève a commencé le lundi 3 mars.",
                "Les négociations ont échoué le mercredi 5 mars.",
            ],
        ),
        # days told ahead of the stamp, on their weekdays: plans
        (
            "fr",
            "2025-02-01T09:00:00+01:00",
            [
                (
                    "Les syndicats manifesteront le lundi 3 mars et rencontreront le ministre "
                    "le mercredi 5 mars."
                )
            ],
        ),
    ],
)
def test_stamp_stays(lang, published, body):
    doc = _run(lang, published, body)
    assert doc.published == published
    assert "published_meta_rejected" not in doc.meta
