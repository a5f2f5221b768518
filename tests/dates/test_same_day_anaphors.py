""" "The same day" as news writes it -- Vietnamese "chiều cùng ngày", French
"le même jour" / "le jour même", Spanish "ese mismo día", English "that same
day" / "later that day", Thai "ในวันเดียวกัน" -- is the day just named, as
Chinese "当天" already was; with no day named before it, no date. Publication
date: Tuesday 10 September 2024."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates

PUB = "2024-09-10"


def values(text, lang):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, lang, PUB)]


@pytest.mark.parametrize(
    "lang,text,span",
    [
        # a provincial government's news item
        (
            "vi",
            (
                "Sáng 15/3, UBND tỉnh tổ chức hội nghị sơ kết quý I. Chiều cùng ngày, "
                "đoàn công tác đã kiểm tra tiến độ dự án đường ven biển."
            ),
            "cùng ngày",
        ),
        (
            "fr",
            (
                "Le 15 mars, le conseil municipal a voté le budget. Le même jour, "
                "le maire a annoncé sa démission."
            ),
            "Le même jour",
        ),
        (
            "fr",
            (
                "Le 15 mars, le conseil municipal a voté le budget. Le maire a démissionné "
                "le jour même."
            ),
            "le jour même",
        ),
        (
            "es",
            (
                "El 15 de marzo, el concejo aprobó el presupuesto. Ese mismo día, "
                "el alcalde presentó su renuncia."
            ),
            "Ese mismo día",
        ),
        (
            "en",
            "On March 15, the council approved the budget. That same day, the mayor resigned.",
            "That same day",
        ),
        (
            "en",
            "On March 15, the council approved the budget. Later that day, the mayor resigned.",
            "Later that day",
        ),
        (
            "th",
            "เมื่อวันที่ 15 มีนาคม บริษัทจัดประชุมผู้ถือหุ้น ในวันเดียวกัน ผู้บริหารได้แถลงข่าว",
            "ในวันเดียวกัน",
        ),
    ],
)
def test_same_day_is_the_day_just_named(lang, text, span):
    assert (span, "2024-03-15") in values(text, lang)


@pytest.mark.parametrize(
    "lang,text,expect",
    [
        ("vi", "Chiều cùng ngày, đoàn công tác đã kiểm tra tiến độ dự án.", []),
        ("en", "That same day, the mayor resigned.", []),
        # the date itself follows: it is the date
        ("vi", "Cùng ngày 16/3, đoàn công tác đã kiểm tra dự án.", [("ngày 16/3", "2024-03-16")]),
    ],
)
def test_same_day_without_a_day_before(lang, text, expect):
    assert values(text, lang) == expect
