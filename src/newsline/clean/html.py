"""HTML: trafilatura's main text and metadata, mapped onto the document's blocks.

``Document.text`` of an HTML page is its full visible text, one block element
per line (made by the reader). trafilatura decides which part is the
article; this module finds, for every block, whether its words are inside
trafilatura's main text (word 3-gram overlap, whitespace and case
normalised), and copies trafilatura's metadata (title, author, date, site
name) onto the document where the reader left them empty. The raw
trafilatura fields are kept in ``doc.meta["trafilatura"]``.

This module must never change ``Document.text`` nor raise on a bad page: a
page trafilatura cannot parse simply has no main-text prior.
"""

from __future__ import annotations

import contextlib
import re
import unicodedata
from collections.abc import Callable
from functools import cache
from typing import Any

from ..model import CAPTION_CREDIT_REASON, Document, Flag
from ..settings import CleanSettings

_TOKEN_RE = re.compile(r"\w+")
# Every ASCII character \w does not match (all but letters, digits and "_"),
# to a space.
_ASCII_NON_WORD = str.maketrans(
    {chr(c): " " for c in range(128) if not _TOKEN_RE.fullmatch(chr(c))}
)


# Invisible characters a page may hold inside its words: zero-width spaces
# some sites put between Thai, Khmer or Burmese words so lines can wrap, soft
# hyphens, zero-width joiners, word joiners, byte-order marks. trafilatura
# drops some of them from its main text; they are no \w, so the page's words
# would be cut at each one and fail to align with the main text's (a Thai
# article spaced so would be set aside whole as text after the article's
# end). Read as nothing on both sides.
_INVISIBLE_RE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")


def _tokens(text: str) -> list[str]:
    r"""The text's runs of \w, NFKC-normalised and case-folded, invisible
    characters (``_INVISIBLE_RE``) left out."""
    if text.isascii():
        # NFKC leaves ASCII as it is and casefold() is lower() there: the
        # same tokens as below, split out five times faster than the regex
        return text.lower().translate(_ASCII_NON_WORD).split()
    # substring scans: a third of the cost of one regex pass over a text
    # holding none (a generator over the six cost as much as the regex)
    if (
        "\u200b" in text
        or "\u00ad" in text
        or "\u200c" in text
        or "\u200d" in text
        or "\u2060" in text
        or "\ufeff" in text
    ):
        text = _INVISIBLE_RE.sub("", text)
    return _TOKEN_RE.findall(unicodedata.normalize("NFKC", text).casefold())


def _tokens_of_lines(text: str, seen: dict[str, list[str]]) -> list[str]:
    """``_tokens(text)``, tokenising each line once per ``seen``. The same
    tokens: a line break is no word character, and NFKC neither composes it
    with a neighbour nor decomposes it, so no token nor normal form spans
    one."""
    out: list[str] = []
    for line in text.split("\n"):
        toks = seen.get(line)
        if toks is None:
            toks = seen[line] = _tokens(line)
        out.extend(toks)
    return out


def _fallback_html_to_text(html: str) -> str:
    """Stand-in for the reader's html_to_text: visible text, one block element per line."""
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(html)
    for tag in ("script", "style", "noscript", "template", "svg", "iframe", "head"):
        for node in tree.css(tag):
            node.decompose()
    body = tree.body or tree.root
    if body is None:
        return ""
    block_tags = {
        "p",
        "div",
        "section",
        "article",
        "header",
        "footer",
        "nav",
        "aside",
        "main",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "li",
        "ul",
        "ol",
        "dl",
        "dt",
        "dd",
        "table",
        "tr",
        "td",
        "th",
        "blockquote",
        "pre",
        "figure",
        "figcaption",
        "form",
        "br",
        "hr",
        "address",
        "caption",
        "tbody",
        "thead",
        "tfoot",
        "title",
        "option",
        "label",
        "button",
    }
    out: list[str] = []

    def walk(node: Any) -> None:
        child = node.child
        while child is not None:
            tag = child.tag
            if tag == "-text":
                out.append(child.text_content or "")
            elif tag in block_tags:
                out.append("\n")
                walk(child)
                out.append("\n")
            elif tag not in ("-comment",):
                walk(child)
            child = child.next

    walk(body)
    lines = (" ".join(line.split()) for line in "".join(out).split("\n"))
    return "\n".join(line for line in lines if line)


@cache
def html_to_text_function() -> Callable[[str], str]:
    """The reader's html_to_text when available, else the local stand-in."""
    try:
        from ..readers.html import html_to_text  # type: ignore[import-not-found]

        return html_to_text
    except Exception:  # noqa: BLE001 - readers not built yet / optional
        return _fallback_html_to_text


# htmldate's structured sources only (markup, URL): its extensive search of
# the text guesses from copyright years ("2025" -> 2025-01-01) and costs a
# third of the extraction; a visible stamp in the text is read by newsline's
# own dates stage instead
_HTMLDATE_PARAMS = {"extensive_search": False, "original_date": True}


@cache
def _extractor_template(precision: bool, recall: bool, comments: bool, fast: bool) -> Any:
    """trafilatura's options for these settings, built once: bare_extraction
    otherwise builds them on every page, reading eight values out of
    trafilatura's ConfigParser (40 us). None where this trafilatura builds
    no such object (the keywords are passed then)."""
    try:
        from trafilatura.settings import Extractor

        return Extractor(
            output_format="python",
            fast=fast,
            precision=precision,
            recall=recall,
            comments=comments,
            with_metadata=True,
            date_params=dict(_HTMLDATE_PARAMS),
        )
    except (ImportError, TypeError):
        return None


@cache
def _slot_values(template: Any) -> tuple[tuple[str, Any], ...]:
    """The (name, value) of every slot set on ``template``, read once."""
    names = dict.fromkeys(
        name
        for klass in type(template).__mro__
        for name in getattr(klass, "__slots__", ())
        if name not in ("__dict__", "__weakref__")
    )
    unset = object()
    values = ((name, getattr(template, name, unset)) for name in names)
    return tuple((name, value) for name, value in values if value is not unset)


def shallow_copy(template: Any) -> Any:
    """What ``copy.copy(template)`` makes of a ``__slots__`` object that was
    never changed since (the same slots, bound to the same values), in a
    fifth of its time: copy.copy goes through copyreg's generic reduce,
    25 us for trafilatura's 27 options, paid on every page."""
    if hasattr(template, "__dict__") or hasattr(type(template), "__copy__"):
        from copy import copy

        return copy(template)
    opts = object.__new__(type(template))
    for name, value in _slot_values(template):
        setattr(opts, name, value)
    return opts


def _extractor(cfg: CleanSettings, url: str | None) -> Any:
    """A copy of the options for ``cfg`` (trafilatura copies them too), with
    the page's URL set as Extractor(url=...) sets it; None as above."""
    template = _extractor_template(
        bool(cfg.favor_precision),
        bool(cfg.favor_recall and not cfg.favor_precision),
        bool(cfg.include_comments),
        bool(cfg.trafilatura_fast),
    )
    if template is None:
        return None
    opts = shallow_copy(template)
    opts.url = url
    opts.source = url and url.encode("utf-8", "replace").decode("utf-8")
    return opts


def extract_main(
    html: str, cfg: CleanSettings, url: str | None = None, errors: list[str] | None = None
) -> dict[str, Any] | None:
    """trafilatura's main text and metadata as a dict, or None. When the
    extractor raises, None too, and the error ("ValueError: ...") is appended
    to ``errors`` so the caller can say so rather than fall back silently."""
    import trafilatura

    try:
        opts = _extractor(cfg, url)
        if opts is not None and (split := _metadata_apart(html, opts)) is not None:
            return split or None
        if opts is not None:
            res = trafilatura.bare_extraction(
                html, url=url, fast=cfg.trafilatura_fast, options=opts
            )
        else:
            res = trafilatura.bare_extraction(
                html,
                url=url,
                with_metadata=True,
                favor_precision=cfg.favor_precision,
                favor_recall=cfg.favor_recall and not cfg.favor_precision,
                include_comments=cfg.include_comments,
                fast=cfg.trafilatura_fast,
                date_extraction_params=dict(_HTMLDATE_PARAMS),
            )
    except Exception as e:  # noqa: BLE001 - a page trafilatura cannot read has no prior
        if errors is not None:
            errors.append(f"{type(e).__name__}: {e}")
        return None
    if not res:
        return None
    if not isinstance(res, dict):  # trafilatura >= 1.9 returns a Document object
        as_dict = getattr(res, "as_dict", None)
        res = (
            as_dict()
            if callable(as_dict)
            else {k: getattr(res, k, None) for k in ("text", "title", "author", "date", "sitename")}
        )
    return res


@cache
def _metadata_steps() -> dict[str, Any] | None:
    """The functions trafilatura's ``extract_metadata`` is made of (2.x), or
    None where this trafilatura has other ones (the whole call is made then)."""
    try:
        from trafilatura import metadata as tm
        from trafilatura.utils import load_html

        steps = {
            "load_html": load_html,
            "Document": tm.Document,
            **{
                name: getattr(tm, name)
                for name in (
                    "examine_meta",
                    "extract_meta_json",
                    "extract_title",
                    "check_authors",
                    "extract_author",
                    "extract_url",
                    "extract_domain",
                    "find_date",
                    "extract_sitename",
                    "META_URL",
                )
            },
        }
    except (ImportError, AttributeError):
        return None
    return steps


def page_metadata(tree: Any, opts: Any, steps: dict[str, Any]) -> Any:
    """What ``trafilatura.metadata.extract_metadata(tree, opts.url,
    opts.date_params, opts.fast, opts.author_blacklist)`` returns, the same
    steps in the same order, less its categories, tags and licence: three
    XPath scans of the whole page (a sixth of trafilatura's time on real news
    pages, 4 ms of 27) whose results newsline never reads. Reads the tree,
    changes nothing in it."""
    blacklist = opts.author_blacklist or set()
    date_config = {**opts.date_params}
    metadata = steps["examine_meta"](tree)
    if metadata.author and " " not in metadata.author:
        metadata.author = None
    # trafilatura's own guard: a bug in its JSON-LD reading leaves the meta tags' fields
    with contextlib.suppress(Exception):
        metadata = steps["extract_meta_json"](tree, metadata)
    if not metadata.title:
        metadata.title = steps["extract_title"](tree)
    if metadata.author and blacklist:
        metadata.author = steps["check_authors"](metadata.author, blacklist)
    if not metadata.author:
        metadata.author = steps["extract_author"](tree)
    if metadata.author and blacklist:
        metadata.author = steps["check_authors"](metadata.author, blacklist)
    if not metadata.url:
        metadata.url = steps["extract_url"](tree, opts.url)
    if metadata.url:
        metadata.hostname = steps["extract_domain"](metadata.url, fast=True)
    date_config["url"] = metadata.url
    metadata.date = steps["find_date"](tree, **date_config)
    if not metadata.sitename:
        metadata.sitename = steps["extract_sitename"](tree)
    if metadata.sitename:
        metadata.sitename = metadata.sitename.lstrip("@")
        name = metadata.sitename
        if name and "." not in name and not name[0].isupper():
            metadata.sitename = name.title()
    elif metadata.url:
        mymatch = steps["META_URL"].match(metadata.url)
        if mymatch:
            metadata.sitename = mymatch[1]
    metadata.filedate = date_config.get("max_date")
    metadata.clean_and_trim()
    return metadata


def _metadata_apart(html: str, opts: Any) -> dict[str, Any] | None:
    """``bare_extraction(html, options=opts)`` with metadata, as a dict ({}
    where it finds nothing), its metadata read by ``page_metadata``; None
    where that cannot be done here (the caller makes the whole call).

    bare_extraction parses the page, reads its metadata off the tree, then
    extracts the main text from it; here the page is parsed the same way
    (its own load_html, its size limit), the metadata read, and the tree
    handed to bare_extraction without metadata (it copies a tree it is
    given, 0.5 ms against 2 ms for parsing again). The page's address the
    extraction would get from the metadata only serves links and images,
    which newsline's options leave out."""
    steps = _metadata_steps()
    if (
        steps is None
        or not opts.with_metadata
        or opts.url_blacklist
        or opts.only_with_metadata
        or opts.links
        or opts.images
    ):
        return None
    import trafilatura

    tree = steps["load_html"](html, opts.max_file_size)
    if tree is None:
        return {}
    metadata = page_metadata(tree, opts, steps)
    opts.with_metadata = False
    res = trafilatura.bare_extraction(tree, url=opts.url, fast=opts.fast, options=opts)
    if res is None:
        return {}
    for slot in ("text", "comments", "commentsbody", "raw_text", "body", "language"):
        setattr(metadata, slot, getattr(res, slot, None))
    return metadata.as_dict()


def main_text_membership(doc: Document, main_text: str, cfg: CleanSettings) -> list[bool]:
    """For each block: is it inside trafilatura's main text?

    The page's words and the main text's words are aligned in order
    (difflib), so a headline repeated in a menu does not count as the
    article's copy; a block is inside when at least
    ``cfg.main_text_min_overlap`` of its words align.
    """
    # trafilatura's lines are mostly the page's own lines again: each
    # distinct line is tokenised once
    seen: dict[str, list[str]] = {}
    owner: list[int] = []
    page: list[str] = []
    sizes: list[int] = []
    for bi, b in enumerate(doc.blocks):
        toks = _tokens_of_lines(doc.text[b.start : b.end], seen)
        page.extend(toks)
        owner.extend([bi] * len(toks))
        sizes.append(len(toks))
    mt = _tokens_of_lines(main_text, seen)
    matched = [0] * len(doc.blocks)
    for a, _b, size in _matching_blocks(page, mt):
        if size < 2 and len(mt) > 1:
            continue  # a lone shared word is chance, not alignment
        for k in range(a, a + size):
            matched[owner[k]] += 1
    return [n > 0 and m / n >= cfg.main_text_min_overlap for n, m in zip(sizes, matched)]


# Joins tokens (runs of \w, which never hold it) so that a run of whole
# tokens is a substring.
_SEP = "\x01"


def _matching_blocks(page: list[str], mt: list[str]) -> list[tuple[int, int, int]]:
    """difflib's matching blocks of ``page`` and ``mt`` (no junk, no autojunk).

    When the main text is one unbroken run of the page's tokens (trafilatura
    kept every word of the article in order, as on most pages), that run's
    first occurrence is the one block difflib finds: the longest block
    possible, earliest in the page. Found by a substring search instead of
    difflib's quadratic scan; otherwise difflib decides.
    """
    from difflib import SequenceMatcher

    if mt and len(mt) <= len(page):
        hay = _SEP + _SEP.join(page) + _SEP
        at = hay.find(_SEP + _SEP.join(mt) + _SEP)
        if at >= 0:
            # tokens before the run: one separator each, the first one's included
            return [(hay.count(_SEP, 0, at), 0, len(mt))]
    sm = SequenceMatcher(None, page, mt, autojunk=False)
    return [tuple(m) for m in sm.get_matching_blocks()]


_OPENING = {"(": ")", "（": "）", "[": "]", "【": "】", "「": "」", "『": "』"}
# a note in brackets closing a byline: "(theo Reuters)", "(con agencias)"
TRAILING_NOTE_RE = re.compile(r"\s*[(（][^()（）]*[)）]$")
_HANGUL_NAME_RE = re.compile(r"[\uac00-\ud7a3]{2,4}")
# a space, a word of up to five letters and a space: where "on", "el", "le",
# "em", "vào" may stand between a writer's name and the publish date
_WORD_BEFORE_STAMP_RE = re.compile(r"\s(?=(\w{1,5})\s)")
# a byline is short: what follows this many characters is no stamp of its
_BYLINE_SCAN_CHARS = 200
_NAME_SEPARATOR_RE = re.compile(r"\s+[-–—·•]\s+|,\s+")
_STAMP_SEPARATOR_RE = re.compile(r"\s*[|·•｜]\s*|\s+[-–—]\s+|,\s+|\s+(?=\d)")


@cache
def _role_words(lang: str | None) -> re.Pattern[str]:
    """A newsroom role of the page's language or English, as a whole word
    ("health correspondent", "corresponsal en bruselas", "本报记者")."""
    from .cues import BIO_ROLES, CUES

    words = {
        w.casefold()
        for lg in dict.fromkeys([lang or "en", "en"])
        for w in [*BIO_ROLES.get(lg, []), *CUES.get(lg, {}).get("byline", [])]
        if not w.casefold().endswith((" by", " por", " par"))
        and w.casefold() not in ("by", "por", "par", "bài", "文", "โดย")
    }
    # words of a script written without spaces (Han, Thai) match anywhere
    unspaced = {w for w in words if re.search(r"[\u0e00-\u0e7f\u3400-\u9fff]", w)}

    def alt(ws: set[str]) -> str:
        return "|".join(map(re.escape, sorted(ws, key=len, reverse=True))) or "(?!)"

    return re.compile(rf"(?<![^\W\d_])(?:{alt(words - unspaced)})(?![^\W\d_])|{alt(unspaced)}")


# the photos field joined to the writer's ("文・写真", "文/图"):
# what follows a writer's cue before the name
_AND_PHOTOS_RE = re.compile(
    r"^[・/／]?\s*(?:写真|撮影|图|圖|攝影|摄影)(?=[\s\u3000:：/／])[\s:：/／]*"
)


def author_name(raw: str, lang: str | None) -> str | None:
    """The writer's name(s) in a byline an extractor copied whole.

    trafilatura strips an English "By" but keeps "Por Ana Ruiz" and turns
    "Par Claire Dupont, envoyée spéciale à Pau" into "Par Claire Dupont;
    Envoyée Spéciale À Pau". A byline cue of the page's language (or
    English) opening a part is dropped; a later part that opens with one is
    the writer's role, not another writer, and is dropped whole.
    """
    from ..wordseg import fold_traditional
    from .cues import CUES
    from .features import byline_among_stamps, date_alone, stamp_fields

    # folded as the part is: the Japanese table writes "記者", which a
    # folded part spells "记者"
    cues = sorted(
        {
            fold_traditional(c)
            for lg in dict.fromkeys([lang or "en", "en"])
            for c in CUES.get(lg, {}).get("byline", [])
        },
        key=len,
        reverse=True,
    )
    from .cues import CREDIT_FIELD_LABELS

    fields = sorted(
        {
            fold_traditional(c)
            for lg in dict.fromkeys([lang or "en", "en"])
            for c in CREDIT_FIELD_LABELS.get(lg, [])
        },
        key=len,
        reverse=True,
    )

    def cue_at_start(part: str) -> str | None:
        # Traditional Chinese written Simplified, as the cue tables are
        # ("記者" is "记者"); same length, so offsets hold
        low = fold_traditional(part.casefold())
        for c in cues:
            if low.startswith(c) and (
                len(low) == len(c)
                or not low[len(c)].isalnum()
                # a cue of two Han characters or more needs no space after
                # it ("記者林雅婷"); one alone may start a name ("文静")
                or (len(c) >= 2 and not c[-1].isascii())
            ):
                return c
        # a credit line's field label before its colon or slash ("เรื่อง:
        # …", "Texto: …", "撰文/…"): the writer's field
        # (a French colon has a space before it: "Texte : …")
        for c in fields:
            if low.startswith(c) and (
                low[len(c) : len(c) + 1] in ("/", "／") or low[len(c) :].lstrip()[:1] in (":", "：")
            ):
                return c
        return None

    names: list[str] = []
    name_then_role = False  # the first writer signs name, then role
    # a signature's dash ("— Karen Holt", as live blogs sign their posts) is
    # no part of the name, nor brackets round the whole byline ("（記者
    # 陳嘉欣）", "[Phóng viên: Lan Anh]")
    # ... nor a footnote mark after the name, pointing to the writer's note
    # at the end ("Por Adriana Ferreyra*")
    raw = raw.strip().rstrip("*†‡").rstrip() or raw.strip()
    if raw[:1] in _OPENING and raw[-1:] == _OPENING[raw[0]]:
        raw = raw[1:-1]
    # the stamp before the byline: "Thứ Bảy, 14/06/2026 10:15 | Phóng viên
    # Minh Anh | 1.234 lượt xem"
    if (field := byline_among_stamps(raw)) and cue_at_start(field):
        raw = field
    # "文/张伟 图/李娜", "เรื่อง: … / ภาพ: …", "By Ana Ruiz | Photos: Tom Lee":
    # the photographer's field after the writer's names no writer
    raw = _before_photo_credit(raw, lang, cue_at_start(raw))
    for i, part in enumerate(p.strip().lstrip("-–—― ").strip() for p in raw.split(";")):
        if not part:
            continue
        # the bureau before the writer: "中部支社　佐藤花子", or joined to the
        # name by a middle dot ("文化部・堀川 咲記者")
        head, dot, tail = part.partition("・")
        if dot and tail.strip() and _ends_with_bureau(head.strip()):
            part = tail.strip()
        words = part.split()
        if len(words) >= 2 and _ends_with_bureau(words[0]):
            part = " ".join(words[1:])
        cue = cue_at_start(part)
        role = _role_words(lang).search(part.casefold()) if cue is None else None
        if (
            # a later writer signed as the first was ("김민수 기자; 이지현
            # 기자"): another writer, not the first one's role
            (i == 0 or name_then_role)
            and role is not None
            and role.start() > 0
            and not _NAME_SEPARATOR_RE.search(part[: role.start()])
            and len(part) == len(part.casefold())
            and _nothing_of_the_name_after(part[: role.start()], part[role.end() :])
        ):
            name_then_role = True
            # the name, then the role, as Korean and Japanese sign ("김민수 기자
            # minsu@…", "山田太郎記者"): an e-mail address after the role is
            # no part of the name, nor the bar or slash before the role
            # ("Carla Méndez / Redacción")
            part = part[: role.start()].strip().rstrip(" /／|｜·•-–—,:：").strip()
        elif cue is None and (i > 0 or role is not None):
            # "Karen Whitfield; Health Correspondent", "Karen Whitfield,
            # Health Correspondent": the writer's role is no writer
            head = _NAME_SEPARATOR_RE.split(part, maxsplit=1)
            if i == 0 and len(head) == 2 and _role_words(lang).search(head[1].casefold()):
                part = head[0].strip()
            elif i > 0 and _role_words(lang).search(part.casefold()):
                continue
            elif i > 0 and _stamp_label(part, cues_lang=lang):
                # "रिपोर्ट: अमित शर्मा | अपडेटेड: 12 मार्च 2026" copied as
                # "… शर्मा; अपडेटेड": the stamp's label is no writer
                continue
        if cue is None:
            names.append(part)
        elif i == 0:
            rest = part[len(cue) :].lstrip(" :：-–—/／")
            # "文・写真　高橋 誠": the writer took the photos too
            rest = _AND_PHOTOS_RE.sub("", rest, count=1)
            # "Written by Hannah Brooks on May 14, 2024", "Por Ana Ruiz el 5
            # de marzo de 2024": a short lower-case word, then the stamp
            # (right after the name, no figure before it: in "Julien
            # Marchand - 14 juin 2026" the month is no such word)
            for sep in _WORD_BEFORE_STAMP_RE.finditer(rest[:_BYLINE_SCAN_CHARS]):
                if (
                    sep.group(1).isalpha()
                    and sep.group(1).islower()
                    and rest[: sep.start()][-1:].isalpha()
                    and not any(ch.isdigit() for ch in rest[: sep.start()])
                    and date_alone(rest[sep.end() :])
                ):
                    rest = rest[: sep.start()]
                    break
            # "Bài: Trần Văn Hùng · 14/06/2026 · 2.345 lượt xem": the publish
            # stamp and counters after the name (before the slashes of its
            # date split it)
            for sep in _STAMP_SEPARATOR_RE.finditer(rest):
                if stamp_fields(rest[sep.end() :]):
                    rest = rest[: sep.start()]
                    break
            # "記者林雅婷／台中報導", "Por Ana Ruiz / Agencia X": the name,
            # then a place or an agency after a slash or a bar
            rest = re.split(r"\s*[/／|｜]\s*", rest, maxsplit=1)[0].strip()
            # "Par Hélène Gaubert (Bordeaux, correspondante)": a note on the
            # writer's place or role closes the byline
            rest = TRAILING_NOTE_RE.sub("", rest) or rest
            # "Par Julien Marchand - 14 juin 2026 à 18:05": the publish
            # stamp after the name
            if (sep := _NAME_SEPARATOR_RE.search(rest)) and date_alone(rest[sep.end() :]):
                rest = rest[: sep.start()]
            if len(rest) == 1 and not rest.isascii():
                names.append(part)  # "记者站": one character is no name
            elif rest:
                names.append(rest)
    # "김민수·이지은 기자": Korean writers joined by a middle dot (in Chinese
    # the dot joins the parts of one foreign name: "约翰·史密斯")
    names = [q for n in names for q in (n.split("·") if _HANGUL_NAMES_RE.fullmatch(n) else [n])]
    # "By Daniel Okafor, Reuters": the agency the writer files for is no
    # part of the name
    names = [_name_without_agency(n) for n in names]
    return "; ".join(names) or raw.strip() or None


_HAN_NAMES_SPACED_RE = re.compile(r"[\u4e00-\u9fff]{2,4}(?:[ \u3000]+[\u4e00-\u9fff]{2,4})+")
_HANGUL_NAMES_RE = re.compile(r"[\uac00-\ud7a3]{2,4}(?:·[\uac00-\ud7a3]{2,4})+")
# what joins two writers, so that a photo credit after it is no field of the
# writer's credit ("Bài và ảnh", "Text and photos")
_CONJUNCTIONS = frozenset(("and", "&", "và", "y", "e", "et", "und", "dan", "และ", "和", "与", "及"))


@cache
def _photo_credit_re(lang: str | None) -> re.Pattern[str]:
    """A photo or image credit's label as a field of a credit line: after a
    space, a slash, a bar or a semicolon, before a slash, a colon or a
    semicolon ("图/", " ภาพ:", "| Photos:"), from the caption cue tables."""
    from .cues import CUES

    words = {
        w.casefold()
        for lg in dict.fromkeys([lang or "en", "en"])
        for w in CUES.get(lg, {}).get("caption", [])
        if len(w) <= 20
    }
    alts = "|".join(sorted(map(re.escape, words), key=len, reverse=True)) or "(?!)"
    return re.compile(rf"(?:(?<=\s)|(?<=[/／|｜;·•]))(?:{alts})\s*[/／:：;]", re.IGNORECASE)


_FIELD_END_RE = re.compile(r"(?:\s+[-–—]+|(?<=[^\W\d_]{2})\.)$")


def _before_photo_credit(raw: str, lang: str | None, cue: str | None) -> str:
    """``raw`` up to a photo credit's field that follows the writer's, with
    the separator before it; ``raw`` itself when it has none. The byline's
    own cue ("bài và ảnh") is no photo credit."""
    start = len(cue) if cue else 0
    for m in _photo_credit_re(lang).finditer(raw, start):
        before = raw[: m.start()].rstrip(" /／|｜;·•")
        # "Tin: Lê Thu Hà - Ảnh: …", "Автор: Иван Петров. Фото: …": a dash
        # between spaces or a full stop ends the writer's field too (not an
        # initial's dot: "Ana M. / Fotos")
        before = _FIELD_END_RE.sub("", before)
        words = before.split()
        if not before[start:].strip() or (words and words[-1].casefold() in _CONJUNCTIONS):
            continue
        return before
    return raw


def _stamp_label(part: str, cues_lang: str | None) -> bool:
    """A part of a byline that is a publish stamp's label, alone or before
    its date ("Updated", "अपडेटेड", "Güncelleme: 12.03.2026")."""
    from .cues import CUES
    from .features import date_alone, fold_line

    low = fold_line(part).strip(" :：|")
    for lg in dict.fromkeys([cues_lang or "en", "en"]):
        for c in CUES.get(lg, {}).get("published", []):
            if low == c or (
                low.startswith(c)
                and not low[len(c) : len(c) + 1].isalnum()
                and date_alone(part.strip()[len(c) :].lstrip(" :："))
            ):
                return True
    return False


def restore_trailing_marks(name: str, text: str) -> str:
    """trafilatura trims what is no letter or digit from the end of an
    author's name, and a Brahmic script's closing vowel sign is a mark
    ("अमित शर्मा" became "अमित शर्म"): each name gets back the combining
    marks the page writes right after it, where the page has the name so."""
    out = []
    for part in name.split("; "):
        fixed = part
        k = text.find(part) if part else -1
        while k >= 0:
            e = j = k + len(part)
            while j < len(text) and unicodedata.category(text[j])[0] == "M":
                j += 1
            if (k == 0 or not text[k - 1].isalnum()) and (j == len(text) or not text[j].isalnum()):
                fixed = text[k:j] if j > e else part
                break
            k = text.find(part, k + 1)
        out.append(fixed)
    return "; ".join(out)


@cache
def _bureau_suffixes() -> tuple[str, ...]:
    from .cues import BUREAU_SUFFIXES
    from .features import fold_line

    return tuple(fold_line(w) for ws in BUREAU_SUFFIXES.values() for w in ws)


def _ends_with_bureau(word: str) -> bool:
    from .features import fold_line

    return fold_line(word).endswith(_bureau_suffixes())


def _nothing_of_the_name_after(name: str, after: str) -> bool:
    """Is ``after`` (what follows a role word) empty, a way to write to the
    writer, or in another script than ``name`` ("김민수 기자 minsu@…", which
    extractors also turn into "Minsu Example")? Not when a name of the same
    script follows ("本报记者 王晓明", "Staff Reporter John Smith")."""
    from ..contacts import find_contact
    from ..langid.scripts import char_script

    after = after.strip(" ()[]<>（）|·-–—,")
    if not after or find_contact(after) == after:
        return True
    first = next((c for c in name if c.isalpha()), "")
    return bool(first) and all(char_script(c) != char_script(first) for c in after if c.isalpha())


def _sentence_like(part: str) -> bool:
    """A phrase, not a name: two lower-case words or more in a cased script
    (the particles of names aside: "de", "van", "bin")."""
    from .features import _NAME_PARTICLES

    lower = [
        w
        for w in part.split()
        if w[:1].isalpha() and w[:1].islower() and w.casefold() not in _NAME_PARTICLES
    ]
    return len(lower) >= 2


@cache
def _not_writer_credits() -> tuple[str, ...]:
    """Byline openings that name no writer: editors' credits and desks."""
    from . import cues
    from .features import fold_line

    tables = (cues.EDITOR_CREDITS, cues.BYLINE_DESKS)
    return tuple(
        sorted(
            {fold_line(c) for t in tables for ws in t.values() for c in ws}, key=len, reverse=True
        )
    )


@cache
def _wire_reporter_cues() -> tuple[str, ...]:
    from .cues import WIRE_REPORTER_CREDITS
    from .features import fold_line

    cues = {fold_line(c) for cs in WIRE_REPORTER_CREDITS.values() for c in cs}
    return tuple(sorted(cues, key=len, reverse=True))


def _reporter_fields(text: str) -> list[str]:
    """The names of a wire credit line's reporting and writing fields
    ("Reporting by Ana Ruiz and Tom Lee; Editing by …" gives "Ana Ruiz and
    Tom Lee"); none when the line opens on another field."""
    from .features import fold_line

    fields = []
    for i, field in enumerate(text.strip().strip("()（）[]").split(";")):
        field = field.strip()
        low = fold_line(field)
        cue = next(
            (
                c
                for c in _wire_reporter_cues()
                if low.startswith(c) and low[len(c) : len(c) + 1] in ("", " ", ":")
            ),
            None,
        )
        if cue is None:
            if i == 0:
                return []
            continue
        # "Reporting by Lucy Craymer in Wellington": the reporter's city;
        # each reporter may name one ("Anna Kowalczyk in Vilnius and Lee
        # Tran in Tallinn"): the city goes, the next reporter stays
        names = _REPORTER_PLACE_RE.sub("", field[len(cue) :].lstrip(" :"))
        fields.append(names.strip())
    return [f for f in fields if f]


# the word before the city a wire reporter files from, then the city, up to
# the next reporter ("… and Lee Tran", "…, Tom Lee") or the field's end
_REPORTER_PLACE_RE = re.compile(
    r"(?<!\s)\s+(?:in|from|en|desde|à|depuis|em|aus)\s+[^\W\d_].*?"
    r"(?=\s+(?:and|y|et|e|und)\s+[^\W\d_]|\s*,\s*[^\W\d_]|\s*$)"
)


def wire_reporters(doc: Document, cfg: CleanSettings) -> str | None:
    """The reporters a wire story's credit line names ("Reporting by Tom
    Avery; Editing by …"): the story's writers, over a local poster's line
    ("Posted by …, Business Editor") or what an extractor took for the
    author."""
    return byline_author(doc, cfg, reporters_only=True)


# what sets a stamp line's fields apart: a bar or a middle dot between spaces
_STAMP_FIELD_SEP_RE = re.compile(r"\s+[|｜·•]\s+|\s*｜\s*")


def byline_author(doc: Document, cfg: CleanSettings, reporters_only: bool = False) -> str | None:
    """The writer a classified page names in its first byline block that
    names one: not an author's bio, not an editor's or proofreader's credit
    ("责任编辑：…", "Edited by …"), not a desk ("Por Redacción"); the name as
    :func:`author_name` reads it, if it looks like a person's name. With
    ``reporters_only``, only a wire credit's reporters (:func:`wire_reporters`)."""
    from ..model import (
        AUTHOR_BIO_REASON,
        CAPS_SIGNOFF_REASON,
        CREDIT_FIELDS_REASON,
        NAME_ONLY_REASON,
        PLACE_WRITER_REASON,
    )
    from ..readers.html import cms_account_name
    from .features import (
        FORUM_MEMBER_REASON,
        NAME_AND_PLACE_REASON,
        NAME_JOINERS_RE,
        NAME_PLACE_SEP_RE,
        caseless_name,
        cut_counter,
        fold_line,
        line_features,
        looks_like_name,
    )

    skip = _not_writer_credits()

    def named(text: str, lang: str | None, cued: bool = False, team: bool = False) -> str | None:
        # "Hải Yến (Theo Kyodo, NHK)", "Ana Ruiz (con información de EFE,
        # AP)": the writer before a closing note on where the story came
        # from, read without it (its commas separate no writers)
        if (m := TRAILING_NOTE_RE.search(text.strip())) and m.start() > 0:
            if name := named(text.strip()[: m.start()], lang, cued, team):
                return name
        low = fold_line(text).lstrip(" ([{（【「『-–—•*")
        if low.startswith(skip):
            # "本报特约记者 王晓峰", "Nhóm phóng viên: Lan Anh - Quốc Huy": a
            # desk, then a role or a colon, then the writers
            after = _names_after_desk(text, lang)
            return named(after, lang, cued=True, team=True) if after else None
        name = author_name(text, lang)
        parts = [p.strip() for p in (name or "").split(";") if p.strip()]

        def ok(p: str) -> bool:
            # a Korean name is one word of two to four syllables ("김민수"),
            # named by the byline's role after it; after a byline's cue, a
            # name in a script with no capitals ("रिपोर्ट: अमित शर्मा",
            # "خبرنگار: مریم احمدی") is two to four words of letters
            return (
                looks_like_name(line_features(0, p), cfg.byline_max_words, cfg.byline_max_chars)
                or bool(_HANGUL_NAME_RE.fullmatch(p))
                or (cued and caseless_name(p))
            )

        # "Thu Hằng - Trung tâm VH-TT&TT huyện": the name before what the
        # writer works for
        # (but "Ana María López, Luis Gil y Eva Mora" is three writers, too
        # long for one name: each piece a name keeps the list whole)
        def writers(p: str) -> bool:
            pieces = [q.strip() for q in NAME_JOINERS_RE.split(p)]
            return len(pieces) > 1 and all(ok(q) for q in pieces)

        parts = [
            p if ok(p) or writers(p) else _NAME_SEPARATOR_RE.split(p, maxsplit=1)[0].strip()
            for p in parts
        ]

        # "Nhóm phóng viên: Lan Anh - Quốc Huy": a team's writers set off by
        # dashes, each a name (elsewhere a dash sets off a place or an
        # employer: "Ana Ruiz - Madrid")
        def dashed_names(p: str) -> list[str]:
            pieces = [x.strip() for x in _DASH_RE.split(p)]
            if len(pieces) > 1 and all(
                ok(x) and not _role_words(lang).search(x.casefold()) for x in pieces
            ):
                return pieces
            return [p]

        if team:
            parts = [q for p in parts for q in dashed_names(p)]
        # "Minh Châu (theo Reuters)", "Ana Ruiz (con agencias)": the note
        # after the name on where the story came from
        parts = [
            q if not ok(p) and ok(q := TRAILING_NOTE_RE.sub("", p).strip()) else p for p in parts
        ]
        # two writers: "Priya Raman and Tom Okafor", "张三、李四" (but "José
        # Ortega y Gasset" is one)
        split = [q.strip() for p in parts for q in NAME_JOINERS_RE.split(p) if q.strip()]
        # ... but a piece naming a role is the writer's title, no second
        # writer ("Helen Marsh, Local Democracy Reporter")
        split = [q for q in split if not _role_words(lang).search(q.casefold())] or split
        # "记者 王磊 李娜": Chinese writers set apart by spaces, each name two
        # to four Han characters (Japanese puts a space inside one name)
        if (lang or "").startswith("zh"):
            split = [
                w for q in split for w in (q.split() if _HAN_NAMES_SPACED_RE.fullmatch(q) else [q])
            ]
        if all(ok(q) for q in split):
            parts = split
        if parts and all(
            not fold_line(p).startswith(skip) and ok(p) and not cms_account_name(p) for p in parts
        ):
            return "; ".join(parts)
        return None

    if reporters_only:
        for b in doc.blocks:
            if b.label != "byline":
                continue
            lang = b.lang or doc.lang
            names = [named(f, lang, cued=True) for f in _reporter_fields(b.text_of(doc))]
            if names and all(names):
                return "; ".join(names)
        return None
    for b in doc.blocks:
        if b.label != "byline" or any(r.startswith(AUTHOR_BIO_REASON) for r in b.reasons):
            continue
        if doc.html and b.reasons and b.reasons[0].startswith(NAME_ONLY_REASON):
            # on a web page a capitalised line alone by the article is as
            # often a link ("Our Team", "Subscriber Services") as a writer:
            # only a byline that says so names the author there
            continue
        if b.reasons and b.reasons[0].startswith(PLACE_WRITER_REASON):
            # "دبي - أحمد العلي": the writer after the place and its dash
            who = re.split(r"\s+[-–—]\s+", b.text_of(doc).strip(), maxsplit=1)[-1].strip()
            # ... unless a desk signs ("خبرگزاری شهر - گروه اجتماعی")
            if fold_line(who).startswith(skip):
                continue
            return who
        if b.reasons and b.reasons[0].startswith(NAME_AND_PLACE_REASON):
            # "Lucía Martín | Zaragoza": the writer before the bar
            return NAME_PLACE_SEP_RE.split(b.text_of(doc).strip(), maxsplit=1)[0].strip()
        if b.reasons and b.reasons[0].startswith(FORUM_MEMBER_REASON):
            # "สมาชิกหมายเลข 4567890": the poster is known by the number alone
            return b.text_of(doc).strip()
        if b.reasons and b.reasons[0].startswith(CAPS_SIGNOFF_REASON):
            # "NGỌC TRÂM - THANH LONG": each writer, as names are written
            return "; ".join(p.title() for p in _DASH_RE.split(b.text_of(doc).strip()))
        cued = bool(b.reasons) and b.reasons[0].startswith("byline: ")
        if name := named(b.text_of(doc).strip(), b.lang or doc.lang, cued):
            return name
    # a credit line labelled a caption for the photographer's field at its
    # end: "เรื่อง: กมลชนก ศรีสุข / ภาพ: …", "文/张伟 图/李娜" (the writer's
    # field first)
    for b in doc.blocks:
        if not (
            b.label == "caption" and b.reasons and b.reasons[0].startswith(CAPTION_CREDIT_REASON)
        ):
            continue
        text = b.text_of(doc).strip()
        lang = b.lang or doc.lang
        if _opens_with_writer_field(text, lang) and (name := named(text, lang, cued=True)):
            return name
    # a blog's stamp names the writer after the date: "Posted on May 2,
    # 2026 by Rachel Dunmore · 7 min read"; a line of credits names the
    # writer in one of its fields: "Penulis: Rizky Pratama | Editor: …"
    for b in doc.blocks:
        if b.label != "metadata" and not (
            b.label == "attribution" and b.reasons and b.reasons[0].startswith(CREDIT_FIELDS_REASON)
        ):
            continue
        text = b.text_of(doc)
        # "박지훈 기자 | 승인 2025.10.01 01:10", "By Ana Ruiz · 3 min read": the
        # stamp line opens with a byline field, its cue before or after the
        # name, set off from the stamp by a bar or a dot
        lead = _STAMP_FIELD_SEP_RE.split(text[:_BYLINE_SCAN_CHARS].strip(), maxsplit=1)
        if (
            len(lead) > 1
            and line_features(0, lead[0]).cues_of("byline")
            and (name := named(lead[0], b.lang or doc.lang, cued=True))
        ):
            return name
        # "2024年04月02日 08:10 | 本报特约记者 王晓峰": a desk's writer as a
        # field of the stamp line
        for field in re.split(r"\s*[|｜]\s*", text[:_BYLINE_SCAN_CHARS])[1:]:
            if (after := _names_after_desk(field, b.lang or doc.lang)) and (
                name := named(after, b.lang or doc.lang, cued=True, team=True)
            ):
                return name
        for m in _byline_inside_re(b.lang or doc.lang).finditer(text):
            start = m.start(next(k for k in (1, 2, 3) if m.group(k)))
            # the field ends at a bar, a dot, an ideographic space or a run
            # of spaces ("作者：王晓明　编辑：李华")
            part = re.split(r"\s*[·•|｜]\s*|　|\s{2,}", text[start:], maxsplit=1)[0]
            # ... or at a counter after a single space ("作者：王晓明 阅读：1234")
            part = cut_counter(part)
            if name := named(part, b.lang or doc.lang):
                return name
    return _bold_signature(doc, named) or _lead_byline(doc, named)


def _lead_byline(doc: Document, named: Callable[..., str | None]) -> str | None:
    """The writer a byline names where it opens the first paragraph, set off
    from the lede by a dash: "By Aisling Byrne — A colony of harbour seals
    …", "Por Ana Ruiz – El ayuntamiento …" (a dateline, "LAGOS — …", has no
    byline's cue)."""
    from .features import fold_line, line_features

    first = next((b for b in doc.blocks if b.label == "body"), None)
    if first is None:
        return None
    text = " ".join(first.text_of(doc).split())
    head, *rest = _DASH_RE.split(text[:200], maxsplit=1)
    if not rest or len(head) > 60 or len(rest[0].split()) < 5:
        return None
    lang = first.lang or doc.lang
    low = fold_line(head)
    if not any(low.startswith(h.cue) for h in line_features(0, head, lang).cues_of("byline")):
        return None
    return named(head, lang, cued=True)


# A Chinese paper's dispatch line opening the lead, with its reporters in
# brackets: "本报讯（记者 孙慧敏 通讯员 赵凯）", "新华社北京3月5日电（记者 王晓明、
# 李华）". The names are Han runs of two to four characters (a
# transliterated foreign name keeps its dot); a role word ends the writers
# (a correspondent, an intern or a photographer is no author).
_DISPATCH_REPORTERS_RE = re.compile(
    r"(?:本报讯|[\u4e00-\u9fff]{0,10}[社网报台][\u4e00-\u9fff]{0,8}"
    r"(?:[0-9０-９]{1,2}月[0-9０-９]{1,2}日)?[电讯])"
    r"[^\S\n]{0,4}[（(](?:本报)?记者[^\S\n]{0,2}(?P<names>[^()（）\n]{2,40})[)）]"
)
_HAN_NAME_RE = re.compile(r"[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{1,6}·[\u4e00-\u9fff]{1,8}")
_DISPATCH_ROLES = ("通讯员", "实习生", "见习记者", "摄影", "摄", "编辑", "报道", "特约")


def dispatch_reporters(doc: Document) -> str | None:
    """The reporters a Chinese paper names in the dispatch line opening the
    article's first paragraph ("本报讯（记者 孙慧敏 通讯员 赵凯）…" -> "孙慧敏"),
    as "; "-joined names; None where the lead opens otherwise. Its
    correspondents (通讯员) and interns after a role word are not writers."""
    first = next((b for b in doc.blocks if b.label == "body"), None)
    if first is None:
        return None
    m = _DISPATCH_REPORTERS_RE.match(first.text_of(doc).strip())
    if m is None:
        return None
    names: list[str] = []
    for piece in re.split(r"[\s、，,/]+", m.group("names").strip()):
        if not piece or piece.startswith(_DISPATCH_ROLES):
            break
        if not _HAN_NAME_RE.fullmatch(piece):
            return None
        names.append(piece)
    return "; ".join(names) or None


# an opening bold tag right before a text, perhaps with other opening tags
# between ("<b>Minh Anh", "<strong><span>Lan Hương")
_BOLD_BEFORE_RE = re.compile(
    r"<(?:b|strong)(?:\s[^<>]{0,200})?>\s*(?:<[a-z][^<>]{0,200}>\s*){0,3}$"
)


def _bold_signature(doc: Document, named: Callable[..., str | None]) -> str | None:
    """The writer's name alone in bold as the article's last line, as
    Vietnamese papers sign ("**Minh Anh**", "**Minh Anh - Hoàng Nam**"). A
    name-like line alone on a web page is as often a link ("Our Team"): the
    bold, and the place right after the last paragraph, make it a signature.
    A bold subheading holds function words or opens on a question word
    ("The Road Ahead", "What Comes Next")."""
    from ..model import NAME_ONLY_REASON
    from .classify import _opens_with_question_word
    from .features import line_features

    if not doc.html:
        return None
    for b in reversed(doc.blocks):
        if b.label not in ("body", "byline"):
            continue  # the footer, a share bar, a related list after it
        if b.label == "byline" and not (b.reasons and b.reasons[0].startswith(NAME_ONLY_REASON)):
            return None
        text = " ".join(b.text_of(doc).split())
        if (
            not text
            or len(text) > 80
            or line_features(0, text).stopwords
            or _opens_with_question_word(text)
        ):
            return None
        k = doc.html.find(text)
        for _ in range(20):  # a few places where the page writes it
            if k < 0:
                break
            if _BOLD_BEFORE_RE.search(doc.html, max(0, k - 240), k):
                return named(text, b.lang or doc.lang, team=True)
            k = doc.html.find(text, k + 1)
        return None
    return None


_DASH_RE = re.compile(r"\s+[-–—]\s+")


@cache
def _desk_openings(lang: str | None) -> tuple[str, ...]:
    from .cues import BYLINE_DESKS
    from .features import fold_line

    return tuple(
        sorted(
            {
                fold_line(d)
                for lg in dict.fromkeys([lang or "en", "en"])
                for d in BYLINE_DESKS.get(lg, [])
            },
            key=len,
            reverse=True,
        )
    )


def _names_after_desk(text: str, lang: str | None) -> str | None:
    """The writers a desk's credit names after its role word or its colon
    ("本报特约记者 王晓峰" -> "王晓峰", "Nhóm phóng viên: Lan Anh - Quốc Huy"
    -> "Lan Anh - Quốc Huy"); None for a desk alone ("Redacción", "本报讯")."""
    from .features import fold_line

    low = fold_line(text)
    desk = next((d for d in _desk_openings(lang) if low.startswith(d)), None)
    if desk is None:
        return None
    k = len(desk)
    while k < len(low) and low[k] in " \u3000":
        k += 1
    if low[k : k + 1] in (":", "："):
        rest = text[k + 1 :]
    elif role := _role_words(lang).match(low, k):
        if role.end() == k:
            return None
        rest = text[role.end() :]
    else:
        return None
    rest = rest.strip(" \u3000:：")
    return rest or None


def _opens_with_writer_field(text: str, lang: str | None) -> bool:
    """Does the line open with a byline cue or a credit field's label and
    then a colon or a slash ("เรื่อง: …", "文/…", "Texto: …")?"""
    from ..wordseg import fold_traditional
    from .cues import CREDIT_FIELD_LABELS, CUES
    from .features import fold_line

    low = fold_line(text)
    for lg in dict.fromkeys([lang or "en", "en"]):
        for c in [*CUES.get(lg, {}).get("byline", []), *CREDIT_FIELD_LABELS.get(lg, [])]:
            c = fold_traditional(c.casefold())
            # (a French colon has a space before it: "Texte : …")
            if low.startswith(c) and (
                low[len(c) : len(c) + 1] in ("/", "／") or low[len(c) :].lstrip()[:1] in (":", "：")
            ):
                return True
    return False


@cache
def _byline_inside_re(lang: str | None) -> re.Pattern[str]:
    """A byline cue inside a line: a one-word cue of a spaced language
    before the name ("… by Rachel Dunmore", "… por Ana Ruiz"), or any cue
    of the page's language as a field's label before a colon ("来源：青石日报
    作者：王晓明", "… Tác giả: Minh Anh"), from the cue table."""
    from .cues import CUES

    langs = dict.fromkeys([lang or "en", "en"])
    cues = {c for lg in langs for c in CUES.get(lg, {}).get("byline", [])}
    words = {c for c in cues if c.isascii() and c.isalpha() and len(c) >= 2}
    fields = {c for c in cues if len(c) >= 2}
    alts = "|".join(sorted(map(re.escape, words), key=len, reverse=True))
    labels = "|".join(sorted(map(re.escape, fields), key=len, reverse=True))
    # ... or any cue opening the line before a space ("记者 张丽 王强　更新时间：…")
    return re.compile(
        rf"(?:^|(?<=\s))((?:{alts})\s+\S)|(?:^|(?<=[\s　|·]))((?:{labels})\s*[:：]\s*\S)"
        rf"|^\s*((?:{labels})[^\S\n]+\S)",
        re.IGNORECASE,
    )


# "© 2024 Name.", "Copyright © 2010-2024 Name |", "(c) Name, ...": the
# copyright sign or word, the years, then the holder's name
_COPYRIGHT_HOLDER_RE = re.compile(
    r"(?:copyright\s*)?(?:[©ⓒⒸ]|\(c\)|copyright)\s*(?:(?:\d{4}|\d{2})(?:\s*[-–—/]\s*\d{2,4})?[\s.,]*)?",
    re.IGNORECASE,
)
# what ends the holder's name: a full stop before a space, a bar, a comma, a
# dash between spaces, an ideographic space or two spaces
_HOLDER_END_RE = re.compile(r"\.(?:\s|$)|\s*[|｜·•,，]\s*|\s+[-–—]\s+|　|\s{2,}")
_HOLDER_MAX_CHARS = 40
_TRAILING_YEARS_RE = re.compile(r"[\s,]+(?:19|20)\d\d(?:\s*[-–—/]\s*(?:19|20)?\d\d)?[\s.]*$")
_HOLDER_MAX_WORDS = 6
# the words between a rights notice and the holder it names ("bản quyền
# thuộc về X", "copyright belongs to X", "hak cipta milik X")
_OWNER_WORDS = r"thuộc\s+về|thuộc|belongs?\s+to|(?:is\s+)?owned\s+by|milik|เป็นของ"
# (lower case, as the phrase writes them: "Thuộc Press" may be a name)
_RIGHTS_OWNER_RE = re.compile(rf"\s*({_OWNER_WORDS})?\s+")
_ENDS_WITH_OWNER_RE = re.compile(rf"(?:{_OWNER_WORDS})$")


def _hostname_like(name: str, hostname: str | None, url: str | None) -> bool:
    """Is the extractor's site name the page's host ("www.site.example")?"""
    from urllib.parse import urlsplit

    n = name.strip().casefold().removeprefix("www.")
    if not n or "." not in n or any(c.isspace() for c in n):
        return False
    hosts = {(hostname or "").casefold().removeprefix("www.")}
    with contextlib.suppress(ValueError):
        hosts.add((urlsplit(url or "").hostname or "").removeprefix("www."))
    return n in hosts


def sitename_from_copyright(doc: Document) -> str | None:
    """The site's name in the page's copyright line, for a page whose markup
    names none: "© 2024 Lakeside Gazette. All rights reserved.", "Copyright
    © 2024 南岭新闻网 版权所有", "© 2567 ล้านนาโพสต์ สงวนลิขสิทธิ์". Only a line
    labelled footer is read, the holder's name ends at the rights notice or
    a separator, and a long or sentence-like holder names no site."""
    from .cues import CUES
    from .features import fold_line

    langs = dict.fromkeys([doc.lang or "en", "en"])
    notices = sorted(
        {fold_line(c) for lg in langs for c in CUES.get(lg, {}).get("copyright", []) if len(c) > 3},
        key=len,
        reverse=True,
    )
    for b in doc.blocks:
        if b.label != "footer":
            continue
        line = b.text_of(doc).strip()[:300]
        m = _COPYRIGHT_HOLDER_RE.search(line)
        if m is None or m.end() == m.start():
            continue
        rest = line[m.end() :]
        low = fold_line(rest)
        # the notice before the holder, saying whose the rights are ("©
        # Bản quyền thuộc Báo X", "© 2025 belongs to X"): the name follows
        lead = next((c for c in notices if low.lstrip().startswith(c)), None)
        at = len(rest) - len(rest.lstrip()) + len(lead or "")
        if (own := _RIGHTS_OWNER_RE.match(rest, at)) and (
            own.group(1) or (lead and _ENDS_WITH_OWNER_RE.search(lead))
        ):
            rest = rest[own.end() :]
            low = fold_line(rest)
        cut = min((k for k in (low.find(c) for c in notices) if k >= 0), default=len(rest))
        if (e := _HOLDER_END_RE.search(rest[:cut])) is not None:
            cut = e.start()
        # the years may follow the holder ("© Le Journal 2025", "© Site
        # 2010-2025"): they are no part of its name
        name = _TRAILING_YEARS_RE.sub("", rest[:cut]).strip(" .:：-–—")
        if (
            not name
            or len(name) > _HOLDER_MAX_CHARS
            or len(name.split()) > _HOLDER_MAX_WORDS
            or not any(c.isalpha() for c in name)
            or _sentence_like(name)
        ):
            continue
        return name
    return None


def names_a_desk(name: str, lang: str | None) -> bool:
    """Does the name hold a desk's word ("IGN Staff", "Ban Thời sự")?"""
    from .features import fold_line

    low = f" {' '.join(fold_line(name).split())} "
    return any(f" {d} " in low for d in _desk_openings(lang))


def _headline_opening(name: str, title: str | None) -> bool:
    """Is ``name`` the opening words of the headline ``title``, three words
    or more and a third of the headline's length at least? A site's name may
    open a page's <title> ("BBC News - …") but not so much of a headline."""
    if not title:
        return False
    n = " ".join(name.split()).casefold()
    t = " ".join(title.split()).casefold()
    return (
        len(n) < len(t)
        and t.startswith(n)
        and not t[len(n)].isalnum()
        and len(n.split()) >= 3
        and 3 * len(n) >= len(t)
    )


def author_not_a_writer(doc: Document) -> str | None:
    """Why the document's author names no writer, or None: the site's own
    name in the author's place ("江城日报网", a meta author the CMS fills
    with the site), or a desk alone ("Redacción", "Redação", "la rédaction")."""
    from .features import fold_line

    if not doc.author:
        return None
    names = [fold_line(" ".join(n.split())) for n in doc.author.split(";") if n.strip()]
    if not names:
        return None
    sites = {fold_line(" ".join(x.split())) for x in (doc.sitename,) if x}
    sites |= {s[4:] for s in sites if s.startswith("the ")}
    if sites and all(n in sites or (n.startswith("the ") and n[4:] in sites) for n in names):
        return "the site's name"
    from .classify import _agency_names

    if all(n.strip(" .()（）[]") in _agency_names() for n in names):
        # "TTXVN", "AFP" (a microdata or meta author that is the wire): an
        # agency credits where the story comes from, no writer
        return "a news agency, no writer"
    desks = set(_desk_openings(doc.lang))
    site_words = {w for s in sites for w in s.split()} | {"the"}
    if all(n.strip(" .") in desks or _site_desk(n.strip(" ."), desks, site_words) for n in names):
        return "a desk, no writer"
    return None


# A writer's name with the agency they file for after it ("Daniel Okafor,
# Reuters", "Ana Ruiz (EFE)", "Lena Vogt / dpa")
_NAME_THEN_AGENCY_RE = re.compile(
    r"^(?P<name>.+?)\s*(?:[,/|]\s*|\s[-–—]\s*|\()(?P<agency>[^,/|()]+?)\)?\s*$"
)


def _name_without_agency(name: str) -> str:
    """One writer's name less an agency after it ("Daniel Okafor, Reuters"
    -> "Daniel Okafor"); the name as it was where none follows."""
    from .classify import _agency_names
    from .features import fold_line

    m = _NAME_THEN_AGENCY_RE.match(name.strip())
    if (
        m
        and m.group("name").strip()
        and fold_line(m.group("agency")).strip(" .") in _agency_names()
    ):
        return m.group("name").strip()
    return name


def without_trailing_agency(author: str) -> str | None:
    """``author`` with an agency after a writer's name removed; None where
    no name ends so."""
    names = [n.strip() for n in author.split(";")]
    out = [_name_without_agency(n) for n in names]
    return "; ".join(out) if out != names else None


def _site_desk(name: str, desks: set[str], site_words: set[str]) -> bool:
    """``name`` is a desk beside words of the site's name ("Tribune Staff",
    "Staff of the Courier" for "The Mesa Tribune", "The Daily Courier"):
    the site's team, no writer. Every word besides the desk's is the
    site's."""
    for d in desks:
        if name.endswith(" " + d):
            rest = name[: -len(d)].split()
        elif name.startswith(d + " "):
            rest = name[len(d) :].split()
        else:
            continue
        if rest and all(w in site_words or w in ("of", "de", "du", "del", "da") for w in rest):
            return True
    return False


def apply_trafilatura(doc: Document, cfg: CleanSettings) -> list[bool] | None:
    """Fill metadata from trafilatura and return per-block main-text membership."""
    if not doc.html:
        return None
    if len(doc.html) > cfg.trafilatura_max_chars:
        # trafilatura is superlinear on huge pages (minutes at 8 MB); the
        # page's own rules still label every block.
        doc.meta["trafilatura"] = {
            "skipped": f"page larger than {cfg.trafilatura_max_chars} characters of HTML"
        }
        doc.flags.append(
            Flag(
                kind="limit_exceeded",
                reason=f"HTML page of {len(doc.html):,} characters is over the extraction limit "
                f"({cfg.trafilatura_max_chars:,}): main text found by newsline's own rules only",
                data={
                    "limit": "trafilatura_max_chars",
                    "value": cfg.trafilatura_max_chars,
                    "size": len(doc.html),
                },
            )
        )
        return None
    errors: list[str] = []
    res = extract_main(doc.html, cfg, url=doc.url, errors=errors)
    if errors:
        # the page's own rules still label every block, but the user is told
        # the extractor broke on it (a bug or a page it cannot read), not
        # left with a quietly worse labelling
        doc.meta["trafilatura"] = {"error": errors[0]}
        doc.flags.append(
            Flag(
                kind="extraction_failed",
                reason=f"trafilatura failed on {doc.source or doc.url or doc.id} ({errors[0]}): "
                "main text found by newsline's own rules only",
                data={"stage": "classify", "error": errors[0]},
            )
        )
        return None
    if res is None:
        doc.meta.setdefault("trafilatura", {"error": "no main text found"})
        return None
    meta = {
        k: res.get(k)
        for k in ("title", "author", "date", "sitename", "hostname", "description")
        if res.get(k)
    }
    doc.meta["trafilatura"] = meta
    if not doc.title and res.get("title"):
        doc.title = res["title"]
    if not doc.author and res.get("author"):
        from ..readers.html import cms_account_name

        name = author_name(res["author"], doc.lang)
        if name and any(cms_account_name(p) for p in name.split(";")):
            # "admin": the account that posted the page names no writer
            doc.meta["author_rejected"] = name
        elif name and any(_sentence_like(p) for p in name.split(";")):
            # the extractor took a sentence for the byline ("Rachel Dunmore
            # is a travel writer based", an author's bio): no author from it
            doc.meta["author_rejected"] = name
        else:
            doc.author = restore_trailing_marks(name, doc.text) if name else name
    if not doc.published and res.get("date"):
        # htmldate's guess (it may come from a copyright year: "2025" ->
        # 2025-01-01); the dates stage lets the page's own visible publish
        # stamp outrank it
        doc.published = res["date"]
        doc.meta["published_from_extractor"] = res["date"]
    if not doc.sitename and res.get("sitename"):
        if _hostname_like(res["sitename"], res.get("hostname"), doc.url):
            # no name in the markup, so the extractor fell back on the
            # page's domain ("harbourpost.example"): the page may still name
            # its site in words (copyright line, title suffix); the domain is
            # kept for when it does not
            doc.meta["sitename_domain"] = res["sitename"]
        elif " ".join(res["sitename"].split()) == " ".join((res.get("title") or "").split()):
            # trafilatura takes the part of "Headline | Site" holding a dot
            # for the site (a domain, it guesses): "Quake of 5.8 hits ..."
            # became a site named after its own headline
            doc.meta["sitename_rejected"] = res["sitename"]
        elif _headline_opening(res["sitename"], res.get("title")):
            # the name of a JSON-LD WebPage node (the page's own short
            # title, "Rennes : la piscine rouvrira en mars") taken for the
            # site's: it opens the headline
            doc.meta["sitename_rejected"] = res["sitename"]
        else:
            doc.sitename = res["sitename"]
            doc.meta["sitename_from_extractor"] = True
    text = res.get("text") or ""
    if not text.strip():
        return None
    return main_text_membership(doc, text, cfg)
