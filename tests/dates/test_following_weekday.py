"""A weekday "following" a date written before it -- "the following
Tuesday", "el martes siguiente", "le mardi suivant", "thứ Ba sau đó" /
"thứ Ba tuần sau đó", "วันอังคารถัดมา" / "วันอังคารของสัปดาห์ถัดมา",
"次周二" -- counts from that date, not from the publication. With no date
before it, it names no day. Sentences invented; published Wednesday
2024-08-14; the trial date Monday 2024-07-29."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates

PUB = "2024-08-14"


def found(text, lang):
    return {text[m.start : m.end]: m.value for m in resolve_dates(text, lang, PUB)}


@pytest.mark.parametrize(
    "lang,text,span,value",
    [
        (
            "en",
            "The trial opened on July 29. The verdict came the following Friday.",
            "the following Friday",
            "2024-08-02",
        ),
        (
            "en",
            "The trial opened on July 29. The jury retired the following Monday.",
            "the following Monday",
            "2024-08-05",
        ),
        (
            "es",
            "El juicio comenzó el 29 de julio. El viernes siguiente se leyó la sentencia.",
            "viernes siguiente",
            "2024-08-02",
        ),
        (
            "fr",
            "Le procès s'est ouvert le 29 juillet. Le vendredi suivant, le verdict est tombé.",
            "vendredi suivant",
            "2024-08-02",
        ),
        (
            "vi",
            "Phiên tòa mở ngày 29/7. Thứ Sáu sau đó, tòa tuyên án.",
            "Thứ Sáu sau đó",
            "2024-08-02",
        ),
        (
            "vi",
            "Phiên tòa mở ngày 29/7. Thứ Ba tuần sau đó, tòa tuyên án.",
            "Thứ Ba tuần sau đó",
            "2024-08-06",
        ),
        ("th", "ศาลเริ่มพิจารณาคดีเมื่อวันที่ 29 ก.ค. และตัดสินในวันศุกร์ถัดมา", "วันศุกร์ถัดมา", "2024-08-02"),
        (
            "th",
            "ศาลเริ่มพิจารณาคดีเมื่อวันที่ 29 ก.ค. และตัดสินในวันอังคารของสัปดาห์ถัดมา",
            "วันอังคารของสัปดาห์ถัดมา",
            "2024-08-06",
        ),
        ("zh", "该案7月29日开庭，次周二宣判。", "次周二", "2024-08-06"),
    ],
)
def test_following_weekday_counts_from_the_date_before_it(lang, text, span, value):
    assert found(text, lang)[span] == value


def test_following_weekday_without_a_date_before_it_names_no_day():
    assert found("The jury returned its verdict the following Tuesday.", "en") == {}


@pytest.mark.parametrize(
    "lang,text,span,value",
    [
        # deictic forms keep counting from the publication
        ("en", "The council will meet next Tuesday.", "next Tuesday", "2024-08-20"),
        ("vi", "Tòa sẽ tuyên án vào thứ Ba tuần sau.", "thứ Ba tuần sau", "2024-08-20"),
        ("zh", "这次周二的会议取消了。", "周二", "2024-08-13"),
    ],
)
def test_deictic_weekdays_are_unchanged(lang, text, span, value):
    assert found(text, lang)[span] == value


def test_a_following_weekday_told_as_ahead_is_after_the_writers_day():
    # the last date written is a past deadline; "will meet the following
    # Monday" is the Monday after the dateline, not after the deadline
    text = (
        "LYON, March 4 (Rhone Wire) - A court ordered the bakery chain's liquidation on "
        "Tuesday. No bids came before the Feb. 20 deadline. Workers will meet officials "
        "the following Monday, unions said."
    )
    got = {text[m.start : m.end]: m.value for m in resolve_dates(text, "en", "2025-03-04")}
    assert got["the following Monday"] == "2025-03-10"


def test_zh_ci_of_another_word_is_no_following_week():
    # "再次" (again): "周一" alone, not the Monday of the week after 29 July
    text = "7月29日开会后，委员会再次周一开会。"
    got = {text[m.start : m.end]: m.value for m in resolve_dates(text, "zh", PUB)}
    assert "次周一" not in got
