"""A page's <meta> publish time weeks after the day the page's own stamp
shows is the day a CMS rendered or a crawler saved the page (a tag filled at
each request), not its publication: the stamp the page shows is the
publication day, and the text's "yesterday" counts from it
(benchmarks/meta_heldout.py found it). Pages invented here, in Indonesian,
Spanish and Thai. Near misses: a meta time a day or two after the stamp, a
meta time before the page's "updated" stamp and a page with no stamp keep
their meta time."""

from __future__ import annotations

import pytest

from newsline.model import Document
from tests.stages_through import read_through

pytest.importorskip("trafilatura")

PAGES = {
    "id": """<!doctype html><html lang="id"><head><meta charset="utf-8">
<title>Pasar apung dibuka kembali</title>{meta}</head><body>
<nav><a href="/">Beranda</a> <a href="/daerah">Daerah</a> <a href="/wisata">Wisata</a></nav>
<article><h1>Pasar apung dibuka kembali setelah banjir surut</h1>
<p class="tanggal">{stamp}</p>
<p>Pemerintah kabupaten membuka kembali pasar apung di tepi sungai kemarin setelah air banjir
surut dan dermaga kayu selesai diperbaiki oleh warga bersama petugas.</p>
<p>Puluhan pedagang sayur dan buah kembali berjualan dari perahu sejak pagi, dan pengunjung
dari kota tetangga mulai berdatangan menjelang siang hari.</p>
<p>Dinas pariwisata berencana menambah lampu penerangan di sepanjang dermaga tahun ini.</p>
</article><footer><p>Kontak | Redaksi | Pedoman Media Siber</p></footer></body></html>""",
    "es": """<!doctype html><html lang="es"><head><meta charset="utf-8">
<title>Reabre el mercado de abastos</title>{meta}</head><body>
<nav><a href="/">Portada</a> <a href="/local">Local</a> <a href="/cultura">Cultura</a></nav>
<article><h1>Reabre el mercado de abastos tras dos años de obras</h1>
<p class="fecha">{stamp}</p>
<p>El mercado de abastos del barrio volvió a abrir ayer sus puertas después de dos años de obras
de rehabilitación que costaron algo más de tres millones de euros.</p>
<p>Los placeros recuperaron sus puestos por sorteo y la asociación de vecinos organizó una
pequeña fiesta con música en la plaza durante toda la mañana.</p>
<p>El ayuntamiento prevé abrir también los domingos a partir del verano.</p>
</article><footer><p>Contacto | Aviso legal | Cookies</p></footer></body></html>""",
}


def _dated(tmp_path, lang: str, meta: str, stamp: str) -> Document:
    p = tmp_path / f"{lang}.html"
    p.write_text(PAGES[lang].format(meta=meta, stamp=stamp), encoding="utf-8")
    return read_through(p, "dates")


@pytest.mark.parametrize(
    ("lang", "meta", "stamp", "day"),
    [
        (
            "id",
            '<meta name="pubdate" content="2025-09-30T22:41:07Z">',
            "Rabu, 14 Mei 2025 08:15 WIB",
            "2025-05-14",
        ),
        (
            "es",
            '<meta property="article:published_time" content="2025-11-02T04:00:00+01:00">',
            "Publicado el 3 de junio de 2025",
            "2025-06-03",
        ),
    ],
)
def test_a_meta_time_weeks_after_the_stamp_yields_to_the_stamp(tmp_path, lang, meta, stamp, day):
    doc = _dated(tmp_path, lang, meta, stamp)
    assert doc.published[:10] == day, (doc.published, doc.meta)
    assert doc.meta.get("published_meta_rejected")
    # the body's "yesterday" counts from the stamp's day
    assert any(m.kind != "absolute" and m.value < day for m in doc.dates), [
        (m.value, m.kind) for m in doc.dates
    ]


@pytest.mark.parametrize(
    ("lang", "meta", "stamp", "day"),
    [
        # a day after the stamp: a late post, another time zone
        (
            "id",
            '<meta name="pubdate" content="2025-05-15T01:10:00Z">',
            "Rabu, 14 Mei 2025 23:15 WIB",
            "2025-05-15",
        ),
        # the stamp shows the later update; the meta time is the publication
        (
            "es",
            '<meta property="article:published_time" content="2025-06-03T09:00:00+02:00">',
            "Actualizado el 20 de julio de 2025",
            "2025-06-03",
        ),
        # no stamp: nothing to set against the meta time
        (
            "es",
            '<meta property="article:published_time" content="2025-11-02T04:00:00+01:00">',
            "",
            "2025-11-02",
        ),
    ],
)
def test_a_meta_time_near_or_before_the_stamp_stays(tmp_path, lang, meta, stamp, day):
    doc = _dated(tmp_path, lang, meta, stamp)
    assert doc.published[:10] == day, (doc.published, doc.meta)
    assert "published_meta_rejected" not in doc.meta
