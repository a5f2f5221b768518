"""A warning, a permit or an order told in the present as valid until a
bare weekday or day of the month runs out ahead, as a deadline does
(heldout15's choice): en "is valid until/from", fr "vigilance ... jusqu'à"
with a hyphenated hazard between ("vigilance rouge pluie-inondation"),
"est valable / en vigueur jusqu'à", zh "有效期至", "有效至". Told in the
past, or with no validity word, the day keeps its reading. Sentences
invented; published Wednesday 2025-10-15."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates

PUB = "2025-10-15"


def found(text, lang):
    return [(text[m.start : m.end], m.value, m.end_value) for m in resolve_dates(text, lang, PUB)]


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        ("en", "The temporary parking permit is valid until Sunday.", [("Sunday", "2025-10-19", None)]),
        (
            "en",
            "The yellow wind warning is valid from 6 a.m. Thursday until midnight Friday.",
            [("Thursday until midnight Friday", "2025-10-16", "2025-10-17")],
        ),
        (
            "fr",
            "Météo-France place le département en vigilance rouge pluie-inondation jusqu'à vendredi 6 h.",
            [("vendredi", "2025-10-17", None)],
        ),
        ("fr", "L'arrêté préfectoral est valable jusqu'à dimanche.", [("dimanche", "2025-10-19", None)]),
        ("zh", "大风蓝色预警有效期至18日8时。", [("18日", "2025-10-18", None)]),
        ("zh", "临时通行证有效至20日。", [("20日", "2025-10-20", None)]),
    ],
)
def test_validity_told_in_the_present_runs_out_ahead(lang, text, expected):
    assert found(text, lang) == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        ("en", "The warning was valid until Sunday.", [("Sunday", "2025-10-12", None)]),
        ("fr", "La vigilance orange a été levée vendredi.", [("vendredi", "2025-10-10", None)]),
        ("zh", "预警已于13日解除。", [("13日", "2025-10-13", None)]),
    ],
)
def test_past_or_no_validity_keeps_the_day_behind(lang, text, expected):
    assert found(text, lang) == expected
