"""A page whose only text is its <noscript> fallback (a script-built page: the
article is there for readers without JavaScript) was "no visible text in
HTML" and lost; it is read from that fallback, and says so in its meta. A
page with visible text keeps leaving its <noscript> notice out. Sentences
written for these tests."""

from __future__ import annotations

from newsline.model import Document, ReadError
from newsline.readers import read_path
from newsline.settings import Settings

FR = "Le conseil municipal de Rennes a voté jeudi le budget du nouveau tramway."


def _read(tmp_path, html: str):
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    out = list(read_path(str(path), Settings()))
    return [d for d in out if isinstance(d, Document)], [e for e in out if isinstance(e, ReadError)]


def test_text_only_in_noscript_is_read(tmp_path):
    docs, errors = _read(
        tmp_path,
        '<html><head><title>Tramway</title></head><body><div id="app"></div>'
        f"<script>render()</script><noscript><article><p>{FR}</p></article></noscript></body></html>",
    )
    assert not errors
    assert docs[0].text.strip().endswith(FR)
    assert docs[0].meta.get("text_from_noscript") is True


def test_noscript_notice_beside_visible_text_stays_out(tmp_path):
    docs, errors = _read(
        tmp_path,
        f"<html><body><p>{FR}</p><noscript><p>Activez JavaScript pour voir la carte.</p>"
        "</noscript></body></html>",
    )
    assert not errors and FR in docs[0].text
    assert "JavaScript" not in docs[0].text and "text_from_noscript" not in docs[0].meta


def test_a_page_with_no_text_anywhere_is_still_named(tmp_path):
    docs, errors = _read(tmp_path, "<html><body><script>x()</script><noscript></noscript></body></html>")
    assert not docs and "no visible text" in errors[0].reason
