"""Chinese and Thai renderings of a foreign name leave out an r after a
vowel (默克尔 "mo-ke-er" for Merkel, 斯塔默 for Starmer, Thai สตาร์เมอร์ with
its r silenced): a Latin name is also read without such an r, so the
renderings meet it on one skeleton. Well-known renderings, read by a rule
on letters, not by any table of names; the sentences are invented."""

from __future__ import annotations

import pytest

from newsline.stories.anchors import (
    chinese_features,
    latin_names,
    place_name_features,
    thai_features,
)


def ks(pairs) -> set[str]:
    return {f for f, _ in pairs if f.startswith("k:")}


@pytest.mark.parametrize(
    ("en", "zh", "th"),
    [
        ("Chancellor Merkel said on Monday.", "默克尔总理周一表示。", None),
        (
            "Prime Minister Starmer said on Monday.",
            "斯塔默首相周一表示。",
            "นายคีร์ สตาร์เมอร์ กล่าว",
        ),
        ("Former secretary of state Kissinger said.", "前国务卿基辛格表示。", None),
    ],
)
def test_a_latin_name_meets_renderings_without_its_r(en, zh, th):
    shared = ks(latin_names(en, "en")) & ks(chinese_features(zh)[0])
    assert shared
    if th:
        assert shared & ks(thai_features(th)[0])


def test_a_name_without_an_r_after_a_vowel_keeps_one_skeleton():
    # Trump's r follows a consonant; Lima has none
    assert ks(latin_names("They met Trump in Lima.", "en")) == {"k:tlmp"}


def test_a_country_name_read_so_is_still_the_country():
    # "Germany" without its r ("gemany") is a name feature of the country too
    assert "DE" in place_name_features().get("k:kmn", frozenset())
