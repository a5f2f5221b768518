"""HTML pages to visible text plus cheap metadata.

``html_to_text`` gives a page's full visible text -- site chrome and photo
captions included; ``script``/``style``/``noscript``/``template``, form
controls and image alt attributes dropped -- with one
block-level element per line and no empty lines. It is the text every
offset of an HTML document refers to, and the cleaning stage maps its own
extractor's output onto these lines, so it must stay deterministic.

Parsing uses resiliparse (lexbor, C++): it survives 10,000-deep nesting and
50 MB pages. This module must never drop or reorder visible text, and never
raise on malformed markup.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .dates import to_iso

_EXTRACT_OPTIONS: dict[str, Any] = {
    "preserve_formatting": True,
    "main_content": False,
    "list_bullets": False,
    # resiliparse renders <figure> (and its <figcaption>, a photo caption the
    # cleaning stage must see and label) only together with alt texts; the
    # alt attributes themselves are removed first (see _tree), so no image
    # description becomes a line of its own.
    "alt_texts": True,
    "links": False,
    "form_fields": False,
    "noscript": False,
    "comments": True,
    "skip_elements": ["template"],
}

# <meta> names/properties that carry a publication time, strongest first.
PUBLISHED_META = (
    ("property", "article:published_time"),
    ("property", "og:published_time"),
    ("itemprop", "datePublished"),
    ("name", "article:published_time"),
    ("name", "pubdate"),
    ("name", "publishdate"),
    ("name", "publish-date"),
    ("name", "date"),
    ("name", "dc.date.issued"),
    ("name", "dcterms.created"),
    ("name", "parsely-pub-date"),
    ("name", "sailthru.date"),
)


@dataclass
class ParsedPage:
    text: str
    title: str | None = None
    url: str | None = None
    sitename: str | None = None
    author: str | None = None
    published: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)


def _lines(raw: str) -> str:
    """One block per line: strip each line, drop empty ones (resiliparse pads blocks)."""
    return "\n".join(line for line in (ln.strip() for ln in raw.split("\n")) if line)


def _tree(html: str):
    from resiliparse.parse.html import HTMLTree

    tree = HTMLTree.parse(html)
    for node in tree.document.query_selector_all("[alt]"):
        node.delattr("alt")
    return tree


def html_to_text(html: str) -> str:
    """The page's full visible text, one block-level element per line."""
    from resiliparse.extract.html2text import extract_plain_text

    try:
        return _lines(extract_plain_text(_tree(html), **_EXTRACT_OPTIONS))
    except Exception:  # a parser failure must not lose the page: fall back to text nodes
        return _fallback_text(html)


def _fallback_text(html: str) -> str:
    from selectolax.lexbor import LexborHTMLParser

    try:
        tree = LexborHTMLParser(html)
        for tag in ("script", "style", "noscript", "template"):
            for node in tree.css(tag):
                node.decompose()
        body = tree.body or tree.root
        return _lines(body.text(separator="\n") if body is not None else "")
    except Exception:
        return ""


def _meta_table(head) -> dict[tuple[str, str], str]:
    """{(attribute, lower-cased value): content} for every <meta> in <head>, in one pass."""
    table: dict[tuple[str, str], str] = {}
    for node in head.get_elements_by_tag_name("meta"):
        content = (node.getattr("content") or "").strip()
        if not content:
            continue
        for attr in ("property", "name", "itemprop"):
            value = node.getattr(attr)
            if value:
                table.setdefault((attr, value.strip().lower()), content)
    return table


def parse_html(html: str) -> ParsedPage:
    """Visible text and the metadata a page states about itself (never guessed)."""
    from resiliparse.extract.html2text import extract_plain_text

    try:
        tree = _tree(html)
        text = _lines(extract_plain_text(tree, **_EXTRACT_OPTIONS))
    except Exception:
        return ParsedPage(text=_fallback_text(html))
    page = ParsedPage(text=text)
    try:
        _read_metadata(tree, page)
    except Exception:  # metadata is a bonus; never fail a page for it
        pass
    return page


def _read_metadata(tree, page: ParsedPage) -> None:
    # the page's top-level headings, as shown: a print or mobile version's
    # <title> may name no article ("Print", the site's name) while its one
    # <h1> is the headline
    h1 = [" ".join((node.text or "").split()) for node in tree.document.query_selector_all("h1")]
    if h1:
        page.meta["h1"] = [t for t in h1[:3] if t]
    head = tree.head
    root = tree.document.query_selector("html")
    if root is not None and root.getattr("lang"):
        page.meta["html_lang"] = root.getattr("lang").strip()
    if head is None:
        return
    metas = _meta_table(head)
    title_tag = (tree.title or "").strip() or None
    og_title = metas.get(("property", "og:title"))
    page.title = og_title or title_tag
    if title_tag:
        page.meta["html_title"] = title_tag
    if og_title:
        page.meta["og_title"] = og_title
    canonical = head.query_selector('link[rel="canonical"]')
    href = canonical.getattr("href") if canonical is not None else None
    page.url = (href or "").strip() or metas.get(("property", "og:url"))
    if page.url:
        page.meta["canonical_url"] = page.url
    page.sitename = metas.get(("property", "og:site_name"))
    page.author = metas.get(("name", "author"))
    for key in PUBLISHED_META:
        raw = metas.get((key[0], key[1].lower()))
        if raw:
            page.meta["published_raw"] = raw
            page.published = to_iso(raw)
            break
