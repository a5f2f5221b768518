"""The week, month or year following the date told before -- "the following
week", "la semana siguiente", "la semaine suivante", "次周", "สัปดาห์ถัดมา";
"the following month", "al mes siguiente", "le mois suivant", "次月",
"เดือนถัดมา"; "次年", "ปีต่อมา" -- count from that date, as "the following
year", "al año siguiente" and Vietnamese "tuần sau đó" already did. With no
date before them they name none; "次周二" stays a weekday. Published
2024-09-10; the collapse Sunday 2024-03-03."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates

PUB = "2024-09-10"


def found(text, lang):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, lang, PUB)]


@pytest.mark.parametrize(
    "lang,text,span,value",
    [
        ("en", "The bridge fell on March 3. The following week, rescuers arrived.", "The following week", "2024-03-10"),
        ("en", "The bridge fell on March 3. The following month, it reopened.", "The following month", "2024-04"),
        ("es", "El 3 de marzo cayó el puente. A la semana siguiente llegaron los rescatistas.", "la semana siguiente", "2024-03-10"),
        ("es", "El 3 de marzo cayó el puente. Al mes siguiente se reabrió el paso.", "Al mes siguiente", "2024-04"),
        ("fr", "Le 3 mars, le pont s'est effondré. La semaine suivante, les secours sont arrivés.", "La semaine suivante", "2024-03-10"),
        ("fr", "Le 3 mars, le pont s'est effondré. Le mois suivant, il a été rouvert.", "Le mois suivant", "2024-04"),
        ("zh", "3月3日，大桥垮塌。次周，救援人员抵达。", "次周", "2024-03-10"),
        ("zh", "3月3日，大桥垮塌。次月，大桥重新开放。", "次月", "2024-04"),
        ("zh", "2020年3月，工厂关闭。次年，工厂重新开业。", "次年", "2021"),
        ("th", "วันที่ 3 มีนาคม สะพานถล่ม สัปดาห์ถัดมา เจ้าหน้าที่เดินทางมาถึง", "สัปดาห์ถัดมา", "2024-03-10"),
        ("th", "วันที่ 3 มีนาคม สะพานถล่ม เดือนถัดมา สะพานเปิดใช้อีกครั้ง", "เดือนถัดมา", "2024-04"),
        ("th", "ปี 2563 โรงงานปิดตัว ปีต่อมา โรงงานเปิดใหม่", "ปีต่อมา", "2021"),
    ],
)  # fmt: skip
def test_the_following_unit_counts_from_the_date_before(lang, text, span, value):
    assert found(text, lang)[-1] == (span, value)


@pytest.mark.parametrize(
    "lang,text,last",
    [
        ("en", "The following week, rescuers arrived at the site.", None),
        ("es", "A la semana siguiente llegaron los rescatistas.", None),
        ("zh", "3月3日，大桥垮塌。次周二，救援人员抵达。", ("次周二", "2024-03-05")),
    ],
)
def test_no_following_unit(lang, text, last):
    got = found(text, lang)
    assert (got[-1] if got else None) == last
