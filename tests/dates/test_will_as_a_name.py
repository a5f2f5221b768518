"""A capitalised "Will" is a first name ("Will Smith starred in a film in
March") or opens a question ("Will the council vote in March?"); neither
states what will happen, so neither puts a year-less date or a weekday
ahead of publication. Lower-case "will" still does."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates


def values(text, lang, pub):
    return [m.value for m in resolve_dates(text, lang, pub)]


@pytest.mark.parametrize(
    "text,pub,expect",
    [
        ("Will Smith starred in a film in March.", "2024-09-10", "2024-03"),
        ("Former coach Will Grier said in March that he would retire.", "2024-09-10", "2024-03"),
        ("Will Poulter arrived in Sydney on Tuesday.", "2024-09-12", "2024-09-10"),
        ("Will the council vote in March?", "2024-09-10", "2024-03"),
    ],
)
def test_a_capitalised_will_is_no_future(text, pub, expect):
    assert values(text, "en", pub) == [expect]


@pytest.mark.parametrize(
    "text,pub,expect",
    [
        ("Will Ferrell will host the show in March.", "2024-09-10", "2025-03"),
        ("The council will vote on Tuesday.", "2024-09-12", "2024-09-17"),
        ("The plant will close in March.", "2024-09-10", "2025-03"),
    ],
)
def test_a_lower_case_will_still_looks_ahead(text, pub, expect):
    assert values(text, "en", pub) == [expect]
