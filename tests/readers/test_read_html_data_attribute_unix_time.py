"""A script-rendered stamp that shows only a relative time ("3 giờ trước",
"vor 2 Stunden") keeps the article's time as Unix time in a data attribute
(data-timestamp, data-published-ms): read as the page's stated date where no
meta tag or structured data gives one (metadata heldout10's r02, r08, r10).
An attribute naming an update, or one before the headline (a clock widget,
a teaser list) is not the article's. Pages written for this test."""

from __future__ import annotations

import pytest

from newsline.readers.html import parse_html
from tests.stages_through import read_through


def _page(lang: str, before: str, headline: str, stamp: str, paras: list[str]) -> str:
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{headline}</title>'
        f"</head><body><header>{before}</header><article><h1>{headline}</h1>{stamp}"
        + "".join(f"<p>{p}</p>" for p in paras)
        + "</article></body></html>"
    )


ID_PARAS = [
    "Pemerintah kota menambah 40 bus listrik untuk rute bandara mulai bulan depan.",
    "Tarif tetap Rp3.500 per perjalanan, sama dengan bus biasa.",
]
DE_PARAS = [
    "Die Stadt verlängert die Straßenbahnlinie 4 bis zum neuen Wohngebiet am Kanal.",
    "Die Bauarbeiten sollen im Frühjahr beginnen und zwei Jahre dauern.",
]
ES_PARAS = [
    "El municipio abrirá en marzo un mercado de productores en la antigua estación.",
    "Habrá 40 puestos y un horario ampliado los sábados.",
]

CASES = [
    # seconds, the attribute on a span whose text is a relative time
    (
        "id",
        "",
        "Kota tambah 40 bus listrik untuk rute bandara",
        '<span class="waktu" data-time="1760000400">2 jam lalu</span>',
        ID_PARAS,
        "2025-10-09",
    ),
    # milliseconds, a hyphenated name
    (
        "de",
        "",
        "Straßenbahnlinie 4 wird bis zum Kanal verlängert",
        '<div class="meta"><span data-pub-ms="1741600800000">vor 3 Stunden</span></div>',
        DE_PARAS,
        "2025-03-10",
    ),
    # an "updated" time first, then the publish time: the update is skipped
    (
        "es",
        "",
        "Un mercado de productores en la antigua estación",
        (
            '<p><span data-updated-ts="1750000000">actualizado hace 1 hora</span> '
            '<span data-created-ts="1749800000">hace 3 días</span></p>'
        ),
        ES_PARAS,
        "2025-06-13",
    ),
]


@pytest.mark.parametrize(("lang", "before", "headline", "stamp", "paras", "day"), CASES)
def test_a_unix_time_in_a_data_attribute_dates_the_page(
    tmp_path, lang, before, headline, stamp, paras, day
):
    path = tmp_path / "page.html"
    path.write_text(_page(lang, before, headline, stamp, paras), encoding="utf-8")
    doc = read_through(path, "dates")
    assert (doc.published or "")[:10] == day
    assert doc.meta.get("published_from") == "a Unix time in a data attribute"


def test_a_clock_widget_or_teasers_before_the_headline_are_not_the_article():
    before = (
        '<div class="clock" data-time="1760000400">10:20</div>'
        '<ul><li><a>Harga cabai turun</a> <span data-timestamp="1759000000">kemarin</span></li></ul>'
    )
    page = parse_html(_page("id", before, "Kota tambah 40 bus listrik", "", ID_PARAS))
    assert page.published is None


@pytest.mark.parametrize(
    "attr",
    [
        'data-server-time="1760000400"',  # the render's time
        'data-modified="1760000400"',
        'data-id="1760000400"',  # an identifier, no time
        'data-count="1760000400"',
        'data-time="20251009"',  # eight digits: a basic date, not Unix time
        'data-date="2025100912"',  # ten digits that are a day and an hour (YYYYMMDDHH)
    ],
)
def test_other_numbers_in_data_attributes_give_no_date(attr):
    stamp = f"<span {attr}>—</span>"
    page = parse_html(_page("de", "", "Straßenbahnlinie 4 wird verlängert", stamp, DE_PARAS))
    assert page.published is None


def test_a_meta_tag_outranks_the_attribute():
    html = _page(
        "es",
        "",
        "Un mercado en la estación",
        '<span data-timestamp="1749800000">ayer</span>',
        ES_PARAS,
    ).replace(
        "<title>",
        '<meta property="article:published_time" content="2025-06-01T09:00:00+02:00"><title>',
    )
    assert parse_html(html).published.startswith("2025-06-01")
