"""RSS and Atom feeds are read one item per document (feedparser), with the
item's link, title, date and fullest text; broken feeds give what they hold
and a clear error for the rest. Feeds written for these tests."""

from __future__ import annotations

import gzip

import pytest

from newsline.model import Document, ReadError
from newsline.readers import read_path
from newsline.settings import Settings

S = Settings()

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Harbour Daily</title><link>https://harbour.example/</link>
<item><title>Port closes after storm</title><link>https://harbour.example/a</link>
<pubDate>Mon, 05 Feb 2024 08:00:00 +0000</pubDate><author>desk@harbour.example (Port desk)</author>
<description>The port authority closed the harbour on Monday.</description>
<content:encoded><![CDATA[<p>The port authority closed the harbour on Monday after a storm damaged two cranes.</p>
<p>Repairs are expected to take two weeks, the authority said.</p>]]></content:encoded></item>
<item><title>Cảng đóng cửa sau bão</title><link>https://harbour.example/b</link>
<pubDate>Tue, 06 Feb 2024 01:00:00 +0700</pubDate>
<description>Cảng đã đóng cửa hôm thứ Hai sau khi cơn bão làm hỏng hai cần cẩu.</description></item>
<item><title>Photo only</title><link>https://harbour.example/c</link></item>
</channel></rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>河港日报</title>
<entry><title>港口因台风关闭</title><link href="https://gang.example/1"/>
<id>tag:gang.example,2024:1</id><published>2024-02-05T09:30:00+08:00</published>
<updated>2024-02-06T10:00:00+08:00</updated>
<content type="html">&lt;p&gt;港务局5日宣布，因台风损坏两台起重机，港口暂停作业。&lt;/p&gt;</content></entry>
<entry><title>Second</title><link href="https://gang.example/2"/><id>tag:gang.example,2024:2</id>
<updated>2024-02-07T08:00:00Z</updated><summary>Plain summary text of the second entry.</summary></entry>
</feed>
"""


def read(tmp_path, name, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    items = list(read_path(str(path), S))
    return [x for x in items if isinstance(x, Document)], [
        x for x in items if isinstance(x, ReadError)
    ]


def test_rss_items_are_documents(tmp_path):
    docs, errors = read(tmp_path, "harbour.rss", RSS.encode("utf-8"))
    a, b = docs
    assert a.url == a.source == "https://harbour.example/a"
    assert a.title == "Port closes after storm" and a.sitename == "Harbour Daily"
    # the full content, not the one-line description; markup read as a page
    assert a.text.startswith("The port authority closed the harbour on Monday after a storm")
    assert "Repairs are expected" in a.text and "<p>" not in a.text and a.html
    assert a.published == "2024-02-05T08:00:00+00:00"
    # the date as written, with its own offset: the local day is the 6th
    assert b.published == "2024-02-06T01:00:00+07:00"
    assert b.text == "Cảng đã đóng cửa hôm thứ Hai sau khi cơn bão làm hỏng hai cần cẩu."
    assert [(e.source, e.reason) for e in errors] == [
        (f"{tmp_path / 'harbour.rss'}#item3", "feed item has no text")
    ]
    assert len({d.id for d in docs}) == 2


def test_atom_entries_are_documents(tmp_path):
    docs, errors = read(tmp_path, "gang.xml", ATOM.encode("utf-8"))  # found by content
    assert not errors
    a, b = docs
    assert a.text == "港务局5日宣布，因台风损坏两台起重机，港口暂停作业。"
    assert a.published == "2024-02-05T09:30:00+08:00" and a.url == "https://gang.example/1"
    assert b.text == "Plain summary text of the second entry."
    assert b.published.startswith("2024-02-07")  # no published: the update


def test_gzipped_feed_in_a_legacy_encoding(tmp_path):
    rss = (
        '<?xml version="1.0" encoding="windows-1252"?><rss version="2.0"><channel>'
        "<title>Le Port</title><item><title>Fermeture</title><link>https://port.example/f</link>"
        "<description>Le port a fermé lundi après la tempête ; les grues sont endommagées.</description>"
        "</item></channel></rss>"
    )
    docs, _ = read(tmp_path, "feed.rss.gz", gzip.compress(rss.encode("cp1252")))
    assert docs[0].text == "Le port a fermé lundi après la tempête ; les grues sont endommagées."


def test_a_cut_feed_gives_the_items_before_the_break(tmp_path):
    data = RSS.encode("utf-8")
    cut = data[: data.index(b"<item><title>Photo only")] + b"<item><title>Half"
    docs, _ = read(tmp_path, "cut.rss", cut)
    assert [d.url for d in docs] == ["https://harbour.example/a", "https://harbour.example/b"]


@pytest.mark.parametrize(
    "data",
    [
        b'<?xml version="1.0"?><rss version="2.0"><channel><title>Empty</title></channel></rss>',
        b"<rss><channel><item><title>x",
    ],
)
def test_a_feed_without_items_is_an_error_naming_the_file(tmp_path, data):
    docs, errors = read(tmp_path, "empty.rss", data)
    assert not docs
    (err,) = errors
    assert err.source.startswith(str(tmp_path / "empty.rss")) and "feed" in err.reason


def test_an_xhtml_page_is_not_a_feed(tmp_path):
    page = (
        '<?xml version="1.0" encoding="utf-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml">'
        "<head><title>Page</title></head><body><p>The feed of the river rose fast.</p></body></html>"
    )
    docs, errors = read(tmp_path, "page.xml", page.encode())
    assert not errors and len(docs) == 1 and "The feed of the river rose fast." in docs[0].text
