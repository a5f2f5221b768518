"""A page's <meta> publish time written in UTC ("2025-03-31T23:30:00+00:00")
while its own stamp shows the same instant in the site's zone on the next
day ("01/04/2025 06:30 (GMT+7)") was taken for the UTC day, a day early
(benchmarks/data/meta/heldout8 p02, p08). The stamp's day and clock give the
page's zone; the meta instant is kept, written in that zone. Pages invented
here, in Japanese, Brazilian Portuguese and Indonesian. Near misses: a
stamp on the next day whose clock no real zone explains (an update), a
stamp without a clock and a stamp on the meta's own day keep the meta
time."""

from __future__ import annotations

import pytest

from newsline.model import Document
from tests.stages_through import read_through

pytest.importorskip("trafilatura")

PAGE = """<!doctype html><html lang="{lang}"><head><meta charset="utf-8">
<title>{title}</title>{meta}</head><body>
<nav><a href="/">{home}</a> <a href="/a">{sec}</a></nav>
<article><h1>{title}</h1>
<p class="stamp">{stamp}</p>
<p>{p1}</p>
<p>{p2}</p>
</article><footer><p>{foot}</p></footer></body></html>"""

LANGS = {
    "ja": {
        "title": "諏訪湖の花火大会、来場者は過去最多に",
        "home": "トップ",
        "sec": "地域",
        "p1": "長野県諏訪市で行われた湖上花火大会には、主催者の発表で約52万人が訪れ、過去最多を更新した。",
        "p2": "市は臨時列車の増便や駐車場の拡張で混雑の緩和を図ったが、駅周辺では深夜まで混雑が続いた。",
        "foot": "無断転載を禁じます",
    },
    "pt": {
        "title": "Recife amplia faixa exclusiva de ônibus na Avenida Norte",
        "home": "Início",
        "sec": "Cidades",
        "p1": "A prefeitura do Recife inaugurou nesta segunda-feira mais quatro quilômetros de faixa exclusiva para ônibus na Avenida Norte.",
        "p2": "Segundo a autarquia de trânsito, o tempo de viagem das linhas que passam pelo corredor deve cair cerca de vinte por cento.",
        "foot": "Todos os direitos reservados",
    },
    "id": {
        "title": "Pelabuhan Tanjung Emas tambah dua dermaga peti kemas",
        "home": "Beranda",
        "sec": "Ekonomi",
        "p1": "Pengelola Pelabuhan Tanjung Emas Semarang meresmikan dua dermaga baru untuk kapal peti kemas pada hari ini.",
        "p2": "Dengan tambahan dermaga tersebut, kapasitas bongkar muat pelabuhan naik menjadi satu juta TEUs per tahun.",
        "foot": "Kontak | Redaksi | Pedoman Media Siber",
    },
}


def _dated(tmp_path, lang: str, meta: str, stamp: str) -> Document:
    p = tmp_path / f"{lang}.html"
    html = PAGE.format(lang=lang, meta=meta, stamp=stamp, **LANGS[lang])
    p.write_text(html, encoding="utf-8")
    return read_through(p, "dates")


def _meta(instant: str) -> str:
    return f'<meta property="article:published_time" content="{instant}">'


@pytest.mark.parametrize(
    ("lang", "instant", "stamp", "local"),
    [
        ("ja", "2025-07-14T15:20:00Z", "2025年7月15日 0:20", "2025-07-15T00:20:00+09:00"),
        ("pt", "2025-06-03T01:30:00+00:00", "02/06/2025 22h30", "2025-06-02T22:30:00-03:00"),
    ],
)
def test_a_utc_meta_time_takes_the_day_the_stamp_shows(tmp_path, lang, instant, stamp, local):
    doc = _dated(tmp_path, lang, _meta(instant), stamp)
    assert doc.published == local, (doc.published, doc.meta)
    # the meta instant, kept, in the stamp's zone
    assert doc.meta.get("published_meta_zone", "")[:16] == instant[:16], doc.meta


@pytest.mark.parametrize(
    ("lang", "instant", "stamp"),
    [
        # the next day at 09:45: 23 h 45 after the meta time, no zone is that far
        ("id", "2025-05-14T10:00:00Z", "Kamis, 15 Mei 2025 09:45 WIB"),
        # no clock in the stamp: nothing says the two are one instant
        ("id", "2025-05-14T20:00:00Z", "Kamis, 15 Mei 2025"),
        # the same day: nothing to change
        ("pt", "2025-06-02T13:30:00+00:00", "02/06/2025 10h30"),
    ],
)
def test_a_stamp_no_zone_explains_keeps_the_meta_day(tmp_path, lang, instant, stamp):
    doc = _dated(tmp_path, lang, _meta(instant), stamp)
    assert doc.published[:10] == instant[:10], (doc.published, doc.meta)
    assert "published_meta_zone" not in doc.meta
