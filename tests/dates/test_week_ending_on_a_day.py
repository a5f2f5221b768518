"""The week ending on a day ("the week ending Nov. 23", "la semaine se
terminant le 23 novembre", "la semana que terminó el 23 de noviembre", "tuần
kết thúc ngày 23/11", "สัปดาห์ที่สิ้นสุดวันที่ 23 พ.ย. 2567", "截至11月23日的一周")
is the seven days ending that day (heldout4's choice), not the day alone.
The day after any other verb of ending ("the strike ended Nov. 23", "截至11月
23日，...") stays the day. Sentences written for these tests; published
2024-12-01."""

from __future__ import annotations

import pytest

from newsline.dates.engine import resolve_dates


def found(text, lang):
    return [
        (text[m.start : m.end], m.value, m.end_value)
        for m in resolve_dates(text, lang, "2024-12-01")
    ]


@pytest.mark.parametrize(
    ("text", "lang", "span"),
    [
        (
            "Mortgage applications fell 3% in the week ending Nov. 23.",
            "en",
            "the week ending Nov. 23",
        ),
        (
            "Jobless claims rose in the week ended Nov. 23, 2024.",
            "en",
            "the week ended Nov. 23, 2024",
        ),
        (
            "Les immatriculations ont reculé la semaine se terminant le 23 novembre.",
            "fr",
            "la semaine se terminant le 23 novembre",
        ),
        (
            "El paro registrado bajó en la semana que terminó el 23 de noviembre.",
            "es",
            "la semana que terminó el 23 de noviembre",
        ),
        ("Trong tuần kết thúc ngày 23/11, giá cà phê tăng 4%.", "vi", "tuần kết thúc ngày 23/11"),
        ("ในสัปดาห์ที่สิ้นสุดวันที่ 23 พ.ย. 2567 ยอดส่งออกลดลง", "th", "สัปดาห์ที่สิ้นสุดวันที่ 23 พ.ย. 2567"),
        ("截至11月23日的一周，美国原油库存下降。", "zh", "截至11月23日的一周"),
    ],
)
def test_the_week_ending_on_a_day_is_its_seven_days(text, lang, span):
    assert found(text, lang) == [(span, "2024-11-17", "2024-11-23")]


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        ("The dock strike ended Nov. 23.", "en", [("Nov. 23", "2024-11-23", None)]),
        ("截至11月23日，美国原油库存下降。", "zh", [("11月23日", "2024-11-23", None)]),
        ("La grève s'est terminée le 23 novembre.", "fr", [("23 novembre", "2024-11-23", None)]),
    ],
)
def test_another_ending_is_the_day(text, lang, want):
    assert found(text, lang) == want
