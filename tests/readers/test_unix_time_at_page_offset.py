"""A Unix time has no zone, and its UTC day was taken as the page's even
where the page wrote its own offset in its other timestamps (meta
heldout11's s10: 06:00 at +07:00 is 23:00 UTC the day before). The day is
now read at the offset the page's other timestamps all state; with none,
or offsets that disagree, it stays UTC's. Pages written for this test."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from newsline.readers.html import parse_html


def _unix(y, mo, d, h, mi, hours: float) -> int:
    return int(datetime(y, mo, d, h, mi, tzinfo=timezone(timedelta(hours=hours))).timestamp())


def _page(head: str, unix: int) -> str:
    return (
        '<!DOCTYPE html><html lang="es"><head><meta charset="utf-8">'
        f"<title>Nuevo mercado</title>{head}"
        f"</head><body><article><h1>Nuevo mercado en la estación</h1>"
        f'<span class="fecha" data-timestamp="{unix}">hace 2 horas</span>'
        "<p>El municipio abrirá en marzo un mercado de productores en la antigua estación.</p>"
        "</article></body></html>"
    )


@pytest.mark.parametrize(
    ("head", "unix", "day"),
    [
        # 06:00 at +07:00 (23:00 UTC the day before), the offset in article:modified_time
        (
            '<meta property="article:modified_time" content="2025-12-06T08:45:00+07:00">',
            _unix(2025, 12, 6, 6, 0, 7),
            "2025-12-06",
        ),
        # 21:30 at -03:00 (00:30 UTC the next day), the offset in JSON-LD dateModified
        (
            '<script type="application/ld+json">{"@type":"NewsArticle",'
            '"dateModified":"2025-08-31T23:10:00-03:00"}</script>',
            _unix(2025, 8, 31, 21, 30, -3),
            "2025-08-31",
        ),
        # +05:30, minutes in the offset, written without the colon
        (
            '<meta property="og:updated_time" content="2025-03-02T09:00:00+0530">',
            _unix(2025, 3, 2, 1, 0, 5.5),
            "2025-03-02",
        ),
    ],
)
def test_the_unix_day_is_read_at_the_pages_own_offset(head, unix, day):
    page = parse_html(_page(head, unix))
    assert page.published[:10] == day, (page.published, page.meta)
    assert page.meta["published_raw"] == str(unix)


@pytest.mark.parametrize(
    "head",
    [
        "",  # no offset stated anywhere
        # two offsets that disagree: no one zone is the page's
        '<meta property="article:modified_time" content="2025-12-06T08:45:00+07:00">'
        '<meta property="og:updated_time" content="2025-12-06T01:45:00Z">',
    ],
)
def test_with_no_single_stated_offset_the_unix_day_stays_utcs(head):
    unix = _unix(2025, 12, 6, 6, 0, 7)
    page = parse_html(_page(head, unix))
    assert page.published[:10] == "2025-12-05", (page.published, page.meta)
    assert "published_offset_from" not in page.meta


def test_a_stated_publish_time_is_left_as_it_is():
    head = '<meta property="article:published_time" content="2025-12-05T23:30:00+00:00">'
    unix = _unix(2025, 12, 6, 6, 0, 7)
    head += '<meta property="article:modified_time" content="2025-12-06T08:45:00+07:00">'
    page = parse_html(_page(head, unix))
    assert page.published.startswith("2025-12-05T23:30"), page.published
