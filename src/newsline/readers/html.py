"""HTML pages to visible text plus cheap metadata.

``html_to_text`` gives a page's full visible text -- site chrome and photo
captions included; ``script``/``style``/``noscript``/``template``, form
controls and image alt attributes dropped -- with one
block-level element per line and no empty lines. It is the text every
offset of an HTML document refers to, and the cleaning stage maps its own
extractor's output onto these lines, so it must stay deterministic.

A page with no visible text but its ``<noscript>`` fallback (a script-built
page), or only its shell (logo, menu, footer) beside a fallback holding the
article, is read with that fallback in ``parse_html``, marked
``meta["text_from_noscript"]``. Page data a framework ships as a JSON script
(``__NEXT_DATA__``) or assigns to a global (``window.__INITIAL_STATE__ =``)
gives the article such a shell lacks, as JSON-LD does (below).

Text a page holds in its markup but shows no reader -- images' alt texts,
HTML comments, ``<noscript>`` fallbacks and elements' title attributes -- is
no line of the visible text; ``parse_html`` keeps it
in ``meta["hidden_markup"]`` (where it was, what it says), since an
instruction planted for machines that read pages hides exactly there and the
flags read it.

A teaser page (paywall, script-rendered body) whose article is only in its
JSON-LD ``articleBody`` gets the paragraphs the visible text lacks after that
text, and ``meta["structured_body"]["start"]`` says where they begin.

Parsing uses resiliparse (lexbor, C++): it survives 10,000-deep nesting and
50 MB pages. This module must never drop or reorder visible text, and never
raise on malformed markup.
"""

from __future__ import annotations

import contextlib
import functools
import html as html_lib
import itertools
import json
import re
from dataclasses import dataclass, field
from typing import Any

from .dates import to_iso

# What parsing a page may raise: resiliparse's DOMException and
# HTMLParserException and selectolax's argument checks are ValueErrors, as is
# the UnicodeEncodeError of a lone surrogate the parsers cannot take; a tree
# too deep to walk is a RecursionError (a RuntimeError); a page too big to
# build a MemoryError. selectolax's own SelectolaxError is added where it is
# imported.
_PARSE_ERRORS: tuple[type[BaseException], ...] = (ValueError, RuntimeError, MemoryError)
# What reading a parsed page's metadata and structured data may raise on
# malformed content (JSON-LD of unexpected shapes: missing keys, wrong types).
_DATA_ERRORS: tuple[type[BaseException], ...] = (
    ValueError,
    TypeError,
    AttributeError,
    LookupError,
    RuntimeError,
)

_NOSCRIPT = re.compile(r"<noscript", re.IGNORECASE)

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


# The accounts a CMS posts under when no writer is named ("admin",
# "Administrator", "webmaster", "admin2"): a login, never a byline's name.
_CMS_ACCOUNT_RE = re.compile(
    r"(?:admin|administrator|administrador|administrateur|webmaster|root|guest|anonymous"
    r"|unknown|wordpress|default|user)\d{0,4}"
)


def cms_account_name(name: str) -> bool:
    """``name`` is a CMS account's login rather than a person's name."""
    return _CMS_ACCOUNT_RE.fullmatch(name.strip().casefold()) is not None


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


def _each(nodes) -> list:
    """The nodes of a resiliparse node list, as a Python list.

    Iterating the node list itself costs time quadratic in its length (each
    step re-reads the list: 2 ms for a page's 30 <meta> tags); ``values()``
    (resiliparse 2) builds the same nodes in the same order in one pass.
    """
    values = getattr(nodes, "values", None)
    return values() if callable(values) else list(nodes)


def _tree(html: str, found: dict | None = None):
    """The parsed page, its images' alt texts removed (they are no visible
    text); ``found``, when given, gets the alt text of the site's logo
    under "logo_alt" (see _logo_alt) and every alt text under "alts"."""
    from resiliparse.parse.html import HTMLTree

    tree = HTMLTree.parse(html)
    alts: list[str] = []
    for node in _each(tree.document.query_selector_all("[alt]")):
        if found is not None:
            if "logo_alt" not in found and (logo := _logo_alt(node)):
                found["logo_alt"], found["logo_href"] = logo
            alts.append(node.getattr("alt") or "")
        node.delattr("alt")
    if found is not None:
        found["alts"] = alts
    if _GLUED_TAGS_RE.search(html):
        _separate_glued_items(tree)
    return tree


# A link to the site's front page: "/", "./", "index.html", or a bare origin.
_FRONT_PAGE_HREF_RE = re.compile(r"(?:\.?/|/?index\.\w{2,5}|https?://[^/?#]+/?)", re.IGNORECASE)
# "logo" as a word of an alt text ("Logo Báo X", "X logo"): no part of the name.
_LOGO_WORD_RE = re.compile(r"(?<![^\W_])logo(?![^\W_])", re.IGNORECASE)
# an alt text that is an image's file or slug name ("cbsn-1920x1080.jpg",
# "site-image") or its size ("ET Live (747x420)"), no name
_FILE_NAME_ALT_RE = re.compile(
    r"\S+\.(?:jpe?g|png|gif|svg|webp|avif)|[a-z0-9]+(?:[-_][a-z0-9]+)+|.*\d\s*[x×]\s*\d.*"
)
_LOGO_ALT_MAX_CHARS = 60
_LOGO_ALT_MAX_WORDS = 8


# what parts a page title into its headline and the site's name ("Headline |
# Site", "Headline - Site", "Headline_Site", "Site｜Headline")
_TITLE_PART_SEP_RE = re.compile(r"\s+[|\-–—~·•»]\s+|\s*[_｜]\s*")


def _title_site_part_ending_in(short: str, title: str | None) -> str | None:
    """The page title's first or last part when it names the site more
    fully than ``short`` (the logo's alt text) and ends in it: "Báo Điện Tử
    Sông Hàn" from "Headline | Báo Điện Tử Sông Hàn" and the logo "Sông
    Hàn". None when the title has one part, or neither end part is a
    longer name ending in ``short`` and no longer than a logo's alt."""
    if not title:
        return None
    parts = [" ".join(x.split()) for x in _TITLE_PART_SEP_RE.split(title)]
    if len(parts) < 2:
        return None
    want = short.casefold()
    for part in (parts[-1], parts[0]):
        low = part.casefold()
        if (
            len(low) > len(want)
            and low.endswith(want)
            and not low[-len(want) - 1].isalnum()
            and len(part.split()) <= _LOGO_ALT_MAX_WORDS
        ):
            return part
    return None


def _logo_alt(node) -> tuple[str, str] | None:
    """The site's name an <img> states in its alt text when it is the site's
    logo (an image whose link leads to a front page, or whose class, id or
    file name says "logo"), with that link's address ("" when none), or
    None. A page whose markup names no site often names it there only."""
    if node.tag != "img":
        return None
    alt = " ".join((node.getattr("alt") or "").split())
    if not alt or len(alt) > _LOGO_ALT_MAX_CHARS:
        return None
    marks = " ".join(node.getattr(a) or "" for a in ("class", "id", "src"))
    is_logo = "logo" in marks.lower()
    href = ""
    parent = node.parent
    for _ in range(2):  # <a href="/"><img>, <a href="/"><picture><img>
        if is_logo or parent is None:
            break
        if parent.tag == "a":
            href = (parent.getattr("href") or "").strip()
            is_logo = (
                bool(_FRONT_PAGE_HREF_RE.fullmatch(href))
                or "logo"
                in ((parent.getattr("class") or "") + (parent.getattr("id") or "")).lower()
            )
            break
        parent = parent.parent
    if not is_logo:
        return None
    name = _LOGO_WORD_RE.sub(" ", alt).strip(" -–—|:·,")
    name = " ".join(name.split())
    if (
        not any(c.isalpha() for c in name)
        or len(name.split()) > _LOGO_ALT_MAX_WORDS
        or _FILE_NAME_ALT_RE.fullmatch(name)
    ):
        return None
    return name, href


def _same_site(href: str, url: str | None) -> bool:
    """Does a logo's link lead to the page's own site? A relative link
    does; an absolute one must name the host of the page's address (an
    avatar linked to a social network's front page names a person)."""
    m = re.match(r"https?://(?:www\.)?([^/?#:]+)", href, re.IGNORECASE)
    if m is None:
        return True
    page = re.match(r"https?://(?:www\.)?([^/?#:]+)", url or "", re.IGNORECASE)
    return page is not None and page.group(1).lower() == m.group(1).lower()


# Elements a browser lays out inline, in a line of text; any other element
# is a box of its own (resiliparse already puts it on a line of its own).
_INLINE_TAGS = frozenset(
    "a abbr acronym b bdi bdo big cite code data del dfn em font i ins kbd label mark "
    "nobr q s samp small span strike strong sub sup time tt u var".split()
)
# An inline element closed right where another opens (``</a><a``,
# ``</a></span><span``): a page with none has nothing for
# _separate_glued_items to do, and is not walked.
_INLINE_ALT = "|".join(sorted(_INLINE_TAGS, key=len, reverse=True))
_GLUED_TAGS_RE = re.compile(
    rf"</(?:{_INLINE_ALT})\s*>(?:</(?:{_INLINE_ALT})\s*>)*<(?:{_INLINE_ALT})[\s>/]",
    re.IGNORECASE,
)
# Blocks whose inline content is running text: sibling <span>s there are
# pieces of a sentence (a word processor's export, a highlighted word), not
# separate teasers.
_PROSE_BLOCKS = frozenset(
    "p h1 h2 h3 h4 h5 h6 blockquote pre figcaption caption dt dd td th address".split()
)
# Closing punctuation a teaser or a sentence may end with.
_CLOSERS = frozenset(".!?…:;)]»\"”’'")


class _Dom:
    """The children, next siblings and parents of the nodes the walk below
    reads, each fetched from resiliparse once per page. A step through its
    tree (``.first_child``, ``.next``, ``.parent``) builds a node object and
    registers it in a weak-reference table, some microseconds each, and the
    walk reads most nodes several times (a container's children for its own
    text, again for its items, an item's ends twice): 7 ms a page on real
    news pages. The lists hold the node objects, so a node met again is the
    same key. ``inserted`` keeps them true to the tree when a ``<br>`` goes in."""

    __slots__ = ("_kids", "_next", "_parent", "text_type")

    def __init__(self) -> None:
        self._kids: dict[Any, list] = {}
        self._next: dict[Any, Any] = {}
        self._parent: dict[Any, Any] = {}
        self.text_type = _text_type()

    def kids(self, node) -> list:
        k = self._kids.get(node)
        if k is None:
            k = []
            child = node.first_child
            while child is not None:
                k.append(child)
                child = child.next
            self._adopt(node, k)
        return k

    def _adopt(self, node, k: list) -> None:
        self._kids[node] = k
        nxt = self._next
        for a, b in itertools.pairwise(k):
            nxt[a] = b
        if k:
            nxt[k[-1]] = None
        up = self._parent
        for c in k:
            up[c] = node

    def next(self, node):
        """The node after ``node``, whose parent's children were read."""
        return self._next[node]

    def parent(self, node):
        if node in self._parent:
            return self._parent[node]
        p = self._parent[node] = node.parent
        return p

    def inserted(self, box, kids: list) -> None:
        """``box``'s children are now ``kids`` (a ``<br>`` went in)."""
        self._adopt(box, kids)


def _direct_text(node, dom: _Dom) -> bool:
    """Has ``node`` a text child that is not whitespace alone?"""
    tt = dom.text_type
    return any(c.type == tt and (c.text or "").strip() for c in dom.kids(node))


@functools.cache
def _text_type():
    from resiliparse.parse.html import NodeType

    return NodeType.TEXT


def _link_like(node, dom: _Dom, depth: int = 0) -> bool:
    """A link, or an inline wrapper holding one link and nothing else to read
    (``<span><a>…</a></span>``, ``<strong><a>…</a></strong>``)."""
    tag = node.tag
    if tag == "a":
        return True
    if depth >= 3 or tag not in _INLINE_TAGS:
        return False
    only = None
    for child in dom.kids(node):
        if child.type == dom.text_type:
            if (child.text or "").strip():
                return False
        elif child.tag != "#comment":
            if only is not None:
                return False
            only = child
    return only is not None and _link_like(only, dom, depth + 1)


def _separate_glued_items(tree) -> None:
    """Puts a line break (a ``<br>``) between sibling inline elements written
    with nothing between them that a page lays out as separate items: a run
    of links (a menu, a related-articles list: ``<a>…</a><a>…</a>``), and
    teasers in side-by-side ``<span>``s outside running text whose words
    would otherwise glue ("…przez nocNowe połączenia").

    Running text is never touched: a container (or an inline ancestor of it,
    up to its block) with text of its own between the elements, whitespace
    between two elements, or ``<span>``s in a paragraph or a heading. Spans
    are split only where a word of a cased script ends and a capitalised one
    starts ("nocNowe"): spans of Thai or Chinese text, written without
    spaces, stay one line with nothing added. Nothing is removed."""
    doc = tree.document
    dom = _Dom()
    containers: dict[Any, None] = {}
    for node in _each(doc.query_selector_all("a, span")):
        item = node
        parent = dom.parent(item)
        # climb out of wrappers holding the link alone: <span><a>…</a></span>
        while (
            node.tag == "a"
            and parent is not None
            and parent.tag in _INLINE_TAGS
            and _link_like(parent, dom)
        ):
            item, parent = parent, dom.parent(parent)
        if parent is not None and parent.tag not in ("html", "#document"):
            containers.setdefault(parent, None)
    prose: dict[Any, bool] = {}
    words: dict[Any, bool] = {}
    text_type = dom.text_type
    for box in containers:
        kids = dom.kids(box)
        if len(kids) < 2:
            continue  # fewer than two children
        running, block = _running_text(box, prose, dom)
        if running:
            continue
        in_prose = block is not None and block.tag in _PROSE_BLOCKS
        if in_prose and _words_beside_links(box, block, words, dom):
            # a sentence whose words sit in <span>s or <font>s around its
            # links ("<span>据</span><a>新华社</a><a>报道</a><span>，…</span>",
            # a CMS's or a word processor's export): one line
            continue
        if not _may_glue(kids, text_type):
            continue
        spans_ok = block is None or block.tag not in _PROSE_BLOCKS
        prev = None
        now: list | None = None  # the children with the breaks put in, once one is
        for i, child in enumerate(kids):
            if child.type == text_type:
                if child.text:  # whitespace between: the items do not glue
                    prev = None
            elif child.tag in _INLINE_TAGS:
                edges = _edges(child, dom)
                if edges is None:
                    prev = None  # nothing to read, or too deep to tell
                elif edges:
                    if prev is not None and _glued_items(prev, child, edges, spans_ok, dom):
                        br = tree.create_element("br")
                        box.insert_before(br, child)
                        if now is None:
                            now = kids[:i]
                        now.append(br)
                    prev = (child, edges)
            elif child.tag not in _PASSED_OVER:
                prev = None  # a box of its own or a <br>: already apart
            if now is not None:
                now.append(child)
        if now is not None:
            dom.inserted(box, now)


# Children that stand between two items without setting them apart (the walk
# above passes over them).
_PASSED_OVER = frozenset(("#comment", "img", "wbr", "svg", "picture"))


def _may_glue(kids: list, text_type) -> bool:
    """Could the walk above put a break between two of these children? Only
    where two inline elements follow one another with nothing between but
    what it passes over: no text (a space is text) and no box. Read off the
    children's kinds alone, before their text's ends are looked up (most
    containers write their items apart, one per line)."""
    inline = False
    for child in kids:
        if child.type == text_type:
            if child.text:
                inline = False
        elif child.tag in _INLINE_TAGS:
            if inline:
                return True
            inline = True
        elif child.tag not in _PASSED_OVER:
            inline = False
    return False


def _running_text(box, memo: dict, dom: _Dom) -> tuple[bool, Any]:
    """Is ``box`` in running text (it or an inline ancestor up to its block
    has text of its own)? And that block. ``memo`` keeps each node's answer,
    so a chain of 10,000 nested spans is walked once."""
    path = []
    node = box
    answer: tuple[bool, Any] = (False, None)
    while node is not None:
        if node in memo:
            answer = memo[node]
            break
        path.append(node)
        if _direct_text(node, dom):
            answer = (True, None)
            break
        if node.tag not in _INLINE_TAGS:
            answer = (False, node)
            break
        node = dom.parent(node)
    for seen in path:
        memo[seen] = answer
    return answer


# How many nodes _edges looks at from either end of an element.
_EDGE_STEPS = 16


def _edge(node, last: bool, dom: _Dom) -> str | None:
    """The first (last) character of ``node``'s text, "" when it has none,
    None when more than _EDGE_STEPS nodes would have to be read to tell."""
    stack = [node]
    steps = 0
    text_type = dom.text_type
    while stack:
        steps += 1
        if steps > _EDGE_STEPS:
            return None
        cur = stack.pop()
        if cur.type == text_type:
            text = cur.text or ""
            if text:
                return text[-1] if last else text[0]
            continue
        if cur.tag in ("#comment", "script", "style", "template", "noscript"):
            continue
        kids = dom.kids(cur)
        if len(kids) > _EDGE_STEPS:
            return None
        stack.extend(kids if last else reversed(kids))
    return ""


def _edges(node, dom: _Dom) -> tuple[str, str] | None | tuple[()]:
    """(first, last) character of an element's text; () when it has no text
    to read (an icon, an empty anchor); None when too big to tell cheaply."""
    first, last = _edge(node, False, dom), _edge(node, True, dom)
    if first is None or last is None:
        return None
    if not first:
        return ()
    return first, last


def _glued_items(prev, cur, edges: tuple[str, str], spans_ok: bool, dom: _Dom) -> bool:
    prev_node, (_, a) = prev
    b = edges[0]
    if a.isspace() or b.isspace():
        return False  # written apart
    if _link_like(prev_node, dom) and _link_like(cur, dom):
        return True
    if a in _LABEL_ENDS and _link_like(cur, dom) and _next_is_link(cur, dom):
        # a list's label before its links ("<b>Related:</b><a>…</a><a>…</a>",
        # "<strong>Xem thêm:</strong><a>…</a>…"): the links split one from
        # another, so the label would stay glued to the first alone
        return True
    if not spans_ok:
        return False
    return b.isupper() and (a.islower() or a.isdigit() or a in _CLOSERS)


# How a list's label ends ("Related:", "相关阅读：").
_LABEL_ENDS = frozenset(":：")
# How many inline ancestors of a container _words_beside_links looks into.
_BESIDE_DEPTH = 4


def _next_is_link(node, dom: _Dom) -> bool:
    """Is the element right after ``node`` (nothing between) link-like?"""
    nxt = dom.next(node)
    while nxt is not None and nxt.type != dom.text_type and nxt.tag == "#comment":
        nxt = dom.next(nxt)
    return nxt is not None and nxt.type != dom.text_type and _link_like(nxt, dom)


def _words_beside_links(box, block, memo: dict, dom: _Dom) -> bool:
    """Has ``box``, or an inline ancestor of it up to ``block``, an inline
    child with words of its own that is no link and no list's label
    ("Related:" before links)? Then its links are part of a sentence.
    ``memo`` keeps each node's answer, so a paragraph of 10,000 link pairs
    in spans is read once, not once per pair."""
    node, depth = box, 0
    while node is not None and depth < _BESIDE_DEPTH:
        if node not in memo:
            memo[node] = _words_among_children(node, dom)
        if memo[node]:
            return True
        if node is block:
            break
        node, depth = dom.parent(node), depth + 1
    return False


def _words_among_children(node, dom: _Dom) -> bool:
    text_type = dom.text_type
    for child in dom.kids(node):
        if child.type != text_type and child.tag in _INLINE_TAGS and not _link_like(child, dom):
            edges = _edges(child, dom)
            if (
                edges
                and not (edges[0].isspace() and edges[1].isspace())
                and not (edges[1] in _LABEL_ENDS and _next_is_link(child, dom))
            ):
                return True
    return False


def html_to_text(html: str) -> str:
    """The page's full visible text, one block-level element per line."""
    from resiliparse.extract.html2text import extract_plain_text

    try:
        return _lines(extract_plain_text(_tree(html), **_EXTRACT_OPTIONS))
    except _PARSE_ERRORS:  # a parser failure must not lose the page: fall back to text nodes
        return _fallback_text(html)


def _fallback_text(html: str) -> str:
    from selectolax.lexbor import LexborHTMLParser, SelectolaxError

    try:
        tree = LexborHTMLParser(html)
        for tag in ("script", "style", "noscript", "template"):
            for node in tree.css(tag):
                node.decompose()
        body = tree.body or tree.root
        return _lines(body.text(separator="\n") if body is not None else "")
    except (SelectolaxError, *_PARSE_ERRORS):
        return ""


# schema.org in the body, as microdata (itemprop) or RDFa (property): the
# publisher's name, and each author with the type it is given
_SCHEMA_PUBLISHER_NAME = (
    '[itemprop="publisher"] [itemprop="name"], [property="publisher"] [property="name"]'
)
_SCHEMA_AUTHOR = '[itemprop="author"], [property="author"]'
_SCHEMA_AUTHORS_MAX = 8


# schema.org items a page holds besides its article, whose author wrote them
# alone: a reader's comment, a review, a Q&A site's answer, a quotation
_SCHEMA_OTHER_WORKS = ("comment", "review", "answer", "question", "quotation", "rating")
_SCHEMA_ITEM_DEPTH_MAX = 40


def _author_of_the_page(node) -> bool:
    """Is the schema.org author ``node`` the page's own: no item encloses
    it, or the nearest one is none of _SCHEMA_OTHER_WORKS?"""
    parent = node.parent
    for _ in range(_SCHEMA_ITEM_DEPTH_MAX):
        if parent is None or not hasattr(parent, "getattr"):
            return True
        kind = parent.getattr("itemtype") or parent.getattr("typeof")
        if kind is not None or parent.getattr("itemscope") is not None:
            kind = f"{kind or ''} {parent.getattr('itemprop') or ''}".casefold()
            return not any(t in kind for t in _SCHEMA_OTHER_WORKS)
        parent = parent.parent
    return True


def _schema_person_authors(tree) -> list[str]:
    """The names of the authors schema.org microdata or RDFa marks up as
    people (``itemprop/property="author"`` holding a ``name``), in page order
    and once each; an author typed as an Organization is no person, and one
    of a comment or a review wrote no part of the article."""
    names: list[str] = []
    for node in _each(tree.document.query_selector_all(_SCHEMA_AUTHOR))[:_SCHEMA_AUTHORS_MAX]:
        kind = (node.getattr("itemtype") or node.getattr("typeof") or "").casefold()
        if "organization" in kind or not _author_of_the_page(node):
            continue
        inner = node.query_selector('[itemprop="name"], [property="name"]')
        if inner is None:
            continue
        name = " ".join((inner.getattr("content") or inner.text or "").split())
        if name and name not in names:
            names.append(name)
    return names


def _meta_table(head) -> dict[tuple[str, str], str]:
    """{(attribute, lower-cased value): content} for every <meta> in <head>, in one pass."""
    table: dict[tuple[str, str], str] = {}
    for node in _each(head.get_elements_by_tag_name("meta")):
        content = (node.getattr("content") or "").strip()
        if not content:
            continue
        for attr in ("property", "name", "itemprop"):
            value = node.getattr(attr)
            if value:
                table.setdefault((attr, value.strip().lower()), content)
    return table


# An HTML comment's text; a conditional comment ("<!--[if IE]>") or one
# holding markup or code (a commented-out block, a script's old guard) is no
# text anyone wrote to be read.
_COMMENT_RE = re.compile(r"<!--(.*?)-->", re.DOTALL)
_CODE_IN_COMMENT_RE = re.compile(r"[<>{}=]|^\s*\[")
# Hidden text kept per page: a sentence's worth of words at least (a build
# marker, an ad slot's name or "photo" is no message), a bounded number of
# bounded texts (a gallery's hundred captions must not bloat the store).
HIDDEN_MIN_WORDS = 4
HIDDEN_MAX_ITEMS = 40
HIDDEN_MAX_CHARS = 2000


# A <noscript> fallback's content, its tags taken off (a tracking pixel's
# <img> leaves nothing); and an element's title attribute (a tooltip: shown
# on hover, no line of the text), double- or single-quoted.
_NOSCRIPT_RE = re.compile(r"<noscript\b[^>]*>(.*?)</noscript\s*>", re.IGNORECASE | re.DOTALL)
_TAG_RE = re.compile(r"<[^>]*>")


def markup_words(fragment: str) -> str:
    """The words a fragment of markup shows, its tags taken off and its
    entities read, on one line ("Floods &#8211; <b>day 2</b>" -> "Floods – day 2")."""
    return " ".join(html_lib.unescape(_TAG_RE.sub(" ", fragment)).split())
# (the attribute's name first, a literal the engine skips to, many times
# faster than reading each tag from its "<"; a space must come before it,
# checked apart: not "data-title=")
_TITLE_ATTR_RE = re.compile(r"""title\s*=\s*(?:"([^"<>]*)"|'([^'<>]*)')""")


def _noscript_holds_the_page(html: str, shown: str) -> bool:
    """Whether the page's <noscript> fallbacks hold an article's worth of
    text and more than twice what the page shows: a script-built page
    whose server sends its shell (logo, menu, footer) and the article only
    for readers without JavaScript. A notice ("enable JavaScript") or a
    tracking pixel beside a shown article is no such page."""
    held = sum(
        len(markup_words(m.group(1)))
        for m in _NOSCRIPT_RE.finditer(html)
    )
    return held >= STRUCTURED_BODY_MIN_HIDDEN and held > 2 * len(shown)


def _hidden_markup(
    html: str,
    alts: list[str],
    noscript_read: bool = False,
    visible: str = "",
    descriptions: list[str] | None = None,
) -> list[dict[str, str]]:
    """The texts a page holds but shows no reader: its images' alt texts, its
    HTML comments, its <noscript> fallbacks (unless the page was read from
    them, ``noscript_read``), its elements' title attributes and its
    descriptions (meta, JSON-LD: what search engines and summarisers read
    first) -- those last two only where they do not repeat a text the page
    shows, ``visible`` (a link's title is mostly the headline it links, a
    description often the lede) -- each {"where": ..., "text": ...}, in
    that order, whitespace folded, repeats once."""
    out: list[dict[str, str]] = []
    seen: set[str] = set()

    def keep(where: str, raw: str) -> None:
        text = " ".join(raw.split())[:HIDDEN_MAX_CHARS]
        if (
            len(out) < HIDDEN_MAX_ITEMS
            and text not in seen
            and len(text.split()) >= HIDDEN_MIN_WORDS
        ):
            seen.add(text)
            out.append({"where": where, "text": text})

    for alt in alts:
        keep("an image's alt text", alt)
    if "<!--" in html:
        for m in _COMMENT_RE.finditer(html):
            if not _CODE_IN_COMMENT_RE.search(m.group(1)):
                keep("an HTML comment", m.group(1))
    if not noscript_read and _NOSCRIPT_RE.search(html) is not None:
        for m in _NOSCRIPT_RE.finditer(html):
            keep("a <noscript> fallback", html_lib.unescape(_TAG_RE.sub(" ", m.group(1))))
    folded = None
    for m in _TITLE_ATTR_RE.finditer(html):
        raw = m.group(1) or m.group(2)
        # the cheap tests first: most titles are a word or two ("Home", "Close")
        if not raw or raw.count(" ") < HIDDEN_MIN_WORDS - 1 or not html[m.start() - 1].isspace():
            continue
        title = " ".join(html_lib.unescape(raw).split())
        if folded is None:
            folded = " ".join(visible.split())
        if title not in folded:
            keep("an element's title attribute", title)
    for raw in descriptions or ():
        text = " ".join(html_lib.unescape(raw).split())
        if folded is None:
            folded = " ".join(visible.split())
        if text not in folded:
            keep("the page's description", text)
    return out


# Where a page describes itself to search engines and link previews: meta
# tags and the JSON-LD objects' "description".
_DESCRIPTION_METAS = (
    ("name", "description"),
    ("property", "og:description"),
    ("name", "twitter:description"),
)


def _descriptions(tree, html: str) -> list[str]:
    """The page's descriptions of itself (_DESCRIPTION_METAS, JSON-LD), as
    written; [] for a page that names none."""
    if "description" not in html:
        return []
    out = []
    if (head := tree.head) is not None:
        table = _meta_table(head)
        out += [v for key in _DESCRIPTION_METAS if (v := table.get(key))]
    for data in _jsonld_scripts(tree, '"description"'):
        out += [d for x in _jsonld_nodes(data) if isinstance(d := x.get("description"), str)]
    return out


def parse_html(html: str) -> ParsedPage:
    """Visible text and the metadata a page states about itself (never guessed)."""
    from resiliparse.extract.html2text import extract_plain_text

    noscript = False
    found: dict = {}
    try:
        tree = _tree(html, found)
        text = _lines(extract_plain_text(tree, **_EXTRACT_OPTIONS))
        if _NOSCRIPT.search(html) and (not text or _noscript_holds_the_page(html, text)):
            # a page that shows nothing without JavaScript but its <noscript>
            # fallback (or only its shell: logo, menu, footer): that fallback
            # is all a reader without scripts sees
            with_fallback = _lines(
                extract_plain_text(tree, **{**_EXTRACT_OPTIONS, "noscript": True})
            )
            if len(with_fallback) > len(text):
                text, noscript = with_fallback, True
    except _PARSE_ERRORS:
        return ParsedPage(text=_fallback_text(html))
    page = ParsedPage(text=text)
    if noscript:
        page.meta["text_from_noscript"] = True
    descriptions: list[str] = []
    with contextlib.suppress(*_DATA_ERRORS):  # a bonus, as the metadata below
        descriptions = _descriptions(tree, html)
    if hidden_markup := _hidden_markup(html, found.get("alts", []), noscript, text, descriptions):
        page.meta["hidden_markup"] = hidden_markup
    with contextlib.suppress(*_DATA_ERRORS):  # metadata is a bonus; never fail a page for it
        _read_metadata(tree, page)
        if not page.published and "datePublished" in html:
            # no meta tag: the article's JSON-LD datePublished states it as
            # explicitly (a visible "Updated …" stamp must not outrank it)
            _structured_published_into(page, _structured_published(tree), "JSON-LD datePublished")
        if not page.published and "data-" in html:
            # no meta tag, no structured date: a script-rendered stamp keeps
            # its time as Unix time in a data attribute and shows only
            # "3 giờ trước" / "きのう" (a relative time)
            _structured_published_into(page, _data_attribute_unix_time(html), _UNIX_TIME_SOURCE)
            if page.meta.get("published_from") == _UNIX_TIME_SOURCE:
                _unix_time_at_page_offset(page, html)
    if (
        not page.sitename
        and (logo := found.get("logo_alt"))
        and _same_site(found["logo_href"], page.url)
    ):
        # no og:site_name and no microdata publisher: the logo's alt text
        # names the site ("<a href="/"><img alt="Báo Miền Trung">"), or the
        # short form of the name the title's site part writes in full
        fuller = _title_site_part_ending_in(logo, page.meta.get("html_title"))
        page.sitename = fuller or logo
        page.meta["sitename_from"] = (
            "the page title's site part, ending in the logo's alt text"
            if fuller
            else "the logo's alt text"
        )
    source = "JSON-LD articleBody"
    try:
        hidden = _hidden_structured_body(tree, text, page.title or "")
        if not hidden and (articles := _page_data_articles(tree, html)):
            # no JSON-LD article: the one a framework ships as page data
            hidden = _hidden_structured_body(
                tree, text, page.title or "", [(b, h) for b, h, _, _ in articles]
            )
            if hidden:
                _, _, when, where = articles[0]
                source = where
                _structured_published_into(page, when, where)
    except _DATA_ERRORS:  # structured data is a bonus too
        hidden = []
    if hidden:
        # the article a teaser page shows only in its structured data: its
        # paragraphs the visible text lacks follow that text, and the
        # cleaning stage is told where they start (nothing visible moves)
        page.meta["structured_body"] = {
            "start": len(text) + 1 if text else 0,
            "source": source,
            "paragraphs": len(hidden),
        }
        page.text = (text + "\n" if text else "") + "\n".join(hidden)
    return page


def _structured_published_into(page: ParsedPage, raw: str | None, where: str) -> None:
    """A publication time the page's structured data states (JSON-LD, a
    framework's page data), where no meta tag or earlier source gave one;
    a date before the web is a CMS's empty value."""
    if page.published or not raw:
        return
    iso = to_iso(raw)
    if iso and iso[:4].isdigit() and int(iso[:4]) >= _WEB_FIRST_YEAR:
        page.meta["published_raw"] = raw
        page.meta["published_from"] = where
        page.published = iso


# A data attribute holding Unix time (seconds or milliseconds), its name
# after "data-" and its value: data-timestamp="1757305800",
# data-published-ms="1753154100000". Only names saying time or publication
# count, and none saying the page changed, ends or was rendered (an
# "updated" time is no publish time; a clock widget's is the crawl's).
_DATA_UNIX_TIME_RE = re.compile(
    r"""\sdata-([a-z0-9_-]{1,40})\s*=\s*["']?(\d{9,10}|\d{13})(?=["'\s/>])""", re.IGNORECASE
)
_DATA_TIME_NAME_RE = re.compile(
    r"time|date|publi|pub(?![a-z])|epoch|(?<![a-z])ts(?![a-z])|created|posted", re.IGNORECASE
)
_DATA_OTHER_TIME_RE = re.compile(
    r"updat|modif|edit|revis|expir|end|until|start|now|server|render|load|current|clock|cache|view",
    re.IGNORECASE,
)
_H1_RE = re.compile(r"<h1[\s>]", re.IGNORECASE)
# ten digits that are a day and an hour ("2019111905": YYYYMMDDHH), as
# sites write them in data-date, not Unix time
_DIGIT_HOUR_STAMP_RE = re.compile(
    r"(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?:[01]\d|2[0-3])"
)


_UNIX_TIME_SOURCE = "a Unix time in a data attribute"
# A timestamp with its UTC offset written out, as a page states its other
# times (article:modified_time, JSON-LD dateModified, <time datetime>):
# "2025-12-06T08:45:00+07:00". "Z" and "+00:00" say UTC.
_OFFSET_STAMP_RE = re.compile(
    r"\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?(Z|[+-]\d{2}:?\d{2})(?![\d:])"
)


def _unix_time_at_page_offset(page: ParsedPage, html: str) -> None:
    """A Unix time has no zone: its day is the one at the UTC offset the
    page's other timestamps all state (a site at +07:00 publishing at 06:00
    local is at 23:00 UTC the day before). With no stated offset, or offsets
    that disagree, the time stays in UTC."""
    from datetime import datetime, timedelta, timezone

    offsets = {
        "+00:00" if m.group(1) == "Z" else m.group(1) for m in _OFFSET_STAMP_RE.finditer(html)
    }
    if len(offsets) != 1 or not page.published:
        return
    (off,) = offsets
    sign = -1 if off[0] == "-" else 1
    digits = off[1:].replace(":", "")
    delta = timedelta(hours=int(digits[:2]), minutes=int(digits[2:]))
    if delta >= timedelta(hours=15):
        return  # no zone is that far from UTC: no offset
    try:
        when = datetime.fromisoformat(page.published)
    except ValueError:
        return
    page.published = when.astimezone(timezone(sign * delta)).isoformat()
    page.meta["published_offset_from"] = "the UTC offset the page's other timestamps state"


def _data_attribute_unix_time(html: str) -> str | None:
    """The Unix time a data attribute states for the article
    (_DATA_UNIX_TIME_RE), the first after the page's first <h1> (the
    headline's stamp; a teaser list above it has its own), or None."""
    h1 = _H1_RE.search(html)
    for m in _DATA_UNIX_TIME_RE.finditer(html, h1.start() if h1 else 0):
        name = m.group(1)
        if (
            _DATA_TIME_NAME_RE.search(name)
            and not _DATA_OTHER_TIME_RE.search(name)
            and not _DIGIT_HOUR_STAMP_RE.fullmatch(m.group(2))
        ):
            return m.group(2)
    return None


# Schema.org types whose articleBody is a news article's text (a
# LiveBlogPosting's is its liveBlogUpdate entries').
_ARTICLE_TYPE_RE = re.compile(r"(?:Article|BlogPosting|Report)$")
_WORD_RE = re.compile(r"\w+")
# A structured body is added only when this many characters of it, and at
# least half of it, are missing from the visible text (a teaser page).
STRUCTURED_BODY_MIN_HIDDEN = 200
_SHINGLE = 8


def _shingles(text: str) -> set[str]:
    t = "".join(_WORD_RE.findall(text.casefold()))
    return {t[i : i + _SHINGLE] for i in range(max(1, len(t) - _SHINGLE + 1))} if t else set()


# a structured date before the web is a CMS's empty value ("0001-01-01T00:00:00")
_WEB_FIRST_YEAR = 1991


def _jsonld_scripts(tree, needle: str):
    """The parsed data of each JSON-LD script of the page whose text holds
    ``needle`` (a script that is no valid JSON is passed over)."""
    for node in _each(tree.document.query_selector_all('script[type="application/ld+json"]')):
        raw = (node.text or "").strip()
        if needle not in raw:
            continue
        try:
            yield json.loads(raw, strict=False)
        except ValueError:
            continue


# how many values of one JSON-LD script a walk visits at most
_JSONLD_MAX_VISITS = 1000


def _json_objects(data, limit: int, keys: tuple[str, ...] | None = None, prune=None):
    """Each object of parsed JSON ``data``, in the order it is written, going
    into lists and into the values of ``keys`` (None: every value), at most
    ``limit`` items visited. The caller stops the walk going under an object
    by adding its ``id()`` to ``prune`` before the next object is asked for."""
    stack, seen = [data], 0
    while stack and seen < limit:
        seen += 1
        x = stack.pop()
        if isinstance(x, list):
            stack.extend(reversed(x))
        elif isinstance(x, dict):
            yield x
            if prune and id(x) in prune:
                continue
            if keys is None:
                stack.extend(v for v in reversed(x.values()) if isinstance(v, (dict, list)))
                continue
            for key in keys:
                if isinstance(x.get(key), (list, dict)):
                    stack.append(x[key])


def _jsonld_nodes(data, prune: set[int] | None = None):
    """Each object of a JSON-LD script's ``data``, in the order it is
    written, going into lists and into the keys that nest an article
    ("@graph", "mainEntity", "hasPart"); ``prune`` as for _json_objects."""
    return _json_objects(data, _JSONLD_MAX_VISITS, ("@graph", "mainEntity", "hasPart"), prune)


def _news_article(x: dict) -> bool:
    """Is this JSON-LD object typed as a news article (NewsArticle, Article,
    BlogPosting, ...)?"""
    kind = x.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return any(isinstance(k, str) and _ARTICLE_TYPE_RE.search(k) for k in kinds)


def _article_bodies(tree) -> list[tuple[str, str | None]]:
    """(articleBody, headline) of a page's JSON-LD news articles."""
    out: list[tuple[str, str | None]] = []
    for data in _jsonld_scripts(tree, "articleBody"):
        prune: set[int] = set()
        for x in _jsonld_nodes(data, prune):
            kind = x.get("@type")
            kinds = kind if isinstance(kind, list) else [kind]
            body = x.get("articleBody")
            updates = x.get("liveBlogUpdate")
            if "LiveBlogPosting" in kinds and isinstance(updates, list):
                # a live blog's entries, each a posting of its own: the
                # blog's text is theirs, in the order the page lists them
                parts = []
                for u in updates[:500]:
                    if isinstance(u, dict) and isinstance(u.get("articleBody"), str):
                        uh = u.get("headline")
                        if isinstance(uh, str) and uh.strip():
                            parts.append(uh.strip())
                        parts.append(u["articleBody"])
                if parts:
                    head = x.get("headline")
                    out.append(("\n".join(parts), head if isinstance(head, str) else None))
                    prune.add(id(x))
                    continue
            if isinstance(body, str) and body.strip() and _news_article(x):
                head = x.get("headline")
                out.append((body, head if isinstance(head, str) else None))
    return out


def _structured_published(tree) -> str | None:
    """The datePublished of the page's first JSON-LD news article, as written."""
    for data in _jsonld_scripts(tree, "datePublished"):
        for x in _jsonld_nodes(data):
            value = x.get("datePublished")
            if isinstance(value, str) and value.strip() and _news_article(x):
                return value.strip()[:200]
    return None


def _ld_author_names(value) -> list[str]:
    """The names a JSON-LD ``author`` value gives: a string, an object with
    a ``name``, or a list of either."""
    items = value if isinstance(value, list) else [value]
    names = []
    for a in items[:20]:
        name = a.get("name") if isinstance(a, dict) else a
        if isinstance(name, str) and name.strip():
            names.append(" ".join(name.split()))
    return names


def _other_articles_authors(tree, headlines: list[str | None]) -> list[str]:
    """The authors the page's JSON-LD gives only to news articles other than
    its own (a teaser's NewsArticle, with another headline), where one
    article's headline is the page's (its h1, og:title or <title>): those
    writers did not write this page. Names as written, [] if none."""
    shown = {" ".join(h.split()).casefold() for h in headlines if h and h.strip()}
    if not shown:
        return []
    own: set[str] = set()
    other: list[str] = []
    for data in _jsonld_scripts(tree, "author"):
        for x in _jsonld_nodes(data):
            head = x.get("headline")
            if not (_news_article(x) and isinstance(head, str) and "author" in x):
                continue
            head = " ".join(head.split()).casefold()
            names = _ld_author_names(x["author"])
            if head in shown or any(head in h for h in shown):
                own.update(n.casefold() for n in names)
            else:
                other.extend(names)
    if not own:
        return []
    return [n for n in dict.fromkeys(other) if n.casefold() not in own]


def _body_paragraphs(body: str) -> list[str]:
    if re.search(r"<(?:p|br|div|h[1-6])\b", body, re.IGNORECASE):
        body = html_to_text(body)  # a body given as markup
    body = html_lib.unescape(body)
    return [" ".join(p.split()) for p in re.split(r"\r?\n|\u2028|\u2029", body) if p.strip()]


# A page built by a JavaScript framework that renders in the browser (Next.js
# ``<script id="__NEXT_DATA__" type="application/json">``, and any other
# that ships its data as a JSON script) holds its article only in that data:
# the visible HTML is the shell (logo, menu, footer). The article there is
# the object with a headline and a long text under the names such CMSs
# give them; the keys tried, in order.
_PAGE_DATA_HEAD_KEYS = ("headline", "title")
_PAGE_DATA_BODY_KEYS = (
    "articleBody",
    "body",
    "content",
    "bodyHtml",
    "body_html",
    "contentHtml",
    "content_html",
    "html",
    "text",
    "content_elements",
    "blocks",
)
# its publication time under a CMS's own spelling (publishedAt,
# published_at, datePublished, publishDate, first_publish_date ...)
_PAGE_DATA_DATE_RE = re.compile(
    r"(?:date_?published|published_?(?:at|date|time|on)?|publish_?(?:ed_?)?(?:date|time|at)"
    r"|first_?publish(?:ed)?_?(?:date|at|time)|display_?date)",
    re.IGNORECASE,
)
_PAGE_DATA_MAX_NODES = 20000


def _page_data_text(value) -> str | None:
    """A body as the data gives it: a string (text or markup), or a list of
    blocks each holding its text (``[{"type": "paragraph", "text": ...}]``)."""
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        parts = []
        for item in value[:2000]:
            if isinstance(item, str):
                parts.append(item)
            elif isinstance(item, dict):
                t = next(
                    (item[k] for k in ("text", "content", "html") if isinstance(item.get(k), str)),
                    None,
                )
                if t:
                    parts.append(t)
        return "\n".join(parts) if parts else None
    return None


# Other frameworks (Vue/Nuxt stores, Redux, Apollo) ship the same data as a
# script that assigns it to a global: ``window.__INITIAL_STATE__ = {...};``,
# ``var __PRELOADED_STATE__ = JSON.parse("{...}")``. Only a right-hand side
# that is JSON as written is read (a JavaScript object literal is not).
_STATE_ASSIGNMENT_RE = re.compile(
    r"\s*(?:(?:window|self|globalThis)\s*\.\s*|(?:var|let|const)\s+)([A-Za-z_$][\w$]*)\s*=\s*"
    r"(JSON\.parse\(\s*)?"
)


def _state_assignment(script: str):
    """(name, parsed value) of a script that starts by assigning JSON to a
    global, else None."""
    m = _STATE_ASSIGNMENT_RE.match(script)
    if m is None:
        return None
    decoder = json.JSONDecoder(strict=False)
    try:
        value, _ = decoder.raw_decode(script, m.end())
        if m.group(2):  # JSON.parse("..."): the JSON is the string's content
            value = json.loads(value, strict=False) if isinstance(value, str) else None
    except ValueError:
        return None
    return (m.group(1), value) if isinstance(value, (dict, list)) else None


def _page_data_blobs(tree, html: str) -> list[tuple[Any, str]]:
    """(parsed data, its id or global's name) of each JSON data script and
    each inline script assigning JSON to a global, long enough to hold an
    article."""
    out = []
    if "application/json" in html:
        for node in _each(tree.document.query_selector_all('script[type="application/json"]')):
            raw = (node.text or "").strip()
            if len(raw) < STRUCTURED_BODY_MIN_HIDDEN:
                continue
            with contextlib.suppress(ValueError):
                out.append((json.loads(raw, strict=False), (node.getattr("id") or "").strip()))
    if "=" in html:
        for node in _each(tree.document.query_selector_all("script:not([src])")):
            raw = node.text or ""
            if len(raw) >= STRUCTURED_BODY_MIN_HIDDEN and (found := _state_assignment(raw)):
                name, data = found
                out.append((data, name))
    return out


def _page_data_articles(tree, html: str) -> list[tuple[str, str | None, str | None, str]]:
    """(body, headline, published as written, where) of each article object
    in the page's JSON data scripts and JSON state assignments (not JSON-LD,
    read apart)."""
    out = []
    for data, ident in _page_data_blobs(tree, html):
        where = f"the page's {ident} JSON" if ident else "the page's JSON data"
        articles: set[int] = set()
        for x in _json_objects(data, _PAGE_DATA_MAX_NODES, prune=articles):
            head = next((x[k] for k in _PAGE_DATA_HEAD_KEYS if isinstance(x.get(k), str)), None)
            body = None
            if head:
                for k in _PAGE_DATA_BODY_KEYS:
                    t = _page_data_text(x.get(k))
                    if t and len(t) >= STRUCTURED_BODY_MIN_HIDDEN:
                        body = t
                        break
            if body:
                when = next(
                    (
                        v.strip()[:200]
                        for k, v in x.items()
                        if isinstance(v, str) and v.strip() and _PAGE_DATA_DATE_RE.fullmatch(k)
                    ),
                    None,
                )
                out.append((body, head, when, where))
                articles.add(id(x))  # an article's own parts are no other article
    return out


def _hidden_structured_body(
    tree, visible: str, title: str = "", bodies_from: list | None = None
) -> list[str]:
    """A JSON-LD articleBody's paragraphs (or, given ``bodies_from``, those
    of another structured source's (body, headline) pairs), when the
    visible text lacks most of it (the page shows a teaser: a paywall, a
    script-rendered body); else nothing. Only the paragraphs the visible
    text lacks."""
    pairs = _article_bodies(tree) if bodies_from is None else bodies_from
    bodies = {body.strip(): head for body, head in pairs}
    if len(bodies) != 1:
        return []  # none, or a list of articles (a section front): not this page's
    ((body, head),) = bodies.items()
    paras = _body_paragraphs(body)
    total = sum(len(p) for p in paras)
    if total < STRUCTURED_BODY_MIN_HIDDEN:
        return []
    shown = _shingles(visible)
    if head and (hs := _shingles(head)) and len(hs & (shown | _shingles(title))) < 0.5 * len(hs):
        # neither the page nor its title shows the article's headline: the
        # structured data describes another page
        return []
    hidden = []
    for p in paras:
        sh = _shingles(p)
        if sh and len(sh & shown) < 0.5 * len(sh):
            hidden.append(p)
    size = sum(len(p) for p in hidden)
    if size < STRUCTURED_BODY_MIN_HIDDEN or 2 * size < total:
        return []
    return hidden


def _linked_heading(node, text: str) -> bool:
    """The heading is a link to another page: its whole text is one <a>
    ("<h3><a href=…>Other story</a></h3>") or it stands inside one (an
    inline teaser of another story, no subheading of this one)."""
    up = node.parent
    for _ in range(3):
        if up is None:
            break
        if up.tag == "a":
            return True
        up = up.parent
    return any(
        " ".join((a.text or "").split()) == text for a in _each(node.get_elements_by_tag_name("a"))
    )


# How many of a page's h2-h4 headings, and how long each, are kept in
# ``meta["subheadings"]`` (an article has a few; a section front lists many).
SUBHEADINGS_MAX = 60
SUBHEADING_MAX_CHARS = 200
# How many of a page's <figcaption> texts, and how long each, are kept in
# ``meta["figcaptions"]``.
FIGCAPTIONS_MAX = 60
FIGCAPTION_MAX_CHARS = 600


# A photo's caption the page does not mark as <figcaption>: the one text
# element right after a lone image in a container of its own, as WordPress's
# classic captions ("wp-caption") and galleries' items are set:
# "<div><img …><p>Caption</p></div>". Up to this many characters (a
# listicle's item holds a paragraph), kept in ``meta["image_captions"]``.
IMAGE_CAPTION_MAX_CHARS = 250
_IMAGE_TAGS = frozenset({"img", "amp-img", "picture"})
_IMAGE_WRAPPERS = frozenset({"a", "picture", "span"})
_CAPTION_BOXES = frozenset({"div", "figure", "li"})
_CAPTION_TAGS = frozenset({"p", "span", "div", "small"})


def _element_children(node, most: int = 2) -> list | None:
    """The element children of ``node``, up to one more than ``most`` (the
    walk stops there: a gallery's box of 4,000 images is asked once per
    image), or None when it holds loose text of its own (comments and blank
    text aside)."""
    from resiliparse.parse.html import NodeType

    kids = []
    child = node.first_child
    while child is not None and len(kids) <= most:
        if child.type == NodeType.TEXT:
            if (child.text or "").strip():
                return None
        elif child.type == NodeType.ELEMENT:
            kids.append(child)
        child = child.next
    return kids


def _lone_image(node, depth: int = 0) -> bool:
    """An image, or a link or <picture> wrapping one image and nothing else."""
    if node.tag in _IMAGE_TAGS:
        return True
    if depth >= 2 or node.tag not in _IMAGE_WRAPPERS:
        return False
    kids = _element_children(node)
    return kids is not None and len(kids) == 1 and _lone_image(kids[0], depth + 1)


def _image_captions(tree) -> list[str]:
    """The texts set as captions right after a lone image (see above)."""
    out: list[str] = []
    for img in _each(tree.document.query_selector_all("img, amp-img")):
        box = img
        for _ in range(2):  # over the link or <picture> around the image
            if box.parent is not None and box.parent.tag in _IMAGE_WRAPPERS:
                box = box.parent
        up = box.parent
        if up is None or up.tag not in _CAPTION_BOXES:
            continue
        kids = _element_children(up)
        if not kids or len(kids) != 2 or not _lone_image(kids[0]) or kids[1].tag not in _CAPTION_TAGS:
            continue
        cap = kids[1]
        text = " ".join((cap.text or "").split())
        if text and len(text) <= IMAGE_CAPTION_MAX_CHARS and cap.query_selector("img") is None:
            out.append(text)
            if len(out) >= FIGCAPTIONS_MAX:
                break
    return list(dict.fromkeys(out))


def _read_metadata(tree, page: ParsedPage) -> None:
    # the page's top-level headings, as shown: a print or mobile version's
    # <title> may name no article ("Print", the site's name) while its one
    # <h1> is the headline
    # (one walk of the page finds every heading level kept)
    # (and the photo captions the page marks as such, <figcaption>)
    headings = _each(tree.document.query_selector_all("h1, h2, h3, h4, figcaption"))
    h1 = [" ".join((node.text or "").split()) for node in headings if node.tag == "h1"]
    if h1:
        page.meta["h1"] = [t for t in h1[:3] if t]
    figcaptions = [
        text
        for node in headings
        if node.tag == "figcaption"
        and (text := " ".join((node.text or "").split()))
        and len(text) <= FIGCAPTION_MAX_CHARS
    ][:FIGCAPTIONS_MAX]
    if figcaptions:
        page.meta["figcaptions"] = figcaptions
    if image_captions := _image_captions(tree):
        page.meta["image_captions"] = image_captions
    # the lower headings (h2-h4), as shown: one between the main text's
    # paragraphs is the article's own subheading, also where the extractor
    # left it out of the main text (its fallback keeps paragraphs only)
    subheads = [
        text
        for node in headings
        if node.tag in ("h2", "h3", "h4")
        and (text := " ".join((node.text or "").split()))
        and len(text) <= SUBHEADING_MAX_CHARS
        and not _linked_heading(node, text)
    ][:SUBHEADINGS_MAX]
    if subheads:
        page.meta["subheadings"] = subheads
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
    if not page.sitename:
        # schema.org microdata or RDFa names the publisher in the body
        # (itemprop="publisher" … itemprop="name", property="publisher" …
        # property="name"), where no meta tag does
        node = tree.document.query_selector(_SCHEMA_PUBLISHER_NAME)
        if node is not None:
            name = " ".join((node.getattr("content") or node.text or "").split())
            if name:
                page.sitename = name
                page.meta["sitename_from"] = "the page's microdata (publisher's name)"
    page.author = metas.get(("name", "author"))
    if not page.author and (people := _schema_person_authors(tree)):
        # no meta author: the people schema.org microdata or RDFa names as
        # the article's authors (an Organization author credits no person)
        page.author = "; ".join(people)
        page.meta["author_from"] = "the page's microdata (author's name)"
    if others := _other_articles_authors(tree, [*page.meta.get("h1", []), og_title, title_tag]):
        # a teaser's or a video's JSON-LD beside the article's: an extractor
        # that reads every script takes their authors for the page's too
        page.meta["authors_of_other_articles"] = others
    if page.author and cms_account_name(page.author):
        # "admin": the CMS account that posted the page, no writer's name
        page.meta["author_rejected"] = page.author
        page.author = None
    for key in PUBLISHED_META:
        raw = metas.get((key[0], key[1].lower()))
        if raw:
            page.meta["published_raw"] = raw
            page.published = to_iso(raw)
            break
