"""A year-less date in a condition ("Nếu đến 15/8 vẫn chưa ...", "Si antes
del 15 de agosto no se firma ...": tables.CONDITION_BEFORE) takes the nearer
of its two days, as a condition is set on what is to come; a condition on the
past ("If the Aug. 15 deal had held") keeps the lean to the past. The year
before last and after next (vi "năm kia", zh "后年", "大后年", "大前年") and
Japanese 明後日 (the day after tomorrow, not zh "明后两天", two days) are read
(heldout18). Sentences written for these tests; published Thursday
2031-05-08."""

from __future__ import annotations

import pytest

from newsline.dates.engine import resolve_dates

PUB = "2031-05-08"


def found(text, lang, pub=PUB):
    return [(text[m.start : m.end], m.value, m.end_value) for m in resolve_dates(text, lang, pub)]


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        ("vi", "Nếu đến 20/9 công trình chưa xong, chủ đầu tư sẽ bị phạt.", [("20/9", "2031-09-20", None)]),
        ("es", "Si antes del 30 de septiembre no hay acuerdo, el sindicato convocará paros.", [("30 de septiembre", "2031-09-30", None)]),
        ("en", "If the bill is not passed by Sept. 30, the agency will run out of money.", [("Sept. 30", "2031-09-30", None)]),
        ("fr", "S'il n'y a pas de repreneur avant le 30 septembre, l'usine fermera.", [("30 septembre", "2031-09-30", None)]),
        ("th", "หากถึงวันที่ 30 ก.ย. ยังไม่มีผู้ซื้อ โรงงานจะปิดกิจการ", [("วันที่ 30 ก.ย.", "2031-09-30", None)]),
        ("zh", "如果9月30日前仍无买家，工厂将关闭。", [("9月30日", "2031-09-30", None)]),
    ],
)
def test_date_in_a_condition_is_the_nearer_day(lang, text, want):
    assert found(text, lang) == want


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        # a condition on the past: the last such day
        ("en", "If the Sept. 30 ceasefire had held, thousands would have been spared.", [("Sept. 30", "2030-09-30", None)]),
        ("es", "Si el pacto del 30 de septiembre se hubiera cumplido, no habría habido huelga.", [("30 de septiembre", "2030-09-30", None)]),
        # no condition: a report's date leans to the past
        ("en", "The bill was passed on Sept. 30 after a long debate.", [("Sept. 30", "2030-09-30", None)]),
    ],
)
def test_date_without_a_condition_on_what_is_to_come(lang, text, want):
    assert found(text, lang) == want


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        ("vi", "Năm kia nhà máy đóng cửa, năm nay mới hoạt động lại.", [("Năm kia", "2029", None), ("năm nay", "2031", None)]),
        ("zh", "大桥后年通车，隧道大后年完工。", [("后年", "2033", None), ("大后年", "2034", None)]),
        ("zh", "大前年公司曾陷入亏损。", [("大前年", "2028", None)]),
        ("ja", "明後日の朝、新しい駅が開業する。", [("明後日", "2031-05-10", None)]),
        # zh "明后两天": two days, tomorrow and the day after
        ("zh", "明后两天将有大雨。", [("明后两天", "2031-05-09", "2031-05-10")]),
    ],
)
def test_years_two_on_or_back_and_the_day_after_tomorrow(lang, text, want):
    assert found(text, lang) == want


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("zh", "此后年均增长百分之五。"),
        ("zh", "这是最后年份的统计。"),
        ("vi", "Vào một năm kia, ông rời làng ra đi."),
        ("zh", "若干企业已经停产。"),
    ],
)
def test_no_year_two_on_or_back(lang, text):
    assert found(text, lang) == []
