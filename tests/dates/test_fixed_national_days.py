"""National and saints' days on a fixed day of the Gregorian year, named
instead of dated ("nhân ngày Quốc khánh", "วันแม่แห่งชาติ", "国庆节当天",
"à la Toussaint", "el Día de Reyes"), are that year-less day, as
tests/dates/test_fixed_holidays.py keeps for Christmas. The break named
after one ("dịp lễ Quốc khánh", "国庆节期间", "les vacances de la Toussaint",
"le pont de l'Assomption") stays no date, and a holiday written beside its
own date is one mention of it. Sentences written for this test."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates


def found(text, lang, pub):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, lang, pub)]


@pytest.mark.parametrize(
    "text,lang,pub,expected",
    [
        (
            "Nhân ngày Quốc khánh, nhiều tuyến phố ở Huế được trang hoàng cờ hoa.",
            "vi",
            "2025-08-28",
            [("ngày Quốc khánh", "2025-09-02")],
        ),
        (
            "Ngày Quốc tế Phụ nữ, các cửa hàng hoa đông nghịt khách.",
            "vi",
            "2025-03-10",
            [("Ngày Quốc tế Phụ nữ", "2025-03-08")],
        ),
        (
            "ในวันพ่อแห่งชาติ ประชาชนจะร่วมจุดเทียนชัยถวายพระพร",
            "th",
            "2025-12-01",
            [("วันพ่อแห่งชาติ", "2025-12-05")],
        ),
        ("国庆节当日，各地景区迎来客流高峰。", "zh", "2025-10-03", [("国庆节当日", "2025-10-01")]),
        ("劳动节当天，外滩游客如织。", "zh", "2025-05-03", [("劳动节当天", "2025-05-01")]),
        (
            "Les fleuristes ont vendu des milliers de pots à la Toussaint.",
            "fr",
            "2025-11-04",
            [("la Toussaint", "2025-11-01")],
        ),
        (
            "El Día de Reyes, los niños abrieron sus regalos en la plaza.",
            "es",
            "2026-01-08",
            [("El Día de Reyes", "2026-01-06")],
        ),
    ],
)
def test_a_national_or_saints_day_is_its_day(text, lang, pub, expected):
    assert found(text, lang, pub) == expected


@pytest.mark.parametrize(
    "text,lang,pub,expected",
    [
        # the date and its holiday: one mention, the date's
        (
            "Ngày Quốc khánh 2/9 năm nay, người dân được nghỉ bốn ngày.",
            "vi",
            "2025-08-28",
            [("2/9 năm nay", "2025-09-02")],
        ),
        (
            "10月1日国庆节当天，广场人山人海。",
            "zh",
            "2025-10-03",
            [("10月1日国庆节当天", "2025-10-01")],
        ),
        (
            "On Christmas Day, Dec. 25, the shelter served 500 meals.",
            "en",
            "2025-12-27",
            [("Dec. 25", "2025-12-25")],
        ),
        (
            "Le 1er novembre, jour de la Toussaint, les cimetières étaient pleins.",
            "fr",
            "2025-11-04",
            [("1er novembre, jour de la Toussaint", "2025-11-01")],
        ),
    ],
)
def test_a_holiday_beside_its_date_is_one_mention(text, lang, pub, expected):
    assert found(text, lang, pub) == expected


@pytest.mark.parametrize(
    "text,lang",
    [
        ("Dịp lễ Quốc khánh, người dân được nghỉ bốn ngày.", "vi"),
        ("国庆节期间，全国旅游人次达8亿。", "zh"),
        ("Les vacances de la Toussaint commencent bientôt.", "fr"),
        ("Le pont de l'Assomption a provoqué des bouchons.", "fr"),
        ("La cabalgata de Reyes recorrió el centro.", "es"),
    ],
)
def test_the_break_named_after_a_holiday_is_no_day(text, lang):
    assert found(text, lang, "2025-10-20") == []
