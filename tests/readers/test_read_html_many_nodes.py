"""A page with thousands of images, <meta> tags or headings (a photo
gallery, a tag cloud, a feed rendered as a page) is read whole. The reader
walks resiliparse's node lists once, through ``_each``: iterating such a list
directly re-reads it at every step, and a page of 2,000 captioned images with
2,000 <meta> tags took 20 seconds to read (8,000: 8 minutes). The time itself
is measured by benchmarks/read_many_nodes.py, not here. Invented pages."""

from __future__ import annotations

from resiliparse.parse.html import HTMLTree

from newsline.readers.html import _each, parse_html


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


def test_a_node_list_is_taken_in_one_pass_as_a_python_list():
    tree = HTMLTree.parse(_page(50))
    nodes = tree.document.query_selector_all("[alt]")
    got = _each(nodes)
    # a plain list, built once: later walks never go back to resiliparse
    assert type(got) is list
    assert [n.getattr("alt") for n in got] == [f"photo {i}" for i in range(50)]


def test_page_with_thousands_of_images_and_meta_tags_is_read_whole():
    page = parse_html(_page(1500))
    # nothing lost: every caption is a line, no alt text is, metadata is read
    lines = page.text.split("\n")
    assert sum(line.startswith("Caption ") for line in lines) == 1500
    assert not any(line.startswith("photo ") for line in lines)
    assert page.title == "Gallery"
    assert len(page.meta["h1"]) == 3
