"""A count of days or weeks before a happening whose day the sentence wrote
just before it, the happening's word written again ("Cửa hàng đóng cửa ngày
5/12; ba ngày trước khi đóng cửa ...", "se inauguró el 9 de marzo; dos
semanas antes de la inauguración", "展会于3月9日开幕，开幕前三天", "ร้าน
ปิดเมื่อวันที่ 5 ธ.ค. สามวันก่อนปิด"): counted from that day (heldout15's
"停产前三周", heldout17). Without the word again ("three months before the
rainy season"), or the eve of a happening ("the day after the vote"), it
stays as it was read. And a year-less day kept every year ("ngày 31/3 hằng
năm", "el 30 de junio de cada año") is a habit, no date. Sentences written
for these tests; published Wednesday 2026-11-18."""

from __future__ import annotations

import pytest

from newsline.dates.engine import resolve_dates

PUB = "2026-11-18"


def found(text, lang, pub=PUB):
    return [(text[m.start : m.end], m.value, m.end_value) for m in resolve_dates(text, lang, pub)]


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        (
            "vi",
            "Cửa hàng đóng cửa ngày 5/12; ba ngày trước khi đóng cửa, hàng hóa được giảm giá.",
            [("ngày 5/12", "2026-12-05", None), ("ba ngày trước", "2026-12-02", None)],
        ),
        (
            "es",
            "El puente se inauguró el 9 de marzo; dos semanas antes de la inauguración, se hicieron las pruebas de carga.",
            [("9 de marzo", "2026-03-09", None), ("dos semanas antes", "2026-02-23", None)],
        ),
        (
            "en",
            "The mine closed on Sept. 4, and three days before the closure, workers were told.",
            [("Sept. 4", "2026-09-04", None), ("three days before", "2026-09-01", None)],
        ),
        (
            "fr",
            "Le salon a ouvert le 9 mars ; trois jours avant l'ouverture, les exposants étaient installés.",
            [("9 mars", "2026-03-09", None), ("trois jours avant", "2026-03-06", None)],
        ),
        (
            "zh",
            "展会于3月9日开幕，开幕前三天，展商已全部进场。",
            [("3月9日", "2026-03-09", None), ("开幕前三天", "2026-03-06", None)],
        ),
        (
            "th",
            "ร้านปิดกิจการเมื่อวันที่ 5 ต.ค. สามวันก่อนปิดกิจการ ลูกค้าแห่มาซื้อของ",
            [("วันที่ 5 ต.ค.", "2026-10-05", None), ("สามวันก่อน", "2026-10-02", None)],
        ),
    ],
)
def test_count_from_the_happenings_day_written_before(lang, text, want):
    assert found(text, lang) == want


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        # another happening than the dated one: no date
        ("en", "The dam was finished on May 3, three months before the rainy season.", [("May 3", "2026-05-03", None)]),
        ("vi", "Đập hoàn thành ngày 3/5, ba tháng trước mùa mưa.", [("ngày 3/5", "2026-05-03", None)]),
        # the first two weeks of a film's run, not two weeks before it
        ("zh", "影片于5月1日上映，上映前两周票房破亿。", [("5月1日", "2026-05-01", None)]),
        # Thai "ago" with a space after it stays counted from now
        ("th", "เมื่อ 3 วันก่อน ตำรวจจับกุมผู้ต้องหาได้", [("3 วันก่อน", "2026-11-15", None)]),
        # days kept every year: a habit
        ("vi", "Năm tài chính kết thúc vào ngày 30/6 hằng năm.", []),
        ("en", "The festival opens on August 12 every year.", []),
        ("es", "El plazo vence el 30 de junio de cada año.", []),
        ("fr", "La fête a lieu le 21 juin de chaque année.", []),
        ("th", "งานจัดขึ้นในวันที่ 5 ธ.ค. ของทุกปี", []),
    ],
)
def test_no_count_from_another_happening_and_yearly_days(lang, text, want):
    assert found(text, lang) == want
