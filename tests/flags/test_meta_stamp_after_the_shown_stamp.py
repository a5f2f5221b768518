"""A page whose <meta> publish time comes weeks after the stamp it shows
under its headline: the dates stage takes the shown stamp, and the flags
say the markup's stamp is wrong (a render or update day written as the
publication), pointing at the shown stamp. A meta time a day after the
stamp, one equal to it, and a later "updated" stamp beside a right meta
time raise nothing. Pages written for this file in Indonesian, Portuguese
and Vietnamese (other sites' styles than the held-out set); the planted
cases failed before the change."""

from __future__ import annotations

import pytest

from tests.stages_through import read_through

pytest.importorskip("trafilatura")

PAGES = {
    "id": """<!doctype html><html lang="id"><head><meta charset="utf-8">
<title>Jembatan Kali Progo ditutup sementara</title>{meta}</head><body>
<article><h1>Jembatan Kali Progo ditutup sementara untuk perbaikan</h1>
<p class="tanggal">{stamp}</p>
<p>Dinas Pekerjaan Umum menutup sementara jembatan di atas Kali Progo sejak kemarin untuk
memperbaiki sambungan lantai jembatan yang retak akibat truk bermuatan berlebih.</p>
<p>Kendaraan roda empat dialihkan melalui jalur selatan yang lebih panjang sekitar tujuh
kilometer, sementara sepeda motor masih boleh melintas dengan pengawalan petugas.</p>
<p>Perbaikan ditargetkan selesai dalam tiga minggu bila cuaca mendukung.</p>
</article></body></html>""",
    "pt": """<!doctype html><html lang="pt"><head><meta charset="utf-8">
<title>Biblioteca municipal reabre após obras</title>{meta}</head><body>
<article><h1>Biblioteca municipal de Braga reabre após obras no telhado</h1>
<p class="data">{stamp}</p>
<p>A biblioteca municipal de Braga voltou a abrir ontem ao público depois de oito meses de
obras no telhado, que custaram cerca de 900 mil euros à autarquia.</p>
<p>A sala infantil foi ampliada e passa a ter sessões de leitura aos sábados de manhã, com
entrada livre para as famílias.</p>
<p>O horário de funcionamento mantém-se das 9h às 19h nos dias úteis.</p>
</article></body></html>""",
    "vi": """<!doctype html><html lang="vi"><head><meta charset="utf-8">
<title>Chợ nổi Cái Răng chuyển về bến mới</title>{meta}</head><body>
<article><h1>Chợ nổi Cái Răng chuyển về bến mới từ tuần này</h1>
<p class="date">{stamp}</p>
<p>Ban quản lý chợ nổi Cái Răng cho biết từ hôm qua các ghe hàng đã bắt đầu neo đậu tại bến
mới cách vị trí cũ khoảng 500 mét để tránh luồng tàu chở hàng.</p>
<p>Bến mới có nhà chờ cho khách du lịch và khu vực riêng cho ghe bán trái cây, rau củ.</p>
<p>Quận Cái Răng dự kiến hoàn thiện hệ thống đèn chiếu sáng quanh bến trong tháng tới.</p>
</article></body></html>""",
}


def _flagged(tmp_path, lang: str, meta: str, stamp: str):
    p = tmp_path / f"{lang}.html"
    p.write_text(PAGES[lang].format(meta=meta, stamp=stamp), encoding="utf-8")
    return read_through(p, "flags")


@pytest.mark.parametrize(
    ("lang", "meta", "stamp", "shown"),
    [
        (
            "id",
            '<meta property="article:published_time" content="2026-04-20T10:00:00+07:00">',
            "Senin, 9 Maret 2026 07:30 WIB",
            "9 Maret 2026",
        ),
        (
            "pt",
            '<meta name="date" content="2026-08-30">',
            "Publicado em 2 de julho de 2026",
            "2 de julho de 2026",
        ),
        (
            "vi",
            '<meta property="article:published_time" content="2026-10-05T08:00:00+07:00">',
            "Thứ hai, 24/8/2026, 06:45 (GMT+7)",
            "24/8/2026",
        ),
    ],
)
def test_meta_time_weeks_after_the_shown_stamp_is_flagged(tmp_path, lang, meta, stamp, shown):
    doc = _flagged(tmp_path, lang, meta, stamp)
    flags = [
        f
        for f in doc.flags
        if f.kind == "suspect_date" and f.data.get("signal") == "meta_after_stamp"
    ]
    assert flags, ([f.reason for f in doc.flags], doc.meta)
    f = flags[0]
    assert f.start is not None and shown in doc.text[f.start - 12 : f.end + 12]


@pytest.mark.parametrize(
    ("lang", "meta", "stamp"),
    [
        # a day after the stamp: a late post, another time zone
        (
            "id",
            '<meta property="article:published_time" content="2026-03-10T01:10:00+07:00">',
            "Senin, 9 Maret 2026 23:30 WIB",
        ),
        # the same day
        ("pt", '<meta name="date" content="2026-07-02">', "Publicado em 2 de julho de 2026"),
        # the shown stamp is a later update of a right meta time
        (
            "pt",
            '<meta name="date" content="2026-07-02">',
            "Publicado em 2 de julho de 2026 · Atualizado em 30 de agosto de 2026",
        ),
    ],
)
def test_meta_time_near_the_stamp_or_an_update_is_not_flagged(tmp_path, lang, meta, stamp):
    doc = _flagged(tmp_path, lang, meta, stamp)
    assert not [f for f in doc.flags if f.kind == "suspect_date"], [f.reason for f in doc.flags]
