"""A chronology line whose day is a plan the line says moved ("16 mars :
ouverture des négociations prévue au ministère, reportée au 19"; held-out
story16's bulleted box) gives no event on that day: nothing happened then,
as with "originally scheduled for Oct. 8". A line that tells the moving
itself ("March 16: talks postponed to the 19th", no word of plan) or a plan
with no word of moving keeps its event. Chronologies written for this test,
on other happenings and in other languages."""

from __future__ import annotations

import pytest

from .records import extract_from_text

PUB = "2024-09-10"


def days(text, lang):
    return {e.date for e in extract_from_text(text, lang, PUB)}


@pytest.mark.parametrize(
    "lang, text, moved, kept",
    [
        (
            "en",
            (
                "Timeline:\n- August 12: the board vote, scheduled at the Lisbon office, is "
                "postponed to August 20.\n- August 20: the board approves the merger with Varda.\n"
            ),
            "2024-08-12",
            "2024-08-20",
        ),
        (
            "es",
            (
                "Cronología:\n• 12 de agosto: la votación de la junta, prevista en Lisboa, queda "
                "aplazada al día 20.\n• 20 de agosto: la junta aprueba la fusión con Varda.\n"
            ),
            "2024-08-12",
            "2024-08-20",
        ),
        (
            "vi",
            (
                "Diễn biến:\n- 12/8: cuộc bỏ phiếu của hội đồng quản trị dự kiến tại Lisbon bị "
                "hoãn sang ngày 20/8.\n- 20/8: hội đồng quản trị thông qua việc sáp nhập với Varda.\n"
            ),
            "2024-08-12",
            "2024-08-20",
        ),
        (
            "zh",
            (
                "大事记：\n8月12日：原定在里斯本举行的董事会投票推迟至20日。\n"
                "8月20日：董事会批准与瓦尔达公司合并。\n"
            ),
            "2024-08-12",
            "2024-08-20",
        ),
    ],
)
def test_a_moved_plans_day_in_a_chronology_is_no_event(lang, text, moved, kept):
    got = days(text, lang)
    assert moved not in got, got
    assert kept in got, got


@pytest.mark.parametrize(
    "lang, text",
    [
        # the moving itself, told on its day: a happening of that day
        ("en", "Timeline:\n- August 12: the board postpones its vote on the Varda merger.\n"),
        # a plan with no word of moving: left as it was
        ("fr", "Chronologie :\n• 12 août : vote du conseil prévu à Lisbonne sur la fusion.\n"),
        # not a chronology line: the day does not open it
        (
            "en",
            (
                "The strike that began on August 12 and was planned for a week was postponed by "
                "the court until the union's appeal is heard."
            ),
        ),
    ],
)
def test_other_lines_keep_their_day(lang, text):
    assert "2024-08-12" in days(text, lang)


def test_plan_words_are_whole_words():
    # "settlement" holds "set": the delay itself happened that day
    text = "Timeline:\n- August 12: settlement talks with the union delayed again.\n"
    assert "2024-08-12" in days(text, "en")
