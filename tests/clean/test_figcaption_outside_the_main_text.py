"""A photo caption the page marks as such (<figcaption>) between the
article's paragraphs, which the extractor leaves out of its main text: it
was labelled navigation ("inside the article area but outside the main
text"); the page says it is a caption. The reader keeps the page's
<figcaption> texts in ``meta["figcaptions"]`` (apart from its subheadings).

Pages written for this test (a WordPress image block, a news portal's figure)."""

from __future__ import annotations

import pytest

from newsline.readers.html import parse_html

from .helpers import BODY_ES, BODY_ID, classify_page

pytest.importorskip("trafilatura")


def _page(tmp_path, lang, h1, body, caption):
    paras = [f"<p>{p}</p>" for p in body]
    figure = (
        '<figure class="wp-block-image"><img src="/foto.jpg" alt="">'
        f"<figcaption>{caption}</figcaption></figure>"
    )
    html = (
        f'<html lang="{lang}"><head><meta charset="utf-8"><title>{h1}</title></head><body>'
        f'<header><a href="/">Portal</a></header><article><h1>{h1}</h1>'
        + "".join(paras[:2])
        + figure
        + "".join(paras[2:])
        + "</article><footer><p>© 2025 Portal</p></footer></body></html>"
    )
    path = tmp_path / "page.html"
    path.write_text(html, "utf-8")
    return classify_page(path)


@pytest.mark.parametrize(
    ("lang", "h1", "body", "caption"),
    [
        (
            "es",
            "El parque central cierra seis meses por obras de renovación",
            BODY_ES,
            "Vista del parque central desde la calle Mayor, ayer por la tarde.",
        ),
        (
            "id",
            "Taman kota ditutup enam bulan untuk renovasi",
            BODY_ID,
            "Suasana taman kota dari arah Jalan Merdeka, Senin sore.",
        ),
    ],
)
def test_a_figcaption_between_paragraphs_is_a_caption(tmp_path, lang, h1, body, caption):
    doc = _page(tmp_path, lang, h1, body, caption)
    (line,) = [b for b in doc.blocks if b.text_of(doc).strip() == caption]
    assert line.label == "caption", line.reasons


def test_the_reader_keeps_figcaptions_apart_from_subheadings():
    page = parse_html(
        "<html><body><h1>Headline of the story</h1><h2>A subheading</h2>"
        "<p>First paragraph of the story, long enough to be one.</p>"
        "<figure><img src='a.jpg'><figcaption>The  river at dawn.</figcaption></figure>"
        "</body></html>"
    )
    assert page.meta["figcaptions"] == ["The river at dawn."]
    assert page.meta["subheadings"] == ["A subheading"]
