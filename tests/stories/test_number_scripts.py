"""Numbers written in Thai or full-width digits are the same numbers as in
ASCII digits: "๓๒ ราย" (Thai), "３２人" (full-width, Chinese and Japanese
pages) and "32 dead" share the anchor #:32, and "２０２４年" is the year 2024.

The sentences are written for these tests.
"""

from __future__ import annotations

from newsline.stories.anchors import number_features


def _features(text: str) -> set[str]:
    return {f for f, _ in number_features(text)}


def test_thai_and_full_width_digits_are_the_ascii_numbers():
    assert _features("32 dead in 2024") == {"#:32", "y:2024"}
    assert _features("ผู้เสียชีวิต ๓๒ ราย") == {"#:32"}
    assert _features("死亡３２人，２０２４年") == {"#:32", "y:2024"}
    assert _features("負傷者は１５０人") == {"#:150"}


def test_the_surface_is_the_page_own_writing():
    assert ("#:32", "๓๒") in number_features("ผู้เสียชีวิต ๓๒ ราย")
