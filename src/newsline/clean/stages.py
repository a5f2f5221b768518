"""The cleaning stage "classify": label every block, HTML or plain text.

For HTML documents trafilatura supplies metadata and the main-text prior
(:mod:`newsline.clean.html`); newsline's own rules then run on every page
(:mod:`newsline.clean.classify`) because extractors leave teasers, footers
and spam behind.

This stage must never delete blocks or change ``Document.text``; one bad
page gets a flag, never an exception escaping the batch.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections import Counter
from collections.abc import Collection, Mapping

from ..model import KEPT_LABELS, NAME_ONLY_REASON, Document, Flag
from ..pipeline import Stage
from ..settings import Settings
from .classify import H1_TITLE_REASON, PAGE_TITLE_REASON, PRINT_NOTICE_REASON, classify_document
from .frequent import site_key
from .segment import segment_text

# What separates a headline from the site's name in a page title:
# "Headline | Site", "Headline - Site", "Headline_Section_Site", "Site » Headline";
# full-width in Chinese and Japanese titles ("見出し：地域：新聞デジタル").
_TITLE_SEPARATORS = "|-–—_:·•»«/~：｜"


def _the_one_heading_and_an_unshown_title(doc: Document, start: int, end: int) -> bool:
    """Is the title block the page's only ``<h1>``, and does no part of the
    page show the page title (less a site name after a separator)?"""
    h1 = doc.meta.get("h1") or []
    shown = " ".join(doc.text[start:end].split())
    if len(h1) != 1 or " ".join(h1[0].split()) != shown or not doc.title:
        return False
    title = " ".join(doc.title.split())
    head = re.split("\\s[" + re.escape(_TITLE_SEPARATORS) + "]+\\s", title, maxsplit=1)[0]
    page = " ".join(doc.text.split()).casefold()
    return len(head) >= 8 and head.casefold() not in page


@functools.cache
def _month_words(lang: str | None) -> frozenset[str]:
    """Month names (CLDR, as the dates stage reads them) of a language and English."""
    from ..dates.cldr import cldr_month_names

    out: set[str] = set()
    for lg in dict.fromkeys([lang or "en", "en"]):
        out.update(cldr_month_names(lg) or ())
    return frozenset(out)


@functools.cache
def _weekday_words(lang: str | None) -> tuple[str, ...]:
    """Weekday names (CLDR) of a language and English, longest first."""
    from ..dates.cldr import weekday_names

    out: set[str] = set()
    for lg in dict.fromkeys([lang or "en", "en"]):
        out.update(weekday_names(lg) or ())
    return tuple(sorted(out, key=len, reverse=True))


# what may follow a weekday's name inside its word: Thai "วันพุธที่" ("on
# Wednesday the", before the day's number), a comma
_WEEKDAY_TAIL_MAX_CHARS = 3


def _calendar_part(part: str, lang: str | None) -> bool:
    """Is an author field's part a month's or a weekday's name alone
    ("April", "วันพุธที่")? A name that opens with one and goes on is a
    person's ("Sunday Okafor")."""
    low = part.lower().strip(" .,")
    if low in _month_words(lang):
        return True
    for wd in _weekday_words(lang):
        if low.startswith(wd):
            tail = low[len(wd) :]
            return " " not in tail and len(tail) <= _WEEKDAY_TAIL_MAX_CHARS
    return False


def _without_month_parts(author: str, lang: str | None) -> str | None:
    """The author field less the parts that are a month's or a weekday's
    name alone, when it has such parts and others; None when there is
    nothing to drop ("ธนพร ศรีสุข; วันพุธที่": the extractor cut the byline's
    date after its weekday and kept the weekday as a second writer)."""
    parts = [p.strip() for p in author.split(";") if p.strip()]
    kept = [p for p in parts if not _calendar_part(p, lang)]
    if not kept or len(kept) == len(parts):
        return None
    return "; ".join(kept)


@functools.cache
def _photo_words(lang: str | None) -> frozenset[str]:
    """The one-word photo credit labels of ``lang`` and English ("фото",
    "ảnh", "photos"), casefolded, from the caption cue tables."""
    from .cues import CUES

    return frozenset(
        w.casefold()
        for lg in dict.fromkeys([lang or "en", "en"])
        for w in CUES.get(lg, {}).get("caption", [])
        if w.isalpha()
    )


def _writer_before_merged_photo_credit(doc: Document, cfg) -> str | None:
    """The writer the page's byline names when the extractor's author is
    that writer (perhaps after the field's label) followed by a photo
    credit's label and the photographer ("Иван Петров Фото Мария Лосева",
    "Texto Marta Solís Foto Iván Pardo"); None otherwise (most pages: the
    author holds no photo label, and the byline is not read)."""
    words = doc.author.casefold().split()
    photo = _photo_words(doc.lang)
    if not any(w.strip(".:：,") in photo for w in words[1:]):
        return None
    from .html import byline_author

    shown = byline_author(doc, cfg)
    if not shown or ";" in shown:
        return None
    head = shown.casefold().split()
    # the writer's field label may open the extractor's author ("Texto
    # Marta Solís Foto Iván Pardo")
    for start in range(min(3, len(words) - len(head))):
        rest = words[start + len(head) :]
        if words[start : start + len(head)] == head and rest[0].strip(".:：,") in photo:
            return shown
    return None


def _names(author: str) -> set[str]:
    """The writers an author field names, compared folded."""
    return {" ".join(n.split()).casefold() for n in author.split(";") if n.strip()}


def _run_together(author: str, shown: str) -> bool:
    """Is ``author`` one field holding the several writers ``shown`` names
    ("Nguyễn Hoài An và Trần Thị Bích Ngọc" for "Nguyễn Hoài An; Trần Thị
    Bích Ngọc"): each of them in it, in that order?"""
    one, many = _names(author), [" ".join(n.split()).casefold() for n in shown.split(";")]
    if len(one) != 1 or len(many) < 2:
        return False
    (text,) = one
    pos = 0
    for n in many:
        if (pos := text.find(n, pos)) < 0:
            return False
        pos += len(n)
    return True


def _note_read_as_writers(doc: Document, author: str, shown: str) -> bool:
    """Did the extractor read a byline's closing note as writers: "Hải Yến
    (Theo Kyodo, NHK)" as "Hải Yến Theo Kyodo; NHK"? The words its author
    has beyond those of the writers ``shown`` are all words of the note in
    brackets closing a byline line of the page, after those writers."""
    from .html import TRAILING_NOTE_RE

    def words(text: str) -> set[str]:
        return set(re.findall(r"\w+", text.casefold()))

    extra = words(author) - words(shown)
    if not extra:
        return False
    for b in doc.blocks:
        line = b.text_of(doc).strip()
        if b.label != "byline" or not (m := TRAILING_NOTE_RE.search(line)) or m.start() == 0:
            continue
        # the writers shown stand before the note, the extractor's extra words in it
        if words(shown) <= words(line[: m.start()]) and extra <= words(m.group()):
            return True
    return False


def headline_in_page_title(page_title: str, headline: str) -> str | None:
    """The headline line when the page title is that headline plus a site
    or section name set off by a separator, or such a title whose headline
    part is cut short (the headline starts with it); None otherwise (a page
    title that merely goes on with more words is a longer headline, kept)."""
    # compared composed: a title and a line may spell the same accents
    # with combining marks or without (a windows-1258 page, a macOS file)
    t = unicodedata.normalize("NFC", " ".join(page_title.split()))
    written = " ".join(headline.split()).strip()  # returned as the page spells it
    h = unicodedata.normalize("NFC", written)
    if len(h) < 8:
        return None
    k = t.casefold().find(h.casefold()) if len(h) < len(t) else -1
    if k < 0:
        # the page title shortened the headline, after or before a site or
        # section name: "Headline cut | Site" or "Press release: Headline cut"
        # for "Headline cut short"; the headline names the page
        parts = re.split("\\s[" + re.escape(_TITLE_SEPARATORS) + "]+\\s|:\\s", t)
        hf = h.casefold()
        for part in (p.strip() for p in parts if p.strip()):
            pf = part.casefold()
            if len(part.split()) >= 4 and pf != hf and hf.startswith(pf) and len(parts) > 1:
                return written
        return None
    before, after = t[:k].rstrip(), t[k + len(h) :].lstrip()
    ok_before = not before or before[-1] in _TITLE_SEPARATORS
    ok_after = not after or after[0] in _TITLE_SEPARATORS
    if not (ok_before and ok_after) or (not before and not after):
        return None
    return written


# a page title's parts: a bar, an underscore or a full-width bar with or
# without spaces ("标题_频道_站名"), a dash or a bullet between spaces
# (a Chinese title may join its parts with a bare dash: "标题-站名")
_TITLE_PART_SPLIT_RE = re.compile(
    r"\s*[|｜_]\s*|\s+[-–—·•»]\s+|(?<=[\u4e00-\u9fff”」』）])[-－–—](?=[\u4e00-\u9fff])"
)
_SITE_PART_MAX_WORDS = 6
_SITE_PART_MAX_CHARS = 40


def sitename_in_page_title(page_title: str, headline: str) -> str | None:
    """The site's name a page title gives after the headline and perhaps a
    section ("Headline | Section | Site", "标题_频道_站名"): its last part,
    when the first part is the headline the page shows and the last is
    short; None otherwise."""
    parts = [p.strip() for p in _TITLE_PART_SPLIT_RE.split(page_title) if p.strip()]
    if len(parts) < 2:
        return None

    def same(a: str) -> str:
        return unicodedata.normalize("NFC", " ".join(a.split())).casefold()

    last = parts[-1]
    if (
        same(parts[0]) != same(headline)
        or same(last) == same(headline)
        or len(last.split()) > _SITE_PART_MAX_WORDS
        or len(last) > _SITE_PART_MAX_CHARS
        or not any(c.isalpha() for c in last)
    ):
        return None
    return last


STRUCTURED_BODY_REASON = (
    "from the page's structured data (JSON-LD articleBody): the page shows only a teaser"
)


def _guess_is_print_date(doc: Document) -> bool:
    """Whether the extractor's guessed publish date is the day a print
    version's notice gives (its year and its day both stand in the notice)."""
    guess = doc.meta.get("published_from_extractor")
    if not guess or doc.published != guess or not re.match(r"\d{4}-\d\d-\d\d", guess):
        return False
    year, day = int(guess[:4]), int(guess[8:10])
    for b in doc.blocks:
        if b.label == "footer" and b.reasons and b.reasons[0].startswith(PRINT_NOTICE_REASON):
            numbers = {int(x) for x in re.findall(r"\d{1,4}", doc.text[b.start : b.end])}
            if year in numbers and day in numbers:
                return True
    return False


def _structured_body_start(doc: Document) -> int | None:
    """Where the text the reader added from the page's structured data starts."""
    sb = doc.meta.get("structured_body") if doc.html else None
    start = sb.get("start") if isinstance(sb, dict) else None
    if isinstance(start, int) and 0 <= start < len(doc.text):
        return start
    return None


SHELL_NAME_REASON = (
    "short line of a page that shows no article of its own (its article is in its "
    "structured data): the site's chrome, no byline"
)


def _shell_names_are_chrome(visible: list) -> None:
    """A page whose visible text is its shell (logo, menu items, footer; the
    article only in its structured data) has no article for a short line to
    stand at the start or end of: a name-only "byline" there (the logo "滇西晨报",
    a menu item "国内" of two Han letters, as a name is) is chrome."""
    for b in visible:
        if b.label == "byline" and b.reasons and b.reasons[0].startswith(NAME_ONLY_REASON):
            b.label = "navigation"
            b.reasons = [SHELL_NAME_REASON, *b.reasons]


# What a line the reader names the role of becomes, and the labels its shape
# alone may have given it that the reader's word overrides: a subtitle of
# three words looks like a menu item, a dateline like a short line before the
# article. A line set aside for what it says (a byline, a spam term) keeps
# its label.
_ROLE_LABELS = {
    "subtitle": ("body", "subtitle under the headline, as the source file marks it"),
    "dateline": ("dateline", "dateline, as the source file marks it"),
    "front_matter": ("metadata", "a field of the post's front matter, as the file marks it"),
}
_ROLE_OVERRIDES = frozenset({"navigation", "related", "footer", "body"})
# A Markdown post's front matter is no text of the article: only a line kept
# as such is set aside (its fences, tags and author keep what the rules found).
_ROLE_OVERRIDES_OF = {"front_matter": frozenset({"body", "title"})}


def _reader_roles(doc: Document) -> None:
    """Label the lines the reader knows the role of (``meta["line_roles"]``:
    an NITF file's <hl2> subtitle and <dateline>, a Markdown post's front
    matter), once each, in page order."""
    roles = doc.meta.get("line_roles")
    if not isinstance(roles, dict):
        return
    for role, texts in roles.items():
        if role not in _ROLE_LABELS or not isinstance(texts, list):
            continue
        label, reason = _ROLE_LABELS[role]
        wanted = [" ".join(str(t).split()) for t in texts]
        for b in doc.blocks:
            if not wanted:
                break
            shown = " ".join(doc.text[b.start : b.end].split())
            if shown != wanted[0]:
                continue
            wanted.pop(0)
            if b.label in _ROLE_OVERRIDES_OF.get(role, _ROLE_OVERRIDES) and b.label != label:
                b.label = label
                b.reasons.insert(0, reason)


class ClassifyBlocks(Stage):
    """Stage "classify": label blocks (body/title kept; the rest set aside, with reasons).

    ``frequent_lines`` (optional): site key -> hashes of lines seen on many
    pages of that site (see :mod:`newsline.clean.frequent`).
    """

    name = "classify"
    parallel = True

    def __init__(
        self,
        settings: Settings | None = None,
        frequent_lines: Mapping[str, Collection[str]] | None = None,
    ):
        s = settings or Settings()
        self.cfg = s.clean
        self.limits = s.limits
        self.frequent_lines = dict(frequent_lines or {})

    def classify_one(self, doc: Document, stats: Counter[str]) -> None:
        if not doc.blocks and doc.text:
            doc.blocks, flags = segment_text(doc.text, self.limits)
            doc.flags.extend(flags)
        in_main = None
        if doc.html and self.cfg.use_trafilatura:
            from .html import apply_trafilatura

            in_main = apply_trafilatura(doc, self.cfg)
            stats["html_main_found" if in_main is not None else "html_main_missing"] += 1
            if any(f.kind == "extraction_failed" for f in doc.flags):
                stats["html_extractor_errors"] += 1
        hidden_from = _structured_body_start(doc)
        freq = self.frequent_lines.get(site_key(doc)) if self.frequent_lines else None
        if hidden_from is None:
            classify_document(doc, self.cfg, in_main=in_main, frequent_lines=freq)
        else:
            # the article the page shows only in its structured data (see
            # readers.html) follows the visible text: the page is classified
            # as it shows itself, and the structured article as a text of its
            # own, all of it main text (the page's comments and lists between
            # the two are no part of the article)
            blocks = doc.blocks
            k = next((j for j, b in enumerate(blocks) if b.start >= hidden_from), len(blocks))
            visible, hidden = blocks[:k], blocks[k:]
            try:
                doc.blocks = visible
                classify_document(
                    doc,
                    self.cfg,
                    in_main=None if in_main is None else list(in_main[:k]),
                    frequent_lines=freq,
                )
                if not any(b.label in KEPT_LABELS for b in visible):
                    _shell_names_are_chrome(visible)
                doc.blocks = hidden
                classify_document(doc, self.cfg, in_main=[True] * len(hidden), frequent_lines=freq)
            finally:
                doc.blocks = visible + hidden
            for b in hidden:
                # the extractor never saw these lines: the structured data,
                # not its main text, put them in the article
                b.reasons = [r for r in b.reasons if "found by trafilatura" not in r]
                b.reasons.append(STRUCTURED_BODY_REASON)
        _reader_roles(doc)
        tb = next((b for b in doc.blocks if b.label == "title"), None)
        if not doc.title:
            # plain text: the block labelled title names the page
            if tb is not None:
                doc.title = doc.text[tb.start : tb.end]
                doc.meta["title_from"] = "title block"
        elif tb is not None and (
            H1_TITLE_REASON in tb.reasons
            # a page title of the site's name alone ("The Harbour Gazette")
            # that no line holds: the headline found in the page names it
            or (len(doc.title.split()) <= 3 and PAGE_TITLE_REASON not in tb.reasons)
        ):
            # the page title names no line of the page ("Print this
            # article"): its one heading is the headline
            doc.meta["page_title"] = doc.title
            doc.title = doc.text[tb.start : tb.end]
            doc.meta["title_from"] = "the page's one top-level heading"
        elif tb is not None:
            shown = " ".join(doc.text[tb.start : tb.end].split()).casefold()
            if (
                doc.meta.get("sitename_from_extractor")
                and doc.sitename
                and shown == " ".join(doc.title.split()).casefold()
                and doc.sitename.casefold() in shown
            ):
                # the extractor cut a "site name" out of a page title the page
                # shows whole as its headline ("LIVE. Fire in the hills: ..."):
                # it is part of the headline
                doc.meta["sitename_dropped"] = doc.sitename
                doc.sitename = None
            headline = headline_in_page_title(doc.title, doc.text[tb.start : tb.end])
            if headline is not None:
                doc.meta["page_title"] = doc.title
                doc.title = headline
                doc.meta["title_from"] = "title block (the page title less the site's name)"
            elif _the_one_heading_and_an_unshown_title(doc, tb.start, tb.end):
                # a short search-engine title the page shows nowhere
                # ("Ferry service resumes" over "Island ferry service resumes
                # after three-week repair"): the page's one heading names it
                doc.meta["page_title"] = doc.title
                doc.title = " ".join(doc.text[tb.start : tb.end].split())
                doc.meta["title_from"] = (
                    "the page's one top-level heading (the title shows nowhere)"
                )
        if not doc.sitename and doc.html and "sitename_dropped" not in doc.meta:
            from .html import sitename_from_copyright

            # a page whose markup names no site: its copyright line does
            if name := sitename_from_copyright(doc):
                doc.sitename = name
                doc.meta["sitename_from"] = "the copyright line"
            elif tb is not None and (
                name := sitename_in_page_title(
                    doc.meta.get("page_title") or doc.title or "", doc.text[tb.start : tb.end]
                )
            ):
                doc.sitename = name
                doc.meta["sitename_from"] = "the page title's last part after the headline"
        if not doc.sitename and (domain := doc.meta.get("sitename_domain")):
            # the page names its site nowhere in words: its domain does
            doc.sitename = domain
            doc.meta["sitename_from"] = "the page's domain"
        if doc.author and (others := doc.meta.get("authors_of_other_articles")):
            # the extractor took the writers of another article's JSON-LD (a
            # teaser's) with this one's: they are no author of this page
            other = {n.casefold() for n in others}
            own = [n.strip() for n in doc.author.split(";") if n.strip().casefold() not in other]
            if own and len(own) < len(_names(doc.author)):
                doc.meta["author_from_extractor"] = doc.author
                doc.author = "; ".join(own)
        if doc.author and (trimmed := _without_month_parts(doc.author, doc.lang)) is not None:
            # "By Renata Alvarez | April 16, 2024": the extractor strips the
            # date's figures and keeps its month as a second "writer"
            doc.meta["author_from_extractor"] = doc.author
            doc.author = trimmed
        if doc.author:
            from .html import author_not_a_writer, without_trailing_agency

            if (trimmed := without_trailing_agency(doc.author)) is not None:
                # "By Daniel Okafor, Reuters": the agency is where the writer
                # files, no part of the name
                doc.meta["author_from_extractor"] = doc.author
                doc.author = trimmed

            # the site's name or a desk in the author's place: the byline the
            # page shows may still name the writer
            if why := author_not_a_writer(doc):
                doc.meta["author_rejected"] = doc.author
                doc.meta["author_rejected_why"] = why
                doc.author = None
        if doc.html and any(b.label == "byline" for b in doc.blocks):
            from .html import wire_reporters

            # a wire story reposted under a local line ("Posted by …, Business
            # Editor"): the wire's credit names its reporters, the writers
            reporters = wire_reporters(doc, self.cfg)
            if reporters and _names(reporters) != _names(doc.author or ""):
                if doc.author:
                    doc.meta["author_from_extractor"] = doc.author
                doc.author = reporters
                doc.meta["author_from"] = "the wire's reporter credit"
        if doc.author and doc.html and any(b.label == "byline" for b in doc.blocks):
            from .html import byline_author, names_a_desk

            # the extractor kept one writer of a byline that names more
            # ("Nhóm phóng viên: Lan Anh - Quốc Huy" read as "Lan Anh")
            shown = byline_author(doc, self.cfg)
            if (
                shown
                and (
                    _names(doc.author) < _names(shown)
                    or _run_together(doc.author, shown)
                    or _note_read_as_writers(doc, doc.author, shown)
                )
                and not any(names_a_desk(n, doc.lang) for n in _names(shown))
            ):
                doc.meta["author_from_extractor"] = doc.author
                doc.author = shown
                doc.meta["author_from"] = "the byline the page shows (more writers)"
        if doc.author and doc.html and (shown := _writer_before_merged_photo_credit(doc, self.cfg)):
            # "Автор: Иван Петров. Фото: Мария Лосева" read by the extractor
            # as one author "Иван Петров Фото Мария Лосева": the line's
            # writer field names the author, the photographer none
            doc.meta["author_from_extractor"] = doc.author
            doc.author = shown
            doc.meta["author_from"] = "the byline the page shows (less its photo credit)"
        if not doc.author:
            from .html import byline_author

            # a plain-text page, or a page whose markup names no author:
            # the byline the page shows names the writer
            if name := byline_author(doc, self.cfg):
                doc.author = name
                doc.meta["author_from"] = "the byline the page shows"
        if not doc.author and (doc.lang or "").startswith("zh"):
            from .html import dispatch_reporters

            # no byline line: a Chinese paper names its reporters in the
            # lead's dispatch line ("本报讯（记者 …）")
            if name := dispatch_reporters(doc):
                doc.author = name
                doc.meta["author_from"] = "the reporters of the lead's dispatch line"
        if _guess_is_print_date(doc):
            # the extractor read its date off the print version's notice
            # ("Printed on 14/11/2025"): the day the page was printed
            doc.meta["published_rejected"] = doc.published
            doc.meta.pop("published_from_extractor", None)
            doc.published = None
            stats["published_print_date_rejected"] += 1
        for b in doc.blocks:
            stats[f"label_{b.label}"] += 1

    def __call__(self, docs: list[Document], stats: Counter[str]) -> list[Document]:
        for doc in docs:
            try:
                self.classify_one(doc, stats)
            except Exception as e:  # noqa: BLE001 - one bad page must not sink the batch
                doc.flags.append(
                    Flag(
                        kind="internal_error",
                        reason=f"stage classify failed on {doc.source or doc.id}: "
                        f"{type(e).__name__}: {e}",
                    )
                )
                stats["errors"] += 1
        return docs
