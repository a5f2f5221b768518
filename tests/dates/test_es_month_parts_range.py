"""From a part of one month to a part of another, written out in Spanish
("de finales de mayo a principios de junio", "desde mediados de mayo hasta
finales de junio"), is one range of the two months, as the other five
languages already read it ("from late May to early June", "de fin mai à
début juin", "từ cuối tháng 5 đến đầu tháng 6", "ตั้งแต่ปลายเดือนพฤษภาคมถึง
ต้นเดือนมิถุนายน", "从5月底到6月初"). The Spanish range phrase runs longer than
the gap two dates were joined across. Two parts in separate clauses, or
joined by "y", stay two dates. Sentences written for these tests; published
2025-03-12."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates

PUB = "2025-03-12"


def found(text, lang):
    return [(m.value, m.end_value) for m in resolve_dates(text, lang, PUB)]


@pytest.mark.parametrize(
    "lang,text",
    [
        ("es", "La cosecha se extenderá de finales de mayo a principios de junio."),
        ("es", "La campaña irá desde mediados de mayo hasta finales de junio."),
        ("en", "The harvest runs from late May to early June."),
        ("fr", "La récolte s'étendra de fin mai à début juin."),
        ("vi", "Vụ thu hoạch kéo dài từ cuối tháng 5 đến đầu tháng 6."),
        ("th", "การเก็บเกี่ยวจะมีขึ้นตั้งแต่ปลายเดือนพฤษภาคมถึงต้นเดือนมิถุนายน"),
        ("zh", "收获期将从5月底到6月初。"),
    ],
)
def test_parts_of_two_months_are_one_range(lang, text):
    assert found(text, lang) == [("2025-05", "2025-06")]


@pytest.mark.parametrize(
    "text",
    [
        "Las lluvias de finales de mayo causaron daños; a principios de junio volvió el sol.",
        "Llovió a finales de mayo y a principios de junio.",
    ],
)
def test_two_parts_apart_stay_two_dates(text):
    assert len(found(text, "es")) == 2
