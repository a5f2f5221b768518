"""Two weekdays told with parts of the day and joined by a range word ("from
Monday afternoon to Wednesday evening", "desde la tarde del lunes hasta la
noche del miércoles", "de lundi après-midi à mercredi soir", "từ chiều
thứ Hai đến tối thứ Tư", "ตั้งแต่บ่ายวันจันทร์ถึงค่ำวันพุธ", "周一下午至周三晚上"):
one span of the days, as a closure, a strike or a warning gives it; told with no past verb it lies
ahead, with one (a report of what happened) behind. A bare "Monday to
Friday" stays a schedule, no date. Sentences written for these tests (road
works, a strike); published Thursday 2025-10-16."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates

PUB = "2025-10-16"


def spans(text, lang):
    return [(m.value, m.end_value) for m in resolve_dates(text, lang, PUB)]


@pytest.mark.parametrize(
    "lang,text",
    [
        (
            "en",
            "The A40 flyover closes from Monday afternoon to Wednesday evening for resurfacing.",
        ),
        ("es", "La huelga de autobuses irá desde la tarde del lunes hasta la noche del miércoles."),
        ("fr", "Les travaux bloquent la ligne 4 de lundi après-midi à mercredi soir."),
        ("vi", "Cầu Long Biên cấm xe từ chiều thứ Hai đến tối thứ Tư để sửa chữa."),
        ("th", "ปิดถนนราชดำเนินตั้งแต่บ่ายวันจันทร์ถึงค่ำวันพุธ เพื่อซ่อมผิวจราจร"),
        ("zh", "该路段周一下午至周三晚上封闭施工。"),
    ],
)
def test_span_ahead(lang, text):
    assert spans(text, lang) == [("2025-10-20", "2025-10-22")]


@pytest.mark.parametrize(
    "lang,text",
    [
        (
            "en",
            "Drivers were stuck as the flyover closed from Monday afternoon to Wednesday evening.",
        ),
        ("vi", "Cầu Long Biên đã cấm xe từ chiều thứ Hai đến tối thứ Tư."),
        ("zh", "该路段周一下午至周三晚上已封闭施工。"),
    ],
)
def test_span_told_past(lang, text):
    assert spans(text, lang) == [("2025-10-13", "2025-10-15")]


@pytest.mark.parametrize(
    "lang,text",
    [
        ("en", "The library is open Monday to Friday."),
        ("fr", "Le guichet est ouvert du lundi au vendredi."),
        ("zh", "窗口周一至周五办公。"),
    ],
)
def test_a_bare_schedule_stays_no_date(lang, text):
    assert all(end is None for _, end in spans(text, lang))
