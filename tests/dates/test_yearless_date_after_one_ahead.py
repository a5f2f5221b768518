"""A year-less date told after one read ahead, in the same sentence and with
no tense of its own, continues that calendar: "Inscriptions du 3 févr. au
28 mars, résultats en juin" (published in January) is next June, after the
March ahead, not the June before it. A sentence break, a date behind
publication before it, or a past verb of its own keeps the nearest reading.
Sentences written for these tests; published Sunday 2025-01-12."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates

PUB = "2025-01-12"


def found(text, lang):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, lang, PUB)]


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        ("fr", "Inscriptions du 3 févr. au 28 mars, résultats en juin.", ("juin", "2025-06")),
        ("en", "Applications run from Feb. 3 to March 28, with results in June.", ("June", "2025-06")),
        ("es", "Inscripciones del 3 de febrero al 28 de marzo; resultados en junio.", ("junio", "2025-06")),
        ("vi", "Đăng ký từ 3/2 đến 28/3, công bố kết quả vào tháng 6.", ("tháng 6", "2025-06")),
        ("zh", "报名时间为2月3日至3月28日，6月公布结果。", ("6月", "2025-06")),
        ("th", "รับสมัคร 3 ก.พ. ถึง 28 มี.ค. ประกาศผลเดือนมิถุนายน", ("เดือนมิถุนายน", "2025-06")),
    ],
)
def test_yearless_date_continues_the_calendar_ahead(lang, text, expected):
    assert expected in found(text, lang)


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # its own past verb
        (
            "en",
            "Applications run from Feb. 3 to March 28, but results were published in June.",
            ("June", "2024-06"),
        ),
        (
            "fr",
            "Inscriptions du 3 févr. au 28 mars, mais les résultats ont été publiés en juin.",
            ("juin", "2024-06"),
        ),
        # the date before it lies behind publication
        ("es", "Del 3 al 28 de noviembre y luego en junio.", ("junio", "2024-06")),
        # another sentence
        ("en", "Applications run from Feb. 3 to March 28. Sales slumped in June.", ("June", "2024-06")),
    ],
)
def test_nearest_reading_kept(lang, text, expected):
    assert expected in found(text, lang)


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # an earlier day told after the one ahead: a happening before it, not
        # next year's (the calendar is carried on at most half a year)
        (
            "es",
            "La vista se reanudará el 20 de enero, tras la sesión del 8 de enero.",
            ("8 de enero", "2025-01-08"),
        ),
        (
            "en",
            "The inquest resumes on January 20, after the hearing of January 9 was adjourned.",
            ("January 9", "2025-01-09"),
        ),
        ("th", "ศาลนัดไต่สวนอีกครั้ง 20 ม.ค. หลังเลื่อนจาก 9 ม.ค.", ("9 ม.ค.", "2025-01-09")),
        ("zh", "案件将于1月20日再审，1月9日的庭审因故延期。", ("1月9日", "2025-01-09")),
    ],
)
def test_an_earlier_day_after_one_ahead_is_not_next_years(lang, text, expected):
    assert expected in found(text, lang)
