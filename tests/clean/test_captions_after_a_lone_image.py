"""A photo's caption the page sets right after a lone image, in a container
of the two ("<div><img><p>caption</p></div>": a gallery's items,
WordPress's classic captions) and not in a <figcaption>: the extractor keeps
it as a paragraph, read as body (clean heldout18's p04, a gallery with one
caption per photo). The reader keeps such texts (``meta["image_captions"]``)
and the cleaner labels them captions; a paragraph under an image that is
no caption's size, or text beside an image in a larger box, stays body.

Pages written for this test, in other sites' words and other languages."""

from __future__ import annotations

from .helpers import classify_page


def _page(tmp_path, lang: str, article: str):
    html = (
        f'<html lang="{lang}"><head><meta charset="utf-8"><title>Photos</title></head><body>'
        f"<header><div>Harbour Times</div></header><article><h1>Photos</h1>{article}</article>"
        "<footer><p>© 2025 Harbour Times</p></footer></body></html>"
    )
    path = tmp_path / "page.html"
    path.write_text(html, "utf-8")
    doc = classify_page(path)
    return {doc.text[b.start : b.end]: b.label for b in doc.blocks}


GALLERY_ID = [
    "Warga mengangkat perabot ke lantai dua ketika air mulai masuk ke rumah mereka di Medan.",
    "Petugas memindahkan seorang nenek menggunakan perahu karet di Jalan Sisingamangaraja.",
    "Sepeda motor terendam di depan deretan toko setelah hujan deras sejak subuh.",
]
PROSE_ID = [
    "Hujan deras sejak Minggu malam membuat sungai meluap dan merendam ratusan rumah di tiga kecamatan di Kota Medan.",
    "Badan Penanggulangan Bencana Daerah mencatat lebih dari 1.200 warga mengungsi ke sekolah dan masjid terdekat.",
]


def test_captions_after_lone_images_in_a_gallery_are_captions(tmp_path):
    items = "".join(f'<div class="item"><img src="{k}.jpg"><p>{c}</p></div>' for k, c in enumerate(GALLERY_ID))
    got = _page(tmp_path, "id", f"<p>{PROSE_ID[0]}</p>{items}<p>{PROSE_ID[1]}</p>")
    assert [got[c] for c in GALLERY_ID] == ["caption"] * 3, got
    assert [got[p] for p in PROSE_ID] == ["body"] * 2, got


def test_a_wordpress_caption_after_a_linked_image_is_a_caption(tmp_path):
    cap = "The new pier at dusk, two days before it opened to ferries."
    prose = [
        "The harbour board opened the new ferry pier on Monday after two years of building work and a long delay over funding.",
        "Ferries to the island will now leave every forty minutes in summer and every hour in winter, the board said.",
    ]
    box = f'<div class="wp-caption"><a href="pier.jpg"><img src="pier.jpg"></a><p class="wp-caption-text">{cap}</p></div>'
    got = _page(tmp_path, "en", f"<p>{prose[0]}</p>{box}<p>{prose[1]}</p>")
    assert got[cap] == "caption", got
    assert [got[p] for p in prose] == ["body"] * 2, got


def test_a_long_paragraph_under_an_image_stays_body(tmp_path):
    long = (
        "The pier was built from recycled steel and timber from the old jetty, which had stood for more than a century "
        "before storms in 2019 left it unsafe; engineers say the new structure should last at least eighty years and can "
        "take ferries twice the size of those that sail today, which the board hopes will bring more visitors in winter."
    )
    prose = "The harbour board opened the new ferry pier on Monday after two years of building work and a long delay."
    got = _page(tmp_path, "en", f'<p>{prose}</p><div class="item"><img src="pier.jpg"><p>{long}</p></div>')
    assert got[long] == "body", got


def test_text_beside_an_image_among_other_paragraphs_stays_body(tmp_path):
    prose = [
        "The harbour board opened the new ferry pier on Monday after two years of building work.",
        "Ferries to the island will now leave every forty minutes in summer and every hour in winter.",
    ]
    got = _page(tmp_path, "en", f'<div><img src="pier.jpg"><p>{prose[0]}</p><p>{prose[1]}</p></div>')
    assert [got[p] for p in prose] == ["body"] * 2, got
