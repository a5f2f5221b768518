"""Label every block of a document and say why.

Labels (see :data:`newsline.model.BLOCK_LABELS`): ``body`` and ``title`` are
kept; ``byline``, ``caption``, ``dateline``, ``attribution``, ``navigation``,
``related``, ``footer``, ``spam`` and ``metadata`` are set aside -- never
deleted -- each with human-readable reasons.

Signals, all language-neutral (per-language knowledge is data in
:mod:`newsline.clean.cues`):

* cue phrases per language (copyright, powered by, follow us, read more,
  photo credits, source credits, bylines, publish stamps, spam terms);
* lines repeated within the page (teaser lists print each headline twice)
  and, optionally, lines repeated across pages of the same site
  (``frequent_lines``: hashes from :class:`newsline.clean.frequent.SiteLineCounter`);
* prose statistics: length in words, sentence punctuation, stop words;
  the article is the largest cluster of prose blocks, and runs of short
  headline-like lines before / after it are navigation / related lists;
* short all-caps or keyword lines whose words occur nowhere else on the
  page, inside the article -> injected spam; an all-caps promo label or
  list heading ("DON'T MISS", or a heading above teaser headlines) is
  chrome unless it carries a link, phone number, price or call to buy;
* name-only lines near the start or end (bylines), "City —" datelines,
  date/counter stamps (metadata);
* style-sheet and script source leaked into the text (navigation);
* once the body is known: a short block copying sentences or a quotation
  of a longer body block (a pull quote) -> related; a paragraph after the
  article that opens with the byline's name, or with a name the article
  never mentions and a bio cue ("is a correspondent", "covers") -> byline.

For HTML, :mod:`newsline.clean.html` supplies ``in_main`` (which blocks
trafilatura kept); the same rules then run with that as the article area.

This module must never delete or reorder blocks, never change
``Document.text``, and never name a site, a seed page's strings or a
language in code.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Collection, Sequence
from functools import cache, lru_cache

from ..contacts import find_contact
from ..langid.stage import keyboard_mash
from ..model import (
    AUTHOR_BIO_REASON,
    CAPS_SIGNOFF_REASON,
    CAPTION_CREDIT_REASON,
    CREDIT_FIELDS_REASON,
    NAME_ONLY_REASON,
    PLACE_WRITER_REASON,
    REPUBLISHED_NOTE_REASON,
    REPUBLISHED_SOURCE_REASON,
    Block,
    Document,
)
from ..settings import CleanSettings
from ..textnorm import needs_composing
from .cue_gate import KeyAutomaton, phrase_keys
from .features import (
    FORUM_MEMBER_REASON,
    JOINED_NAMES_REASON,
    NAME_AND_PLACE_REASON,
    NAME_JOINERS_RE,
    LineFeatures,
    _unspaced_char,
    byline_among_stamps,
    caseless_name,
    counter_alone,
    date_alone,
    find_cues,
    fold_line,
    forum_member,
    line_features,
    looks_like_name,
    name_and_place,
    place_and_date,
    share_counts,
    site_counter,
    stamp_fields,
    word_units,
)

_ENUM_RE = re.compile(r"\s*(?:\d{1,3}|[a-z]|[ivx]{1,4})[.)]\s|\s*[-•*·]\s")
# What may stand before a line's leading cue: brackets, dashes, bullets and
# the arrows that point at a teaser link (">> Xem thêm:", "► อ่านเพิ่มเติม",
# "»延伸閱讀").
_LEAD_MARKS = "([{（【「『-–—•* >»›▶►▸→◆■●▼▽◇□○◎★☆"


def _lstrip_lead(low: str, extra: str = "") -> str:
    """The line after its leading marks and pictographs: a site's call often
    opens on an emoji ("📲 Sumate al canal…", "🔔 Follow us…"), which
    hid the cue at its start."""
    i, n = 0, len(low)
    while i < n and (
        low[i] in _LEAD_MARKS
        or low[i] in extra
        or unicodedata.category(low[i]) in ("So", "Sk", "Cf", "Mn")
    ):
        i += 1
    return low[i:]


# an opening bracket and the one closing it ("[Baca juga]", "【関連記事】")
_BRACKET_PAIRS = {
    "[": "]", "(": ")", "（": "）", "【": "】", "「": "」", "『": "』", "{": "}", "<": ">",
    "〔": "〕", "〈": "〉", "《": "》",
}  # fmt: skip
# arrows pointing at a link ("▶ 관련기사", "☞ Read more", "≫関連記事")
_ARROW_MARKS = "▶►▸▷→»›≫>☞"
# the marks a teaser's cue may stand behind
_TEASER_MARKS = _LEAD_MARKS + "<〔〈《≫☞▷"
_TRAILING_PAREN_RE = re.compile(r"[(（\[]([^()（）\[\]]{1,40})[)）\]]\s*$")

_SLASH_CREDIT_RE = re.compile(r"[(（]([^()（）/]{2,40})/([^()（）/]{2,40})[)）]\s*$")


def _name_words(part: str, max_words: int) -> bool:
    words = part.split()
    return 1 <= len(words) <= max_words and all(
        w[:1].isupper() and not any(c.isdigit() for c in w) for w in words
    )


def _slash_credit(text: str) -> str | None:
    """'(Jane Doe / The Herald)', '(AP/Jane Doe)': a photo credit closing a
    caption -- a person's name (two to four capitalised words) and an outlet
    on either side of a slash; None otherwise ('(Reuters/Ipsos)' names no one)."""
    t = text.strip()
    m = _SLASH_CREDIT_RE.search(t)
    if not m or m.start() == 0:
        return None
    a, b = m.group(1).strip(), m.group(2).strip()
    # "(Jane Doe/The Herald via AP)": the agency that distributed the photo
    b = re.sub(r"\s+via\s+\S.{0,30}$", "", b)
    person = [p for p in (a, b) if len(p.split()) >= 2 and _name_words(p, 4)]
    if person and _name_words(a, 5) and _name_words(b, 5):
        return f"{a} / {b}"
    return None


# A caption, a sentence end, then its credit: "Firefighters on the hill.
# © AFP / Jane Doe", "Un canadair survole la zone. EFE/Jean Dupont".
# Possessive spaces and a credit that ends on a letter: a lazy credit before
# "\s*$" re-read a long run of spaces once per character (quadratic).
_CAPTION_THEN_CREDIT_RE = re.compile(
    r"(?P<cap>.*?\S(?:[.!?…]\s++|[。！？]\s*+))(?P<credit>[^.!?…。！？]*[^.!?…。！？\s])\s*+$"
)


def _closing_credit(g: LineFeatures) -> str | None:
    """The credit closing a caption: after the caption's last sentence, a
    '©' or a slash, then only capitalised names ('© AFP / Jane Doe',
    'EFE/Jean Dupont'); a slash without '©' needs a person's name (two
    words or more) on one side. None for a copyright notice: the '©' opens
    the line, a year or a rights clause follows it, or the text before it is
    a list of site links ('Contact. © The Daily Post')."""
    t = g.text.strip()
    m = _CAPTION_THEN_CREDIT_RE.match(t)
    if not m or _slash_credit(t):
        return None  # '(AP/Jane Doe)' has its own rule, after the cue rules
    cap, credit = m.group("cap").strip(), m.group("credit").strip()
    if "©" in cap or any(c.isdigit() for c in credit):
        return None
    if len(cap.split()) < 3 and len(cap) < 6:
        return None
    if any(h.start < len(cap) and h.category in _FOOTER_CATS | _NAV_CATS for h in g.cues):
        return None
    copy = credit.startswith("©") or credit.casefold().startswith("(c)")
    body = credit.removeprefix("©").removeprefix("(c)").removeprefix("(C)").strip()
    if body[:1] in "(（[" and body[-1:] in ")）]":
        body = body[1:-1].strip()
    parts = [p.strip() for p in re.split(r"\s*[/|]\s*", body)]
    if not body or len(parts) > 3 or len(body.split()) > 8:
        return None
    if not all(_name_words(p.replace("-", " "), 5) for p in parts):
        return None
    if not copy and not (len(parts) >= 2 and any(len(p.split()) >= 2 for p in parts)):
        return None
    return credit


# French and Spanish regional papers close a caption on "Photo <name>" with
# no colon ("Le maire, mardi. Photo Jean Dupont", "... Photo DR"): the cue,
# then only a photographer's name, "DR" (droits réservés) or an agency.
_PHOTO_NAME_RE = re.compile(
    r"(?:^|(?<=[.!?…»”\"]\s))[(\[]?(?P<cue>photos?|fotos?|crédit|crédito|image|imagen)\s+"
    r"(?P<who>[^\s().:;,][^().:;]{0,50}?)[)\]]?\s*$",
    re.IGNORECASE,
)


def _photo_name_credit(t: str) -> str | None:
    """'Photo Jean Dupont', 'Photo DR', 'Foto EFE' closing a caption (or
    alone on a line), or None: the words after the cue are a capitalised
    name of two to four words, 'DR', or news agencies."""
    m = _PHOTO_NAME_RE.search(t.strip())
    if m is None:
        return None
    who = m.group("who").strip()
    words = who.replace("/", " ").split()
    agencies = _agency_names()
    if who.upper() == "DR" or (words and all(fold_line(w) in agencies for w in words)):
        return f"{m.group('cue')} {who}"
    if 2 <= len(words) <= 4 and _name_words(who.replace("-", " "), 4):
        return f"{m.group('cue')} {who}"
    return None


# A magazine's caption closing on its photographer and the outlet the photo
# was made for, after the caption's sentence ("New houses on the ridge, July
# 2024. Jane Doe for The Quarterly", "… Jean Dupont pour Le Monde"). Words
# bounded in length and count: no backtracking on long lines.
_FOR_OUTLET_CREDIT_RE = re.compile(
    r"(?<=[.!?…»”\"]\s)(?P<who>[^\W\d_][\w'’-]{0,30}(?: [^\W\d_][\w'’-]{0,30}){1,3})"
    r" (?:for|para|pour|für)"
    r" (?P<outlet>[^\W\d_][\w'’&-]{0,30}(?: [^\W\d_][\w'’&-]{0,30}){0,4})\s*$"
)


def _photographer_for_outlet(t: str) -> str | None:
    """'Jane Doe for The Quarterly' closing a caption, or None: a person's
    name (two to four capitalised words) and an outlet of capitalised words."""
    m = _FOR_OUTLET_CREDIT_RE.search(t.strip())
    if m is None:
        return None
    who, outlet = m.group("who"), m.group("outlet")
    if _name_words(who, 4) and _name_words(outlet, 5):
        return f"{who} … {outlet}"
    return None


@cache
def _photo_by_suffixes() -> tuple[str, ...]:
    from .cues import PHOTO_BY_SUFFIX

    return tuple(suf for sufs in PHOTO_BY_SUFFIX.values() for suf in sufs)


def _photo_by_suffix(t: str) -> str | None:
    """'新华社记者 王明 摄': a closing segment (after the last sentence) that
    names a photographer and ends with the verb 'photographed' (cues.PHOTO_BY_SUFFIX),
    the name set apart by a space or the whole credit in brackets."""
    low = fold_line(t).strip()
    # the closing segment ends where the line does, less its brackets and
    # spaces: a line not ending on a suffix is not split to learn so
    if not low.rstrip(" )）]】").rstrip().endswith(_photo_by_suffixes()):
        return None
    from .cues import PHOTO_BY_SUFFIX

    bracketed = low[-1:] in ")）]】"
    seg = re.split(r"[。！？.!?]", low.rstrip(" )）]】"))[-1]
    seg = seg.strip().lstrip("(（[【").strip()
    for suffixes in PHOTO_BY_SUFFIX.values():
        for suf in suffixes:
            head = seg[: len(seg) - len(suf)]
            if (
                seg.endswith(suf)
                and head.strip()
                and len(seg) <= 30
                and (head[-1:].isspace() or bracketed)
            ):
                return seg
    return None


# A Japanese newspaper's caption: what the photo shows, "＝", the day it was
# taken (perhaps its hour: "7日午後11時10分"), then the place and the
# photographer ("改修工事が始まる中央公園＝12日、横浜市中区、田中一郎撮影").
# No sentence ends in it.
_DATED_CAPTION_RE = re.compile(
    r"[^。！？=＝\n]{2,80}[=＝]\s?(?P<day>(?:\d{1,2}月)?\d{1,2}日(?:午前|午後)?)"
    r"(?:\d{1,2}時(?:\d{1,2}分|半)?|\d{1,2}[:：]\d{2})?"
    r"(?:[、，,][^。！？=＝\n]{1,60})?"
)


# ... or with the place alone after "＝" ("廃線が決まった路線を走るバス＝
# 札幌市中央区"): a name closing on a city, ward, town or prefecture's word
# (perhaps then who took it: "…＝大阪府東大阪市、筆者撮影")
_PLACED_CAPTION_RE = re.compile(
    r"[^。！？=＝\n【「（(]{2,80}[=＝]\s?(?P<place>[^\W\d_]{1,12}[都道府県市区町村郡][^\W\d_]{0,6})"
    r"(?:[、，,][^。！？=＝、，,\n]{1,16}撮影)?"
)


# A Japanese photo credit naming who took the picture, "撮影・岡田 俊介"
# (also "撮影：X"), alone on its line (in brackets or not) or closing a
# caption after "＝" or an opening bracket: "乗客（高知駅で）＝撮影・岡田 俊介".
# The name: one or two runs of at most five letters each (a family and a
# given name), no sentence ("撮影・本社ヘリから" tells where from).
_JA_SHOT_BY = r"撮影[・:：]\s?(?P<who>[^\W\d_]{1,5}(?:[ \u3000][^\W\d_]{1,5})?)"
_JA_SHOT_BY_ALONE_RE = re.compile(r"[（(]?" + _JA_SHOT_BY + r"[）)]?")
_JA_SHOT_BY_CLOSING_RE = re.compile(r"[^。！？＝=]{4,120}?(?:[＝=]|[（(])" + _JA_SHOT_BY + r"[）)]?")
# what ends the name of an office, a company or a desk ("本社", "写真部",
# "県警", "市役所"): no one photographer
_JA_BODY_ENDINGS = ("社", "部", "局", "課", "庁", "省", "会", "警", "所", "班", "隊")


def _ja_shot_by(t: str, alone: bool) -> str | None:
    """The photographer a Japanese "撮影・X" credit names, alone on its line
    (``alone``) or closing a caption; None when it names an office or the
    line is no such credit."""
    m = (_JA_SHOT_BY_ALONE_RE if alone else _JA_SHOT_BY_CLOSING_RE).fullmatch(t.strip())
    if m is None or m.group("who").endswith(_JA_BODY_ENDINGS):
        return None
    return m.group("who")


def _dated_caption(t: str) -> str | None:
    """The day of a caption written so ("…＝12日、横浜市中区"), or None."""
    m = _DATED_CAPTION_RE.fullmatch(t.strip())
    return m.group("day") if m else None


def _is_page_headline(cx: _Ctx, t: str) -> bool:
    """Is ``t`` the page's own headline (its title or an <h1>)?"""
    low = fold_line(t).strip()
    doc = cx.doc
    heads = [doc.title or "", *((doc.meta or {}).get("h1") or [])]
    return any(low and low in fold_line(str(h)) for h in heads if h)


def _spaced_teaser_lead(g: LineFeatures, h) -> bool:
    """Does related cue ``h`` of INLINE_TEASER_LEADS open the line as a
    teaser's label, a headline after it with no colon ("À lire aussi
    Lanester : la circulation …", "Lee también El Gobierno …"), as a page
    flattens the label's box and its link into one line? The headline starts
    with a capital and has three words or more; "Xem thêm thông tin về …"
    goes on in lower case, a sentence."""
    if g.unspaced or h.cue not in _folded("INLINE_TEASER_LEADS"):
        return False
    t = g.text.strip().lstrip(_LEAD_MARKS)
    if not fold_line(t).startswith(h.cue) or t[len(h.cue) : len(h.cue) + 1] != " ":
        return False
    rest = t[len(h.cue) :].strip()
    return rest[:1].isupper() and len(rest.split()) >= 3 and not rest.endswith(".")


def _placed_caption(t: str) -> str | None:
    """The place of a caption written so ("…＝札幌市中央区"), or None."""
    m = _PLACED_CAPTION_RE.fullmatch(t.strip())
    return m.group("place") if m else None


# "photo 2/12", "foto 1 de 4", "photo 3 sur 10" (folded): a caption cue, then
# "N / M" or "N <short word> M"
# (a word may end on a combining mark, as Thai "ภาพที่" (picture No.) does)
_COMBINING_MARKS = (
    "\u0300-\u036f\u0e31\u0e34-\u0e3a\u0e47-\u0e4e\u0900-\u0903\u093a-\u094f\u064b-\u065f"
)
_GALLERY_COUNT_RE = re.compile(
    rf"[\W_]*(?P<cue>[^\W\d_](?:[^\d]*[^\W\d_][{_COMBINING_MARKS}]*)?)\s*\d{{1,3}}\s*(?:/|[^\W\d_]{{1,4}})\s*\d{{1,3}}[\W_]*"
)
# the most characters of an ordinal word joined to the caption cue ("ภาพที่
# 3/10": picture No. 3)
_GALLERY_ORDINAL_MAX_CHARS = 3

_DESK_CODE_RE = re.compile(r"[a-z]{2,5}(?:[-/][a-z]{2,5}){2,}")
# a writer's e-mail address closing a byline, perhaps in brackets
_TRAILING_EMAIL_RE = re.compile(r"[\s(（\[<]*[\w.+-]+@[\w-]+(?:\.[\w-]+)+[\s)）\]>]*$")
# The link to a writer's other articles printed after the byline ("김민수 기자
# 다른기사 보기", "山田太郎 記者 記事一覧", "Jane Doe, Reporter · More from this author").
_AUTHOR_PAGE_LINK_RE = re.compile(
    r"\s*[|·•/–—-]?\s*(?:다른\s?기사\s?보기|기사\s?더\s?보기|다른\s?기사|기자의\s?다른\s?기사"
    r"|記事一覧|他の記事|更多文章|其他文章"
    r"|more (?:articles |stories )?(?:from|by) this (?:author|writer)|see all (?:articles|stories))"
    r"\s*[»›>]?\s*$",
    re.IGNORECASE,
)
_DESK_PAIR_RE = re.compile(r"[(\[]?([a-z]{2,4})/([a-z]{2,4})[)\]]?")


@cache
def _folded(name: str, longest_first: bool = True) -> tuple[str, ...]:
    """Every entry of the cue table ``name`` (all languages), folded, once:
    longest first (a prefix test meets "agencia efe" before "efe"), or in
    alphabetical order."""
    from . import cues

    entries = {fold_line(w) for ws in getattr(cues, name).values() for w in ws}
    return tuple(sorted(entries, key=len, reverse=True) if longest_first else sorted(entries))


@cache
def _agency_names() -> frozenset[str]:
    return frozenset(_folded("NEWS_AGENCIES"))


def _credit_leads() -> tuple[str, ...]:
    return _folded("AGENCY_CREDIT_LEADS")


# between the agencies of a sign-off: "/", ",", "&", " - ", "and" in the
# page's languages, perhaps with an article ("… e da Reuters", "y de AFP")
_AGENCY_LIST_SPLIT_RE = re.compile(
    r"\s*(?:/|,|&|\s-\s"
    r"|\s(?:and|y|et|e|und|и|và|dan)\s(?:(?:da|do|das|dos|de|del|der|the)\s)?)\s*"
)


# Initials of a script without capitals, a letter or two each with their
# dots, two or three joined by slashes: "ع.م / س.ر", "م.ح/ع.ك" (how Arabic
# and Persian agencies' editors sign a dispatch)
_CASELESS_INITIALS_RE = re.compile(
    r"[(\[]?[^\W\d_]\.[^\W\d_]\.?(?:\s?/\s?[^\W\d_]\.[^\W\d_]\.?){1,2}[)\]]?"
)


def _caseless_initials(t: str) -> bool:
    return _CASELESS_INITIALS_RE.fullmatch(t) is not None and not any(
        c.isupper() or c.islower() for c in t
    )


def _agency_signoff(t: str) -> str | None:
    """Why a whole line is a wire agency's sign-off ('EFE', '(AFP)', '— Reuters',
    '(TTXVN)', '（新华社）') or a desk's initials ('bur-jmb/abx/fm'), or None."""
    t = t.strip()
    if _DESK_CODE_RE.fullmatch(t) and "/" in t:
        return f"editors' initials closing wire copy ('{t}')"
    # two desks' initials, perhaps in brackets ("abc/jlp", "(mrc/jlp)"): one
    # of them with no vowel, so no pair of words ("and/or", "his/her")
    if (m := _DESK_PAIR_RE.fullmatch(t)) and any(not set(x) & set("aeiouy") for x in m.groups()):
        return f"editors' initials closing wire copy ('{t}')"
    if _caseless_initials(t):
        return f"editors' initials closing wire copy ('{t}')"
    core = t.strip(" .()（）[]【】-–—―·•")
    if not core or len(core) > 60:
        return None
    low = fold_line(core)
    lead = next((w for w in _credit_leads() if low.startswith((w + " ", w + ":"))), "")
    if lead:  # "Con información de EFE y AFP.", "Avec AFP"
        low = low[len(lead) :].lstrip(" :")
        core = core[len(core) - len(low) :]
    # ... or after them: "(एजेंसी इनपुट के साथ)", "(With agency inputs)"
    tail = next((w for w in _folded("AGENCY_CREDIT_TAILS") if low.endswith(" " + w)), "")
    if tail:
        low = low[: -len(tail)].rstrip()
        core = core[: len(low)]
        if not lead and low.startswith("with "):
            low, core = low[5:], core[5:]
    names = _agency_names()
    parts = [q for p in _AGENCY_LIST_SPLIT_RE.split(low) if (q := p.strip('«»"“”„'))]
    if parts and all(p in names for p in parts):
        return f"wire agency sign-off '{core}' after the last paragraph"
    # the agencies, then the desk's initials in lower case ("dpa/AFP/as",
    # "AFP/jlp"): the editor who put the wire copy together signs it
    shown = core.split("/")
    if (
        len(parts) >= 2
        and len(shown) == len(parts)
        and all(p in names for p in parts[:-1])
        and re.fullmatch(r"[a-z]{2,4}", shown[-1].strip())
    ):
        return f"wire agency sign-off with the editor's initials '{core}' after the last paragraph"
    return None


def _separator(t: str) -> bool:
    """'___', '* * *', '---', '• • •': a line of one or two marks repeated,
    no letter or digit (a rule drawn between parts of a page)."""
    marks = t.replace(" ", "").replace("\u00a0", "")
    return len(marks) >= 3 and not any(c.isalnum() for c in marks) and len(set(marks)) <= 2


@cache
def _relative_stamp_re() -> re.Pattern[str]:
    """'2 hours ago', 'Hace 3 horas', 'Il y a 5 min' (folded), whole line."""
    from .cues import ONE_WORDS, RELATIVE_STAMP_WORDS, TIME_UNITS

    def alt(words) -> str:
        return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))

    alts = []
    for lang, where in RELATIVE_STAMP_WORDS.items():
        num = r"(?:\d{1,3}|" + alt(ONE_WORDS.get(lang, [])) + ")"
        unit = r"(?:" + alt(TIME_UNITS.get(lang, [])) + r")\.?"
        if where.get("before"):
            alts.append(r"(?:" + alt(where["before"]) + r")\s+" + num + r"\s*" + unit)
        if where.get("after"):
            alts.append(num + r"\s*" + unit + r"\s+(?:" + alt(where["after"]) + ")")
    return re.compile("|".join(alts))


def _relative_stamp(t: str) -> bool:
    low = fold_line(t).strip(" .·•|()[]-–—")
    return bool(low) and _relative_stamp_re().fullmatch(low) is not None


def _signature(g: LineFeatures) -> str | None:
    """'— Karen Holt', '– Tom Reyes': a long dash, then a person's name and
    nothing else (how live blogs sign each post), or None. A hyphen opens
    list items ('- Second round'), not signatures."""
    t = g.text.strip()
    if t[:1] not in "–—―" or t.rstrip()[-1:] in ".!?:;":
        return None
    rest = t.lstrip("–—― ").strip()
    if not rest or rest == t or len(rest.split()) < 2:
        return None
    from .features import line_features as _lf

    cfg = CleanSettings()
    if looks_like_name(_lf(0, rest), cfg.byline_max_words, cfg.byline_max_chars):
        return rest
    return None


# "— Coastal Power (@CoastalPowerCo) March 3, 2026": who wrote an embedded
# post, their handle in brackets, and when
_POST_SIGNATURE_RE = re.compile(r"\s*[—–―-]\s*([^()\n]{1,60}?)\s*\(@[\w.]{1,30}\)\s*(.*)")


def _post_signature(t: str) -> str | None:
    """The signature closing an embedded social post as a scraper keeps it:
    "— Name (@handle) March 3, 2026" (the date may be missing), or "A post
    shared by Name (@handle)" in the table's languages; None if it is not.
    Its post is quoted in the article, and the article goes on after it."""
    if m := _POST_SIGNATURE_RE.fullmatch(t):
        if m.group(1).strip() and (not m.group(2).strip() or date_alone(m.group(2))):
            return "— " + m.group(1).strip()
        return None
    if "(@" in t and (ph := _opening_phrase(t, "SHARED_POST_CREDITS")):
        return ph
    return None


# "3 / 12", "1 de 12", "2 of 8", "4 sur 10": a photo gallery's counter
_BARE_COUNTER_RE = re.compile(r"(\d{1,3})\s*(?:/|de|of|sur|von|di|из)\s*(\d{1,3})")


def _bare_counter(t: str) -> bool:
    """A gallery counter with no word before it: the first number no larger
    than the second ('3 / 12'; '12 / 3' is a ratio or a score)."""
    m = _BARE_COUNTER_RE.fullmatch(t.strip(" ()[]·•|"))
    return bool(m) and 1 <= int(m.group(1)) <= int(m.group(2)) and int(m.group(2)) > 1


def _gallery_captions(cx: _Ctx) -> None:
    """The caption of a picture in a photo gallery: the short line after the
    picture's counter ("1 of 12", "Photo 3/10") when a photo credit stands
    between the two or the caption is followed by the next picture's counter
    or credit. Written as a sentence, it passed for the article's text."""
    f, n = cx.f, len(cx.f)

    def counter(j: int) -> bool:
        return cx.label[j] == "navigation" and any("gallery counter" in r for r in cx.reasons[j])

    def nonempty(js) -> list[int]:
        return [j for j in js if f[j].norm]

    for i in range(n):
        if not counter(i):
            continue
        after = nonempty(range(i + 1, min(n, i + 6)))
        credits = 0
        while after and cx.label[after[0]] == "caption":
            credits += 1
            after.pop(0)
        if not after:
            continue
        j = after[0]
        if (
            cx.label[j] is not None
            or f[j].units > 1.5 * cx.cfg.short_line_words
            or (cx.headline_like(f[j]) and not f[j].ends_sentence)
        ):
            continue
        nxt = after[1] if len(after) > 1 else None
        if credits or (nxt is not None and (counter(nxt) or cx.label[nxt] == "caption")):
            cx.set(j, "caption", "caption of a picture in a photo gallery (after its counter)")
    _gallery_runs(cx, counter)


# a mark ending a sentence, and the closing quotes or brackets after one
_SENTENCE_END_RE = re.compile(r"[.!?。！？;；][\s\"'”’)）」]")


def _one_sentence(t: str) -> bool:
    """Does the line hold one sentence at most: no sentence ends before its
    last mark ("Crowds gather at the gate." yes, "Crowds gather. Photo: X" no)?"""
    t = t.strip().rstrip(".!?。！？\"'”’)）」 ")
    return not _SENTENCE_END_RE.search(t) and not any(c in t for c in "。！？")


def _gallery_runs(cx: _Ctx, counter) -> None:
    """A run of pictures laid out the same way, each a short sentence next
    to its credit or counter ('<caption> / Photo: X / <caption> / Photo: Y'):
    with two pictures or more, each short line on the same side of its mark
    is a caption. A counter opens its picture, a credit closes it: that side
    is taken when both sides would fit."""
    f, cfg = cx.f, cx.cfg
    idx = [j for j in range(len(f)) if f[j].norm]

    def credit(j: int) -> bool:
        # a photo credit alone on its line ("Photo: X", "图片来源：… 摄"), no
        # caption sentence before it
        g = f[j]
        return (
            cx.label[j] == "caption"
            and any("credit" in r for r in cx.reasons[j])
            and g.units <= 8
            and _one_sentence(g.text)
            and not g.ends_sentence
        )

    runs: list[list[int]] = []
    for k, j in enumerate(idx):
        if counter(j) or credit(j):
            if runs and k - runs[-1][-1] == 2:
                runs[-1].append(k)
            else:
                runs.append([k])

    def candidate(k: int) -> int | None:
        if not 0 <= k < len(idx):
            return None
        j = idx[k]
        g = f[j]
        if cx.label[j] == "caption" and not credit(j):
            return j
        if cx.label[j] is not None or g.units > cfg.short_line_words or not _one_sentence(g.text):
            return None
        return j

    for run in runs:
        if len(run) < 2:
            continue
        counters = sum(counter(idx[k]) for k in run)
        sides = (1, -1) if 2 * counters >= len(run) else (-1, 1)
        best = max(
            ([j for k in run if (j := candidate(k + step)) is not None] for step in sides),
            key=len,
        )
        if len(best) >= max(2, len(run) - 1):
            for j in best:
                if cx.label[j] is None:
                    cx.set(
                        j,
                        "caption",
                        f"caption in a photo gallery: a short line beside its picture's credit "
                        f"or counter ({len(run)} pictures)",
                    )


# one button and its count in a bar of reactions: a word or two, the count
# (perhaps "1.2k", "1,2 万"), and a bar or a dot before the next
_COUNT_PAIR_RE = re.compile(
    r"\s*([^\W\d_](?:[^\W\d_]|['’ -]){0,24}?)\s*[:：]?\s*\d[\d.,]*\s*[kKmM万萬千]?\s*(?:[|·•｜,;/]\s*)?"
)
_COUNTER_BAR_MIN = 3


def _counter_bar(t: str) -> int:
    """The buttons of a bar of reactions or counters, each a word or two and
    its count, three or more and nothing else on the line ("Like 12 Love 3
    Haha 0 Sad 1", "좋아요 3 훈훈해요 0 슬퍼요 0 화나요 1", "Thích 12 · Buồn
    1 · Haha 0"): the page's tools. They were set aside as a headline after
    the article. 0 for any other line."""
    pos, pairs, known = 0, 0, False
    t = t.strip()
    while pos < len(t):
        m = _COUNT_PAIR_RE.match(t, pos)
        if m is None or len(m.group(1).split()) > 2:
            return 0
        known = known or fold_line(m.group(1)).strip() in _reaction_buttons()
        pairs, pos = pairs + 1, m.end()
    # one button the bar tables at least: a line of teams and their scores
    # ("Real Madrid 2 Barcelona 1 Sevilla 0") has the shape too
    return pairs if pairs >= _COUNTER_BAR_MIN and known else 0


@cache
def _reaction_buttons() -> frozenset[str]:
    return frozenset(_folded("REACTION_BUTTONS"))


def _embed_labels() -> tuple[str, ...]:
    return _folded("EMBED_LABELS")


def _embed_teaser(t: str) -> str | None:
    """The label an embedded player's teaser opens with ('Watch: ...',
    'VIDÉO - ...', 'Listen: ... · 24:31'), or None: the label, then ':',
    '|', '·' or a spaced dash, then text; no sentence end."""
    low = fold_line(t.strip()).lstrip("([{【•*»›> ")
    if low.rstrip().endswith(".") or low.rstrip().endswith("!"):
        return None
    if not low.startswith(_embed_labels()):
        return None  # no label opens the line (one prefix test for all)
    for cue in _embed_labels():
        if not low.startswith(cue):
            continue
        rest = low[len(cue) :]
        sep = rest.lstrip()[:1]
        if (sep in (":", "：", "|", "·") and rest.lstrip()[1:].strip()) or (
            rest[:1] == " " and sep in "-–—" and rest.lstrip()[1:2] == " "
        ):
            return cue
    return None


@cache
def _imprint_re() -> re.Pattern[str]:
    """A field label before its colon, at the line's start or after a space
    or a mark; a Chinese one may follow other characters, which Chinese
    writes unspaced ("违法和不良信息举报电话：")."""
    fields = _folded("IMPRINT_FIELDS")
    spaced = "|".join(re.escape(x) for x in fields if not _unspaced_edge(x[0]))
    han = "|".join(re.escape(x) for x in fields if _unspaced_edge(x[0]))
    return re.compile(rf"(?:(?:^|(?<=[\s.|,;·•]))({spaced})|({han}))\.?\s*[:：]")


def _imprint_fields(t: str) -> list[str]:
    """The imprint field labels a line holds, each before a colon
    ("Địa chỉ: …", "Điện thoại: …"), once each."""
    low = fold_line(t)
    if ":" not in low and "：" not in low:
        return []
    return list(
        dict.fromkeys(f"'{m.group(1) or m.group(2)}:'" for m in _imprint_re().finditer(low))
    )


@cache
def _opening_gate(table: str) -> re.Pattern[str]:
    """Every phrase of cue table ``table`` (apostrophes as "'") as one
    regex factored by common prefixes: matched at a line's start it says
    whether any phrase may be a prefix of the line (one C match; most lines
    open with none)."""
    from .features import _trie_regex

    return re.compile(_trie_regex(sorted({c.replace("’", "'") for c in _folded(table)})))


def _opening_phrase(t: str, table: str) -> str | None:
    """The phrase of cue table ``table`` that the line opens with (a whole
    word; a Han phrase needs no space after it), or None."""
    low = fold_line(t.strip()).lstrip("([{【•* ").replace("’", "'")
    if not _opening_gate(table).match(low):
        return None
    for cue in _folded(table):
        c = cue.replace("’", "'")
        if low.startswith(c) and (not low[len(c) : len(c) + 1].isalnum() or _unspaced_edge(c[-1])):
            return cue
    return None


def _file_photo(t: str) -> str | None:
    """The phrase a file or illustration photo's caption opens with
    ('Imagen de archivo. EFE', "Photo d'illustration AFP"), or None."""
    return _opening_phrase(t, "FILE_PHOTO_CAPTIONS")


# a line naming both app stores ("Download our app on the App Store and
# Google Play", "แอป… ดาวน์โหลดได้ที่ App Store และ Google Play"): the
# site's app prompt, in any language
_APP_STORES_RE = re.compile(
    r"(?<![^\W_])(?:app ?store)(?![^\W_]).*(?<![^\W_])(?:google play|play store)(?![^\W_])"
    r"|(?<![^\W_])(?:google play|play store)(?![^\W_]).*(?<![^\W_])app ?store(?![^\W_])",
    re.IGNORECASE,
)
_SHARE_BAR_SPLIT = re.compile(r"[\s|·•/,]+")
_SHARE_LABEL_MAX_WORDS = 2


@cache
def _share_targets() -> frozenset[str]:
    from .cues import SHARE_TARGETS

    return frozenset(fold_line(w) for w in SHARE_TARGETS)


def _share_bar(g: LineFeatures) -> int | None:
    """How many networks a share bar names, when the line is nothing but
    their names and page-tool cue words ("Facebook X Email Print Copy link");
    None otherwise (a headline naming a network has other words)."""
    low = g.text.casefold()
    tools = [h for h in g.cues if h.category in ("nav", "follow_us")]
    if tools:
        chars = list(low)
        for h in tools:
            chars[h.start : h.end] = " " * (h.end - h.start)
        low = "".join(chars)
    targets = _share_targets()
    # a label before a colon in a language no cue table covers ("I-share:",
    # "شارك:", or a cue word blanked above) names the bar; the networks
    # after it must still be two
    head, colon, rest = low.partition(":")
    if colon and rest.strip() and len(head.split()) <= _SHARE_LABEL_MAX_WORDS:
        low = rest
    n = 0
    for word in _SHARE_BAR_SPLIT.split(low):
        if word:
            if fold_line(word) not in targets:
                return None  # a word that is no network (most lines: the first)
            n += 1
    return n if n >= 2 else None


def _share_buttons_one_per_line(cx: _Ctx) -> None:
    """A share bar whose buttons stand one per line (a list's items:
    "Facebook" / "X" / "Email" / "Print"): lines in a row, each one
    network's name alone or a page tool a cue named (labelled navigation
    already), with two networks or more among them, are the bar's buttons.
    One network's name alone ("Threads", "Line") says nothing by itself."""
    f, n = cx.f, len(cx.f)
    targets = _share_targets()
    i = 0
    while i < n:
        run: list[int] = []
        networks = 0
        j = i
        while j < n:
            g = f[j]
            if cx.label[j] is None and fold_line(g.text).strip(" :·•|") in targets:
                networks += 1
            elif not (cx.label[j] == "navigation" and g.units <= 2):
                break
            run.append(j)
            j += 1
        if networks >= 2:
            for k in run:
                if cx.label[k] is None:
                    cx.set(k, "navigation", f"share bar, one button per line ({networks} networks)")
        i = j + 1 if j == i else j


def _account_link(t: str) -> str | None:
    """The account link ("Log in", "Đăng nhập") a line holds as a whole
    item between separators or at its end, or None."""
    parts = [fold_line(p).strip(" .") for p in _TOP_BAR_SPLIT.split(t)]
    links = _account_links()
    if found := next((p for p in parts if p in links), None):
        return found
    # the links side by side with spaces only, closing the line ("… 02/04/2024
    # Đăng nhập Đăng ký")
    end = parts[-1] if parts else ""
    return next(
        (x for x in links if end.endswith(x) and not end[-len(x) - 1 : -len(x)].isalnum()),
        None,
    )


_TOP_BAR_SPLIT = re.compile(r"\s*[|·•/]\s*|\s{2,}")


@cache
def _account_links() -> frozenset[str]:
    return frozenset(_folded("ACCOUNT_LINKS"))


# How the reason for a print version's notice ("Printed on 14/11/2025")
# starts: the extractor's date guess read from it is no publish date.
PRINT_NOTICE_REASON = "print version's notice"

# a year or a day's number right after a credit's opening words ("First
# published in 1998, …") starts a sentence's history, not a credit
_OPENING_THEN_NUMBER = re.compile(r"\s*\(?\d")
# a comma followed by a clause of several words in the credit's first
# sentence ("Originally published in 1851, the paper …"); a date's comma
# ("on July 18, 2024.") is followed by one word only
_COMMA_CLAUSE = re.compile(r",\s+(?:[^\W\d_]+\s+){3}[^\W\d_]+")


def _credit_opening(t: str, table: str) -> tuple[str, str] | None:
    """(phrase, rest of the line) of a credit-like line opening on a phrase
    of ``table``, or None when the line goes on as a sentence of its own (a
    clause after a comma in its first sentence)."""
    ph = _opening_phrase(t, table)
    if ph is None:
        return None
    low = fold_line(t.strip()).lstrip("([{【•* ").replace("’", "'")
    rest = low[len(ph) :]
    first = _SENTENCE_INSIDE.split(rest, maxsplit=1)[0]
    if _COMMA_CLAUSE.search(first):
        return None
    return ph, rest


def _republished_note(t: str) -> str | None:
    """'Originally published at <outlet> on <date>.': the phrase, or None."""
    got = _credit_opening(t, "REPUBLISHED_OPENINGS")
    if got is None or _OPENING_THEN_NUMBER.match(got[1]):
        return None
    return got[0]


def _print_page_note(g: LineFeatures) -> str | None:
    """'Printed on 12/02/2024 09:14', 'This article was printed from
    https://…': the phrase, or None. Needs the date or the address the note
    gives (a line 'Printed on recycled paper' is no such note)."""
    if not (g.dates or g.has_domain or g.has_link):
        return None
    got = _credit_opening(g.text, "PRINT_PAGE_NOTES")
    return got[0] if got else None


@cache
def _question_words() -> frozenset[str]:
    from .cues import QUESTION_WORDS

    return frozenset(fold_line(w).replace("’", "'") for v in QUESTION_WORDS.values() for w in v)


def _opens_with_question_word(t: str) -> bool:
    """'WHAT'S NEXT', 'Por qué importa', 'POURQUOI C'EST IMPORTANT'."""
    words = fold_line(t.strip()).replace("’", "'").lstrip('¿¡«"“ ').split()
    if not words:
        return False
    qs = _question_words()
    return words[0].strip(",:") in qs or " ".join(words[:2]).strip(",:") in qs


@cache
def _editor_note_cues() -> frozenset[str]:
    from .cues import EDITOR_NOTE_CUES

    return frozenset(fold_line(c).replace("’", "'") for c in EDITOR_NOTE_CUES)


@cache
def _update_note_words() -> tuple[str, ...]:
    from .cues import UPDATE_NOTE_WORDS

    return tuple(fold_line(w) for w in UPDATE_NOTE_WORDS)


def _update_note(t: str) -> bool:
    """Does a correction or update note's first sentence say the text was
    updated (UPDATE_NOTE_WORDS), rather than state a corrected fact?"""
    first = re.split(r"[.!?。！？]\s|[。！？]", fold_line(t), maxsplit=1)[0]
    return any(w in first for w in _update_note_words())


def _correction_cues() -> tuple[str, ...]:
    return _folded("CORRECTION_NOTES", longest_first=False)


@cache
def _correction_start_re() -> re.Pattern[str]:
    """The correction cues (apostrophes as "'") as one anchored alternation:
    most lines start with none, and one C search says so."""
    cues = {c.replace("’", "'") for c in _correction_cues()}
    return re.compile("|".join(re.escape(c) for c in sorted(cues, key=len, reverse=True)))


def _correction_note(t: str) -> str | None:
    """The cue a correction or update note opens with ('This story has been
    corrected to show ...', 'Rectificatif : ...'), or None."""
    low = fold_line(t).lstrip(" *_([{-–—•")
    if ":" in low or "：" in low:
        low = re.sub(r"\s+([:：])", r"\1", low)
    low = low.replace("’", "'")
    if not _correction_start_re().match(low):
        return None
    for cue in _correction_cues():
        c = cue.replace("’", "'")
        if low.startswith(c) and (
            c.endswith((":", "】"))
            or not low[len(c) : len(c) + 1].isalnum()
            or _unspaced_edge(c[-1])  # "本文已根据读者反馈更新": no space after a Han phrase
        ):
            return cue
    return None


def _correction_kept(cx: _Ctx, i: int) -> bool:
    """Is line ``i`` a correction note kept as body (see CORRECTION_NOTE_REASON)?"""
    return cx.label[i] == "body" and bool(cx.reasons[i]) and cx.reasons[i][0].startswith(
        CORRECTION_NOTE_REASON
    )


@cache
def _contribution_gate() -> re.Pattern[str]:
    """The longest word of every contribution credit ("contributed",
    "despacho"), as one alternation: a line holding none cannot hold a
    credit and skips the full pattern."""
    from .cues import CONTRIBUTION_CREDITS
    from .features import normalize_cue

    keys = {
        max(normalize_cue(x).split(), key=len) for xs in CONTRIBUTION_CREDITS.values() for x in xs
    }
    return re.compile("|".join(re.escape(w) for w in sorted(keys, key=len, reverse=True)))


@cache
def _contribution_re() -> re.Pattern[str]:
    from .cues import CONTRIBUTION_CREDITS

    return _bio_pattern(CONTRIBUTION_CREDITS)


def _phrase_table(name: str) -> dict[str, list[str]]:
    from . import cues

    return getattr(cues, name)


@cache
def _phrase_re(name: str) -> re.Pattern[str]:
    """One regex for every phrase of the cue table ``name`` (whole words
    where the script has spaces; either apostrophe).

    Written for the engine: alternatives in the order of the plain regex
    (each phrase as ``lead + words + tail``, longest pattern first), but
    grouped by their first character, each group opening on that literal,
    with the word-edge lookbehind after it, one character further back
    (``c(?<!L[\\s\\S])``), and one lookbehind and one lookahead for each run
    of phrases sharing them. Only phrases opening on the character at a
    position can match there, so the order between groups changes nothing,
    and ``L(?:a|b)T`` tries what ``LaT|LbT`` tries, in that order. The engine
    skips positions no phrase starts at instead of running every phrase's
    lookbehind at each (10-20x faster), and the Han-aware edge classes, slow
    to compile, are compiled once a run instead of twice a phrase."""
    alts = []
    for phrases in _phrase_table(name).values():
        for p in phrases:
            p = fold_line(p)
            for q in dict.fromkeys((p, p.replace("'", "’"))):
                words = q.split()
                body = r"\s+".join(re.escape(w) for w in words)
                lead = tail = ""
                if q[:1].isascii() or " " in q:
                    # whole words; a Latin word may touch Chinese or Japanese
                    # letters, which have no spaces ("浙ICP备…"), and a
                    # phrase ending on one may touch its number
                    lead = _LATIN_EDGE_BEFORE if q[:1].isascii() else r"(?<!\w)"
                    tail = "" if _HAN_KANA.match(q[-1]) else _LATIN_EDGE_AFTER
                first = words[0][0] if words else None
                alts.append((lead + body + tail, first, lead, body, tail))
    alts.sort(key=lambda a: len(a[0]), reverse=True)
    return _grouped_alternation(alts)


def _grouped_alternation(alts: list[tuple[str, str | None, str, str, str]]) -> re.Pattern[str]:
    """The regex ``plain_1|plain_2|...`` written grouped by first character
    (see _phrase_re). ``alts``: (plain, first, lead, body, tail) in the
    plain regex's order, ``plain == lead + body + tail``, ``body`` opening
    on ``re.escape(first)``, ``lead`` a one-character negative lookbehind
    or "", ``tail`` a lookahead or ""; ``first`` None (a phrase of no
    word) makes the plain regex.

    Each tail is written once per segment of phrases sharing it
    (``(?:a|b)T`` tries what ``aT|bT`` tries, in that order), not once per
    run: the Han-aware tail class costs ~1 ms to compile per copy. Phrases
    are moved between segments only past phrases that cannot match where
    they start (see :func:`_tail_segments`)."""
    if any(a[1] is None for a in alts):
        return re.compile("|".join(a[0] for a in alts))

    def either(parts: list[str]) -> str:
        return parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"

    shared_edge = False
    segments = []
    firsts: dict[str, None] = {}
    for tail, seg in _tail_segments(alts):
        groups: dict[str, list[tuple[str, str]]] = {}
        for _, first, lead, body, _ in seg:
            assert first is not None
            firsts[first] = None
            groups.setdefault(first, []).append((lead, body[len(re.escape(first)) :]))
        out = []
        for first, items in groups.items():
            runs = []
            for lead, same_lead in itertools.groupby(items, key=lambda x: x[0]):
                ends = either([rest for _, rest in same_lead])
                if lead == _LATIN_EDGE_BEFORE:
                    # the Han-aware edge class costs ~1 ms to compile per copy:
                    # tested once where the match starts (see below), each run
                    # asks for its outcome
                    shared_edge = True
                    runs.append(rf"(?({_EDGE_GROUP})|(?!))" + ends)
                else:
                    runs.append((lead[:-1] + r"[\s\S])" if lead else "") + ends)
            out.append(re.escape(first) + either(runs))
        segments.append(either(out) + tail if tail else "|".join(out))
    if not shared_edge:
        return re.compile("|".join(segments))
    # the start's edge, as an empty group set when it holds; atomic, so a
    # failed phrase never retries the start with the group unset (the runs
    # that need no edge were already tried there)
    # a first character no phrase opens on fails on one class test before
    # the edge is tested (the engine has no first-character skip here)
    first_class = "".join(re.escape(f) for f in firsts)
    return re.compile(
        rf"(?=[{first_class}])(?>{_LATIN_EDGE_BEFORE}(?P<{_EDGE_GROUP}>)|)(?:"
        + "|".join(segments)
        + ")"
    )


def _tail_segments(
    alts: list[tuple[str, str | None, str, str, str]],
) -> list[tuple[str, list[tuple[str, str | None, str, str, str]]]]:
    """``alts`` as runs sharing a tail, as few as the plain order allows:
    a phrase joins the current run ahead of earlier ones only when none of
    those it passes could match where it starts -- both open on the same
    character and one's words (each an escaped literal, joined by ``\\s+``)
    begin the other's. Between phrases that cannot, the engine's first
    match is the same in either order."""
    sep = r"\s+"

    def clashes(a: str, b: str) -> bool:
        # a body of anything but literals and word gaps is never moved
        return (
            a.startswith(b)
            or b.startswith(a)
            or any(c.isspace() for c in a + b)
            or "\\s" in a.replace(sep, "")
            or "\\s" in b.replace(sep, "")
        )

    left = list(range(len(alts)))
    segments: list[tuple[str, list]] = []
    while left:
        tail = alts[left[0]][4]
        seg, kept, passed = [], [], []
        for i in left:
            a = alts[i]
            if a[4] == tail and not any(
                alts[j][1] == a[1] and clashes(alts[j][3], a[3]) for j in passed
            ):
                seg.append(a)
            else:
                kept.append(i)
                passed.append(i)
        segments.append((tail, seg))
        left = kept
    return segments


# a whole word's edges where the neighbour may be a letter of a script
# written without spaces: any word character but those
_HAN_KANA_CLASS = r"\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff"
_HAN_KANA = re.compile(f"[{_HAN_KANA_CLASS}]")
_LATIN_EDGE_BEFORE = rf"(?<![^\W{_HAN_KANA_CLASS}])"
_LATIN_EDGE_AFTER = rf"(?![^\W{_HAN_KANA_CLASS}])"
# the empty group _grouped_alternation sets where a match may start on a
# Latin word edge
_EDGE_GROUP = "latin_edge_before"


_Notice = tuple[str, str]  # (label, reason)


# The phrase notices' rules and their tables (see _notice_line's gate).
_PHRASE_NOTICE_RULES: list = []
_PHRASE_NOTICE_TABLES: list[str] = []
_PHRASE_NOTICE_UNITS: list[float] = []


def _phrase_notice(table: str, units: float, label: str, reason: str):
    """A rule: a line of at most ``units`` short-line lengths holding a phrase
    of cue table ``table`` is that notice (a paragraph quoting one is longer)."""

    def rule(g: LineFeatures, cfg: CleanSettings) -> _Notice | None:
        if g.units <= units * cfg.short_line_words and (phrase := _phrase_in(g.text, table)):
            return label, reason.format(phrase)
        return None

    _PHRASE_NOTICE_RULES.append(rule)
    _PHRASE_NOTICE_TABLES.append(table)
    _PHRASE_NOTICE_UNITS.append(units)
    return rule


@cache
def _postal_address_re() -> re.Pattern[str]:
    """A street, district or postcode word of POSTAL_ADDRESS_WORDS as a whole
    word; German's may close a compound ("Hauptstraße"), Chinese ones need
    no edge at all but a house number after them ("人民路88号"): 路 also
    closes 铁路, 公路 and 线路 in a headline of figures ("中老铁路…超5000万")."""
    from . import cues

    alts = []
    for lang, words in cues.POSTAL_ADDRESS_WORDS.items():
        for w in sorted({fold_line(x) for x in words}, key=len, reverse=True):
            e = re.escape(w)
            if lang == "zh":
                alts.append(e + r"(?=\s*[\d〇零一二三四五六七八九十百]+\s*[号號])")
                continue
            head = r"(?<![\w.])\w*" if lang == "de" else r"(?<![\w.])"
            alts.append(head + e + (r"(?!\w)" if w[-1].isalnum() else ""))
    return re.compile("|".join(alts))


def _postal_address(g: LineFeatures, cfg: CleanSettings) -> str | None:
    """The street or town word of a line that is a postal address: short,
    with a number, no sentence and few function words ("12 rue de la
    République, 69002 Lyon"); None otherwise."""
    if not g.digits or g.units > cfg.short_line_words or g.ends_sentence or g.inner_sentences:
        return None
    if g.stopwords > cfg.sentence_min_stopwords:
        return None
    # a headline closing on its date names a district ("Quận Ba khánh
    # thành … 27/02/2025"): a list's dated item, not an address
    if g.dates and _headline_before_date(g):
        return None
    m = _postal_address_re().search(fold_line(g.text))
    return m.group(0).strip() if m else None


def _imprint_tail(cx: _Ctx) -> None:
    """A publisher's imprint printed one field a line under the article
    ("Chịu trách nhiệm xuất bản: …", "Responsable de la publication : …",
    "Herausgeber: …", "地址：…") and its postal address ("12 rue de la
    République, 69002 Lyon") are the footer. One field alone on its line was
    no imprint (the rule asked two on one line), so these lines were set
    aside as related headlines or menu lines after the article, or kept as
    its subheadings, the phone as a publish stamp. Only after the article's
    last full paragraph; an address only beside a line of the footer (a
    field, the copyright, the company's register), so an event's address in
    a report stays the report's."""
    f, cfg, n = cx.f, cx.cfg, len(cx.f)
    last = max(
        (i for i in range(n) if cx.label[i] is None and cx.prose[i] and f[i].ends_sentence),
        default=-1,
    )
    box = _venue_box(cx, last)
    for i in box:
        cx.set(
            i,
            "body",
            "practical information box closing the article (the place's fields: "
            + ", ".join(box[i])
            + ")",
            force=cx.label[i] == "metadata",
        )
    for i in range(last + 1, n):
        g = f[i]
        if g.units > cfg.short_line_words or cx.label[i] not in (None, "metadata"):
            continue
        low = fold_line(g.text).lstrip(_LEAD_MARKS + " ")
        if m := _imprint_re().match(low) or (f[i].unspaced and (m := _imprint_re().search(low))):
            cx.set(
                i,
                "footer",
                f"publisher's imprint: field '{m.group(1) or m.group(2)}:' under the article",
                force=cx.label[i] == "metadata",
            )
    changed = True
    while changed:
        changed = False
        for i in range(last + 1, n):
            if cx.label[i] is not None:
                continue
            near = [j for j in (i - 1, i + 1) if 0 <= j < n and cx.label[j] == "footer"]
            if near and (word := _postal_address(f[i], cfg)):
                cx.set(i, "footer", f"postal address ('{word}') in the publisher's footer")
                changed = True


@cache
def _venue_field_re() -> re.Pattern[str]:
    """A venue box's field label opening a line, before its colon."""
    alts = "|".join(re.escape(x) for x in _folded("VENUE_FIELDS"))
    return re.compile(rf"({alts})\s*[:：]")


def _venue_box(cx: _Ctx, last: int) -> dict[int, list[str]]:
    """A review's or a guide's practical-information box right under its
    last paragraph (line ``last``): two lines or more in a row, each a field
    of the place ("Address: 12 Harbour Street", "Phone: …", "Opening hours:
    …"), one of them at least a label no publisher's imprint has (hours,
    prices, booking). The article's: it was set aside as the publisher's
    imprint. A box naming the publisher ("Publisher:", "Herausgeber:") has a
    label outside the table and stays the footer. Line -> labels, or none."""
    f, cfg, n = cx.f, cx.cfg, len(cx.f)
    if last < 0:
        return {}
    imprint = set(_folded("IMPRINT_FIELDS"))
    box: dict[int, list[str]] = {}
    for i in range(last + 1, n):
        if not f[i].norm:
            continue
        low = fold_line(f[i].text).lstrip(_LEAD_MARKS + " ")
        m = _venue_field_re().match(low)
        if m is None or f[i].units > cfg.short_line_words or cx.label[i] not in (None, "metadata"):
            break
        box[i] = [m.group(1)]
    if len(box) < 2 or all(x in imprint for ws in box.values() for x in ws):
        return {}
    return box


_WALL_REASON = "subscription wall prompt"
_WALL_BOX_MAX_LINES = 6


def _paywall_boxes(cx: _Ctx, in_main: Sequence[bool] | None) -> None:
    """The lines of a subscription wall's box between two of its prompts
    ("Jetzt weiterlesen mit …" / "Nur 0,99 € im ersten Monat, danach …" /
    "Jetzt testen" / "Bereits Abonnent? Hier anmelden") are the wall's: its
    offer and its button name no cue, and were set aside as related
    headlines after the article, or kept as its text. At most six lines
    between the two prompts, and no paragraph among them; on a web page the
    lines the extractor kept are left to the rules on its main text's end."""
    f, cfg = cx.f, cx.cfg
    walls = [
        i
        for i in range(len(f))
        if cx.label[i] == "navigation"
        and cx.reasons[i]
        and cx.reasons[i][0].startswith(_WALL_REASON)
    ]
    for a, b in itertools.pairwise(walls):
        inside = range(a + 1, b)
        if not 0 < len(inside) <= _WALL_BOX_MAX_LINES:
            continue
        if any(
            cx.label[j] is None
            and (f[j].units > 2 * cfg.short_line_words or (cx.prose[j] and f[j].ends_sentence))
            for j in inside
        ):
            continue  # a paragraph between them: the article's text under a teaser's prompt
        for j in inside:
            if in_main is None or not in_main[j]:
                cx.set(j, "navigation", "inside the subscription wall's box (between its prompts)")


def _imprint_notice(g: LineFeatures, cfg: CleanSettings) -> _Notice | None:
    if g.units <= 3 * cfg.short_line_words and len(fields := _imprint_fields(g.text)) >= 2:
        return "footer", "publisher's imprint: fields " + ", ".join(fields)
    return None


@cache
def _company_form_re() -> re.Pattern[str]:
    """A company's legal form anywhere in a line, as a whole word; one
    closing on a dot may have the next field glued on ("S.L.U.Teléfono")."""
    alts = sorted(
        (re.escape(x) + ("" if x.endswith(".") else r"(?!\w)") for x in _company_forms()),
        key=len,
        reverse=True,
    )
    return re.compile(r"(?<![\w.])(?:" + "|".join(alts) + ")")


# the number a register's label stands before: "CIF: B-50123456", "HRB
# 12345", "P.IVA 0123…", "USt-IdNr.: DE123…", "n° 812 345 678"
_REGISTER_NUMBER_RE = re.compile(r"[\s.:：]*(?:(?:n[°º.]?|nr\.?|no\.?)\s*)?[a-z]{0,3}[-\s]?\d")


def _company_register_notice(g: LineFeatures, cfg: CleanSettings) -> _Notice | None:
    """A company's legal register under the page ("Editorial … S.L. – CIF
    B-… – Registro Mercantil de …", "Amtsgericht … HRB …"): two register
    words, or one and a legal form, beside a number. A line ending a sentence
    needs three, and few function words: a report may name a company's
    register entry ("… ist beim Amtsgericht … unter HRB … eingetragen.").
    Three let the line run as long as five short lines: scrapers glue the
    register to the phone, the address and the copyright notice."""
    if g.units > 5 * cfg.short_line_words or not g.digits:
        return None
    low = fold_line(g.text)
    if not _phrase_tables_in(low) & _phrase_table_bits()["COMPANY_REGISTER_CUES"]:
        return None
    ms = list(_phrase_re("COMPANY_REGISTER_CUES").finditer(low))
    hits = list(dict.fromkeys(m.group(0) for m in ms))
    if not hits:
        return None
    if (
        len(ms) == 1
        and g.units <= cfg.short_line_words
        and not g.ends_sentence
        and _REGISTER_NUMBER_RE.match(low, ms[0].end())
    ):
        # one field on its own line ("CIF: B-50123456", "P.IVA 01234560131")
        return "footer", f"company's legal register: '{hits[0]}' and its number"
    form = _company_form_re().search(low)
    found = hits + ([form.group(0)] if form else [])
    if g.ends_sentence and (len(found) < 3 or g.stopwords >= 4):
        return None
    # a footer glued into one block with the copyright notice is longer: three
    if len(found) >= (2 if g.units <= 3 * cfg.short_line_words else 3):
        return "footer", "company's legal register: " + ", ".join(f"'{x}'" for x in found)
    return None


def _credit_field_notice(g: LineFeatures, cfg: CleanSettings) -> _Notice | None:
    if g.units <= cfg.short_line_words and not g.ends_sentence and (f := _credit_field(g, cfg)):
        return "byline", f"credit field '{f}:' naming the writer"
    return None


def _alternation(name: str) -> str:
    """Every phrase of cue table ``name``, folded, as one regex alternation
    (longest first); a Latin phrase, or a short one in another script, only
    as whole words ("ai", "ia", "ки"), a longer one anywhere ("人工智能")."""
    alts = []
    for p in _folded(name):
        body = re.escape(p)
        if p.isascii():  # "本文由ai辅助": a Latin word may touch Han letters
            body = rf"(?<![a-z0-9]){body}(?![a-z0-9])"
        elif len(p) <= 3 and not (_HAN_WORD_RE.search(p) or _THAI_WORD_RE.search(p)):
            body = rf"(?<![^\W_]){body}(?![^\W_])"
        alts.append(body)
    return "|".join(alts)


@cache
def _ai_note_res() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    lead = r"[\s*•·※\-–—(\[（【]*"
    return (
        re.compile(lead + "(" + _alternation("TEXT_SELF_REFERENCES") + ")"),
        re.compile(_alternation("AI_WORDS")),
        re.compile(lead + "(" + _alternation("DISCLOSURE_LABELS") + r")\s*[:：]"),
    )


def _made_with_ai_notice(g: LineFeatures, cfg: CleanSettings) -> _Notice | None:
    """A note on how the text itself was made: it opens by naming the text
    ("This article …", "Bài viết …", "本文…") and names AI ("was written with
    the help of AI tools", "có sử dụng trí tuệ nhân tạo", "由AI辅助生成"), or
    it opens with a disclosure's label ("Disclosure: …"). Sentences of the
    article about AI do not open by naming the text."""
    if g.units > 3 * cfg.short_line_words:
        return None
    self_ref, ai, disclosure = _ai_note_res()
    low = fold_line(g.text)
    if m := disclosure.match(low):
        return "attribution", f"disclosure note: opens with '{m.group(1)}:'"
    if (
        g.units <= 2 * cfg.short_line_words
        and (m := self_ref.match(low))
        and (a := ai.search(low, m.end()))
    ):
        return (
            "attribution",
            f"note on how the text was made: '{m.group(1)}' … '{a.group(0)}' (made with AI)",
        )
    return None


# A site's notices, in the order they are tried; the first that fits wins.
def _hashtag_list_notice(g: LineFeatures, cfg: CleanSettings) -> _Notice | None:
    """A line of hashtags only ("#ทุเรียน #จันทบุรี", "#CityPark #Renovation"):
    the page's tags, in any language (between paragraphs it looked like a
    subheading). Two tags at least, each with a letter."""
    t = g.text.strip()
    if "#" not in t and "＃" not in t:
        return None
    tags = [w.strip(",;|·、，") for w in t.split()]
    tags = [w for w in tags if w]
    if len(tags) >= 2 and all(w[0] in "#＃" and any(c.isalpha() for c in w[1:]) for w in tags):
        return "navigation", f"hashtag list ({len(tags)} tags)"
    return None


def _wall_cue_opens(low: str, start: int) -> bool:
    """A paywall cue at ``start`` of ``low`` (folded) closes the line's
    opening words: a call to sign up opens them, at most five words before
    the cue (a call and the offer's name: "đăng ký thẻ vàng"), no sentence
    ended ("Streaming services now offer unlimited access" opens on none)."""
    head = low[:start].lstrip(_LEAD_MARKS + "¿¡")
    return (
        len(head.split()) <= 5
        and not any(c in head for c in ".!?。！？")
        and head.startswith(_folded("SIGN_UP_CALLS") + _folded("WALL_PROMPT_CALLS"))
    )


def _opening_entry(low: str, table: str) -> str | None:
    """The entry of the cue table ``table`` that opens ``low`` (folded) as
    a word of its own ("subscribe", not "subscribers"), longest first."""
    return next(
        (e for e in _folded(table) if low.startswith(e) and not low[len(e) : len(e) + 1].isalnum()),
        None,
    )


def _named_newsletter_call(low: str) -> _Notice | None:
    """``low`` (folded) opens on the newsletter's word: a call to sign up
    further on, as a word of its own, makes it the sign-up box."""
    word = _opening_entry(low, "NEWSLETTER_WORDS")
    if word is None:
        return None
    rest = low[len(word) :]
    call = next(
        (c for c in _folded("SIGN_UP_CALLS") if re.search(rf"(?<!\w){re.escape(c)}(?!\w)", rest)),
        None,
    )
    if call is None:
        return None
    return "navigation", f"newsletter sign-up box: '{word}' … '{call}'"


def _newsletter_call_notice(g: LineFeatures, cfg: CleanSettings) -> _Notice | None:
    """A short line opening on a call to sign up (cues.SIGN_UP_CALLS) that
    names the newsletter further on: "Sign up to our daily newsletter for the
    top stories", whatever adjectives stand between."""
    if g.units > 2 * cfg.short_line_words:
        return None
    low = fold_line(g.text).lstrip(_LEAD_MARKS + "¿¡")
    if low.startswith(_folded("NEWSLETTER_WORDS")):
        # the box's name first, its call after it ("Newsletter Le Matin :
        # recevez chaque jour …", "Boletín diario: suscríbete …")
        return _named_newsletter_call(low)
    if not low.startswith(_folded("SIGN_UP_CALLS")):
        return None  # no call opens the line (one prefix test for all)
    call = _opening_entry(low, "SIGN_UP_CALLS")
    if call is None:
        return None
    word = next((w for w in _folded("NEWSLETTER_WORDS") if w in low[len(call) :]), None)
    if word is None:
        return None
    return "navigation", f"newsletter sign-up call: '{call}' … '{word}'"


def _answer_buttons_notice(g: LineFeatures, cfg: CleanSettings) -> _Notice | None:
    """A line of two or three answer buttons and nothing else ("Oui Non",
    "Yes No", "Có Không"), under a feedback question or a poll: page chrome,
    which looked like a name signing the article off."""
    # four words between spaces stay four or more once folded (no space
    # folds to a letter): a paragraph is not split and folded to learn so
    if len(g.text.split(None, 3)) > 3:
        return None
    words = fold_line(g.text).replace("|", " ").replace("/", " ").split()
    if not 2 <= len(words) <= 3 or len(set(words)) < 2:
        return None
    if all(w.strip(".,!?¿¡·•") in _answer_buttons() for w in words):
        return "navigation", f"answer buttons of a question or poll: '{g.text.strip()}'"
    return None


@cache
def _answer_buttons() -> frozenset[str]:
    return frozenset(_folded("ANSWER_BUTTONS"))


def _live_refresh_notice(g: LineFeatures, cfg: CleanSettings) -> _Notice | None:
    """A live page's note that it refreshes itself ("Tự động cập nhật sau 60
    giây", "This page updates automatically"): page chrome. A sentence
    holding the words in passing ("The system updates automatically after
    each payment.") ends on its full stop and does not open on them."""
    if g.units > cfg.short_line_words:
        return None
    phrase = _phrase_in(g.text, "LIVE_REFRESH_NOTICES")
    if phrase is None:
        return None
    if g.ends_sentence and not _lstrip_lead(fold_line(g.text)).startswith(phrase):
        return None
    return "navigation", f"live page's refresh notice: '{phrase}'"


_PHRASE_NOTICE_RULES.append(_live_refresh_notice)
_PHRASE_NOTICE_TABLES.append("LIVE_REFRESH_NOTICES")
_PHRASE_NOTICE_UNITS.append(1)


def _production_credits(g: LineFeatures, cfg: CleanSettings) -> _Notice | None:
    """A podcast's or video's credits in prose: two different credits of
    PRODUCTION_CREDITS on a line of at most two short lines ("The Watershed
    is produced by X and edited by Y. Music by Z."); one alone is a story's
    sentence as often ("The film was produced by a local company.")."""
    if g.units > 2 * cfg.short_line_words or _phrase_in(g.text, "PRODUCTION_CREDITS") is None:
        return None
    found = {m.group(0) for m in _phrase_re("PRODUCTION_CREDITS").finditer(fold_line(g.text))}
    if len(found) < 2:
        return None
    return "byline", f"production credits: '{min(found)}' and more"


_PHRASE_NOTICE_RULES.append(_production_credits)
_PHRASE_NOTICE_TABLES.append("PRODUCTION_CREDITS")
_PHRASE_NOTICE_UNITS.append(2)

def _hosted_trip_notice(g: LineFeatures, cfg: CleanSettings) -> _Notice | None:
    """A travel piece's disclosure that a host paid for the trip: a phrase of
    HOSTED_TRIP_DISCLOSURES on a line of at most three short lines that is
    about the writer or the piece (HOSTED_TRIP_SUBJECTS). "The prime
    minister travelled as a guest of the Emir" is the story itself."""
    if g.units > 3 * cfg.short_line_words:
        return None
    phrase = _phrase_in(g.text, "HOSTED_TRIP_DISCLOSURES")
    if phrase is None or _phrase_in(g.text, "HOSTED_TRIP_SUBJECTS") is None:
        return None
    return "footer", f"disclosure of a hosted trip: '{phrase}' (a host paid for the writer's trip)"


_PHRASE_NOTICE_RULES.append(_hosted_trip_notice)
_PHRASE_NOTICE_TABLES.append("HOSTED_TRIP_DISCLOSURES")
_PHRASE_NOTICE_UNITS.append(3)


_NOTICE_RULES = (
    _phrase_notice(
        "OPINION_DISCLAIMERS", 3, "footer", "opinion disclaimer: '{}' (the views are the writer's)"
    ),
    _phrase_notice(
        "INVESTMENT_DISCLAIMERS", 3, "footer", "investment disclaimer: '{}' (no advice to trade)"
    ),
    _production_credits,
    _phrase_notice("FORWARD_LOOKING_NOTICES", 5, "footer", "press release's legal notice: '{}'"),
    # the heading alone: at most four words
    _phrase_notice(
        "FORWARD_LOOKING_HEADINGS",
        0.25,
        "footer",
        "heading of a press release's legal notice: '{}'",
    ),
    _imprint_notice,
    _company_register_notice,
    _phrase_notice(
        "AFFILIATE_DISCLOSURES",
        3,
        "footer",
        "affiliate disclosure: '{}' (the site earns from its links)",
    ),
    _hosted_trip_notice,
    _phrase_notice(
        "REPOST_DISCLAIMERS",
        5,
        "footer",
        "repost disclaimer: '{}' (the text is copied from elsewhere)",
    ),
    _phrase_notice("REPUBLISHED_NOTES", 3, "attribution", REPUBLISHED_SOURCE_REASON + ": '{}'"),
    _phrase_notice(
        "EDITED_NOTES", 1.5, "attribution", "editor's note on how the text was edited: '{}'"
    ),
    _made_with_ai_notice,
    _credit_field_notice,
    _phrase_notice("EMAIL_FOOTERS", 2, "footer", "an e-mailed newsletter's small print: '{}'"),
    _phrase_notice("NEWSLETTER_PROMISES", 2, "navigation", "newsletter sign-up box: '{}'"),
    _newsletter_call_notice,
    _hashtag_list_notice,
    _phrase_notice(
        "SERIES_NOTES", 2, "related", "series note: '{}' (the page's place in a dossier)"
    ),
    _phrase_notice("PAYWALL_PROMPTS", 2, "navigation", "subscription wall prompt: '{}'"),
    _phrase_notice(
        "READER_SUPPORT_APPEALS", 2, "navigation", "appeal for readers' money or membership: '{}'"
    ),
    _phrase_notice("ERROR_REPORT_PROMPTS", 2, "navigation", "prompt to report a typo: '{}'"),
    _phrase_notice(
        "COMMENTS_CLOSED_NOTICES", 1.5, "navigation", "notice that the comments are closed: '{}'"
    ),
    _live_refresh_notice,
    _phrase_notice(
        "FEEDBACK_PROMPTS", 1.5, "navigation", "question asking if the article helped: '{}'"
    ),
    _answer_buttons_notice,
    _phrase_notice("APP_PROMPTS", 1, "navigation", "prompt to read on in the site's app: '{}'"),
    _phrase_notice("COOKIE_NOTICES", 2, "navigation", "cookie consent notice: '{}'"),
    # a consent dialog's paragraph is long: a paragraph quoting its wording
    # would still not hold the whole standard phrase
    _phrase_notice(
        "CONSENT_DIALOG_PHRASES", 6, "navigation", "consent dialog's standard wording: '{}'"
    ),
    _phrase_notice(
        "EMBED_PLACEHOLDERS", 1.5, "navigation", "placeholder of an embedded post or player: '{}'"
    ),
)


@cache
def _notice_rules_without_phrases() -> tuple:
    """The notice rules that are not phrase rules, in their order: a line
    holding no key word of any phrase table can only meet one of these."""
    return tuple(r for r in _NOTICE_RULES if r not in _PHRASE_NOTICE_RULES)


@cache
def _phrase_table_bits() -> dict[str, int]:
    """The cue tables :func:`_phrase_in` reads, each a bit of the masks
    :func:`_phrase_tables_in` gives."""
    names = dict.fromkeys([*_PHRASE_NOTICE_TABLES, "COMPANY_REGISTER_CUES", "HOSTED_TRIP_SUBJECTS"])
    return {name: 1 << i for i, name in enumerate(names)}


@cache
def _phrase_tables_gate() -> KeyAutomaton:
    """The keys of every phrase of those tables (as ``_phrase_re`` spells
    them: folded, either apostrophe), each with the bits of its tables."""
    keys: dict[str, int] = {}
    for name, bit in _phrase_table_bits().items():
        for ps in _phrase_table(name).values():
            for p in ps:
                for k in phrase_keys(fold_line(p)):
                    keys[k] = keys.get(k, 0) | bit
    return KeyAutomaton(keys)


@lru_cache(maxsize=1024)
def _phrase_tables_in(low: str) -> int:
    """The bits of the tables the folded line ``low`` may hold a phrase of
    (one automaton pass, shared by the notice gate and each phrase rule)."""
    return _phrase_tables_gate().bits_in(low)


@cache
def _notice_bits(longer_than: float) -> int:
    """The bits of the phrase notices' tables whose rule admits a line longer
    than ``longer_than`` short lines."""
    bits = _phrase_table_bits()
    out = 0
    for name, units in zip(_PHRASE_NOTICE_TABLES, _PHRASE_NOTICE_UNITS, strict=True):
        if units > longer_than:
            out |= bits[name]
    return out


def _holds_notice_phrase(low: str, longer_than: float) -> bool:
    """May the folded line ``low`` hold a phrase of a notice rule admitting
    lines longer than ``longer_than`` short lines? A line holding no key of
    their tables meets none of those rules (see :mod:`.cue_gate`)."""
    return bool(_phrase_tables_in(low) & _notice_bits(longer_than))


# A line longer than this many short lines (a paragraph) can only meet the
# phrase rules that admit such lines (a few disclaimers and notes): its gate
# asks for their tables' keys only, a third of all.
_LONG_NOTICE_LINES = 2.0


def _notice_line(g: LineFeatures, cfg: CleanSettings) -> _Notice | None:
    """(label, reason) for a line that is one of a site's notices."""
    rules = _NOTICE_RULES
    # a line too long for every phrase rule, or holding no key word of any
    # of the tables whose rules admit a line of its length, meets none of
    # them: only the other rules are tried
    long_line = g.units > _LONG_NOTICE_LINES * cfg.short_line_words
    if g.units > max(_PHRASE_NOTICE_UNITS) * cfg.short_line_words or not _holds_notice_phrase(
        fold_line(g.text), _LONG_NOTICE_LINES if long_line else 0.0
    ):
        rules = _notice_rules_without_phrases()
    for rule in rules:
        if notice := rule(g, cfg):
            return notice
    return None


def _phrase_in(t: str, name: str) -> str | None:
    """The phrase of cue table ``name`` that a line holds, or None."""
    low = fold_line(t)
    bit = _phrase_table_bits().get(name)
    if bit is not None and not _phrase_tables_in(low) & bit:
        return None
    m = _phrase_re(name).search(low)
    return m.group(0) if m else None


# A citation's marks: a year in brackets "(2025)", "et al.", a DOI, a
# journal's volume(issue), pages "41(3), 211-229".
_CITATION_RE = re.compile(
    r"\(\s*(?:1[89]|20)\d\d[a-z]?\s*\)|\bet al\.|\bdoi\s*:|doi\.org/|\b\d+\s*\(\d+\)\s*[,:]\s*\d+"
    # a note's book: "(Boston: Harbor Press, 2011), 88." -- place, publisher, year
    r"|\([^()]{2,60}:[^()]{2,60},\s*(?:1[89]|20)\d\d\)"
    r"|\b\d+\s*[-–]\s*\d+\.?$",
    re.IGNORECASE,
)

# An endnote's marker opening its line: superscript digits, "[3]", "(3)",
# "3." or "3)" before the note's text.
_NOTE_MARK_RE = re.compile(r"\s*(?:[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,3}|\[\d{1,3}\]|\(\d{1,3}\)|\d{1,3}[.)])\s*\w")


@cache
def _toc_headings() -> frozenset[str]:
    return frozenset(_folded("TOC_HEADINGS"))


@cache
def _ad_slot_labels() -> frozenset[str]:
    return frozenset(_folded("AD_SLOT_LABELS"))


def _ad_slot_label(g: LineFeatures) -> bool:
    """An advertising slot's label alone ("Iklan", "Publicidad:", "広告")."""
    return (
        g.units <= 3 and fold_line(g.text).strip(_LEAD_MARKS + "-–—]）)】:： ") in _ad_slot_labels()
    )


@cache
def _summary_headings() -> frozenset[str]:
    return frozenset(_folded("SUMMARY_HEADINGS"))


def _heading_of(g: LineFeatures, headings: frozenset[str]) -> bool:
    """Is the line one of ``headings``, or a short heading opening with one?"""
    head = fold_line(g.text).strip().rstrip(" :：")
    return head in headings or (
        g.units <= 6 and not g.ends_sentence and any(head.startswith(h + " ") for h in headings)
    )


def _summary_heading(g: LineFeatures) -> bool:
    """Is the line the heading of the article's own summary: a heading of the
    table ("Key points", "L'essentiel"), or a short heading opening with one
    ("Claves del temporal", "Key points from the summit")?"""
    return _heading_of(g, _summary_headings())


def _under_summary_heading(cx: _Ctx, i: int, reach: int = 8) -> str | None:
    """The heading of the article's own summary ("Key points", "L'essentiel")
    over the run of short lines that line ``i`` belongs to, or None."""
    for j in range(i - 1, max(-1, i - 1 - reach), -1):
        g = cx.f[j]
        if _summary_heading(g):
            return g.text.strip()
        if (cx.prose[j] and g.ends_sentence) or g.units > cx.cfg.short_line_words * 1.5:
            return None  # a paragraph ends the run; a long item does not
    return None


@cache
def _ai_summary_headings() -> frozenset[str]:
    return frozenset(_folded("AI_SUMMARY_HEADINGS"))


_SUMMARY_MAX_ITEMS = 6


def _summary_boxes(cx: _Ctx) -> set[int]:
    """The items of summary boxes: short lines under a summary heading, up
    to the first line longer than an item or already labelled. A summary the
    page says a machine wrote ("AI-generated summary", "Tóm tắt nhanh") is
    set aside with its heading: no writer's text. The article's own summary
    ("Key points") stays for later rules, which keep it body. An item
    repeating the headline ("Hà Nội mở thêm 5 tuyến buýt điện từ tháng 4.")
    is neither a teaser nor makes the headline one."""
    f, n, cfg = cx.f, len(cx.f), cx.cfg
    items: set[int] = set()
    for i, g in enumerate(f):
        if cx.label[i] is not None or i in items:
            continue
        ai = _heading_of(g, _ai_summary_headings())
        if not (ai or _summary_heading(g)):
            continue
        run = []
        for j in range(i + 1, min(n, i + 1 + _SUMMARY_MAX_ITEMS)):
            if cx.label[j] is not None or f[j].units > 1.5 * cfg.short_line_words:
                break
            if _summary_heading(f[j]) or _heading_of(f[j], _ai_summary_headings()):
                break
            if run and (
                f[j].ends_sentence != f[run[0]].ends_sentence
                or f[j].units > max(cfg.short_line_words, 1.5 * f[run[0]].units)
            ):
                break  # items are alike: a headline after sentences, or the
                # first paragraph, longer than the items, is none
            run.append(j)
        if not run:
            continue
        items.update(run)
        if ai:
            head = g.text.strip()
            cx.set(i, "metadata", f"heading of a summary written by AI ('{head}')")
            for j in run:
                cx.set(j, "metadata", f"item of a summary written by AI under '{head}'")
    return items


# a show/hide toggle after a table of contents' heading ("Contents [hide]")
_TOC_TOGGLE_RE = re.compile(r"\s*[\[(（【][^\])）】]{1,8}[\])）】]\s*$|\s*[:：]\s*$")
# an entry's numbering ("1.", "2)", "3.1", "IV.")
_TOC_NUMBER_RE = re.compile(r"^\s*(?:\d+(?:\.\d+)*[.)]?|[ivxlc]+[.)])\s+", re.IGNORECASE)


def _headline_printed_twice(cx: _Ctx, norms: Counter[str], toc_lines: set[int]) -> int | None:
    """The first copy of a headline printed twice in a row above its article.

    A page's title and its headline (or og:title) often come out as the same
    line twice: "¿Es X el hombre más rico del mundo?" twice, then the
    standfirst and the paragraphs. A teaser list prints each headline twice
    too, but the next teaser's pair follows within a line or two, and a
    teaser's words are not the paragraphs' under it. The first pair of the
    page, printed nowhere else, is the headline when no article paragraph
    precedes it, the next three lines repeat nothing and two of them are
    paragraphs, and half its words or more are theirs."""
    f, cfg = cx.f, cx.cfg
    n = len(f)
    for i in range(n - 1):
        g = f[i]
        if cx.prose[i] and g.ends_sentence and g.units > 2.5 * cfg.short_line_words:
            return None  # past the first paragraph
        if not g.norm or f[i + 1].norm != g.norm:
            continue
        if norms[g.norm] != 2 or i in toc_lines or not 4 <= g.units <= 2.5 * cfg.short_line_words:
            return None
        return i if _heads_its_paragraphs(cx, norms, i, i + 2) else None
    return None


def _heads_its_paragraphs(cx: _Ctx, norms: Counter[str], i: int, start: int) -> bool:
    """Does line ``i`` head the paragraphs from ``start``: of the three lines
    there, none repeated in the page and two paragraphs, and half its words
    or more theirs (a teaser's words are not the paragraphs' under it)?"""
    f = cx.f
    after = f[start : start + 3]
    if any(norms.get(h.norm, 0) >= 2 for h in after if h.norm):
        return False
    if sum(cx.prose[start + k] and h.ends_sentence for k, h in enumerate(after)) < 2:
        return False
    counts: Counter[str] = Counter(f[i].tokens)
    for j in range(start, min(len(f), start + 10)):
        if cx.prose[j]:
            counts.update(f[j].tokens)
    return _uses_page_words(f[i], counts, set())


def _headline_also_in_a_sidebar(cx: _Ctx, norms: Counter[str], toc_lines: set[int]) -> int | None:
    """The article's own headline when a "Recent posts" list repeats it below.

    A blog prints its post's headline over the article and again in its
    sidebar of recent posts; counted twice, it would be read as a teaser and
    a tagline above it taken for the headline. The first copy is the
    headline when it comes before the first paragraph, at most one short
    line (the "Posted on … by …" stamp) parts it from the paragraphs, two
    of the next three lines are paragraphs that repeat nothing, the other
    copy comes after them, and half its words or more are theirs."""
    f, cfg = cx.f, cx.cfg
    n = len(f)
    for i in range(n - 3):
        g = f[i]
        if cx.prose[i] and g.ends_sentence and g.units > 2.5 * cfg.short_line_words:
            return None  # past the first paragraph
        if not g.norm or norms[g.norm] != 2 or i in toc_lines:
            continue
        if not 4 <= g.units <= 2.5 * cfg.short_line_words or g.ends_sentence:
            continue
        start = i + 1
        if (
            not (cx.prose[start] and f[start].ends_sentence)
            and f[start].units <= cfg.short_line_words
        ):
            start += 1  # a stamp or byline between headline and paragraphs
        if any(f[j].norm == g.norm for j in range(start + 3, n)) and _heads_its_paragraphs(
            cx, norms, i, start
        ):
            return i
    return None


# A forum reply's subject: the thread's title after "Re:" (English, French,
# Spanish...), "AW:" (German), "SV:" (Nordic), "Odp:" (Polish), "回复：" (zh).
_REPLY_SUBJECT_RE = re.compile(r"(?:re(?:\[\d+\])?|aw|sv|odp|回复|回覆)\s*[:：]\s*", re.IGNORECASE)


def _forum_replies(cx: _Ctx) -> None:
    """Replies of a forum thread under the post that quotes an article.

    Each reply opens with its subject, "Re: " and the thread's title (a line
    printed above), then the poster's name and time and the reply's text,
    and ends at the reply's buttons ("Quote · Reply · Report", already
    navigation) or at the next reply's subject. The replies are the
    thread's, not the article's: navigation. Without such an end within a
    few lines only the subject line is set aside."""
    f, n = cx.f, len(cx.f)
    for i in range(1, n):
        m = _REPLY_SUBJECT_RE.match(f[i].text)
        if m is None:
            continue
        subject = fold_line(f[i].text[m.end() :]).strip()
        if not subject or not any(fold_line(f[k].text).strip() == subject for k in range(i)):
            continue
        cx.set(i, "navigation", "a forum reply's subject (Re: and the thread's title)", force=True)
        end = next(
            (
                j
                for j in range(i + 1, min(n, i + 7))
                if cx.label[j] == "navigation" or _REPLY_SUBJECT_RE.match(f[j].text)
            ),
            None,
        )
        if end is not None:
            for j in range(i + 1, end):
                cx.set(j, "navigation", "a reply in a forum thread", force=True)


def _table_of_contents(cx: _Ctx) -> set[int]:
    """A table of contents ("Table of Contents", "Mục lục", "目录"): its
    heading, then two entries or more, each the text of a subheading further
    down the page (numbered or not). The heading and entries are navigation.
    Returns the entries and the subheadings they link to: the repetition rule
    would take them for teasers and the paragraph under one for a teaser's
    summary."""
    f, n = cx.f, len(cx.f)
    lines: set[int] = set()

    def key(j: int) -> str:
        return " ".join(fold_line(_TOC_NUMBER_RE.sub("", f[j].text)).strip(" .:：").split())

    for i, g in enumerate(f):
        if g.units > 6 or cx.label[i] is not None:
            continue
        head = " ".join(fold_line(_TOC_TOGGLE_RE.sub("", g.text)).split())
        if head not in _toc_headings():
            continue
        later: dict[str, int] = {}
        for j in range(n - 1, i, -1):
            if f[j].norm and f[j].units <= cx.cfg.short_line_words:
                later.setdefault(key(j), j)
        entries: list[int] = []
        j = i + 1
        while j < n:
            if not f[j].norm:
                j += 1
                continue
            k = key(j)
            hit = later.get(k)
            if (
                f[j].units > cx.cfg.short_line_words
                or cx.label[j] is not None
                or hit is None
                or hit <= j
            ):
                break
            entries.append(j)
            j += 1
        if len(entries) < 2:
            continue
        cx.set(i, "navigation", f"table of contents heading '{g.text.strip()}'")
        for j in entries:
            cx.set(j, "navigation", "table of contents entry (the subheading it links to follows)")
            lines.update((j, later[key(j)]))
    return lines


@cache
def _reference_headings() -> frozenset[str]:
    return frozenset(_folded("REFERENCE_HEADINGS"))


def _reference_lists(cx: _Ctx) -> None:
    """A reference list after the article ("References", then citations
    "Tran, H. et al. (2025). Title. Journal, 41(3), 211-229."): the sources
    the text draws on, attribution, not the article. The heading counts only
    after two paragraphs and when citations follow it."""
    f, n = cx.f, len(cx.f)
    paragraphs = 0
    for i, g in enumerate(f):
        if cx.prose[i] and g.ends_sentence and cx.label[i] in (None, "body"):
            paragraphs += 1
        # (the heading may stand in brackets: "<참고 자료>", "【参考文献】")
        if paragraphs < 2 or g.units > 4 or g.norm.strip("<>〈〉《》【】[]（）() ") not in (
            _reference_headings()
        ):
            continue
        cites = []
        numbered = False
        for j in range(i + 1, n):
            h = f[j]
            # ... or a fact-check's sources, short and dated, linked or
            # listed with a comma ("Council meeting minutes, February 2026");
            # a subheading ("Our ruling") is none
            source = (
                h.units <= cx.cfg.short_line_words
                and not h.ends_sentence
                and bool(h.years or h.dates or h.has_link or h.has_domain or "," in h.text)
            )
            # ... or an endnote opening with its marker ("¹ Board papers,
            # meeting of 30 September, item 7.", "[2] Toll Order, s. 3.")
            # (after numbered notes, an unnumbered short line is the page's
            # call or chrome: "Spotted an error? Write to …")
            noted = _NOTE_MARK_RE.match(h.text) is not None
            source = source and not numbered
            numbered = numbered or noted
            if not (_CITATION_RE.search(h.text) or source or noted) or h.units > 60:
                break
            cites.append(j)
        if not cites:
            continue
        cx.set(i, "attribution", "heading of a reference list", force=True)
        for j in cites:
            cx.set(
                j,
                "attribution",
                f"citation in the reference list under '{g.text.strip()}'",
                force=True,
            )


@cache
def _credit_field_re() -> re.Pattern[str]:
    labels = _folded("CREDIT_FIELD_LABELS")
    return re.compile(
        r"\s*(" + "|".join(re.escape(x) for x in labels) + r")\s*[:：]\s*(\S.*)", re.DOTALL
    )


@cache
def _role_words() -> tuple[str, ...]:
    from .cues import CUES

    return tuple(
        sorted({fold_line(c) for t in CUES.values() for c in t.get("byline", []) if len(c) >= 3})
    )


def _credit_field(g: LineFeatures, cfg: CleanSettings) -> str | None:
    """The label of a credit field naming the writer ("ข่าว: สมชาย ใจดี
    ผู้สื่อข่าวประจำจังหวัด", "Words: Jane Doe"): a label, a colon, a name,
    perhaps the writer's role after it; None otherwise."""
    t = g.text.strip()
    low = fold_line(t)
    if ":" not in low and "：" not in low:
        return None  # no field's colon (most lines): the regex is not run
    m = _credit_field_re().fullmatch(low)
    if m is None or len(fold_line(t)) != len(t):
        return None
    name_words = []
    for w in t[m.start(2) :].split():
        if name_words and fold_line(w).startswith(_role_words()):
            break  # the writer's role: "ผู้สื่อข่าวประจำจังหวัด", "phóng viên"
        name_words.append(w)
    name = line_features(0, " ".join(name_words).rstrip(" ,"))
    if looks_like_name(name, cfg.byline_max_words, cfg.byline_max_chars):
        return t[m.start(1) : m.end(1)]
    return None


# Headings of a page's tag list (casefolded): the keyword line under one is
# the site's navigation, not stuffing.
_TAG_HEADINGS = frozenset(
    {
        "tags",
        "tag",
        "topics",
        "keywords",
        "etiquetas",
        "temas",
        "palabras clave",
        "étiquettes",
        "mots-clés",
        "mots clés",
        "từ khóa",
        "tags liên quan",
        "标签",
        "关键词",
        "关键字",
        "แท็ก",
        "คำค้น",
        "palavras-chave",
    }
)
_ITEM_MARKS = ",，、|;；/"
_ITEM_SPLIT = re.compile(f"[{_ITEM_MARKS}]+")
_ASCII_COMMA_IN_HAN = re.compile(r"[\u4e00-\u9fff],(?=[\u4e00-\u9fff])")
_CONJUNCTION = re.compile(
    r"(?<!\w)(?:and|or|y|o|e|et|ou|và|hoặc|cùng|und|oder)(?!\w)|[和与及或]|และ|หรือ", re.IGNORECASE
)

# A team's line-up: its name and a colon, then the players in the
# formation's groups between spaced dashes ("Team: Keeper - A, B, C, D -
# E, F, G - H, I, J"). In scripts without case (Hangul, Han, Thai) the
# names are short unspaced items like search phrases; the label and the
# dashed groups are a line-up's own shape.
_LINE_UP_RE = re.compile(
    r"[^:：,，、;；|\n]{1,40}[:：]\s*[^-–—]{2,80}?\s[-–—]\s[^-–—]+\s[-–—]\s[^-–—]+"
)


def _stuffed_keywords(t: str) -> int:
    """Number of items when a line is search phrases strung together ("park
    renovation news, central park works, ..., local news today";
    "公园改造最新消息,中心公园施工,…"), else 0.

    An enumeration in prose joins its items with a conjunction ("..., the
    railings and the bandstand") and its items run long; Chinese prose
    separates with full-width "，", so ASCII commas between Han characters
    are a keyword list's own mark."""
    # six items need five marks between them: most lines have fewer, and
    # are not split to learn so (the edges stripped below hold no mark)
    if sum(map(t.count, _ITEM_MARKS)) < 5:
        return 0
    core = t.strip().rstrip("。.!！ ")
    parts = [p.strip() for p in _ITEM_SPLIT.split(core) if p.strip()]
    if len(parts) < 6:
        return 0
    if _LINE_UP_RE.match(core):
        return 0
    if len(_ASCII_COMMA_IN_HAN.findall(core)) >= 4:
        return len(parts)
    if t.rstrip()[-1:] in ".!?。！？":
        return 0
    if any(_CONJUNCTION.search(p) for p in parts):
        return 0
    # short phrases (Vietnamese counts syllables: up to six), mostly lower
    # case: a list of names ("Smith, Jones, Evans, ...") is a line-up, not
    # search phrases
    spaced = all(len(p.split()) <= 6 for p in parts)
    unspaced = all(" " in p or len(p) <= 10 for p in parts)
    cased = [p for p in parts if p[:1].isalpha() and p[:1].lower() != p[:1].upper()]
    lower = sum(1 for p in cased if p[:1].islower())
    if cased and 2 * lower < len(cased):
        return 0
    return len(parts) if spaced and unspaced else 0


def _one_word_bar_items(t: str) -> bool:
    """Is the line words between bars, one word each, capitalised where the
    script has cases ("홈 | 정치 | 경제", "News | Sport | Weather")? Search
    phrases strung together are mostly lower case ("slot | gacor | …")."""
    parts = [p.strip() for p in re.split(r"[|｜]", t)]
    return len(parts) >= 3 and all(
        len(p.split()) == 1 and (p[:1].lower() == p[:1].upper() or p[:1].isupper())
        for p in parts
    )


def starts_with_paren(t: str) -> bool:
    return t.lstrip()[:1] in "(（["


_TAG_RE = re.compile(r"\[[A-Z]{3,12}\]\s*$")

# Source code that leaked into the text (an inline <style> or <script> the
# scraper flattened). A CSS rule: selector { property: value; ... }.
_CSS_RULE_RE = re.compile(r"[\w\-.#:*>\[\]=\"',\s]{1,200}\{\s*[a-z\-]{2,40}\s*:\s*[^{};]{1,200};")
# Script: a keyword statement, a call on a browser object, or an arrow function.
_SCRIPT_RE = re.compile(
    r"\b(?:function\s*\w*\s*\(|var\s+\w+\s*=|(?:let|const)\s+\w+\s*=|"
    r"(?:document|window|jQuery)\s*[.(]|\$\(|=>\s*\{)"
)
_CODE_PUNCT = frozenset("{};=()<>[]$")
# What may follow a byline's name: a place, a date or an agency after a separator.
_BYLINE_TAIL_RE = re.compile(r"\s+[|·•–—-]\s+|\s*[|·•/／]\s*|,\s+|\s+[(（\[]")
# A printed page's jump line ("Please see MILL, Page A6", "MILL, from Page A3",
# "Continued on Page 4"): the keyword's run is bounded, the line short.
# a media player's position and length ("00:00 / 03:42", "0:00 / 1:04:18"):
# two clock readings and a slash, nothing else; a stamp names a day
_PLAYER_CLOCK_RE = re.compile(r"\s*(\d{1,2}(?::[0-5]\d){1,2})\s*/\s*(\d{1,2}(?::[0-5]\d){1,2})\s*")


def _player_clock(t: str) -> bool:
    """``t`` is a player's "position / length" readout: the position is not
    past the length (a time range of a schedule is written with a dash)."""
    m = _PLAYER_CLOCK_RE.fullmatch(t) if len(t) <= 24 else None
    if m is None:
        return False

    def secs(v: str) -> int:
        total = 0
        for part in v.split(":"):
            total = total * 60 + int(part)
        return total

    return secs(m.group(1)) <= secs(m.group(2))


_PRINT_JUMP_RE = re.compile(
    r"(?:(?:please\s+)?see\s+[^,]{1,30},\s*|continued\s+(?:on|from)\s+|[^,]{1,30},\s*from\s+)"
    r"page\s+[a-z]?\d{1,3}\.?$",
    re.IGNORECASE,
)
# A series' pointer to its next part, a link ("Xem tiếp Kỳ 2: …", "Read part 3:
# …", "Lea la segunda parte: …" has no number and is left): a read/see lead,
# the part's word and number, then its title. Folded (casefolded) text.
_NEXT_PART_RE = re.compile(
    r"[\W_]*(?:"
    r"(?:xem tiếp|đọc tiếp|đón đọc|mời đọc|mời các bạn đón đọc)\s+(?:kỳ|phần|bài)"
    r"|(?:read|see|continue (?:to|with)|coming up|next)\s*:?\s+part"
    r"|(?:lea|lee|vea|ver|continúa en|sigue en)\s+(?:la\s+)?(?:parte|entrega)"
    r"|(?:lire|voir|à suivre)\s*:?\s+(?:la\s+)?(?:partie|épisode|volet)"
    r"|(?:leia|veja|continua na)\s+(?:a\s+)?parte"
    r"|(?:lesen sie|weiter (?:zu|mit))\s+teil"
    r"|(?:baca|simak)\s+(?:bagian|seri)"
    r"|อ่านต่อ\s*ตอนที่"
    r")\s*\d{1,2}\s*[:：.–—-]",
)
# An English byline's place after the name ("By Jane Doe at Anfield", "... in Kyiv").
_BYLINE_PLACE_RE = re.compile(r"\s+(?:at|in)\s+(?=[A-Z])")


def looks_like_code(text: str) -> str | None:
    """What kind of source code ``text`` is ("CSS", "script"), or None.

    Prose that mentions code has few of its symbols: a line is code only when
    the pattern is there and code punctuation is dense (>= 1 in 12 characters, colons counted for CSS;
    a script line also needs at least 4 such symbols)."""
    t = text.strip()
    if len(t) < 12:
        return None
    symbols = sum(map(t.count, _CODE_PUNCT))  # a C-level count per symbol, not a loop per character
    if "{" in t and (symbols + t.count(":")) * 12 >= len(t) and _CSS_RULE_RE.search(t):
        return "CSS"
    if symbols * 12 < len(t):
        return None
    # a sentence quoting one statement has a symbol or two; a script has many
    if symbols >= 4 and _SCRIPT_RE.search(t) and (";" in t or "{" in t):
        return "script"
    return None


_FOOTER_CATS = frozenset({"copyright", "powered_by", "site_links", "farm"})
_NAV_CATS = frozenset(
    {"nav", "follow_us", "tags", "site_links", "related", "comments", "pagination"}
)
_GAP_BLOCKING_CATS = frozenset(
    {
        "caption",
        "byline",
        "copyright",
        "powered_by",
        "site_links",
        "follow_us",
        "farm",
        "spam",
        "published",
    }
)


def _words(n: float) -> str:
    # a reason reads "(1 word)", not "(1 words)"
    shown = f"{n:.0f}"
    return f"{shown} word" if shown == "1" else f"{shown} words"


class _Ctx:
    """Working state for one document."""

    def __init__(self, doc: Document, feats: list[LineFeatures], cfg: CleanSettings):
        self.doc = doc
        self.f = feats
        self.cfg = cfg
        n = len(feats)
        self.label: list[str | None] = [None] * n
        self.reasons: list[list[str]] = [[] for _ in range(n)]
        self.prose = [self.is_prose(x) for x in feats]
        self.runs: dict[int, tuple[int, int]] = {}
        self.norm_counts = Counter(x.norm for x in feats)
        # labels opening the article's lines ("Q:", "PV:"), counted on first need
        self.speaker_counts: Counter | None = None
        # blocks added to an extractor's main text by _continue_main_text
        self.continued: set[int] = set()
        # blocks a cue rule labelled (chrome named by its words: "Related",
        # "Don't miss", "Follow us")
        self.cue_labelled: set[int] = set()
        # lines found to be the standfirst under the headline
        self.standfirst: set[int] = set()
        # the first copy of a headline printed twice above its article
        self.headline_twice: int | None = None
        # lines of a teaser box found by their shape (_teaser_lists): they
        # part the article from what comes after them, as unlabelled ones do
        self.teasers: set[int] = set()
        # the items of summary boxes ("Key points", "AI-generated summary")
        self.summary_items: set[int] = set()
        self._page_vocab: tuple[Counter[str], Counter[tuple[str, str]]] | None = None
        # the heading of reader comments that ends the article, if any
        self.comments_at: int | None = None

    def set(self, i: int, label: str, reason: str, force: bool = False) -> None:
        if self.label[i] is None:
            self.label[i] = label
            self.reasons[i].append(reason)
        elif force:
            # the deciding reason first; earlier ones stay as context
            self.label[i] = label
            self.reasons[i].insert(0, reason)

    def page_vocabulary(self) -> tuple[Counter[str], Counter[tuple[str, str]]]:
        """Token and bigram counts of the whole page, built on first use (most
        pages never ask: only short candidate spam lines are tested)."""
        if self._page_vocab is None:
            page_counts: Counter[str] = Counter()
            page_bigrams: Counter[tuple[str, str]] = Counter()
            for g in self.f:
                page_counts.update(g.tokens)
                page_bigrams.update(zip(g.tokens, g.tokens[1:]))
            self._page_vocab = (page_counts, page_bigrams)
        return self._page_vocab

    def related(self, i: int) -> bool:
        page_counts, page_bigrams = self.page_vocabulary()
        return _related_to_page(i, self.f, page_counts, page_bigrams, self.norm_counts)

    # --- shape tests ---------------------------------------------------------
    def is_prose(self, f: LineFeatures) -> bool:
        c = self.cfg
        if (
            _spaced_items(f.text) >= 4
            or _han_menu_items(f.text)
            or _FULL_WIDTH_BAR_MENU_RE.fullmatch(f.text.strip())
        ):
            # a menu laid out with runs of spaces or full-width bars
            # ("ホーム｜特集｜温泉｜グルメ"), however many words
            return False
        if f.units >= 2.5 * c.prose_min_words:
            return True
        if f.units < c.prose_min_words:
            return False
        return (
            f.ends_sentence
            or f.inner_sentences >= 1
            or f.stopwords >= c.prose_min_stopwords
            or f.unspaced
        )

    def headline_like(self, f: LineFeatures) -> bool:
        return f.units <= self.cfg.short_line_words and not (
            f.ends_sentence and f.text.rstrip()[-1:] not in "?？…" and f.units > 3
        )


# three or more short unspaced items between full-width bars, no sentence
# mark: a CJK site's menu ("ホーム｜特集｜温泉｜グルメ", "首页｜要闻｜本地")
_FULL_WIDTH_BAR_MENU_RE = re.compile(r"[^｜。！？\s]{1,12}(?:｜[^｜。！？\s]{1,12}){2,}")


# A live page's entry opening with its time, or its date and time, and a
# mark or a space after it: "19:45 Turnout …", "14/03/2026 18:10 - Cortadas …",
# "15:20 | Rijkswaterstaat meldt …", "9.30am: Police say …"
_ENTRY_TIME_RE = re.compile(
    r"\s*(?:\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?,?\s+)?\d{1,2}[:.h]\d{2}"
    r"(?:\s*(?:[ap]\.?m\.?|uhr|น\.))?\s*(?:[|·•:–—-]\s*|\s)"
)
_TIMED_RUN_MIN = 3


def _timed_entries(cx: _Ctx) -> None:
    """A page whose article is a run of short updates, each opening with its
    time ("19:45 Turnout in the capital reaches 61 per cent."): each entry is
    a paragraph however short. Entries under ten words were no prose, so the
    first was taken for the headline and the last set aside after the
    article. Three entries or more in a row, each ending a sentence; a list
    of timed headlines (no full stop) or a schedule stays as it is."""
    f, n = cx.f, len(cx.f)
    run: list[int] = []
    for i in range(n + 1):
        g = f[i] if i < n else None
        m = _ENTRY_TIME_RE.match(g.text) if g is not None else None
        if (
            g is not None
            and m is not None
            and g.ends_sentence
            and len(g.text[m.end() :].split()) >= 4
            and g.units <= 3 * cx.cfg.short_line_words
        ):
            run.append(i)
            continue
        if len(run) >= _TIMED_RUN_MIN:
            for j in run:
                cx.prose[j] = True
        run = []


def _related_to_page(
    i: int,
    feats: Sequence[LineFeatures],
    page_counts: Counter[str],
    page_bigrams: Counter[tuple[str, str]],
    norm_counts: Counter[str] | None = None,
) -> bool:
    """Do the line's words occur elsewhere on the page (outside its own copies)?"""
    f = feats[i]
    toks = f.tokens
    if not toks:
        return True
    own = Counter(toks)
    copies = (
        norm_counts[f.norm]
        if norm_counts is not None
        else sum(1 for g in feats if g.norm == f.norm)
    )
    own_bigrams = Counter(itertools.pairwise(toks))  # once per line, not per bigram
    for ab, k in own_bigrams.items():
        if page_bigrams[ab] > copies * k:
            return True
    if len(toks) == 1:
        return page_counts[toks[0]] > copies * own[toks[0]]
    long_toks = [t for t in toks if len(t) >= 5]
    return any(page_counts[t] > copies * own[t] for t in long_toks)


def classify_features(
    doc: Document,
    feats: list[LineFeatures],
    cfg: CleanSettings,
    in_main: Sequence[bool] | None = None,
    frequent_lines: Collection[str] | None = None,
    line_hashes: Sequence[str] | None = None,
) -> list[tuple[str, list[str]]]:
    """Labels and reasons for each line (parallel to ``feats``)."""
    n = len(feats)
    if n == 0:
        return []
    cx = _Ctx(doc, feats, cfg)
    f = feats
    _timed_entries(cx)

    # 0. Style-sheet or script source: never text, whatever its length;
    # a rule of marks between parts of the page ("___", "* * *") has no text.
    for i, g in enumerate(f):
        kind = looks_like_code(g.text)
        if kind:
            cx.set(i, "navigation", f"{kind} source code in the text (page chrome)")
        elif not g.letters and _separator(g.text):  # (a letter makes no separator)
            cx.set(i, "navigation", "separator line: marks only, no words")
        elif g.units <= cfg.menu_item_max_words * 2 and keyboard_mash(g.text):
            # "asdkjh qweqwe zxcv": a test post's or a filler's keys, no word
            cx.set(i, "navigation", "keyboard mash: keys side by side, no word")

    # 1. Cue lines (short lines only: a cue inside a long paragraph is prose).
    for i, g in enumerate(f):
        before = cx.label[i]
        if before is None and g.units <= 2 * cfg.short_line_words:
            # a caption closing on its credit: before the copyright rule, as
            # the credit may open with '©' ("... © AFP / Jane Doe")
            if credit := _closing_credit(g):
                cx.set(i, "caption", f"caption closing on a photo credit '{credit}'")
            elif credit := _photo_by_suffix(g.text):
                cx.set(i, "caption", f"ends with a photographer's credit '{credit}'")
            elif credit := _photo_name_credit(g.text):
                cx.set(i, "caption", f"closes on a photo credit '{credit}'")
            elif credit := _photographer_for_outlet(g.text):
                cx.set(i, "caption", f"closes on a photographer's credit '{credit}'")
            elif who := _ja_shot_by(g.text, alone=True):
                cx.set(i, "byline", f"a photo credit alone on its line: the photographer ('{who}')")
            elif who := _ja_shot_by(g.text, alone=False):
                cx.set(i, "caption", f"closes on the photographer's credit '撮影・{who}'")
            elif day := _dated_caption(g.text):
                cx.set(i, "caption", f"caption with the photo's day after '＝' ('{day}')")
            elif (place := _placed_caption(g.text)) and not _is_page_headline(cx, g.text):
                # (a wire headline may add a place so: "大雪で交通混乱＝北海道")
                cx.set(i, "caption", f"caption with the photo's place after '＝' ('{place}')")
        if cx.label[i] is None and (notice := _notice_line(g, cfg)):
            cx.set(i, *notice)
        if (
            cx.label[i] is None
            and g.units <= 6 * cfg.short_line_words
            and (items := _stuffed_keywords(g.text))
        ):
            prev = fold_line(f[i - 1].text).strip(" :：") if i else ""
            if prev in _TAG_HEADINGS:
                # the page's own tag list under its "Tags" heading
                cx.set(i, "navigation", f"tag list of {items} items under '{prev}'")
            elif (menu := _menu_items(g)) and (home := g.cues_of("nav")):
                # the site's sections between bars, one of them its home
                # page ("首页 | 新闻 | 财经 | …"): a menu, not search phrases
                cx.set(i, "navigation", f"site menu of {menu} items ({home[0].describe()})")
            elif (menu := _menu_items(g)) and _one_word_bar_items(g.text):
                # one word between each pair of bars ("전체 | 정치 | 경제 |
                # 사회 | 문화"): a site's sections, where search phrases run
                # to several words each
                cx.set(i, "navigation", f"site menu of {menu} one-word items between bars")
            else:
                cx.set(i, "spam", f"{items} search keywords strung together (keyword stuffing)")
        if (
            cx.label[i] is None
            and g.units <= cfg.short_line_words
            and (sig := _post_signature(g.text))
        ):
            cx.set(
                i, "body", f"signature of an embedded social post ('{sig}'): quoted in the article"
            )
        if cx.label[i] is None and g.units <= cfg.byline_max_words + 1 and (sig := _signature(g)):
            cx.set(i, "byline", f"signed with a dash and a name only ('{sig}')")
        if cx.label[i] is None and g.units <= 6 and _relative_stamp(g.text):
            cx.set(i, "metadata", "time since posting ('2 hours ago'): a stamp, not text")
        if cx.label[i] is None and g.units <= cfg.short_line_words and (ph := _file_photo(g.text)):
            cx.set(i, "caption", f"caption of a file or illustration photo ('{ph}')")
        if (
            cx.label[i] is None
            and g.units <= 1.5 * cfg.short_line_words
            and (ph := _opening_phrase(g.text, "CAPTION_OPENERS"))
        ):
            cx.set(i, "caption", f"opens as a caption describing the picture ('{ph}')")
        if cx.label[i] is None and _bare_counter(g.text):
            cx.set(i, "navigation", "photo gallery counter ('3 / 12')")
        if cx.label[i] is None and (k := _bracketed_buttons(g.text)):
            cx.set(i, "navigation", f"a row of {k} bracketed buttons ('【打印】【关闭】')")
        if (
            cx.label[i] is None
            and g.units <= 1.5 * cfg.short_line_words
            and (label := _embed_teaser(g.text))
            and not _live_page_headline(cx, i)
        ):
            cx.set(i, "related", f"teaser for an embedded video or audio: opens with '{label}'")
        if cx.label[i] is None and g.units <= 8 and g.digits and share_counts(g.text):
            cx.set(i, "navigation", f"share, like or comment count '{g.text.strip()}'")
        if (
            cx.label[i] is None
            and g.units <= cfg.bio_max_words
            and (cue := _correction_note(g.text))
        ):
            if cue.replace("’", "'") in _editor_note_cues() or _update_note(g.text):
                # "This article has been updated with comment from the council",
                # "Anmerkung der Redaktion: Dieser Artikel wurde aktualisiert.":
                # a record of the page's edits, no fact of the story; an
                # editor's note may also introduce the author or disclose a
                # tie ("Nota del editor: X es arquitecta …"): set aside too
                cx.set(i, "metadata", f"update or editor's note opening with '{cue}'")
            else:
                # body, not a record of edits set aside: the note states the
                # story's corrected facts ("The repair will end in December"),
                # which the cleaned text must carry (every labelled set's choice)
                cx.set(i, "body", f"{CORRECTION_NOTE_REASON} opening with '{cue}'")
        if (
            cx.label[i] is None
            and g.units <= cfg.short_line_words
            and (ph := _opening_phrase(g.text, "TRANSLATION_CREDITS"))
        ):
            cx.set(i, "attribution", f"translator's credit: opens with '{ph}'")
        if (
            cx.label[i] is None
            and g.units <= 2 * cfg.short_line_words
            and (ph := _republished_note(g.text))
        ):
            cx.set(i, "attribution", f"{REPUBLISHED_NOTE_REASON}: opens with '{ph}'")
        if cx.label[i] is None and g.units <= cfg.short_line_words and (ph := _print_page_note(g)):
            cx.set(i, "footer", f"{PRINT_NOTICE_REASON}: opens with '{ph}' (not the publish date)")
        if cx.label[i] is None and g.units <= cfg.short_line_words and (k := _share_bar(g)):
            cx.set(i, "navigation", f"share bar: {k} networks to share on, no other words")
        if (
            cx.label[i] is None
            and g.units <= cfg.short_line_words
            and not g.ends_sentence
            and _APP_STORES_RE.search(g.text)
        ):
            cx.set(i, "navigation", "prompt to get the site's app (it names both app stores)")
        # a forum's poster signing with a member number ("สมาชิกหมายเลข 4567890")
        if cx.label[i] is None and g.digits and g.units <= 6 and forum_member(g.text):
            cx.set(i, "byline", FORUM_MEMBER_REASON)
        # reaction buttons with their counts ("좋아요 3 훈훈해요 0 슬퍼요 0")
        if (
            cx.label[i] is None
            and g.digits
            and g.units <= cfg.short_line_words
            and (pairs := _counter_bar(g.text))
        ):
            cx.set(i, "navigation", f"bar of {pairs} buttons with their counts (reactions)")
        # a site's visitor counter ("Tổng số lượt truy cập: 2.345.678")
        if (
            cx.label[i] is None
            and g.digits
            and g.units <= 3 * cfg.short_line_words
            and site_counter(g.text)
        ):
            cx.set(i, "navigation", f"site visitor counter '{g.text.strip()}'")
        _cue_rules(cx, i, g)
        if before is None and cx.label[i] is not None:
            cx.cue_labelled.add(i)
        if cx.label[i] is None and g.units <= 2 * cfg.short_line_words:
            credit = _slash_credit(g.text)
            if credit:
                cx.set(i, "caption", f"ends with a photographer / agency credit '({credit})'")

    _imprint_tail(cx)
    _paywall_boxes(cx, in_main)
    _share_buttons_one_per_line(cx)

    # A live match page posts each entry at the match's minute ("38'",
    # "45'+2"): two such lines or more, each alone, are the entries' stamps
    minutes = [
        i for i, g in enumerate(f) if cx.label[i] is None and _MATCH_MINUTE_RE.fullmatch(g.text)
    ]
    if len(minutes) >= 2:
        for i in minutes:
            cx.set(
                i, "metadata", f"the match minute a live entry is posted at ('{f[i].text.strip()}')"
            )

    # The word a dispatch ends on, in brackets or between dashes: "（完）";
    # the headline the text first ran under: "原标题：…".
    for i, g in enumerate(f):
        if cx.label[i] is None and g.units <= 4 and _end_mark(g.text):
            cx.set(i, "navigation", f"end-of-article mark '{g.text.strip()}'")
        elif cx.label[i] is None and g.units <= 4 and _bare_end_mark(cx, i):
            cx.set(
                i,
                "navigation",
                f"end-of-article mark '{g.text.strip()}' alone after the last paragraph",
            )
        elif (
            cx.label[i] is None
            and g.units <= 4
            and (kind := " ".join(fold_line(g.text).strip(_LEAD_MARKS + " :：-–—]）)】").split()))
            in _folded("PRESS_RELEASE_LABELS")
        ):
            cx.set(i, "navigation", f"the text's kind alone on a line ('{kind}'): a label")
        elif cx.label[i] is None and g.units <= 6 and g.digits and counter_alone(g.text):
            cx.set(i, "metadata", f"read or view counter '{g.text.strip()}'")
        elif cx.label[i] is None and g.units <= 12 and _wire_opener(g.text):
            cx.set(i, "dateline", "wire or newspaper dispatch opener in brackets (dateline)")
        elif (
            cx.label[i] is None
            and g.units <= 1.5 * cfg.short_line_words
            and not g.ends_sentence
            and (label := _original_title(g.text))
        ):
            cx.set(i, "metadata", f"the headline the text first ran under ('{label}')")

    # Wire copy signs off after its last paragraph with the agency ("EFE",
    # "(AFP)", "— Reuters") or the editors' initials ("bur-jmb/abx/fm"): a
    # line right after prose, or after notes on the text that follow it
    # ("Entrevista editada por razones de espacio."), and not followed by
    # more prose.
    for i, g in enumerate(f):
        if cx.label[i] is not None or g.units > 8 or i == 0:
            continue
        j = i - 1
        # (after the credits, notes, or the end mark it closes: "//انتهى//")
        while (
            j > 0
            and i - j <= 3
            and (
                cx.label[j] in ("attribution", "metadata")
                or cx.reasons[j][:1]
                and cx.reasons[j][0].startswith("end-of-article mark")
            )
        ):
            j -= 1
        # ... or after a short closing sentence, a quote often ('"We will
        # make sure residents can still get around," he said.')
        closing = (
            f[j].ends_sentence
            and f[j].units >= 6
            and f[j].stopwords >= cfg.sentence_min_stopwords
            and j > 0
            and cx.prose[j - 1]
        )
        if not ((cx.prose[j] or closing) and cx.label[j] is None):
            continue
        if i + 1 < n and cx.prose[i + 1] and cx.label[i + 1] is None:
            continue
        if why := _agency_signoff(g.text):
            cx.set(i, "attribution", why)

    # Menus laid out with runs of spaces ("Home   World   Sport   Tech"), and
    # menus and breadcrumbs between bars or arrows ("数码 > 手机 > 新品").
    for i, g in enumerate(f):
        items = _spaced_items(g.text)
        if items and _figure_table_row(f, i):
            pass  # a row of the article's table (a forecast, results), no menu
        elif items:
            cx.set(i, "navigation", f"menu of {items} items laid out with runs of spaces")
        elif (items := _han_menu_items(g.text)) and not _opens_with_byline_cue(g):
            # ("โดย ณัฐวุฒิ ศรีสุข และ พิมพ์ชนก วงศ์ดี" is a byline's names)
            cx.set(i, "navigation", f"bar of {items} links (short words between single spaces)")
        elif not cx.prose[i] and (items := _menu_items(g)):
            cx.set(i, "navigation", f"menu or breadcrumb line of {items} items")
        elif not cx.prose[i] and (pages := _page_numbers(g)) and not _in_figure_list(cx, i):
            # ("Team 1 2 3 4 T" over rows of figures is a score table's head)
            cx.set(i, "navigation", f"page links 1 to {pages} (pagination)")

    # Long keyword / tag lists ("a, b, c, d, e, f") anywhere on the page.
    for i, g in enumerate(f):
        items = _keyword_items(g, cfg)
        if items >= 6 and cx.label[i] is None and not (in_main is not None and in_main[i]):
            cx.set(i, "navigation", f"keyword or tag list of {items} short items")

    _gallery_captions(cx)

    # 2. Repetition within the page (a table of contents repeats the
    # subheadings it links to: they are the article's, not teasers).
    toc_lines = _table_of_contents(cx)
    summary_items = cx.summary_items = _summary_boxes(cx)
    norms = Counter(g.norm for i, g in enumerate(f) if g.norm and i not in summary_items)
    running = _print_page_breaks(cx, norms)
    twice = cx.headline_twice = _headline_printed_twice(cx, norms, toc_lines)
    own_headline = _headline_also_in_a_sidebar(cx, norms, toc_lines) if twice is None else None
    site_norms = _site_name_norms(cx.doc)
    prev_norm = None
    first_copy: dict[str, int] = {}
    for i, g in enumerate(f):
        adjacent = g.norm == prev_norm or (i + 1 < n and f[i + 1].norm == g.norm)
        if twice is not None and i == twice + 1:
            cx.set(i, "navigation", "the headline printed a second time (page title and headline)")
        if (
            not g.norm
            or norms[g.norm] < 2
            or g.norm in running
            or i in toc_lines
            or i in summary_items
            or i == twice
            or i == own_headline
            or (in_main is not None and in_main[i] and not (adjacent and cx.headline_like(g)))
        ):
            # HTML: copies aligned with trafilatura's text are the article's
            # (quotes, embedded posts), unless doubled in a row like teasers
            prev_norm = g.norm
            continue
        if g.norm in site_norms:
            cx.set(
                i,
                "footer" if i > n // 2 else "navigation",
                "the site's own name (the page title's last part), repeated as its banner",
            )
        elif norms[g.norm] == 2 and _outlet_around_article(cx, i):
            cx.set(i, "attribution", "the outlet's name printed above and below the article")
        elif g.units >= 2.5 * cfg.prose_min_words:
            first = first_copy.setdefault(g.norm, i)
            if first != i:
                cx.set(i, "related", "repeats an earlier paragraph of the page")
        elif g.norm == prev_norm or (i + 1 < n and f[i + 1].norm == g.norm):
            cx.set(i, "related", "line repeated twice in a row (teaser list)")
        elif g.units >= cfg.menu_item_max_words:
            cx.set(i, "related", f"headline repeated {norms[g.norm]} times in the page (teaser)")
        else:
            cx.set(i, "navigation", f"short line repeated {norms[g.norm]} times in the page")
        prev_norm = g.norm
    # A snippet right under a repeated headline is the teaser's summary.
    for i in range(1, n):
        g = f[i - 1]
        if (
            i - 1 not in toc_lines
            and i - 1 != own_headline
            and (twice is None or i - 2 > twice or i <= twice)
            and norms.get(g.norm, 0) >= 2
            and g.norm not in site_norms
            and g.norm not in running
            and g.units < 2.5 * cfg.prose_min_words
            and g.units > cfg.menu_item_max_words
            and f[i].units >= 6
            and cx.label[i] is None
            and norms.get(f[i].norm, 0) < 2
            and not (in_main is not None and in_main[i])
            and f[i].units <= 4 * cfg.prose_min_words
            and (i + 1 >= n or f[i + 1].norm != g.norm)
            # an advert repeated through the article (a phone, a handle, a
            # link) is no headline: the paragraph under it is the article's
            and find_contact(g.text) is None
            # nor is one photographer's credit under each of their pictures,
            # nor an ad slot's chrome repeated at each slot ("SCROLL TO
            # CONTINUE WITH CONTENT" every two paragraphs)
            and cx.label[i - 1] not in ("caption", "navigation")
        ):
            cx.set(i, "related", "teaser snippet under a repeated headline")

    _forum_replies(cx)

    # 3. Lines seen on many pages of the same site (optional corpus pass).
    if frequent_lines and line_hashes is not None:
        for i, h in enumerate(line_hashes):
            if h in frequent_lines and not (
                cx.prose[i] and cx.label[i] is None and (in_main is None or in_main[i])
            ):
                cx.set(
                    i,
                    "footer" if cx.prose[i] else "navigation",
                    "line seen on many pages of this site (boilerplate)",
                )

    # 4. A list heading ("Related", "Most read") opens a zone of teasers.
    zone = inline = False
    seen_prose = False
    for i, g in enumerate(f):
        if cx.prose[i] and cx.label[i] is None and not zone:
            seen_prose = True
        if (
            cx.label[i] == "related"
            and any(h.category == "related" for h in g.cues)
            and seen_prose
            # a heading and nothing else, however many word units its script
            # counts ("อ่านข่าวที่เกี่ยวข้อง" is one heading of five)
            and (g.units <= cfg.menu_item_max_words + 1 or g.cue_coverage({"related"}) >= 0.9)
        ):
            zone = True
            bare = summaries = 0
            # "BACA JUGA:" alone, its link on the next line: an inline
            # teaser's links have no summaries, so prose after them is the
            # article going on (it was taken for the link's summary)
            inline = cx.reasons[i][0].startswith("inline teaser link")
            continue
        if zone:
            # two paragraphs in a row: this one and the next (the zone labels
            # as it goes, so the one before would always be labelled); on
            # HTML, only where the extractor's main text goes on (teasers
            # after the article alternate headline and summary, both prose)
            two_prose = (
                cx.prose[i]
                and i + 1 < n
                and cx.prose[i + 1]
                and cx.label[i + 1] is None
                and cx.label[i] is None
                and not cx.headline_like(g)
                and (in_main is None or in_main[i + 1])
            ) or (cx.prose[i] and i > 0 and cx.prose[i - 1] and cx.label[i - 1] is None)
            # a paragraph after two bare headlines or more: the list's items
            # had no summaries, so this is the article going on (Thai writes
            # no sentence mark to tell a paragraph by)
            resumes = (
                cx.prose[i]
                and cx.label[i] is None
                and summaries == 0
                and bare >= 2
                and g.stopwords >= cfg.sentence_min_stopwords
                and not cx.headline_like(g)
            )
            # the heading of readers' comments ("Comments (3)") ends the
            # list: the thread under it is no teaser
            comments = cx.label[i] == "navigation" and any(h.category == "comments" for h in g.cues)
            # the site's legal line under the list ("Giấy phép số 88/GP-BTTTT",
            # "등록번호 … 발행인 …", "© 2025 …"): a copyright cue with a number
            # or the sign is the page's footer, not one more teaser
            legal = any(h.category == "copyright" for h in g.cues) and (
                "©" in g.text or any(c.isdigit() for c in g.text)
            )
            if (
                cx.label[i] in ("footer",)
                or comments
                or legal
                or g.units > 5 * cfg.prose_min_words
                or two_prose
                or resumes
                or (inline and cx.prose[i] and cx.label[i] is None)
            ):
                zone = False  # an article has paragraphs in a row; teaser lists alternate
                if legal and cx.label[i] is None:
                    cx.set(i, "footer", "the site's legal line under a list of other stories")
            elif cx.label[i] is None and not (in_main is not None and in_main[i]):
                cx.set(i, "related", "inside a list opened by a related-articles heading")
                if cx.prose[i]:
                    summaries += 1
                else:
                    bare += 1

    _headlines_under_list_heading(cx, in_main)

    # 4b. A list of other stories' headlines with no heading over it (plain
    # text keeps a site's "most read" box as bare lines).
    _teaser_lists(cx, in_main)

    # 5. The title: the longest headline-shaped line before the first
    # sentence-ending paragraph (site names and menus are shorter); an
    # author's box above the headline is not that paragraph.
    _author_box_before(cx)
    _find_title(cx, in_main)

    # 6. The article area.
    if in_main is not None:
        region = [bool(in_main[i]) for i in range(n)]
        _continue_main_text(cx, region)
        cx.comments_at = _comments_start(
            cx, [i for i in range(n) if region[i] and cx.prose[i]], region
        )
    else:
        region = _article_region(cx)
    _closing_paragraph_past_slot(cx, region)
    idx_in = [i for i in range(n) if region[i]]
    first = idx_in[0] if idx_in else n
    last = idx_in[-1] if idx_in else -1

    # HTML: a run of headline-like lines ending the main text is a teaser list
    if in_main is not None and idx_in:
        last_prose = max((i for i in idx_in if cx.prose[i] and cx.label[i] is None), default=-1)
        tail = [i for i in idx_in if i > last_prose and cx.label[i] is None]
        enumerated = sum(1 for i in tail if _ENUM_RE.match(f[i].text))
        # chrome a cue already named among them ("Share", "Save") is part of
        # the run: the buttons of a tool bar are not the article's ending
        chrome = sum(
            1
            for i in idx_in
            if i > last_prose and i in cx.cue_labelled and cx.label[i] in ("navigation", "related")
        )
        if (
            len(tail) >= min(2, cfg.link_list_min_run)
            and len(tail) + chrome >= cfg.link_list_min_run
            and all(cx.headline_like(f[i]) for i in tail)
            and enumerated < len(tail) / 2
            and sum(f[i].units for i in tail) < 0.5 * sum(f[i].units for i in idx_in if cx.prose[i])
        ):  # a numbered list, or a list longer than the prose, is the page's own content
            for i in tail:
                cx.set(
                    i,
                    "related",
                    f"run of {len(tail)} headline-like lines"
                    + (f" and {chrome} chrome lines" if chrome else "")
                    + " after the last paragraph of the main text",
                )

    # HTML: a related-list heading the main text takes in after its last
    # paragraph ("延伸閱讀", then a headline or two, then the page's end): the
    # lines after it are the list's teasers, not the article's ending
    if in_main is not None and idx_in:
        heads = [
            i
            for i in idx_in
            if cx.label[i] == "related"
            and cx.reasons[i]
            and cx.reasons[i][0].startswith("list heading")
        ]
        if heads:
            h = heads[-1]
            after = [i for i in idx_in if i > h]
            if (
                after
                and len(after) <= cfg.byline_window + 3
                and all(cx.label[i] is None and cx.headline_like(f[i]) for i in after)
                and sum(1 for i in idx_in if i < h and _full_paragraph(cx, i)) >= 2
            ):
                for i in after:
                    cx.set(
                        i,
                        "related",
                        "inside a list opened by a related-articles heading "
                        "at the end of the main text",
                    )

    _reference_lists(cx)

    # The article's last lines: contact / newsletter / "follow" promotions.
    body_like = [i for i in idx_in if cx.label[i] is None]
    for i in body_like[-3:]:
        g = f[i]
        if g.units > 2 * cfg.short_line_words:
            continue
        promo = [h for h in g.cues if h.category in ("follow_us", "site_links")]
        low = fold_line(g.text).lstrip(_LEAD_MARKS)
        # "点击阅读更多新加坡新闻", "Read more Singapore news": a link to more
        # of the site, opening with a related cue (after "click", "tap")
        more = [
            h
            for h in g.cues_of("related")
            if low.startswith(h.cue) or low[: h.start].strip() in _click_words()
        ]
        more = more if not g.ends_sentence and g.units <= cfg.short_line_words else []
        promo = promo + more[:1]
        leads = any(low.startswith(h.cue) for h in promo) or bool(more)
        if (promo and (leads or g.has_link or g.has_domain or g.has_handle)) or (
            (g.has_link or (g.has_handle and leads_imperative(g)))
            and g.units <= 2 * cfg.short_line_words
        ):
            if more and _spaced_teaser_lead(g, more[0]):
                cx.set(i, "related", f"inline teaser link: {more[0].describe()}")
                continue
            why = describe_hits(promo) if promo else "a link, e-mail or handle"
            # an advert's terms with the way to reach the seller ("…บาคาร่า
            # สล็อตเว็บตรง … แอดไลน์ @<id>"): an injected advert, not the
            # site's own promotion
            if spam := g.cues_of("spam"):
                cx.set(i, "spam", f"advert with a way to reach the seller: {describe_hits(spam)}")
                continue
            cx.set(i, "navigation", f"promotion or contact line at the end of the article ({why})")

    # Teaser headlines tagged like "[VIDEO]" / "[INSIGHT]" (all-caps bracket tag).
    for i, g in enumerate(f):
        if cx.label[i] is None and cx.headline_like(g) and _TAG_RE.search(g.text):
            cx.set(i, "related", "headline with an all-caps bracketed tag (teaser)")

    # 7. Spam: short lines unrelated to the page inside the article area.
    # On a page written in a script without capitals (Thai, Chinese) an
    # all-caps line is in another script: that its words occur nowhere else
    # says nothing (an English slogan in a Thai article), so only spam words count.
    from ..langid import scripts as _S

    caps_judged = not doc.lang or _S.script_of_lang(doc.lang) in (_S.LATIN, _S.CYRILLIC, "Grek")
    # Short all-caps lines inside the article that belong to it (their words
    # occur elsewhere on the page, or the extractor kept them): wire copy
    # prints its subheadings this way ("FRANCE WINS", "TIP-INS").
    caps_subheads = {
        fold_line(g.text.strip())
        for j, g in enumerate(f)
        if first <= j <= last
        and g.all_caps
        and g.units <= cfg.spam_line_max_words
        and not cx.prose[j]
        and cx.label[j] in (None, "body")
        and (
            cx.related(j)
            or (in_main is not None and in_main[j])
            # plain text (no extractor's verdict): a caps line opening a
            # paragraph of prose is laid out as a subheading
            or (in_main is None and j + 1 < len(f) and cx.prose[j + 1])
        )
    }
    for i, g in enumerate(f):
        if g.units > cfg.spam_line_max_words or not (first <= i <= last):
            continue
        if cx.label[i] not in (None, "related", "navigation") or cx.prose[i]:
            continue
        kw = 0 if _heads_figure_rows(f, i) else _keyword_items(g, cfg)
        # a capitalised line built with two function words or more ("LOOK
        # WHAT YOU MADE ME DO") or asking a question is a subheading;
        # injected keyword lines are bare noun phrases
        shouted = (
            caps_judged
            and g.all_caps
            and g.cased >= 4
            and len(g.text.split()) >= 2
            and g.text.rstrip()[-1:] not in "?？"
            # an explainer's subheading asks ("WHY IT MATTERS", "WHAT'S NEXT")
            and not (_opens_with_question_word(g.text) and _sells_or_contacts(g) is None)
        )
        sells = _sells_or_contacts(g) if shouted or kw else None
        # ... except a site's promo label that sells ("NO TE PIERDAS: 19,99 €"):
        # its function words belong to the label, the rest is an advert
        caps = shouted and (g.stopwords < 2 or (i in cx.cue_labelled and sells is not None))
        if (caps or kw) and not cx.related(i):
            # capitals are how sites print their own promo labels and list
            # headings ("DON'T MISS", "À LIRE AUSSI"): chrome, unless the line
            # sells or gives a contact (then it is an advert whatever it says)
            heading = None if kw or sells else _caps_chrome_heading(cx, i)
            if (
                heading is None
                and caps
                and not kw
                and not sells
                and len(caps_subheads - {fold_line(g.text.strip())}) >= 2
            ):
                # two other capitalised lines of the article are its own
                # subheadings: this one is printed the same way, one more of
                # them (an injected line stands alone, or repeats itself)
                continue
            if heading:
                if cx.label[i] is None:
                    cx.set(i, "related", heading)
                else:
                    cx.reasons[i].append(heading)
                continue
            if caps and not kw and not sells and _capitals_signoff(cx, i, last):
                cx.set(i, "byline", f"{CAPS_SIGNOFF_REASON}, set off by dashes (a sign-off)")
                continue
            if caps and not kw and not sells and (town := _signed_name_town(cx, i)) is not None:
                cx.set(
                    i,
                    "byline",
                    "the writer's name in capitals, then the town (a letter's signature)",
                )
                cx.set(town, "byline", "the town under a letter writer's name", force=True)
                continue
            why = "all-caps" if caps else f"keyword list of {kw} items"
            cx.set(
                i,
                "spam",
                f"short {why} line inside the article whose words occur "
                "nowhere else on the page (injected)" + (f"; it carries {sells}" if sells else ""),
                force=True,
            )

    # 8. Bylines, datelines and position rules.
    _title_and_bylines(cx, first, last, region)
    title_i = next((i for i in range(n) if cx.label[i] == "title"), None)

    for i, g in enumerate(f):
        if cx.label[i] is not None:
            continue
        if i in cx.standfirst and title_i is not None and title_i < i < max(first, i + 1):
            # under the headline and its byline, before the first paragraph
            cx.set(i, "body", STANDFIRST_REASON)
            continue
        if first <= i <= last and region[i]:
            if cx.prose[i]:
                cx.set(
                    i,
                    "body",
                    f"prose inside the article ({_words(g.units)}"
                    + (", ends a sentence)" if g.ends_sentence else ")")
                    + (
                        "; continues the extractor's main text (a run of full paragraphs)"
                        if i in cx.continued
                        else ""
                    ),
                )
            elif (who := _letter_signature(cx, i, g)) is not None:
                cx.set(i, "byline", f"a letter writer's name and town under the letter ('{who}')")
            elif in_main is not None:
                items = 0 if _figure_table_row(cx.f, i) else _menu_items(g)
                if (
                    title_i is not None
                    and i < title_i
                    and not any(cx.prose[j] for j in range(i, title_i))
                ):
                    # the extractor starts the article at the page's top:
                    # a short line above the headline is the masthead or a
                    # section name, not the article's text
                    cx.set(i, "navigation", "short line above the headline (masthead or section)")
                elif items:
                    # trafilatura keeps whole small pages, menus included
                    cx.set(i, "navigation", f"menu or breadcrumb line of {items} items")
                else:
                    cx.set(i, "body", "inside the main text found by trafilatura")
            else:
                _short_in_body(cx, i, g, first, last, region)
        elif first <= i <= last:
            if _page_figcaption(cx, i):
                # the page says what it is: a photo caption, however much
                # of a sentence it is
                cx.set(i, "caption", FIGCAPTION_REASON)
            elif _gap_prose(cx, i, g):
                cx.set(
                    i,
                    "body",
                    f"full sentences between two parts of the main text ({_words(g.units)}; "
                    "the extractor left it out: quote, embedded post)",
                )
            elif _marked_subheading(cx, i, g, in_main):
                cx.set(
                    i,
                    "body",
                    "the page's own subheading (h2-h4) over prose of the main text "
                    "(the extractor left the heading out)",
                )
            elif i + 1 in cx.summary_items and _summary_heading(g):
                # the extractor kept a summary box's items, not its heading
                # ("Tóm tắt", "Key points")
                cx.set(i, "body", "heading of the article's summary box over its items")
            else:
                cx.set(i, "navigation", "inside the article area but outside the main text")
        elif i < first:
            if (
                title_i is not None
                and title_i < i
                and (i in cx.summary_items or (_summary_heading(g) and i + 1 in cx.summary_items))
            ):
                # the article's own summary under its headline ("Key
                # points" and its facts): body, as the same box between
                # paragraphs is; a box the page says AI wrote was set aside
                what = "item of" if i in cx.summary_items else "heading of"
                cx.set(i, "body", f"{what} the article's own summary under its headline")
            elif title_i is not None and title_i < i and _heading_standfirst(cx, i, title_i):
                cx.set(
                    i,
                    "body",
                    "the page's own subheading (h2-h4) right under the headline, "
                    "over its byline or stamp (a standfirst)",
                )
            elif g.units <= cfg.menu_item_max_words:
                cx.set(
                    i, "navigation", f"short menu-like line before the article ({_words(g.units)})"
                )
            elif title_i is not None and title_i < i and _summary_under_headline(cx, i, title_i):
                cx.set(i, "body", _UNDER_HEADLINE_REASON)
            elif cx.headline_like(g):
                cx.set(i, "navigation", "headline-like line before the article start")
            else:
                cx.set(i, "navigation", "text before the article start")
        else:
            _after_body(cx, i, g, last)
    _late_title(cx, first)
    _ranking_note_over_list(cx)
    # 9. Copies and the author's box, once every body block is known.
    _pull_quotes(cx)
    _author_bios(cx)
    _issuer_sections(cx)
    _next_story_appended(cx)
    _table_rows_in_article(cx)
    _comment_thread(cx)
    _photographers_credits(cx)
    _image_captions_kept(cx)
    return [(cx.label[i] or "body", cx.reasons[i]) for i in range(n)]


IMAGE_CAPTION_REASON = (
    "the page sets it right after a lone image, in a container of its own (a photo's caption)"
)


def _image_captions_kept(cx: _Ctx) -> None:
    """A line kept as body that the page sets as a photo's caption, right
    after a lone image in a container of the two (``meta["image_captions"]``:
    a gallery's items, WordPress's captions), which an extractor keeps as a
    paragraph: a caption."""
    caps = (cx.doc.meta or {}).get("image_captions") if cx.doc.html else None
    if not caps:
        return
    caps = set(caps)
    for i, g in enumerate(cx.f):
        if cx.label[i] in (None, "body") and " ".join(g.text.split()) in caps:
            cx.set(i, "caption", IMAGE_CAPTION_REASON, force=True)


# The photo credit's cue and its separator, then what it credits: "Foto:
# Jeroen Bakker", "Photograph: Isla Munro/The Northern Lantern".
_CREDIT_AFTER_CUE_RE = re.compile(r"[^:：=]{1,30}[:：=]\s*(.+)")


def _photographers_credits(cx: _Ctx) -> None:
    """A photo credit alone on its line that names a person ("Foto: Jeroen
    Bakker", "Photograph: Isla Munro/The Northern Lantern", "ภาพ: ธนากร
    ศรีวงศ์") credits the photographer: a byline, as the labelled sets have
    it. Done last, once the gallery rules have used the credit to find the
    captions beside it. A credit naming a press office ("Фото: пресс-служба
    мэрии") or describing the picture ("Photo: Children explore …") stays
    a caption."""
    f, cfg = cx.f, cx.cfg
    for i, g in enumerate(f):
        if not (
            cx.label[i] == "caption"
            and cx.reasons[i]
            and cx.reasons[i][0].startswith("starts with a photo credit")
            and not g.ends_sentence
            and g.units <= 8
            and (m := _CREDIT_AFTER_CUE_RE.match(g.text.strip()))
        ):
            continue
        who = re.split(r"\s*[/|,;]\s*", m.group(1).strip(), maxsplit=1)[0]
        if _HAN_WORD_RE.search(who):
            continue  # two to four Han letters name an office as often ("市政府")
        if looks_like_name(
            line_features(0, who, g.lang), cfg.byline_max_words, cfg.byline_max_chars
        ):
            why = f"a photo credit alone on its line: the photographer ('{who}')"
            cx.set(i, "byline", why, force=True)


# A table cell holding one figure: "54%", "1.204", "+3,42%", "2-1", "7",
# a temperature "24 °C".
# (One definition for the bar rows, the ticker bars and the tab rows below:
# a second, with currency signs, had stood here and was shadowed by this one.)
_FIGURE_CELL_RE = re.compile(r"[+\-−±]?\d+(?:[.,:/\-]\d+)*\s?(?:%|°\s?[CF]?|℃|℉)?")


_BRACKETED_RE = re.compile(r"\s*(?:【[^【】]{1,20}】|\[[^\[\]]{1,20}\]|〔[^〔〕]{1,20}〕)")


def _bracketed_buttons(text: str) -> int:
    """How many bracketed items a line is made of when it is nothing else,
    three or more ("【字体：大 中 小】【打印】【关闭】", "[Print] [E-mail]
    [Close]"): a page's tool buttons; 0 otherwise."""
    t = text.strip()
    if len(t) > 200 or t[:1] not in "【[〔":
        return 0
    k, pos = 0, 0
    while pos < len(t):
        m = _BRACKETED_RE.match(t, pos)
        if m is None:
            return 0
        k, pos = k + 1, m.end()
    return k if k >= 3 else 0


def _table_cells(text: str) -> int:
    """How many cells a line has as a table row: tab-separated, as the
    reader writes one ("Lista\t\tVoti\t\t%"), or set off by bars as a
    scraper's text dump does ("An Giang | 312 | +14% | 187", "| a | b |");
    0 for a line with neither."""
    if "\t" in text:
        return len([c for c in text.split("\t") if c.strip()])
    if "|" in text:
        return len(_bar_cells(text))
    return len(_dash_cells(text))


# a dash between spaces: how a scraper's text dump joins a table's cells
# when it had no bars ("النهضة - 48,210 - 7", "Lista A – 12.480 – 5")
_DASH_CELL_SPLIT_RE = re.compile(r"\s[-–—]\s")


def _dash_cells(text: str) -> list[str]:
    """The cells of a line whose cells are joined by dashes between spaces:
    three cells or more, none empty and none longer than a table's cell
    (five words), or [] (a headline's "Title - Site" has two parts, a
    sentence's aside is longer)."""
    cells = [c.strip() for c in _DASH_CELL_SPLIT_RE.split(text.strip())]
    if len(cells) < 3 or not all(cells) or any(len(c.split()) > 5 for c in cells):
        return []
    return cells


def _bar_cells(text: str) -> list[str]:
    """The cells of a line set off by bars (the outer bars of "| a | b |"
    open and close the row), or [] when a cell is empty or no bar stands
    between spaces."""
    t = text.strip()
    if t.startswith("|") and t.endswith("|") and len(t) > 1:
        t = t[1:-1]
    cells = [c.strip() for c in t.split("|")]
    if len(cells) < 2 or not all(cells):
        return []
    return cells


def _figure_ticker(text: str) -> bool:
    """A bar of names and figures ("沪指 3402.15 +0.52%　深成指 10876.30
    +0.81%", "DOW 43,118.20 ▲0.6% · S&P 500 6,021.44 ▲0.9%"): three figures
    or more, and as many figures as other words; a headline with a figure
    or two in it ("GDP grows 2.1% as inflation eases to 3.4%") has fewer."""
    tokens = [t.strip("▲▼△▽↑↓·|,;()") for t in text.split()]
    tokens = [t for t in tokens if t]
    figures = sum(1 for t in tokens if _FIGURE_CELL_RE.fullmatch(t))
    return figures >= 3 and 2 * figures >= len(tokens)


def _figure_row(text: str) -> bool:
    """A bar-separated row of which half the cells or more are figures
    alone ("Cần Thơ | 195 | +6% | 118"): a table's row, no keyword list."""
    cells = _bar_cells(text) if "|" in text else []
    return bool(cells) and 2 * sum(1 for c in cells if _FIGURE_CELL_RE.fullmatch(c)) >= len(cells)


def _heads_figure_rows(f: Sequence[LineFeatures], i: int) -> bool:
    """Is line ``i`` a table's header row ("Día | Máxima | Mínima | Lluvia")
    over its rows of figures ("Martes | 24 °C | 9 °C | 10 %"): the next line
    has as many cells and half of them or more are figures? Its words name
    the columns and occur nowhere else on the page, as an injected keyword
    list's do, but the rows under it say what it is."""
    k = _table_cells(f[i].text)
    nxt = next((j for j in range(i + 1, len(f)) if f[j].norm), None)
    if k < 2 or nxt is None or _table_cells(f[nxt].text) != k:
        return False
    cells = _bar_cells(f[nxt].text) or _dash_cells(f[nxt].text) or f[nxt].text.split("\t")
    cells = [c.strip() for c in cells if c.strip()]
    return 2 * sum(1 for c in cells if _FIGURE_CELL_RE.fullmatch(c)) >= len(cells)


def _table_rows_in_article(cx: _Ctx) -> None:
    """The rows of a table of figures between the article's paragraphs (an
    election's results, a price list): two rows or more with the same number
    of cells, most holding a figure, a body paragraph above them (an ad
    slot's label may stand between) and one under them. They are the
    article's own data, not short menu lines, and stay body; a layout
    table's menu has no figures."""
    f, n = cx.f, len(cx.f)
    i = 0
    while i < n:
        k = _table_cells(f[i].text)
        if k < 2:
            i += 1
            continue
        j = i
        while j + 1 < n and _table_cells(f[j + 1].text) == k:
            j += 1
        rows = range(i, j + 1)
        i = j + 1
        if len(rows) < 2 or sum(1 for r in rows if f[r].digits) * 2 < len(rows):
            continue
        # (a header row a cue named, "Tag | Höchstwert | …" read as a tag
        # line, is still the table's when figures stand under it)
        if any(
            (r in cx.cue_labelled and not (r == rows[0] and _heads_figure_rows(f, r)))
            or cx.label[r] in ("spam", "foreign", "footer")
            for r in rows
        ):
            continue
        above = any(
            cx.label[a] in (None, "body") and cx.prose[a]
            for a in range(max(0, rows[0] - 3), rows[0])
        )
        below = any(
            cx.label[b] in (None, "body") and cx.prose[b]
            for b in range(rows[-1] + 1, min(n, rows[-1] + 4))
        )
        if above and below:
            for r in rows:
                if cx.label[r] not in (None, "body"):
                    cx.set(r, "body", f"row of a table in the article ({k} cells)", force=True)
            # the table's own heading right above it ("Bảng: Xuất khẩu gạo
            # quý I", "Table 2. Turnout by district"), under a paragraph: a
            # short line no cue named (an ad slot's label keeps its label)
            h = rows[0] - 1
            if (
                h > 0
                and cx.label[h] in ("navigation", "related")
                and h not in cx.cue_labelled
                and not f[h].ends_sentence
                and cx.label[h - 1] in (None, "body")
                and cx.prose[h - 1]
            ):
                cx.set(h, "body", "heading of a table in the article", force=True)


@cache
def _next_story_dividers() -> frozenset[str]:
    return frozenset(_folded("NEXT_STORY_DIVIDERS"))


def _another_articles_head(cx: _Ctx, d: int) -> bool:
    """Do the lines under the divider at ``d`` open another article: a
    headline (no sentence, no prose) and right under it its stamp or byline?
    Then a paragraph of it kept is still that article's, not this one's
    going on (a video box's "Up next" between paragraphs has no stamp under
    its title)."""
    f = cx.f
    below = [j for j in range(d + 1, len(f)) if f[j].norm][:2]
    if len(below) < 2:
        return False
    head, under = below
    return (
        not f[head].ends_sentence
        and not cx.prose[head]
        and cx.label[head] not in ("footer", "spam", "foreign")
        and cx.label[under] in ("metadata", "byline")
    )


def _next_story_appended(cx: _Ctx) -> None:
    """The story an infinite-scroll page appends under the article, after a
    divider alone on its line ("Next Story", "Up next"): its headline, byline,
    date and paragraphs are another article's, all related (a byline or a
    stamp there is not this page's). Only where nothing below the divider was
    kept: a divider with the article going on under it (a video box's "Up
    next" between paragraphs) ended nothing. The site's footer and the lines
    a cue named (share bar, tags) keep their labels."""
    f, n = cx.f, len(cx.f)
    for d in range(n):
        if cx.label[d] in (None, "body", "title") or not f[d].norm:
            continue
        if fold_line(f[d].text).strip(" :：›»→←-–—|") not in _next_story_dividers():
            continue
        if not any(cx.label[i] in (None, "body") and cx.prose[i] for i in range(d)):
            continue  # no article above it
        if any(
            cx.label[j] in (None, "body", "title") for j in range(d + 1, n)
        ) and not _another_articles_head(cx, d):
            return
        divider = f[d].text.strip()
        for j in range(d + 1, n):
            lab = cx.label[j]
            if lab == "footer" and j in cx.cue_labelled:
                break  # the site's footer
            if lab in ("spam", "foreign") or not f[j].norm:
                continue
            if j in cx.cue_labelled and lab in ("navigation", "related"):
                continue
            cx.set(
                j,
                "related",
                f"the next story, appended under the article after '{divider}'",
                force=True,
            )
        return


def _headlines_under_list_heading(cx: _Ctx, in_main: Sequence[bool] | None) -> None:
    """The items of a list under a list heading ("Most read", "Đọc nhiều
    nhất", "最多阅读") that are other stories' headlines, however long: two
    lines or more in a row, none ending a sentence or holding one, each no
    longer than two short lines, and none going on from the line above. Such
    a list just under the headline, before any paragraph, opened no list (a
    list heading opens one only after prose), and its long items were kept as
    the article's first paragraphs (or one taken for the title); after the
    article, items longer than a short line closed the list. A paragraph
    ends a sentence, and Thai lines, which never do, count only when short."""
    f, cfg, n = cx.f, cx.cfg, len(cx.f)
    for h in range(n - 2):
        if not (
            cx.label[h] == "related"
            and cx.reasons[h]
            and cx.reasons[h][0].startswith("list heading")
        ):
            continue
        run: list[int] = []
        for j in range(h + 1, n):
            g = f[j]
            cap = (1 if _NO_FULL_STOP_SCRIPT.search(g.text) else 2) * cfg.short_line_words
            if (
                cx.label[j] not in (None, "related")
                or (in_main is not None and in_main[j])
                or g.ends_sentence
                or g.inner_sentences
                or not cfg.menu_item_max_words < g.units <= cap
                or (run and _continues_a_line(g.text))
            ):
                break
            run.append(j)
        if len(run) < 2:
            continue
        for j in run:
            cx.set(
                j,
                "related",
                f"headline of another story in a list of {len(run)} under a list heading",
            )


def _issuer_heading(cx: _Ctx, i: int, above: str) -> str | None:
    """Does line ``i`` open a press release's closing sections: a media
    contacts' heading ("Media Contact", "Contact presse"), or "About" with
    the issuer the release names above ("About Northwind Energy")?"""
    g = cx.f[i]
    head = fold_line(g.text).strip().rstrip(" :：")
    if head in _folded("PRESS_CONTACT_HEADINGS"):
        return "media contacts"
    for a in _folded("ISSUER_ABOUT"):
        spaced = a.isascii() or not _HAN_WORD_RE.match(a)
        if not head.startswith(a + " " if spaced else a):
            continue
        name = head[len(a) :].strip()
        shown = g.text.strip()[len(g.text.strip()) - len(name) :] if name else ""
        if len(name) >= 3 and not shown[:1].islower() and name in above:
            return f"about the issuer '{shown}'"
    return None


def _issuer_sections(cx: _Ctx) -> None:
    """A press release reprinted as news closes on its issuer's sections:
    "About <company>" (the company the release names above) with its
    boilerplate, and the media contacts with names, e-mails and phones. The
    about-heading was read as the writer's name alone on its line ("About
    Northwind Energy" became the author): it is the subheading of the
    issuer's own paragraph, body like it. The contacts' heading and the short
    lines under it, up to a paragraph or a section the page names by its
    words, are the issuer's addresses (navigation, as a contact line is).
    "About the author" names no one the text names."""
    f, n = cx.f, len(cx.f)
    paragraphs = 0
    above: list[str] = []
    for i, g in enumerate(f):
        # (Thai prose never ends on a full stop)
        if (
            cx.prose[i]
            and (g.ends_sentence or _NO_FULL_STOP_SCRIPT.search(g.text))
            and cx.label[i] in (None, "body")
        ):
            paragraphs += 1
            above.append(fold_line(g.text))
        if paragraphs < 2 or g.units > 8 or g.ends_sentence:
            continue
        what = _issuer_heading(cx, i, "\n".join(above))
        if what is None:
            continue
        if what != "media contacts":
            if cx.label[i] == "byline":
                cx.set(i, "body", f"subheading of the press release's section {what}", force=True)
            # the issuer's paragraph under it gives the issuer's web address
            # ("… For more information, visit www.…"): a paragraph about the
            # issuer, not a promotion closing the page
            for j in range(i + 1, n):
                if not (cx.prose[j] and f[j].ends_sentence):
                    break
                if (
                    cx.label[j] == "navigation"
                    and cx.reasons[j][:1]
                    and cx.reasons[j][0].startswith("promotion or contact line")
                ):
                    cx.set(
                        j,
                        "body",
                        f"paragraph of the press release's section {what}, giving its address",
                        force=True,
                    )
            continue
        seen_contact = False
        for j in range(i, n):
            if not f[j].norm:
                continue
            contact = find_contact(f[j].text) is not None
            # a contact line the cue rules labelled (an e-mail, a phone) goes
            # on with the block; after the addresses, a line that gives none
            # and stands over none ends it ("###", "SOURCE …")
            if j > i and (
                cx.prose[j]
                or (j in cx.cue_labelled and not contact)
                or (seen_contact and not contact and not _contact_follows(cx, j))
            ):
                break
            seen_contact = seen_contact or contact
            # (a name, an e-mail and a phone under the heading look like a
            # run of teaser headlines to the position rules)
            if cx.label[j] in (None, "body", "byline") or (
                cx.label[j] == "related"
                and cx.reasons[j][:1]
                and cx.reasons[j][0].startswith("run of")
            ):
                cx.set(j, "navigation", f"press release's {what} ('{g.text.strip()}')", force=True)
        return


def _next_text_line(f: Sequence[LineFeatures], j: int, d: int) -> int | None:
    """The index of the first line with text from line j on in direction
    ``d`` (1: down, -1: up), line j left out; None past the page's edge."""
    j += d
    while 0 <= j < len(f) and not f[j].norm:
        j += d
    return j if 0 <= j < len(f) else None


def _contact_follows(cx: _Ctx, j: int) -> bool:
    """The next line with text after line j gives an address or a phone
    (a contact's name over them)."""
    k = _next_text_line(cx.f, j, 1)
    return k is not None and find_contact(cx.f[k].text) is not None


_UNDER_HEADLINE_REASON = (
    "summary under the headline, above its byline or stamp (standfirst or key points)"
)


def _summary_under_headline(cx: _Ctx, i: int, title_i: int) -> bool:
    """Is line ``i`` one of at most three headline-like lines right under
    the page's headline, with the byline or publish stamp right after them
    ("연간 예산 48억원 투입… 교통카드 등록하면 자동 적용", a live page's key
    points)? A subtitle or summary sits between a headline and its byline;
    a menu, a kicker or a teaser does not."""
    f, cfg = cx.f, cx.cfg

    def summary_like(j: int) -> bool:
        g = f[j]
        return (
            cx.label[j] is None
            and not cx.prose[j]
            and g.units > cfg.menu_item_max_words
            and cx.headline_like(g)
            and not _menu_items(g)
        )

    if i - title_i > 3 or not summary_like(i):
        return False
    for j in range(title_i + 1, i):
        if f[j].norm and not (
            cx.label[j] == "body" and cx.reasons[j][:1] == [_UNDER_HEADLINE_REASON]
        ):
            return False
    for k in range(i + 1, min(len(f), title_i + 5)):
        if not f[k].norm:
            continue
        if cx.label[k] in ("byline", "metadata"):
            return True
        if not summary_like(k):
            return False
    return False


def _comment_thread(cx: _Ctx) -> None:
    """Readers' comments under the heading that ends the article.

    The position rules read a thread as whatever it looks like: a commenter's
    name as the article's closing byline, a comment as footer text, "Reply" and
    names as a run of headlines, "2 hours ago" as a publish stamp, and a list
    opened by a related heading above runs on into it. Every line from the
    heading to the next section the page names by its words (a related list's
    heading, the copyright or site links) is the thread; a spam comment stays
    spam. The earlier reason is kept after the new one.
    """
    h = cx.comments_at
    if h is None:
        return
    heading = cx.f[h].text.strip()
    if cx.label[h] != "navigation":
        # a heading that quotes the post ("4 thoughts on “…”") is too long
        # for the cue rules
        cx.set(h, "navigation", "heading of the readers' comments", force=True)
    above: str | None = None  # the page above the thread, folded, when asked
    for j in range(h + 1, len(cx.f)):
        lab = cx.label[j]
        if (
            j in cx.cue_labelled
            and lab in ("related", "footer")
            and (lab == "footer" or (cx.reasons[j] and cx.reasons[j][0].startswith("list heading")))
        ):
            break
        if lab == "spam" or not cx.f[j].norm:
            continue
        g = cx.f[j]
        if (spam := g.cues_of("spam")) and g.units <= 3 * cx.cfg.short_line_words:
            # a comment too long for the short-line spam rule: a spam term
            # the article above never uses is an advert posted as a comment
            # (on a page about a casino, a reader may well say "casino")
            if above is None:
                above = " ".join(fold_line(cx.f[k].text) for k in range(h))
            off = [x for x in spam if x.cue not in above]
            if off:
                cx.set(
                    j,
                    "spam",
                    f"comment under '{heading}' with spam term '{off[0].quoted}' "
                    f"({off[0].lang}) that the article never uses",
                    force=True,
                )
                continue
        cx.set(j, "navigation", f"comment thread under the heading '{heading}'", force=True)


_PHONE_RE = re.compile(r"(?<![\w+])\+?\d[\d\s().-]{6,}\d(?!\w)")
_PRICE_RE = re.compile(
    r"[$€£¥₫฿₩₹]\s?\d|\d(?:[\d.,\s]*\d)?\s?(?:[$€£¥₫฿₩₹元円원]|(?:usd|eur|vnd|vnđ|đ|đồng|"
    r"baht|บาท|euros?|dollars?|pesos?)(?![^\W\d_]))"
)


@__import__("functools").cache
def _call_to_buy_re():
    import re

    from .cues import CALL_TO_BUY
    from .features import normalize_cue

    alts = sorted(
        {normalize_cue(p) for ps in CALL_TO_BUY.values() for p in ps}, key=len, reverse=True
    )
    return re.compile(r"(?<![^\W_])(?:" + "|".join(re.escape(a) for a in alts) + r")(?![^\W_])")


def _sells_or_contacts(g: LineFeatures) -> str | None:
    """What makes a short line an advert whatever else it says: a link,
    e-mail, handle or domain, a phone number, a price, or a call to buy."""
    if g.has_link or g.has_domain or g.has_handle:
        return "a link, e-mail, handle or domain"
    if g.digits >= 8 and any(
        8 <= sum(c.isdigit() for c in m.group(0)) <= 15 for m in _PHONE_RE.finditer(g.text)
    ):
        return "a phone number"
    low = fold_line(g.text)
    if g.digits and _PRICE_RE.search(low):
        return "a price"
    if _call_to_buy_re().search(low):
        return "a call to buy"
    return None


def _caps_chrome_heading(cx: _Ctx, i: int) -> str | None:
    """Why a short all-caps line whose words occur nowhere else on the page
    is the site's chrome rather than injected spam, or None: a cue already
    named it a list heading or promotion ("DON'T MISS", "À LIRE AUSSI",
    "FOLLOW US"), or it heads a list of headline-like lines (teasers).
    Injected keyword lines sit alone between paragraphs."""
    f, cfg = cx.f, cx.cfg
    if i in cx.cue_labelled and cx.label[i] in ("related", "navigation"):
        return "all-caps promotion or list heading named by a cue (site chrome, not injected spam)"
    run = []
    for j in range(i + 1, min(len(f), i + 1 + cfg.link_list_min_run)):
        g = f[j]
        if (
            cx.label[j] not in (None, "related", "navigation")
            or cx.prose[j]
            or not cx.headline_like(g)
            or g.all_caps
            or _ENUM_RE.match(g.text)  # a numbered or bulleted list is the article's own
        ):
            break
        run.append(j)
    if len(run) >= cfg.link_list_min_run:
        return (
            f"all-caps heading above a list of {len(run)} or more headline-like lines "
            "(a teaser list's heading: site chrome, not injected spam)"
        )
    return None


_QUOTE_NON_WORD_RE = re.compile(r"[\W_]+")


def _unspaced_edge(ch: str) -> bool:
    return _unspaced_char(ch)


def _quote_key(text: str) -> str:
    """A block's words for verbatim comparison: folded, punctuation and
    quotation marks dropped. Padded with a space where the text starts or
    ends with a letter of a spaced script, so that a match falls on whole
    words ("the work is done" is not found in "then the work is done")."""
    k = " ".join(_QUOTE_NON_WORD_RE.sub(" ", fold_line(text)).split())
    if not k:
        return k
    return ("" if _unspaced_edge(k[0]) else " ") + k + ("" if _unspaced_edge(k[-1]) else " ")


_OPEN_QUOTES = "\"“„«「『‘'"
_CLOSE_QUOTES = "\"”“»」』’'"


def _quoted(text: str) -> bool:
    t = text.strip()
    return len(t) > 2 and t[0] in _OPEN_QUOTES and t.rstrip(".,…")[-1:] in _CLOSE_QUOTES


_SENTENCE_SPLIT_RE = re.compile(r"(?<=[.!?…])[\"'”’»」』)]*\s+|(?<=[。！？])[”’」』）]*")
_QUOTED_SPAN_RE = re.compile(
    r"“([^“”]+)”|\"([^\"]+)\"|«([^«»]+)»|„([^„“”]+)[“”]|「([^「」]+)」|『([^『』]+)』"
)


def _copied_from(k: str, text: str) -> bool:
    """Is ``k`` (a :func:`_quote_key`, unpadded) words a pull quote may copy
    from paragraph ``text``: a run of its sentences or a quotation in it, cut
    at most at one end (editors trim a quote's head or tail)? A clause from
    the middle of a sentence is the paragraph's own wording met twice."""

    def starts(whole: str) -> bool:
        return whole.startswith(k) and (
            len(whole) == len(k) or whole[len(k)] == " " or _unspaced_edge(k[-1])
        )

    def ends(whole: str) -> bool:
        return whole.endswith(k) and (
            len(whole) == len(k) or whole[-len(k) - 1] == " " or _unspaced_edge(k[0])
        )

    sents = [x for x in _SENTENCE_SPLIT_RE.split(text.strip()) if x and x.strip()]
    for a in range(len(sents)):
        if starts(_quote_key(" ".join(sents[a:])).strip()):
            return True
        if ends(_quote_key(" ".join(sents[: a + 1])).strip()):
            return True
    for m in _QUOTED_SPAN_RE.finditer(text):
        q = _quote_key(next(g for g in m.groups() if g)).strip()
        if starts(q) or ends(q):
            return True
    return False


def _stitched_quotes(text: str) -> str | None:
    """The quotations of paragraph ``text`` put together without the words
    between them, as a :func:`_quote_key` (unpadded), when it has two or
    more ("Nobody laughed," she told me. "That was how I knew." -> "nobody
    laughed that was how i knew"): a pull quote drops the attribution it
    interrupts."""
    spans = [
        _quote_key(next(g for g in m.groups() if g)).strip() for m in _QUOTED_SPAN_RE.finditer(text)
    ]
    spans = [x for x in spans if x]
    return " ".join(spans) if len(spans) >= 2 else None


def _pull_quote_speaker(cx: _Ctx, i: int) -> None:
    """The name under a pull quote ("Ông Nguyễn Văn Tám", "— Jane Doe"):
    the quote box's credit, set aside with it."""
    from .features import line_features

    k = i + 1
    if k >= len(cx.f) or cx.label[k] != "body" or cx.f[k].ends_sentence:
        return
    name = cx.f[k].text.strip().lstrip("-–—―~ ").strip()
    if name and looks_like_name(
        line_features(0, name), cx.cfg.byline_max_words, cx.cfg.byline_max_chars
    ):
        cx.set(k, "related", "the speaker named under the pull quote above", force=True)


def _pull_quotes(cx: _Ctx) -> None:
    """A short body block whose text, normalised, is sentences or a quotation
    of a longer body block (trimmed at most at one end, :func:`_copied_from`)
    is a pull quote: the designer's highlighted copy of words the article
    already has. Set aside as a copy (the words stay in their paragraph);
    nothing is removed."""
    f, cfg, n = cx.f, cx.cfg, len(cx.f)
    body = [i for i in range(n) if cx.label[i] == "body"]
    # a quote is a sentence (or set in quotation marks); list items and
    # subheadings repeated in a longer line are the article's own structure
    cands = [
        i
        for i in body
        if cfg.pull_quote_min_words <= f[i].units <= cfg.pull_quote_max_words
        and (f[i].ends_sentence or _quoted(f[i].text))
    ]
    if not cands or len(body) < 2:
        return
    keys = {i: _quote_key(f[i].text) for i in body}
    # every body block in one string, each padded with spaces, so one find()
    # per candidate scans them all
    starts, parts, pos = [], [], 0
    for i in body:
        part = " " + keys[i].strip() + " "
        starts.append(pos)
        parts.append(part)
        pos += len(part) + 1
    joined = "\x00".join(parts)
    import bisect

    stitched: dict[int, str] | None = None

    for i in cands:
        k = keys[i]
        # a block after one ending in a comma or colon goes on with its
        # sentence (lines broken by <br>, a quotation introduced by "said:")
        if len(k.strip()) < 12 or (i > 0 and f[i - 1].text.rstrip()[-1:] in ",、，;；:："):
            continue
        at = joined.find(k)
        while at >= 0:
            j = body[bisect.bisect_right(starts, at) - 1]
            if (
                j != i
                and len(keys[j].strip()) > len(k.strip())
                and cx.label[j] == "body"
                and _copied_from(k.strip(), f[j].text)
            ):
                cx.set(
                    i,
                    "related",
                    "pull quote: repeats verbatim words of a longer body paragraph "
                    f"('{f[j].text.strip()[:40]}…'), where they stay",
                    force=True,
                )
                _pull_quote_speaker(cx, i)
                break
            at = joined.find(k, at + 1)
        if cx.label[i] == "body" and _quoted(f[i].text):
            # not found verbatim: the quotations of one paragraph, joined
            # (worked out once per page, on the first quoted candidate)
            if stitched is None:
                stitched = {j: q for j in body if (q := _stitched_quotes(f[j].text))}
            for j, q in stitched.items():
                if j != i and cx.label[j] == "body" and q == k.strip():
                    cx.set(
                        i,
                        "related",
                        "pull quote: joins the quotations of a longer body paragraph "
                        f"('{f[j].text.strip()[:40]}…'), where they stay",
                        force=True,
                    )
                    break


def _bio_pattern(table: dict[str, list[str]]):
    """One regex for a table's phrases in every language: whole words where
    the phrase starts (ends) with a letter of a spaced script."""
    import re

    from .features import normalize_cue

    alts = []
    for p in sorted({normalize_cue(x) for xs in table.values() for x in xs}, key=len, reverse=True):
        a = "" if _unspaced_edge(p[0]) else r"(?<![^\W_])"
        z = "" if _unspaced_edge(p[-1]) else r"(?![^\W_])"
        body = re.escape(p).replace(r"\ ", r"\s+")
        alts.append((a + body + z, p[0] if p and not p[0].isspace() else None, a, body, z))
    # grouped by first character: the engine skips the positions no phrase
    # starts at instead of running each phrase's lookbehind at each
    return _grouped_alternation(alts)


@__import__("functools").cache
def _bio_res():
    from .cues import BIO_COPULAS, BIO_ROLES, BIO_VERBS

    return _bio_pattern(BIO_COPULAS), _bio_pattern(BIO_ROLES), _bio_pattern(BIO_VERBS)


_BRACKETED_RE = re.compile(r"\s*[(（\[][^()（）\[\]]{1,60}[)）\]]")
_SENTENCE_STOP_RE = re.compile(r"[.!?;。！？；]")


def _bio_subject(cx: _Ctx, text: str) -> tuple[str, str] | None:
    """(name, cue) when a paragraph opens like an author's bio: a person's
    name, then a verb of covering ("covers", "cubre", "长期关注") or a copula
    followed within the sentence by a newsroom role ("is a senior
    correspondent", "là phóng viên", "est journaliste")."""
    copulas, roles, verbs = _bio_res()
    low = fold_line(text)
    head = low[:100]
    found = [m for m in (copulas.search(head), verbs.search(head)) if m is not None]
    if not found:
        return None
    m = min(found, key=lambda x: x.start())
    if text[m.start()].isupper():
        return None  # a headline in title case ("Jane Doe Is a Reporter"), not a sentence
    # "Jane Doe (jane@example.com) is ...", "Jane Doe (@janedoe) covers ...":
    # a contact in brackets after the name is not part of it
    subject = _BRACKETED_RE.sub(" ", text[: m.start()]).strip(" ,")
    from .features import line_features as _lf

    # without letter case (Han, Thai) nothing tells a name from a title
    # ("该部长曾是一名记者": "the minister was a reporter"): there only the
    # byline's name counts (_bio_reason)
    if not any(c.isupper() for c in subject) or not looks_like_name(
        _lf(0, subject), cx.cfg.byline_max_words, cx.cfg.byline_max_chars
    ):
        return None
    if m.re is verbs:
        return subject, m.group(0)
    rest = low[m.end() : m.end() + 60]
    stop = _SENTENCE_STOP_RE.search(rest)
    r = roles.search(rest[: stop.start()] if stop else rest)
    if r is None:
        return None
    return subject, f"{m.group(0)} … {r.group(0)}"


def _byline_names(cx: _Ctx) -> list[str]:
    """The people named in the page's byline blocks ("By Jane Doe | Hanoi",
    "Phóng viên: Nguyễn Văn An", "记者 张三", "Jane Doe, Reporter")."""
    from .features import line_features as _lf

    out = []
    for i, lab in enumerate(cx.label):
        if lab != "byline":
            continue
        g = cx.f[i]
        t, low = g.text.strip(), fold_line(g.text.strip())
        for h in g.cues_of("byline"):
            if not low[: h.start].strip(" ([{（【「『-–—•*"):
                t = t[h.end :]
                break
            if h.end >= len(low.rstrip()) and h.start > 0:
                t = t[: h.start]
                break
        t = t.strip(" :：/-–—,|")
        t = _BYLINE_TAIL_RE.split(t, maxsplit=1)[0]
        for part in NAME_JOINERS_RE.split(t):
            part = part.strip()
            if part and looks_like_name(
                _lf(0, part), cx.cfg.byline_max_words, cx.cfg.byline_max_chars
            ):
                out.append(part)
    return out


# Words of a name too common to say that the article names the person.
_PARTICLES_FOLDED = frozenset({"the", "de", "da", "del", "van", "von", "bin", "al", "la", "le"})


def _named_elsewhere(cx: _Ctx, name: str, skip: set[int]) -> bool:
    """Does the article's text (body blocks not in ``skip``) name this
    person? The subject of the story is named in it; its author is not."""
    import re

    words = [w.strip(".,'’") for w in name.split()]
    words = [w for w in words if len(w) >= 3 and w.casefold() not in _PARTICLES_FOLDED]
    if not words or all(_unspaced_edge(w[0]) for w in words):
        words = ["".join(name.split())]
    pats = [
        re.compile(re.escape(w) if _unspaced_edge(w[0]) else r"(?<!\w)" + re.escape(w) + r"(?!\w)")
        for w in words
    ]
    for j, lab in enumerate(cx.label):
        if lab == "body" and j not in skip and any(p.search(cx.f[j].text) for p in pats):
            return True
    return False


def _bio_reason(cx: _Ctx, i: int, names: list[str]) -> tuple[str, str] | None:
    """(name, reason) when block ``i`` opens like an author's bio or credit:
    with a name from the page's byline, or with a person's name and a bio cue
    (:func:`_bio_subject`)."""
    t = cx.f[i].text.strip()
    low = fold_line(t)
    for name in names:
        nl = fold_line(name)
        rest = t[len(nl) :]  # fold_line keeps one character for one
        nxt = rest.split(maxsplit=1)[0] if rest.strip() else ""
        if (
            low.startswith(nl)
            and (not rest or not rest[0].isalnum() or _unspaced_edge(nl[-1]))
            # "The Hollywood" of "The Hollywood Reporter, LLC is ...": a
            # capitalised word after it means the name goes on
            and not nxt[:1].isupper()
        ):
            return name, f"{AUTHOR_BIO_REASON}: opens with the byline's name '{name}'"
    sub = _bio_subject(cx, t)
    if sub is None:
        return None
    return sub[0], (
        f"{AUTHOR_BIO_REASON} or credit: a name the article never mentions ('{sub[0]}') "
        f"then '{sub[1]}'"
    )


_SIGN_UP_PITCH = "promotion ending in a call to sign up"


def _author_bios(cx: _Ctx) -> None:
    """An author's bio after the article ("Jane Doe is a senior correspondent
    covering Southeast Asia. Follow her on X ...") is a byline, not body.

    From the page's end back to the last paragraph that is not one, a block
    is a bio when :func:`_bio_reason` says so and the name appears nowhere
    in the article's text: the people a story is about are named in it, its
    author is not ("The minister is a former journalist who covered ..."
    names no one; "Ana Ruiz is a former journalist ..." after paragraphs
    about Ana Ruiz is the story)."""
    f, cfg, n = cx.f, cx.cfg, len(cx.f)
    body_prose = [i for i in range(n) if cx.label[i] == "body" and cx.prose[i]]
    if len(body_prose) < 3:
        return
    names: list[str] | None = None
    bios: set[int] = set()
    for i in range(n - 1, body_prose[1], -1):
        lab = cx.label[i]
        # a one-sentence credit ("Jane Doe contributed reporting from Hanoi.")
        # is shorter than prose; after the article a bio may already be set
        # aside (text or a headline-like line after the end, a contact line
        # for its "Follow her on X"): it is named here for what it is
        sentence = cx.prose[i] or (f[i].ends_sentence and f[i].units >= 5)
        if not sentence or lab not in ("body", "footer", "navigation", "related"):
            continue
        if (
            lab != "body"
            and i in cx.cue_labelled
            and not (cx.reasons[i] and cx.reasons[i][0].startswith(_SIGN_UP_PITCH))
        ):
            # a cue named it (copyright, site links); a bio's closing "Follow
            # her on X" read as a pitch's call to sign up is still a bio
            continue
        hit = None
        low = fold_line(f[i].text)
        m = _contribution_re().search(low) if _contribution_gate().search(low) else None
        if m is not None and f[i].units <= cfg.bio_max_words:
            cx.set(
                i,
                "byline",
                f"{AUTHOR_BIO_REASON} or credit: a colleague's reporting credited ('{m.group(0)}')",
                force=True,
            )
            bios.add(i)
            continue
        if f[i].units <= cfg.bio_max_words:
            if names is None:
                names = _byline_names(cx)
            hit = _bio_reason(cx, i, names)
        if hit is not None and not _named_elsewhere(cx, hit[0], bios | {i}):
            cx.set(i, "byline", hit[1], force=True)
            bios.add(i)
        elif lab == "body" and not _correction_kept(cx, i):
            # the article's last paragraph (a correction note under the
            # credits is none: the credits above it are still looked at)
            break


# How far down the page an author's box above the headline may sit (blocks),
# and how close below it the headline and the article's first paragraph are.
_BOX_MAX_START = 12
_BOX_TO_HEADLINE = 4


def _author_box_before(cx: _Ctx) -> None:
    """An author's box above the article -- name, role, "Follow on X", then
    a short bio ("Jane Whitaker is a senior political correspondent ...",
    "Jane covers Congress ...") -- set before the headline: the bio is a
    byline, not the article's first paragraph.

    A prose block near the page's top is such a bio when it opens like one
    (a person's name and a bio cue, :func:`_bio_subject`; or the given name
    of a name-only line above it and a bio verb or copula), a headline-like
    line follows within a few blocks with prose after it, and the article
    below never names the person (the people a story is about are named in
    it, its author is not)."""
    f, cfg, n = cx.f, cx.cfg, len(cx.f)
    copulas, roles, verbs = _bio_res()
    from .features import line_features as _lf

    names: list[str] = []
    name_at: dict[str, int] = {}
    for i in range(min(n, _BOX_MAX_START)):
        g = f[i]
        if cx.label[i] is not None and cx.label[i] != "byline":
            continue
        if not cx.prose[i]:
            t = g.text.strip()
            if g.units <= cfg.byline_max_words and looks_like_name(
                _lf(0, t), cfg.byline_max_words, cfg.byline_max_chars
            ):
                names.append(t)
                name_at[t] = i
            continue
        if cx.label[i] is not None or g.units > cfg.bio_max_words:
            continue
        head = next(
            (
                k
                for k in range(i + 1, min(n, i + 1 + _BOX_TO_HEADLINE))
                if cx.label[k] is None and not cx.prose[k] and cx.headline_like(f[k])
            ),
            None,
        )
        if head is None or not (head + 1 < n and cx.prose[head + 1]):
            break  # the article starts here: no box above it
        sub = _bio_subject(cx, g.text)
        if sub is None:
            low = fold_line(g.text.strip())
            for name in names:
                given = fold_line(name.split()[0])
                rest = low[len(given) :]
                m = (copulas.match(rest.lstrip()) or verbs.match(rest.lstrip())) if rest else None
                if low.startswith(given) and rest[:1] == " " and m is not None:
                    sub = (name, m.group(0))
                    break
        if sub is None:
            continue
        words = [w for w in sub[0].split() if len(w) >= 3 and w.casefold() not in _PARTICLES_FOLDED]
        pats = [re.compile(r"(?<!\w)" + re.escape(w) + r"(?!\w)") for w in words]
        if any(cx.prose[k] and any(p.search(f[k].text) for p in pats) for k in range(head + 1, n)):
            continue  # the article names the person: the story is about them
        cx.set(
            i,
            "byline",
            f"{AUTHOR_BIO_REASON} above the article: '{sub[0]}' then '{sub[1]}', "
            "a headline and the article after it",
        )
        # the box's name line, and a short role line between it and the bio
        at = name_at.get(sub[0])
        if at is not None:
            if cx.label[at] is None:
                cx.set(at, "byline", f"the author's name in the box above the article ('{sub[0]}')")
            for k in range(at + 1, i):
                if (
                    cx.label[k] is None
                    and f[k].units <= 6
                    and not cx.prose[k]
                    and roles.search(fold_line(f[k].text))
                ):
                    cx.set(k, "byline", "the author's role in the box above the article")
        return


def _full_paragraph(cx: _Ctx, i: int) -> bool:
    """An unlabelled prose block made of sentences with function words."""
    g = cx.f[i]
    return (
        cx.label[i] is None
        and cx.prose[i]
        and (g.ends_sentence or g.inner_sentences >= 1)
        and g.stopwords >= cx.cfg.sentence_min_stopwords
        and not g.all_caps
        and not cx.headline_like(g)
    )


def _continue_main_text(cx: _Ctx, region: list[bool]) -> None:
    """Extend an extractor's main text that stops short of the article's end.

    Extractors tuned for precision sometimes stop at an advertisement slot
    or pick a boilerplate blurb and miss the article after it. A run of at
    least ``cfg.continuation_min_paragraphs`` full paragraphs starting
    right after the main text (a one- or two-line gap allowed), each
    separated by at most two short lines, is the rest of the article:
    disclaimers and comment threads are cut up by cue lines (copyright,
    reply, names, dates) or are not that long.
    """
    cfg, n = cx.cfg, len(cx.f)
    last = max((i for i in range(n) if region[i]), default=-1)
    if last < 0:
        return
    # The lines the main text itself puts between its paragraphs, by shape
    # (digits as 0): a live blog's entry stamps ("23:31") and share bars. A
    # gap made only of such lines, each used twice or more inside, is one
    # more entry's separator, not the article's end.
    first = min(i for i in range(n) if region[i])
    inner = Counter(
        _separator_shape(cx.f[i].norm) for i in range(first, last) if not region[i] and cx.f[i].norm
    )

    def own_separator(i: int) -> bool:
        return inner[_separator_shape(cx.f[i].norm)] >= 2 and not cx.prose[i]

    j = last + 1
    skipped = 0
    own_gap = True
    while j < n and not _full_paragraph(cx, j) and skipped < 2:
        own = own_separator(j)
        own_gap = own_gap and own
        if cx.label[j] is not None and cx.label[j] not in ("navigation", "related") and not own:
            return  # a credit / copyright / spam line ends the article
        j += 1
        skipped += 1
    own_gap = own_gap and skipped > 0
    run: list[int] = []
    while j < n and _full_paragraph(cx, j):
        run.append(j)
        k = j + 1
        # up to two short lines inside the article: an ad slot, a subheading,
        # an inline promotion (they keep their own labels)
        while (
            k < n
            and k <= j + 2
            and not _full_paragraph(cx, k)
            and (
                cx.label[k] in ("navigation", "related")
                or (cx.label[k] is None and not cx.prose[k])
                or (own_gap and own_separator(k))
            )
        ):
            k += 1
        j = k
    words = sum(cx.f[i].units for i in run)
    if own_gap and run:
        # entries set off the way the article sets off its own
        for i in run:
            region[i] = True
            cx.continued.add(i)
    elif len(run) >= cfg.continuation_min_paragraphs and words >= cfg.continuation_min_words:
        for i in run:  # lines between them stay outside (ad slots, labels)
            region[i] = True
            cx.continued.add(i)


_DIGIT_RE = re.compile(r"\d")


def _separator_shape(norm: str) -> str:
    return _DIGIT_RE.sub("0", norm)


def _gap_prose(cx: _Ctx, i: int, g: LineFeatures) -> bool:
    """Prose the extractor skipped inside its own main text (pull quotes,
    embedded posts, boxed paragraphs): sentence-shaped, written once on the
    page, not shouting in capitals, with no credit / byline / promotion cue
    (captions and author boxes are what extractors rightly skip)."""
    return (
        cx.prose[i]
        and not any(
            h.category in _GAP_BLOCKING_CATS
            and (h.start <= 2 or h.category in ("caption", "copyright"))
            for h in g.cues
        )
        and cx.norm_counts[g.norm] == 1
        and not g.all_caps
        and (g.ends_sentence or g.inner_sentences >= 1)
        and not cx.headline_like(g)
    )


_SPACED_DASH_RE = re.compile(r"\s+[-–—]\s+")


def _capitals_signoff(cx: _Ctx, i: int, last: int) -> bool:
    """Line i is the writers' names in capitals, two or more set off by
    spaced dashes, as the article's last line ("NGỌC TRÂM - THANH LONG"):
    how Vietnamese papers sign, no injected line. Each name is two to four
    words with no digit and no function word."""
    g = cx.f[i]
    if g.stopwords or any(ch.isdigit() for ch in g.text):
        return False
    if any(cx.f[j].norm for j in range(i + 1, last + 1)):
        return False
    pieces = _SPACED_DASH_RE.split(g.text.strip())
    return len(pieces) >= 2 and all(2 <= len(p.split()) <= 4 and p.isupper() for p in pieces)


def _signed_name_town(cx: _Ctx, i: int) -> int | None:
    """The line under line i when line i is a name in capitals, two to four
    words with no digit and no function word, right after a paragraph, and
    the line under it a town in title case ("JOSEPH MWANGI KAMAU" /
    "Nakuru, Kenya"): how a letter to the editor or a reader's column is
    signed, no injected line (an injected one names no place after it)."""
    f = cx.f
    g = f[i]
    if g.stopwords or any(ch.isdigit() for ch in g.text) or not 2 <= len(g.text.split()) <= 4:
        return None
    above = next((j for j in range(i - 1, -1, -1) if f[j].norm), None)
    below = next((j for j in range(i + 1, len(f)) if f[j].norm), None)
    if above is None or below is None or not (cx.prose[above] and f[above].ends_sentence):
        return None
    town = f[below].text.strip()
    parts = [p.strip() for p in town.split(",")]
    if (
        len(parts) < 2
        or f[below].units > 5
        or any(ch.isdigit() for ch in town)
        or not all(p[:1].isupper() for p in parts)
        or f[below].all_caps
    ):
        return None
    return below


FIGCAPTION_REASON = (
    "the page marks it as a photo caption (<figcaption>) inside the article, outside the main text"
)


def _page_figcaption(cx: _Ctx, i: int) -> bool:
    """Line i is one of the page's <figcaption> texts (``meta["figcaptions"]``)."""
    caps = (cx.doc.meta or {}).get("figcaptions") if cx.doc.html else None
    return bool(caps) and " ".join(cx.f[i].text.split()) in caps


def _page_heading(cx: _Ctx, i: int) -> bool:
    """Line i is one of the page's h2-h4 headings (``meta["subheadings"]``)."""
    subs = (cx.doc.meta or {}).get("subheadings") if cx.doc.html else None
    return bool(subs) and " ".join(cx.f[i].text.split()) in subs


def _extractor_dropped_headings(cx: _Ctx, in_main: Sequence[bool]) -> bool:
    """No heading element of the page (h2-h4) is in the extractor's main
    text: it dropped headings wholesale (its fallback keeps paragraphs
    only). Where it kept some, one it left out between paragraphs (an
    inline teaser's headline, "Man Shot at Gas Station Dies") was left out
    on purpose. Computed once per page."""
    dropped = getattr(cx, "headings_dropped", None)
    if dropped is None:
        dropped = not any(in_main[j] for j in range(len(cx.f)) if _page_heading(cx, j))
        cx.headings_dropped = dropped
    return dropped


def _heading_standfirst(cx: _Ctx, i: int, title_i: int) -> bool:
    """Line i is a heading element of the page (h2-h4) right under the
    headline, with the byline or the publish stamp right after it: the
    article's subtitle (a standfirst set as a heading), which the extractor
    left out. Longer than a menu item; not a menu."""
    f = cx.f
    g = f[i]
    if g.units <= cx.cfg.menu_item_max_words or _menu_items(g) or not _page_heading(cx, i):
        return False
    if any(f[j].norm for j in range(title_i + 1, i)):
        return False
    nxt = next((j for j in range(i + 1, len(f)) if f[j].norm), None)
    return nxt is not None and cx.label[nxt] in ("byline", "metadata")


def _marked_subheading(cx: _Ctx, i: int, g: LineFeatures, in_main: Sequence[bool] | None) -> bool:
    """A heading element of the page (h2-h4, ``meta["subheadings"]``) inside
    the article area whose next line is prose (or a table) of the main text:
    the article's own subheading, which an extractor's fallback that keeps
    paragraphs only leaves out. A list's or a box's heading is followed by
    its items or links, not by the main text's prose."""
    if in_main is None or cx.prose[i] or g.units > cx.cfg.short_line_words:
        return False
    if not _page_heading(cx, i) or not _extractor_dropped_headings(cx, in_main):
        return False
    nxt = next((j for j in range(i + 1, len(cx.f)) if cx.f[j].norm), None)
    if nxt is None:
        return False
    if _table_cells(cx.f[nxt].text) >= 2:
        return bool(in_main[nxt])
    # prose the extractor kept, or left out between its parts (a live
    # page's entries come out of its order)
    return (
        cx.label[nxt] in (None, "body")
        and cx.prose[nxt]
        and (bool(in_main[nxt]) or _gap_prose(cx, nxt, cx.f[nxt]))
    )


def describe_hits(hits) -> str:
    """'copyright cue 'copyright' (en, es, fr)' -- one phrase per cue, languages merged."""
    by: dict[tuple[str, str], list[str]] = {}
    for h in hits:
        by.setdefault((h.category, h.quoted), []).append(h.lang)
    return "; ".join(
        f"{cat.replace('_', ' ')} cue '{cue}' ({', '.join(dict.fromkeys(langs))})"
        for (cat, cue), langs in list(by.items())[:3]
    )


def leads_imperative(g: LineFeatures) -> bool:
    """A handle line that reads like a call to action: it does not end a quoted attribution."""
    t = g.text.strip()
    return not t.startswith(("—", "–", "-", "(")) and not g.dates and not g.years


_SPACE_RUN_RE = re.compile(r"\s{2,}|\t")


def _opens_with_byline_cue(g: LineFeatures) -> bool:
    """Does the line open with a byline's cue ("โดย", "By", "记者")?"""
    low = fold_line(g.text).lstrip(_LEAD_MARKS)
    return any(low.startswith(h.cue) for h in g.cues_of("byline"))


def _han_menu_items(text: str) -> int:
    """Number of items if the line is a Chinese, Japanese or Thai bar of links, else
    0. Chinese prose puts no space between words: five words or more of one
    to four Han characters between single spaces ("新浪首页 新闻 体育 财经 娱乐
    科技") are links. Thai puts a space between phrases, and its phrases run
    long: six words or more of at most twelve Thai letters ("หน้าแรก ข่าว
    การเมือง เศรษฐกิจ กีฬา บันเทิง") are links."""
    # the first word must already be one: a paragraph is not split to learn so
    # (nor copied: a first word of 13 characters or more fails either way)
    first = text.lstrip()[:13].split(None, 1)[:1]
    if not first or not (
        (len(first[0]) <= 4 and _HAN_WORD_RE.fullmatch(first[0]))
        or (len(first[0]) <= 12 and _THAI_WORD_RE.fullmatch(first[0]))
        or (len(first[0]) <= 7 and _KANA_WORD_RE.fullmatch(first[0]))
    ):
        return 0
    words = text.split()
    if len(words) >= 5 and all(len(w) <= 4 and _HAN_WORD_RE.fullmatch(w) for w in words):
        return len(words)
    if len(words) >= 6 and all(len(w) <= 12 and _THAI_WORD_RE.fullmatch(w) for w in words):
        return len(words)
    # Japanese menus mix kanji with katakana words ("トップ ニュース 経済
    # テクノロジー 連載"): five words of at most seven characters, one in kana,
    # between ASCII spaces (a headline parts its phrases with full-width
    # spaces, "大雪　新潟　富山", when it parts them at all)
    if (
        len(words) >= 5
        and "\u3000" not in text
        and all(len(w) <= 7 and _KANA_WORD_RE.fullmatch(w) for w in words)
        and any(_KANA_RE.search(w) for w in words)
    ):
        return len(words)
    return 0


def _spaced_cells(text: str) -> list[str]:
    return [p for p in _SPACE_RUN_RE.split(text.strip()) if p]


def _figure_table_row(f: Sequence[LineFeatures], i: int) -> bool:
    """Line i is a row of a table set out with runs of spaces or tabs: half
    its cells or more hold figures ("新潟  雪 -1/2℃  雪 -2/1℃  曇り 0/4℃",
    "Lyon  12  8  2  2  26"), and the line above or below it has as many
    cells. A menu's items are words."""
    if not f[i].digits:
        return False
    cells = _spaced_cells(f[i].text)
    if 2 * sum(any(c.isdigit() for c in p) for p in cells) < len(cells):
        return False
    for d in (-1, 1):
        j = _next_text_line(f, i, d)
        if j is not None and len(_spaced_cells(f[j].text)) == len(cells):
            return True
    return False


def _spaced_items(text: str) -> int:
    """Number of items if the line is a menu laid out with runs of spaces or
    tabs ("Home   World   Sport   Tech"; how a navigation bar of links comes
    out as text, and how Thai menus look, since Thai prose separates its
    phrases with single spaces): four or more short items of letters; else 0."""
    if "  " not in text and "\t" not in text:
        return 0  # (asked of the line as it is: most lines are not copied by strip)
    t = text.strip()
    if "  " not in t and "\t" not in t:
        return 0
    parts = [p for p in _SPACE_RUN_RE.split(t) if p]
    if len(parts) < 4 or t[-1:] in ".!?。！？":
        return 0
    for p in parts:
        if len(p) > 30 or len(p.split()) > 3 or not any(ch.isalpha() for ch in p):
            return 0
    return len(parts)


@__import__("functools").cache
def _rights_reserved() -> frozenset[str]:
    from .cues import RIGHTS_RESERVED
    from .features import normalize_cue

    return frozenset(normalize_cue(p) for ps in RIGHTS_RESERVED.values() for p in ps)


def _desk_prefixes() -> tuple[str, ...]:
    return _folded("BYLINE_DESKS")


@cache
def _click_words() -> frozenset[str]:
    return frozenset(_folded("CLICK_WORDS"))


_END_MARK_RE = re.compile(
    r"\s*(?:[(（\[【]\s*(?P<a>[^()（）\[\]【】]+?)\s*[)）\]】]|[-–—]+\s*(?P<b>\w+)\s*[-–—]+"
    r"|/{0,2}\s*(?P<c>\w+(?:\s\w+)?)\s*/{1,2})\s*"
)


@cache
def _end_marks() -> frozenset[str]:
    return frozenset(_folded("END_MARKS"))


def _original_title_labels() -> tuple[str, ...]:
    return _folded("ORIGINAL_TITLE", longest_first=False)


def _original_title(text: str) -> str | None:
    """The label when the line opens with one of an original headline and a
    colon ("原标题：…", "Original headline: …")."""
    low = fold_line(text).lstrip(_LEAD_MARKS)
    for w in _original_title_labels():
        if low.startswith(w) and low[len(w) :].lstrip()[:1] in (":", "："):
            return text.strip().lstrip(_LEAD_MARKS)[: len(w)]
    return None


_FIELD_SEP_RE = re.compile(r"\s+[|｜]\s+|\s*｜\s*|\u3000+")
_CREDIT_CATS = ("source", "byline", "caption")


def _credit_fields(text: str) -> str | None:
    """The cues when a line is two to four short fields between bars, each
    opening with a source, byline or photo credit cue ("来源：北京日报客户端 |
    记者 张三"); None otherwise."""
    if "|" not in text and "｜" not in text and "\u3000" not in text:
        return None  # no separator: one field at most
    parts = [p.strip() for p in _FIELD_SEP_RE.split(text.strip()) if p.strip()]
    if not 2 <= len(parts) <= 4:
        return None
    named = []
    for p in parts:
        low = fold_line(p).lstrip(_LEAD_MARKS)
        hits = [h for h in find_cues(p) if h.category in _CREDIT_CATS and low.startswith(h.cue)]
        if not hits or line_features(0, p).units > 8:
            return None
        named.append(hits[0].quoted)
    return ", ".join(named)


@cache
def _wire_opener_re() -> re.Pattern[str]:
    from .cues import WIRE_OPENERS

    alts = "|".join(p for ps in WIRE_OPENERS.values() for p in ps) or "(?!)"
    return re.compile(r"\s*[(（\[【]\s*[^()（）\[\]【】]*?(?:" + alts + r")\s*[)）\]】]\s*")


def _wire_opener(text: str) -> bool:
    """A line that is only a dispatch's opener in brackets: "【新华社电】",
    "（本報訊）", "（中央社記者王小明台北11日電）"."""
    return _wire_opener_re().fullmatch(fold_line(text)) is not None


def _unspaced_text(text: str) -> bool:
    """Written in a script without spaces between words (Han, Thai)."""
    from .features import line_features

    return line_features(0, text).unspaced


def _end_mark(text: str) -> bool:
    """A line that is only the word a dispatch ends on, in brackets, between
    dashes or slashes (one or two: "//انتهى//"), or before a slash ("（完）",
    "(END)", "-Hết-", "انتهای پیام/", "/انتهای خبر/")."""
    m = _END_MARK_RE.fullmatch(text)
    return m is not None and fold_line(m.group("a") or m.group("b") or m.group("c")) in _end_marks()


def _bare_end_mark(cx: _Ctx, i: int) -> bool:
    """The word a dispatch ends on, bare ("انتهای پیام", "END", "完"), right
    after a paragraph that ends a sentence, with no prose after it on the
    page but what is set aside already: the article's end mark. The same word with prose under it may be a
    subheading ("Fim", "The End"), so position decides, as brackets and
    slashes do elsewhere."""
    f = cx.f
    if " ".join(fold_line(f[i].text).strip(" .。").split()) not in _end_marks():
        return False
    prev = next((j for j in range(i - 1, -1, -1) if f[j].norm), None)
    if prev is None or not (cx.prose[prev] and f[prev].ends_sentence):
        return False
    # prose already set aside after it (a copyright notice, a cookie
    # prompt) is no part of the article the word might head
    return not any(cx.prose[j] and cx.label[j] is None for j in range(i + 1, len(f)))


_SIGNOFF_DASH_RE = re.compile(r"\s+[-–—]\s+")
_SIGNOFF_COMMA_RE = re.compile(r",\s+")
# An agency's name in brackets before a dateline's dash: "(Reuters)", "(وان)".
_AGENCY_IN_BRACKETS_RE = re.compile(r"[(（][^()（）]{1,30}[)）]\W{0,3}$")
# A match minute alone: "38'", "45'+2", "90+3'", "12’" ("5 min" is a
# reading time's).
_MATCH_MINUTE_RE = re.compile(
    r"\s*\d{1,3}\s?['’′](?:\s?\+\s?\d{1,2}['’′]?)?\s*"
    r"|\s*\d{1,3}\s?\+\s?\d{1,2}\s?['’′]\s*"
)


def _organisation_head(org: str, low: str) -> bool:
    """Does ``org`` open with an organisation's head word (whole words)? A
    head of one word needs a capitalised name after it: "Báo Tỉnh Nhà" is
    a newspaper, "Báo động đỏ" an alarm."""
    for head in _folded("SIGNOFF_ORGANISATIONS"):
        if not low.startswith(head) or low[len(head) : len(head) + 1].isalnum():
            continue
        if " " in head:
            return True
        nxt = org[len(head) :].split()[:1]
        return bool(nxt) and nxt[0][:1].isupper()
    return False


_NOTED_NAME_RE = re.compile(
    r"(?P<name>[^()（）\[\]]+?)\s*[(（\[](?P<note>[^()（）\[\]]{1,30})[)）\]]"
)


@cache
def _compiled_notes() -> frozenset[str]:
    from .cues import COMPILED_NOTES
    from .features import normalize_cue

    return frozenset(normalize_cue(n) for ns in COMPILED_NOTES.values() for n in ns)


# The cue categories of a page's buttons and links: share, print, comment,
# page on.
_BUTTON_CATS = frozenset({"nav", "follow_us", "comments", "pagination"})


def _button_words(g: LineFeatures) -> bool:
    """A short line that holds a button's or link's word ("转发此文",
    "打印此文", "Print Story", "Haberi Paylaş"): it names an action, not the
    writer, however much it looks like a name (two to four Han letters, or
    capitalised words). A one-letter cue ("赞") may be part of a Chinese name,
    and a word glued inside a longer one is no button's."""
    for h in g.cues:
        if h.category not in _BUTTON_CATS:
            continue
        if g.unspaced and len(h.cue) < 2:
            continue
        return True
    return False


def _signoff(g: LineFeatures, cfg: CleanSettings) -> str | None:
    """Why a short line signs an article off, when it does: a name alone
    ("Minh Anh"), a newsroom desk alone ("PV", "Nhóm PV"), or a name with a
    note in brackets that the text was compiled or taken from a source
    ("Thu Hà (t/h)", "Quang Huy (theo Reuters)")."""
    if looks_like_name(g, cfg.byline_max_words, cfg.byline_max_chars) and not _button_words(g):
        return f"{NAME_ONLY_REASON} at the end of the article"
    t = g.text.strip()
    # the writer's name in brackets, as Japanese and Chinese papers close an
    # article ("（山田太郎）", "（中部支社　佐藤花子）"): no link is written so
    if (
        len(t) > 2
        and t[0] in "(（"
        and t[-1] in ")）"
        and looks_like_name(line_features(0, t[1:-1]), cfg.byline_max_words, cfg.byline_max_chars)
    ):
        return "the writer's name in brackets closing the article"
    if g.units <= 3 and " ".join(fold_line(t).strip(" .").split()) in _desk_prefixes():
        return "newsroom desk alone at the end of the article"
    # "Thu Hằng - Trung tâm VH-TT&TT huyện", "Minh Anh - TTXVN": the name,
    # a dash, and the body the writer works for; or a comma ("Claire Roux,
    # correspondante à Hanoï")
    for parts in (_SIGNOFF_DASH_RE.split(t, maxsplit=1), _SIGNOFF_COMMA_RE.split(t, maxsplit=1)):
        if len(parts) != 2 or g.units > cfg.byline_max_words + 8 or g.ends_sentence:
            continue
        who, org = parts[0].strip(), parts[1].strip()
        low = fold_line(org).strip(" .")
        if (
            _organisation_head(org, low) or _outlet_abbreviation(org) or low in _agency_names()
        ) and looks_like_name(line_features(0, who), cfg.byline_max_words, cfg.byline_max_chars):
            return f"name with the body the writer works for ('{org}') at the end of the article"
    # the note's closing bracket ends the line: most lines fail here, before
    # the name's lazy scan tries a bracket at each of their characters
    if g.units > cfg.byline_max_words + 4 or not t or t[-1] not in ")）]":
        return None
    m = _NOTED_NAME_RE.fullmatch(t)
    if m is None:
        return None
    from .features import find_cues, normalize_cue

    note = normalize_cue(m.group("note"))
    sourced = any(
        h.category == "source" and h.start == 0 and note[h.end : h.end + 1] == " "
        for h in find_cues(m.group("note"))
    )
    # the outlet or agency the writer files for, as its capitals
    # abbreviation or a known agency: "Minh Anh (TTXVN)", "Thu Trang (VOV)"
    outlet = (
        _outlet_abbreviation(m.group("note"))
        or fold_line(m.group("note").strip(" .")) in _agency_names()
    )
    if not (note in _compiled_notes() or sourced or outlet):
        return None
    name = line_features(0, m.group("name").strip())
    if looks_like_name(name, cfg.byline_max_words, cfg.byline_max_chars) or _initials(name.text):
        if outlet:
            return (
                f"name with the outlet it files for '({m.group('note')})' at the end of the article"
            )
        return f"name with a note '({m.group('note')})' at the end of the article"
    return None


# An outlet's abbreviation in capitals, one or two joined by a slash or a
# hyphen: "TTXVN", "VOV", "PLVN", "TTXVN/VNA", "NLĐ". Two to eight letters,
# every one upper case (a word in capitals of a cased script).
_OUTLET_ABBR_RE = re.compile(r"[^\W\d_]{2,8}(?:\s?[/-]\s?[^\W\d_]{2,8})?")


def _outlet_abbreviation(note: str) -> bool:
    t = note.strip(" .")
    return _OUTLET_ABBR_RE.fullmatch(t) is not None and all(c.isupper() for c in t if c.isalpha())


def _initials(text: str) -> bool:
    """Initials standing for a writer's name: "H.A", "T.L."."""
    return re.fullmatch(r"(?:[^\W\d_]\.){1,3}[^\W\d_]?\.?", text) is not None and any(
        c.isupper() for c in text
    )


def _desk_name(rest: str) -> bool:
    """Does a byline's text name a newsroom team or desk ("ทีมข่าวต่างประเทศ",
    "Staff Reporter")? Whole words where the script has spaces."""
    low = fold_line(rest.strip())
    for d in _desk_prefixes():
        if low.startswith(d) and (
            len(low) == len(d) or not low[len(d)].isalnum() or not d[-1].isascii()
        ):
            return True
    # a paper's own name "with" a wire agency ("Le Courrier du Sud avec AFP",
    # "The Herald with agencies", "El Diario con EFE"): a few capitalised words
    m = _WITH_AGENCY_RE.fullmatch(low)
    if m and m.group(2).strip() in _agency_names() and len(m.group(1).split()) <= 6:
        head = rest.strip()[: len(m.group(1))].split()
        return bool(head) and head[0][:1].isupper()
    return False


_WITH_AGENCY_RE = re.compile(
    r"(.+?)\s+(?:avec|with|con|y|et|and|mit)\s+((?:l['’]\s*)?[^\s].{0,30})"
)


_HAN_WORD_RE = re.compile(r"[\u4e00-\u9fff]+")
_THAI_WORD_RE = re.compile(r"[\u0e01-\u0e4e]+")
# a Japanese word: kanji, kana, the middle dot and the long-vowel mark
_KANA_WORD_RE = re.compile(r"[\u3041-\u30ff\u4e00-\u9fff]+")
_KANA_RE = re.compile(r"[\u3041-\u30fa]")


def _menu_items(g: LineFeatures) -> int:
    """Number of items if the line is a menu or breadcrumb ("Home | News |
    Sport", "Home > World > Asia"): three or more short items between one kind
    of bar or arrow, or four between runs of spaces, no sentence; else 0."""
    t = g.text.strip()
    if g.ends_sentence:
        return 0
    spaced = _spaced_items(t)
    if spaced:
        return spaced
    for sep in "|｜»›>＞":
        # a bar parts a headline from the site's name ("Headline | Site"):
        # two items between bars are no menu; an arrow never stands in a
        # headline, so two items under one ("Business › Markets") are a
        # breadcrumb (bars and arrows full-width in CJK pages too)
        if t.count(sep) >= (2 if sep in "|｜" else 1):
            parts = [p.strip() for p in t.split(sep)]
            if all(p and len(p.split()) <= 3 and len(p) <= 30 for p in parts):
                return len(parts)
    return 0


def _page_numbers(g: LineFeatures) -> int:
    """The last page number if the line is a row of page links ("Trang 1 2 3
    Tiếp »", "« 1 2 3 4 … 9 Next", "上一页 1 2 3 下一页"): page numbers
    counting up from 1 or 2, at most three words beside them, no sentence;
    else 0."""
    if g.ends_sentence or g.units > 12:
        return 0
    toks = g.text.split()
    nums = [int(x) for x in toks if x.isdecimal() and x.isascii() and len(x) <= 3]
    words = [x for x in toks if not x.isdigit() and any(c.isalpha() for c in x)]
    if len(nums) < 2 or len(words) > 3 or nums[0] > 2:
        return 0
    # consecutive from the start ("1 2 3"), rising after a gap ("… 9")
    if nums[1] != nums[0] + 1 or any(b <= a for a, b in itertools.pairwise(nums)):
        return 0
    return nums[-1]


# a blog's comments heading quotes the post's title: "4 thoughts on “<title>”"
_QUOTED_TITLE_RE = re.compile(r"\s*[“\"«「『‘][^“”\"«»「」『』]{3,}[”\"»」』’]\s*$")


@cache
def _comment_count_units() -> tuple[str, ...]:
    return tuple(_folded("COMMENT_COUNT_UNITS"))


def _drop_count_unit(low: str) -> str:
    """The line less the word its closing count is counted in ("ความคิดเห็น
    3 รายการ" -> "ความคิดเห็น 3"); the line itself otherwise. String tests
    only: no pattern is tried along a long line."""
    end = low.rstrip()
    for unit in _comment_count_units():
        if end.endswith(unit):
            head = end[: len(end) - len(unit)].rstrip()
            if head[-1:].isdigit():
                return head
    return low


def _comments_heading(g: LineFeatures) -> bool:
    """The heading of reader comments: a comments cue and nothing else but a
    count ("Bình luận (12)", "3 Comments", "ความคิดเห็น"), perhaps the
    post's title in quotes after it ("4 thoughts on “…”", "One thought on
    “…”", "12 commentaires sur « … »")."""
    comments = g.cues_of("comments")
    if not comments:  # most lines: nothing to test, no search for a quoted title
        return _numbered_comment(g)
    from .cues import ONE_WORDS

    low = _drop_count_unit(fold_line(g.text))
    quoted = _QUOTED_TITLE_RE.search(low)
    if quoted:
        low = low[: quoted.start()]
    elif g.units > 6:
        return False
    if _numbered_comment(g):
        return True
    ones = {w for ws in ONE_WORDS.values() for w in ws}
    return any(
        h.end <= len(low)
        and not any(c.isalpha() for c in low[h.end :])
        and (
            not any(c.isalpha() for c in low[: h.start])
            or (quoted is not None and low[: h.start].split() in ([w] for w in ones))
        )
        for h in comments
    )


@cache
def _comment_number_re() -> re.Pattern[str]:
    alts = "|".join(re.escape(x) for x in _folded("COMMENT_ORDINALS"))
    return re.compile(rf"\s*(?:{alts})?\s*\d{{1,4}}\s*[:.)]?\s*$")


def _numbered_comment(g: LineFeatures) -> bool:
    """A header over one reader's comment: the comments cue opening the line
    and the comment's number after it ("ความคิดเห็นที่ 1", "Comment #2",
    "Bình luận số 3"), nothing else."""
    if g.units > 6:
        return False  # (asked first: a paragraph is not folded to learn so)
    low = fold_line(g.text).strip()
    return any(
        h.start == 0 and _comment_number_re().match(low, h.end) is not None
        for h in g.cues_of("comments")
    ) or (bool(g.digits) and g.units <= 4 and _numbered_header(low))


@cache
def _numbered_header_re() -> re.Pattern[str]:
    words = "|".join(re.escape(x) for x in _folded("COMMENT_HEADER_WORDS"))
    num = r"(?:#|n[°º.]?\s*|no\.?\s*|nr\.?\s*)\d{1,4}"
    return re.compile(rf"\s*(?:(?:{words})\s*{num}|{num}\s*[-–—:|·]?\s*(?:{words}))\s*[:.)]?\s*$")


def _numbered_header(t: str) -> bool:
    """A header over one reader's comment whose word is no comments cue, the
    comment's number marked before or after it ("Comment #1", "#2 Reply",
    "Commentaire n° 3"), nothing else. A number bare of its mark ("Reply 2")
    is not enough."""
    return _numbered_header_re().match(fold_line(t)) is not None


@cache
def _outlet_word_re() -> re.Pattern[str]:
    words = _folded("OUTLET_WORDS")
    unspaced = "|".join(re.escape(w) for w in words if _UNSPACED_TOKEN.match(w))
    spaced = "|".join(re.escape(w) for w in words if not _UNSPACED_TOKEN.match(w))
    return re.compile(rf"{unspaced}|(?<!\w)(?:{spaced})(?!\w)")


# what parts a page title's headline from the site's name ("<headline> -
# <site>", "<headline> | <site>")
_TITLE_PARTS_RE = re.compile(r"\s+[-|–—·•]\s+|\s*[｜|]\s*")


def _site_name_norms(doc: Document) -> frozenset[str]:
    """The site's own name, normalised as lines are: the extractor's site
    name, and the last part of the page's <title> when it has a headline
    before it ("Hoàn thành … - Cổng thông tin điện tử tỉnh Bạc Hà"). A
    banner printing it in the header and again in the footer is the site's,
    no teaser headline repeated."""
    from .features import normalize_line

    names = [doc.sitename or ""]
    title = str((doc.meta or {}).get("html_title") or "")
    parts = [x for x in _TITLE_PARTS_RE.split(title[:300]) if x.strip()]
    # (a headline holding the separator itself, "Lyon - Marseille : …",
    # has no site after it: its last part is in the headline)
    h1 = (doc.meta or {}).get("h1") or []
    # (the document's title is the <title> itself when the page has no other)
    own = doc.title if doc.title and fold_line(doc.title) != fold_line(title) else ""
    heads = [fold_line(str(x)) for x in [own, *h1] if x]
    if len(parts) >= 2 and not any(fold_line(parts[-1].strip()) in h for h in heads):
        names.append(parts[-1])
    out = set()
    for x in names:
        x = " ".join(x.split())
        if 2 <= len(x) <= 80:
            out.add(normalize_line(x, fold_line(x)))
    out.discard("")
    return frozenset(out)


def _outlet_around_article(cx: _Ctx, i: int) -> bool:
    """Is line ``i``, printed twice in the page, the name of the outlet a
    portal carries the story from, printed above the article and again
    under it ("神奈川新聞" over the headline and after the last paragraph)?
    A short line of a name with an outlet's word, no figure and no sentence,
    one copy before the first paragraph and one within two lines after the
    last. It was set aside as a repeated headline or menu item."""
    f, n = cx.f, len(cx.f)
    g = f[i]
    if g.units > 6 or g.digits or g.ends_sentence or g.inner_sentences:
        return False
    low = fold_line(g.text).strip()
    m = _outlet_word_re().search(low)
    # the word alone ("News", "뉴스") is a menu's section, no outlet's name
    if (m is None or m.group(0) == low) and low not in _agency_names():
        return False
    copies = [j for j in range(n) if f[j].norm == g.norm]
    paras = [j for j in range(n) if cx.prose[j] and f[j].ends_sentence]
    if len(copies) != 2 or len(paras) < 2:
        return False
    lo, hi = copies
    before = [j for j in range(lo + 1, paras[0]) if f[j].norm]
    after = [j for j in range(paras[-1] + 1, hi) if f[j].norm]
    return lo < paras[0] and hi > paras[-1] and len(before) <= 3 and len(after) <= 1


_KEYWORD_SPLIT_RE = re.compile(r"[,，、|;；/·•]+")


def _keyword_items(g: LineFeatures, cfg: CleanSettings) -> int:
    """Number of items if the line is a separator-delimited keyword list."""
    if g.ends_sentence:
        return 0  # a sentence (asked first: a paragraph is then not split)
    if g.dates:
        # a stamp's own commas ("Issue 47 · Thursday, November 12, 2026",
        # "Số 47 · Thứ Năm, 12/11/2026"): an issue or dateline, no keyword list
        return 0
    t = g.text.strip()
    if (len(t) > 1 and t[0] == "|" and t[-1] == "|") or _figure_row(t):
        # a table row ("| Ticker | Last | Change |", "Cần Thơ | 195 | +6% |
        # 118"), not a list of keywords
        return 0
    parts = [p.strip() for p in _KEYWORD_SPLIT_RE.split(g.text) if p.strip()]
    if len(parts) >= cfg.keyword_line_min_items and all(len(p.split()) <= 4 for p in parts):
        return len(parts)
    return 0


@cache
def _function_words(lang: str) -> frozenset[str]:
    from .cues import STOPWORDS

    return frozenset(STOPWORDS.get(lang, ()))


def _cue_langs(g: LineFeatures, cue: str) -> set[str]:
    """The languages whose byline tables hold ``cue`` (one hit per language)."""
    return {h.lang for h in g.cues_of("byline") if h.cue == cue}


# a comma, then a clause of four words or more opening in lower case ("…,
# the play opens on Friday"): a sentence's main clause (names after a comma
# are capitalised: "By Jane Doe, Tom Lee and Ann Wu")
_LOWER_CLAUSE_AFTER_COMMA = re.compile(r",\s+(?:\w+\s+){3}\w")


def _sentence_after_credit_words(g: LineFeatures, h) -> bool:
    """A sentence opening on a credit's words ("Written by a local teacher,
    the play opens on Friday …", "Posted by the council on its website, the
    notice gave …"): it ends a sentence and goes on, after a comma, with a
    clause of its own that holds no further credit ("…, additional reporting
    by …" is one more credit)."""
    if not g.ends_sentence:
        return False
    last_credit = max(x.start for x in g.cues_of("byline"))
    for m in _LOWER_CLAUSE_AFTER_COMMA.finditer(g.text, h.end):
        if m.start() > last_credit and m.group(0)[1:].lstrip()[:1].islower():
            return True
    return False


_FOOTNOTE_MARKS = "*†‡"


def _cue_byline(cfg: CleanSettings, g: LineFeatures) -> tuple[str, bool] | None:
    """A byline opening with its cue ("By Jane Doe", "Phóng viên: ...", "记者
    张三"), perhaps with a place, role or the publish stamp and counters after
    the name: the reason, and whether the stamp follows; None if it is not."""
    bylines = g.cues_of("byline")
    if not bylines:
        return None  # no byline cue (most lines): the line is not folded
    # a footnote mark after the name points to the writer's note at the
    # column's end ("Por Adriana Ferreyra*" ... "*Arquitecta paisajista.")
    t = g.text.strip().rstrip(_FOOTNOTE_MARKS).rstrip() or g.text.strip()
    low = fold_line(t)

    def starts_with(h) -> bool:
        return low.lstrip(_LEAD_MARKS).startswith(h.cue)

    for h in bylines:
        # a cue that is a plain function word of the line's own language
        # opens no byline there: Indonesian "di Balai Kota" (at the town
        # hall) is no Italian "di Giulia Benedetti"; an English "By" on a
        # French page still is one
        if g.lang and h.cue in _function_words(g.lang) and g.lang not in _cue_langs(g, h.cue):
            continue
        if starts_with(h) and not g.ends_sentence:
            rest = t[len(t) - len(low.lstrip(_LEAD_MARKS)) + len(h.cue) :].lstrip(" :：/-–—")
            from .features import line_features as _lf

            # the name may be followed by a place, a date or an agency after a
            # separator: "By Jane Doe | Lisbon", "Por Ana Ruiz - Agencia X"
            name_part = _BYLINE_TAIL_RE.split(rest, maxsplit=1)[0].strip()
            if name_part == rest and h.cue == "by":
                # ... or by where the writer was: "By Jane Doe at Anfield",
                # "By Jane Doe in Kyiv" (a capitalised place after it)
                name_part = _BYLINE_PLACE_RE.split(rest, maxsplit=1)[0].strip()
            if name_part == rest:
                # ... or by the stamp and counters after a space ("记者 王晓明
                # 2026年06月14日 10:15 阅读 1234")
                for m in re.finditer(r"\s+(?=\d)", rest):
                    if stamp_fields(rest[m.end() :]):
                        name_part = rest[: m.start()].strip()
                        break
            # ... or by the writer's role, which may name a place of its own:
            # "Par Claire Dupont, envoyée spéciale à Argelès-sur-Mer"
            tail = rest[len(name_part) :].lstrip(" |·•–—-/／,").casefold()
            role = name_part != rest and any(
                tail.startswith(r.cue) for r in g.cues_of("byline") if r is not h
            )
            limit = cfg.byline_max_words + 3 + (cfg.byline_max_words if role else 0)
            # ... or by the publish stamp ("Par Julien Marchand - 14 juin
            # 2026 à 18:05"), perhaps with counters after it ("โดย
            # กองบรรณาธิการ | 14 มิ.ย. 2569 06:30 น. | อ่าน 12,345 ครั้ง"):
            # only the cue and the name count
            stamp = name_part != rest and stamp_fields(tail)
            units = _lf(0, t[: len(t) - len(rest)] + name_part).units if stamp else g.units
            if units > limit:
                # ... or several writers, each a name ("Por Ana María López,
                # Luis Gil y Eva Mora"): the limit holds per writer, not for
                # the list ("Por la mañana, …" has no name before its comma);
                # only read when the line is over the one-writer limit
                writers = [w.strip() for w in NAME_JOINERS_RE.split(rest)]
                if len(writers) >= 2 and all(
                    looks_like_name(_lf(0, w), cfg.byline_max_words, cfg.byline_max_chars)
                    for w in writers
                ):
                    limit = max(limit, len(writers) * (cfg.byline_max_words + 1) + 1)
            if units > limit or _opens_with_question_word(rest):
                continue  # "POR QUÉ IMPORTA": a question, no name after "por"
            if rest and (
                rest[:1] in ":：/"
                or _desk_name(rest)
                or fold_line(name_part).strip(" .") in _agency_names()
                or low[len(low) - len(low.lstrip(_LEAD_MARKS)) + len(h.cue) :][:1] in ":：/"
                or looks_like_name(_lf(0, rest), cfg.byline_max_words, cfg.byline_max_chars)
                or caseless_name(rest)
                or (
                    name_part != rest
                    and looks_like_name(
                        _lf(0, name_part), cfg.byline_max_words, cfg.byline_max_chars
                    )
                )
            ):
                return (
                    f"byline: {h.describe()}"
                    + ("; the publish stamp after the name" if stamp else ""),
                    stamp,
                )
    return None


_OUTLET_STAMP_SEP_RE = re.compile(r"\s+[-–—|·•]\s+")


def _outlet_and_stamp(t: str) -> bool:
    """The outlet's name and its publish stamp on one line, a dash or a bar
    between ("Kabar Priangan - Rabu, 12 Maret 2026 | 10:24 WIB", "Europa
    Press - 12 de marzo de 2026, 10:24", "12 mars 2026 à 10h24 | Le Progrès"):
    one side a date alone, the other a name of one to four words with no
    figure and no sentence. The name's letters made the line too wordy for a
    stamp, and it was taken for the headline (the headline set aside)."""
    parts = _OUTLET_STAMP_SEP_RE.split(t.strip(), maxsplit=1)
    if len(parts) != 2:
        return False
    for name, stamp in (parts, parts[::-1]):
        words = name.split()
        if (
            1 <= len(words) <= 4
            and not any(c.isdigit() for c in name)
            and name.rstrip()[-1:] not in ".!?:"
            and not any(_headline_word(w) for w in words)
            and date_alone(stamp)
        ):
            return True
    return False


def _headline_word(w: str) -> bool:
    """A word a name does not have and a headline does: one in lower case
    that is neither a function word ("de", "la", "della") nor an agency
    ("dpa") nor a web address ("vnexpress.net") – "Park to reopen - 12 March
    2026" is a headline with its date, "La Voz de Galicia - …" an outlet."""
    w = w.strip("«»\"'“”‘’()[],")
    if not w or not w[0].islower() or "." in w:
        return False
    low = fold_line(w)
    return low not in _all_function_words() and low not in _agency_names()


@cache
def _all_function_words() -> frozenset[str]:
    from .cues import STOPWORDS

    return frozenset(fold_line(w) for ws in STOPWORDS.values() for w in ws)


# a time's abbreviation closing a line ("… at 9:15 a.m."): its full stop ends
# no sentence (searched in the line's last characters only)
_TIME_ABBR_END_RE = re.compile(r"(?<![^\W\d_])[ap]\.\s?m\.$", re.IGNORECASE)

# A numeric date closing a line, perhaps with its time or in brackets
# ("…改造工程2025-03-20", "… (20/03/2025 10:42)", "…発表 6月3日"): the
# date of an item in a list of other stories.
_DATE_AT_END_RE = re.compile(
    r"[\s(（\[【|·-]*(?:\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}"
    r"|\d{1,2}月\d{1,2}日)(?:\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?\s*[)）\]】]?\s*$"
)
# Words at least of the headline before an item's closing date
_DATED_TEASER_MIN_WORDS = 6


def _headline_before_date(g: LineFeatures) -> bool:
    """A headline with its date at the line's end: six words or more (a
    Han or kana character counts as a word's part) before a closing date,
    and no sentence."""
    m = _DATE_AT_END_RE.search(g.text)
    if m is None or g.ends_sentence:
        return False
    head = g.text[: m.start()].strip()
    return bool(head) and line_features(g.index, head).units >= _DATED_TEASER_MIN_WORDS


def _dated_teaser(cx: _Ctx, i: int) -> bool:
    """An item of a list of other stories that closes on its date ("相关新闻"
    then "我市启动…工程2025-03-20"): a headline before the date, and the
    line beside it another such item or the list's heading. A page's own
    stamp is a date with a name or a label at most, and stands alone."""
    f, n = cx.f, len(cx.f)
    if not _headline_before_date(f[i]):
        return False
    prev = next((j for j in range(i - 1, -1, -1) if f[j].norm), None)
    nxt = next((j for j in range(i + 1, n) if f[j].norm), None)
    if nxt is not None and _headline_before_date(f[nxt]):
        return True
    if prev is None:
        return False
    p = f[prev]
    return _headline_before_date(p) or (
        p.units <= cx.cfg.menu_item_max_words and bool(p.cues_of("related")) and not p.digits
    )


def _tag_label(g, low: str, starts_with) -> str | None:
    """The tag label a line opens with, followed by a colon ("Tags:",
    "标签：", "热门标签："), described; None when it opens with none."""
    for h in g.cues_of("tags"):
        if starts_with(h) and low.lstrip(_LEAD_MARKS)[len(h.cue) :].lstrip()[:1] in (":", "："):
            return h.describe()
    return None


# A line that is only the article's reading time ("5 min read", "อ่าน 3
# นาที", "この記事は約3分で読めます", "阅读时间约5分钟"): a stamp's field
# (metadata, as the cue tables already label "Waktu baca 3 menit" and
# "Lesedauer: 4 Minuten"), in languages whose tables hold no reading-time cue
# or whose phrasing a cue misses. Casefolded; a leading icon or mark ("⏱",
# "·") may come first.
_READING_TIME_RE = re.compile(
    r"[^\w\s]{0,3}\s*(?:"
    r"(?:reading time|read time|temps de lecture|tiempo de lectura|tempo de leitura"
    r"|tempo di lettura|lesezeit|lesedauer|leestijd|czas czytania|время чтения|okuma süresi"
    r"|thời gian đọc|waktu baca|masa membaca|เวลาอ่าน|읽는 시간|읽기 시간|読了[時时][間间]"
    r"|[閱阅][讀读][時时][間间]|[閱阅][讀读][時时][長长]|[預预][計计][閱阅][讀读])\s*[:：]?\s*"
    r"(?:[约約]|약|ca\.|approx\.|about|environ|aprox\.|sekitar|khoảng|ประมาณ)?\s*"
    r"\d{1,3}\s*(?:min(?:ute)?s?|minutos?|minuti|minuten|minit|menit|mins?\.?|мин(?:ут[аы]?)?\.?"
    r"|dakika|dk|phút|นาที|분|分[钟鐘]|分)"
    r"|\d{1,3}\s*(?:-\s*)?(?:min(?:ute)?s?\.?)\s*(?:read|reading|de lecture|de lectura"
    r"|de leitura|di lettura|lesezeit|leestijd)"
    r"|\d{1,3}\s*(?:minutos|minutes|minuti)\s*(?:de lectura|de lecture|de leitura|di lettura)"
    r"|\d{1,3}\s*(?:menit|minit)\s*(?:baca|membaca)|\d{1,3}\s*phút đọc"
    r"|\d{1,3}\s*мин(?:ут[аы]?)?\.?\s*чтения|\d{1,3}\s*dakika(?:lık)?\s*okuma"
    r"|(?:ใช้เวลา)?อ่าน\s*(?:ประมาณ\s*)?\d{1,3}\s*นาที"
    r"|(?:この[記记]事は)?[約约]?\d{1,3}分で読め(?:ます|る)"
    r"|[约約]?\d{1,3}\s*分[钟鐘](?:[读讀]完|[阅閱][读讀])"
    r"|(?:약\s*)?\d{1,3}\s*분\s*(?:소요|읽기)"
    r")\s*[.。]?"
)


# A page's font-size buttons in any language: "A- A A+", "A A A", "−A +A",
# after the tool's name and a colon or not ("फॉन्ट साइज: A- A A+", "Cỡ chữ: A-
# A+"): the capital A (Latin or Cyrillic), two buttons with a sign or three
# to four
_FONT_SIZE_TOOL_RE = re.compile(
    r"(?:[^\W\d_][^:：]{0,29}[:：]\s*)?"
    r"(?:[+\-−][AА][+\-−]?\s+[+\-−]?[AА][+\-−]?|[+\-−]?[AА][+\-−]?\s+[+\-−]?[AА][+\-−]"
    r"|[+\-−]?[AА][+\-−]?(?:\s+[+\-−]?[AА][+\-−]?){2,3})"
)


def _cue_rules(cx: _Ctx, i: int, g: LineFeatures) -> None:
    cfg = cx.cfg
    t = g.text.strip()
    low = fold_line(t)
    # a printed page's jump line, kept by a PDF or e-paper conversion: "Please
    # see MILL, Page A6", "MILL, from Page A3", "Continued on Page 4"
    if len(t) <= 60 and _PRINT_JUMP_RE.match(t):
        cx.set(i, "navigation", "a printed page's jump line to another page")
        return
    if g.dates and _player_clock(t):
        cx.set(i, "navigation", "a media player's position and length")
        return
    if g.digits and len(t) <= 160 and _NEXT_PART_RE.match(low):
        cx.set(i, "navigation", "link to the next part of a series")
        return
    if g.digits and len(t) <= 60 and _READING_TIME_RE.fullmatch(low):
        cx.set(i, "metadata", "the article's reading time alone on its line")
        return
    if len(t) <= 40 and _FONT_SIZE_TOOL_RE.fullmatch(t):
        cx.set(i, "navigation", "font-size buttons (a page tool)")
        return
    # an advertising slot's label alone ("Iklan", "Publicidad:", "Anuncio"),
    # a cue of no other table, is asked below
    slot = _ad_slot_label(g)
    if not g.cues and not (
        slot or g.dates or g.label_values or g.has_domain or g.has_link or _closing_call(g, cfg)
    ):
        return
    short = g.units <= cfg.short_line_words

    def starts_with(h) -> bool:  # cue at the very start (after brackets)
        # Spanish opens a question or a cry with its mark ("¿Ya eres
        # suscriptor?", "¡Suscríbete!"): the cue still opens the line
        return _lstrip_lead(low, "¿¡").startswith(h.cue)

    # spam terms in a short line; two different ones in a line up to half
    # as long again (an advert strings its keywords together), and so is one
    # that gives a way to reach the seller (a phone number counts its groups
    # of digits as words: "WA 0812-3456-7890")
    spam = g.cues_of("spam")
    longer = len({h.cue for h in spam}) >= 2 or (spam and find_contact(t) is not None)
    limit = 2 * cfg.spam_line_max_words * (1.5 if longer else 1)
    for h in spam:
        if g.units <= limit and not cx.related(i):
            cx.set(i, "spam", f"spam term '{h.quoted}' ({h.lang}) in a short line")
            return
    # an advertising slot's label alone between two paragraphs ("Iklan",
    # "Publicidad"), perhaps with a link or a photo and its credit between:
    # the slot, not the footer's link to the advertising desk
    # (a table of the article's figures may stand between the paragraph
    # and the slot: its rows are no prose)
    if (
        slot
        and any(cx.prose[j] for j in range(max(0, i - 6), i))
        and any(cx.prose[j] for j in range(i + 1, min(len(cx.f), i + 7)))
    ):
        cx.set(i, "navigation", "advertising slot's label between two paragraphs")
        return
    # footer: copyright / powered by / site links / farm words
    foot = [h for h in g.cues if h.category in _FOOTER_CATS]
    if (
        foot
        and (captions := g.cues_of("caption"))
        and all(h.category == "powered_by" for h in foot)
        and any(
            h.start < min(x.start for x in foot) and t[h.end : h.end + 1] in ("/", "／")
            for h in captions
        )
    ):
        # "图/受访者提供": a photo provided by someone, after the photo's mark
        # and its slash, is a credit, not the site's "powered by"
        foot = []
    if (
        len(foot) == 1
        and foot[0].category == "site_links"
        and foot[0].start > 0
        and g.units > 6
        and not g.has_domain
        and not any(c in t for c in "©|·•/")
    ):
        # one site-link word inside a headline's run of words ("Hướng dẫn
        # đổi giấy phép lái xe … năm 2025": a driving licence, not the
        # paper's): a footer's links and notices open on theirs or stand
        # between bars
        foot = []
    if foot and g.units <= 3 * cfg.short_line_words:
        strong = (
            "©" in t
            or g.dates
            or g.years
            or len({h.cue for h in foot}) >= 2
            or g.has_domain
            or any(h.category in ("powered_by", "farm") for h in foot)
            or any(h.cue in _rights_reserved() for h in foot)
            or g.cue_coverage(_FOOTER_CATS | _NAV_CATS) >= 0.6
        )
        # a sentence of the article may name copyright; the sign, or two
        # rights-reserved phrases ("Bản quyền thuộc về …. Ghi rõ nguồn khi
        # phát hành lại …"), make the site's notice however it is written
        notice = "©" in t or len({h.cue for h in foot if h.cue in _rights_reserved()}) >= 2
        if strong and (
            notice or not (g.ends_sentence and g.units > cfg.short_line_words and g.stopwords >= 4)
        ):
            cx.set(i, "footer", describe_hits(foot))
            return
    # "Zaragoza, 12 de marzo de 2024": a place and a full date alone on a
    # line head a press release or a letter (its date of issue)
    # ("Par Aurélien Marchand, le 23 septembre": a byline's cue before the
    # comma opens a writer's name and the stamp's date, no place)
    if (
        g.dates == 1
        and g.units <= cfg.short_line_words
        and place_and_date(t)
        and not any(h.start == 0 for h in g.cues_of("byline"))
    ):
        cx.set(i, "dateline", "place name and a date alone on a line (dateline)")
        return
    # a photo gallery's counter: "Photo 2/12", "Foto 1 de 4", "Ảnh 3/10"
    # (a line with no caption cue is not matched: most lines have none)
    captions = g.cues_of("caption")
    m_count = _GALLERY_COUNT_RE.fullmatch(low) if captions else None
    if m_count and any(
        starts_with(h) and 0 <= m_count.end("cue") - h.end <= _GALLERY_ORDINAL_MAX_CHARS
        for h in captions
    ):
        cx.set(i, "navigation", f"photo gallery counter: {g.cues_of('caption')[0].describe()}")
        return
    # a byline with the publish stamp and counters after the name ("Phóng
    # viên Minh Anh | 14/06/2026 10:15 | 1.234 lượt xem", "记者 王晓明 |
    # 2026-06-14 | 阅读 1234"): the stamp's figures must not make it a bare
    # stamp, or the page loses its author
    # (asked again below, of the same line: one answer serves both)
    cue_byline = _cue_byline(cfg, g)
    if (by := cue_byline) and by[1]:
        cx.set(i, "byline", by[0])
        return
    # ... or before it ("Thứ Bảy, 14/06/2026 10:15 | Phóng viên Minh Anh")
    if (
        g.dates
        and (field := byline_among_stamps(t))
        and not fold_line(t).startswith(fold_line(field))
        and (by := _cue_byline(cfg, line_features(0, field)))
    ):
        cx.set(i, "byline", by[0] + "; the publish stamp before the name")
        return
    # today's date beside the site's account links ("Thứ Năm, 22/08/2024 |
    # Đăng nhập", "Tuesday, March 4, 2025 | Sign in | Register"): the site's
    # top bar, dated the day the page was fetched, not the article's stamp
    if (
        g.dates
        and short
        and not g.cues_of("published")
        and not g.ends_sentence
        and (link := _account_link(t))
    ):
        cx.set(i, "navigation", f"the site's top bar: a date beside its account link '{link}'")
        return
    # publish stamps and counters
    pub = g.cues_of("published")
    # a line that opens with the cue ("Published on ... | Updated on ...") may
    # be twice as long: it states both times in words
    opens_with_pub = bool(pub) and starts_with(pub[0]) and not g.ends_sentence
    # ... and a stamp closing on a time's "a.m." / "p.m." ends on its full
    # stop without a sentence: its label has a colon, or it states two times
    if (
        pub
        and not opens_with_pub
        and starts_with(pub[0])
        and _TIME_ABBR_END_RE.search(t[-12:])
        and (g.dates >= 2 or _lstrip_lead(low)[len(pub[0].cue) :].lstrip()[:1] in (":", "："))
    ):
        opens_with_pub = True
    # a field label starts with a capital; "the report, published on" is a
    # sentence using the verb
    cue_capitalised = (
        bool(pub) and len(low) == len(t) and t[pub[0].start : pub[0].start + 1].isupper()
    )
    # ... or after a short credit ("Le Monde avec AFP Publié le ... - Mis à
    # jour le ...", "By Jane Doe Published ..."): the byline and the stamp
    # printed as one line
    credited = (
        bool(pub)
        and not opens_with_pub
        and not g.ends_sentence
        and bool(g.dates)
        and len(low[: pub[0].start].split()) <= cfg.byline_max_words + 2
        and not _SENTENCE_INSIDE.search(low[: pub[0].start])
        and cue_capitalised
    )
    if credited and g.units <= cfg.short_line_words * 2 + cfg.byline_max_words + 2:
        cx.set(i, "metadata", f"credit and publish stamp on one line ({pub[0].describe()})")
        return
    if (
        pub
        and not opens_with_pub
        and g.stopwords > cfg.sentence_min_stopwords
        # a subject before the verb ("Le rapport, publié"; "Article mis à
        # jour le ..." is a stamp's label)
        and len(_FIRST_WORD.findall(_DIGITS.sub(" ", low[: pub[0].start]))) >= 2
        and not cue_capitalised
    ):
        # "Le rapport, publié le 21 février, accuse ...": the cue inside a
        # sentence is a verb the sentence uses, not a stamp's label
        pub = []
    if (
        g.units <= cfg.short_line_words * (2 if opens_with_pub else 1)
        and (g.dates or g.label_values or (opens_with_pub and g.years))
        and (
            pub
            or (g.label_values and (g.dates or g.units <= 6))
            or (g.dates and g.letters <= g.digits + 8 and not _dated_teaser(cx, i))
            or (g.dates and date_alone(t))
            or (g.dates and _outlet_and_stamp(t))
        )
    ):
        why = (
            pub[0].describe()
            if pub
            else ("label: value stamp" if g.label_values else "date/time stamp")
        )
        cx.set(i, "metadata", f"publish stamp or counter ({why})")
        return
    if pub and g.units <= 6 and any(c.isdigit() for c in t):
        cx.set(i, "metadata", f"counter or stamp: {pub[0].describe()}")
        return
    # a stamp of labelled fields: date or time, then "来源：…　作者：…",
    # "Source: … | Editor: …" (longer than a plain stamp)
    fields = {h.category for h in g.cues if low[h.end : h.end + 2].lstrip()[:1] in (":", "：")}
    if (
        len(fields) >= 2
        and (g.dates or g.label_values)
        and not g.ends_sentence
        and g.units <= 2 * cfg.short_line_words
    ):
        cx.set(i, "metadata", "stamp of labelled fields (" + ", ".join(sorted(fields)) + ")")
        return
    # caption: "Photo: X" at the start, or "(Photo: X)" / "Photo: X" credit at the end
    for h in g.cues_of("caption") + g.cues_of("source"):
        after = low[h.end : h.end + 3].lstrip()
        credit_by = h.category == "caption" and low[h.end : h.end + 4].lstrip().startswith("by")
        # "Image source, Getty Images", "Pie de foto," (an accessible label
        # before the credit or the caption): a phrase of two words or more
        labelled = (
            h.category == "caption"
            and " " in h.cue
            and after[:1] == ","
            and starts_with(h)
            and g.units <= cfg.short_line_words
            and not g.ends_sentence
        )
        # "【写真】改修後のイメージ図", "[사진] …", "[FOTO] …": the photo's
        # label in brackets opening the line (a player's label in brackets
        # opens a video teaser, left to the teaser rules)
        opener = low[: h.start].strip()
        bracketed = (
            h.category == "caption"
            and len(opener) == 1
            and _BRACKET_PAIRS.get(opener) == low[h.end : h.end + 1]
            and low[h.end + 1 :].strip() != ""
            and h.cue not in _embed_labels()
            and g.units <= cfg.short_line_words
        )
        if bracketed:
            cx.set(i, "caption", f"opens with the photo's label in brackets: {h.describe()}")
            return
        # "Fot. Jan Kowalski": a cue that is an abbreviation ends on its dot,
        # the credit follows it as a colon's would
        abbrev = h.category == "caption" and h.cue.endswith(".") and low[h.end : h.end + 1] == " "
        if after[:1] not in (":", "：", "/", "=") and not (credit_by or labelled or abbrev):
            continue  # "Photo: X", "사진=X", "Photo by X", not the word in a sentence
        tail = low[h.end :]
        if starts_with(h) and h.category == "caption":
            cx.set(i, "caption", f"starts with a photo credit: {h.describe()}")
            return
        # "Chùm ảnh: …", "Fotogalerie: …": the cue is part of the line's first
        # word group (a photo-series kicker opening a headline), no credit
        # set off after a caption
        before = low[: h.start].strip()
        kicker = (
            not g.unspaced
            and bool(before)
            and " " not in before
            and before[-1].isalnum()
            # a name after it is a credit ("Main image credit: Getty")
            and len(tail.lstrip(" :：/=").split()) >= 3
        )
        if len(tail) <= 60 and h.start > 0 and not starts_with(h) and not kicker:
            credit = t[h.start :].strip()[:40]
            cx.set(i, "caption", f"{CAPTION_CREDIT_REASON} '{credit}': {h.describe()}")
            return
    m_paren = _TRAILING_PAREN_RE.search(t)
    if m_paren and not starts_with_paren(t):
        inner = fold_line(m_paren.group(1)).strip()
        for h in g.cues_of("caption"):
            if inner.startswith(h.cue) or inner.endswith(h.cue):
                cx.set(
                    i,
                    "caption",
                    f"ends with a photo note '({m_paren.group(1)[:30]})': {h.describe()}",
                )
                return
    # credits side by side: "来源：北京日报客户端 | 记者 张三", "Source: AP | Editor: X"
    # (before the source line below: a first field may be a source)
    if not g.ends_sentence and (fields := _credit_fields(t)):
        cx.set(i, "attribution", f"{CREDIT_FIELDS_REASON} ({fields})")
        return
    # attribution: a short line that is a source credit ("Source: AP", "(According to X)")
    # or a field "Source: X." closing on a full stop (a Thai abbreviation's
    # dot: "ที่มา : สำนักสิ่งแวดล้อม กทม.")
    for h in g.cues_of("source"):
        if (
            starts_with(h)
            and _short_after_cue(g, low, h, 8)
            and not g.ends_sentence
            or (starts_with(h) and g.units <= 8 and t.startswith(("(", "（", "[")))
            or (
                starts_with(h)
                and g.units <= 10
                and low[h.end :].lstrip()[:1] in (":", "：")
                and _one_sentence(t)
            )
        ):
            cx.set(i, "attribution", f"source credit line: {h.describe()}")
            return
    # a credit line: "(Reporting by X; editing by Y)"
    for h in g.cues_of("byline"):
        if (
            starts_with(h)
            and " " in h.cue
            and g.units <= 3 * cfg.short_line_words
            and not _sentence_after_credit_words(g, h)
        ):
            cx.set(i, "byline", f"credit line: {h.describe()}")
            return
    # inline teaser link: "Read more: <headline>", "Related: <headline>",
    # "LEIA TAMBÉM | <headline>", the cue in brackets ("[관련기사] <headline>",
    # "【関連記事】<headline>", "＜関連記事＞…") or after an arrow ("☞ 관련기사 …")
    for h in g.cues_of("related"):
        lead = len(low) - len(low.lstrip(_TEASER_MARKS))
        after = low[lead + len(h.cue) :]
        marks = low[:lead].strip()
        closer = _BRACKET_PAIRS.get(marks[-1:])
        if (
            low[lead:].startswith(h.cue)
            and (
                after.lstrip()[:1] in (":", "：", "»", "›", ">", "|")
                or (closer is not None and after[:1] == closer and after[1:].strip() != "")
                or (
                    marks
                    and all(c in _ARROW_MARKS for c in marks)
                    and after[:1].isspace()
                    and after.strip() != ""
                    and not g.ends_sentence
                )
                # "» Lire aussi - Crues : ..." : a spaced dash after the cue
                or (
                    after[:1] == " "
                    and after.lstrip()[:1] in "-–—"
                    and after.lstrip()[1:2] == " "
                    and not low.rstrip().endswith(".")
                )
                # "İLGİLİ HABER Körfez'de …", "READ MORE Bus fares …": the cue
                # printed in capitals is the label, the headline after it is not
                or _caps_label_before(t[lead:], len(h.cue))
                # "อ่านข่าวที่เกี่ยวข้อง <headline>", "延伸阅读 <headline>": where
                # words run together, a space is the separator a colon is
                # elsewhere, after a "read" lead that only labels a link
                or (
                    g.unspaced
                    and after[:1].isspace()
                    and after.strip() != ""
                    and not g.ends_sentence
                    and h.cue in _folded("INLINE_TEASER_LEADS")
                )
                or _spaced_teaser_lead(g, h)
            )
            and g.units <= cfg.short_line_words * 1.5
        ):
            cx.set(i, "related", f"inline teaser link: {h.describe()}")
            return
    # the previous / next article's link: "上一篇：<headline>", "Next article: ..."
    for h in g.cues_of("pagination"):
        if (
            starts_with(h)
            and low.lstrip(_LEAD_MARKS)[len(h.cue) :].lstrip()[:1] in (":", "：", "»", "›", ">")
            and not g.ends_sentence
            and g.units <= cfg.short_line_words * 1.5
        ):
            cx.set(i, "navigation", f"link to the previous or next article: {h.describe()}")
            return
    # promotion: "Follow us on ...", "Subscribe to the newsletter", with handles/links
    follow = g.cues_of("follow_us")
    for h in follow:
        if starts_with(h) and g.units <= 2 * cfg.short_line_words:
            cx.set(i, "navigation", f"promotion line: {h.describe()}")
            return
    # ... or, in a line that states nothing (no sentence end), two different
    # promotion cues ("Like and share – follow us for more") or one opening
    # the clause after a comma ("每天推送本地新鲜事，欢迎关注<account>"); prose
    # that mentions one ends on its full stop
    if (
        follow
        and not g.ends_sentence
        and g.units <= 2 * cfg.short_line_words
        and (
            len({h.cue for h in follow}) >= 2
            or any(low[: h.start].rstrip()[-1:] in ",，、" for h in follow)
        )
    ):
        cx.set(i, "navigation", f"promotion line: {describe_hits(follow)}")
        return

    # ... or closing on the call, as languages that put the verb last write
    # it ("ताज़ा खबरों के लिए हमें गूगल न्यूज़ पर फॉलो करें", "Son dakika
    # haberleri için bizi takip edin"): a short line, no sentence
    if call := _closing_call(g, cfg):
        cx.set(i, "navigation", f"promotion line closing on the call '{call}'")
        return
    # ... or a short pitch closing on the call: "Receive the morning news
    # every day. Sign up for our free newsletter."
    for h in g.cues_of("follow_us"):
        if (
            h.start > 0
            and " " in h.cue
            and low[: h.start].rstrip()[-1:] in ".!?"
            and low[: h.start].strip()[:1] != ""
            and g.units <= 2 * cfg.short_line_words
            and not low[h.end :].strip(" .!¡?¿:\u00a0").count(". ")
        ):
            cx.set(i, "navigation", f"{_SIGN_UP_PITCH}: {h.describe()}")
            return
    # a subscription wall's prompts: a line opening with one ("Subscribe to
    # continue reading", "Already a subscriber? Log in"), or a teaser naming
    # two of its offers ("... your free articles ... Subscribe now ...")
    wall = g.cues_of("paywall")
    if wall and (
        (starts_with(wall[0]) and g.units <= 2 * cfg.short_line_words)
        # ... or a prompt whose call and offer stand before the cue ("Đăng
        # ký Premium để đọc tiếp …", "Subscribe today to continue reading")
        or (g.units <= 3 * cfg.short_line_words and _wall_cue_opens(low, wall[0].start))
        or (len({h.cue for h in wall}) >= 2 and g.units <= 3 * cfg.short_line_words)
    ):
        cx.set(i, "navigation", f"subscription wall prompt: {describe_hits(wall)}")
        return
    # name followed by a role: "김민수 기자", "山田太郎 記者", "Jane Doe, Reporter",
    # perhaps with the writer's e-mail address after it ("김민수 기자 minsu@…")
    tr = _TRAILING_EMAIL_RE.sub("", t) if "@" in t else t
    byline_cues = g.cues_of("byline")
    if byline_cues:
        tr = _AUTHOR_PAGE_LINK_RE.sub("", tr)
    for h in byline_cues:
        if (
            fold_line(tr).endswith(h.cue)
            and h.start > 0
            and (g.units <= cfg.byline_max_words or (tr != t and len(tr.split()) <= 3))
        ):
            from .features import line_features as _lf

            rest = tr[: len(tr) - len(h.cue)]
            if len(h.cue) == 1 and rest[-1:].isalpha():
                # a role of one letter glued to the word before it ("阅读原文",
                # "查看全文") ends a word, not a name: a name stands apart
                continue
            rest = rest.rstrip(" ,|-–—/")
            name = _lf(0, rest)
            if rest and (
                looks_like_name(name, cfg.byline_max_words, cfg.byline_max_chars)
                or (len(rest.split()) == 1 and len(rest) <= 5 and not name.digits)
            ):
                cx.set(i, "byline", f"name followed by a role: {h.describe()}")
                return
    # byline with a cue: "By Jane Doe", "Phóng viên: ...", "记者 张三"
    if by := cue_byline:
        cx.set(i, "byline", by[0])
        return
    if not short:
        # a tag list after its label however many tags it lists (a farm's
        # stuffed "热门标签：" runs long), as long as it is no sentence
        if not g.ends_sentence and (tag := _tag_label(g, low, starts_with)):
            cx.set(i, "navigation", f"tag list: {tag}")
        return
    for h in g.cues_of("related"):
        if starts_with(h) and g.units <= 6 and not g.ends_sentence:
            cx.set(i, "related", f"list heading: {h.describe()}")
            return
    if tag := _tag_label(g, low, starts_with):
        cx.set(i, "navigation", f"tag list: {tag}")
        return
    # a photo note alone on its line: "Ảnh minh họa", "（资料图）", "ภาพประกอบ"
    if (
        g.units <= 4
        and not g.ends_sentence
        and g.cue_coverage({"caption"}) >= 0.9
        and not _between_menu_items(cx, i)
    ):
        cx.set(i, "caption", f"photo note alone on a line: {g.cues_of('caption')[0].describe()}")
        return
    # a page tool and its buttons: "字号：大 中 小", "【字體：大 中 小】"
    for h in g.cues_of("nav"):
        rest = low.strip().lstrip(_LEAD_MARKS)
        if not rest.startswith(h.cue) or rest[len(h.cue) :].lstrip()[:1] not in (":", "："):
            continue
        buttons = rest[len(h.cue) :].lstrip()[1:].strip(" 】]）)").split()
        if (
            1 <= len(buttons) <= 5
            and all(len(b) <= 3 for b in buttons)
            and (len(buttons) >= 2 or any(_unspaced_text(b) for b in buttons))
        ):
            cx.set(i, "navigation", f"page tool and its buttons: {h.describe()}")
            return
    cov = g.cue_coverage(_NAV_CATS)
    for cat, label in (
        ("related", "related"),
        ("follow_us", "navigation"),
        ("tags", "navigation"),
        ("pagination", "navigation"),
        ("comments", "navigation"),
        ("nav", "navigation"),
    ):
        hs = g.cues_of(cat)
        if not hs:
            continue
        if cov >= 0.6 or (
            cat in ("follow_us", "tags")
            and starts_with(hs[0])
            and g.units <= cfg.short_line_words / 2
        ):
            cx.set(i, label, f"{hs[0].describe()}" + (" (whole line)" if cov >= 0.95 else ""))
            return
    if (g.has_domain or g.has_link) and g.units <= 8 and not g.ends_sentence:
        cx.set(i, "navigation", "short line naming a web domain (site chrome)")


def _continues_a_line(text: str) -> bool:
    """Does the line start with a word in lower case? A headline starts with
    a capital (or a digit, or "iPhone"); a line starting "engineers say"
    goes on from the line above (text wrapped at a fixed width). A line
    opening on a handle or a tag ("@user: ...", "#tag") is a post of its own."""
    t = text.lstrip(" \t\"'“‘«„([¿¡")
    if t[:1] in ("@", "#"):
        return False
    m = _FIRST_WORD.search(t)
    return bool(m) and m.group().islower()


# The least width (characters) of a line that text wrapped at a fixed width
# was cut at: wire copy and e-mail wrap at 60-80.
WRAP_MIN_CHARS = 50


_FIRST_WORD = re.compile(r"[^\W_]+")
_NO_FULL_STOP_SCRIPT = re.compile(r"[\u0e00-\u0eff]")
_DIGITS = re.compile(r"\d+")
_SENTENCE_INSIDE = re.compile(r"[.!?。！？]\s")


def _wrapped_from(f: Sequence[LineFeatures], i: int) -> bool:
    """Do the two lines after line ``i`` each go on from the line above
    (text wrapped at a fixed width)? One lower-case line after a headline
    is a dateline or a section name ("martes 12 de julio", "actualité")."""
    if i + 2 >= len(f):
        return False
    return all(not f[j].ends_sentence and _continues_a_line(f[j + 1].text) for j in (i, i + 1))


def _teaser_lists(cx: _Ctx, in_main: Sequence[bool] | None) -> None:
    """Label runs of other stories' headlines that no heading announces.

    A scraped page often starts (or ends) with a site's teaser box kept as
    bare lines: a dozen headline-shaped lines in a row, none ending on a full
    stop, each on its own subject. An article's own lines in a row (a bulleted
    list, a standfirst under the headline) use the article's words; teasers do
    not. So a run of at least ``teaser_run_min`` such lines in which two
    thirds or more share almost none of their words with the rest of the page
    is a teaser list, from its first unrelated line to its last (the headline
    and standfirst that may follow it use the article's words and stay out).
    """
    f, cfg, n = cx.f, cx.cfg, len(cx.f)
    blocks, page_lang = cx.doc.blocks, cx.doc.lang

    def shaped(i: int) -> bool:
        g = f[i]
        if not g.norm or (in_main is not None and in_main[i]):
            return False
        # a quoted post (a handle, a hashtag) or a line in another language
        # than the page's is a quotation the article shows, not a teaser
        if g.has_handle or "#" in g.text or (page_lang and blocks[i].lang not in (None, page_lang)):
            return False
        if cx.label[i] not in (None, "navigation", "related"):
            return False
        # one sentence inside is a teaser's quotation ("… : « Il y a … ! »")
        if not 4 <= g.units <= 2 * cfg.short_line_words or g.inner_sentences > 1:
            return False
        if _continues_a_line(g.text):
            return False
        if _NO_FULL_STOP_SCRIPT.search(g.text):
            return False  # Thai and Lao paragraphs never end on a full stop: no sign here
        last = g.text.rstrip()[-1:]
        # a line ending on a colon introduces what follows (a quoted post)
        return not ((g.ends_sentence and last in ".。．") or last in ":：")

    runs: list[list[int]] = []
    cur: list[int] = []
    for i in range(n):
        if shaped(i):
            cur.append(i)
        elif f[i].norm and f[i].units > cfg.menu_item_max_words:
            # a short line (a section name, "Services") does not end a run
            if len(cur) >= _SHORT_TEASER_BOX_MIN:
                runs.append(cur)
            cur = []
    if len(cur) >= _SHORT_TEASER_BOX_MIN:
        runs.append(cur)
    if not runs:
        return
    counts: Counter[str] = Counter()
    for g in f:
        counts.update(g.tokens)
    for run in runs:
        run_counts: Counter[str] = Counter()
        lines_with: Counter[str] = Counter()
        for i in run:
            run_counts.update(f[i].tokens)
            lines_with.update(set(f[i].tokens))
        marks = {
            t
            for t, k in lines_with.items()
            if k >= 3 and 2 * k >= len(run) and counts[t] == run_counts[t]
        }
        unrelated = [
            i for i in run if cx.label[i] is None and not _uses_page_words(f[i], counts, marks)
        ]
        # the run's last line right above the first paragraph, naming something
        # the opening paragraphs name, is the article's own headline
        last = unrelated[-1] if unrelated else None
        if last is not None and last + 1 < n and cx.prose[last + 1] and f[last + 1].ends_sentence:
            opening = {t for j in range(last + 1, min(n, last + 4)) for t in f[j].tokens}
            if any(len(t) >= 5 or _UNSPACED_TOKEN.match(t) for t in set(f[last].tokens) & opening):
                unrelated.pop()
        open_lines = sum(1 for i in run if cx.label[i] is None)
        if 3 * len(unrelated) < 2 * open_lines:
            continue
        if len(unrelated) < cfg.teaser_run_min:
            unrelated = _short_teaser_box(cx, unrelated)
            if not unrelated:
                continue
        for i in range(unrelated[0], unrelated[-1] + 1):
            if cx.label[i] is None:
                cx.teasers.add(i)
                cx.set(
                    i,
                    "related",
                    f"one of {len(run)} headline-like lines in a row whose words the "
                    "article does not use (a list of other stories)",
                )


_SHORT_TEASER_BOX_MIN = 3


def _short_teaser_box(cx: _Ctx, unrelated: list[int]) -> list[int]:
    """A box of three to five other stories' headlines with no heading over
    it, placed where a site puts one: between the headline and the byline or
    stamp under it, or after the article's last paragraph with no paragraph
    after it ("Council approves forty kilometres of new cycle lanes …" and
    two more). Every line of the run uses none of the article's words (the
    caller's ``unrelated`` holds only those), so the article's own points
    under its headline stay; a short paragraph ends on its full stop and is
    never in such a run. The box's lines, or none; the page's first line is
    its headline, never one of the box."""
    f, n = cx.f, len(cx.f)
    if len(unrelated) < _SHORT_TEASER_BOX_MIN:
        return []
    lo, hi = unrelated[0], unrelated[-1]
    if any(cx.label[i] is not None for i in range(lo, hi + 1) if f[i].norm):
        return []

    def paragraph(j: int) -> bool:
        return cx.label[j] is None and cx.prose[j] and f[j].ends_sentence

    before = sum(1 for j in range(lo) if paragraph(j))
    prev = next((j for j in range(lo - 1, -1, -1) if f[j].norm), None)
    if before >= 2 and not any(paragraph(j) for j in range(hi + 1, n)):
        # right under the article's last paragraph: a box under a heading of
        # its own is left to the list rules, which label the heading too
        return unrelated if prev is not None and paragraph(prev) else []
    if before:
        return []
    nxt = next((j for j in range(hi + 1, n) if f[j].norm), None)
    if nxt is None or cx.label[nxt] not in ("byline", "metadata"):
        return []
    if not any(f[j].norm and cx.label[j] is None for j in range(lo)):
        unrelated = unrelated[1:]  # the headline above the box
    return unrelated if len(unrelated) >= _SHORT_TEASER_BOX_MIN else []


def _uses_page_words(g: LineFeatures, counts: Counter[str], marks: set[str]) -> bool:
    """Does half or more of the line's content words occur elsewhere on the
    page? Short words of spaced scripts are left out (articles, "plus").

    Lines of one run count for each other (posts quoted one after another
    share their subject), except for ``marks``: words on many lines of the run
    and nowhere else, a site's label on each teaser ("Abonnés", "Video")."""
    toks = [t for t in g.tokens if len(t) >= 5 or _UNSPACED_TOKEN.match(t)]
    toks = [t for t in toks if t not in marks]
    if not toks:
        return True
    own = Counter(toks)
    shared = sum(1 for t in toks if counts[t] > own[t])
    return 2 * shared >= len(toks)


_UNSPACED_TOKEN = re.compile(
    r"[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]"
)


def _comments_start(
    cx: _Ctx, cand: Sequence[int], outside: Sequence[bool] | None = None
) -> int | None:
    """The heading of reader comments under the article: a comments heading
    after two of its paragraphs (``cand``) or more, followed by a short line
    (a name, a form) and not by a paragraph (a "Comments (12)" link in a share
    bar above the text). With ``outside``, only a heading outside the
    extractor's main text."""
    f, n = cx.f, len(cx.f)
    for h in range(n):
        if (
            _comments_heading(f[h])
            and (outside is None or not outside[h])
            and sum(1 for i in cand if i < h) >= 2
        ):
            k = next((j for j in range(h + 1, n) if f[j].norm), None)
            # a numbered comment's header has the comment right under it
            if k is not None and (not _full_paragraph(cx, k) or _numbered_comment(f[h])):
                return h
    return None


def _closing_call(g: LineFeatures, cfg: CleanSettings) -> str | None:
    """The call to follow, share or subscribe a short line closes on, in a
    language that puts the verb last (cues.CLOSING_CALLS), or None."""
    if g.units > cfg.short_line_words or g.ends_sentence:
        return None
    end = " ".join(fold_line(g.text).rstrip(" !！").split())
    for c in _folded("CLOSING_CALLS"):
        if end.endswith(c) and (len(end) == len(c) or not end[-len(c) - 1].isalnum()):
            return c
    return None


def _between_menu_items(cx: _Ctx, i: int) -> bool:
    """Line ``i`` sits among menu items: short lines that state nothing.
    "Video" or "Ảnh" there is a section of the menu ("新闻 / 视频 / 图片"),
    not a note under a photo."""
    f, cfg = cx.f, cx.cfg

    def item(j: int) -> bool:
        return (
            0 <= j < len(f)
            and bool(f[j].norm)
            and f[j].units <= cfg.menu_item_max_words
            and not f[j].ends_sentence
        )

    # two photo notes around it ("Ảnh: A" / "Ảnh minh họa" / "Ảnh: B") are
    # a gallery's notes; a menu's other items are sections
    if 0 < i < len(f) - 1 and f[i - 1].cues_of("caption") and f[i + 1].cues_of("caption"):
        return False
    # the menu's last (or first) item has one item beside it and another
    # beyond that one
    return (item(i - 1) and (item(i + 1) or item(i - 2))) or (item(i + 1) and item(i + 2))


def _short_after_cue(g: LineFeatures, low: str, h, limit: float) -> bool:
    """The line is at most ``limit`` words, or, in a script that runs words
    together, the words after the cue are: "ขอบคุณข้อมูลจาก <organisation>"
    names a source whose name alone is as long as a short line. The cue must
    stand apart there (a space or a colon after it), not open a longer word."""
    if g.units <= limit:
        return True
    after = low[h.end :]
    rest = after.strip(" :：")
    # a name alone (no space in it) may be twice as long: "กรมป้องกันและ
    # บรรเทาสาธารณภัยจังหวัดเชียงใหม่" is one organisation
    return (
        g.unspaced
        and after[:1] in (" ", ":", "：")
        and word_units(rest) <= (limit if " " in rest else 2 * limit)
    )


def _caps_label_before(t: str, k: int) -> bool:
    """``t`` opens with a label of ``k`` characters printed in capitals, a
    space, then text that is not in capitals and does not end a sentence
    ("İLGİLİ HABER Körfez'de yeni seferler", "READ MORE Bus fares rise"):
    the label sets itself off by case as a colon would. Scripts without
    capitals never do."""
    label, rest = t[:k], t[k:]
    if not (label.isupper() and rest[:1] == " "):
        return False
    rest = rest.strip()
    return (
        (rest[:1].isupper() or rest[:1].isdigit())
        and any(c.islower() for c in rest)
        and rest[-1:] not in ".!。"
    )


def _short_sentence(g: LineFeatures) -> bool:
    """A line that closes on a full stop or a cry, as a sentence does: no
    question (a teaser asks) and no ellipsis (a cut teaser trails off)."""
    t = g.text.rstrip()
    return g.ends_sentence and t[-1:] in ".!。！" and not t.endswith("..")


def _site_footer_between(cx: _Ctx, a: int, b: int) -> bool:
    """Between prose lines ``a`` and ``b``, the site's footer: a line a
    copyright or imprint cue labelled footer ("主办单位：…", "© 2025 …"),
    after a set-aside line, with no unlabelled line after it. Prose under
    it (the site's address, its licence, "best viewed in …") is the
    footer's, not the article's."""
    if b - a < 3:
        return False
    for j in range(a + 2, b):
        if cx.label[j] == "footer" and j in cx.cue_labelled and cx.label[j - 1] is not None:
            return all(cx.label[k] is not None for k in range(j, b))
    return False


def _article_region(cx: _Ctx) -> list[bool]:
    """The largest cluster of prose blocks (by characters), plus clusters near it."""
    f, cfg, n = cx.f, cx.cfg, len(cx.f)
    cand = [i for i in range(n) if cx.prose[i] and cx.label[i] is None]
    # Reader comments under the article end it
    cx.comments_at = _comments_start(cx, cand)
    end = n if cx.comments_at is None else cx.comments_at
    cand = [i for i in cand if i < end]
    region = [False] * n
    if not cand:
        # No prose at all: keep unlabelled lines that are not menu-like; a
        # brief of short sentences ("Llueve.", "Segunda línea.", a cell of a
        # CSV export) is text however short its lines: a menu's items and a
        # headline end on no full stop
        for i in range(n):
            if cx.label[i] is None and (
                f[i].units > cfg.menu_item_max_words or _short_sentence(f[i])
            ):
                region[i] = True
        return region
    # Split candidates where a gap holds a run of >= link_list_min_run short / set-aside lines.
    clusters: list[list[int]] = [[cand[0]]]
    for a, b in itertools.pairwise(cand):
        gap = [j for j in range(a + 1, b)]
        set_aside = sum(1 for j in gap if cx.label[j] is not None or cx.headline_like(f[j]))
        if (
            len(gap) >= cfg.link_list_min_run + 2
            and set_aside >= len(gap) - 1
            and sum(1 for j in gap if cx.label[j] is None or j in cx.teasers)
            >= cfg.link_list_min_run
            # the article's own summary ("Key points" and its items) does not
            # cut the article in two
            and not any(cx.label[j] is None and _summary_heading(f[j]) for j in gap)
        ) or _site_footer_between(cx, a, b):
            clusters.append([b])
        else:
            clusters[-1].append(b)
    weight = [sum(f[i].units for i in c) for c in clusters]
    best = max(range(len(clusters)), key=lambda k: weight[k])
    keep = {best}
    for k in range(len(clusters)):
        if weight[k] >= 0.5 * weight[best] and not (
            # prose under the site's footer below the article is the footer's
            k > best and _site_footer_between(cx, clusters[k - 1][-1], clusters[k][0])
        ):
            keep.add(k)
    lo = min(clusters[k][0] for k in keep)
    hi = max(clusters[k][-1] for k in keep)
    # text wrapped at a fixed width (a PDF's or an e-mail's dump): the first
    # prose line goes on from the line above it, cut at that width, whose
    # words make it no prose of its own ("Mekong Faune Sauvage salue l'accord
    # conclu mercredi 11 novembre à Nakh-" / "nom entre …"): the paragraph
    # starts there
    while (
        lo > 0
        and cx.label[lo - 1] is None
        and not f[lo - 1].ends_sentence
        and len(f[lo - 1].text.strip()) >= WRAP_MIN_CHARS
        and _continues_a_line(f[lo].text)
    ):
        lo -= 1
    for k, c in enumerate(clusters):
        if k in keep:
            continue
        where = "after" if c[0] > hi else "before"
        if where == "after" and _site_footer_between(cx, hi, c[0]):
            for i in c:
                cx.set(i, "footer", "prose under the site's footer (its imprint or licence)")
            continue
        for i in c:
            cx.set(
                i,
                "related" if where == "after" else "navigation",
                f"short prose fragment {where} the article, cut off by a list of "
                "headline-like lines",
            )
    # an interview written as dialogue ("— Почему …?" / "— Потому что …"):
    # its last turns are the article's, however short
    dialogue = sum(1 for i in range(lo, hi + 1) if _dialogue_turn(f[i])) >= 2
    # the labels opening the article's lines ("PV:", "ถาม:", "Q:"): an
    # interview's speakers recur, so a last turn under a known speaker is the
    # article's however short ("PV: Xin cảm ơn ông!")
    speakers = Counter(
        lab for i in range(lo, hi + 1) if cx.label[i] is None and (lab := _line_label(f[i].text))
    )
    # a short closing paragraph (a full sentence with function words) still belongs,
    # after captions, spam and lines known to be the article's (an embedded
    # post's signature)
    j = hi + 1
    while j < end and (
        cx.label[j] in ("caption", "spam", "body")
        or (cx.label[j] is None and _closing_sentence(cx, f[j]))
        or (dialogue and cx.label[j] is None and _dialogue_turn(f[j]))
        or (cx.label[j] is None and _labelled_line_goes_on(cx, j, hi, speakers))
    ):
        if cx.label[j] is None:
            hi = j
        j += 1
    for i in range(lo, hi + 1):
        region[i] = True
    return region


def _closing_sentence(cx: _Ctx, g: LineFeatures) -> bool:
    """A short closing paragraph: a full sentence with function words."""
    return (
        g.ends_sentence
        and g.units >= 6
        and (
            g.stopwords >= cx.cfg.sentence_min_stopwords
            # a closing line of names and news words ("EU chief negotiator
            # Margit Lindqvist told reporters the door remained open.")
            or (g.stopwords >= 1 and g.units >= 10)
        )
        and not cx.headline_like(g)
    )


# set-aside lines at most between the article's end and its last paragraph
_CLOSING_SLOT_MAX_LINES = 2


def _closing_paragraph_past_slot(cx: _Ctx, region: list[bool]) -> None:
    """Take in a last paragraph the page sets off from the article by an
    advertising slot's label ("Advertisement", "広告") or by a separator the
    article already uses between its own parts (a live blog's entry time,
    "12:40 p.m." as "3:30 p.m." above): a slot is no end of the article, and
    its last sentence is what events and quotes are read from. Page chrome
    (a related list, a copyright line) is labelled by then and stops it."""
    f, n = cx.f, len(cx.f)
    idx = [i for i in range(n) if region[i]]
    if not idx:
        return
    first, last = idx[0], idx[-1]
    end = n if cx.comments_at is None or cx.comments_at <= last else cx.comments_at
    if last + 1 >= end or cx.label[last + 1] not in ("navigation", "metadata", "footer"):
        return  # the cheap gate: no set-aside line right after the article

    def shape(i: int) -> str:
        return _DIGITS.sub("0", f[i].norm)

    inner = Counter(
        shape(i)
        for i in range(first, last)
        if cx.label[i] in ("navigation", "metadata") and not cx.prose[i] and f[i].norm
    )
    while True:
        j, slots = last + 1, 0
        ads = []
        while (
            j < end
            and slots < _CLOSING_SLOT_MAX_LINES
            and not cx.prose[j]
            and (
                # with no prose under it the slot's label read as a
                # footer's link to the advertising desk
                (_ad_slot_label(f[j]) and cx.label[j] in ("navigation", "footer"))
                or (cx.label[j] in ("navigation", "metadata") and inner[shape(j)] >= 1)
            )
        ):
            if _ad_slot_label(f[j]):
                ads.append(j)
            j, slots = j + 1, slots + 1
        if not (
            slots
            and j < end
            and cx.label[j] is None
            and cx.norm_counts[f[j].norm] == 1
            and _closing_sentence(cx, f[j])
        ):
            return
        for k in ads:
            if cx.label[k] != "navigation":
                cx.set(
                    k, "navigation", "advertising slot's label between two paragraphs", force=True
                )
        region[j] = True
        cx.set(j, "body", "last paragraph after an ad slot or the article's own separator")
        last = j


def _place_and_writer(g: LineFeatures, cfg: CleanSettings) -> str | None:
    """The writer in "Place - Writer" under a headline in a script without
    capitals, as Arabic papers open ("دبي - أحمد العلي", "القاهرة - محمد
    حسن"), or None: a place of one or two words, a dash, two to four words,
    no digits and no sentence. Capitals tell a name in other scripts."""
    t = g.text.strip()
    if g.digits or g.ends_sentence or any(c.isupper() or c.islower() for c in t):
        return None
    parts = _SIGNOFF_DASH_RE.split(t, maxsplit=1)
    if len(parts) != 2 or not 1 <= len(parts[0].split()) <= 2:
        return None
    who = parts[1].strip()
    words = who.split()
    if not 2 <= len(words) <= min(4, cfg.byline_max_words) or not all(w.isalpha() for w in words):
        return None
    return who


# a line's own label before a colon: a speaker ("PV:", "TS. Nguyễn Văn Hậu:",
# "ถาม:", "问："), a fact box's field ("Tore:", "Árbitro:"); at most four words
_LINE_LABEL_RE = re.compile(r"\s*([^\s:：][^:：\n]{0,39}?)\s*[:：]\s*\S")


def _line_label(text: str) -> str | None:
    """The label a line opens with before a colon, casefolded, or None."""
    m = _LINE_LABEL_RE.match(text)
    if m is None or len(m.group(1).split()) > 4 or "http" in m.group(1).lower():
        return None
    return m.group(1).casefold()


def _labelled_line_goes_on(cx: _Ctx, j: int, hi: int, speakers: Counter) -> bool:
    """A labelled line right under the article's last line that carries the
    article on: a turn under a speaker who already spoke twice in it ("PV:
    Xin cảm ơn ông!"), or the next field of a fact box whose previous field
    closes the article ("Aufstellung: …." then "Tore: 1:0 Stoll (31.)."),
    each a full sentence. A share row or a tag line ends on no full stop."""
    g = cx.f[j]
    if not g.ends_sentence or (label := _line_label(g.text)) is None:
        return False
    if speakers[label] >= 2:
        return True
    prev = cx.f[hi]
    return (
        j == hi + 1 and prev.ends_sentence and _line_label(prev.text) is not None and g.units >= 3
    )


def _dialogue_turn(g: LineFeatures) -> bool:
    """A turn of an interview written as dialogue: a dash, then a sentence
    ("— Почему работы начались так поздно?", "— Sí, claro. Lo haremos.");
    a dash before a name alone signs a post instead ("— Karen Holt")."""
    t = g.text.lstrip()
    return t[:1] in "—–―" and t[1:2].isspace() and g.ends_sentence and g.units >= 2


def _joined_names(g: LineFeatures, cfg: CleanSettings) -> int:
    """How many writers' names a line is made of when it is two or more
    names joined by "and" or a comma and nothing else ("Nguyễn Hoài An và
    Trần Thị Bích Ngọc", "Ana Ruiz, Luis Gil y Eva Mora"), else 0. Each
    part must pass as a name alone (the joiner's lowercase word fails the
    whole line's test)."""
    if g.digits or g.ends_sentence or g.chars > 3 * cfg.byline_max_chars:
        return 0
    parts = [p.strip() for p in NAME_JOINERS_RE.split(g.text.strip())]
    if len(parts) < 2 or not all(
        p
        and looks_like_name(
            line_features(0, p, g.lang), cfg.byline_max_words, cfg.byline_max_chars
        )
        for p in parts
    ):
        return 0
    return len(parts)


def _names_in_headline(text: str, headline: str) -> bool:
    """Does the headline name one of the line's joined names?"""
    low = headline.casefold()
    return any(p.strip().casefold() in low for p in NAME_JOINERS_RE.split(text) if p.strip())


def _title_and_bylines(cx: _Ctx, first: int, last: int, region: list[bool]) -> None:
    f, cfg, n = cx.f, cx.cfg, len(cx.f)
    title_i = next((i for i in range(n) if cx.label[i] == "title"), None)
    # name-only bylines: right after the title / before the article, or at the end
    start_zone = range(
        (title_i + 1) if title_i is not None else 0, min(n, max(first, 0) + 1) if first < n else n
    )
    if title_i is not None and first <= title_i:
        # the extractor's main text starts at the headline: the zone runs
        # on past a standfirst to the first paragraph that ends a sentence
        lead = next((j for j in range(title_i + 1, n) if cx.prose[j] and f[j].ends_sentence), n)
        start_zone = range(title_i + 1, lead)
    for i in list(start_zone)[: cfg.byline_window + 1]:
        if (
            cx.label[i] is None
            and looks_like_name(f[i], cfg.byline_max_words, cfg.byline_max_chars)
            and not _summary_heading(f[i])  # "要点" is two Han letters, as a name is
        ):
            cx.set(i, "byline", f"{NAME_ONLY_REASON} at the start of the article")
        elif (
            cx.label[i] is None
            and (k := _joined_names(f[i], cfg))
            # (places the headline names, "Hà Nội và Đà Nẵng", are its subject)
            and (title_i is None or not _names_in_headline(f[i].text, f[title_i].text))
        ):
            cx.set(i, "byline", f"{JOINED_NAMES_REASON} ({k}) at the start of the article")
        elif cx.label[i] is None and (who := _place_and_writer(f[i], cfg)):
            cx.set(i, "byline", f"{PLACE_WRITER_REASON} under the headline ('{who}')")
        elif (
            cx.label[i] is None
            and (who := name_and_place(f[i], cfg.byline_max_words, cfg.byline_max_chars))
            # a name the headline itself names is the story's subject in a
            # breadcrumb ("Real Madrid / Liga"), not its writer
            and (title_i is None or who.casefold() not in f[title_i].text.casefold())
        ):
            cx.set(i, "byline", f"{NAME_AND_PLACE_REASON} under the headline ('{who}')")
    tail = [i for i in range(n - 1, -1, -1) if cx.label[i] is None or cx.label[i] == "body"]
    after_last = [i for i in range(last + 1, n) if cx.label[i] is None][: cfg.byline_window]
    # the article's own last lines, when page chrome follows it
    at_end = [i for i in range(last, first - 1, -1) if cx.label[i] is None][: cfg.byline_window]
    for i in sorted(set(tail[: cfg.byline_window]) | set(after_last) | set(at_end), reverse=True):
        if i < first:
            break
        if cx.label[i] is not None:
            continue
        why = _signoff(f[i], cfg)
        if why is None:
            continue
        if i > last and (form := _company_name(f[i].text)):
            # a company's name signs no article: under it, the publisher's
            # imprint ("Rheinland Medien GmbH", "Editorial … S.L.")
            cx.set(i, "footer", f"a company's name (legal form '{form}'): the publisher's imprint")
            continue
        if i > last:
            # after the article, prose past a set-aside block (share bar,
            # related list, footer) belongs to the page's chrome, not to the
            # name: only the prose right after it counts
            later = []
            for j in range(i + 1, n):
                if cx.label[j] is not None:
                    break
                later.append(j)
            # a short line heading a run of headline-like lines is the list's
            # heading ("热点推荐" looks like a Chinese name)
            run = later[: cfg.link_list_min_run]
            if len(run) == cfg.link_list_min_run and all(cx.headline_like(f[j]) for j in run):
                continue
        else:
            # inside the article, the prose after the name in it; past the
            # article's end only the prose right after it, as above (a
            # readers' comment or a print page's notice is no paragraph the
            # name comes before)
            later = list(range(i + 1, last + 1))
            for j in range(last + 1, n):
                if cx.label[j] is not None:
                    break
                later.append(j)
        if not any(cx.prose[j] and cx.label[j] is None for j in later):
            cx.set(i, "byline", why)
    # datelines: "Washington —", "HANOI (Reuters) -" alone on a line
    import re

    for i in range(n):
        t = f[i].text.strip()
        # (a place, its date and the agency end on a dash as no publish
        # stamp does: "الدمام 12 مارس 2026 (وان) -" was read as one)
        stamp = cx.label[i] == "metadata" and bool(_AGENCY_IN_BRACKETS_RE.search(t))
        if (
            (cx.label[i] is None or stamp)
            and f[i].units <= 6
            and re.search(r"[—–-]{1,2}\s*$", t)
            and not f[i].ends_sentence
        ):
            # "MADRID, 12 mar (EFE).-": the agency's style closes on ".-"
            head = t.rstrip("—–- ").strip()
            if head.endswith((").", ")。")):
                head = head[:-1]
            # a script without capitals opens a place name with any letter
            first = head[:1]
            named = first.isupper() or f[i].unspaced or (first.isalpha() and not first.islower())
            if head and named and not any(c in head for c in ".!?"):
                cx.set(
                    i,
                    "dateline",
                    "place name followed by a dash alone on a line (dateline)",
                    force=stamp,
                )


def _may_share_title_run(lw: list[str], tw: list[str]) -> bool:
    """Exact bounds before difflib: the longest run of words shared by a
    line ``lw`` and the title ``tw`` is at most the shorter list and at most
    the line's words found in the title; False when even those bounds are
    under 4 words or under half of either list (most lines: a paragraph is
    more than twice a title), so the run cannot be long enough."""
    short = min(len(lw), len(tw))
    if short < 4 or 2 * short < max(len(lw), len(tw)):
        return False
    tset = set(tw)
    shared = sum(1 for w in lw if w in tset)
    return not (shared < 4 or 2 * shared < len(lw) or 2 * shared < len(tw))


def _over_byline_or_stamp(cx: _Ctx, i: int) -> bool:
    """Line i does not end a sentence (a question may: "Why do whales
    change their song?" heads an explainer) and the next line with text is
    already a byline or a publish stamp (the place of a headline)."""
    if cx.f[i].ends_sentence and cx.f[i].text.rstrip()[-1:] not in "?？":
        return False
    nxt = next((j for j in range(i + 1, len(cx.f)) if cx.f[j].norm), None)
    return nxt is not None and cx.label[nxt] in ("byline", "metadata")


def _find_title(cx: _Ctx, in_main: Sequence[bool] | None) -> None:
    f, cfg, n, doc = cx.f, cx.cfg, len(cx.f), cx.doc
    if doc.title:
        from .features import normalize_line

        # composed as the lines are (a windows-1258 page's title has
        # combining tone marks, and matched no line: no title was found)
        tn = normalize_line(_composed(doc.title))
        # the line sharing most of the page title: a page title holds the
        # headline and the site's name ("Headline | Site"), and the site's
        # name alone on a line (a masthead) must not win over the headline
        best_i, best_cover = None, 0.0
        # the title's headline part, without the site's or the section's
        # name beside it ("Headline - Site"): a headline the page edited
        # shares a run of words with that part, not with the whole
        parts = _TITLE_PARTS_RE.split(tn)
        tw = max(parts, key=len).split()
        # the title's other parts: the site's or the section's name beside
        # the headline, which a masthead or a menu line repeats
        beside = frozenset(p for p in parts if p and p.split() != tw) if len(parts) > 1 else ()
        # a page title that is the site's name alone (og:title and <title>
        # filled with "Site"): the masthead holds it, the headline does not
        # ... or the name the page's copyright line gives its owner ("Kabar
        # Borneo" over "Copyright © 2025 Kabar Borneo", no og:site_name)
        names_site = (
            bool(doc.sitename) and normalize_line(_composed(doc.sitename)) == tn
        ) or fold_line(_composed(doc.title)).strip() in _copyright_owners(cx)
        for i in range(0 if names_site else n):
            # a headline opening on its kind ("FOTO: …", "组图：…") was read
            # as a photo credit; the page's title still names it
            if not f[i].norm or cx.label[i] not in (None, "navigation", "caption"):
                continue
            if f[i].norm == tn:
                cover = 1.0
            elif f[i].norm in beside:
                # "Site" in "Headline - Site": the masthead, never the
                # headline, however short the line the headline is on
                continue
            elif (
                len(f[i].norm) >= 12
                # Chinese and Japanese headlines say in ten characters what
                # others say in forty ("市区地铁新线年底试运营"); a site's
                # name is two or three words
                or (f[i].unspaced and len(f[i].norm) >= 8 and f[i].units >= 4)
            ) and f[i].norm in tn:
                cover = len(f[i].norm) / len(tn)
            elif len(f[i].norm) >= 12 and tn in f[i].norm and len(f[i].norm) <= 2 * len(tn) + 20:
                # a block holding the title plus much more is a paragraph
                # that starts with it (glued markup)
                cover = len(tn) / len(f[i].norm)
            else:
                # the page title shortened or prefixed the headline ("Press
                # release: Headline" / "Headline cut short | Site" for
                # "Headline in full"): a run of words shared with the title,
                # at least half of the line and of the title
                lw = f[i].norm.split()
                if len(lw) < 4:
                    continue
                if not _may_share_title_run(lw, tw):
                    continue
                from difflib import SequenceMatcher

                run = (
                    SequenceMatcher(None, lw, tw, autojunk=False)
                    .find_longest_match(0, len(lw), 0, len(tw))
                    .size
                )
                if run < 4 or 2 * run < len(lw) or 2 * run < len(tw):
                    continue
                cover = run / max(len(lw), len(tw))
            if cx.label[i] == "caption" and cover < 0.5:
                continue  # a credit naming the site is no headline
            if cover > best_cover:
                best_i, best_cover = i, cover
        if best_i is not None:
            cx.set(best_i, "title", PAGE_TITLE_REASON, force=True)
            return
        if (h1 := _sole_heading(cx)) is not None:
            cx.set(h1, "title", H1_TITLE_REASON, force=True)
            return
        if in_main is not None and len(tn.split()) > 3:
            return
        # the page title is only the site's name ("The Harbour Gazette"),
        # and no line holds it: the headline is found as on a plain page
        in_main = None
    if (h := cx.headline_twice) is not None and cx.label[h] is None:
        cx.set(h, "title", "headline printed twice above the article (page title and headline)")
        return
    best, best_units = None, 0.0
    candidates: list[int] = []
    # rows of bare section names ("Portada Nacional Economía Deportes
    # Cultura"): a headline only where no other line could be one
    menus: list[int] = []
    owners = _copyright_owners(cx)
    for i in range(n):
        g = f[i]
        # a summary box's items above the headline ("要点" and its
        # sentences) are no first paragraph that ends the search
        if cx.label[i] is not None or i in cx.summary_items:
            continue
        if (
            (cx.prose[i] and g.ends_sentence and g.text.rstrip()[-1:] not in "?？!！")
            # a short line not ending a sentence may hold one inside: CJK
            # headlines do ("7999元起！…正式发布：…")
            or (g.inner_sentences and (g.ends_sentence or g.units > cfg.short_line_words * 1.25))
            or (in_main is not None and in_main[i])
            or g.units > 2.5 * cfg.short_line_words
            or (
                best is not None
                and best_units >= 6
                and cx.prose[i]
                and g.units >= 2 * best_units
                # a long headline right over its byline or stamp is no paragraph
                and not _over_byline_or_stamp(cx, i)
            )
        ):
            if best is None and _caption_above_headline(cx, i):
                cx.set(
                    i,
                    "caption",
                    "one sentence above the headline and its stamp or byline (a photo's caption)",
                )
                continue
            break  # the first paragraph: titles come before it
        # scripts without sentence punctuation: a long unpunctuated line is a paragraph
        cap = (1.5 if g.unspaced else 2.5) * cfg.short_line_words
        if g.unspaced and cx.prose[i] and g.units > cap and not g.inner_sentences:
            break  # ... and Thai prose never ends on a full stop: titles come before it
        if _wrapped_from(f, i):
            break  # the next lines go on from this one: a wrapped paragraph starts here
        goes_on = i > 0 and not f[i - 1].ends_sentence and _continues_a_line(g.text)
        if 4 <= g.units <= cap and (form := _company_name(g.text)):
            cx.set(i, "footer", f"a company's name (legal form '{form}'): the publisher's imprint")
            continue
        if 4 <= g.units <= cap and not goes_on and (owner := _site_named(g.text, owners)):
            cx.set(
                i,
                "navigation",
                f"the site's name ('{owner}') and slogan above the article (masthead): "
                "the page's copyright notice names the site",
            )
            continue
        if (
            4 <= g.units <= cap
            and not goes_on
            and (fields := len(_bar_cells(g.text))) >= 3
            # ... but a byline with its stamp ("Por X | Madrid | 22 de abril
            # de 2025, 08:45") is the headline's companion, not a menu
            and not (g.dates and _cue_byline(cfg, g))
        ):
            # three fields between bars or more above the headline: a menu
            # or a widget's figures ("首页 | 政务公开 | 政务服务", "USD 34.12 |
            # EUR 37.05 | …"), no headline
            cx.set(
                i,
                "navigation",
                f"{fields} fields between bars above the article (a menu or a widget)",
            )
            continue
        if 4 <= g.units <= cap and not goes_on and _figure_ticker(g.text):
            cx.set(i, "navigation", "a ticker of figures above the article (an index or rate bar)")
            continue
        if 4 <= g.units <= cap and not goes_on:
            # (a title-case headline of bare nouns, "Tiga Cara Petani Sawit
            # Kecil Naikkan Hasil Panen Tanpa Tambah Lahan", has the shape of
            # a menu too; right over its byline or stamp it is the headline)
            if _section_name_row(g) and not _over_byline_or_stamp(cx, i):
                menus.append(i)
                continue
            candidates.append(i)
            if g.units > best_units:
                best, best_units = i, g.units
    if best is not None:
        for m in menus:
            cx.set(m, "navigation", "a row of section names above the headline (a menu)")
    elif menus:
        # no other line could head the article: the row may be a headline
        # in title case after all ("Wildfire Smoke Closes Schools Statewide")
        best = max(menus, key=lambda m: f[m].units)
        best_units = f[best].units
        candidates = menus
    if best is None and (short := _short_headline_above_stamp(cx, i)) is not None:
        cx.set(short, "title", "short headline right above its stamp or byline")
        return
    if best is not None and not any(cx.prose[j] for j in range(best + 1, n)):
        if (pair := _headline_over_one_line(cx, candidates)) is not None:
            head, line = pair
            cx.set(head, "title", "headline of a page with no paragraph, over its one line of text")
            cx.set(
                line,
                "body",
                "the one line of text under the headline of a page with no paragraph "
                "(a video's or picture's description)",
            )
        return
    if best is None:
        return
    if _embed_teaser(f[best].text) and (
        heads := [c for c in candidates if c < best and not _embed_teaser(f[c].text)]
    ):
        # a video page: the player's description under the headline ("Watch:
        # engineers show how …") is longer than the headline above it
        head = max(heads, key=lambda c: f[c].units)
        cx.set(head, "title", "headline above its player's teaser (the video's description)")
        return
    live = next(
        (c for c in candidates if _embed_teaser(f[c].text) and _live_page_headline(cx, c)), None
    )
    if live is not None:
        # a live page's headline ("EN DIRECTO | Temporal en Valencia") with
        # its stamp under it, the first entry's headline longer below: the
        # page's words are its entries', not the headline's
        cx.set(live, "title", "the live page's own headline (a live label, its stamp under it)")
        for c in candidates:
            if c > live and cx.label[c - 1] == "metadata" and c + 1 < n and cx.prose[c + 1]:
                # the first entry's headline under its time, as later ones
                cx.set(c, "body", "headline of a live page's entry, under its time")
        return
    if (head := _headline_above_the_byline(cx, candidates, best)) != best:
        cx.set(head, "title", "headline above its byline or stamp and the standfirst under it")
        return
    named = _headline_naming_the_article(
        cx, [c for c in candidates if c not in cx.standfirst], best
    )
    if named is not None:
        cx.set(
            named,
            "title",
            "headline-shaped line naming what the article names "
            "(the longer line before it names nothing the article does)",
        )
        return
    cx.set(best, "title", "longest headline-shaped line before the first paragraph")


# a printed page's number alone on its line: "Page 2 of 6", "- 2 -", "Trang
# 2/6", "Página 2 de 6", "第2页 共6页", "หน้า 2 จาก 6" (the page is group 1-4)
_PRINT_PAGE_RE = re.compile(
    r"\s*(?:[-–—]\s*(\d{1,3})\s*[-–—]"
    r"|(?:page|pg\.?|p\.|trang|página|pagina|seite|стр\.?|страница|halaman|หน้า)\s*(\d{1,3})"
    r"(?:\s*(?:of|/|de|sur|von|из|dari|จาก|trên)\s*\d{1,3})?"
    r"|第\s*(\d{1,3})\s*[页頁](?:\s*[，,]?\s*共\s*\d{1,3}\s*[页頁])?"
    r"|(\d{1,3})\s*/\s*\d{1,3})\s*",
    re.IGNORECASE,
)


def _print_page_breaks(cx: _Ctx, norms: Counter) -> set[str]:
    """A text dump of a printed document (minutes, a report, a PDF): page
    numbers counting up between its paragraphs ("Page 2 of 6" … "Page 3 of
    6") are labelled metadata, and so are the lines repeated beside them
    (the running header or footer each page prints). Returns the repeated
    lines' norms: no teaser headlines, and the lines under them no teaser
    snippets. A web page's one pager line ("Page 2 of 6") is left alone."""
    f = cx.f
    marks = []
    for i, g in enumerate(f):
        if g.units <= 6 and (m := _PRINT_PAGE_RE.fullmatch(g.text)):
            marks.append((i, int(next(x for x in m.groups() if x))))
    if len(marks) < 2 or any(b[1] <= a[1] for a, b in itertools.pairwise(marks)):
        return set()
    running: set[str] = set()
    for i, _ in marks:
        cx.set(i, "metadata", "page number of a printed document (its numbers count up)")
        for step in (-1, 1):
            j = _next_text_line(f, i, step)
            if j is not None and norms[f[j].norm] >= 2 and not cx.prose[j]:
                running.add(f[j].norm)
    for j, g in enumerate(f):
        if g.norm in running:
            cx.set(
                j, "metadata", "running header of a printed document (repeated by its page numbers)"
            )
    return running


_HANGUL_WORD_RE = re.compile(r"[\uac00-\ud7a3]{1,4}")
_CAPITALISED_WORD_RE = re.compile(r"[^\W\d_][^\W\d_'’-]*(?:[-'’][^\W\d_]+)*")


def _section_name_row(g: LineFeatures) -> bool:
    """The line is a row of bare section names between single spaces, the
    shape of a menu: six capitalised words or more and no function word
    ("Portada Nacional Internacional Economía Deportes Cultura"; a headline
    in title case has its "of", "to", "in"), or five Korean words or more of
    at most four syllables and no figure ("전체기사 정치 경제 사회 국제 문화")."""
    if g.ends_sentence or g.digits or g.stopwords:
        return False
    words = g.text.split(" ")
    if len(words) >= 5 and all(_HANGUL_WORD_RE.fullmatch(w) for w in words):
        return True
    # (a headline in capitals has no function word to tell it by either:
    # "PELANCARAN PROGRAM BAIK PULIH RUMAH": only title-case rows count)
    return (
        len(words) >= 6
        and not g.all_caps
        and all(
            w[:1].isupper() and len(w) <= 14 and _CAPITALISED_WORD_RE.fullmatch(w) for w in words
        )
    )


_YEARS_RE = re.compile(r"\b(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)?\d\d)?\b")
_OWNER_CUT_RE = re.compile(r"[.|·•,;:]\s|\s[-–—]\s")


def _copyright_owners(cx: _Ctx) -> list[str]:
    """The names the page's copyright notices give its owner, folded:
    "Copyright © 2026 BeritaViral24. All Rights Reserved." names
    "beritaviral24" (the sign, the word and the years aside, up to the
    first full stop, bar or comma)."""
    out = []
    for i, g in enumerate(cx.f):
        if cx.label[i] != "footer" or "©" not in g.text or g.units > 20:
            continue
        low = fold_line(g.text)
        low = _YEARS_RE.sub(" ", low.replace("©", " ").replace("(c)", " "))
        low = re.sub(r"(?<!\w)copyright(?!\w)", " ", low)
        name = _OWNER_CUT_RE.split(" ".join(low.split()) + " ", maxsplit=1)[0].strip(" .")
        for rr in _rights_reserved():
            name = name.split(rr, 1)[0].strip(" .")
        if len(name) >= 3 and any(c.isalpha() for c in name) and len(name.split()) <= 4:
            out.append(name)
    return out


def _site_named(text: str, owners: Sequence[str]) -> str | None:
    """The owner's name when ``text`` opens with it and a separator, then
    more words (the site's slogan: "BeritaViral24 - Portal Berita Terkini dan
    Terpercaya"); None otherwise. A headline about the site names it in a
    sentence, not before a dash."""
    low = fold_line(text).strip()
    for name in owners:
        rest = low[len(name) :]
        if low.startswith(name) and re.match(r"\s*[-–—|:·•]\s", rest):
            return text.strip()[: len(name)]
    return None


def _headline_over_one_line(cx: _Ctx, candidates: Sequence[int]) -> tuple[int, int] | None:
    """A page with no paragraph whose only text is a headline and one line
    under it: a video page ("Floating bridge rides out storm" / the player /
    "Waves four metres high hit the bridge on Thursday night" / its tags).
    The headline is the title and the line its video's or picture's
    description, the page's text, whatever their lengths (the description,
    the longer, was taken for the title and, with no paragraph after it, the
    page had none). Returns (headline, line) when the page's unlabelled lines
    longer than a menu item (or ending a sentence) are exactly these two, the
    first headline-shaped and among the title candidates, the second no
    longer than a caption. A section page listing three headlines has none."""
    f, cfg = cx.f, cx.cfg
    text = [
        j
        for j in range(len(f))
        if cx.label[j] is None
        and (f[j].units > cfg.menu_item_max_words or (f[j].ends_sentence and f[j].units >= 3))
    ]
    if len(text) != 2:
        return None
    head, line = text
    if head not in candidates or not cx.headline_like(f[head]):
        return None
    if f[line].units > 2 * cfg.short_line_words or _menu_items(f[line]):
        return None
    return head, line


# A headline of three words in a language that compounds its nouns ("Neue
# Stadtbibliothek eröffnet", "İzmir metrosu genişliyor"): long enough in
# letters for a headline, short in words for the title search.
_SHORT_HEADLINE_MIN_CHARS = 20


def _short_headline_above_stamp(cx: _Ctx, stop: int) -> int | None:
    """With no headline of four words before the first paragraph (line
    ``stop``), the line of three words and twenty letters or more right above
    the stamp or byline that stands before it (a writer's name alone may
    stand between), using a word of the article: the headline. A menu's
    three items use none of the article's words."""
    f, cfg = cx.f, cx.cfg
    for k in range(min(stop, len(f)) - 1, 0, -1):
        if cx.label[k] in ("metadata", "byline"):
            j = k - 1
            while j >= 0 and (
                cx.label[j] in ("metadata", "byline")
                or (
                    cx.label[j] is None
                    and looks_like_name(f[j], cfg.byline_max_words, cfg.byline_max_chars)
                    and round(f[j].units) < 3
                )
            ):
                j -= 1
            g = f[j] if j >= 0 else None
            if (
                g is not None
                and cx.label[j] is None
                and round(g.units) == 3
                and len(g.text.strip()) >= _SHORT_HEADLINE_MIN_CHARS
                and not g.ends_sentence
                and not _menu_items(g)
            ):
                article = _article_stems(cx, stop)
                if any(len(t) >= 4 and t[:5] in article for t in g.tokens):
                    return j
            return None
    return None


def _article_stems(cx: _Ctx, stop: int) -> set[str]:
    """The first five letters of the words of the paragraphs from line
    ``stop`` on: "metrosu" and "metro", "Zentralpark" and "Zentralparks" are
    one word to a headline. Built only for a line that needs them (it was
    built for every page, whether a candidate headline was found or not)."""
    f = cx.f
    return {t[:5] for j in range(stop, len(f)) if cx.prose[j] for t in f[j].tokens}


def _live_page_headline(cx: _Ctx, i: int) -> bool:
    """Is line ``i``, opening with a live label ("EN DIRECTO | …", "LIVE: …"),
    the live page's own headline? No prose above it, and its stamp or byline
    right under it; a teaser for a live video sits among other text."""
    f = cx.f
    if i + 1 >= len(f) or any(cx.prose[j] for j in range(i)):
        return False
    nxt = f[i + 1]
    return (
        bool(stamp_fields(nxt.text) or nxt.cues_of("published") or nxt.cues_of("byline"))
        and nxt.units <= cx.cfg.short_line_words
    )


def _caption_above_headline(cx: _Ctx, i: int) -> bool:
    """Is line ``i``, a sentence before any headline, a photo's caption above
    the headline? One sentence, then a headline-shaped line, then the
    headline's stamp or byline, then the article's prose: a page that shows
    its lead photo first ("Firefighters work to contain the blaze …" over
    "Wildfire forces 2,000 from homes" and "June 14, 2026")."""
    f, cfg = cx.f, cx.cfg
    if i + 3 >= len(f) or not cx.prose[i] or f[i].inner_sentences:
        return False
    if f[i].units > 2 * cfg.short_line_words or f[i].text.rstrip()[-1:] in "?？!！":
        return False
    h = f[i + 1]
    if cx.label[i + 1] is not None or h.ends_sentence or not 4 <= h.units <= cfg.short_line_words:
        return False
    if cx.label[i + 2] not in ("metadata", "byline"):
        return False
    return any(
        cx.prose[j] and cx.label[j] in (None, "body") for j in range(i + 3, min(i + 6, len(f)))
    )


STANDFIRST_REASON = "standfirst: the summary under the headline, before the first paragraph"
# How the reason of a correction, clarification or editor's note starts
# (kept as body: it states the corrected facts).
CORRECTION_NOTE_REASON = "correction or update note"
PAGE_TITLE_REASON = "matches the page title"
# the separators between a page title's parts ("Headline | Section | Site",
# "标题_频道_站名", "Headline - Site")
_TITLE_PARTS_RE = re.compile(r"\s+[-–—|·:]\s+|\s*[|｜_]\s*")


def _headline_above_the_byline(cx: _Ctx, candidates: Sequence[int], best: int) -> int:
    """The headline and the standfirst under it.

    The headline stands above the byline or the publish stamp, the
    standfirst (the summary, often with no full stop) under it: "Storm
    leaves 40,000 homes without power" / "By Jane Doe | June 14, 2026" /
    "Crews expect most customers to be reconnected by Sunday evening". Being
    the longer, the standfirst was taken for the headline and the headline
    set aside. The longest candidate above the first byline or stamp line
    between the candidates is the headline if it uses the article's words (a
    site's slogan does not); with no byline between them, a headline of six
    words or more right above a longer line right above the first paragraph.
    The candidates after it that use the article's words are marked as
    standfirsts. Returns the headline (``best`` when none is found)."""
    f = cx.f
    if len(candidates) < 2:
        return best
    counts: Counter[str] = Counter()
    for j in range(candidates[0] + 1, len(f)):
        if cx.prose[j] and j not in candidates:
            counts.update(f[j].tokens)

    def shares(c: int) -> bool:
        return _uses_page_words(f[c], counts + Counter(f[c].tokens), set())

    head = None
    stamp = next(
        (
            k
            for k in range(candidates[0] + 1, candidates[-1])
            if cx.label[k] in ("byline", "metadata")
        ),
        None,
    )
    if stamp is not None:
        above = [c for c in candidates if c < stamp]
        head = best if best < stamp else max(above, key=lambda c: f[c].units)
        if not shares(head):
            head = None
    a, b = candidates[-2], candidates[-1]
    if (
        head is None
        and b == a + 1
        and b + 1 < len(f)
        and (
            (cx.prose[b + 1] and f[b + 1].ends_sentence)
            # ... or the byline or stamp under a standfirst that is one
            # sentence ("Bonn · Die Sanierung … soll sechs Monate dauern.")
            or (
                cx.label[b + 1] in ("byline", "metadata")
                and f[b].ends_sentence
                and f[b].text.rstrip()[-1:] in ".。"
            )
            # ... or a standfirst with no full stop, longer than the headline
            # and with function words, over the byline or stamp that opens
            # the article ("Painéis … gerar 95% da energia consumida pela
            # unidade, que atende 900 alunos" / "Por X" / stamp / paragraph)
            or (
                cx.label[b + 1] in ("byline", "metadata")
                and f[b].units > f[a].units
                and f[b].stopwords >= cx.cfg.sentence_min_stopwords
                and _paragraph_after_credits(cx, b + 1)
            )
        )
        and f[a].units >= 6
        and f[b].units >= f[a].units
        and not f[a].ends_sentence
        and shares(a)
    ):
        head = a
    if head is None:
        return best
    cx.standfirst.update(c for c in candidates if c > head and shares(c))
    return head


def _paragraph_after_credits(cx: _Ctx, k: int) -> bool:
    """The line after the byline and stamp lines from ``k`` on is the
    article's first paragraph (prose ending a sentence)."""
    f, n = cx.f, len(cx.f)
    while k < n and (cx.label[k] in ("byline", "metadata", "attribution") or not f[k].norm):
        k += 1
    return k < n and cx.prose[k] and f[k].ends_sentence


H1_TITLE_REASON = "the page's one top-level heading (its page title names no line)"


def _sole_heading(cx: _Ctx) -> int | None:
    """The line that is an HTML page's only <h1>, when that heading is
    headline-shaped and comes before the article's first paragraph."""
    h1 = cx.doc.meta.get("h1") if cx.doc.html else None
    if not h1 or len(h1) != 1:
        return None
    from .features import normalize_line

    want = normalize_line(h1[0])
    for i, g in enumerate(cx.f):
        if cx.prose[i] and g.ends_sentence and g.units > 2.5 * cx.cfg.short_line_words:
            return None  # past the first paragraph
        if g.norm == want and cx.label[i] in (None, "navigation") and g.units >= 3:
            return i
    return None


_CAPITALISED = re.compile(r"(?<![^\W\d_])([A-ZÀ-ÞĀ-Ž][^\W\d_]{2,}|[A-Z]{2,})")
# a capitalised word inside a sentence (not after . ! ? or an opening mark)
_NAME_IN_SENTENCE = re.compile(r"(?<=[^\s.!?¿¡«\"“:])\s+([A-ZÀ-ÞĀ-Ž][^\W\d_]{2,}|[A-Z]{2,})")
_WORD_ONLY = re.compile(r"[^\W\d_]+")


@cache
def _company_forms() -> tuple[str, ...]:
    return _folded("COMPANY_FORMS")


def _company_name(text: str) -> str | None:
    """The legal form ending a line that is a company's name ("El León de El
    Español Publicaciones S.A.", "Northfield Media Ltd", "西河传媒有限公司"),
    or None. In spaced scripts every word of four letters or more is
    capitalised: a headline that ends on a company ("Regulator fines Acme
    Ltd") has lower-case words."""
    low = fold_line(text).rstrip(' )]»"”')
    for form in _company_forms():
        if not low.endswith(form):
            continue
        head = low[: len(low) - len(form)]
        if _UNSPACED_TOKEN.match(form):
            return form if head.strip() else None
        if not head[-1:].isspace() and head[-1:] != ",":
            continue  # inside a word ("Forsas")
        words = _WORD_ONLY.findall(text[: len(head)])
        if len(words) >= 2 and all(w[0].isupper() for w in words if len(w) >= 4):
            return form
    return None


def _capitalised(text: str) -> set[str] | None:
    """A line's capitalised words and acronyms, folded; None for a title-case
    line, whose capitals are every word's, names or not."""
    words = _WORD_ONLY.findall(text)
    if len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.6 * len(words):
        return None
    return {m.group(1).casefold() for m in _CAPITALISED.finditer(text)}


def _article_names(cx: _Ctx, start: int) -> Counter[str]:
    """The names the article's paragraphs from line ``start`` on capitalise
    inside a sentence, with how often they do."""
    names: Counter[str] = Counter()
    for j in range(start, len(cx.f)):
        if cx.prose[j] and cx.label[j] in (None, "body"):
            names.update(m.group(1).casefold() for m in _NAME_IN_SENTENCE.finditer(cx.f[j].text))
            if len(names) > 500:
                break
    return names


def _naming_score(text: str, names: Counter[str]) -> int:
    """How often the article names what the line names: a headline names who
    the article is about, not a name it mentions once."""
    return sum(names[w] for w in (_capitalised(text) or set()) if w in names)


def _late_title(cx: _Ctx, first: int) -> None:
    """Move the title to a headline between it and the article's first line.

    The title is chosen before the article's start is known, among lines
    before the first full paragraph; a widget's sentence ("El tiempo en
    Madrid: ... de máxima.") can end that search on a site slogan. Once the
    article's start is known, a headline-shaped line between the title and
    that start which names the article's subjects three times as often as
    the title does is the headline."""
    f, cfg = cx.f, cx.cfg
    title_i = next((i for i in range(len(f)) if cx.label[i] == "title"), None)
    if title_i is None or title_i >= first or f[title_i].unspaced:
        return
    if _capitalised(f[title_i].text) is None:
        return
    candidates = []
    for j in range(title_i + 1, first):
        g = f[j]
        if (
            cx.label[j] not in (None, "navigation")
            or not 4 <= g.units <= 2.5 * cfg.short_line_words
        ):
            continue
        if (g.ends_sentence and g.text.rstrip()[-1:] in ".。") or _capitalised(g.text) is None:
            continue  # a sentence, or a title-case line whose capitals name nothing
        if not f[j - 1].ends_sentence and _continues_a_line(g.text):
            continue  # the second line of a headline printed on two
        if j in cx.standfirst:
            continue  # the summary under the headline and its byline
        candidates.append(j)
    # the article's names are gathered only for a page with a line to weigh
    # (most have none: the scan of every paragraph was wasted)
    if not candidates:
        return
    names = _article_names(cx, first)
    if not names:
        return
    own = _naming_score(f[title_i].text, names)
    best, best_score = None, 0
    for j in candidates:
        score = _naming_score(f[j].text, names)
        if score > best_score:
            best, best_score = j, score
    if best is not None and best_score >= max(2, 3 * own):
        cx.label[title_i] = "navigation"
        cx.reasons[title_i].insert(
            0, "headline-shaped line above the headline (a slogan or teaser)"
        )
        cx.set(
            best,
            "title",
            "headline-shaped line before the article naming what it is about",
            force=True,
        )


def _headline_naming_the_article(cx: _Ctx, candidates: list[int], longest: int) -> int | None:
    """A shorter headline-shaped line to prefer over the longest one.

    Before a plain-text article sit the headline and, often, longer chrome
    lines: a paywall meter ("This is your last free article this month"), a
    site-wide teaser for another story. The headline names what the article
    names; chrome does not. The article's names are the words its paragraphs
    capitalise inside a sentence. Only when the longest line names none of
    them and another candidate does is that one taken (the one naming most,
    the longer on ties). Unicase scripts (Han, Thai) have no capitals to read
    and keep the longest line."""
    f = cx.f
    if f[longest].unspaced or len(candidates) < 2:
        return None
    names = _article_names(cx, longest + 1)
    longest_names = _capitalised(f[longest].text)
    if longest_names is None:
        return None

    def named(i: int) -> int:
        return _naming_score(f[i].text, names)

    best, best_hits = _best_candidate(f, candidates, named)
    own = named(longest)
    if own:
        # the longest line names the article too: another wins only by far
        return best if best != longest and best_hits >= max(3, 3 * own) else None
    # the article's other words ("Chronologie de la révolte libyenne" over a
    # subscription offer)
    vocab: set[str] = set()
    for j in range(longest + 1, len(f)):
        if cx.prose[j] and cx.label[j] in (None, "body"):
            vocab.update(t for t in f[j].tokens if len(t) >= 5)
            if len(vocab) > 5000:
                break

    def shared(i: int) -> int:
        return len({t for t in f[i].tokens if len(t) >= 5} & vocab)

    if best_hits:
        # a headline with no name in it ("La provincia suma cuatro
        # ambulancias …") under the site's name ("Gobierno de la Provincia
        # de …", whose words the article names): the longest line keeps the
        # title when it shares more of the article's words
        if best is not None and (own_words := shared(longest)) >= 2 and own_words > shared(best):
            return None
        return best
    # no candidate names a name: the article's other words decide the same way
    if shared(longest):
        return None
    best, best_hits = _best_candidate(f, candidates, shared)
    return best if best_hits else None


def _best_candidate(
    f: Sequence[LineFeatures], candidates: list[int], score: Callable[[int], int]
) -> tuple[int | None, int]:
    """The candidate with the highest score, the longer line on ties."""
    best, best_hits = None, 0
    for i in candidates:
        hits = score(i)
        if hits > best_hits or (
            hits == best_hits and best is not None and hits and f[i].units > f[best].units
        ):
            best, best_hits = i, hits
    return best, best_hits


def _in_related_list(cx: _Ctx, j: int) -> bool:
    """Line j is a related-list heading or an item set aside under one."""
    if cx.label[j] != "related" or not cx.reasons[j]:
        return False
    return any(r.startswith(("list heading", "inside a list opened by")) for r in cx.reasons[j])


def _letter_signature(cx: _Ctx, i: int, g: LineFeatures) -> str | None:
    """The writer in "Name, Town" right under a paragraph, as a letters page
    signs each reader's letter ("Martine Rousseau, Saint-Amand-Montrond",
    "Werner Haag, Überlingen"), or None: a name of two words or more, one
    comma, a place of capitalised words (a short particle between them);
    no figure, no sentence."""
    t = g.text.strip()
    if g.digits or g.ends_sentence or t.count(",") != 1 or i == 0:
        return None
    prev = cx.f[i - 1]
    if not (cx.prose[i - 1] and prev.ends_sentence and cx.label[i - 1] in (None, "body")):
        return None
    who, place = (p.strip() for p in t.split(","))
    words = place.split()
    # (a particle may join a town's capitalised words: "Alcalá de Henares")
    if not 1 <= len(words) <= 4 or not all(
        w[:1].isupper() or (0 < k < len(words) - 1 and len(w) <= 3 and w.isalpha())
        for k, w in enumerate(words)
    ):
        return None
    if len(who.split()) < 2 or not looks_like_name(
        line_features(0, who), cx.cfg.byline_max_words, cx.cfg.byline_max_chars
    ):
        return None
    return who


def _short_in_body(
    cx: _Ctx, i: int, g: LineFeatures, first: int, last: int, region: list[bool]
) -> None:
    """A short line inside the article: a subheading if prose follows it."""
    n = len(cx.f)
    nxt = None
    for j in range(i + 1, n):
        if _in_related_list(cx, j):
            # a list heading or its items stand between: what follows them is
            # not this line's section ("Blog name / More on: / <comment notice>")
            break
        if (
            cx.label[j] is None
            or cx.label[j] == "body"
            or cx.prose[j]
            and cx.label[j] not in ("related",)
        ):
            nxt = j
            break
    prev_set_aside = i > 0 and cx.label[i - 1] not in (None, "body", "title")
    next_set_aside = i + 1 < n and cx.label[i + 1] not in (None, "body")
    # text wrapped at a fixed width: the line above, cut at that width
    # (WRAP_MIN_CHARS or more), goes on in this one, or this one goes on in
    # the next (a poem's or a comment's short lines are not cut at a width)
    wrapped = (
        i > 0
        and cx.label[i - 1] in (None, "body")
        and not cx.f[i - 1].ends_sentence
        and len(cx.f[i - 1].text.strip()) >= WRAP_MIN_CHARS
        and _continues_a_line(g.text)
    ) or (
        i + 1 < n
        and cx.label[i + 1] in (None, "body")
        and not g.ends_sentence
        and len(g.text.strip()) >= WRAP_MIN_CHARS
        and _continues_a_line(cx.f[i + 1].text)
        and _continues_a_line(g.text)
    )
    if not cx.headline_like(g) and g.stopwords >= cx.cfg.sentence_min_stopwords:
        cx.set(i, "body", f"sentence inside the article ({_words(g.units)})")
    elif wrapped:
        cx.set(i, "body", f"line of a paragraph wrapped at a fixed width ({_words(g.units)})")
    elif _dialogue_turn(g) and any(
        _dialogue_turn(cx.f[j]) for j in range(max(0, i - 2), min(n, i + 3)) if j != i
    ):
        cx.set(i, "body", f"turn of an interview written as dialogue ({_words(g.units)})")
    elif _summary_heading(g):
        cx.set(i, "body", f"heading of the article's own summary ({_words(g.units)})")
    elif head := _under_summary_heading(cx, i):
        cx.set(i, "body", f"item of the article's own summary under '{head}'")
    elif prev_set_aside and next_set_aside:
        cx.set(i, "navigation", "headline-like line between set-aside blocks")
    elif nxt is not None and cx.prose[nxt] and region[nxt]:
        cx.set(i, "body", f"subheading: short line followed by article prose ({_words(g.units)})")
    elif not cx.headline_like(g):
        cx.set(i, "body", f"sentence inside the article ({_words(g.units)})")
    elif _short_sentence(g) and not any(cx.prose):
        # a brief of short sentences, no paragraph on the page: each is text
        cx.set(i, "body", f"short sentence of a text without paragraphs ({_words(g.units)})")
    elif what := _in_figure_list(cx, i):
        cx.set(i, "body", f"{what} a list of quantities or figures inside the article")
    elif (k := _numbered_in_sequence(cx, i)) is not None:
        cx.set(
            i, "body", f"numbered subheading {k} of a list article (its neighbour numbers run on)"
        )
    elif g.ends_sentence and _known_speaker_turn(cx, i, region):
        cx.set(i, "body", f"interview turn under a speaker met before ({_words(g.units)})")
    elif (head := _colon_list_heading(cx, i, region)) is not None:
        what = "heading" if head == i else "item"
        cx.set(i, "body", f"{what} of a list under a heading ending in a colon, between paragraphs")
    else:
        cx.set(i, "navigation", "short line inside the article not followed by prose")


# how many items a list under a heading with a colon may hold
_COLON_LIST_MAX_ITEMS = 8


def _colon_list_heading(cx: _Ctx, i: int, region: list[bool]) -> int | None:
    """The heading of the list line i heads or is an item of, or None: a
    short line ending in a colon ("Syarat kelayakan:", "You will need:",
    "Hồ sơ gồm:") right under a paragraph of the article, then one to
    eight short lines, then the article's prose again. A related list's or
    a tag line's heading is named by its cue and labelled before."""
    f, n = cx.f, len(cx.f)

    def free(j: int) -> bool:
        return cx.label[j] in (None, "body") and j not in cx.cue_labelled and not cx.prose[j]

    def colon_head(j: int) -> bool:
        t = f[j].text.rstrip()
        return (
            t[-1:] in (":", "：")
            and free(j)
            and f[j].units <= cx.cfg.short_line_words
            and j > 0
            and cx.prose[j - 1]
            and cx.label[j - 1] in (None, "body")
        )

    h = next(
        (j for j in range(i, max(-1, i - _COLON_LIST_MAX_ITEMS - 1), -1) if colon_head(j)), None
    )
    if h is None or any(not free(j) for j in range(h + 1, i + 1)):
        return None
    end = h + 1
    while end < n and end - h <= _COLON_LIST_MAX_ITEMS and free(end) and not colon_head(end):
        if f[end].has_link or f[end].has_domain:
            return None
        end += 1
    if end == h + 1 or end - h > _COLON_LIST_MAX_ITEMS or end >= n:
        return None
    # the article goes on under the list
    return h if cx.prose[end] and region[end] and cx.label[end] in (None, "body") else None


def _known_speaker_turn(cx: _Ctx, i: int, region: list[bool]) -> bool:
    """Line i opens with the label of a speaker who opens two other lines of
    the article ("Q: Thank you." under "Q: …?" turns, "PV: Xin cảm ơn!")."""
    label = _line_label(cx.f[i].text)
    if label is None:
        return False
    if cx.speaker_counts is None:
        cx.speaker_counts = Counter(
            lab
            for j, x in enumerate(cx.f)
            if region[j] and cx.label[j] in (None, "body") and (lab := _line_label(x.text))
        )
    return cx.speaker_counts[label] - 1 >= 2


# A numbered subheading: "6) Niños perdidos", "7. There is an app for that",
# "３．…"; the number and its mark.
_NUMBERED_HEAD_RE = re.compile(r"\s*(\d{1,2})([.)．）])\s+\S")
_NUMBERED_SCAN = 8


def _numbered_in_sequence(cx: _Ctx, i: int) -> int | None:
    """The number of a list article's subheading ("6) Niños perdidos") when
    a line a few lines above or below opens with the number before or after
    it, in the same style: the list's heads run on (a lone "3. …" line is
    no list). None otherwise."""
    m = _NUMBERED_HEAD_RE.match(cx.f[i].text)
    if m is None:
        return None
    k, mark = int(m.group(1)), m.group(2)
    n = len(cx.f)
    for j in (
        *range(i - 1, max(-1, i - _NUMBERED_SCAN), -1),
        *range(i + 1, min(n, i + _NUMBERED_SCAN)),
    ):
        o = _NUMBERED_HEAD_RE.match(cx.f[j].text)
        if o is not None and o.group(2) == mark and int(o.group(1)) == k + (1 if j > i else -1):
            return k
    return None


# A line of a list of quantities: a number (or a fraction) leads it, with
# at most a "." or ")" before the words ("300 g di farina", "2 uova",
# "½ cup sugar", "3) Bake for 40 minutes"). \d is any script's digit.
_QUANTITY_LED_RE = re.compile(r"\s*(?:\d+(?:[.,/]\d+)?|[¼½¾⅓⅔⅛])[.)]?(?:\s|[^\W\d_])")
_NUMBER_TOKEN_RE = re.compile(r"(?<![\w.,])\d+(?:[.,]\d+)?(?![\w])")
# Words at most in a quantity-led item (an ingredient, a short step); a
# numbered list of headlines (a ranking box) runs longer.
FIGURE_ITEM_MAX_WORDS = 6


def _figure_item(g: LineFeatures) -> bool:
    """An item of a list of quantities (short and led by a number) or a row
    of figures (a score or results row: three numbers or more, at least
    two in five of its tokens)."""
    text = g.text.strip()
    tokens = text.split()
    if not tokens:
        return False
    if len(tokens) <= FIGURE_ITEM_MAX_WORDS and _QUANTITY_LED_RE.match(text):
        return True
    numbers = len(_NUMBER_TOKEN_RE.findall(text))
    if numbers >= 3 and 5 * numbers >= 2 * len(tokens):
        return True
    # a table row the reader wrote with tabs: a label, then two figures or
    # more ("Possession\t54%\t46%", "Số cú sút\t14\t9")
    cells = [c.strip() for c in text.split("\t") if c.strip()] if "\t" in text else []
    return len(cells) >= 3 and all(_FIGURE_CELL_RE.fullmatch(c) for c in cells[1:])


def _in_figure_list(cx: _Ctx, i: int) -> str | None:
    """'item of' when line i is one of two or more figure items in a row
    (an ingredient list, a line score), 'heading of' when it stands right
    over two of them ("Ingredients for 4", "Line score"); else None. A
    recipe or a box score inside a story is the story's text; a text
    dump gives its items no markup to tell them apart from chrome."""
    f = cx.f

    def item(j: int | None) -> bool:
        return j is not None and _figure_item(f[j])

    prev, nxt = _next_text_line(f, i, -1), _next_text_line(f, i, 1)
    if item(i):
        return "item of" if item(prev) or item(nxt) else None
    if nxt is not None and item(nxt) and item(_next_text_line(f, nxt, 1)):
        return "heading of"
    return None


def _figures_closing_the_article(cx: _Ctx, i: int, last: int) -> bool:
    """Line i is in a list of figures (a match's statistics, a results
    table: its heading and two rows or more) that starts right after the
    article's last paragraph: the story's own table, closing it, not a box
    of other stories."""
    if not _in_figure_list(cx, i):
        return False
    for j in range(last + 1, i):
        if cx.f[j].norm and not (_in_figure_list(cx, j) and cx.label[j] in (None, "body")):
            return False
    return True


def _after_body(cx: _Ctx, i: int, g: LineFeatures, last: int) -> None:
    f, n = cx.f, len(cx.f)
    if _figures_closing_the_article(cx, i, last):
        cx.set(i, "body", "table of figures right after the article's last paragraph")
        return
    # the run of headline-like lines containing i (runs do not change as
    # lines in them get labelled, so each run is measured once)
    if i in cx.runs:
        j0, j1 = cx.runs[i]
        run = j1 - j0 + 1 if cx.headline_like(g) else 1
        _label_after(cx, i, g, j0, j1, run)
        return
    j0 = i
    while (
        j0 - 1 > last
        and (cx.label[j0 - 1] in (None, "related", "navigation"))
        and cx.headline_like(f[j0 - 1])
    ):
        j0 -= 1
    j1 = i
    while (
        j1 + 1 < n
        and (cx.label[j1 + 1] in (None, "related", "navigation"))
        and cx.headline_like(f[j1 + 1])
    ):
        j1 += 1
    for j in range(j0, j1 + 1):
        cx.runs[j] = (j0, j1)
    run = j1 - j0 + 1 if cx.headline_like(g) else 1
    _label_after(cx, i, g, j0, j1, run)


def _label_after(cx: _Ctx, i: int, g: LineFeatures, j0: int, j1: int, run: int) -> None:
    f, cfg = cx.f, cx.cfg
    if run >= cfg.link_list_min_run:
        avg = sum(f[j].units for j in range(j0, j1 + 1)) / run
        if avg > cfg.menu_item_max_words:
            cx.set(i, "related", f"run of {run} short headline-like lines after the article end")
        else:
            cx.set(i, "navigation", f"run of {run} menu-like lines after the article end")
    elif g.units <= cfg.menu_item_max_words:
        cx.set(i, "navigation", f"short line after the article end ({_words(g.units)})")
    elif cx.headline_like(g):
        cx.set(i, "related", "headline-like line after the article end")
    elif (note := _ranking_note(cx, i)) is not None:
        cx.set(i, "related", f"the ranking list's note ('{note}') beside its headlines")
    else:
        cx.set(i, "footer", "text after the article end")


def _ranking_note(cx: _Ctx, i: int) -> str | None:
    """The note of a ranking box beside its list after the article ("오후
    3시까지 집계한 결과입니다." over or under "1 … 2 … 3 …"): a short line
    holding a word of the note table, the line above it a related headline
    or the line under it the first of a run of headline-like lines. It was
    set aside as text closing the page (footer)."""
    f, cfg, n = cx.f, cx.cfg, len(cx.f)
    g = f[i]
    if g.units > cfg.short_line_words or not g.norm:
        return None
    low = fold_line(g.text)
    note = next((w for w in _folded("RANKING_NOTES") if w in low), None)
    if note is None or (note.isascii() and not re.search(rf"(?<!\w){re.escape(note)}(?!\w)", low)):
        return None
    prev = next((j for j in range(i - 1, -1, -1) if f[j].norm), None)
    nxt = next((j for j in range(i + 1, n) if f[j].norm), None)
    if prev is not None and cx.label[prev] == "related":
        return note
    if nxt is not None and cx.label[nxt] in (None, "related") and cx.headline_like(f[nxt]):
        j1 = nxt
        while j1 + 1 < n and cx.label[j1 + 1] in (None, "related") and cx.headline_like(f[j1 + 1]):
            j1 += 1
        if j1 - nxt + 1 >= cfg.link_list_min_run:
            return note
    return None


def _note_word(g: LineFeatures) -> str | None:
    """The ranking note's word the line holds (whole words in spaced scripts)."""
    low = fold_line(g.text)
    for w in _folded("RANKING_NOTES"):
        if w in low and (not w.isascii() or re.search(rf"(?<!\w){re.escape(w)}(?!\w)", low)):
            return w
    return None


_RANK_ITEM_RE = re.compile(r"\s*(\d{1,2})(?:[.)]\s*|\s+)\S")


def _ranking_note_over_list(cx: _Ctx) -> None:
    """The ranking box's note right under the article's last paragraph and
    over its numbered list ("Rankings are based on page-view data as of 3
    p.m." over "1 …", "2 …", "3 …") is the list's: a sentence of function
    words there was read as the article's closing sentence, and the list's
    longer headlines under it as more of the article. The list numbers its
    items from one (a ranking), ends no item on a full stop, and is the last
    of the article or set aside already; a closing sentence over an
    unnumbered teaser list stays the article's."""
    f, cfg, n = cx.f, cx.cfg, len(cx.f)
    body = [i for i in range(n) if cx.label[i] == "body"]
    # the note: the last body line, or the last before a run of numbered
    # items that closes the article
    for k in reversed(body[-12:]):
        # a paragraph of prose closing the article may explain its own
        # ranking ("The rankings are based on a survey of 2,000 parents
        # ..."); the note is a line short of one
        if cx.prose[k] or f[k].units > cfg.short_line_words or (note := _note_word(f[k])) is None:
            continue
        # it closes the article: prose of the article stands before it
        if not any(cx.label[j] == "body" and cx.prose[j] for j in range(k)):
            return
        items = [j for j in range(k + 1, n) if f[j].norm]
        run: list[int] = []
        for j in items:
            m = _RANK_ITEM_RE.match(f[j].text)
            if m is None or m.group(1) != str(len(run) + 1):
                break
            run.append(j)
        if len(run) < cfg.link_list_min_run:
            return
        if any(f[j].text.rstrip()[-1:] in ".。" for j in run):
            return  # numbered paragraphs: the article's own list
        rest = items[len(run) :]
        if any(cx.label[j] == "body" for j in rest) or any(
            cx.label[j] not in ("body", "related", "navigation") for j in run
        ):
            return  # the article goes on under the list, or it is no list
        cx.set(
            k,
            "related",
            f"the ranking list's note ('{note}') over its numbered headlines",
            force=True,
        )
        for j in run:
            if cx.label[j] == "body":
                why = f"numbered headline of the ranking under its note ('{note}')"
                cx.set(j, "related", why, force=True)
        return


def _composed(t: str) -> str:
    return unicodedata.normalize("NFC", t) if needs_composing(t) else t


def classify_document(
    doc: Document,
    cfg: CleanSettings | None = None,
    in_main: Sequence[bool] | None = None,
    frequent_lines: Collection[str] | None = None,
) -> Document:
    """Label ``doc.blocks`` in place (segment first). Returns ``doc``."""
    cfg = cfg or CleanSettings()
    blocks: list[Block] = doc.blocks
    # composed: a line written with combining tone marks (windows-1258,
    # "Unicode tổ hợp") is read as the cue tables spell it; labels go by index
    texts = [_composed(doc.text[b.start : b.end]) for b in blocks]
    feats = [line_features(i, t, b.lang) for i, (t, b) in enumerate(zip(texts, blocks))]
    hashes = None
    if frequent_lines:
        from .features import line_hash

        hashes = [line_hash(t) for t in texts]
    out = classify_features(
        doc, feats, cfg, in_main=in_main, frequent_lines=frequent_lines, line_hashes=hashes
    )
    for b, (label, reasons) in zip(blocks, out):
        b.label = label
        # keep reasons from earlier stages (e.g. segmentation limits), add ours
        keep = [r for r in b.reasons if r.startswith("remainder of the document")]
        b.reasons = keep + (reasons or ["no rule applied: kept as body"])
    return doc
