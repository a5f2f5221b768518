"""A page whose accents are combining marks (a windows-1258 Vietnamese page;
a UTF-8 file saved decomposed, as macOS names and some editors write it)
gets its headline found and its site's name cut from the title, as the same
page written composed does: lines are compared composed, and the page title
was not, so no line matched it; the headline line stayed "body" and the
title kept " - Site name"."""

from __future__ import annotations

import unicodedata

import pytest

from newsline.clean.stages import headline_in_page_title

from .helpers import BODY, classify_page
from .test_combining_marks import _encode_cp1258


def nfd(t: str) -> str:
    return unicodedata.normalize("NFD", t)


def nfc(t: str) -> str:
    return unicodedata.normalize("NFC", t)


def _html(lang: str, headline: str, site: str, sep: str) -> str:
    paras = "".join(f"<p>{p}</p>" for p in BODY[lang])
    return (
        f'<html lang="{lang}"><head><meta charset="utf-8"><title>{headline} {sep} {site}</title>'
        f"</head><body><p>{site}</p><h1>{headline}</h1>{paras}<p>© {site}</p></body></html>"
    )


CASES = [
    # (lang, headline, site, separator, how the bytes are written)
    ("vi", "Hồ Xuân Hương sẽ được nạo vét trước mùa mưa", "Báo Phố Núi", "-", "cp1258"),
    ("vi", "Đường lên đèo Prenn được mở lại sau sạt lở", "Tin Đồi Thông", "|", "nfd"),
    ("fr", "Éboulement à Chamonix : la route réouverte", "Le Réveil Alpin", "|", "nfd"),
    ("pt", "Ônibus elétricos começam a circular em Niterói", "Jornal do Litoral", "|", "nfd"),
]


@pytest.mark.parametrize(("lang", "headline", "site", "sep", "how"), CASES)
def test_decomposed_page_gets_its_headline_as_title(tmp_path, lang, headline, site, sep, how):
    html = _html(lang, headline, site, sep)
    path = tmp_path / f"{lang}_{how}.html"
    if how == "cp1258":
        path.write_bytes(_encode_cp1258(html))
    else:
        path.write_bytes(nfd(html).encode("utf-8"))
    doc = classify_page(path)
    assert not unicodedata.is_normalized("NFC", doc.text)  # the bytes, as decoded
    titles = [nfc(doc.text[b.start : b.end]) for b in doc.blocks if b.label == "title"]
    assert titles == [headline]
    assert nfc(doc.title) == headline  # the site's name cut off


@pytest.mark.parametrize(("lang", "headline", "site", "sep", "how"), CASES[:2])
def test_the_same_page_composed_is_unchanged(tmp_path, lang, headline, site, sep, how):
    # near miss: the composed page was right before and stays so
    path = tmp_path / "page.html"
    path.write_text(_html(lang, headline, site, sep), "utf-8")
    doc = classify_page(path)
    assert [doc.text[b.start : b.end] for b in doc.blocks if b.label == "title"] == [headline]
    assert doc.title == headline


def test_headline_in_page_title_compares_composed_and_returns_the_line_as_written():
    line = nfd("Hồ Xuân Hương sẽ được nạo vét")
    assert headline_in_page_title("Hồ Xuân Hương sẽ được nạo vét | Báo Phố Núi", line) == line
    composed = nfc(line)
    assert headline_in_page_title(nfd("Hồ Xuân Hương sẽ được nạo vét - Báo"), composed) == composed
    # near misses: a title that goes on with more words, or names another line
    assert headline_in_page_title("Hồ Xuân Hương sẽ được nạo vét sớm hơn dự kiến", line) is None
    assert headline_in_page_title("Giá xăng giảm nhẹ | Báo Phố Núi", line) is None
