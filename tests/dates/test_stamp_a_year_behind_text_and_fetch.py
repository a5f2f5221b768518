"""A page's stamp whose year is a template's or a CMS's slip a year behind
its text: every day the page names in full with its year (not as a plan)
lies in the week before the stamp's day a year on, and the page was fetched
days after that day. That day a year on is the publication day, the text's
weekdays ("el miércoles", "hôm qua") count from it, and the flags stage says
the stamp is wrong. Near misses keep their stamp: no fetch time, a fetch
long after (an archive's crawl), a day named near the stamp itself.
Pages written for these tests, in Spanish and Vietnamese
(benchmarks/bundle_check.py --set bundle7 found it on an English wire)."""

from __future__ import annotations

import pytest

from newsline.model import Document
from tests.stages_through import read_html_record

pytest.importorskip("trafilatura")

ES = """<!doctype html><html lang="es"><head><meta charset="utf-8">
<title>Nuevo puente sobre el Ebro</title>
<meta property="article:published_time" content="2024-03-14T09:00:00+01:00"></head><body>
<nav><a href="/">Portada</a> <a href="/local">Local</a></nav>
<article><h1>Cerrado al tráfico el nuevo puente sobre el Ebro por grietas en un pilar</h1>
<p>{opened}</p>
<p>El miércoles, los técnicos de la Confederación Hidrográfica detectaron grietas en uno de los
pilares y el ayuntamiento ordenó cerrar el paso a los vehículos.</p>
<p>Los peatones pueden seguir cruzando mientras se completan las pruebas de carga.</p>
</article><footer><p>Contacto | Aviso legal</p></footer></body></html>"""

OPENED = (
    "El puente fue inaugurado el 10 de marzo de 2025 por la alcaldesa y el presidente regional."
)

VI = """<!doctype html><html lang="vi"><head><meta charset="utf-8">
<title>Cháy rừng ở Lào Cai</title>
<meta property="article:published_time" content="2024-06-07T08:00:00+07:00"></head><body>
<nav><a href="/">Trang chủ</a> <a href="/thoi-su">Thời sự</a></nav>
<article><h1>Cháy rừng phòng hộ ở Lào Cai, hơn 40 ha bị thiêu rụi</h1>
<p>Chiều 5/6/2025, một đám cháy bùng phát tại rừng phòng hộ xã Bản Xèo, huyện Bát Xát.</p>
<p>Hôm qua, hơn 500 người gồm bộ đội, công an và người dân đã khống chế được đám cháy.</p>
<p>Cơ quan chức năng đang điều tra nguyên nhân vụ cháy.</p>
</article><footer><p>Liên hệ | Điều khoản</p></footer></body></html>"""


def _page(tmp_path, html: str, **extra) -> Document:
    return read_html_record(tmp_path, html, "flags", **extra)


@pytest.mark.parametrize(
    ("html", "fetched", "day", "counted"),
    [
        # 14 March 2025 is a Friday: "el miércoles" is the 12th
        (ES.format(opened=OPENED), "2025-03-18T10:00:00Z", "2025-03-14", "2025-03-12"),
        # 7 June 2025: "hôm qua" is the 6th
        (VI, "2025-06-08T01:00:00Z", "2025-06-07", "2025-06-06"),
    ],
)
def test_a_stamp_a_year_behind_its_text_and_fetch_is_moved_a_year_on(
    tmp_path, html, fetched, day, counted
):
    doc = _page(tmp_path, html, scraped_at=fetched)
    assert doc.published == day, (doc.published, doc.meta)
    assert doc.meta["published_from_year_behind_stamp"] == day
    assert counted in [m.value for m in doc.dates], [(m.value, m.anchor) for m in doc.dates]
    signals = [f.data.get("signal") for f in doc.flags if f.kind == "suspect_date"]
    assert "year_behind_stamp" in signals, [f.reason for f in doc.flags]


@pytest.mark.parametrize(
    ("html", "extra"),
    [
        # no fetch time: nothing but the text says when the page was saved
        (ES.format(opened=OPENED), {}),
        # fetched a year and more later: an archive's crawl, no evidence of the week
        (ES.format(opened=OPENED), {"scraped_at": "2026-01-20T10:00:00Z"}),
        # the text also names a day beside the stamp: the stamp's year is right
        (
            ES.format(
                opened="Las obras empezaron el 12 de marzo de 2024 y el puente fue inaugurado "
                "el 10 de marzo de 2025."
            ),
            {"scraped_at": "2025-03-18T10:00:00Z"},
        ),
    ],
)
def test_a_stamp_stays_without_the_evidence(tmp_path, html, extra):
    doc = _page(tmp_path, html, **extra)
    assert doc.published[:10] == "2024-03-14", (doc.published, doc.meta)
    assert "published_from_year_behind_stamp" not in doc.meta
