"""A weekday with a bare day number and no month ("lundi 7", "el lunes 8",
"Friday the 13th", "thứ Sáu ngày 7", "วันศุกร์ที่ 7", "周五（7日）"); a weekday
written next to a full or year-less date; weekdays after a "future in the
past" auxiliary ("allait proposer vendredi", "was going to meet on Friday",
"iba a votar el viernes").

Examples are invented. Publication date 2024-07-11 is a Thursday: Monday
2024-07-08, Tuesday 07-09, Friday 07-05 and 07-12, Friday 2024-06-28.
"""

from __future__ import annotations

import datetime as dt

import pytest

from newsline.dates import resolve_dates
from newsline.dates.engine import weekday_day_date

PUB = "2024-07-11"  # Thursday


def found(text, lang, published=PUB):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, lang, published)]


def mentions(text, lang, published=PUB):
    return resolve_dates(text, lang, published)


# --- weekday + bare day number ----------------------------------------------


@pytest.mark.parametrize(
    "lang,text,span,value",
    [
        ("fr", "Lundi 8, le maire a annoncé sa démission.", "Lundi 8", "2024-07-08"),
        ("fr", "Le mardi 9 au soir, un incendie a ravagé l'entrepôt.", "mardi 9", "2024-07-09"),
        # the day number reaches into the previous month ...
        ("fr", "Vendredi 28, les syndicats ont manifesté.", "Vendredi 28", "2024-06-28"),
        # ... and overrides "news looks back" when only a coming day fits
        ("fr", "Le ministre se rendra lundi 15 à Lyon.", "lundi 15", "2024-07-15"),
        ("fr", "Dans la nuit de lundi 8 à mardi 9, la crue a monté.", "lundi 8", "2024-07-08"),
        ("fr", "Dans la nuit de lundi 8 à mardi 9, la crue a monté.", "mardi 9", "2024-07-09"),
        ("es", "El lunes 8 el alcalde presentó su dimisión.", "lunes 8", "2024-07-08"),
        ("es", "El pasado jueves 4 el consejo votó.", "El pasado jueves 4", "2024-07-04"),
        ("es", "El viernes 28, los sindicatos se manifestaron.", "viernes 28", "2024-06-28"),
        ("es", "El martes 9 por la tarde cayó granizo.", "martes 9", "2024-07-09"),
        ("en", "On Friday the 5th the council voted.", "Friday the 5th", "2024-07-05"),
        ("en", "The vote is set for Monday the 15th.", "Monday the 15th", "2024-07-15"),
        ("en", "Tuesday 9th, the council met again.", "Tuesday 9th", "2024-07-09"),
        ("vi", "Thứ Sáu ngày 5, hội đồng đã họp.", "Thứ Sáu ngày 5", "2024-07-05"),
        ("vi", "Sáng thứ Hai ngày 8, đoàn xe rời bến.", "thứ Hai ngày 8", "2024-07-08"),
        ("th", "วันศุกร์ที่ 5 ตำรวจแถลงข่าว", "วันศุกร์ที่ 5", "2024-07-05"),
        ("zh", "5日（周五），警方召开发布会。", "5日（周五）", "2024-07-05"),
        ("zh", "周一（8日）上午，工厂停产。", "周一（8日）", "2024-07-08"),
    ],
)
def test_weekday_with_day_number(lang, text, span, value):
    assert (span, value) in found(text, lang)


def test_ordinal_day_suffixes():
    pub = "2024-03-05"  # Friday the 1st was 2024-03-01
    assert found("Vendredi 1er, la grève a commencé.", "fr", pub) == [
        ("Vendredi 1er", "2024-03-01")
    ]
    assert found("El viernes 1º comenzó la huelga.", "es", pub) == [("viernes 1º", "2024-03-01")]
    assert found("On Friday the 1st the strike began.", "en", pub) == [
        ("Friday the 1st", "2024-03-01")
    ]


def test_two_matching_days_tense_decides():
    # 2023-02-20 is a Monday; Tuesday the 7th is 2023-02-07 (back) and 2023-03-07 (ahead)
    pub = "2023-02-20"
    assert found("Mardi 7, le conseil a voté.", "fr", pub) == [("Mardi 7", "2023-02-07")]
    assert found("Le conseil doit voter mardi 7.", "fr", pub) == [("mardi 7", "2023-03-07")]
    assert found("El consejo votará el próximo martes 7.", "es", pub) == [
        ("el próximo martes 7", "2023-03-07")
    ]
    assert found("The council will vote on Tuesday the 7th.", "en", pub) == [
        ("Tuesday the 7th", "2023-03-07")
    ]


@pytest.mark.parametrize(
    "lang,text,span,value",
    [
        # a count, a time or a page, not a day: the weekday alone
        ("fr", "Lundi 7 personnes ont été blessées.", "Lundi", "2024-07-08"),
        ("fr", "Lundi 7 h 30, le train est parti.", "Lundi", "2024-07-08"),
        ("fr", "Lundi 7,5 % des votants se sont abstenus.", "Lundi", "2024-07-08"),
        ("es", "El lunes 8 personas murieron en el incendio.", "lunes", "2024-07-08"),
        ("en", "On Monday 7 people died in the fire.", "Monday", "2024-07-08"),
        ("zh", "周五（5人受伤），警方召开发布会。", "周五", "2024-07-05"),
        # a day number no nearby date of that weekday has: the plain weekday
        ("fr", "Mardi 12, le conseil a voté.", "Mardi", "2024-07-09"),
        ("es", "El martes 12 el consejo votó.", "martes", "2024-07-09"),
        ("en", "It happened on Friday the 13th.", "Friday", "2024-07-05"),
        ("vi", "Thứ Ba ngày 12, hội đồng đã họp.", "Thứ Ba", "2024-07-09"),
        ("th", "วันอังคารที่ 12 ตำรวจแถลงข่าว", "วันอังคาร", "2024-07-09"),
        ("zh", "周二（12日），警方召开发布会。", "周二", "2024-07-09"),
    ],
)
def test_day_number_that_is_no_day_is_left_out(lang, text, span, value):
    assert found(text, lang) == [(span, value)]


def test_unmatched_day_number_is_noted():
    (m,) = mentions("Mardi 12, le conseil a voté.", "fr")
    assert "no Tuesday 12" in m.anchor
    (m,) = mentions("Lundi 8, le maire a parlé.", "fr")
    assert m.anchor == "published:2024-07-11"


@pytest.mark.parametrize(
    "lang,text",
    [
        ("fr", "Voir la page 7 du dossier."),
        ("fr", "Les 7 lundis de l'été ont été pluvieux."),
        ("es", "Los 8 lunes del verano fueron lluviosos."),
        ("en", "Seven Mondays in a row it rained."),
        ("vi", "Đây là lần thứ hai ngày 7 có mưa lớn."),
    ],
)
def test_numbers_without_a_weekday_are_no_dates(lang, text):
    assert found(text, lang) == []


def test_number_before_the_weekday_is_not_its_day():
    text = "Voir l'article 7 du lundi."
    assert all("7" not in span for span, _ in found(text, "fr"))


@pytest.mark.parametrize(
    "lang,text",
    [
        ("fr", "Lundi 8, le maire a annoncé sa démission."),
        ("es", "El lunes 8 el alcalde dimitió."),
        ("en", "On Friday the 5th the council voted."),
        ("vi", "Thứ Sáu ngày 5, hội đồng đã họp."),
        ("th", "วันศุกร์ที่ 5 ตำรวจแถลงข่าว"),
        ("zh", "周五（5日），警方召开发布会。"),
    ],
)
def test_weekday_day_without_publication_stays_unresolved(lang, text):
    assert found(text, lang, None) == []


def test_weekday_day_date_rule():
    ref = dt.date(2024, 7, 11)
    assert weekday_day_date(ref, 0, 8, None, None) == dt.date(2024, 7, 8)
    assert weekday_day_date(ref, 4, 28, None, None) == dt.date(2024, 6, 28)
    assert weekday_day_date(ref, 1, 12, None, None) is None
    # "last" / "next" keep to their side, a week word to its week
    assert weekday_day_date(ref, 0, 15, "last", None) is None
    assert weekday_day_date(ref, 0, 15, "next", None) == dt.date(2024, 7, 15)
    assert weekday_day_date(ref, 0, 8, "this_week", None) == dt.date(2024, 7, 8)
    assert weekday_day_date(ref, 0, 1, "this_week", None) is None
    # the window: Friday 2024-08-23 is 43 days ahead
    assert weekday_day_date(ref, 4, 23, None, None) is None
    assert weekday_day_date(ref, 4, 23, None, None, window=60) == dt.date(2024, 8, 23)


# --- a weekday next to a full or year-less date -------------------------------


def test_weekday_chooses_the_year_of_a_yearless_date():
    # 2024-10-07 is a Monday, 2023-10-07 a Saturday: the weekday decides
    assert found("On Saturday, October 7, the mayor spoke.", "en") == [
        ("Saturday, October 7", "2023-10-07")
    ]
    assert found("Samedi 7 octobre, le maire a parlé.", "fr") == [
        ("Samedi 7 octobre", "2023-10-07")
    ]
    assert found("El sábado 7 de octubre habló el alcalde.", "es") == [
        ("sábado 7 de octubre", "2023-10-07")
    ]
    assert found("Thứ Bảy, ngày 7/10, thị trưởng phát biểu.", "vi") == [
        ("Thứ Bảy, ngày 7/10", "2023-10-07")
    ]
    assert found("10月7日（周六），市长发表讲话。", "zh") == [("10月7日（周六）", "2023-10-07")]
    (m,) = mentions("Samedi 7 octobre, le maire a parlé.", "fr")
    assert "year 2023 from the weekday" in m.anchor
    # without the weekday the nearest year stays
    assert found("Le 7 octobre, le maire a parlé.", "fr") == [("7 octobre", "2024-10-07")]
    assert found("Lundi 7 octobre, le maire a parlé.", "fr") == [("Lundi 7 octobre", "2024-10-07")]


def test_weekday_agreeing_with_the_date_changes_nothing():
    for text, lang in [
        ("Tuesday, July 9, the mayor spoke.", "en"),
        ("Mardi 9 juillet, le maire a parlé.", "fr"),
        ("วันอังคารที่ 9 กรกฎาคม ตำรวจแถลงข่าว", "th"),
    ]:
        (m,) = mentions(text, lang)
        assert m.value == "2024-07-09"
        assert m.anchor == "published:2024-07-11"


def test_weekday_disagreeing_with_the_date_keeps_the_date():
    (m,) = mentions("Mardi 8 juillet 2024, le maire a parlé.", "fr")
    assert m.value == "2024-07-08"
    assert "weekday mismatch" in m.anchor and "Tuesday" in m.anchor
    # 2024-01-06 is a Saturday; Monday 2025-01-06 is too far ahead for past news
    (m,) = mentions("On Monday, January 6, the mayor spoke.", "en")
    assert m.value == "2024-01-06"
    assert "weekday mismatch" in m.anchor
    # a tense cue wins over the weekday: "pasado" keeps the date behind publication
    (m,) = mentions("El lunes 6 de enero pasado habló el alcalde.", "es")
    assert m.value == "2024-01-06"
    assert "weekday mismatch" in m.anchor


# --- future in the past --------------------------------------------------------


@pytest.mark.parametrize(
    "lang,text,span,value",
    [
        ("fr", "Le ministre allait proposer vendredi une réforme.", "vendredi", "2024-07-12"),
        (
            "fr",
            "Il a dit qu'il devait rencontrer vendredi les syndicats.",
            "vendredi",
            "2024-07-12",
        ),
        ("fr", "Les élus étaient censés voter vendredi.", "vendredi", "2024-07-12"),
        ("en", "He said the council would vote on Friday.", "Friday", "2024-07-12"),
        ("en", "She was going to meet the union on Friday.", "Friday", "2024-07-12"),
        ("en", "The ministers were due to sign the deal on Monday.", "Monday", "2024-07-15"),
        ("es", "El gobierno iba a votar el viernes la ley.", "viernes", "2024-07-12"),
        ("es", "Los diputados iban a votar el viernes.", "viernes", "2024-07-12"),
        ("es", "Dijo que el juez debía decidir el lunes.", "lunes", "2024-07-15"),
        ("vi", "Ông cho biết đoàn dự kiến sẽ đến Huế vào thứ Sáu.", "thứ Sáu", "2024-07-12"),
        ("th", "เขากล่าวว่าคณะจะเดินทางในวันศุกร์", "วันศุกร์", "2024-07-12"),
        ("zh", "他表示，代表团将于周五抵达。", "周五", "2024-07-12"),
    ],
)
def test_future_in_the_past_looks_ahead(lang, text, span, value):
    assert (span, value) in found(text, lang)


@pytest.mark.parametrize(
    "lang,text,span,value",
    [
        # the auxiliary after the weekday, in another clause, or a past conditional
        ("en", "The mayor said on Friday that the council would vote.", "Friday", "2024-07-05"),
        ("en", "He would have turned 80 on Friday.", "Friday", "2024-07-05"),
        ("fr", "Il allait mieux; vendredi, il a quitté l'hôpital.", "vendredi", "2024-07-05"),
        ("fr", "Vendredi, il a dit qu'il allait démissionner.", "Vendredi", "2024-07-05"),
        ("es", "El martes dijo que debía dinero.", "martes", "2024-07-09"),
        ("es", "Iba a llover, pero el viernes salió el sol.", "viernes", "2024-07-05"),
    ],
)
def test_future_in_the_past_needs_the_cue_before_the_weekday_in_its_clause(lang, text, span, value):
    assert (span, value) in found(text, lang)


def test_future_in_the_past_with_a_day_number():
    # 2023-02-20 is a Monday; Tuesday the 7th: 2023-02-07 (back) or 2023-03-07
    pub = "2023-02-20"
    assert found("Le ministre allait proposer mardi 7 une réforme.", "fr", pub) == [
        ("mardi 7", "2023-03-07")
    ]
    assert found("Le ministre a proposé mardi 7 une réforme.", "fr", pub) == [
        ("mardi 7", "2023-02-07")
    ]


@pytest.mark.parametrize(
    "lang,text,span,value,end",
    [
        (
            "fr",
            "Le salon se tiendra du lundi 7 au mercredi 9 mars à Lyon.",
            "lundi 7 au mercredi 9 mars",
            "2022-03-07",
            "2022-03-09",
        ),
        (
            "es",
            "La feria será del lunes 7 al miércoles 9 de marzo en Madrid.",
            "lunes 7 al miércoles 9 de marzo",
            "2022-03-07",
            "2022-03-09",
        ),
        (
            "fr",
            "Du lundi 28 au mercredi 2 mars, la ville fête le carnaval.",
            "lundi 28 au mercredi 2 mars",
            "2022-02-28",
            "2022-03-02",
        ),
    ],
)
def test_weekday_day_to_full_date_is_a_range(lang, text, span, value, end):
    got = [
        (text[m.start : m.end], m.value, m.end_value)
        for m in resolve_dates(text, lang, "2022-03-01")
    ]
    assert (span, value, end) in got


@pytest.mark.parametrize(
    "lang,text",
    [
        ("es", "La oficina abre del lunes al viernes de 9 a 14 horas."),  # a schedule
        ("fr", "Le musée est ouvert du lundi au vendredi."),
    ],
)
def test_weekday_schedules_are_still_not_dates(lang, text):
    assert resolve_dates(text, lang, "2022-03-01") == []
