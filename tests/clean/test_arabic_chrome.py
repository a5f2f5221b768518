"""Arabic pages' chrome: 'اقرأ أيضا' teasers, related headings, source lines and
rights notices are labelled like any other language's (Arabic had no cue table,
so all of them stayed in the body). The page was written for this test."""

from __future__ import annotations

import pytest

from tests.clean.helpers import BODY_AR as AR_BODY
from tests.clean.helpers import classify_lines


@pytest.mark.parametrize(
    ("line", "label"),
    [
        ("اقرأ أيضا: ارتفاع أسعار الخبز في الأسواق المحلية", "related"),
        ("إقرأ أيضاً: افتتاح مكتبة عامة جديدة في وسط المدينة", "related"),
        ("المصدر: وكالات", "attribution"),
        ("جميع الحقوق محفوظة © 2026 صحيفة المدينة", "footer"),
    ],
)
def test_arabic_chrome_lines_are_set_aside(line, label):
    lines = [
        "تجديد الحديقة المركزية يبدأ الشهر المقبل",
        AR_BODY[0],
        AR_BODY[1],
        line,
        AR_BODY[2],
        AR_BODY[3],
    ]
    got = classify_lines(lines)
    assert got[line][0] == label, got[line]
    for p in AR_BODY:
        assert got[p][0] == "body", (p, got[p])


def test_related_heading_opens_a_list_and_prose_using_the_words_stays_body():
    prose = (
        "وأشار المسؤول أيضا إلى أن الصورة العامة للمشروع ستتضح بعد انتهاء المرحلة الأولى "
        "من الأعمال، مؤكدا أن المصدر الرئيسي للتمويل هو ميزانية البلدية."
    )
    lines = [
        AR_BODY[0],
        AR_BODY[1],
        prose,
        AR_BODY[2],
        AR_BODY[3],
        "أخبار ذات صلة",
        "افتتاح جسر جديد فوق النهر",
        "تمديد ساعات عمل الحافلات في رمضان",
    ]
    got = classify_lines(lines)
    assert got[prose][0] == "body", got[prose]
    assert got["أخبار ذات صلة"][0] == "related"
    assert got["افتتاح جسر جديد فوق النهر"][0] == "related"
