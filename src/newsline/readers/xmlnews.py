"""XML news formats that are not feeds: NITF, NewsML-G2, and other article XML.

An agency's wire (IPTC NITF ``<nitf>``, NewsML-G2 ``<newsItem>`` or a
``<newsMessage>`` of them) or a CMS export is XML, not HTML: read as a page, its
``<hl1>``, ``<byline>`` and ``<p>`` ran together on one line, and its metadata
(ids, dates, slugs) became text. Here:

* a news item inside other XML (a NewsML 1 envelope holding NITF, a
  NewsML-G2 ``<newsMessage>``) is read on its own, one document per item, its
  envelope giving a date or URL the item does not state;
* the text is the format's body (:data:`BODY_ELEMENTS`; the whole document for
  other XML), one line per block: an element with text of its own (mixed
  content: ``<byline>Par <person>…</person></byline>``) is one line, its
  inline children inside it; an element holding only elements is split into
  its children; a date or URL element on its own (:data:`_FIELD_ONLY`) is a
  field, not a line; embedded XHTML (NewsML-G2's ``inlineXML``) is read as an HTML
  page is;
* title, author, publication date and URL come from the elements the formats
  name them by (:data:`FIELD_ELEMENTS`, first found wins; a date's ``norm``
  attribute before its text);
* an export whose root holds several ``<article>`` (``<story>``, ``<item>``, …:
  :data:`REPEATED_ITEMS`) gives one document per article, named ``FILE#itemN``;
* a sitemap (``<urlset>``, ``<sitemapindex>``) lists pages, it is not one: a
  ReadError "not an article: a sitemap of N URLs" (the words before a colon group rejections in the run summary).

XML that does not parse is left to the caller (read as before, HTML or text):
:func:`read_xml` returns None for it. This module must never raise otherwise.
Entities are expanded by expat only (it bounds their growth); nothing external
is fetched.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator

from ..model import Document, Flag, ReadError, make_doc_id
from .dates import to_iso
from .decode import item_flags_at
from .html import parse_html

# Root elements (local names) that hold one article, or several.
ITEM_ROOTS = {"nitf", "newsItem"}
MESSAGE_ROOTS = {"newsMessage"}  # NewsML-G2: a message carrying newsItems
# Root elements that list pages rather than hold one: what each lists.
LIST_ROOTS = {
    "urlset": ("sitemap", "url", "URLs"),
    "sitemapindex": ("sitemap index", "sitemap", "sitemaps"),
}
# Where the article's text is, by root element; other XML: the whole document.
BODY_ELEMENTS = {"nitf": "body", "newsItem": "contentSet"}
# Elements naming each field, in order of preference, across formats
# (NITF, NewsML-G2, and the names CMS exports use).
FIELD_ELEMENTS = {
    "title": ("hl1", "headline", "title", "hedline"),
    "author": ("byline", "creator", "author", "contributor"),
    "published": (
        "date.issue",
        "story.date",
        "contentCreated",
        "firstCreated",
        "datePublished",
        "pubDate",
        "published",
        "versionCreated",
        "FirstCreated",  # NewsML 1
        "DateAndTime",  # NewsML 1's envelope: when it was sent
        "date",
    ),
    "url": ("link", "url", "canonical", "loc"),
}
# Elements that are a field's value, not text: a leaf named so (a date, a URL)
# becomes Document.published / url and no line of the text.
_FIELD_ONLY = set(FIELD_ELEMENTS["published"]) | set(FIELD_ELEMENTS["url"])
# Elements whose line the format names for what it is, by role: a headline's
# subtitle (NITF <hl2>, a CMS export's <subtitle>) and the dateline. The
# cleaner reads the line's shape alone and took a short subtitle for a menu
# item: the reader says what it knows (``meta["line_roles"]``: role -> the
# lines' texts).
LINE_ROLE_ELEMENTS = {
    "hl2": "subtitle",
    "subtitle": "subtitle",
    "subheadline": "subtitle",
    "subhead": "subtitle",
    "deck": "subtitle",
    "standfirst": "subtitle",
    "dateline": "dateline",
}
# Inside an author element, the element naming the person (else its whole text).
_PERSON_ELEMENTS = ("person", "name")
_XHTML_NS = "{http://www.w3.org/1999/xhtml}"
# The root element's name near the start: after the XML declaration,
# processing instructions, comments and a DOCTYPE. Each of those is taken
# once, never re-split (an atomic group, a possessive repeat): with "\s+" or
# a "<?…?>" that could reach a later "?>", a head of whitespace or of many
# such items not followed by an element took exponential time to fail.
_ROOT = re.compile(
    rb"\A(?:\xef\xbb\xbf)?(?>\s+|<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^>\[]*(?:\[.*?\])?\s*>)*+<([A-Za-z_][\w.:-]*)",
    re.DOTALL,
)
# Roots that make a file HTML, however it starts.
HTML_ROOTS = {"html", "head", "body", "div", "p", "span", "table", "meta"}
# A CMS export's root holding several of these (local names) holds one article
# in each: ``<articles><article>…</article><article>…</article></articles>``.
# In this order: a root holding several <item> and several <entry> is read by
# the first name that repeats (a set's order would change from run to run).
REPEATED_ITEMS = ("article", "story", "item", "entry", "document", "doc", "record", "post")


def root_name(head: bytes) -> str | None:
    """The local name of the root element ``head`` (UTF-8 or ASCII) starts, if any."""
    m = _ROOT.match(head)
    if m is None:
        return None
    return m.group(1).decode("ascii", "replace").rsplit(":", 1)[-1]


def is_news_xml(head: bytes, by_extension: bool) -> bool:
    """Whether ``head`` is XML to read here: a known news or list root, or (with
    an XML declaration or an ``.xml`` name) any root that is not HTML's."""
    root = root_name(head)
    if root is None or root.lower() in HTML_ROOTS:
        return False
    if root in ITEM_ROOTS or root in MESSAGE_ROOTS or root in LIST_ROOTS:
        return True
    return by_extension or head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<?xml")


def _local(tag: object) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def read_xml(
    data: bytes, name: str, key_base: str, flags: list[Flag]
) -> Iterator[Document | ReadError] | None:
    """The documents of an XML news file, or None when ``data`` is not well-formed XML."""
    try:
        root = ET.fromstring(data)
    except (ET.ParseError, ValueError, LookupError, RecursionError):
        return None
    return _documents(root, name, key_base, flags)


def _documents(
    root: ET.Element, name: str, key_base: str, flags: list[Flag]
) -> Iterator[Document | ReadError]:
    kind = _local(root.tag)
    if kind in LIST_ROOTS:
        what, entry, plural = LIST_ROOTS[kind]
        n = sum(1 for el in root if _local(el.tag) == entry)
        yield ReadError(name, f"not an article: a {what} of {n} {plural}")
        return
    try:
        items = [root] if kind in ITEM_ROOTS else _outer_items(root)
    except RecursionError:
        yield ReadError(name, "XML nested too deep to read")
        return
    if not items and kind in MESSAGE_ROOTS:
        yield ReadError(name, f"<{kind}> holds no news item")
        return
    if not items:
        items = [root]
        for child_name in REPEATED_ITEMS:
            same = [el for el in root if _local(el.tag) == child_name]
            if len(same) > 1:
                items = same
                break
    for i, item in enumerate(items, start=1):
        where = f"{name}#item{i}" if len(items) > 1 else name
        key = f"{key_base}#item{i}" if len(items) > 1 else key_base
        try:
            yield _document(item, where, key, flags, None if item is root else root)
        except RecursionError:
            yield ReadError(where, "XML nested too deep to read")


def _outer_items(root: ET.Element) -> list[ET.Element]:
    """The news items (:data:`ITEM_ROOTS`) inside ``root`` that are not inside
    another one: a NewsML-G2 newsMessage's newsItems, a NewsML 1 envelope's NITF."""
    found: list[ET.Element] = []

    def walk(el: ET.Element) -> None:
        for child in el:
            if _local(child.tag) in ITEM_ROOTS:
                found.append(child)
            else:
                walk(child)

    walk(root)
    return found


def _document(
    item: ET.Element, where: str, key: str, flags: list[Flag], envelope: ET.Element | None
) -> Document | ReadError:
    kind = _local(item.tag)
    body_name = BODY_ELEMENTS.get(kind)
    body = (
        next((el for el in item.iter() if _local(el.tag) == body_name), None) if body_name else item
    )
    lines: list[str] = []
    roles: dict[str, list[str]] = {}
    _block_lines(body if body is not None else item, lines, roles)
    text = "\n".join(lines)
    if not text.strip():
        return ReadError(where, f"no text in <{kind}>")
    meta: dict = {"xml_root": kind}
    if roles:
        meta["line_roles"] = roles
    fields = {field: _field(item, field) for field in FIELD_ELEMENTS}
    for field in ("published", "url"):  # an item that states none: its envelope's
        if envelope is not None and not fields[field]:
            fields[field] = _field(envelope, field)
    url = fields["url"] if fields["url"] and "://" in fields["url"] else None
    item_flags = item_flags_at(flags, text)
    return Document(
        id=make_doc_id(url or key, text),
        source=where,
        text=text,
        encoding="utf-8",
        url=url,
        published=to_iso(fields["published"]),
        title=fields["title"],
        author=fields["author"],
        flags=item_flags,
        meta=meta,
    )


def _one_line(el: ET.Element) -> str:
    return " ".join("".join(el.itertext()).split())


def _field(item: ET.Element, field: str) -> str | None:
    """The first element naming ``field`` with a value, in FIELD_ELEMENTS order."""
    wanted = FIELD_ELEMENTS[field]
    found: dict[str, ET.Element] = {}
    for el in item.iter():
        local = _local(el.tag)
        if local in wanted and local not in found and local != "html":
            found[local] = el
    for local in wanted:
        el = found.get(local)
        if el is None:
            continue
        if field == "published":
            value = el.get("norm") or _one_line(el)
        elif field == "author":
            person = next((p for p in el.iter() if _local(p.tag) in _PERSON_ELEMENTS), None)
            value = _one_line(person if person is not None else el)
        elif field == "url":
            value = el.get("href") or _one_line(el)
        else:
            value = _one_line(el)
        if value:
            return value
    return None


def _block_lines(
    el: ET.Element, out: list[str], roles: dict[str, list[str]] | None = None
) -> None:
    """Append ``el``'s text, one line per block (see the module docstring);
    a line an element names the role of (:data:`LINE_ROLE_ELEMENTS`) is also
    listed under its role in ``roles``."""
    if el.tag.startswith(_XHTML_NS) or el.tag == "html":
        out.extend(line for line in parse_html(_as_html(el)).text.splitlines() if line.strip())
        return
    own = (el.text or "").strip() or any((child.tail or "").strip() for child in el)
    if len(el) == 0 and _local(el.tag) in _FIELD_ONLY:
        return
    if own or len(el) == 0:
        line = _one_line(el)
        if line:
            out.append(line)
            role = LINE_ROLE_ELEMENTS.get(_local(el.tag))
            if role is not None and roles is not None:
                roles.setdefault(role, []).append(line)
        return
    for child in el:
        if isinstance(child.tag, str):  # comments and processing instructions are no text
            _block_lines(child, out, roles)


def _as_html(el: ET.Element) -> str:
    """Embedded XHTML as HTML markup the page parser reads: namespaces dropped."""
    for node in el.iter():
        if isinstance(node.tag, str):
            node.tag = _local(node.tag)
    return ET.tostring(el, encoding="unicode", method="html")
