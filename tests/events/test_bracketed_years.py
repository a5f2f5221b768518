"""A year or a span of years alone in brackets glosses the word before it
-- a person's life ("Jean Roux (1940–2025)"), a work's year ("the film
Ashfall (2019)"), a term of office ("el exalcalde Juan Pérez (2010-2014)")
-- and never dates the sentence's happening: obituaries and portraits put a
1940-2025 "event" on the timeline. A day in brackets ("Hôm qua (13/3)")
still dates its sentence. Sentences written for these tests."""

from __future__ import annotations

import pytest

from .records import extract_from_text

PUB = "2025-03-14"


@pytest.mark.parametrize(
    "text,lang,dates",
    [
        (
            "The composer Jean Roux (1940–2025) wrote the score for the festival in Cannes.",
            "en",
            [],
        ),
        (
            "The film Ashfall (2019) was shown at the festival in Busan on Friday.",
            "en",
            ["2025-03-14"],
        ),
        (
            "El exalcalde Juan Pérez (2010-2014) fue detenido el martes en Madrid.",
            "es",
            ["2025-03-11"],
        ),
        (
            "Nhà văn Nguyễn Văn An (1940-2025) đã qua đời tại Hà Nội hôm thứ Ba.",
            "vi",
            ["2025-03-11"],
        ),
        ("作家王某（1940-2025）周二在北京去世，享年85岁。", "zh", ["2025-03-11"]),
        (
            "Hôm qua (13/3), đội tuyển Việt Nam đã thắng Lào 3-0 trên sân Mỹ Đình.",
            "vi",
            ["2025-03-13"],
        ),
    ],
)
def test_bracketed_years_date_no_happening(text, lang, dates):
    assert [e.date for e in extract_from_text(text, lang, PUB)] == dates
