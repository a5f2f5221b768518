"""A part of the day just told -- "the same evening", "later that night",
"esa misma noche", "le soir même", "ce soir-là", "cùng tối" -- is that
day, as "the same day" is: a clause telling a second happening of the day
carries it as its date. Sentences written for this test (invented places
and people), none from a story page."""

from __future__ import annotations

import pytest

from newsline.dates.engine import resolve_dates


@pytest.mark.parametrize(
    ("lang", "text", "surface", "day"),
    [
        (
            "en",
            (
                "Police closed the ring road on March 4; the same evening, farmers drove "
                "their tractors into the square."
            ),
            "the same evening",
            "2026-03-04",
        ),
        (
            "en",
            "Talks resumed on 12 May. Later that night the two sides signed.",
            "Later that night",
            "2026-05-12",
        ),
        (
            "es",
            "El tribunal de Rosario falló el 5 de abril; esa misma noche hubo disturbios.",
            "esa misma noche",
            "2026-04-05",
        ),
        (
            "fr",
            "Le scrutin municipal s'est tenu le 3 mars ; le soir même, le maire a démissionné.",
            "le soir même",
            "2026-03-03",
        ),
        (
            "fr",
            "Le derby a eu lieu le 3 mars. Ce soir-là, des supporters ont envahi la pelouse.",
            "Ce soir-là",
            "2026-03-03",
        ),
        (
            "vi",
            "Ngày 5/4, cảnh sát phong tỏa cầu Rồng; cùng tối, hàng trăm người tụ tập.",
            "cùng tối",
            "2026-04-05",
        ),
    ],
)
def test_part_of_the_day_just_told_is_that_day(lang, text, surface, day):
    found = {text[m.start : m.end]: m.value for m in resolve_dates(text, lang, "2026-05-20")}
    assert found.get(surface) == day, found


def test_optimise_together_is_no_evening():
    # "cùng tối ưu": optimise together; "tối đa", "tối thiểu": most, least
    text = "Hai công ty cùng tối ưu chi phí vận chuyển và cùng tối đa hóa lợi nhuận."
    assert resolve_dates(text, "vi", "2026-05-20") == []
