"""A bare weekday after "tonight" / "today" in the same sentence, told with
no past cue, is ahead: a schedule told from today ("The final is broadcast
live tonight, with highlights on Sunday", "France 3 diffuse le match ce soir,
le résumé dimanche", "Trận đấu phát trực tiếp tối nay, phát lại vào Chủ
nhật", "ถ่ายทอดสดคืนนี้ และฉายซ้ำวันอาทิตย์", "比赛今晚直播，周日重播"). With a
past cue, or an English possessive ("after Friday's vote"), the weekday
stays behind. Thai "คืนนี้" / "เย็นนี้" (tonight, this evening) is today;
"เมื่อคืนนี้" still last night. Sentences written for these tests;
published Wednesday 2025-10-15."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates

PUB = "2025-10-15"


def found(text, lang):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, lang, PUB)]


AHEAD, BEHIND = "2025-10-19", "2025-10-10"


@pytest.mark.parametrize(
    "lang,text,weekday,value",
    [
        # a schedule told from today: ahead
        (
            "en",
            "The final is broadcast live tonight, with highlights on Sunday at 10.40pm.",
            "Sunday",
            AHEAD,
        ),
        ("es", "La final se emite hoy en directo y el resumen, el domingo.", "domingo", AHEAD),
        (
            "fr",
            "France 3 diffuse le match ce soir, le résumé dimanche après-midi.",
            "dimanche",
            AHEAD,
        ),
        ("vi", "Trận chung kết phát trực tiếp tối nay, phát lại vào Chủ nhật.", "Chủ nhật", AHEAD),
        ("th", "ถ่ายทอดสดคืนนี้ 20.00 น. และฉายซ้ำวันอาทิตย์", "วันอาทิตย์", AHEAD),
        ("zh", "决赛今晚直播，周日下午重播。", "周日", AHEAD),
        # a past cue or an English possessive: behind
        ("en", "The minister resigned today, days after Friday's vote.", "Friday", BEHIND),
        ("en", "Today the court heard the case it adjourned on Friday.", "Friday", BEHIND),
        ("vi", "Hôm nay tòa tuyên án, sau khi đã nghe lời khai vào thứ Sáu.", "thứ Sáu", BEHIND),
        ("zh", "今天法院继续审理周五休庭的案件，周五已经开过一次庭。", "周五", BEHIND),
    ],
)
def test_weekday_after_today(lang, text, weekday, value):
    got = dict(found(text, lang))
    assert got[weekday] == value, found(text, lang)


def test_thai_tonight_is_today_and_last_night_yesterday():
    assert found("นายกฯ จะแถลงข่าวเย็นนี้ที่ทำเนียบรัฐบาล", "th") == [("เย็นนี้", "2025-10-15")]
    assert found("คืนนี้ฝนจะตกหนักในภาคใต้", "th") == [("คืนนี้", "2025-10-15")]
    assert found("เมื่อคืนนี้ เกิดเหตุไฟไหม้โกดัง", "th") == [("เมื่อคืนนี้", "2025-10-14")]
