"""A page with thousands of images, <meta> tags or headings (a photo
gallery, a tag cloud, a feed rendered as a page) is read in time linear in
its size: the reader walks resiliparse's node lists once. Iterating such a
list directly re-reads it at every step, and a page of 2,000 captioned
images with 2,000 <meta> tags took 20 seconds to read (8,000: 8 minutes).
Invented pages."""

from __future__ import annotations

import time

from newsline.readers.html import parse_html


def _page(n: int) -> str:
    head = "".join(f'<meta name="tag{i}" content="value {i}">' for i in range(n))
    gallery = "".join(
        f'<figure><img src="p{i}.jpg" alt="photo {i}"><figcaption>Caption {i}</figcaption></figure>'
        for i in range(n)
    )
    heads = "".join(f"<h1>Section {i}</h1>" for i in range(n // 10))
    return (
        '<!DOCTYPE html><html lang="en"><head><meta property="og:title" content="Gallery">'
        f"<title>Gallery</title>{head}</head><body>{heads}{gallery}</body></html>"
    )


def test_page_with_thousands_of_images_and_meta_tags_reads_in_linear_time():
    t0 = time.perf_counter()
    page = parse_html(_page(1500))
    elapsed = time.perf_counter() - t0
    # well under a second now; the quadratic walk took about 10 s here
    assert elapsed < 3.0, f"reading took {elapsed:.1f} s"
    # nothing lost: every caption is a line, no alt text is, metadata is read
    lines = page.text.split("\n")
    assert sum(line.startswith("Caption ") for line in lines) == 1500
    assert not any(line.startswith("photo ") for line in lines)
    assert page.title == "Gallery"
    assert len(page.meta["h1"]) == 3
