"""A page's stamp line with a two-digit year and a clock time after it
("06/08/69 09:15 น. | ผู้เข้าชม 2,318", a Thai site's Buddhist-era stamp in a
lynx dump of bundle10): a bare "06/08" opening such a line was read, one
with "/69" after it was not, so the page had no publication day and its
year-less days ("เมื่อวานนี้ (5 ส.ค.)") no year. The two-digit year is read
as the language reads one (Thai: the Buddhist era, 25xx; elsewhere the year
ending so nearest the reference). Only opening its line with a clock after
it: a score or a share in running text, or without a clock, is no date.
Lines invented here."""

from __future__ import annotations

import pytest

from newsline.dates.engine import resolve_dates
from tests.stages_through import read_through


def _days(text: str, lang: str, ref: str | None = None) -> list[str]:
    return [m.value for m in resolve_dates(text, lang, ref) if m.granularity == "day"]


@pytest.mark.parametrize(
    ("lang", "line", "ref", "day"),
    [
        ("th", "12/03/68 18:40 น. | ผู้ชม 4,120", None, "2025-03-12"),
        ("th", "   01/11/67 07:05 น.", None, "2024-11-01"),
        ("vi", "21/04/25 06:30 | 1.203 lượt xem", "2025-04-22", "2025-04-21"),
        ("es", "14/02/25 10:15 · 3 comentarios", "2025-02-15", "2025-02-14"),
        ("fr", "03/10/24 08h40", "2024-10-04", "2024-10-03"),
    ],
)
def test_a_stamp_line_with_a_two_digit_year(lang, line, ref, day):
    assert _days(line, lang, ref) == [day]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("th", "ผลการแข่งขัน 06/08/69 09:15 น."),  # not opening its line
        ("th", "12/03/68"),  # no clock after it
        ("vi", "Tỷ số 3/2/25 lúc 10:00"),
        ("es", "El equipo ganó 14/02/25 10:15 en la tabla"),
        ("en", "06/08/25 09:15"),  # English may write the month first: not read so
    ],
)
def test_no_date_elsewhere(lang, text):
    assert _days(text, lang, "2025-06-01") == []


def test_a_text_dump_is_dated_by_its_stamp_line(tmp_path):
    page = tmp_path / "dump.txt"
    page.write_text(
        "ข่าวภาคใต้วันนี้\n\n"
        "เทศบาลนครหาดใหญ่เปิดสะพานลอยแห่งใหม่หน้าสถานีรถไฟ\n\n"
        "   12/03/68 18:40 น. | ผู้ชม 4,120\n\n"
        "   เมื่อวานนี้ (11 มี.ค.) นายกเทศมนตรีนครหาดใหญ่เป็นประธานเปิดสะพานลอยข้ามถนน\n"
        "   หน้าสถานีรถไฟหาดใหญ่ ซึ่งใช้งบประมาณกว่า 18 ล้านบาท\n",
        encoding="utf-8",
    )
    doc = read_through(page, "dates")
    assert (doc.published or "")[:10] == "2025-03-12"
    assert "2025-03-11" in {d.value for d in doc.dates}
