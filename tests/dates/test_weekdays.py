"""Weekdays in vi, th, zh, en, es, fr: one rule for all six languages.

A weekday resolves against the publication date: the latest such day at or
before it (news looks back), the next one when a future cue or a "next" word
says so, a day of the previous / this / next calendar week with a week word;
with no publication date it stays unresolved. Vietnamese "thứ hai" is also
the ordinal "second" and must stay rejected as one.

Examples are invented. Publication date 2024-07-11 is a Thursday.
"""

from __future__ import annotations

import datetime as dt

import pytest

from newsline.dates import resolve_dates
from newsline.dates.engine import weekday_date

PUB = "2024-07-11"  # Thursday


def found(text, lang, published=PUB):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, lang, published)]


@pytest.mark.parametrize(
    "lang,text,span,value",
    [
        # the latest such day at or before publication
        ("vi", "Hôm thứ Ba, bộ trưởng đã gặp các nhà đầu tư.", "thứ Ba", "2024-07-09"),
        ("vi", "Vào thứ hai, công nhân nhà máy đình công.", "thứ hai", "2024-07-08"),
        ("vi", "Sáng thứ 3, đoàn xe rời bến.", "thứ 3", "2024-07-09"),
        ("vi", "Chủ nhật, hàng nghìn người xuống đường.", "Chủ nhật", "2024-07-07"),
        ("vi", "Cuộc họp diễn ra thứ Năm tại Huế.", "thứ Năm", "2024-07-11"),
        ("th", "เมื่อวันอังคาร รัฐมนตรีกล่าวว่าจะลาออก", "วันอังคาร", "2024-07-09"),
        ("zh", "周二，市长宣布新的交通计划。", "周二", "2024-07-09"),
        ("zh", "星期日晚上发生了火灾。", "星期日", "2024-07-07"),
        ("en", "The mayor said on Tuesday that the bridge would close.", "Tuesday", "2024-07-09"),
        ("es", "El alcalde anunció el martes un nuevo plan.", "martes", "2024-07-09"),
        ("es", "El alcalde lo dijo este martes.", "este martes", "2024-07-09"),
        ("fr", "Le maire a annoncé mardi un nouveau plan.", "mardi", "2024-07-09"),
        # "last": strictly before
        (
            "vi",
            "Sáng thứ Năm vừa qua, cảnh sát đã bắt giữ hai người.",
            "thứ Năm vừa qua",
            "2024-07-04",
        ),
        ("th", "วันพฤหัสบดีที่ผ่านมา ตำรวจจับกุมผู้ต้องหา", "วันพฤหัสบดีที่ผ่านมา", "2024-07-04"),
        ("en", "Last Thursday the council voted.", "Last Thursday", "2024-07-04"),
        ("es", "El jueves pasado el consejo votó.", "jueves pasado", "2024-07-04"),
        ("es", "El pasado jueves el consejo votó.", "El pasado jueves", "2024-07-04"),
        ("fr", "Jeudi dernier, le conseil a voté.", "Jeudi dernier", "2024-07-04"),
        # "next": strictly after
        ("vi", "Thứ Năm tới, hội đồng sẽ bỏ phiếu.", "Thứ Năm tới", "2024-07-18"),
        ("th", "วันจันทร์หน้า สภาจะลงมติ", "วันจันทร์หน้า", "2024-07-15"),
        ("en", "The council meets next Monday.", "next Monday", "2024-07-15"),
        ("es", "El consejo se reúne el próximo lunes.", "el próximo lunes", "2024-07-15"),
        ("fr", "Le conseil se réunit lundi prochain.", "lundi prochain", "2024-07-15"),
        # a day of the previous / this / next calendar week
        ("vi", "Thứ Hai tuần trước, nhà máy đóng cửa.", "Thứ Hai tuần trước", "2024-07-01"),
        ("vi", "Thứ Sáu tuần sau, trường khai giảng.", "Thứ Sáu tuần sau", "2024-07-19"),
        ("th", "วันจันทร์สัปดาห์ที่แล้ว โรงงานปิด", "วันจันทร์สัปดาห์ที่แล้ว", "2024-07-01"),
        ("zh", "上周二，工厂停产。", "上周二", "2024-07-02"),
        ("zh", "下周一将召开会议。", "下周一", "2024-07-15"),
        ("zh", "本周三发布了报告。", "本周三", "2024-07-10"),
        ("en", "The plant closed on Monday last week.", "Monday last week", "2024-07-01"),
        (
            "es",
            "La planta cerró el lunes de la semana pasada.",
            "lunes de la semana pasada",
            "2024-07-01",
        ),
        (
            "fr",
            "L'usine a fermé lundi de la semaine dernière.",
            "lundi de la semaine dernière",
            "2024-07-01",
        ),
        # a future cue in the clause: the next such day (at or after publication)
        ("vi", "Bộ trưởng sẽ đến Đà Nẵng vào thứ Hai.", "thứ Hai", "2024-07-15"),
        ("th", "คณะกรรมการจะประชุมในวันศุกร์", "วันศุกร์", "2024-07-12"),
        ("zh", "周五将举行新闻发布会。", "周五", "2024-07-12"),
        ("en", "The talks will resume on Monday.", "Monday", "2024-07-15"),
        ("es", "La cumbre se celebrará el lunes en Quito.", "lunes", "2024-07-15"),
        ("fr", "Les ministres doivent se réunir lundi à Lyon.", "lundi", "2024-07-15"),
        ("fr", "Un entretien à paraître dimanche dans la presse.", "dimanche", "2024-07-14"),
    ],
)
def test_weekday_resolves_against_publication(lang, text, span, value):
    assert (span, value) in found(text, lang)


@pytest.mark.parametrize(
    "lang,text",
    [
        # Vietnamese ordinals "thứ hai" / "thứ ba" (second, third)
        ("vi", "Đây là lần thứ hai đội bóng vô địch."),
        ("vi", "Anh về đích ở vị trí thứ ba."),
        ("vi", "Thứ hai, chúng ta cần thêm vốn cho dự án."),
        ("vi", "Ngày thứ hai của hội nghị bàn về giáo dục."),
        ("vi", "Đội đứng thứ 2 sau vòng thứ 20."),
        ("vi", "Năm thứ năm liên tiếp công ty có lãi."),
        # habitual, schedules
        ("vi", "Chợ họp vào mỗi thứ Bảy."),
        ("vi", "Văn phòng mở cửa từ thứ Hai đến thứ Sáu."),
        ("th", "ตลาดเปิดทุกวันเสาร์"),
        ("zh", "博物馆每周二闭馆。"),
        ("en", "The market opens every Saturday."),
        ("en", "The office is open from Monday to Friday."),
        ("es", "El mercado abre cada sábado."),
        ("fr", "Le marché ouvre chaque samedi."),
        ("fr", "Le bureau est ouvert du lundi au vendredi."),
        # titles
        ("en", "She writes for the Sunday Herald."),
    ],
)
def test_weekday_non_dates_rejected(lang, text):
    assert found(text, lang) == []


@pytest.mark.parametrize(
    "lang,text",
    [
        ("vi", "Hôm thứ Ba, bộ trưởng đã gặp các nhà đầu tư."),
        ("th", "เมื่อวันอังคาร รัฐมนตรีกล่าว"),
        ("zh", "上周二，工厂停产。"),
        ("en", "Last Tuesday the bank raised rates."),
        ("es", "El martes pasado el banco subió los tipos."),
        ("fr", "Mardi dernier, la banque a relevé ses taux."),
    ],
)
def test_weekday_without_publication_date_stays_unresolved(lang, text):
    assert found(text, lang, None) == []


def test_weekday_joins_the_date_it_names():
    text = "thứ Hai, ngày 8/7, cảnh sát khám xét nhà."
    assert found(text, "vi") == [("thứ Hai, ngày 8/7", "2024-07-08")]
    text = "วันอังคารที่ 9 กรกฎาคม 2567 ตำรวจแถลงข่าว"
    assert found(text, "th") == [("วันอังคารที่ 9 กรกฎาคม 2567", "2024-07-09")]


def test_week_words_alone_are_still_weeks():
    # no weekday: "tuần trước" is last week, not a day of it
    ms = resolve_dates("Tuần trước, giá xăng tăng.", "vi", PUB)
    assert [(m.value, m.end_value, m.granularity) for m in ms] == [
        ("2024-07-01", "2024-07-07", "week")
    ]
    # and "hai tuần trước" (two weeks ago) is not Monday
    assert found("Hai tuần trước, giá xăng tăng.", "vi") == [("Hai tuần trước", "2024-06-27")]


def test_thai_weekday_names_keep_their_vowels():
    # "วนองคาร" (วันอังคาร without vowel marks) is no weekday name
    from newsline.dates.tables import weekday_names

    assert all(any(0x0E31 <= ord(c) <= 0x0E4E for c in n) for n in weekday_names("th"))


@pytest.mark.parametrize(
    "direction,tense,expect",
    [
        (None, None, [dt.date(2024, 7, 9), dt.date(2024, 7, 11)]),  # Tue, Thu(=pub)
        ("last", None, [dt.date(2024, 7, 9), dt.date(2024, 7, 4)]),
        ("next", None, [dt.date(2024, 7, 16), dt.date(2024, 7, 18)]),
        (None, "future", [dt.date(2024, 7, 16), dt.date(2024, 7, 11)]),
        ("prev_week", None, [dt.date(2024, 7, 2), dt.date(2024, 7, 4)]),
        ("this_week", None, [dt.date(2024, 7, 9), dt.date(2024, 7, 11)]),
        ("next_week", None, [dt.date(2024, 7, 16), dt.date(2024, 7, 18)]),
    ],
)
def test_weekday_date_rule(direction, tense, expect):
    ref = dt.date(2024, 7, 11)
    assert [
        weekday_date(ref, 1, direction, tense),
        weekday_date(ref, 3, direction, tense),
    ] == expect


@pytest.mark.parametrize(
    "text,span,value",
    [
        # a weekday closing a line, then a wire dateline, a headline, a byline
        (
            "The minister resigned on Wednesday\nQUITO, the capital, stayed calm.",
            "Wednesday",
            "2024-07-10",
        ),
        (
            "Talks collapse on Tuesday\nNegotiators from both sides left early.",
            "Tuesday",
            "2024-07-09",
        ),
        ("Polls open next Monday\nBy Ana Ruiz, Staff Writer", "next Monday", "2024-07-15"),
        # a blank line, Windows and Unicode line ends
        (
            "The port reopened last Sunday\n\nShipping Lines Resume Service",
            "last Sunday",
            "2024-07-07",
        ),
        ("The port reopened on Monday\r\nHarbour Master Confirms", "Monday", "2024-07-08"),
        ("The port reopened on Monday\u2028Harbour Master Confirms", "Monday", "2024-07-08"),
        # nor does the "Monday - Friday" guard read across a line end
        ("Voting ended on Tuesday\n- Observers praised the count.", "Tuesday", "2024-07-09"),
    ],
)
def test_a_line_break_ends_a_weekday_title(text, span, value):
    # a title's words share a line: the capital after a line break is no part of it
    assert (span, value) in found(text, "en")


@pytest.mark.parametrize(
    "text",
    [
        "Wednesday Addams returns to screens with a new series.",
        "He reviews films for the Sunday\u00a0Herald.",  # a no-break space is within the line
        "Fans gathered to watch Monday Night Football.",
        "The office is open Monday to Friday.",
    ],
)
def test_a_weekday_title_on_one_line_is_still_no_date(text):
    assert found(text, "en") == []
