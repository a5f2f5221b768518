"""A count of years ago kept "exactly" -- "Exactly five years ago", "hace
exactamente diez años", "il y a tout juste deux ans", "Cách đây tròn 5 năm",
"整整十年前" -- is that very day, as "ten years ago today" (heldout7) and "a
year ago today" (heldout12) are: the publication's day and month in that
year. Without the word it stays the year; a count of months keeps its month.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from newsline.dates.engine import resolve_dates

PUB = "2026-05-14"


def found(text, lang):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, lang, PUB)]


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        (
            "en",
            "Exactly five years ago, the first ferry crossed the strait.",
            [("Exactly five years ago", "2021-05-14")],
        ),
        (
            "en",
            "The mine closed precisely 20 years ago, leaving 300 jobless.",
            [("precisely 20 years ago", "2006-05-14")],
        ),
        (
            "es",
            "Hace exactamente diez años se inauguró el tranvía de la ciudad.",
            [("Hace exactamente diez años", "2016-05-14")],
        ),
        (
            "fr",
            "Il y a tout juste deux ans, la rivière sortait de son lit.",
            [("Il y a tout juste deux ans", "2024-05-14")],
        ),
        (
            "vi",
            "Cách đây tròn 5 năm, cây cầu treo được khánh thành.",
            [("Cách đây tròn 5 năm", "2021-05-14")],
        ),
        ("vi", "Đúng ba năm trước, nhà máy đóng cửa.", [("Đúng ba năm trước", "2023-05-14")]),
        ("zh", "整整十年前，这座大桥正式通车。", [("整整十年前", "2016-05-14")]),
        # negatives: no "exactly" (the year), a count of months, a word
        # for "exactly" that belongs to another clause
        ("en", "Five years ago, the first ferry crossed the strait.", [("Five years ago", "2021")]),
        ("es", "Hace diez años se inauguró el tranvía.", [("Hace diez años", "2016")]),
        ("fr", "Il y a deux ans, la rivière sortait de son lit.", [("Il y a deux ans", "2024")]),
        ("vi", "Cách đây 5 năm, cây cầu được khánh thành.", [("Cách đây 5 năm", "2021")]),
        ("en", "Exactly two months ago, the pier collapsed.", [("two months ago", "2026-03")]),
        ("en", "Exactly, a year ago the pier collapsed.", [("a year ago", "2025")]),
        ("zh", "大桥整整封闭三天。十年前这座大桥通车。", [("十年前", "2016")]),
    ],
)
def test_exactly_years_ago(lang, text, expected):
    assert found(text, lang) == expected
