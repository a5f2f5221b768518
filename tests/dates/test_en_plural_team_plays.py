"""British English tells a team in the plural ('Villa play Brugge on
Wednesday', 'United visit Anfield on Sunday'): a scheduled present like
'plays', so the weekday lies ahead; it was read as the weekday just past. Not
the noun ('the play on Wednesday'), nor a lower-case object ('children play
football on Wednesday'). Sentences written for these tests; published Monday
2025-03-10."""

from __future__ import annotations

import pytest

from newsline.dates.engine import resolve_dates


def found(text):
    return [m.value for m in resolve_dates(text, "en", "2025-03-10")]


@pytest.mark.parametrize(
    "text,value",
    [
        ("Villa play Brugge in the Champions League on Wednesday.", "2025-03-12"),
        ("Villa, beaten 3-1 on Saturday, play Brugge on Wednesday.", "2025-03-12"),
        ("United visit Anfield on Sunday.", "2025-03-16"),
        # unchanged
        ("The play on Wednesday drew a full house.", "2025-03-05"),
        ("Children play football in the park on Wednesday.", "2025-03-05"),
    ],
)
def test_plural_team_plays_ahead(text, value):
    assert found(text)[-1] == value


@pytest.mark.parametrize(
    "text",
    [
        "Milan face Inter on Sunday.",
        "Atalanta host Napoli on Sunday.",
        "Wigan host Bolton on Sunday.",
    ],
)
def test_a_team_ending_like_an_article_is_no_article(text):
    # 'Milan face': the 'an' ending the name is no article before a noun
    assert found(text) == ["2025-03-16"]
