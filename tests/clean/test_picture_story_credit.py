"""A picture story's credit ("Photos by Jane Doe") names its author: a
byline, not a line of the article, and the author is the name alone. A
single picture's "Photo by ..." stays a caption."""

from __future__ import annotations

from newsline.clean.html import author_name

from .helpers import BODY, classify_lines, classify_page


def test_photos_by_credit_is_a_byline_and_photo_by_a_caption():
    lines = [
        "In pictures: the park reopens after a long renovation",
        "Photos by Lena Marsh",
        *BODY["en"][:2],
        "Photo by Lena Marsh",
        *BODY["en"][2:],
    ]
    out = classify_lines(lines)
    assert out["Photos by Lena Marsh"][0] == "byline", out["Photos by Lena Marsh"]
    assert out["Photo by Lena Marsh"][0] == "caption", out["Photo by Lena Marsh"]


def test_gallery_page_credit_names_the_author(tmp_path):
    figs = "".join(
        f"<figure><img src='{k}.jpg'><figcaption>{k}/3 {c} Photo: Lena Marsh</figcaption></figure>"
        for k, c in enumerate(
            [
                "Families walk along the new paths.",
                "A gardener plants young trees.",
                "Children try out the enlarged playground.",
            ],
            1,
        )
    )
    html = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>In pictures: the park reopens | City Chronicle</title></head><body>
<nav><a>Home</a> <a>News</a> <a>Pictures</a></nav>
<h1>In pictures: the park reopens</h1>
<p class="byline">Photos by Lena Marsh</p>
<p>{BODY["en"][0]}</p><div class="gallery">{figs}</div><p>{BODY["en"][1]}</p>
<footer>© 2025 City Chronicle</footer></body></html>"""
    path = tmp_path / "en_gallery.html"
    path.write_text(html, encoding="utf-8")
    doc = classify_page(path)
    got = {doc.text[b.start : b.end]: b for b in doc.blocks}
    assert got["Photos by Lena Marsh"].label == "byline", got["Photos by Lena Marsh"]
    assert doc.author == "Lena Marsh"
    assert author_name("Photos by Lena Marsh", "en") == "Lena Marsh"
