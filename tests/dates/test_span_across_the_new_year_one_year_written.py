"""Spans across the new year whose one written year belongs to one end
("từ 30/12 đến 2/1/2029": the end's, the start in the year before), a part of
a month to a part of next year's month ("12月下旬至明年1月中旬": the relative
year is the end's), and clock spans across midnight with the day parts and
range words vi and th write ("từ 23h tối 31/10 đến 5h rạng sáng 1/11", "คืน
วันที่ 31 ธ.ค. นี้ ต่อเนื่องถึง 02.00 น. ของวันที่ 1 ม.ค. 2572"): one range of the
days (heldout6, heldout16, heldout17). Sentences written for these tests;
published Wednesday 2026-11-18."""

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
            "Bảo tàng đóng cửa bảo trì từ 29/12 đến 4/1/2027.",
            [("29/12 đến 4/1/2027", "2026-12-29", "2027-01-04")],
        ),
        (
            "vi",
            "Cây cầu cấm xe tải từ ngày 27/12 đến ngày 2/1/2027.",
            [("ngày 27/12 đến ngày 2/1/2027", "2026-12-27", "2027-01-02")],
        ),
        (
            # one month's days with the year after: unchanged
            "es",
            "El congreso será del 28 al 30 de enero de 2027.",
            [("del 28 al 30 de enero de 2027", "2027-01-28", "2027-01-30")],
        ),
        (
            "zh",
            "预计11月下旬至明年2月上旬将出现持续低温。",
            [("11月下旬至明年2月", "2026-11", "2027-02")],
        ),
        (
            "en",
            "The pool will be shut from late November to early February next year.",
            [("November to early February next year", "2026-11", "2027-02")],
        ),
        (
            # one year shared, no wrap: the same year for both ends
            "en",
            "Crowds swelled from late May to mid-June last year.",
            [("May to mid-June last year", "2025-05", "2025-06")],
        ),
        (
            "vi",
            "Cấm đường từ 22h tối 24/12 đến 2h rạng sáng 25/12 để bắn pháo hoa.",
            [("24/12 đến 2h rạng sáng 25/12", "2026-12-24", "2026-12-25")],
        ),
        (
            "vi",
            "Sân bay dừng khai thác từ 23h đêm 30/11 đến 4h sáng sớm 1/12.",
            [("30/11 đến 4h sáng sớm 1/12", "2026-11-30", "2026-12-01")],
        ),
        (
            "th",
            "ทางด่วนปิดซ่อมตั้งแต่ 22.00 น. วันที่ 5 ธ.ค. ต่อเนื่องถึง 04.00 น. ของวันที่ 6 ธ.ค.",
            [("วันที่ 5 ธ.ค. ต่อเนื่องถึง 04.00 น. ของวันที่ 6 ธ.ค.", "2026-12-05", "2026-12-06")],
        ),
        (
            "th",
            "ห้างเปิดถึงดึกตั้งแต่วันที่ 20 ธ.ค. ไปจนถึงวันที่ 2 ม.ค. 2570",
            [("วันที่ 20 ธ.ค. ไปจนถึงวันที่ 2 ม.ค. 2570", "2026-12-20", "2027-01-02")],
        ),
    ],
)
def test_span_across_the_new_year_or_midnight(lang, text, want):
    assert found(text, lang) == want
