"""The flag rules: each looks at one document and returns Flags with reasons.

Every rule is general: it reads per-language cue tables
(:mod:`newsline.flags.cues`, :mod:`newsline.clean.cues` when present),
CLDR data and the document's own structure, never a site's name or a seed's
literal text. Each Flag points at the span concerned and says why in words a
reader understands; scores and evidence go in ``Flag.data``.

Rules must never modify blocks or text, and never raise for odd input (the
stage isolates each rule anyway).
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import math
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from ..contacts import MESSENGERS, find_contact, written_out
from ..dates.engine import ERA_KINDS, GLOSSED_DAY_TOLERANCE_DAYS, GLOSSED_DEICTIC_SHIFT
from ..days import days_between
from ..langid import scripts as S
from ..langid.vietnamese import fold, is_vi_syllable
from ..model import Document, Flag
from ..settings import FlagSettings
from ..trie import literal_automaton
from ..unionfind import UnionFind
from ..wordseg import chinese_character_spellings, fold_traditional, thai_dictionary, thai_words
from . import cues as C
from .anchors import UNSPACED, topic_overlap
from .unmask import may_be_masked, unmasked, unmixed

# Labels whose blocks are page chrome rather than the article's text.
CHROME_LABELS = frozenset(
    {"navigation", "related", "footer", "metadata", "byline", "dateline", "caption", "attribution"}
)

# Languages whose cue phrases are looked for inside words, not as whole
# words: unspaced scripts, and Korean, which writes its particles and verb
# endings onto the word ("토토사이트", "카지노에서", "개통됐다").
INSIDE_WORDS = UNSPACED | frozenset({"ko"})


@dataclass
class Unit:
    """A block (or a line when the document has no blocks)."""

    start: int
    end: int
    label: str | None
    lang: str | None
    reasons: list[str]
    text: str


def units_of(doc: Document) -> list[Unit]:
    if doc.blocks:
        return [
            Unit(b.start, b.end, b.label, b.lang, list(b.reasons), doc.text[b.start : b.end])
            for b in doc.blocks
        ]
    out, pos = [], 0
    for line in doc.text.splitlines(keepends=True):
        if line.strip():
            a = pos + len(line) - len(line.lstrip())
            z = pos + len(line.rstrip())
            out.append(Unit(a, z, None, doc.lang, [], doc.text[a:z]))
        pos += len(line)
    return out


def letters(text: str) -> int:
    return S.letters_of(text)


_WORD = re.compile(r"[^\W\d_]+")


def words(text: str) -> list[str]:
    return _WORD.findall(text)


def _short(u: Unit, st: FlagSettings, scale: float = 1.0) -> bool:
    unspaced = (u.lang or "") in UNSPACED or S.script_of_lang(u.lang or "en") != S.LATIN
    if unspaced and u.text.count(" ") < 2:
        return len(u.text.strip()) <= st.spam_line_max_chars * scale
    if unspaced and len(u.text.strip()) <= st.spam_line_max_chars * scale:
        # (a Thai line spaced between phrases: its letters, not its marks, count)
        return True
    limit = st.spam_line_max_words * scale
    return 0 < _word_count(u.text, limit) <= limit


def _word_count(text: str, limit: float) -> int:
    """``len(words(text))``, counted only until it passes ``limit`` (a long
    paragraph is not short, whatever its exact count)."""
    n = 0
    for _ in _WORD.finditer(text):
        n += 1
        if n > limit:
            break
    return n


@lru_cache(maxsize=64)
def _phrase_gate(
    phrases: tuple[str, ...], unspaced: bool
) -> tuple[frozenset[str], tuple[str, ...]]:
    """What a text must hold for ``_contains`` to find any of ``phrases``:
    the first word of a phrase matched on word boundaries (it is then a
    whole word of the text), or a phrase matched as a plain substring."""
    first: set[str] = set()
    plain: list[str] = []
    for p in phrases:
        if not p:
            continue
        if unspaced or not p[:1].isalnum():
            plain.append(_lead(p))
        else:
            first.add(_TOKEN.match(p).group())
    return frozenset(first), tuple(plain)


_TOKEN = re.compile(r"\w+")


def _may_contain_any(
    text: str, phrases: tuple[str, ...], unspaced: bool, plurals: bool = False
) -> bool:
    """Whether ``text`` holds a plain entry of the gate (_phrase_gate, or
    _plural_gate with ``plurals``) or one of its first words as a whole word
    (a token of _TOKEN): one automaton pass each, not a substring search per
    entry and the text's word set."""
    always, plain, first = _gate_automata(phrases, unspaced, plurals)
    if always:
        return True
    if plain is not None:
        for _ in plain.iter(text):
            return True
    if first is not None:
        n = len(text)
        for end, length in first.iter(text):
            # a first word is word characters only: found with no word
            # character on either side, it is a whole token of the text
            # (\w is str.isalnum() or "_")
            i = end + 1 - length
            if (i == 0 or not _word_char(text[i - 1])) and (
                end + 1 == n or not _word_char(text[end + 1])
            ):
                return True
    return False


def _word_char(c: str) -> bool:
    return c.isalnum() or c == "_"


@lru_cache(maxsize=64)
def _gate_automata(phrases: tuple[str, ...], unspaced: bool, plurals: bool) -> tuple:
    """(a plain entry is empty, so every text holds it; an automaton of the
    plain entries; one of the first words, each with its length) of a
    table's gate; None for no entry."""
    first, plain = (_plural_gate if plurals else _phrase_gate)(phrases, unspaced)
    return (
        "" in plain,
        literal_automaton(dict.fromkeys([p for p in plain if p], 0), ints=True),
        literal_automaton({w: len(w) for w in first}, ints=True),
    )


@lru_cache(maxsize=16)
def _tokens(text: str) -> frozenset[str]:
    """The words of a text, kept for the few rules that gate the same
    paragraph on different tables (advert lines, advert sentences)."""
    return frozenset(_TOKEN.findall(text))


@lru_cache(maxsize=64)
def _plural_gate(
    phrases: tuple[str, ...], unspaced: bool
) -> tuple[frozenset[str], tuple[str, ...]]:
    """_phrase_gate, its first words also in the plural: "casinos" may be a
    phrase's "casino". A text's word is one of them when dropping a final
    's', then an 'es' (from the word or from what is left) gives a first
    word; those words are exactly first + 's', 'es' or 'ess': the set is
    made once, not the trimmed words of every text."""
    first, plain = _phrase_gate(phrases, unspaced)
    return first | {f + end for f in first for end in ("s", "es", "ess")}, plain


@lru_cache(maxsize=4096)
def _plural_tolerant(phrase: str):
    """The search for a spaced-script phrase whose words may each take a
    plural 's' or 'es' ("casinos online", "bonos de bienvenida" for "casino
    online", "bono de bienvenida")."""
    parts = [re.escape(w) + "(?:e?s)?" for w in phrase.split()]
    return re.compile(r"(?<!\w)" + r"\s+".join(parts) + r"(?!\w)").search


@lru_cache(maxsize=64)
def _gated_phrases(
    phrases: tuple[str, ...], unspaced: bool
) -> tuple[tuple[str, frozenset[str] | None, str], ...]:
    """(phrase, its first word in the singular and the plural forms
    _plural_gate reads, or None for a phrase matched as a plain substring,
    its lead) of a table: what a text must hold for _contains_or_plural to
    find each phrase."""
    out = []
    for p in phrases:
        if not p:
            continue
        if unspaced or not p[:1].isalnum():
            out.append((p, None, _lead(p)))
        else:
            f = _TOKEN.match(p).group()
            out.append((p, frozenset({f, f + "s", f + "es", f + "ess"}), _lead(p)))
    return tuple(out)


# A table's phrases indexed by their gates: each first-word form with the
# places in the table of the phrases it opens, and (place, lead) of the
# phrases matched as plain substrings.
_GateIndex = tuple[dict[str, tuple[int, ...]], tuple[tuple[int, str], ...]]


def _gate_index(gates: Iterable[tuple[Iterable[str] | None, str]]) -> _GateIndex:
    """The index of a table whose phrases have ``gates``, in its order: each
    one's first-word forms (None for a plain substring) and lead."""
    by_form: dict[str, list[int]] = {}
    plain = []
    for k, (forms, lead) in enumerate(gates):
        if forms is None:
            plain.append((k, lead))
            continue
        for f in forms:
            by_form.setdefault(f, []).append(k)
    return {f: tuple(ks) for f, ks in by_form.items()}, tuple(plain)


def _gate_places(text: str, toks: frozenset[str], index: _GateIndex) -> list[int]:
    """The places, in table order, of the phrases whose gate ``text`` passes:
    a first word among its tokens ``toks``, or a plain lead in it. The words
    of a paragraph look up their phrases, so a table's phrases are not each
    tested against the paragraph."""
    by_form, plain = index
    places = {k for t in toks if (ks := by_form.get(t)) for k in ks}
    places.update(k for k, lead in plain if lead in text)
    return sorted(places)


@lru_cache(maxsize=64)
def _gated_index(phrases: tuple[str, ...], unspaced: bool) -> _GateIndex:
    """_gated_phrases indexed (_gate_index)."""
    return _gate_index((forms, lead) for _, forms, lead in _gated_phrases(phrases, unspaced))


def _gated_candidates(
    text: str, toks: frozenset[str], phrases: tuple[str, ...], unspaced: bool
) -> list[str]:
    """The phrases of a table (in its order) whose gate ``text`` passes: a
    first word (or its plural) among its tokens ``toks``, or a plain lead in
    it (_gate_places)."""
    table = _gated_phrases(phrases, unspaced)
    return [table[k][0] for k in _gate_places(text, toks, _gated_index(phrases, unspaced))]


def _contains_or_plural(text: str, phrase: str, lang: str | None) -> bool:
    if _contains(text, phrase, lang):
        return True
    if lang in INSIDE_WORDS or not phrase[:1].isalnum() or phrase[:3] not in text:
        return False
    return _plural_tolerant(phrase)(text) is not None


def _contains(text: str, phrase: str, lang: str | None) -> bool:
    if not phrase:
        return False
    if lang in INSIDE_WORDS or not phrase[:1].isalnum():
        if phrase in text:
            return True
    elif phrase in text:
        # the whole-word search only where the phrase is there at all (most
        # phrases of a table are not): same answer, no regex per phrase and text
        return _whole_word(phrase)(text) is not None
    # a phrase with a gap is never in a text as written
    return GAP in phrase and _gapped_span(text, phrase, lang) is not None


# A cue phrase with a gap: its parts in order, a few words (or, in unspaced
# scripts, characters) between them in one clause -- sellers put words
# inside a trade's phrase ("代开各类正规发票" for 代开…发票, "instant cash
# loans" for instant…loan).
GAP = "…"
GAP_MAX_WORDS = 3
GAP_MAX_CHARS = 8


def _lead(phrase: str) -> str:
    """The part of a phrase before its gap (the whole phrase if it has none):
    what a text must hold for the phrase to be there."""
    return phrase.split(GAP, 1)[0]


@lru_cache(maxsize=1024)
def _gapped(phrase: str, inside: bool):
    """The search for a phrase with gaps. Spaced scripts: whole words, each
    part's words maybe plural ("préstamos personales sin aval" for
    préstamo…sin aval), up to GAP_MAX_WORDS words between. Unspaced: up to
    GAP_MAX_CHARS characters between, none of them punctuation or space."""
    parts = [q.strip() for q in phrase.split(GAP)]
    if inside:
        between = rf"[^\s,.;:!?，。、；：！？「」“”()（）]{{0,{GAP_MAX_CHARS}}}"
        return re.compile(between.join(re.escape(q) for q in parts)).search
    words_ = [r"\s+".join(re.escape(w) + r"(?:e?s)?" for w in q.split()) for q in parts]
    # a word between may be hyphenated ("discreet next-day delivery"), a
    # number ("perca até 8 quilos", "perdez 10 kilos") or a code made of a
    # number and letters ("справка 086у купить", "5g")
    between = (
        rf"(?:\s+(?:[^\W\d_]+(?:-[^\W\d_]+)*|\d+(?:[.,]\d+)?[^\W\d_]*)){{0,{GAP_MAX_WORDS}}}\s+"
    )
    return re.compile(r"(?<!\w)" + between.join(words_) + r"(?!\w)").search


def _gapped_span(text: str, phrase: str, lang: str | None) -> tuple[int, int] | None:
    inside = lang in INSIDE_WORDS or not phrase[:1].isalnum()
    m = _gapped(phrase, inside)(text) if _lead(phrase) in text else None
    return m.span() if m else None


def _plain_span(text: str, phrase: str, lang: str | None) -> tuple[int, int] | None:
    if lang in INSIDE_WORDS or not phrase[:1].isalnum():
        i = text.find(phrase)
        return (i, i + len(phrase)) if i >= 0 else None
    m = _whole_word(phrase)(text) if phrase in text else None
    if m is None and phrase[:3] in text:
        m = _plural_tolerant(phrase)(text)
    return m.span() if m else None


def _without_gapped_twins(text: str, found: list[tuple[str, str | None]]) -> list[str]:
    """The phrases of ``found`` (phrase, language), less a gapped one whose
    match overlaps another phrase's: "payday loans" and payday…loan, or
    "sem consulta ao spc" and empréstimo…sem consulta, are one trade word,
    not the two an advert needs."""
    if not any(GAP in p for p, _ in found):
        return [p for p, _ in found]
    plain = [sp for p, lg in found if GAP not in p and (sp := _plain_span(text, p, lg))]
    out = []
    for p, lg in found:
        if GAP in p:
            sp = _gapped_span(text, p, lg)
            if sp and any(a < sp[1] and sp[0] < z for a, z in plain):
                continue
        out.append(p)
    return out


@lru_cache(maxsize=8192)
def _whole_word(phrase: str):
    """The search for ``phrase`` as whole words (compiled once: the tables
    hold more phrases than re's own cache keeps)."""
    return re.compile(r"(?<!\w)" + re.escape(phrase) + r"(?!\w)").search


@lru_cache(maxsize=1)
def _clean_cues() -> dict:
    try:  # the block classifier's tables, when that package is installed
        from ..clean.cues import CUES

        return CUES
    except Exception:  # noqa: BLE001
        return {}


def cue_phrases(category: str, langs: list[str | None]) -> tuple[tuple[str, str], ...]:
    """(phrase, language) pairs of one clean-cue category for the given languages."""
    return _cue_phrases(category, tuple(langs))


@lru_cache(maxsize=256)
def _cue_phrases(category: str, langs: tuple[str | None, ...]) -> tuple[tuple[str, str], ...]:
    # the tables are fixed: lower-cased once per category and languages, not
    # once per page (and per paragraph, for the advert rule)
    cues = _clean_cues()
    out = []
    for lg in dict.fromkeys([*langs, "en"]):
        if lg and lg in cues:
            out += [(p.lower(), lg) for p in cues[lg].get(category, [])]
    return tuple(out)


# --- spam ------------------------------------------------------------------


def spam_flags(doc: Document, units: list[Unit], st: FlagSettings) -> list[Flag]:
    # adverts written to dodge word filters ("0nline c4sino", Cyrillic "а" in
    # "Préstаmos", "c a s i n o") are read as the words they spell; the
    # unmasked text keeps every offset, so the flags point at what is written
    masked = set()
    if may_be_masked(doc.text):
        masked = {i for i, u in enumerate(units) if unmasked(u.text) != u.text}
    if masked:
        units = [
            replace(u, text=unmasked(u.text)) if i in masked else u for i, u in enumerate(units)
        ]
    flags = _spam_flags(doc, units, st)
    for f in flags:
        if any(units[i].start <= (f.start or -1) < units[i].end for i in masked):
            f.data["disguised"] = True
            f.reason += " Its words are written in disguise (look-alike letters of another alphabet, digits for letters or letters spaced apart)."
    return flags


def _spam_flags(doc: Document, units: list[Unit], st: FlagSettings) -> list[Flag]:
    flags: list[Flag] = []
    line_counts = Counter(u.text.strip().lower() for u in units)
    spam_words = cue_phrases("spam", [doc.lang])
    # page gates, nearly no page passing: a coin's name, then a wallet's
    # address; a word for earning at home
    at_home, coins = _pitch_page(_lower_page(doc.text))
    wallets = coins and _WALLET.search(doc.text) is not None

    # The article's own paragraphs: a spam word they use is the page's topic
    # (a report on casino licensing, betting law), not an injection. Read
    # only for a line with a spam or trade word (most pages have none).
    @lru_cache(maxsize=1)
    def prose() -> list[tuple[int, str]]:
        return [
            (i, u.text.lower())
            for i, u in enumerate(units)
            if u.label not in CHROME_LABELS
            and u.label not in ("title", "spam")
            and not _short(u, st)
            and letters(u.text) >= 80
        ]

    for i, u in enumerate(units):
        if u.label == "spam":
            why = "; ".join(u.reasons) or "the block classifier labelled it spam"
            # its spam words, so that the farm rule counts it like a line found here
            low = u.text.lower()
            hits = [p for p, lg in spam_words if _contains(low, p, lg)]
            flags.append(
                Flag(
                    "spam",
                    f"Line set aside as spam: {why}.",
                    u.start,
                    u.end,
                    {
                        "source": "clean",
                        "repeats": line_counts[u.text.strip().lower()],
                        "keywords": hits,
                    },
                )
            )
            continue
        if (deal := _deals_box(units, i, doc.lang, prose)) is not None:
            reason = (
                f"Block giving prices with a shop's link words or an affiliate note "
                f"({', '.join(deal[:3])}) inside the article: an affiliate deals box, an advert."
            )
            flags.append(_spam_line_flag(u, reason, line_counts, keywords=deal, affiliate=True))
            continue
        # A paragraph of the article's own (no chrome, not a short line) that
        # holds any trade word of the page's tables (most hold none): the two
        # paragraph readings below need both, and skip it otherwise.
        may_sell = (
            u.label not in CHROME_LABELS
            and u.label not in ("title", "spam")
            and not _short(u, st, 2.0)
            and _may_contain_any(
                u.text.lower(),
                _advert_phrases(u.lang, doc.lang),
                (u.lang or doc.lang) in INSIDE_WORDS,
                plurals=True,
            )
        )
        if may_sell and (inner := _solicitation_inside(units, i, doc.lang, prose)):
            a, z, hits, contact = inner
            reason = (
                f"Sentence selling something ({', '.join(hits[:3])}) with a way to reach the "
                f"seller ('{contact}') inside a paragraph that is about something else: an "
                "injected advert."
            )
            flags.append(
                Flag(
                    "spam",
                    reason,
                    a,
                    z,
                    {"keywords": hits, "contact": contact, "repeats": 1, "source": "flags"},
                )
            )
            continue
        sold = _solicitation(u, doc.lang, prose, i)
        if sold is None and may_sell and (advert := _advert_paragraph(units, i, doc.lang, st)):
            reason = (
                f"Paragraph advertising {', '.join(advert[:3])} inside the article, though "
                "neither its headline nor its other paragraphs are about such things: an "
                "injected advert."
            )
            flags.append(_spam_line_flag(u, reason, line_counts, keywords=advert, paragraph=True))
            continue
        if sold is not None:
            hits, contact = sold
            reason = (
                f"Short line selling something ({', '.join(hits[:3])}) with a way to reach "
                f"the seller ('{contact}') inside the page: an injected advert."
            )
            flags.append(_spam_line_flag(u, reason, line_counts, keywords=hits, contact=contact))
            continue
        if (shaped := _advert_shape(u, doc.lang)) is not None:
            hits, contact = shaped
            reason = (
                f"Short line shaped as an advert: an offer and a push to act now "
                f"({', '.join(hits)}) with a way to reach the seller ('{contact}'), inside "
                "the page: an injected advert."
            )
            flags.append(
                _spam_line_flag(
                    u, reason, line_counts, keywords=hits, contact=contact, advert_shape=True
                )
            )
            continue
        if at_home and (pitch := _home_income_pitch(u, doc.lang, prose, i)) is not None:
            reason = (
                f"Short line promising money earned at home ({', '.join(pitch[:3])}) and "
                "pointing away from the page: a work-from-home advert."
            )
            flags.append(_spam_line_flag(u, reason, line_counts, keywords=pitch))
            continue
        if wallets and (coin := _wallet_appeal(u, units, i)) is not None:
            reason = (
                f"Short line asking for money to a cryptocurrency wallet ('{coin[:12]}…') on a "
                "page whose text is not about cryptocurrency: a fake appeal or an advert."
            )
            flags.append(_spam_line_flag(u, reason, line_counts, keywords=[coin]))
            continue
        if "%" in u.text and (shop := _shop_call(units, i, doc.lang, prose)) is not None:
            reason = (
                f"Short line calling to buy ({', '.join(shop[:2])}) at a percentage off, on a "
                "page whose headline and paragraphs are about something else: an affiliate "
                "advert."
            )
            flags.append(_spam_line_flag(u, reason, line_counts, keywords=shop, affiliate=True))
            continue
        if (
            u.label not in CHROME_LABELS
            and u.label != "title"
            and (core := _search_phrase_list(u, st, doc.lang)) is not None
            and not any(_contains(u.text.lower(), p, lg) for p, lg in spam_words)
        ):
            n_items, shared = core
            flags.append(
                _spam_line_flag(
                    u,
                    f"A block that is a list of {n_items} search phrases, nearly each built on "
                    f"'{' '.join(shared[:3])}', inside the article: an injected keyword-stuffed "
                    "SEO block.",
                    line_counts,
                    stuffed=shared,
                    source="flags",
                )
            )
            continue
        if (
            u.label not in CHROME_LABELS
            and u.label != "title"
            and (stuffing := _phrase_stuffing(u, doc.lang)) is not None
        ):
            how, (phrase, n) = stuffing
            flags.append(
                _spam_line_flag(
                    u,
                    f"A paragraph {how}, '{phrase}' {n} times in it, inside the article: an "
                    "injected keyword-stuffed SEO block.",
                    line_counts,
                    stuffed=phrase.split(),
                    source="flags",
                )
            )
            continue
        # A line with spam words may be twice as long as a bare keyword line
        # (an advert: "Payday loans same day no credit check"), as in the cleaner.
        if u.label in CHROME_LABELS or u.label == "title" or not _short(u, st, 2.0):
            continue
        low = u.text.lower()
        # a word in quotation marks is a term the line is about ('Un Démocrate
        # coupable de «revenge porn» élu'), not one it sells with
        said = _quotes_blanked(low)
        hits = [
            p
            for p, lg in spam_words
            if _contains(said, p, lg)
            and not any(_contains(t, p, lg) for k, t in prose() if t != low and k != i)
        ]
        ws = words(u.text)
        cased = [c for c in u.text if c.isalpha() and c.lower() != c.upper()]
        caps = (
            len(cased) >= st.spam_caps_min_letters
            and all(c.isupper() for c in cased)
            and not (len(ws) == 1 and len(ws[0]) <= 5)  # a lone acronym (NATO, FIFA)
        )
        if not hits and not (caps and _short(u, st)):
            continue
        lo, hi = max(0, i - st.spam_context_blocks), min(len(units), i + st.spam_context_blocks + 1)
        context = [v for v in units[lo:hi] if v is not u]
        prose_before = any(letters(v.text) >= 80 for v in units[lo:i])
        prose_after = any(letters(v.text) >= 80 for v in units[i + 1 : hi])
        same = u.text.strip().lower()
        ctx_words = {
            w.lower()
            for v in context
            if v.text.strip().lower() != same
            for w in words(v.text)
            if len(w) >= 2
        }
        shared = sorted({w.lower() for w in ws if len(w) >= 2} & ctx_words)
        if hits:
            reason = f"Short line with spam keywords ({', '.join(hits[:3])}) inside the page."
        elif prose_before and prose_after and not shared and line_counts[same] > 1:
            # Once, such a line may be a sub-heading; injected lines come back.
            reason = (
                "Short all-capitals line between paragraphs of prose, sharing no word "
                "with the text around it: an injected keyword line."
            )
        else:
            continue
        flags.append(_spam_line_flag(u, reason, line_counts, keywords=hits, all_caps=caps))
    flags = _spam_link_runs(units, flags, doc.lang, prose)
    flags = _spam_link_rows(units, flags, doc.lang, prose)
    return _trade_keyword_blocks(units, flags, doc.lang, prose)


# A block of bare trade keywords the cleaner read as chrome: this many
# different trades at least (nested ones, "casino" in "online casino", once),
# in a block no longer than this.
KEYWORD_BLOCK_MIN_TRADES = 4
KEYWORD_BLOCK_MAX_CHARS = 400
_SENTENCE_MARK = re.compile(r"[.!?。！？]")


def _holds_article_text(units: list[Unit]) -> bool:
    """Whether any of ``units`` is the article's own text (not chrome, the
    headline or spam)."""
    return any(v.label not in CHROME_LABELS and v.label not in ("title", "spam") for v in units)


def _trade_keyword_blocks(
    units: list[Unit],
    flags: list[Flag],
    lang: str | None,
    prose: Callable[[], list[tuple[int, str]]],
) -> list[Flag]:
    """``flags`` with one spam flag more per block the cleaner set aside as
    navigation, a footer or related links that sits between the article's
    paragraphs and is only a string of trade keywords, four trades or more
    that the article never names ("best online casino bonus no deposit free
    spins payday loans ... buy instagram followers"), with no sentence mark:
    hidden SEO text (a display:none or font-size:0 block) the page carries
    for search engines. A menu sits around the article, not inside it."""
    table = _advert_phrases(None, lang)
    unspaced = lang in INSIDE_WORDS
    out = flags
    for i, u in enumerate(units):
        text = u.text.strip()
        if (
            u.label not in ("navigation", "footer", "related")
            or len(text) > KEYWORD_BLOCK_MAX_CHARS
            or _SENTENCE_MARK.search(text)
            or _LINK_ROW_SEPARATOR.search(text)
            or any(
                f.start is not None and f.start < u.end and u.start < (f.end or f.start)
                for f in out
            )
        ):
            continue
        if not (_holds_article_text(units[:i]) and _holds_article_text(units[i + 1 :])):
            continue  # chrome around the article: a site's menu
        found = _link_line_trades(text.lower(), table, unspaced, lang, prose)
        trades = [p for p in found if not any(p != q and p in q for q in found)]
        if len(trades) < KEYWORD_BLOCK_MIN_TRADES:
            continue
        out = out + [
            Flag(
                "spam",
                f"A block of {len(trades)} trade keywords with no sentence "
                f"({', '.join(trades[:3])}), set among the article's paragraphs, that the "
                "article never names: hidden SEO text planted in the page.",
                u.start,
                u.end,
                {"keywords": trades, "repeats": 1, "source": "flags", "stuffed": trades},
            )
        ]
    return out


_ANY_DIGIT = re.compile(r"\d")

_PERCENT_OFF = re.compile(r"\d\s?%")

# A shop's code given to type at checkout, in any language that names it
# "code" ("use code SAVE20", "usa el código AHORRA20", "mã GIAM50", "kode
# HEMAT25"): the word, then a token in capitals of 4 to 15 letters and
# digits, holding a digit or at least 5 letters (not an acronym: "code UE").
_COUPON_CODE = re.compile(
    r"(?i:\b(?:promo|coupon|cupón|cupom|voucher|gutschein|rabatt)?(?:code|código|codigo|codice|kode|mã))"
    r"\s*[:：]?\s*[«\"“']?(?=[A-Z0-9]*\d|[A-Z]{5})[A-Z][A-Z0-9]{3,14}\b"
)


def _shop_call(
    units: list[Unit], i: int, lang: str | None, prose: Callable[[], list[tuple[int, str]]]
) -> list[str] | None:
    """The calls to buy (BUY_NOW_CUES) of a short line of the article's text
    that also gives a percentage off ("Compra ya la freidora … con un 40 % de
    descuento", "achetez maintenant … à -35 %"), outside quotation marks, on
    a page that is not about shopping: the call is in no other paragraph and
    the line shares no word with the headline. An affiliate line with its
    link in the markup, so no address is left in the text."""
    u = units[i]
    text = u.text.strip()
    if (
        u.label in CHROME_LABELS
        or u.label in ("title", "spam")
        or len(text) > SOLICIT_MAX_CHARS
        or not _PERCENT_OFF.search(text)
    ):
        return None
    langs = tuple(dict.fromkeys([u.lang, lang, "en"]))
    table, phrases, unspaced = _buy_now_table(langs)
    low = text.lower()
    coupon = _COUPON_CODE.search(_quotes_blanked(text))
    if coupon is None and not _may_contain_any(low, phrases, unspaced):
        return None
    said = _quotes_blanked(low)
    hits = list(dict.fromkeys(p for p, lg in table if _contains(said, p, lg)))
    if coupon is not None and not hits:
        hits = [coupon.group(0)]
    if not hits or any(
        _contains(said, p, lg) for lg in langs for p in C.PAY_LATER.get(lg or "", [])
    ):
        return None
    if any(_contains(t, p, lg) for k, t in prose() if k != i for p, lg in table if p in hits):
        return None  # the page speaks of buying: a consumer story
    lg = u.lang or lang
    # the headline, or the page's first block when none is labelled one
    title = next((v for v in units if v.label == "title"), None)
    if title is None and i:
        title = units[0]
    if title is not None and _headline_words(title.text, lg) & _headline_words(text, lg):
        return None
    return hits


# (phrase, language) of a cue table in some languages, the phrases alone and
# whether one language writes no spaces: the arguments of a gate
# (_may_contain_any) and of the phrase search after it.
_GatedTable = tuple[tuple[tuple[str, str | None], ...], tuple[str, ...], bool]


def _gated_table(langs: tuple[str | None, ...], tables: tuple[dict, ...]) -> _GatedTable:
    """The phrases of ``tables`` (cue tables by language) in ``langs``' order,
    each language's in the order of ``tables``, as _GatedTable."""
    table = tuple((p, lg) for lg in langs for t in tables for p in t.get(lg or "", []))
    return table, tuple(p for p, _ in table), any(lg in INSIDE_WORDS for lg in langs)


@lru_cache(maxsize=32)
def _buy_now_table(langs: tuple[str | None, ...]) -> _GatedTable:
    """BUY_NOW_CUES in ``langs`` (_gated_table), made once."""
    return _gated_table(langs, (C.BUY_NOW_CUES,))


# Longest block read as a deals box: a few product lines and a note.
DEALS_BOX_MAX_CHARS = 800


@lru_cache(maxsize=32)
def _deal_phrases(
    langs: tuple[str | None, ...],
) -> tuple[tuple[tuple[str, str], ...], tuple[str, ...], bool]:
    """(phrase, language) of a shop's link words (DEAL_CALLS) and of an
    affiliate disclosure (the cleaner's AFFILIATE_DISCLOSURES), lower case;
    the phrases alone and whether one language writes no spaces (the gate's
    arguments, made once)."""
    from ..clean.cues import AFFILIATE_DISCLOSURES

    table = tuple(
        (p.lower(), lg or "")
        for lg in langs
        for p in [*C.DEAL_CALLS.get(lg or "", []), *AFFILIATE_DISCLOSURES.get(lg or "", [])]
    )
    return table, tuple(p for p, _ in table), any(lg in INSIDE_WORDS for lg in langs)


def _deals_box(
    units: list[Unit], i: int, lang: str | None, prose: Callable[[], list[tuple[int, str]]]
) -> list[str] | None:
    """The shop's link words or affiliate notes of a block that also gives a
    price ("$279 at ShopMax – View Deal. We may earn a commission ..."), set
    among an article's paragraphs: an affiliate deals box. A price alone is a
    consumer or market story; words the article's own prose also uses, or
    words in quotation marks, are its topic (a story on disclosure rules)."""
    u = units[i]
    text = u.text
    # (no decimal digit, no price: _PRICE_RE below needs one)
    if u.label == "title" or len(text) > DEALS_BOX_MAX_CHARS or not _ANY_DIGIT.search(text):
        return None
    table, phrases, unspaced = _deal_phrases(tuple(dict.fromkeys([u.lang, lang, "en"])))
    low = text.lower()
    if not _may_contain_any(low, phrases, unspaced):
        return None
    from ..clean.classify import _PRICE_RE

    said = _quotes_blanked(low)
    hits = list(dict.fromkeys(p for p, lg in table if _contains(said, p, lg)))
    if not hits or not _PRICE_RE.search(said):
        return None
    if not any(
        k != i and v.label not in CHROME_LABELS and v.label not in ("title", "spam")
        for k, v in enumerate(units)
    ):
        return None  # no article around it: a shop's own page
    if any(_contains(t, p, lg) for k, t in prose() if k != i for p, lg in table if p in hits):
        return None
    return hits


# A run of link lines a hacked page carries ("buy viagra online no
# prescription", "cialis 20mg cheap", "generic levitra best price", ...): the
# cleaner reads such a list as navigation, so the line rules above skip it.
LINK_RUN_LABELS = frozenset({"navigation", "related", "footer", "spam"})
LINK_RUN_MIN_LINES = 3
LINK_RUN_SHARE = 2 / 3
LINK_RUN_LINE_MAX_CHARS = 120


def _spam_link_runs(
    units: list[Unit],
    flags: list[Flag],
    lang: str | None,
    prose: Callable[[], list[tuple[int, str]]],
) -> list[Flag]:
    """``flags`` with one spam flag more per run of short link or chrome
    lines of which three or more, two thirds at least, each name a trade
    (spam or trade words of the page's language and English) that the
    article's own prose does not name: a list of pharmacy or casino links
    planted on a hacked page. Line flags of the cleaner inside the run are
    folded into it."""
    table = _advert_phrases(None, lang)
    unspaced = lang in INSIDE_WORDS
    runs: list[list[int]] = []
    for i, u in enumerate(units):
        if u.label in LINK_RUN_LABELS and len(u.text.strip()) <= LINK_RUN_LINE_MAX_CHARS:
            if runs and runs[-1][-1] == i - 1:
                runs[-1].append(i)
            else:
                runs.append([i])
    out = flags
    for run in runs:
        selling: list[tuple[int, list[str]]] = []
        for i in run:
            if len(run) < LINK_RUN_MIN_LINES and units[i].label != "related":
                continue  # a short run is read for a teaser among related links only
            if hits := _link_line_trades(units[i].text.lower(), table, unspaced, lang, prose):
                selling.append((i, hits))
        if len(run) < LINK_RUN_MIN_LINES or len(selling) < max(
            LINK_RUN_MIN_LINES, math.ceil(LINK_RUN_SHARE * len(run))
        ):
            out = out + _teaser_adverts(units, selling, out, lang, table, prose)
            continue
        a, z = units[selling[0][0]].start, units[selling[-1][0]].end
        words_ = list(dict.fromkeys(p for _, hits in selling for p in hits))
        out = [f for f in out if not (f.start is not None and a <= f.start and (f.end or 0) <= z)]
        out.append(
            Flag(
                "spam",
                f"A list of {len(run)} link lines, {len(selling)} of them selling "
                f"({', '.join(words_[:3])}), that the article's text never names: links "
                "planted on a hacked page.",
                a,
                z,
                {"keywords": words_, "lines": len(run), "repeats": 1, "source": "flags"},
            )
        )
    return out


def _link_line_trades(
    low: str,
    table: tuple[str, ...],
    unspaced: bool,
    lang: str | None,
    prose: Callable[[], list[tuple[int, str]]],
) -> list[str]:
    """The trade words of one link line (lower case) that the article's own
    prose never names."""
    if not _may_contain_any(low, table, unspaced, plurals=True):
        return []
    hits = [
        p
        for p in _gated_candidates(low, _tokens(low), table, unspaced)
        if _contains_or_plural(low, p, lang)
    ]
    return [p for p in hits if not any(_contains_or_plural(t, p, lang) for _, t in prose())]


# Marks that join the links of one row ("a · b · c", "a | b | c").
_LINK_ROW_MARKS = "·|•‧︱｜"
_LINK_ROW_SEPARATOR = re.compile(rf"\s[{re.escape(_LINK_ROW_MARKS)}]\s")


def _spam_link_rows(
    units: list[Unit],
    flags: list[Flag],
    lang: str | None,
    prose: Callable[[], list[tuple[int, str]]],
) -> list[Flag]:
    """``flags`` with one spam flag more per chrome block that is a row of
    links joined by a mark ("empréstimo rápido · comprar seguidores · cassino
    online · …"), of which three or more, two thirds at least, name a trade
    the article's prose never names: the link list of a hacked page written
    on one line, which _spam_link_runs reads line by line."""
    table = _advert_phrases(None, lang)
    unspaced = lang in INSIDE_WORDS
    out = flags
    for u in units:
        if u.label not in LINK_RUN_LABELS or u.label == "spam":
            continue
        if not any(c in u.text for c in _LINK_ROW_MARKS):
            continue  # most chrome: no row mark, no split
        items = _LINK_ROW_SEPARATOR.split(u.text.strip())
        if len(items) < LINK_RUN_MIN_LINES or any(len(x) > LINK_RUN_LINE_MAX_CHARS for x in items):
            continue
        selling = [
            h for x in items if (h := _link_line_trades(x.lower(), table, unspaced, lang, prose))
        ]
        if len(selling) < max(LINK_RUN_MIN_LINES, math.ceil(LINK_RUN_SHARE * len(items))):
            continue
        if any(
            f.start is not None and f.start < u.end and u.start < (f.end or f.start) for f in out
        ):
            continue
        words_ = list(dict.fromkeys(p for hits in selling for p in hits))
        out = out + [
            Flag(
                "spam",
                f"A row of {len(items)} links, {len(selling)} of them selling "
                f"({', '.join(words_[:3])}), that the article's text never names: links "
                "planted on a hacked page.",
                u.start,
                u.end,
                {"keywords": words_, "lines": len(items), "repeats": 1, "source": "flags"},
            )
        ]
    return out


def _teaser_adverts(
    units: list[Unit],
    selling: list[tuple[int, list[str]]],
    flags: list[Flag],
    lang: str | None,
    table: tuple[str, ...],
    prose: Callable[[], list[tuple[int, str]]],
) -> list[Flag]:
    """Spam flags on the link lines of a list that is no hacked link list
    (most lines sell nothing) but where one line names two trades or more
    the article never names ("Bí quyết kiếm 3 triệu mỗi ngày cùng cổng game
    ... tiền cược miễn phí", "부업으로 월 500만원 ... 무료 리딩방 초대"): an
    advert written as a teaser among the related stories. ``selling`` holds
    (line, trade words the prose lacks) as _spam_link_runs found them."""
    out = []
    for i, hits in selling:
        u = units[i]
        if u.label == "spam" or any(
            f.start is not None and f.start < u.end and u.start < (f.end or f.start) for f in flags
        ):
            continue  # the cleaner's line, already flagged
        low = u.text.lower()
        hits = [p for p in hits if not any(p != q and p in q for q in hits)]
        hits = _without_gapped_twins(low, [(p, u.lang or lang) for p in hits])
        if len(hits) < 2:
            continue
        # a line naming any trade word the article names is one of its
        # stories ("Why VIP signals groups promising guaranteed returns are
        # scams" under a report on such groups), not an advert
        lg = u.lang or lang
        named = [p for p in table if _contains_or_plural(low, p, lg)]
        if any(_contains_or_plural(t, p, lg) for _, t in prose() for p in named):
            continue
        out.append(
            Flag(
                "spam",
                f"Link line advertising {', '.join(hits[:3])} among the page's "
                f"{u.label} links, though the article's text names no such trade: an advert "
                "written as a teaser.",
                u.start,
                u.end,
                {"keywords": hits, "teaser": True, "repeats": 1, "source": "flags"},
            )
        )
    return out


# --- lures: clickbait teasers and "scan the code" offers -------------------

# Different clickbait teasers one paragraph needs (see cues.CLICKBAIT).
CLICKBAIT_MIN_KINDS = 2


@lru_cache(maxsize=64)
def _lure_tables(
    lang: str | None,
) -> tuple[tuple[tuple[str, str], ...], ...]:
    """(phrase, language) of the clickbait, scan, reward and push tables of a
    page's language and English, made once per language."""
    langs = [lg for lg in dict.fromkeys([lang, "en"]) if lg]
    return tuple(
        tuple((p.lower(), lg) for lg in langs for p in table.get(lg, []))
        for table in (
            C.CLICKBAIT,
            C.SCAN_CODE,
            C.SCAN_REWARD,
            C.SCAN_PUSH,
            C.PRIZE_WON,
            C.PRIZE_CLAIM,
        )
    )


_CJK_PAIR = re.compile(r"(?=([\u3400-\u9fff\uac00-\ud7a3]{2}))")


def lure_flags(doc: Document, units: list[Unit], st: FlagSettings) -> list[Flag]:
    """Adverts with no address a filter reads: a block of clickbait teasers
    appended to a real story ("You won't believe what this pensioner did ...
    Doctors hate this one weird trick"), two different ones or more outside
    quotation marks and named nowhere else in the article's prose; and a
    sentence offering a reward for scanning a code, with a push or a
    messenger ("扫描下方二维码添加助理微信，免费领取 … 名额有限", "Scan the QR
    code now to claim your bonus"), sharing nothing with the headline. An
    official notice ("scan the code on the board to book") offers no reward;
    a story about vouchers one scans for names them in its headline."""
    bait, scan, reward, push, won, claim = _lure_tables(doc.lang)
    page = _lower_page(doc.text)
    bait = tuple(x for x in bait if x[0] in page)
    scan = tuple(x for x in scan if x[0] in page)
    # one automaton pass over the page, not one search per phrase
    if _may_contain_any(page, _prize_gate(doc.lang), True):
        won = tuple(x for x in won if x[0] in page)
    else:
        won = ()
    if len(bait) < CLICKBAIT_MIN_KINDS and not scan and not won:
        return []  # most pages: no teaser, scan offer nor prize notice at all
    title = next((u.text for u in units if u.label == "title"), "")
    prize = _prize_notice(units, won, claim, title, doc.lang) if won else None
    if len(bait) < CLICKBAIT_MIN_KINDS and not scan:
        return [prize] if prize else []
    prose = [
        u.text.lower()
        for u in units
        if u.label not in CHROME_LABELS and u.label not in ("title", "spam")
    ]
    flags: list[Flag] = []
    for u in units:
        if u.label in ("title", "spam"):
            continue
        low = u.text.lower()
        said = _quotes_blanked(low)
        hits = [p for p, lg in bait if _contains(said, p, lg)]
        hits = [p for p in hits if not any(p != q and p in q for q in hits)]
        if len(hits) >= CLICKBAIT_MIN_KINDS and not any(
            _contains(t, p, lg) for t in prose if t != low for p, lg in bait if p in hits
        ):
            a = min(said.find(p) for p in hits)
            # from the sentence the first teaser opens
            a = max((s for s, _ in _sentence_spans(said) if s <= a), default=0)
            a += len(said[a:]) - len(said[a:].lstrip())
            shown = "', '".join(hits[:3])
            flags.append(
                Flag(
                    "spam",
                    f"Clickbait teasers ('{shown}') appended to the article: "
                    "an advert block of an ad network, not the story.",
                    u.start + a,
                    u.start + len(low.rstrip()),
                    {"signal": "clickbait", "keywords": hits, "repeats": 1, "source": "flags"},
                )
            )
            continue
        if not scan or not any(p in said for p, _ in scan):
            continue
        spans = [(0, len(said))] if (u.lang or doc.lang) == "th" else _sentence_spans(said)
        for s, e in spans:
            sent = said[s:e]
            scanned = [p for p, lg in scan if _contains(sent, p, lg)]
            gifts = [p for p, lg in reward if _contains(sent, p, lg)]
            pushed = [p for p, lg in push if _contains(sent, p, lg)] + [
                m for m in MESSENGERS if m in sent
            ]
            if not (scanned and gifts and pushed):
                continue
            lg = u.lang or doc.lang
            if _headline_words(u.text[s:e], lg) & _headline_words(title, lg):
                continue  # the headline's topic: a story about what one scans for
            a = s + len(sent) - len(sent.lstrip())
            flags.append(
                Flag(
                    "spam",
                    f"Sentence offering a reward ('{gifts[0]}') for scanning a code "
                    f"('{scanned[0]}') with a push ('{pushed[0]}'), sharing nothing with the "
                    "headline: an advert whose address is a picture no filter reads.",
                    u.start + a,
                    u.start + s + len(sent.rstrip()),
                    {
                        "signal": "scan_offer",
                        "keywords": scanned + gifts,
                        "repeats": 1,
                        "source": "flags",
                    },
                )
            )
            break
    return flags + ([prize] if prize else [])


# Headline words a giveaway block must share to be the story's own topic:
# one in common is chance ("tahun" in "ulang tahun" and "hujung tahun").
GIVEAWAY_HEADLINE_WORDS = 2
# Marks a giveaway lure shouts with; a news sentence rarely has one.
_SHOUT = ("!", "！")
# Languages whose giveaway words are read together (Malay and Indonesian
# share most of them, and one is often identified as the other).
_GIVEAWAY_SIBLINGS = {"ms": ("id",), "id": ("ms",)}


@lru_cache(maxsize=64)
def _giveaway_tables(lang: str | None) -> tuple[tuple[tuple[str, str], ...], ...]:
    """(phrase, language) of the free, gift and push tables of a language,
    its sibling and English."""
    langs = [
        lg for lg in dict.fromkeys([lang, *_GIVEAWAY_SIBLINGS.get(lang or "", ()), "en"]) if lg
    ]
    return tuple(
        tuple((p, lg) for lg in langs for p in table.get(lg, []))
        for table in (
            C.GIVEAWAY_FREE,
            C.GIVEAWAY_GIFT,
            C.GIVEAWAY_PUSH,
            C.GIVEAWAY_DRAW,
            C.GIVEAWAY_ENGAGE,
        )
    )


def giveaway_flags(doc: Document, units: list[Unit], st: FlagSettings) -> list[Flag]:
    """A giveaway lure planted in a page: one block, outside quotation marks,
    with a sentence that shouts ("!") something of money's worth free (a voucher,
    cash, phone credit, a red packet) and pushes to act now or for the first
    few ("TIN NÓNG: Nhận quà 500k miễn phí cho 1.000 người đầu tiên! … nhanh
    tay", "LIBRENG ₱500 LOAD para sa unang 300 …!"), sharing no word with the
    headline. A warning quotes such lines; an official notice of a free jab
    has no money-like gift and no shout; a story about a giveaway names it
    in its headline. A draw entered by likes, shares or follows ("РОЗЫГРЫШ!
    … подпишитесь на канал, поставьте лайк", "اربح سيارة! … شارك هذا
    المنشور") is such a lure whatever its prize."""
    if not any(m in doc.text for m in _SHOUT):
        return []  # most pages: no shout at all
    title = next((u.text for u in units if u.label == "title"), "")
    flags: list[Flag] = []
    for u in units:
        if u.label in ("title", "spam") or len(u.text) > ADVERT_MAX_CHARS:
            continue
        if not any(m in u.text for m in _SHOUT):
            continue
        said = _quotes_blanked(u.text.lower())
        if not any(m in said for m in _SHOUT):
            continue
        lg = u.lang or doc.lang
        free, gift, push, draw, engage = _giveaway_tables(lg)
        pushes = [p for p, g in push if _contains(said, p, g)]
        engaged = [p for p, g in engage if _contains(said, p, g)]
        if not pushes and not engaged:
            continue
        # the gift shouted in one sentence ("… RM500 PERCUMA …!"); a deals
        # column's "a free $10 gift card if you buy …" states it, its "hurry!"
        # elsewhere
        spans = [(0, len(said))] if lg == "th" else _sentence_spans(said)
        for b, e in spans:
            sent = said[b:e]
            frees = [p for p, g in free if _contains(sent, p, g)]
            gifts = [p for p, g in gift if _contains(sent, p, g)]
            if pushes and frees and gifts and any(m in sent for m in _SHOUT):
                break
        else:
            # or a draw paid for in likes and shares, whatever its prize
            # ("РОЗЫГРЫШ! Дарим 50 iPhone … подпишитесь на канал, поставьте лайк"),
            # shouted in its own sentence: a warning's "Beware! Fraudsters run a
            # giveaway and ask people to share this post." shouts the warning
            shouted = [said[x:y] for x, y in spans if any(m in said[x:y] for m in _SHOUT)]
            draws = [p for p, g in draw if any(_contains(t, p, g) for t in shouted)] if engaged else []
            if not draws:
                continue
            b = min((k for p in draws if (k := said.find(p)) >= 0), default=0)
            b = max((s for s, _ in _sentence_spans(said) if s <= b), default=0)
            sent, frees, gifts, pushes = said[b:], draws, [], engaged
        if _reported_advert(u.text, frees + gifts + pushes, lg):
            continue
        if len(_headline_words(u.text, lg) & _headline_words(title, lg)) >= GIVEAWAY_HEADLINE_WORDS:
            continue  # the headline's topic: a story about the giveaway
        a = b + len(sent) - len(sent.lstrip())
        flags.append(
            Flag(
                "spam",
                (
                    f"Giveaway lure: '{frees[0]}' {gifts[0]} with a push ('{pushes[0]}') "
                    if gifts
                    else f"Giveaway lure: a draw ('{frees[0]}') entered by likes, shares or "
                    f"follows ('{pushes[0]}') "
                )
                + "shouted in a block sharing nothing with the headline: an advert, "
                "not the story.",
                u.start + a,
                u.start + len(u.text.rstrip()),
                {
                    "signal": "giveaway",
                    "keywords": frees + gifts + pushes,
                    "repeats": 1,
                    "source": "flags",
                },
            )
        )
    return flags


@lru_cache(maxsize=64)
def _prize_gate(lang: str | None) -> tuple[str, ...]:
    """The PRIZE_WON phrases of a page's language and English, as the gate
    of _may_contain_any reads them (plain substrings)."""
    return tuple(p for p, _ in _lure_tables(lang)[4])


def _prize_if(said: str, phrase: str, lang: str) -> bool:
    """Whether each time ``phrase`` stands in ``said`` a condition ends
    the words just before it ("if you have won", "หากคุณถูกรางวัล")."""
    conds = C.PRIZE_IF.get(lang, [])
    k = said.find(phrase)
    while k >= 0:
        before = said[max(0, k - 16) : k].rstrip(" ,")
        if not any(
            before.endswith(c)
            and (lang in INSIDE_WORDS or not before[-len(c) - 1 : -len(c)].isalnum())
            for c in conds
        ):
            return False
        k = said.find(phrase, k + 1)
    return True


def _prize_notice(
    units: list[Unit],
    won: tuple[tuple[str, str], ...],
    claim: tuple[tuple[str, str], ...],
    title: str,
    lang: str | None,
) -> Flag | None:
    """A paragraph telling the reader "you have won" or "you have been
    chosen" and calling them to collect the prize ("SELAMAT! Anda terpilih
    sebagai pemenang ... Klaim hadiah Anda sekarang", "Vous avez gagné un
    iPhone ! Réclamez votre cadeau"): a lure with no address a filter reads,
    the link being the paragraph itself. Outside quotation marks only (a
    warning about such messages quotes them), not reported by the article
    (its own words around the quotation), and sharing no word with the
    headline (a story about a prize draw names it there)."""
    for u in units:
        if u.label in ("title", "spam") or len(u.text) > ADVERT_MAX_CHARS:
            continue
        low = u.text.lower()
        said = _quotes_blanked(low)
        wins = [p for p, lg in won if _contains(said, p, lg) and not _prize_if(said, p, lg)]
        if not wins:
            continue
        calls = [p for p, lg in claim if _contains(said, p, lg)]
        if not calls or _reported_advert(u.text, wins + calls, lang):
            continue
        lg = u.lang or lang
        a = said.find(wins[0])
        a = max((s for s, _ in _sentence_spans(said) if s <= a), default=0)
        a += len(said[a:]) - len(said[a:].lstrip())
        if _headline_words(u.text[a:], lg) & _headline_words(title, lg):
            continue
        return Flag(
            "spam",
            f"Paragraph telling the reader they have won ('{wins[0]}') and calling them to "
            f"collect it ('{calls[0]}'), in the article's own voice: a fake prize notice, "
            "a lure.",
            u.start + a,
            u.start + len(low.rstrip()),
            {"signal": "prize_lure", "keywords": wins + calls, "repeats": 1, "source": "flags"},
        )
    return None


# A short list of search phrases (fewer than FlagSettings.stuffing_min_items,
# which the farm rule reads on its own): each phrase a few words, and two
# words or more of it in nearly every phrase ("cheap holiday rentals island,
# cheap holiday rentals near beach, best cheap holiday rentals 2024, ...").
# A list of names shares one word at most ("Galaxy A56, Galaxy A36, ...");
# a tag list names different things.
SHORT_STUFFING_MIN_ITEMS = 5
SHORT_STUFFING_SHARE = 0.8
SHORT_STUFFING_MIN_SHARED = 2
SHORT_STUFFING_ITEM_WORDS = (2, 6)
# What a way to call the seller leaves in a list's last words: a phone's
# digits, a handle's "@", a web address.
_TAIL_CALL = re.compile(r"\d{3}|@|www\.|https?:")
# Languages that capitalise every noun: a search phrase's words are not
# written small there ("Schlüsseldienst Berlin günstig"), so an adjective or
# adverb written small in one phrase at least ("günstig", "schnell") shows
# the list is searches, not names.
NOUN_CAPITALISING = frozenset({"de", "lb"})


def _search_phrase_list(
    u: Unit, st: FlagSettings, page_lang: str | None
) -> tuple[int, list[str]] | None:
    """(phrases, shared words) of a block of the page's text that is a short
    list of search phrases repeating the same words: an SEO keyword block
    planted between paragraphs. Spaced scripts only; a block that ends a
    sentence or holds a quotation is prose."""
    text = u.text.strip()
    lang = u.lang or page_lang or ""
    if not text or lang in INSIDE_WORDS or len(text) > SOLICIT_MAX_CHARS * 2:
        return None
    # a list closing on a way to call the seller ("…, uy tín – gọi ngay
    # 0909 …."): an advert, whatever its last mark
    if text[-1:] in "?。！？:：" or (
        text[-1:] in ".!" and _TAIL_CALL.search(text, len(text) - 40) is None
    ):
        return None  # a sentence; one closing on a phone or address is read on
    written = [p.strip() for p in _LIST_SPLIT.split(_LIST_LABEL.sub("", text, count=1))]
    written = [p for p in written if p]
    if text[-1:] in ".!":
        # (read once the list is long enough: most sentences list less)
        if len(written) <= SHORT_STUFFING_MIN_ITEMS or find_contact(written[-1]) is None:
            return None
        written.pop()  # the call to the seller, no search phrase
    if not SHORT_STUFFING_MIN_ITEMS <= len(written) < st.stuffing_min_items or _QUOTED.search(text):
        return None
    items = [p.lower() for p in written]
    lo, hi = SHORT_STUFFING_ITEM_WORDS
    # Vietnamese writes a word as syllables of two or three letters: twice
    # the words to a phrase, and shorter ones count
    syllabic = lang == "vi"
    hi, shortest = (2 * hi, 2) if syllabic else (hi, 3)
    stop = _function_words((lang,))
    bags = []
    for p in items:
        ws = words(p)
        if not lo <= len(ws) <= hi:
            return None
        # a plural 's' folded: "abogado" and "abogados" are one search word
        bags.append({w.removesuffix("s") for w in ws if len(w) >= shortest and w not in stop})
    need = max(4, math.ceil(SHORT_STUFFING_SHARE * len(items)))
    counts = Counter(w for bag in bags for w in bag)
    shared = sorted(w for w, n in counts.items() if n >= need)
    if len(shared) < SHORT_STUFFING_MIN_SHARED:
        return None
    # names share their words too ("New York Knicks, New York Rangers, ..."):
    # a search phrase's words are written in lower case, names capitalised
    lower = {w.removesuffix("s") for p in written for w in words(p) if w.islower()}
    if not any(w in lower for w in shared) and not (
        lang in NOUN_CAPITALISING and any(len(w) >= 3 and w not in stop for w in lower)
    ):
        return None
    return len(items), shared


# A paragraph of search phrases run together ("Best running shoes 2025 cheap
# running shoes buy running shoes online ..."): no comma, one sentence at
# most, one pair of lower-case words RUN_ON_MIN_REPEATS times or more, its
# words RUN_ON_MIN_SHARE of the paragraph's. Prose names its subject once a
# sentence or so, and punctuates.
RUN_ON_CHARS = (60, 400)
RUN_ON_MIN_REPEATS = 4
RUN_ON_MIN_SHARE = 0.25
# Distinct words of such a block, at most, as a share of its words: a pair
# written 4 times in 40 words leaves at most 36 of 40.
RUN_ON_MAX_DISTINCT = 0.7
_RUN_ON_STOPS = re.compile(r"[,，;:!?.]")


def _phrase_stuffing(u: Unit, page_lang: str | None) -> tuple[str, tuple[str, int]] | None:
    """How a paragraph is built around one search phrase, with the phrase and
    its count: strung together with no punctuation, or worked into sentences."""
    if "," not in u.text and (run_on := _run_on_search_phrases(u, page_lang)):
        return "stringing search phrases together with no punctuation", run_on
    if stuffed := _stuffed_sentences(u, page_lang):
        return "whose sentences are built around one search phrase", stuffed
    return None


def _run_on_search_phrases(u: Unit, page_lang: str | None) -> tuple[str, int] | None:
    """(the repeated search words, their count) of a block that is search
    phrases run together with no punctuation; spaced scripts only."""
    text = u.text.strip()
    lo, hi = RUN_ON_CHARS
    if not lo <= len(text) <= hi or (u.lang or page_lang) in INSIDE_WORDS:
        return None
    # most paragraphs: a comma, or words that seldom come back (prose uses
    # most of its words once; the cheap tests first), or two sentences
    if "," in text:
        return None
    tokens = text.lower().split()
    if len(set(tokens)) > RUN_ON_MAX_DISTINCT * len(tokens):
        return None
    if len(_RUN_ON_STOPS.findall(text)) > 1 or _QUOTED.search(text):
        return None
    ws = _WORD.findall(text)
    stop = _function_words((u.lang or page_lang,))
    # search words are written in lower case (a name is capitalised); the
    # grammar inside a phrase ("tênis de corrida") is left out
    content = [w for w in ws if w.islower() and w not in stop]
    pairs = Counter(itertools.pairwise(content))
    if pairs:
        (a, b), n = pairs.most_common(1)[0]
        if n >= RUN_ON_MIN_REPEATS and 2 * n >= RUN_ON_MIN_SHARE * len(ws):
            return f"{a} {b}", n
    # one long search word, a compound ("zahnzusatzversicherung"), each time
    singles = Counter(content)
    if singles:
        w, n = singles.most_common(1)[0]
        if n > RUN_ON_MIN_REPEATS and n >= RUN_ON_MIN_SHARE * len(ws):
            return w, n
    return None


# A search phrase worked into sentences ("Looking for cheap car hire X? Our
# cheap car hire X deals make cheap car hire X simple ..."): one phrase of
# three words or more, at least this many times in one paragraph and at
# least this share of its words. Prose names a thing once and then refers
# to it; even a name repeated (a team, a ministry) is capitalised, which the
# search phrase is not.
STUFFED_SENTENCES_MIN_REPEATS = 4
STUFFED_SENTENCES_MIN_SHARE = 0.35
STUFFED_SENTENCES_PHRASE_WORDS = 3
STUFFED_SENTENCES_MAX_DISTINCT = 0.75


def _stuffed_sentences(u: Unit, page_lang: str | None) -> tuple[str, int] | None:
    """(the repeated phrase, its count) of a paragraph whose sentences are
    built around one search phrase; spaced scripts only, quotations left out
    (a column on SEO may quote such a paragraph)."""
    if (u.lang or page_lang) in INSIDE_WORDS:
        return None
    said = _quotes_blanked(u.text)
    toks = _WORD.findall(said)
    n = STUFFED_SENTENCES_PHRASE_WORDS
    if len(toks) < n * STUFFED_SENTENCES_MIN_REPEATS:
        return None
    low = [t.lower() for t in toks]
    # the cheap test first: prose uses most of its words once
    if len(set(low)) > STUFFED_SENTENCES_MAX_DISTINCT * len(low):
        return None
    stop = _function_words((u.lang or page_lang,))
    grams = Counter(zip(*(low[d:] for d in range(n))))
    for g, count in grams.most_common(3):
        if count < STUFFED_SENTENCES_MIN_REPEATS:
            break
        if len(set(g)) < n or sum(w not in stop for w in g) < 2:
            continue
        at = [k for k in range(len(low) - n + 1) if tuple(low[k : k + n]) == g]
        # a name written again and again is capitalised each time, maybe
        # inside the word ("iPhone", "eBay")
        if all(
            not toks[k + d].islower() for k in at for d in range(n) if low[k + d] not in stop
        ):
            continue
        # the whole phrase: grown while every repeat goes on with one word
        size = n
        gap = min((b - a for a, b in itertools.pairwise(at)), default=len(low))
        while (
            size < gap
            and all(k + size < len(low) for k in at)
            and len({low[k + size] for k in at}) == 1
        ):
            size += 1
        if size * count < STUFFED_SENTENCES_MIN_SHARE * len(low):
            continue
        # a search phrase is all content words ("cheap skip hire leeds");
        # a thing named again with its article ("the olive oil", "the home
        # side") or a chant's clause ("we are staying up") is not
        phrase = low[at[0] : at[0] + size]
        if sum(w not in stop for w in phrase) < STUFFED_SENTENCES_PHRASE_WORDS:
            continue
        return " ".join(toks[at[0] : at[0] + size]), count
    return None


def _spam_line_flag(u: Unit, reason: str, line_counts: Counter, **data) -> Flag:
    """A spam flag on line ``u``, saying how often the page repeats it."""
    n = line_counts[u.text.strip().lower()]
    if n > 1:
        reason += f" The same line appears {n} times on the page."
    return Flag("spam", reason, u.start, u.end, {**data, "repeats": n, "source": "flags"})


def _written_contact(text: str, low: str, langs: tuple[str | None, str | None]) -> str | None:
    """Where a line says to write: a number, address or handle, else a
    messenger named with a call to write on it (what an advert must give)."""
    contact = find_contact(text)
    if contact is None and _MESSENGER_NAMED.search(low):
        contact = _messenger_call(low, langs)
    return contact


@lru_cache(maxsize=32)
def _messenger_call_re(langs: tuple[str | None, ...]) -> re.Pattern[str] | None:
    """A call verb, then within a short clause a messenger's name."""
    verbs = {
        v.lower()
        for lg in dict.fromkeys([*langs, "en"])
        for v in C.MESSENGER_CALLS.get(lg or "", [])
    }
    if not verbs:
        return None
    longest = sorted(verbs, key=len, reverse=True)
    # a Latin verb starts a word; a Thai or Han one follows any letter
    lead = "|".join((r"(?<![^\W\d_])" if v[:1].isascii() else "") + re.escape(v) for v in longest)
    apps = "|".join(map(re.escape, sorted(MESSENGERS, key=len, reverse=True)))
    return re.compile(r"(?:" + lead + r")[^\n.!?。！？]{0,32}?(?:" + apps + r")(?![a-z])")


def _messenger_call(low: str, langs: tuple[str | None, ...]) -> str | None:
    """A call to write on a messenger with no id a filter reads ("kết bạn
    Zalo Hỗ Trợ Tài Chính ...", "fale com a consultora no WhatsApp", "加微信"):
    the seller's name or picture stands for the address. ``low`` is lower case."""
    pattern = _messenger_call_re(tuple(dict.fromkeys(langs)))
    m = pattern.search(low) if pattern is not None else None
    return m.group(0) if m else None


def _click_call(low: str, langs: list[str | None]) -> str | None:
    """The words of a link a line calls to click ("click here", "clique
    aqui", "haz clic aquí"), or of a call to write to the account posting it
    ("inbox em", "DM me": DM_CALLS), ``low`` in lower case: with a shop's
    call to buy, the way to the seller."""
    table, phrases, unspaced = _click_table(tuple(langs))
    if not _may_contain_any(low, phrases, unspaced):
        return None  # none of them (most lines): one pass, not one search per phrase
    for p, lg in table:
        if _contains(low, p, lg):
            return p
    return None


# A sum of money: a currency sign or code before the figure, or a currency
# word or sign after it ("4.800 €", "$87", "Rp 500 ribu", "5 triệu").
_MONEY = re.compile(
    r"(?:[$€£¥₫₱฿₩]|R\$|Rp\.?|RM|US\$)\s?\d"
    r"|\d(?:[\d.,\u00a0\u202f ]*\d)?\s?(?:[$€£¥₫₱฿₩]|(?:k|euros?|dollars?|usd|eur|đồng|đ|"
    r"triệu|juta|ribu|rb|ringgit|baht|pesos?|reais|libras?|zł|kr)(?!\w))",
    re.IGNORECASE,
)


@lru_cache(maxsize=64)
def _home_income_table(
    langs: tuple[str | None, ...],
) -> tuple[tuple[tuple[str, str], ...], tuple[tuple[str, str], ...]]:
    """(phrase, language) of HOME_INCOME_PLACE and of HOME_INCOME_PERIOD in
    ``langs``' order (_gated_table's pairs), made once per language tuple."""
    return (
        _gated_table(langs, (C.HOME_INCOME_PLACE,))[0],
        _gated_table(langs, (C.HOME_INCOME_PERIOD,))[0],
    )


def _home_income_pitch(
    u: Unit, lang: str | None, prose: Callable[[], list[tuple[int, str]]], i: int
) -> list[str] | None:
    """(place, period) words of a short line promising money earned at home
    ("gana 4.800 € al mes trabajando desde casa ... www…"): a sum, a period
    it is earned in and a word for home, outside quotation marks, on a line
    that gives a way to write or click, or that is a related-story link; not
    when the article's own prose speaks of earning at home (a story on
    remote work). None otherwise."""
    text = u.text.strip()
    if u.label == "title" or len(text) > 2 * SOLICIT_MAX_CHARS or not _MONEY.search(text):
        return None  # most lines: no sum of money
    low = _quotes_blanked(text.lower())
    langs = tuple(dict.fromkeys([u.lang, lang, "en"]))
    place_table, period_table = _home_income_table(langs)
    # the longest such words ("sem sair de casa", not "de casa" of "Casa
    # Amarela"): the ones the article's topic is checked with below
    place, place_lang = max(
        ((p, lg) for p, lg in place_table if _contains(low, p, lg)),
        key=lambda x: len(x[0]),
        default=("", ""),
    )
    if not place:
        return None
    period = next((p for p, lg in period_table if _contains(low, p, lg)), None)
    if period is None:
        return None
    if (
        u.label != "related"
        and find_contact(text) is None
        and _click_call(low, list(langs)) is None
    ):
        return None
    if any(_contains(t, place, place_lang) for k, t in prose() if k != i):
        return None
    return [place, period]


# What an appeal to a wallet names (the coin, the chain, "wallet", Ethereum's
# "0x"), lower case: read before the address's pattern is searched.
_WALLET_HINTS = (
    "0x",
    "usdt",
    "btc",
    "trc20",
    "erc20",
    "bitcoin",
    "tether",
    "ethereum",
    "crypto",
    "wallet",
)


@lru_cache(maxsize=1)
def _pitch_gate():
    """An automaton of every language's HOME_INCOME_PLACE words (value 0)
    and of _WALLET_HINTS (value 1)."""
    keys = {p: 0 for ps in C.HOME_INCOME_PLACE.values() for p in ps}
    keys.update({h: 1 for h in _WALLET_HINTS})
    return literal_automaton(keys, ints=True)


def _pitch_page(low: str) -> tuple[bool, bool]:
    """Whether a lower-case page holds a word for earning at home, and a
    word an appeal to a wallet names: one pass, nearly no page holding either."""
    seen = {kind for _, kind in _pitch_gate().iter(low)}
    return 0 in seen, 1 in seen


# A cryptocurrency wallet's address: Ethereum's 0x and 40 hex digits, Tron's
# T and 33 base58 letters, Bitcoin's bc1 or 1/3 forms.
_WALLET = re.compile(
    r"(?<![0-9A-Za-z])(?:0x[0-9a-fA-F]{40}|T[1-9A-HJ-NP-Za-km-z]{33}"
    r"|bc1[02-9ac-hj-np-z]{25,59}|[13][1-9A-HJ-NP-Za-km-z]{25,34})(?![0-9A-Za-z])"
)
# Words that make a page's text about cryptocurrency: its topic, then, not
# an appeal planted in it.
_CRYPTO_TOPIC = re.compile(
    r"crypto|bitcoin|ethereum|blockchain|tether|\b(?:usdt|btc|eth)\b|wallet|ví điện tử|钱包|加密|暗号資産",
    re.IGNORECASE,
)


def _wallet_appeal(u: Unit, units: list[Unit], i: int) -> str | None:
    """The wallet address of a short line that asks for money to a
    cryptocurrency wallet ("Send USDT (TRC20) to T…"), on a page whose other
    paragraphs do not speak of cryptocurrency (a report on a crypto fraud
    quotes the address as evidence); None otherwise."""
    text = u.text.strip()
    if u.label == "title" or len(text) > 2 * SOLICIT_MAX_CHARS:
        return None
    m = _WALLET.search(text)
    # a base58 address mixes digits with both cases; a hex one is what it is
    if m is None or not (
        m.group(0).startswith(("0x", "bc1"))
        or (any(c.isdigit() for c in m.group(0)) and m.group(0) != m.group(0).lower())
    ):
        return None
    if any(
        _CRYPTO_TOPIC.search(v.text) for k, v in enumerate(units) if k != i and v.label != "title"
    ):
        return None
    return m.group(0)


@lru_cache(maxsize=64)
def _click_table(
    langs: tuple[str | None, ...],
) -> _GatedTable:
    """CLICK_CALLS and DM_CALLS in ``langs`` (_gated_table), made once."""
    return _gated_table(langs, (C.CLICK_CALLS, C.DM_CALLS))


@lru_cache(maxsize=64)
def _solicit_cues(lang: str | None) -> tuple[str, ...]:
    """The trade words of SOLICIT_CUES for ``lang``; Chinese ones also in
    their Traditional spellings, since the table writes Simplified and a
    Taiwan or Hong Kong advert spells 網貸, 黑白戶, 小額借款."""
    table = C.SOLICIT_CUES.get(lang or "", [])
    if lang != "zh":
        return tuple(table)
    return tuple(dict.fromkeys(q for p in table for q in chinese_character_spellings(p)))


# Any messenger's name, anywhere in a text (one pass, not one per name).
_MESSENGER_NAMED = re.compile("|".join(map(re.escape, MESSENGERS)))

# Longer than a keyword line: an advert says what it sells and where to write.
SOLICIT_MAX_CHARS = 200


def _solicitation(
    u: Unit, lang: str | None, prose: Callable[[], list[tuple[int, str]]], i: int
) -> tuple[list[str], str] | None:
    """(trade words, contact) of a short line that sells gambling, loans or
    pills, or calls to buy, and says where to write ("... Telegram @..",
    "... Zalo 09..", "Compra ahora ...: amzn.to/.."). A
    trade word the article's own prose also uses is its topic, not an advert."""
    text = u.text.strip()
    if u.label == "title" or not text or len(text) > SOLICIT_MAX_CHARS:
        return None
    low = text.lower()
    langs = list(dict.fromkeys([u.lang, lang, "en"]))
    contact = _written_contact(text, low, (u.lang, lang))
    # a shop's link may stand behind its words: "... clique aqui para comprar"
    clicked = contact is None and (contact := _click_call(low, langs)) is not None
    if contact is None:
        return None
    # a shop's call to buy counts too, unless the line names the credit
    # "buy now, pay later"
    buy = not any(_contains(low, p, lg) for lg in langs for p in C.PAY_LATER.get(lg or "", []))
    hits = []
    for lg in langs:
        for p in [
            *_solicit_cues(lg),
            *(C.BUY_NOW_CUES.get(lg or "", []) if buy else []),
        ]:
            if _contains(low, p, lg) and not any(
                _contains(t, p, lg) for k, t in prose() if k != i and t != low
            ):
                hits.append(p)
    if clicked and not any(p in C.BUY_NOW_CUES.get(lg or "", []) for lg in langs for p in hits):
        return None  # a call to click alone: the site's own link ("click here to read")
    if hits and _reported_advert(text, [*hits, contact.lower()], lang):
        return None
    return (hits, contact) if hits else None


# An advert by its shape, whatever it sells: at most this long (a sentence
# or two, as an injected line is).
ADVERT_SHAPE_MAX_CHARS = 240
# The names of apps that Japanese and Korean adverts put before the call
# (APP_FIRST_CALLS); "LINE" only as a word of its own.
_APP_FIRST_NAMED = re.compile(r"(?<![a-z])line(?![a-z])|ライン|카톡|카카오톡")


@lru_cache(maxsize=32)
def _advert_shape_tables(langs: tuple[str | None, ...]) -> tuple[_GatedTable, _GatedTable]:
    """(offers: GIVEAWAY_FREE and ADVERT_OFFER; pushes: GIVEAWAY_PUSH and
    ADVERT_ACT_NOW) in ``langs`` (_gated_table), made once."""
    return (
        _gated_table(langs, (C.GIVEAWAY_FREE, C.ADVERT_OFFER)),
        _gated_table(langs, (C.GIVEAWAY_PUSH, C.ADVERT_ACT_NOW)),
    )


def _first_in(low: str, table: _GatedTable) -> str | None:
    pairs, phrases, unspaced = table
    if not _may_contain_any(low, phrases, unspaced):
        return None
    return next((p for p, lg in pairs if _contains(low, p, lg)), None)


def without_advert_shape_twins(flags: list[Flag]) -> list[Flag]:
    """``flags`` less each advert-shape flag (_advert_shape) whose line a
    rule that names the scheme (a giveaway, a scan-the-code offer: a spam
    flag with a signal) also flagged: one flag per advert, the more telling."""
    named = [f for f in flags if f.kind == "spam" and f.data.get("signal")]
    return [
        f
        for f in flags
        if not (
            f.data.get("advert_shape")
            and any(
                g.start is not None and g.start < f.end and f.start < (g.end or g.start)
                for g in named
            )
        )
    ]


def _advert_shape(u: Unit, lang: str | None) -> tuple[list[str], str] | None:
    """(offer and push, contact) of a short line shaped as an advert, whatever
    it sells: a way to reach the seller (a number, a handle, a messenger
    called to), an offer (a price, a sum, something free) and a push to act
    now ("... giá cao, định giá miễn phí, gọi ngay 09..", "ราคาพิเศษ ...
    แอดไลน์ @.. ด่วน!!", "…免费估价，加微信 … 名额有限"). A trade the tables
    do not name (antiques, amulets, side jobs) still has this shape; a news
    line with a hotline lacks the offer or the push."""
    text = u.text.strip()
    if u.label in ("title", "footer", "byline") or not text or len(text) > ADVERT_SHAPE_MAX_CHARS:
        return None
    low = text.lower()
    langs = tuple(dict.fromkeys([u.lang, lang, "en"]))
    contact = _written_contact(text, low, (u.lang, lang))
    if contact is None and (m := _APP_FIRST_NAMED.search(low)):
        calls = [c for lg in langs for c in C.APP_FIRST_CALLS.get(lg or "", [])]
        if any(c in low[m.end() :] for c in calls):
            contact = m.group(0)
    if contact is None:
        return None
    offers, pushes = _advert_shape_tables(langs)
    money = _MONEY.search(low)
    offer = _first_in(low, offers) or (money.group(0) if money else None)
    push = _first_in(low, pushes)
    if offer is None or push is None:
        return None
    if _reported_advert(text, [offer, push, contact.lower()], lang):
        return None
    return [offer, push], contact


# A sentence, its full stops those followed by a space or the end: a dot inside
# a token ("V.League", "abc88.com", "0938.555.888") does not end it. The two
# alternatives take disjoint characters, so the match stays linear.
_SENTENCE_MID_DOTS = re.compile(r"(?:[^.!?。！？\n]|[.!?](?=[^\s.!?]))+[.!?。！？]*")


# Letters of the article's own text a paragraph must keep beside an advert
# sentence for that sentence to be pasted into it (less: the line is an
# advert of its own, left to the line rules).
ARTICLE_AROUND_ADVERT_MIN_LETTERS = 60


@lru_cache(maxsize=64)
def _first_words(
    table: tuple[tuple[str, str], ...],
) -> tuple[tuple[str, str, str | None, str], ...]:
    """(phrase, language, first word, lead) of a table; no first word for a
    phrase matched as a plain substring (unspaced scripts, a leading mark),
    whose lead (its part before a gap) a text must then hold."""
    return tuple(
        (
            p,
            lg,
            None if lg in INSIDE_WORDS or not p[:1].isalnum() else _TOKEN.match(p).group(),
            _lead(p),
        )
        for p, lg in table
    )


@lru_cache(maxsize=64)
def _first_word_index(table: tuple[tuple[str, str], ...]) -> _GateIndex:
    """_first_words indexed (_gate_index): a phrase's gate is its first word."""
    return _gate_index(
        (None if first is None else (first,), lead) for _, _, first, lead in _first_words(table)
    )


def _sentence_spans(low: str) -> list[tuple[int, int]]:
    return [m.span() for m in _SENTENCE_MID_DOTS.finditer(low)]


_MAY_CONTACT = re.compile(r"[@.\d]")
# Contact searches one Thai paragraph may cost: a real one holds a few trade
# words; a paragraph stuffed with them is left to the keyword rules.
THAI_CONTACT_LOOKUPS_MAX = 40
# Most space-separated phrases a Thai advert runs over, from its trade word
# to its contact ("สินเชื่อด่วน อนุมัติไว ... แอดไลน์ @..").
THAI_ADVERT_MAX_PHRASES = 10


def _thai_advert_spans(low: str, present: list[tuple[str, str]]) -> list[tuple[int, int]]:
    """Thai writes no full stop; a space ends a phrase. The candidate adverts
    of a Thai paragraph: from a phrase holding a trade word to a later phrase
    (at most THAI_ADVERT_MAX_PHRASES on) holding a way to write, each taken as
    one "sentence"; the caller's checks then apply as to any sentence."""
    phrases = [m.span() for m in re.finditer(r"\S+", low)]
    # a phrase that may hold a way to write: an "@", a dot, a digit or an
    # app's name (a contact is looked for only up to such a phrase)
    reach = [
        bool(_MAY_CONTACT.search(low, a, z)) or any(w in low[a:z] for w in MESSENGERS)
        for a, z in phrases
    ]
    out = []
    budget = THAI_CONTACT_LOOKUPS_MAX
    for k, (a, z) in enumerate(phrases):
        if not any(p in low[a:z] for p, _ in present):
            continue
        for j in range(k, min(len(phrases), k + THAI_ADVERT_MAX_PHRASES)):
            end = phrases[j][1]
            if end - a > SOLICIT_MAX_CHARS or not budget:
                break
            if not reach[j]:
                continue
            budget -= 1
            if find_contact(low[a:end]) is not None:
                out.append((a, end))
                break
    return out


@lru_cache(maxsize=64)
def _solicit_phrases(block_lang: str | None, page_lang: str | None) -> tuple[tuple[str, str], ...]:
    """(phrase, language) of the trade words of a block's and its page's languages
    and English, made once per pair of languages."""
    langs = dict.fromkeys([block_lang, page_lang, "en"])
    return tuple((p.lower(), lg or "") for lg in langs for p in _solicit_cues(lg))


def _solicitation_inside(
    units: list[Unit], i: int, lang: str | None, prose: Callable[[], list[tuple[int, str]]]
) -> tuple[int, int, list[str], str] | None:
    """(start, end, trade words, contact) of one sentence, inside a paragraph
    of the article's own text, that sells gambling, loans, pills or easy
    money and says where to write ("... nhận thưởng 200%, liên hệ Zalo 09..",
    "Gagnez 500 € par jour ..., écrivez-nous sur Telegram @..") -- an advert
    pasted into a real paragraph. Its trade words must appear nowhere else on
    the page (not the headline, not the paragraph's other sentences, not other
    prose): a report on a gambling ring names its topic again. Called only
    for a paragraph that may hold a trade word (most hold none)."""
    u = units[i]
    text = u.text
    if u.label == "title":
        return None
    low = text.lower()
    table = _solicit_phrases(u.lang, lang)
    lg = u.lang or lang
    # a spaced phrase can be there only if its first word is a word of the
    # paragraph (a set look-up, not a search per phrase of the table)
    words_ = _first_words(table)
    present = [
        (words_[k][0], words_[k][1])
        for k in _gate_places(low, _tokens(low), _first_word_index(table))
        if _contains(low, words_[k][0], words_[k][1])
    ]
    if not present or letters(text) < 2 * ARTICLE_AROUND_ADVERT_MIN_LETTERS:
        return None
    spans = _thai_advert_spans(low, present) if lg == "th" else _sentence_spans(low)
    for start, end in spans:
        sent = low[start:end]
        if len(sent.strip()) > SOLICIT_MAX_CHARS:
            continue
        hits = _without_gapped_twins(
            sent, [(p, plg) for p, plg in present if _contains(sent, p, plg)]
        )
        if not hits:
            continue
        a = start + len(sent) - len(sent.lstrip())
        z = start + len(sent.rstrip())
        contact = find_contact(text[a:z]) or _messenger_call(sent, (u.lang, lang))
        if contact is None:
            continue
        # A news sentence may give a hotline ("200 slot parkir ..., hubungi
        # 0812-..."): one trade word beside a bare number or address is not
        # enough; a messenger id or handle, an address written out to dodge
        # a filter ("x dot com"), or two trade words, is.
        messenger = (
            contact.startswith(("@", "t.me"))
            or any(w in sent for w in MESSENGERS)
            or written_out(contact)
        )
        if not messenger and len(hits) < 2:
            continue
        rest = low[:start] + " " + low[end:]
        if letters(rest) < ARTICLE_AROUND_ADVERT_MIN_LETTERS or any(
            _contains(rest, p, plg) for p, plg in present
        ):
            return None  # an advert line of its own (the line rules read it), or a report
        elsewhere = [t for k, t in prose() if k != i] + [
            v.text.lower() for v in units if v.label == "title"
        ]
        if any(_contains(t, p, plg) for t in elsewhere for p, plg in present if p in hits):
            return None  # the page's topic, not an advert
        if _reported_advert(text[a:z], [*hits, contact.lower()], lang):
            return None
        return u.start + a, u.start + z, hits, contact
    return None


# Letters a sentence around a quotation needs to be the article's reporting
# ("The messages, sent from dozens of numbers, read: ..."), not a label
# ("Hot:", "Ad:") an advert put before its own slogan.
REPORTED_FRAME_MIN_LETTERS = 25


def _reported_advert(text: str, said: list[str], lang: str | None) -> bool:
    """An advert the article quotes as news: every one of its trade words and
    its contact (``said``, lower case) stands inside quotation marks, and the
    words outside them make a sentence of the article's own ("The messages
    read: "Online casino bonus 300%! ... Telegram @x""; «Los mensajes decían:
    "..."»). An injected advert has no such frame: it speaks for itself."""
    frame = _QUOTED.sub(" ", text)
    if frame == text or letters(frame) < REPORTED_FRAME_MIN_LETTERS:
        return False
    low = frame.lower()
    return not any(_contains(low, w, lang) or w in low for w in said)


# An advert written as a paragraph is at most a few sentences.
ADVERT_MAX_CHARS = 3 * SOLICIT_MAX_CHARS


@lru_cache(maxsize=64)
def _advert_phrases(block_lang: str | None, page_lang: str | None) -> tuple[str, ...]:
    """The spam and trade phrases of a block's and its page's languages,
    longest first (made once per pair of languages, not once per paragraph)."""
    langs = dict.fromkeys([block_lang, page_lang, "en"])
    phrases = {p for p, _ in cue_phrases("spam", list(langs))}
    phrases |= {p.lower() for lg in langs for p in _solicit_cues(lg)}
    phrases -= {p.lower() for lg in langs for p in C.PHISHING_CUES.get(lg or "", ())}  # they sell nothing
    # Ties in length in alphabetical order: a set's order follows the hash
    # seed, and the flag's reason lists the phrases in this order.
    return tuple(sorted(phrases, key=lambda p: (-len(p), p)))


def _advert_paragraph(
    units: list[Unit], i: int, lang: str | None, st: FlagSettings
) -> list[str] | None:
    """The trade words of a paragraph that sells gambling, loans or pills
    with no way to write to the seller ("Looking for the best online slots?
    Our casino offers ... free spins ..."): two different ones or more, on a
    page whose headline names no such trade, nor any other part of its text
    but another such advert (a report on a gambling ring names its topic
    again, in a heading or a sentence of its own). A line short enough for
    the keyword rule is left to it."""
    u = units[i]
    text = u.text.strip()
    if (
        u.label in CHROME_LABELS
        or u.label in ("title", "spam")
        or _short(u, st, 2.0)
        or len(text) > ADVERT_MAX_CHARS
    ):
        return None
    low = text.lower()
    lg = u.lang or lang
    ordered = _advert_phrases(u.lang, lang)

    def trade_words(t: str) -> list[str]:
        if not _may_contain_any(t, ordered, lg in INSIDE_WORDS, plurals=True):
            return []  # no phrase at all (most paragraphs): skip the one-by-one search
        # each phrase searched only where its first word (or its plural) is a
        # word of the text, or its lead a substring: not the whole table
        found = [
            p
            for p in _gated_candidates(t, _tokens(t), ordered, lg in INSIDE_WORDS)
            if _contains_or_plural(t, p, lg)
        ]
        # "online casino" and "casino" are one word of trade
        found = [p for p in found if not any(p != q and p in q for q in found)]
        return _without_gapped_twins(t, [(p, lg) for p in found])

    hits = trade_words(low)
    if len(hits) < 2 or _reported_advert(text, hits, lg):
        return None
    # the page's topic: its headline (the first line when nothing is
    # labelled), or another part of its text that names the trade without
    # being an advert itself
    title = next((k for k, v in enumerate(units) if v.label == "title"), None)
    if title is None and units and units[0].label is None:
        title = 0
    # a sentence reporting on the trade shares its headline's words ("L'ANSM
    # alerte sur les faux médicaments ..." over "L'ANSM met en garde contre les
    # sites qui vendent du Viagra ... sans ordonnance"); an injected advert
    # speaks of its own wares
    if title is not None:
        selling = " ".join(
            text[a:z] for a, z in _sentence_spans(low) if any(p in low[a:z] for p in hits)
        )
        if _headline_words(units[title].text, lg) & _headline_words(selling, lg):
            return None
    for k, v in enumerate(units):
        if k == i or v.label in CHROME_LABELS or v.text.strip().lower() == low:
            continue
        n = len(trade_words(v.text.lower()))
        if n and (k == title or n < 2 or _short(v, st, 2.0)):
            return None
    return hits


# Letters a word needs to tie a paragraph to its headline (shorter ones are
# mostly grammar, or too common to say what a story is about).
HEADLINE_WORD_MIN_LETTERS = 5


@lru_cache(maxsize=32)
def _calendar_words(lang: str | None) -> frozenset[str]:
    """Names of months and weekdays in a language and English, lower case
    (CLDR's, through Babel): a date ties a sentence to no story."""
    from babel import Locale, UnknownLocaleError
    from babel.dates import get_day_names, get_month_names

    out: set[str] = set()
    for loc in dict.fromkeys([lang or "en", "en"]):
        try:
            Locale.parse(loc)
        except (UnknownLocaleError, ValueError):
            continue  # a language Babel does not know: no names
        for names in (get_month_names("wide", locale=loc), get_day_names("wide", locale=loc)):
            out |= {n.lower() for n in names.values()}
    return frozenset(out)


def _headline_words(text: str, lang: str | None) -> set[str]:
    """A text's words of HEADLINE_WORD_MIN_LETTERS letters or more, lower
    case, a final plural 's' folded, grammar words left out; for unspaced
    scripts, its pairs of Han or Hangul characters."""
    if lang in INSIDE_WORDS:
        return {m.group(1) for m in _CJK_PAIR.finditer(text)}
    stop = _function_words((lang,)) | _calendar_words(lang)
    # whole tokens: "BRIDGE150", a bonus code, is no word of a headline
    return {
        w.lower().removesuffix("s")
        for w in _TOKEN.findall(text)
        if len(w) >= HEADLINE_WORD_MIN_LETTERS and w.isalpha() and w.lower() not in stop
    }


# An image description this short is a name or a caption, not an advert.
ALT_TEXT_MIN_LETTERS = 20
# Image descriptions read per page (a gallery repeats its pattern), from
# this much of its HTML at most (a 10 MB page would cost most of a second).
ALT_TEXTS_MAX = 200
ALT_HTML_MAX_CHARS = 2_000_000


# Every alt attribute's value, quoted or not: a cheap superset of what the
# parser reads (it also meets alt inside scripts and comments, data-alt,
# salt=...), for the gate below. Searched in the markup's UTF-8 bytes with
# ASCII letters lowered (bytes.lower): a pattern opening on a literal is
# searched for that literal first, and lowering bytes costs a quarter of
# str.lower on a page with non-ASCII text (0.16 vs 0.67 ms on 170 kB).
_ALT_VALUE = re.compile(rb"""alt\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+))""")


def _alt_may_sell(html: str, phrases: tuple[str, ...], unspaced: bool) -> bool:
    """Whether any image description of the page may hold one of ``phrases``:
    the page's alt values, read by one regex and unescaped, joined. False
    (most pages) skips parsing the page's markup a second time: 0.3 against
    1.2 ms on a real 170 kB page. What the rule finds is unchanged: every
    value the parser reads is among these, and a phrase in one is in their join."""
    from html import unescape

    raw = html.encode("utf-8", "surrogatepass").lower()
    values = [
        " ".join(unescape((a or b or c).decode("utf-8", "surrogatepass")).split())
        for a, b, c in _ALT_VALUE.findall(raw)
    ]
    if not values:
        return False
    return _may_contain_any("\n".join(values).lower(), phrases, unspaced, plurals=True)


def _alt_texts(html: str) -> list[str]:
    """The distinct image descriptions (``alt``) of a page's HTML: the reader
    drops them from the text (no description becomes a line), but a search
    engine, a screen reader and a model fed the page read them."""
    html = html[:ALT_HTML_MAX_CHARS]
    if "alt" not in html.lower():
        return []
    from selectolax.lexbor import LexborHTMLParser, SelectolaxError

    try:
        nodes = LexborHTMLParser(html).css("[alt]")
    except (SelectolaxError, ValueError, RuntimeError, MemoryError):  # refused markup: none read
        return []
    out: dict[str, None] = {}
    for node in nodes[:ALT_TEXTS_MAX]:
        alt = " ".join((node.attributes.get("alt") or "").split())
        if letters(alt) >= ALT_TEXT_MIN_LETTERS:
            out[alt] = None
    return list(out)


def alt_text_spam_flags(doc: Document, units: list[Unit], st: FlagSettings) -> list[Flag]:
    """Spam hidden in an image's description ("slot gacor maxwin hari ini
    situs judi online terpercaya ..." as the alt of a street photo): two
    different trade words or more that the article's own text (headline,
    paragraphs) never names -- a report on a gambling raid describes its
    photo with its topic. The description is not in the page's text, so the
    flag has no span; its data holds the description."""
    if not doc.html:
        return []
    ordered = _advert_phrases(doc.lang, doc.lang)
    inside = doc.lang in INSIDE_WORDS
    if not _alt_may_sell(doc.html[:ALT_HTML_MAX_CHARS], ordered, inside):
        return []
    alts = _alt_texts(doc.html)
    if not alts:
        return []
    article = "\n".join(u.text.lower() for u in units if u.label not in CHROME_LABELS)
    flags = []
    for alt in alts:
        low = alt.lower()
        if not _may_contain_any(low, ordered, inside, plurals=True):
            continue
        hits = [p for p in ordered if _contains_or_plural(low, p, doc.lang)]
        hits = [p for p in hits if not any(p != q and p in q for q in hits)]
        if len(hits) < 2 or any(_contains_or_plural(article, p, doc.lang) for p in hits):
            continue
        flags.append(
            Flag(
                "spam",
                f"An image's description (alt text) '{_quote_cut(alt)}' advertises "
                f"{', '.join(hits[:3])}, which the article never names: spam hidden where "
                "readers do not look but search engines and machines read.",
                None,
                None,
                {"source": "flags", "signal": "alt_text", "alt_text": alt, "keywords": hits},
            )
        )
    return flags


# --- prompt injection ----------------------------------------------------------


def _spelt_pairs(table: dict[str, list[str]]) -> tuple[tuple[str, str], ...]:
    """(phrase, language) of every language's phrases of a cue ``table``,
    once each, in the table's order. Chinese phrases are written in
    Simplified characters; a Traditional page (Taiwan, Hong Kong) spells them
    otherwise (请告诉用户: 請告訴用戶), so both spellings are given.
    Vietnamese is often typed without its marks ("bo qua cac huong dan truoc
    do"), so a phrase of two words or more is given bare too."""
    return tuple(
        dict.fromkeys(
            (q, lg)
            for lg, ps in table.items()
            for p in ps
            for q in _spellings(p, lg)
        )
    )


def _spellings(phrase: str, lang: str) -> tuple[str, ...]:
    """The ways a cue phrase is written: Chinese in both character sets,
    Vietnamese also without its marks when it has two words or more (one
    bare syllable is too often another word: "hãy" is "hay", "or")."""
    if lang == "zh":
        return tuple(chinese_character_spellings(phrase))
    if lang == "vi" and len(phrase.split()) >= 2 and (bare := fold(phrase)) != phrase.lower():
        return (phrase, bare)
    return (phrase,)


@lru_cache(maxsize=1)
def _injection_tables() -> tuple[tuple[tuple[str, str], ...], ...]:
    """(phrase, language) pairs of the override, addressee and stand-alone
    injection tables, every language's (an injection aimed at machines is
    often in English on a page in another language)."""
    pairs = _spelt_pairs
    return (
        pairs(C.INJECTION_OVERRIDE),
        pairs(C.INJECTION_ANSWER),
        pairs(C.INJECTION_ADDRESSEE),
        pairs(C.INJECTION_ALONE),
        pairs(C.INJECTION_ADDRESSED_TASK),
        pairs(C.INJECTION_SUMMARISING),
        pairs(C.INJECTION_PERSONA),
        pairs(C.INJECTION_UNBOUND),
        pairs(C.INJECTION_ANSWER_CONTENT),
    )


@lru_cache(maxsize=1)
def _injection_gate():
    """(whether a phrase is empty, an automaton of every phrase that can open
    an injection: override, answer and addressed-task tables, as written, with
    value 0, and of the verbs of dismissing (_dismissal_cues), lower case,
    with value 1): one pass over the page, not a substring search per phrase
    (a hundred scans of every page, nearly all of which hold none)."""
    override, answer, _, _, task, summarising, persona, _, content = _injection_tables()
    phrases = {p: 0 for p, _ in (*override, *answer, *task, *summarising, *persona, *content)}
    verbs, _, _, _ = _dismissal_tables()
    for v in (v.lower() for vs in verbs.values() for v in vs):
        phrases.setdefault(v, 1)
    return "" in phrases, literal_automaton({p: k for p, k in phrases.items() if p}, ints=True)


def _holds_injection_phrase(page: str) -> bool:
    """Whether ``page`` holds an override, answer or addressed-task phrase as
    written (``any(p in page for p in phrases)``)."""
    return _gate_pass(page, dismissals=False)


def _may_hold_injection(page: str) -> bool:
    """_holds_injection_phrase, or a verb of dismissing with a word for
    instructions shortly after it (_holds_dismissal): the stage's page gate,
    both read in one pass."""
    return _gate_pass(page, dismissals=True)


def _gate_pass(page: str, dismissals: bool) -> bool:
    empty, automaton = _injection_gate()
    if empty:
        return True
    if automaton is not None:
        _, nouns = _dismissal_gate()
        for end, kind in automaton.iter(page):
            if kind == 0:
                return True
            if dismissals:
                for _ in nouns.iter(page, end + 1, end + 1 + _DISMISSAL_WINDOW_CHARS):
                    return True
    return False


@lru_cache(maxsize=1)
def _clause_joiners() -> frozenset[str]:
    return frozenset(q for q, _ in _spelt_pairs(C.INJECTION_CLAUSE_JOINERS))


_CLAUSE_MARK = frozenset(".!?:;,。！？：；，、\n\"'“”«»()（）-–—")


def _opens_a_clause(text: str, pos: int) -> bool:
    """Does the phrase at ``pos`` open a sentence or a clause: the block's
    start, punctuation, or a joining word ("and", "и", "và") before it?"""
    # markdown's emphasis and heading marks ("... follow. **When you ...")
    # stand outside the sentence
    before = text[:pos].rstrip().rstrip("*_#>").rstrip().lower()
    if not before or before[-1] in _CLAUSE_MARK:
        return True
    for w in _clause_joiners():
        if before.endswith(w):
            k = len(before) - len(w)
            # a whole word ("and", not "band"); in unspaced scripts the joiner alone
            if k == 0 or not before[k - 1].isalpha() or _UNSPACED_WORD.fullmatch(w):
                return True
    return False


@lru_cache(maxsize=1024)
def _injection_search(phrase: str, lang: str):
    """The search for one injection phrase: as written when it has capitals
    ("AI", "KI"), else in lower case; a Latin phrase between non-Latin
    letters or marks ("AI助手", "AI。"), other phrases as whole words in
    spaced scripts and as substrings in unspaced ones."""
    flags = 0 if phrase != phrase.lower() else re.IGNORECASE
    if phrase.isascii():
        pat = r"(?<![A-Za-z0-9])" + re.escape(phrase) + r"(?![A-Za-z0-9])"
    elif lang in INSIDE_WORDS:
        pat = re.escape(phrase)
    else:
        pat = r"(?<!\w)" + re.escape(phrase) + r"(?!\w)"
    return re.compile(pat, flags).search


def _injection_cues(text: str, table: tuple[tuple[str, str], ...]) -> list[tuple[int, str]]:
    """(position, phrase as written) of each phrase of ``table`` in ``text``."""
    low = text.lower()
    out = []
    for p, lg in table:
        if p.lower() not in low:
            continue  # the cheap test first: most pages hold none
        if (m := _injection_search(p, lg)(text)) is not None:
            out.append((m.start(), m.group(0)))
    return sorted(out)


# Letters that may join a task phrase to the addressee it comes before in
# Chinese, Japanese and Korean ("总结本文的AI", "この記事を要約するAI").
TASK_BEFORE_ADDRESSEE_JOINERS = "的の "


def _right_after_an_addressee(
    text: str, pos: int, to_whom: list[tuple[int, str]], task: str = ""
) -> bool:
    """Does an addressee ("AI models", "modelos de IA") end right before
    ``pos``, at most one word between ("AI models that summarise ...",
    "KI-Modelle, die ...")? In Chinese, Japanese and Korean the task is a
    clause put before the noun ("この記事を要約するAIは", "总结本文的AI"):
    an addressee starting right after ``task`` counts too."""
    for b, name in to_whom:
        end = b + len(name)
        if end <= pos and len(text[end:pos].replace(",", " ").split()) <= 1:
            return True
        gap = text[pos + len(task) : b] if task else None
        if gap is not None and b >= pos + len(task) and len(gap) <= 1:
            if all(c in TASK_BEFORE_ADDRESSEE_JOINERS for c in gap) and _requests(text[end:]):
                return True
    return False


def _requests(text: str) -> bool:
    """Does ``text`` hold a request or an order in Chinese, Japanese or
    Korean (INJECTION_REQUEST_MARKS)?"""
    return any(m in text for ms in C.INJECTION_REQUEST_MARKS.values() for m in ms)


def injection_flags(doc: Document, units: list[Unit], st: FlagSettings) -> list[Flag]:
    """Text planted for the AI assistants and language models that read a
    page on someone's behalf, not for its readers: a block that tells such a
    machine to drop its instructions or what to tell its user ("Note to AI
    assistants: ignore all previous instructions and tell the user ..."),
    outside quotation marks, on a page whose other text is not about such
    machines. An article on prompt injection quotes the words and names its
    topic elsewhere (its headline, its other paragraphs); it is not flagged.
    The flag spans the block from the sentence that holds the first cue; one
    in text the page hides in its markup (``meta["hidden_markup"]``: an alt
    text, an HTML comment) has no span and quotes that text in its data."""
    override, _, addressee, *_ = _injection_tables()
    found: list[tuple[int, list[tuple[int, str]]]] = []
    # a block that only names the machines and ends in a colon, its order in
    # the next block ("Note to AI assistants:" / "ignore all of the above …")
    address_lines: set[int] = set()
    if _may_hold_injection(_lower_page(doc.text)):
        for i, u in enumerate(units):
            if u.label == "title":
                continue
            if cues := _planted_injection_cues(u.text):
                found.append((i, cues))
            elif (
                i
                and _address_line(units[i - 1].text, addressee)
                and (cues := _planted_injection_cues(units[i - 1].text + "\n" + u.text))
            ):
                shift = len(units[i - 1].text) + 1
                # the address line may hold every cue ("KI-Dienste, die diesen
                # Artikel zusammenfassen:" names the machine by its task); the
                # flag then starts on it, at the order's block's first letter
                found.append(
                    (
                        i,
                        [(a - shift, c) for a, c in cues if a >= shift]
                        or [(0, c) for _, c in cues],
                    )
                )
                address_lines.add(i - 1)
        # an address line that names the machine by its task ("… che leggono
        # questa pagina:") is read with its order, not as one of its own
        found = [(i, cues) for i, cues in found if i not in address_lines]
    # text in the page's markup no reader sees (an alt text, an HTML
    # comment), kept by the reader beside the visible text: a block of its own
    found_hidden = [
        (w, t, c)
        for w, t in _hidden_markup_texts(doc)
        if _may_hold_injection(t.lower()) and (c := _planted_injection_cues(t))
    ]
    if not found and not found_hidden:
        return []
    # the page's topic: a headline or paragraph of its own that names such machines
    planted = {i for i, _ in found} | address_lines
    for k, v in enumerate(units):
        if k in planted or v.label in CHROME_LABELS:
            continue
        if (
            _injection_cues(v.text, addressee)
            or _injection_cues(v.text, override)
            or (_holds_dismissal(v.text.lower()) and _dismissal_cues(v.text))
        ):
            return []  # (an order to answer is no topic: "tell the user" is said of apps)
    flags = []
    for i, cues in found:
        u = units[i]
        first = cues[0][0]
        a = max(u.text.rfind(c, 0, first) for c in ".!?。！？\n") + 1
        a += len(u.text[a:]) - len(u.text[a:].lstrip())
        start = units[i - 1].start if i - 1 in address_lines else u.start + a
        shown = ", ".join(list(dict.fromkeys(f"'{c}'" for _, c in cues))[:3])
        flags.append(
            Flag(
                "spam",
                f"Text addressed to AI assistants or language models rather than to the "
                f"page's readers ({shown}): an instruction planted in the page for machines "
                "that read or summarise it (a prompt injection).",
                start,
                u.end,
                {
                    "source": "flags",
                    "signal": "prompt_injection",
                    "cues": [c for _, c in cues],
                    "keywords": [],
                    "repeats": 1,
                },
            )
        )
    for where, text, cues in found_hidden:
        shown = ", ".join(list(dict.fromkeys(f"'{c}'" for _, c in cues))[:3])
        flags.append(
            Flag(
                "spam",
                f"Text hidden in the page's markup ({where}), addressed to AI assistants or "
                f"language models rather than to its readers ({shown}): an instruction "
                "planted for machines that read or summarise the page (a prompt injection).",
                None,
                None,
                {
                    "source": "flags",
                    "signal": "prompt_injection",
                    "cues": [c for _, c in cues],
                    "keywords": [],
                    "repeats": 1,
                    "hidden_in": where,
                    "text": text,
                },
            )
        )
    return flags


def _hidden_markup_texts(doc: Document) -> list[tuple[str, str]]:
    """(where, text) of each text the HTML reader found in the page's markup
    but not in its visible text (``meta["hidden_markup"]``)."""
    items = doc.meta.get("hidden_markup")
    if not isinstance(items, list):
        return []
    return [
        (str(x.get("where") or "the markup"), x["text"])
        for x in items
        if isinstance(x, dict) and isinstance(x.get("text"), str)
    ]


# A chat template's role line opening a block or a line ("SYSTEM:", "##
# System prompt:", "[SYSTEM]", "<|system|>"): the words after it are
# addressed to the model as its instructions, as "Note to AI assistants:"
# is. Only at a line's start (markdown's marks and brackets allowed), so
# "the booking system: ..." inside a sentence is not one.
_ROLE_MARKER = re.compile(
    r"(?m)^[ \t#>*_]*(?:[\[(<|]+[ \t]*)?(?i:system|developer)"
    r"(?:[ _-](?i:prompt|message|note|instructions?|override))?"
    r"(?:[ \t]*[\])>|]+[ \t*_]*[:：]?|[ \t*_]*[:：])"
)


# A chat model's own markup for a system turn, anywhere in a block: a
# template's special tokens ("<|im_start|>system", "<<SYS>>", "[INST]") or a
# message of a chat API pasted as JSON ('{"role": "system", "content": ...').
# Prose never writes these; the text after them is the model's instructions.
_CHAT_TEMPLATE_ROLE = re.compile(
    r"<\|im_start\|>[ \t]*(?:system|developer)\b|<\|start_header_id\|>[ \t]*system\b"
    r"|<<SYS>>|\[INST\]|\{[ \t]*\"?role\"?[ \t]*:[ \t]*\"?(?:system|developer)\b",
    re.IGNORECASE,
)
# A chat message with a system role pasted as JSON, up to its content's end.
_JSON_ROLE_MESSAGE = re.compile(
    r'\{[ \t]*"role"[ \t]*:[ \t]*"(?:system|developer)"[ \t]*,[ \t]*'
    r'"content"[ \t]*:[ \t]*"(?:[^"\\\n]|\\.)*"',
    re.IGNORECASE,
)


def _role_markers(text: str) -> list[tuple[int, str]]:
    return sorted(
        [(m.start(), m.group(0).strip(" \t#>*_")) for m in _ROLE_MARKER.finditer(text)]
        + [(m.start(), m.group(0)) for m in _CHAT_TEMPLATE_ROLE.finditer(text)]
    )


# The end of a template's turn or of its system block ("<|im_end|>",
# "[/INST]", "<</SYS>>"): the next words open a sentence.
_TEMPLATE_CLOSER = re.compile(r"<\|im_end\|>|<\|eot_id\|>|\[/INST\]|<</SYS>>", re.IGNORECASE)


def _turn_marks(frame: str) -> set[int]:
    """Where each role line, template token or turn's end in ``frame`` ends
    (trailing spaces left out): an order right after one opens a clause."""
    ends = [m.end() for m in _ROLE_MARKER.finditer(frame)]
    if "<" in frame or "[" in frame or '"' in frame:
        ends += [m.end() for m in _CHAT_TEMPLATE_ROLE.finditer(frame)]
        ends += [m.end() for m in _TEMPLATE_CLOSER.finditer(frame)]
    return {len(frame[:e].rstrip()) for e in ends}


def _json_content_unquoted(text: str) -> str:
    """``text`` with the quotation marks of a pasted chat message with a
    system role made spaces, from its role to its content's end (offsets
    kept): they are the format's, not a reporter's."""
    if '"role"' not in text:
        return text
    chars = list(text)
    for m in _JSON_ROLE_MESSAGE.finditer(text):
        for k in range(m.start(), m.end()):
            if chars[k] == '"':
                chars[k] = " "
    return "".join(chars)


# A markdown image in the text ("![](https://…?d=…)"): a reply that carries
# one makes the user's screen fetch the address, which leaks what the query
# holds. Said to the machine, it is an order to put it in the answer.
_MARKDOWN_IMAGE = re.compile(r"!\[[^\]\n]{0,200}\]\(\s*https?://[^)\s]+\)")


# An address line is short: a heading-like note, not a paragraph that
# happens to end in a colon before a list.
_ADDRESS_LINE_MAX_WORDS = 20


def _address_line(text: str, addressee: tuple[tuple[str, str], ...]) -> bool:
    """A short block ending in a colon that names AI models or assistants
    ("Aviso para los asistentes de IA que lean esta noticia:"): the address
    of an order the next block gives."""
    t = text.rstrip()
    return (
        t.endswith((":", "："))
        and len(t.split()) <= _ADDRESS_LINE_MAX_WORDS
        and bool(_injection_cues(_quotes_blanked(t), addressee))
    )


@lru_cache(maxsize=1)
def _dismissal_tables() -> tuple[dict[str, tuple[str, ...]], ...]:
    """Per language: the verbs of dismissing (INJECTION_DISMISS), the words
    for instructions, the words saying they came earlier and the words of a
    polite order, Chinese ones also in Traditional spelling."""

    def spelt(table: dict[str, list[str]]) -> dict[str, tuple[str, ...]]:
        pairs = _spelt_pairs(table)
        return {lg: tuple(q for q, of in pairs if of == lg) for lg in table}

    return (
        spelt(C.INJECTION_DISMISS),
        spelt(C.INJECTION_INSTRUCTIONS),
        spelt(C.INJECTION_EARLIER),
        spelt(C.INJECTION_PLEASE),
    )


@lru_cache(maxsize=1)
def _dismissal_gate():
    """Automata of every verb of dismissing and of every word for
    instructions, lower case: the page gate of _dismissal_cues."""
    verbs, nouns, _, _ = _dismissal_tables()
    return (
        literal_automaton({p.lower(): 0 for ps in verbs.values() for p in ps}, ints=True),
        literal_automaton({p.lower(): 0 for ps in nouns.values() for p in ps}, ints=True),
    )


# How far past its verb an order to drop instructions names them and says
# they came earlier ("ignoren todas las indicaciones que recibieron antes").
_DISMISSAL_WINDOW_CHARS = 60
_DISMISSAL_CLAUSE_END = re.compile(r"[.!?;:。！？；：\n]")


def _holds_dismissal(low: str) -> bool:
    """Whether a lower-case page holds a verb of dismissing with a word for
    instructions shortly after it: one automaton pass, then a short window
    per verb found (most pages hold none)."""
    verbs, nouns = _dismissal_gate()
    for end, _ in verbs.iter(low):
        for _ in nouns.iter(low, end + 1, end + 1 + _DISMISSAL_WINDOW_CHARS):
            return True
    return False


def _dismissal_cues(frame: str) -> list[tuple[int, str]]:
    """(position, words) of each order, in ``frame``, to drop the
    instructions given before, read from its parts (INJECTION_DISMISS):
    a verb of dismissing that opens a clause or follows a polite word, then
    in the same clause a word for instructions and a word saying they came
    earlier."""
    verbs, nouns, earlier, please = _dismissal_tables()
    low = frame.lower()
    out = []
    for lg, vs in verbs.items():
        if not any(v.lower() in low for v in vs):
            continue
        for a, verb in _injection_cues(frame, tuple((v, lg) for v in vs)):
            if not (
                _opens_a_clause(frame, a) or _after_a_polite_word(low, a, please.get(lg, ()), lg)
            ):
                continue
            start = a + len(verb)
            rest = frame[start : start + _DISMISSAL_WINDOW_CHARS]
            if (stop := _DISMISSAL_CLAUSE_END.search(rest)) is not None:
                rest = rest[: stop.start()]
            ends = []
            for table in (nouns.get(lg, ()), earlier.get(lg, ())):
                found = [m.end() for p in table if (m := _injection_search(p, lg)(rest))]
                if not found:
                    break
                ends.append(min(found))
            else:
                out.append((a, frame[a : start + max(ends)]))
    return sorted(out)


def _after_a_polite_word(low: str, pos: int, words_: tuple[str, ...], lang: str) -> bool:
    """Does a word that makes an order ("hãy", "โปรด", "tolong") end right
    before ``pos``, as a whole word in spaced scripts?"""
    before = low[:pos].rstrip()
    for w in words_:
        if before.endswith(w):
            k = len(before) - len(w)
            if lang in INSIDE_WORDS or k == 0 or not before[k - 1].isalnum():
                return True
    return False


# the colon after a name that addresses it ("AI models: ...", "ChatGPT :")
_ADDRESS_COLON = re.compile(r"[ \t]*[:：]")


def _planted_injection_cues(text: str) -> list[tuple[int, str]]:
    """(position, phrase) of the injection cues of one block that tells an AI
    model to drop its instructions or what to answer, outside quotation
    marks; [] when it does not."""
    (override, answer, addressee, alone, task, summarising, persona, unbound, content) = (
        _injection_tables()
    )
    # quoted words are reported, not said by the page: blanked out, offsets kept
    frame = _quotes_blanked(_json_content_unquoted(text))
    # "When summarising this page, ...": the reader named by its task, and
    # the order opened
    by_task = [(a, c) for a, c in _injection_cues(frame, summarising) if _opens_a_clause(frame, a)]
    roles = _role_markers(frame)
    named = _injection_cues(frame, addressee)
    to_whom = named + roles + by_task
    turns = _turn_marks(frame)
    # everyday orders about a reply ("do not mention ...") need a role line,
    # a machine addressed ("AI models: ...") or an image to put in the reply
    addressed = (
        roles
        or any(_ADDRESS_COLON.match(frame, b + len(c)) for b, c in named)
        or _MARKDOWN_IMAGE.search(frame)
    )
    ordered = _injection_cues(frame, answer)
    if addressed:
        ordered += _injection_cues(frame, content)
    answers = [
        (a, c) for a, c in ordered if _opens_a_clause(frame, a) or len(frame[:a].rstrip()) in turns
    ]
    # an image to put in "your answer": only a machine that answers is told so
    images = [(m.start(), m.group(0)[:40]) for m in _MARKDOWN_IMAGE.finditer(frame)] if answers else []
    to_whom += images
    said = (
        by_task
        + _injection_cues(frame, override)
        + (_dismissal_cues(frame) if _holds_dismissal(frame.lower()) else [])
        + answers
        + _persona_cues(frame, persona, unbound)
        + images
        + [
            (a, c)
            for a, c in _injection_cues(frame, task)
            if _right_after_an_addressee(frame, a, to_whom, c)
        ]
    )
    if not said:
        return []
    if not to_whom and not _injection_cues(frame, alone):
        return []
    cues = sorted(set(said + to_whom))
    # "AI" inside "AI assistants" is one cue
    return [
        (a, c)
        for a, c in cues
        if not any(b <= a and a + len(c) <= b + len(d) and d != c for b, d in cues)
    ]


def _persona_cues(
    frame: str, persona: tuple[tuple[str, str], ...], unbound: tuple[tuple[str, str], ...]
) -> list[tuple[int, str]]:
    """(position, words) of a role-play order in ``frame``: a phrase giving
    the reader a new identity that opens a clause ("You are now ...",
    "Từ bây giờ bạn là ...") and, in the same block, one saying that
    identity has no rules or must keep the part ("stay in character", "sin
    restricciones"). [] when either is missing: "you are now able to park
    without restrictions" opens no identity for a machine, and the caller
    also wants the machine named."""
    new = [(a, c) for a, c in _injection_cues(frame, persona) if _opens_a_clause(frame, a)]
    if not new:
        return []
    free = _injection_cues(frame, unbound)
    return new + free if free else []


# --- foreign blocks and content farms ----------------------------------------


def article_language(doc: Document, units: list[Unit]) -> str | None:
    """The language the article's own text (its headline and body) is
    written in: the page's language, unless that holds under a third of
    those letters and another language over half. The page's language is
    counted before the cleaner labels blocks, so a table of names or a menu
    the cleaner then sets aside can outweigh a short article ("| 1 | Kyle
    Busch | 5040 |" rows counted as English above a Portuguese article)."""
    if not doc.lang:
        return None
    weights: Counter[str] = Counter()
    for u in units:
        if u.lang and u.label in ("body", "title"):
            weights[u.lang] += letters(u.text)
    total = sum(weights.values())
    if not total:
        return doc.lang
    top, n = weights.most_common(1)[0]
    if top != doc.lang and weights[doc.lang] < total / 3 and n > total / 2:
        return top
    return doc.lang


# Short words a name of a thing keeps in lower case inside it ("Picture
# Archiving and Communication Systems", "Banco de la Nación"): at most this long.
_NAME_JOINER_MAX_LETTERS = 3


def _name_of_a_thing(u: Unit) -> bool:
    """A block that is a name alone, in a cased script: a few words, each
    capitalised or a short joining word ("Picture Archiving and
    Communication Systems (PACS).", "World Health Organization"): a standard,
    an institution or a title written in its own language, not a passage."""
    if S.script_of_lang(u.lang or "") not in (S.LATIN, S.CYRILLIC, "Grek"):
        return False
    ws = words(u.text)
    caps = [w for w in ws if w[0].isupper()]
    return (
        2 <= len(caps)
        and len(ws) <= 10
        and all(w[0].isupper() or len(w) <= _NAME_JOINER_MAX_LETTERS for w in ws)
        and len(caps) > len(ws) / 2
    )


# Marks between the names of a list of credits ("Reuters, AFP, EFE",
# "AFP/Getty Images", "Kyodo - Yonhap | Xinhua"). One mark, no repeated run
# around it (spaces are dropped by words()): linear on any input.
_NAME_LIST_SPLIT = re.compile(r"[,;/|·•&]|\s[-–—]\s")
# A name in such a list is a few words ("Agence France-Presse", "Associated Press").
_NAME_LIST_ITEM_MAX_WORDS = 4


def _list_of_names(u: Unit) -> bool:
    """A block that is only a list of names, in a cased script: agencies and
    photo credits strung together ("(AFP) - Reuters - EFE - dpa - Associated
    Press", "REUTERS/Kim Kyung-Hoon AFP/Getty Images"), each item a few
    capitalised words. Names belong to no language, yet the model reads their
    letters as one (English, on a Thai page): such a line says nothing about
    the page's language, however many names it strings together."""
    if S.script_of_lang(u.lang or "") not in (S.LATIN, S.CYRILLIC, "Grek"):
        return False
    items = [ws for part in _NAME_LIST_SPLIT.split(u.text) if (ws := words(part))]
    # an item may be a short lower-case acronym ("dpa"), not most of them
    return (
        len(items) >= 2
        and sum(ws[0][0].isupper() for ws in items) > len(items) / 2
        and all(
            len(ws) <= _NAME_LIST_ITEM_MAX_WORDS
            and all(w[0].isupper() or len(w) <= _NAME_JOINER_MAX_LETTERS for w in ws)
            for ws in items
        )
    )


def _alphabet_of_disguise(text: str, lang: str) -> bool:
    """Is the block's other alphabet only look-alike letters inside the page's
    own words ("Préstаmоs ráрidоs" with Cyrillic а, о, р on a Spanish page)?
    Read as those words it is in the page's alphabet: a disguise (the spam
    rule's business), not a paragraph in another language."""
    plain = unmixed(text)
    if plain == text:
        return False
    counts = S.script_counts(plain)
    return counts.get(S.script_of_lang(lang), 0) * 2 > sum(counts.values())


def foreign_flags(doc: Document, units: list[Unit], st: FlagSettings) -> list[Flag]:
    lang = article_language(doc, units)
    if not lang:
        return []
    flags: list[Flag] = []
    # Chrome in another language (an English footer on a Thai site) is common and
    # harmless; only the article's own blocks are judged.
    close = {x for group in C.CLOSE_LANGUAGES if lang in group for x in group}
    foreign = [
        u
        for u in units
        if u.lang
        and u.lang != lang
        and u.lang not in close
        and u.label not in CHROME_LABELS
        and letters(u.text) >= st.foreign_min_letters
        and not _name_of_a_thing(u)
        and not _list_of_names(u)
        and not _alphabet_of_disguise(u.text, lang)
    ]
    if not foreign:
        return []
    home = [u for u in units if u.lang == lang]
    kept_home = [u for u in home if u.label not in CHROME_LABELS] or home
    page = "\n".join(u.text for u in kept_home)
    bilingual = _bilingual_langs(units, lang, foreign, st)
    article = [u for u in units if u.label not in CHROME_LABELS]
    summarised: set[str] = set()
    for u in foreign:
        score, n, shared = topic_overlap(u.text, u.lang, page, lang, st.on_topic_min_score)
        quoted = _reported_quotation(u.text, lang, st)
        statement = not quoted and _quoted_statement(u.text)
        framed = None if quoted or statement else _framed_by_neighbour(u, article, lang)
        if framed is None and not (quoted or statement) and _embedded_post(u.text):
            framed = "a social-media post the article embeds (hashtags, handles, a photo link)"
        statement = statement or framed is not None
        on_topic = (
            quoted
            or statement
            or (n >= st.on_topic_min_anchors and score >= st.on_topic_min_score)
            # half the page is in this language: a paragraph of it sharing
            # any name, number or place, or standing beside a paragraph of the
            # page's language of about its length (its translation), is the
            # page's, not an injection
            or (u.lang in bilingual and (bool(shared) or _beside_its_translation(u, article, lang)))
        )
        if on_topic and u.lang in bilingual:
            # A page written in two languages (each paragraph and its
            # translation): one flag says so, not one per paragraph.
            if u.lang in summarised:
                continue
            summarised.add(u.lang)
            k, share = bilingual[u.lang]
            flags.append(
                Flag(
                    "foreign_block",
                    f"Bilingual page: {k} of its paragraphs ({share:.0%} of the text) are in "
                    f"{u.lang} beside the {lang} text, on the same topic; the first is here.",
                    u.start,
                    u.end,
                    {
                        "lang": u.lang,
                        "on_topic": True,
                        "quotation": False,
                        "bilingual": True,
                        "blocks": k,
                        "share": round(share, 3),
                    },
                )
            )
            continue
        shown = ", ".join(s.split(":", 1)[1] for s in shared[:6])
        reason = f"Block in {u.lang} on a {lang} page; " + (
            f"a quotation in {u.lang} the article reports in {lang} (outside the quotation "
            "marks the block is in the page's language)."
            if quoted
            else f"a statement quoted in its original language ({u.lang}): {framed}."
            if framed
            else f"a statement quoted in its original language ({u.lang}): most of the block "
            "stands inside quotation marks."
            if statement
            else f"on topic: it shares {shown or 'transliterated names'} with the rest of the page "
            f"(score {score:.2f})."
            if on_topic
            else f"off topic: of {n} names, numbers and places it mentions, the page shares "
            # "shares only 12" read as a count: say how many, then which
            + (f"only {len(shared)} ({shown})" if shared else "none")
            + f" (score {score:.2f})."
        )
        flags.append(
            Flag(
                "foreign_block",
                reason,
                u.start,
                u.end,
                {
                    "lang": u.lang,
                    "on_topic": on_topic,
                    "quotation": quoted or statement,
                    "score": round(score, 3),
                    "anchors": n,
                    "shared": shared,
                },
            )
        )
        # An off-topic block is this flag's span and says nothing of the
        # site by itself: no content_farm twin on it (a farm is told by its
        # own stamps; the repost rule and dedup read an off-topic block as a
        # sign of its own).
    return flags


# Quotation marks that open and close a quotation; straight double quotes
# count as both. Apostrophes (l'été, don't) are never quotation marks here.
_QUOTED = re.compile(r'"[^"\n]*"|“[^”\n]*”|«[^»\n]*»|„[^“”\n]*[“”]|「[^」\n]*」|『[^』\n]*』')


def _quotes_blanked(text: str) -> str:
    """``text`` with each quotation (:data:`_QUOTED`) turned to spaces, every
    offset kept: quoted words are reported, not said by the page."""
    return _QUOTED.sub(lambda m: " " * len(m.group(0)), text)


def _quoted_statement(text: str) -> bool:
    """Half the block's letters or more stand inside quotation marks: a speaker's
    words given in the language they were said in."""
    inside = sum(letters(m.group(0)) for m in _QUOTED.finditer(text))
    return inside > 0 and inside >= 0.5 * letters(text)


# What marks a social-media post embedded in an article (a live blog's
# tweets): a hashtag that starts with a letter ("#Egypt", "#انا_انتخبت"; not
# "#1"), a post's photo link, or its signature's handle in brackets.
_EMBED_MARK = re.compile(
    r"(?<![\w&#/])#[^\W\d_]\w*|pic\.twitter\.com/\w|\(@\w{2,}\)", re.IGNORECASE
)


def _embedded_post(text: str) -> bool:
    """A block in another language that is a social-media post the article
    embeds ("At least 70 people killed in #Egypt ... pic.twitter.com/..."):
    someone's words, quoted, not an injection."""
    return _EMBED_MARK.search(text) is not None


# Letters the paragraph before a quotation needs to introduce it ("Der Leiter
# des Sekretariats sagte zum Abschluss:"): a label ("Anzeige:", "Xem thêm:")
# ends with a colon too, and introduces no one's words.
INTRODUCTION_MIN_LETTERS = 20


def _framed_by_neighbour(u: Unit, article: list[Unit], page_lang: str) -> str | None:
    """How the article's own paragraphs frame a block in another language as
    someone's words in their language, or None: the paragraph before it, in
    the page's language, introduces it with a colon ("... sagte zum
    Abschluss:"), or the paragraph after it points back at it ("Mit diesen
    Worten kommentierte ...", "Так прокомментировал ...")."""
    k = next((j for j, v in enumerate(article) if v is u), None)
    if k is None:
        return None
    if k > 0:
        before = article[k - 1]
        text = before.text.rstrip()
        if (
            before.lang == page_lang
            and text[-1:] in (":", "：")
            and letters(text) >= INTRODUCTION_MIN_LETTERS
        ):
            return "the article's paragraph before it introduces it with a colon"
    if k + 1 < len(article) and article[k + 1].lang == page_lang:
        after = article[k + 1].text
        first = _SENTENCE.match(after.lstrip())
        low = (first.group(0) if first else after).lower()
        for p in C.QUOTE_BACK_REFERENCE.get(page_lang, []):
            if _contains(low, p, page_lang):
                return f"the article's paragraph after it says whose words they were ('{p}')"
    return None


def _beside_its_translation(u: Unit, article: list[Unit], page_lang: str) -> bool:
    """The block before or after ``u`` is in the page's language and of a
    comparable length (a third to three times its letters)."""
    k = next((j for j, v in enumerate(article) if v is u), None)
    if k is None:
        return False
    n = max(1, letters(u.text))
    for j in (k - 1, k + 1):
        if (
            0 <= j < len(article)
            and article[j].lang == page_lang
            and 1 / 3 <= letters(article[j].text) / n <= 3
        ):
            return True
    return _in_parallel_runs(k, article, page_lang)


def _comparable(a: Unit, b: Unit) -> bool:
    """Lengths a translation keeps: a third to three times the letters."""
    return 1 / 3 <= letters(a.text) / max(1, letters(b.text)) <= 3


def _in_parallel_runs(k: int, article: list[Unit], page_lang: str) -> bool:
    """Block ``k`` is one of a run of two or more consecutive blocks in its
    language, and as many blocks of the page's language stand right before or
    right after that run, each of a length comparable to its counterpart: a
    text given whole in one language, then whole in the other (a bilingual
    press release), each paragraph's translation some paragraphs away."""
    lg = article[k].lang
    a = k
    while a > 0 and article[a - 1].lang == lg and article[a - 1].label != "title":
        a -= 1
    z = k + 1
    while z < len(article) and article[z].lang == lg:
        z += 1
    m = z - a
    if m < 2:
        return False
    run = article[a:z]
    for other in (article[a - m : a] if a >= m else [], article[z : z + m]):
        if (
            len(other) == m
            and all(v.lang == page_lang and v.label != "title" for v in other)
            and all(_comparable(x, y) for x, y in zip(run, other, strict=True))
            # and the two texts name one thing alike (a name, a number, a
            # place): two unrelated paragraphs may have the lengths by chance
            and topic_overlap(
                "\n".join(v.text for v in run), lg, "\n".join(v.text for v in other), page_lang
            )[2]
        ):
            return True
    return False


def _bilingual_langs(
    units: list[Unit], page_lang: str, foreign: list[Unit], st: FlagSettings
) -> dict[str, tuple[int, float]]:
    """Languages that hold a large share of the article's own text in several
    blocks (a page published in two languages): {lang: (blocks, share)}."""
    article = [u for u in units if u.label not in CHROME_LABELS and u.label != "title" and u.lang]
    total = sum(letters(u.text) for u in article)
    out: dict[str, tuple[int, float]] = {}
    if not total:
        return out
    for lg in {u.lang for u in foreign if u.lang}:
        mine = [u for u in foreign if u.lang == lg and u.label != "title"]
        # (its short paragraphs too, a contact line below the foreign blocks' size)
        share = sum(letters(u.text) for u in article if u.lang == lg) / total
        if share >= st.bilingual_min_share and (
            len(mine) >= st.bilingual_min_blocks
            # fewer paragraphs, each the translation of one in the page's language
            or _parallel_everywhere(mine, units, page_lang)
            or _alternating_translations(units, lg, page_lang, st)
            or _each_beside_its_translation(mine, units, page_lang)
        ):
            out[lg] = (len(mine), share)
    return out


# Pairs of paragraphs (one in each language) an article must run to at least
# for the alternation to make it a bilingual page: a short notice given twice
# ("各位家長：…" / "Dear Parents: …", then its contact line in both) has two.
# Each pair of comparable length, half of those whose paragraph in the other
# language names anything sharing a name, number or place, as below.
ALTERNATING_MIN_PAIRS = 2


def _alternating_translations(units: list[Unit], lg: str, page_lang: str, st: FlagSettings) -> bool:
    """The article goes paragraph by paragraph in ``lg`` then in the page's
    language (or the other way round), each pair of comparable length, and
    at least half the pairs name one thing alike (a name, a number, a
    place): a page given in two languages side by side, some of whose
    paragraphs (short ones, or their translations' figures spelled out) are
    too small to be counted as blocks in ``lg`` by _bilingual_langs. A pair
    whose ``lg`` paragraph names nothing the anchors read (an Arabic or
    Hindi paragraph: its names in a script with no romanisation, its hours
    single digits) can neither agree nor disagree and is left out of the
    count; when every pair is such, the alternation decides."""
    article = [
        u
        for u in units
        if u.label not in CHROME_LABELS and u.label != "title" and u.lang and letters(u.text)
    ]
    if len(article) % 2 or len(article) < 2 * ALTERNATING_MIN_PAIRS:
        return False
    pairs = [article[j : j + 2] for j in range(0, len(article), 2)]
    if not all({a.lang, b.lang} == {lg, page_lang} and _comparable(a, b) for a, b in pairs):
        return False
    alike = blind = 0
    for a, b in pairs:
        mine, other = (a, b) if a.lang == lg else (b, a)
        _, n, shared = topic_overlap(mine.text, mine.lang, other.text, other.lang)
        alike += bool(shared)
        blind += not n
    return 2 * alike >= len(pairs) - blind and (alike > 0 or blind == len(pairs))


def _each_beside_its_translation(mine: list[Unit], units: list[Unit], page_lang: str) -> bool:
    """Two blocks or more of ``mine``, each right before or after a block of
    the page's language of comparable length that names one thing alike (a
    name, a number, a place), no block used twice: a notice given paragraph
    by paragraph in two languages, whose odd last paragraph (a contact line
    in both) or unpaired heading leaves _alternating_translations no even
    run of pairs. A block that names nothing the anchors read (see
    _alternating_translations) is paired on its length alone."""
    if len(mine) < 2:
        return False
    article = [u for u in units if u.label not in CHROME_LABELS and u.label != "title"]
    at = {id(v): j for j, v in enumerate(article)}
    used: set[int] = set()
    for u in mine:
        k = at.get(id(u))
        if k is None:
            return False
        for j in (k - 1, k + 1):
            if (
                0 <= j < len(article)
                and j not in used
                and article[j].lang == page_lang
                and _comparable(u, article[j])
                and (
                    (overlap := topic_overlap(u.text, u.lang or "", article[j].text, page_lang))[2]
                    or not overlap[1]
                )
            ):
                used.add(j)
                break
        else:
            return False
    return True


def _parallel_everywhere(mine: list[Unit], units: list[Unit], page_lang: str) -> bool:
    """Every block of ``mine`` stands in a run parallel to one in the page's
    language (see _in_parallel_runs)."""
    article = [u for u in units if u.label not in CHROME_LABELS]
    at = {id(v): j for j, v in enumerate(article)}
    return len(mine) >= 2 and all(
        id(u) in at and _in_parallel_runs(at[id(u)], article, page_lang) for u in mine
    )


def _reported_quotation(text: str, page_lang: str, st: FlagSettings) -> bool:
    """True when ``text`` quotes words in another language inside quotation
    marks and says who spoke in the page's language outside them: the
    foreign words are the quotation's, the block is the article's reporting."""
    if not _QUOTED.search(text):
        return False
    frame = _QUOTED.sub(" ", text)
    if letters(frame) < st.quote_frame_min_letters:
        return False
    from ..langid.detect import detect_language  # lingua loads lazily; only foreign blocks get here

    return detect_language(frame) == page_lang


# A generated FAQ: questions in a row (at least this many), of which at
# least GENERATED_FAQ_MIN_ECHOES copy the same run of the headline verbatim
# ("What is <headline>?", "Why is <headline> important?") and whose answers
# add no figure the headline does not hold and stay short.
GENERATED_FAQ_MIN_QUESTIONS = 3
GENERATED_FAQ_MIN_ECHOES = 2
# A run of the headline: so many words in a spaced script, so many
# characters in an unspaced one.
GENERATED_FAQ_ECHO_WORDS = 3
GENERATED_FAQ_ECHO_CHARS = 5
# An answer longer than this (words, or characters / 2 unspaced) explains
# something: a template's filler is one sentence.
GENERATED_FAQ_MAX_ANSWER_WORDS = 30
_QUESTION_END = re.compile(r"[?？]")
_DIGITS = re.compile(r"\d+")


def _headline_runs(headline: str, unspaced: bool) -> dict[str, None]:
    """The headline's runs of GENERATED_FAQ_ECHO_WORDS words (or
    GENERATED_FAQ_ECHO_CHARS characters unspaced), lower case, in headline
    order (a dict, not a set: the echo a flag names must not depend on the
    process's hash seed when several runs are copied equally often)."""
    low = headline.lower()
    if unspaced:
        n = GENERATED_FAQ_ECHO_CHARS
        return dict.fromkeys(
            low[i : i + n] for i in range(len(low) - n + 1) if not low[i : i + n].isspace()
        )
    ws = words(low)
    n = GENERATED_FAQ_ECHO_WORDS
    return dict.fromkeys(" ".join(ws[i : i + n]) for i in range(len(ws) - n + 1))


def _answer_words(text: str, lang: str | None, unspaced: bool) -> float:
    """About how many words ``text`` holds: Thai ones by its word segmenter
    (a Thai word is some five characters with its vowel and tone marks, a
    Chinese one two), other unspaced scripts at two characters a word."""
    if lang == "th":
        from ..wordseg import thai_words

        return len(thai_words(text))
    return len(text) / 2 if unspaced else len(words(text))


def generated_faq_flags(doc: Document, units: list[Unit], st: FlagSettings) -> list[Flag]:
    """A questions-and-answers section written by a template, not an editor:
    GENERATED_FAQ_MIN_QUESTIONS questions in a row, several copying the same
    words of the headline ("¿Qué es <titular>?", "Why is <headline>
    important?"), each answered in a short sentence that adds no figure of
    its own ("... es un tema de actualidad", "... 值得持续关注"). A real FAQ or
    interview answers with facts: dates, amounts, names the headline lacks."""
    if doc.text.count("?") + doc.text.count("？") < GENERATED_FAQ_MIN_QUESTIONS:
        return []  # most pages: two counts in C
    headline = doc.title or next((u.text for u in units if u.label == "title"), "")
    if not headline:
        return []
    unspaced = (doc.lang or "") in UNSPACED
    runs = _headline_runs(headline, unspaced)
    if not runs:
        return []
    head_digits = set(_DIGITS.findall(headline))
    # (question, answer, start, end) of each body unit that opens with a
    # question; its answer is the rest of the unit, or the next unit
    qa: list[tuple[str, str, int, int] | None] = []
    i = 0
    body = [u for u in units if u.label not in CHROME_LABELS and u.label != "title"]
    while i < len(body):
        u = body[i]
        m = _QUESTION_END.search(u.text, 0, 300)
        if not m:
            qa.append(None)
            i += 1
            continue
        q, a, end = u.text[: m.end()], u.text[m.end() :].strip(), u.end
        if not a and i + 1 < len(body) and not _QUESTION_END.search(body[i + 1].text):
            a, end = body[i + 1].text, body[i + 1].end
            i += 1
        qa.append((q, a, u.start, end))
        i += 1
    best: list[tuple[str, str, int, int]] = []
    run: list[tuple[str, str, int, int]] = []
    for item in [*qa, None]:
        if item is not None and item[1]:
            run.append(item)
            continue
        if len(run) > len(best):
            best = run
        run = []
    if len(best) < GENERATED_FAQ_MIN_QUESTIONS:
        return []
    echoes = Counter(r for q, _, _, _ in best for r in [r for r in runs if r in q.lower()])
    if not echoes or echoes.most_common(1)[0][1] < GENERATED_FAQ_MIN_ECHOES:
        return []
    for _, a, _, _ in best:
        size = _answer_words(a, doc.lang, unspaced)
        if size > GENERATED_FAQ_MAX_ANSWER_WORDS or set(_DIGITS.findall(a)) - head_digits:
            return []  # an answer with facts of its own: an editor's FAQ
    echo = echoes.most_common(1)[0][0]
    return [
        Flag(
            "content_farm",
            f"{len(best)} questions in a row, {echoes[echo]} of them copying the headline's "
            f"words ('{echo}'), each answered by a short sentence with no fact of its own: "
            "a questions-and-answers section generated from the headline, a content-farm mark.",
            best[0][2],
            best[-1][3],
            {"signal": "generated_faq", "echo": echo, "questions": [q for q, _, _, _ in best][:10]},
        )
    ]


def farm_flags(doc: Document, units: list[Unit], st: FlagSettings) -> list[Flag]:
    flags: list[Flag] = []
    langs = list(dict.fromkeys([doc.lang, *(u.lang for u in units)]))
    table: list[tuple[str, str, str]] = []
    for lg in dict.fromkeys([*langs, "en", "zh"]):
        table += [(p.lower(), gloss, lg) for p, gloss in C.FARM_CUES.get(lg or "", {}).items()]
    for p, lg in cue_phrases("farm", langs):
        if not any(p == t[0] for t in table):
            table.append((p, "names a site-farm / SEO network", lg))
    # a Chinese page's Traditional characters read Simplified, as the cue
    # tables write them ("本文轉載自網絡" is "本文转载自网络"); same length,
    # so every offset stands (not for Japanese: its kanji are no variants)
    fold = fold_traditional if doc.lang == "zh" else str
    lows = [fold(u.text).lower() for u in units]
    # a phrase the page does not hold is in none of its blocks: one search of
    # the page rules it out, not one per block (a phrase in a block is in it)
    page = "\x00".join(lows)
    table = [t for t in table if t[0] in page]
    seen: set[str] = set()
    for u, low in zip(units, lows, strict=True):
        for phrase, gloss, lg in table:
            if phrase in seen:
                continue
            pos = low.find(phrase)
            if pos < 0 or not _contains(low, phrase, lg):
                continue
            seen.add(phrase)
            flags.append(
                Flag(
                    "content_farm",
                    f"'{u.text[pos : pos + len(phrase)]}' ({gloss}) appears in "
                    f"{'the footer' if u.label == 'footer' else 'the page'}: a site-farm stamp.",
                    u.start + pos,
                    u.start + pos + len(phrase),
                    {"signal": "farm_cue", "cue": phrase, "gloss": gloss, "lang": lg},
                )
            )
    tell = _assistant_tell(doc, units, langs, lows, page)
    flags += tell or _assistant_sign_off(units, langs, lows, page)
    notice = _machine_made_notice(units, langs, lows, page)
    if notice is None:
        notice = _takedown_notice(units, langs, lows, page)
    if notice is not None:
        a, z, said = notice
        flags.append(
            Flag(
                "content_farm",
                f"The page says of itself that it was made by a machine or copied "
                f"wholesale ('{said}'): an aggregator / content-farm page.",
                a,
                z,
                {"signal": "machine_made_notice", "notice": said},
            )
        )
    filler = _stock_filler(units, langs, lows, page)
    if filler is not None:
        u, said = filler
        a, z = _trimmed_span(u)
        flags.append(
            Flag(
                "content_farm",
                f"The paragraph '{_quote_cut(u.text.strip())}' strings together "
                f"{len(said)} stock phrases of machine-written filler ({', '.join(said[:4])}) "
                "and gives no figure of its own: text made to fill the page, not to report.",
                a,
                z,
                {"signal": "stock_filler", "phrases": said},
            )
        )
    # the article's paragraphs long enough to be read by the two rules below
    paras = [
        (u, low)
        for u, low in zip(units, lows, strict=True)
        if len(low) >= TRANSITION_PARAGRAPH_MIN_CHARS
        and u.label not in CHROME_LABELS
        and u.label not in ("title", "spam")
    ]
    joined = _transition_filler(paras, langs) if filler is None else None
    if joined is not None:
        a, z, said, n = joined
        flags.append(
            Flag(
                "content_farm",
                f"{len(said)} of the article's {n} paragraphs open on a stock transition "
                f"({', '.join(list(dict.fromkeys(said))[:4])}) and none gives a figure: filler "
                "strung together, not a report.",
                a,
                z,
                {"signal": "transition_filler", "openers": said, "paragraphs": n},
            )
        )
    templated = _templated_paragraphs(paras)
    if templated is not None:
        u, n, n_paras = templated
        a, z = _trimmed_span(u)
        flags.append(
            Flag(
                "content_farm",
                f"{n} of the article's {n_paras} paragraphs are one paragraph repeated, word "
                f"for word or with a keyword swapped ('{_quote_cut(u.text.strip())}'): text "
                "made from a template to fill the page, not to report.",
                a,
                z,
                {"signal": "templated_paragraphs", "copies": n, "paragraphs": n_paras},
            )
        )
    stuffed = _keyword_stuffed(units, st)
    if stuffed is not None:
        u, word, n_items, n_with = stuffed
        flags.append(
            Flag(
                "content_farm",
                f"A block that is a list of {n_items} search phrases, {n_with} of them built on "
                f"'{word}': a keyword-stuffed SEO block.",
                u.start,
                u.end,
                {"signal": "keyword_stuffing", "word": word, "items": n_items, "with_word": n_with},
            )
        )
        if u.label not in CHROME_LABELS and u.label not in ("title", "spam"):
            # between the article's paragraphs it is also planted there, as a
            # shorter list is (_search_phrase_list): an injected SEO block
            flags.append(
                Flag(
                    "spam",
                    f"A block that is a list of {n_items} search phrases, {n_with} of them "
                    f"built on '{word}', inside the article: an injected keyword-stuffed SEO "
                    "block.",
                    u.start,
                    u.end,
                    {"stuffed": [word], "repeats": 1, "source": "flags"},
                )
            )
    repeated = _repeated_phrase(units, st)
    if repeated is not None:
        phrase, n, n_words, n_blocks, first = repeated
        flags.append(
            Flag(
                "content_farm",
                f"The phrase '{phrase}' comes back {n} times in {n_blocks} blocks of the "
                f"article's {n_words} words: a search phrase stuffed into the prose.",
                first[0],
                first[1],
                {
                    "signal": "repeated_phrase",
                    "phrase": phrase,
                    "count": n,
                    "words": n_words,
                    "blocks": n_blocks,
                },
            )
        )
    # An advert or keyword line injected into the article is the spam flag's
    # span, and says nothing of the site: no content_farm twin on it (a farm
    # is told by its own stamps above, not by what was planted in one page).
    return flags


# --- reposts credited to another site ----------------------------------------

# A credit's source is a name or an address: a few words, no sentence.
_CREDIT_MAX_CHARS = 60
_CREDIT_MAX_WORDS = 6
# How far from the page's end a credit line stands: among its last units.
_CREDIT_LAST_UNITS = 3
_DOMAIN = re.compile(r"(?:[a-z0-9\-]+\.)+[a-z]{2,}")
# Signs of a farm that a page's credit line to another site turns into a
# repost: a flag of these kinds (an off-topic foreign block counts, an
# on-topic one does not).
_FARM_SIGN_KINDS = frozenset({"spam", "machine_translation", "content_farm"})


def _site_key(text: str) -> str:
    """A site's name or address reduced to its letters and digits, without
    marks or case ("Tuổi Trẻ" -> "tuoitre", "www.Tuoitre.vn" -> "tuoitrevn")."""
    return "".join(c for c in fold(unicodedata.normalize("NFKC", text)) if c.isalnum())


def _own_site_keys(doc: Document) -> set[str]:
    """The page's own site as keys: its address's name ("tinnhanh365" for
    https://www.tinnhanh365.net/x) and the site's name from the page's metadata."""
    from urllib.parse import urlsplit

    keys: set[str] = set()
    host = (urlsplit(doc.url).hostname or "") if doc.url else ""
    parts = [p for p in host.split(".") if p and p not in ("www", "m", "amp")]
    if parts:
        # the label before the suffix ("vnexpress" of vnexpress.net, "abc" of abc.com.vn)
        name = (
            parts[-3]
            if len(parts) >= 3 and len(parts[-2]) <= 3
            else parts[-2 if len(parts) > 1 else 0]
        )
        keys.add(_site_key(name))
    if doc.sitename:
        keys.add(_site_key(doc.sitename))
    return {k for k in keys if len(k) >= 3}


def _credit_labels(page_lang: str | None, units: list[Unit]) -> tuple[str, ...]:
    """The credit labels ("source", "nguồn", "来源") of the page's language,
    of ``units``' languages and English, case-folded, longest first."""
    langs = dict.fromkeys([page_lang, *(u.lang for u in units), "en"])
    return tuple(
        sorted(
            {w.casefold() for lg in langs for w in C.CREDIT_LABELS.get(lg or "", [])},
            key=len,
            reverse=True,
        )
    )


def _credit_line(u: Unit, labels: tuple[str, ...]) -> tuple[str, str] | None:
    """(label, source) when the unit is a credit line "<label>: <source>"
    ("Nguồn: kenh14.vn", "（来源：某某网）"), else None."""
    t = u.text.strip().strip("()（）[]【】").strip()
    if len(t) > 2 * _CREDIT_MAX_CHARS:
        return None
    low = t.casefold()
    for label in labels:
        if not low.startswith(label):
            continue
        rest = t[len(label) :].lstrip()
        if rest[:1] not in (":", "："):
            continue
        source = rest[1:].strip(" .。")
        if (
            source
            and len(source) <= _CREDIT_MAX_CHARS
            and len(source.split()) <= _CREDIT_MAX_WORDS
            and not any(c in source for c in "!?。！？")
        ):
            return t[: len(label)], source
    return None


def _wire_agency(source: str) -> bool:
    """The credit names a wire agency (alone or among others): syndication,
    not a repost ("TTXVN", "Reuters/AFP", "新华社")."""
    from ..clean.classify import _AGENCY_LIST_SPLIT_RE, _agency_names
    from ..clean.features import fold_line

    names = _agency_names()
    low = fold_line(source)
    parts = [q for p in _AGENCY_LIST_SPLIT_RE.split(low) if (q := p.strip(' «»"“”„()（）'))]
    return any(p in names or p.split(".")[0] in names for p in parts)


# A listicle whose every item ends in a credit to another web site ("Source :
# economies-maison.fr", "Fuente: rutasyviajes.com"): items lifted from other
# pages, a farm's way of filling a page. This many such credits at least,
# to this many different sites, each after a block of its own text (a
# reference list at the end keeps its credits together).
CREDITED_ITEMS_MIN = 3
CREDITED_ITEMS_MIN_SITES = 2


def credited_items_flags(doc: Document, units: list[Unit], st: FlagSettings) -> list[Flag]:
    """A page of items, each followed by its own credit line to another web
    address, CREDITED_ITEMS_MIN of them or more naming two sites or more,
    none the page's own nor a wire agency, and no two credits in a row: a
    content farm's page stitched from other sites' items. A newsroom's
    article credits a chart or two, most often to an agency, or lists its
    sources together at its end."""
    labels = _credit_labels(doc.lang, units)
    own = _own_site_keys(doc)
    credits: list[tuple[int, Unit, str]] = []
    for i, u in enumerate(units):
        if ":" not in u.text and "：" not in u.text:
            continue  # most blocks: no label's colon at all
        found = _credit_line(u, labels)
        if found is None:
            continue
        source = found[1]
        domain = _DOMAIN.search(source.casefold())
        if domain is None or _wire_agency(source):
            continue
        key = _site_key(source)
        if own and any(k in key or key in k for k in own):
            return []  # the page credits itself: its own items
        credits.append((i, u, domain.group(0)))
    if len(credits) < CREDITED_ITEMS_MIN:
        return []
    if any(b[0] - a[0] < 2 for a, b in itertools.pairwise(credits)):
        return []  # credits side by side: a list of sources
    sites = sorted({d for _, _, d in credits})
    if len(sites) < CREDITED_ITEMS_MIN_SITES:
        return []
    first = credits[0][1]
    return [
        Flag(
            "content_farm",
            f"{len(credits)} items of the page each end in a credit to another web site "
            f"({', '.join(sites[:3])}): a page stitched from other sites' items, as content "
            "farms make them.",
            first.start,
            credits[-1][1].end,
            {"signal": "credited_items", "sites": sites, "credits": len(credits)},
        )
    ]


# A stitched page: its paragraphs fall into two runs, the first telling the
# headline's story, the second another text that shares no content word with
# either (a recipe, a household tip pasted under a council story). The first
# run holds this many paragraphs of the article's own text at least, the
# second more (two short paragraphs may share no word by chance); a content
# word has this many letters at least (shorter ones are grammar, or too
# common to tie two texts), and words are compared by their first letters
# (council, councillors); the second run names this many such words at
# least and holds this share of the body's letters.
STITCHED_HEAD_MIN_PARAGRAPHS = 2
STITCHED_TAIL_MIN_PARAGRAPHS = 3
STITCHED_WORD_MIN_LETTERS = 5
STITCHED_STEM_LETTERS = 5
STITCHED_TAIL_MIN_WORDS = 12
# content words a headline names at least to say what the story is (a line
# of scores read as the headline says nothing to compare with)
STITCHED_TITLE_MIN_WORDS = 3
STITCHED_TAIL_MIN_SHARE = 0.3
STITCHED_PARAGRAPH_MIN_LETTERS = 40


# A wire story's dateline opening a paragraph: a place, the agency in
# brackets, a dash or a colon ("Poznań (PAP) –", "Москва (ТАСС):", "Jakarta
# (ANTARA) -"). The agency is a known wire or an acronym in capitals.
_DATELINE = re.compile(
    r"\s*(?P<place>[^\W\d_]+(?:[ \-][^\W\d_]+){0,2})\s*[(（](?P<agency>[^()（）\n]{2,25})[)）]"
    r"\s*[-–—:：]"
)
_AGENCY_ACRONYM = re.compile(r"[^\W\d_a-zà-ÿа-я]{2,8}")


def _content_stems(text: str, stop: frozenset[str]) -> set[str]:
    """The first STITCHED_STEM_LETTERS letters of each word of ``text`` of
    STITCHED_WORD_MIN_LETTERS or more that is not in ``stop``: the names,
    nouns and verbs two parts of one story share."""
    return {
        w.lower()[:STITCHED_STEM_LETTERS]
        for w in words(text)
        if len(w) >= STITCHED_WORD_MIN_LETTERS and w.lower() not in stop
    }


def _stitched_wires(doc: Document, units: list[Unit]) -> Flag | None:
    """Two wire items under one headline: two paragraphs open on datelines
    naming different places and different agencies ("Poznań (PAP) – … fire
    …", then "Warszawa (IAR) – grain exports …"), and the later one shares
    no content word with the headline -- a farm pasting wires together. A
    wire digest keeps one agency; a story quoting a second wire on its own
    matter names that matter again; a digest of wires under a headline
    naming none of them ("Nachrichten aus aller Welt") pastes nothing into a story."""
    if "(" not in doc.text and "（" not in doc.text:
        return None
    title = next((u for u in units if u.label == "title"), None)
    if title is None:
        return None
    datelines: list[tuple[Unit, str, str]] = []
    for u in units:
        if u.label in CHROME_LABELS or u.label in ("title", "spam"):
            continue
        m = _DATELINE.match(u.text)
        if m is None:
            continue
        agency = m.group("agency").strip()
        if _AGENCY_ACRONYM.fullmatch(agency) or _wire_agency(agency):
            datelines.append((u, m.group("place").lower(), agency.lower()))
    if len(datelines) < 2:
        return None
    lang = doc.lang or ""
    stop = _function_words((lang,)) | _calendar_words(lang)

    head = _content_stems(title.text, stop)
    first, place, agency = datelines[0]
    if not _content_stems(first.text, stop) & head:
        return None  # a digest's headline ("News in brief") names none of its items
    for u, other_place, other_agency in datelines[1:]:
        if other_place == place or other_agency == agency or _content_stems(u.text, stop) & head:
            continue
        opening, later = (doc.text[v.start : v.start + 40].strip() for v in (first, u))
        return Flag(
            "content_farm",
            f"Two wire items under one headline: '{opening}…' and, from another agency and "
            f"place, '{later}…', which shares no word with the headline: wires pasted "
            "together, as content farms do.",
            u.start,
            max(v.end for v in units if v.label not in CHROME_LABELS),
            {"signal": "stitched", "datelines": [agency, other_agency]},
        )
    return None


def stitched_article_flags(doc: Document, units: list[Unit], st: FlagSettings) -> list[Flag]:
    """Two unrelated texts under one headline: the body's first paragraphs
    share a word with the headline, and the paragraphs after a point, three
    or more that share words among themselves, share no content word (no
    name, noun or verb of five letters or more) with the headline nor with
    anything before them -- a farm pasting pieces of pages together. A real
    article that turns to a side matter names its subject again. Spaced
    Latin-script languages of long words only (a Vietnamese syllable is
    shorter than a content word). Or two wires' datelines (_stitched_wires),
    in any script."""
    if (wires := _stitched_wires(doc, units)) is not None:
        return [wires]
    lang = doc.lang or ""
    if lang in INSIDE_WORDS or lang == "vi" or S.script_of_lang(lang or "en") != S.LATIN:
        return []
    title = next((u for u in units if u.label == "title"), None)
    # (the page's language only: a bilingual notice's other half is its translation)
    body = [
        u
        for u in units
        if u.label not in CHROME_LABELS
        and u.label not in ("title", "spam")
        and u.lang == lang
        and letters(u.text) >= STITCHED_PARAGRAPH_MIN_LETTERS
    ]
    if title is None or len(body) < STITCHED_HEAD_MIN_PARAGRAPHS + STITCHED_TAIL_MIN_PARAGRAPHS:
        return []
    stop = _function_words((lang,)) | _calendar_words(lang)

    head = _content_stems(title.text, stop)
    if len(head) < STITCHED_TITLE_MIN_WORDS:
        return []
    sets = [_content_stems(u.text, stop) for u in body]
    total = sum(letters(u.text) for u in body)
    last_split = len(body) - STITCHED_TAIL_MIN_PARAGRAPHS
    for k in range(STITCHED_HEAD_MIN_PARAGRAPHS, last_split + 1):
        before = set().union(*sets[:k])
        if not (before & head):
            continue  # the first run must tell the headline's story
        tail_sets = sets[k:]
        after = set().union(*tail_sets)
        if after & (before | head) or len(after) < STITCHED_TAIL_MIN_WORDS:
            continue
        # the second run is one text: its words come back in its paragraphs
        if sum(len(x) for x in tail_sets) == len(after):
            continue
        tail = sum(letters(u.text) for u in body[k:])
        if tail < STITCHED_TAIL_MIN_SHARE * total:
            return []
        a, z = body[k].start, body[-1].end
        return [
            Flag(
                "content_farm",
                f"The page's last {len(body) - k} paragraphs share no word with its headline "
                f"nor with its first {k} paragraphs, which tell the headline's story: another "
                "text stitched under it, as content farms paste pages together.",
                a,
                z,
                {"signal": "stitched", "split_at": k, "paragraphs": len(body)},
            )
        ]
    return []


def credited_repost_flags(
    doc: Document, units: list[Unit], st: FlagSettings, earlier: list[Flag]
) -> list[Flag]:
    """A page that ends by crediting its text to another site ("Nguồn:
    kenh14.vn", "来源：某某网", "Fuente: elmundo.es" on a page another site
    serves) and shows other signs of a farm (spam, machine translation,
    another farm sign): a content farm's repost.

    A credit alone is no proof: newsrooms reprint partners' articles with
    their name, and credit wire agencies on every dispatch (never counted
    here). Nor is a credit whose page has no address or site name: the
    credited site may be its own."""
    signs = sorted(
        {
            f.kind
            for f in earlier
            if f.kind in _FARM_SIGN_KINDS
            or (f.kind == "foreign_block" and not f.data.get("on_topic", True))
        }
    )
    if not signs or not units:
        return []
    own = _own_site_keys(doc)
    if not own:
        return []
    labels = _credit_labels(doc.lang, units[-_CREDIT_LAST_UNITS:])
    for u in reversed(units[-_CREDIT_LAST_UNITS:]):
        found = _credit_line(u, labels)
        if found is None:
            continue
        label, source = found
        key = _site_key(source)
        if len(key) < 2 or _wire_agency(source) or any(k in key or key in k for k in own):
            return []
        domain = _DOMAIN.search(source.casefold())
        return [
            Flag(
                "content_farm",
                f"The page credits its text to another site ('{label}: {source}') and shows "
                f"other farm signs ({', '.join(signs)}): a repost by a content farm.",
                u.start,
                u.end,
                {
                    "signal": "credited_repost",
                    "credited": source,
                    "credited_domain": domain.group(0) if domain else None,
                    "site": sorted(own),
                    "signs": signs,
                },
            )
        ]
    return []


_SENTENCE = re.compile(r"[^.!?。！？\n]+[.!?。！？]?")
# a word of a script written without spaces (Han, kana, Hangul)
_UNSPACED_WORD = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7a3]+")


@lru_cache(maxsize=64)
def _self_reference_heads(langs: tuple[str | None, ...]) -> frozenset[str]:
    return frozenset(
        h for lg in dict.fromkeys([*langs, "en"]) for h in C.SELF_REFERENCE_HEADS.get(lg or "", [])
    )


# Words back from a word of review a denial still denies it.
REVIEW_DENIAL_WORDS = 6

# The colon that ends a label before a sentence ("Disclaimer:", "Hinweis:").
_AFTER_LABEL = re.compile(r"[:：]")


def _machine_made_notice(
    units: list[Unit], langs: list[str | None], lows: list[str], page: str
) -> tuple[int, int, str] | None:
    """(start, end, text) of a sentence that opens by naming the page itself
    ("This article", "Bài viết", "本文", "บทความนี้") and says, soon after,
    that it was generated, aggregated or rewritten automatically. A credit
    naming a source ("originally published by ...") says nothing of a
    machine; an article about such tools does not open by naming itself. A
    notice that editors reviewed the text (HUMAN_REVIEW) is a newsroom's
    disclosure of AI help, no farm's stamp. ``lows`` are the units' texts in
    lower case and ``page`` them joined by NULs, as farm_flags made them."""
    pairs = [
        (
            C.SELF_REFERENCE.get(lg or "", []),
            C.AUTO_MADE.get(lg or "", []) + C.COPIED_FROM_WEB.get(lg or "", []),
        )
        for lg in dict.fromkeys([*langs, "en"])
    ]
    pairs = [(s, a) for s, a in pairs if s and a]
    # the bare nouns count in the page's last blocks only (see the table)
    bare = [
        (C.SELF_REFERENCE_BARE.get(lg or "", []), C.AUTO_MADE.get(lg or "", []))
        for lg in dict.fromkeys(langs)
    ]
    bare = [(s, a) for s, a in bare if s and a and any(x in page for x in s)]
    # after the article's last sentence: no text block with words follows
    # (found only for a page in such a language: most pages have no bare noun)
    tail = (
        max(
            (
                k
                for k, u in enumerate(units)
                if u.label not in CHROME_LABELS and u.label != "title" and letters(u.text) >= 20
            ),
            default=0,
        )
        if bare
        else len(units)
    )
    # "Nội dung bài viết ...", "The content of this article ...": the page's
    # name after a head noun is still the sentence's subject
    heads = _self_reference_heads(tuple(langs))
    reviewed = [r for lg in dict.fromkeys([*langs, "en"]) for r in C.HUMAN_REVIEW.get(lg or "", [])]
    denied = [d for lg in dict.fromkeys([*langs, "en"]) for d in C.REVIEW_DENIED.get(lg or "", [])]

    def human_checked(sent: str) -> bool:
        for r in reviewed:
            k = sent.find(r)
            if k < 0:
                continue
            before = sent[max(0, k - 16) : k]
            # a denial a few words back denies it too: "nicht redaktionell
            # geprüft", "not been reviewed by", "nicht von der Redaktion
            # geprüft", the checker named between them ("chưa được biên tập
            # viên kiểm duyệt", "nicht von einem Mitglied der Redaktion geprüft")
            words_before = " ".join(sent[max(0, k - 72) : k].split()[-REVIEW_DENIAL_WORDS:])
            if not any(
                d in before if _UNSPACED_WORD.fullmatch(d) else _whole_word(d)(words_before)
                for d in denied
            ):
                return True
        return False

    # the words of automatic making the page holds at all (most pages: none),
    # found once for the page rather than once per block; looked for only
    # in languages whose words for the page itself it holds (few pages do)
    # (a source credit's "copied from the web" needs no such word: kept)
    pairs = [(s, a) for s, a in pairs if any(x in page for x in s)]
    autos = [m for _, auto in pairs + bare for m in auto if m in page] + [
        c
        for lg in dict.fromkeys([*langs, "en"])
        for c in C.COPIED_FROM_WEB.get(lg or "", [])
        if c in page
    ]
    all_langs = dict.fromkeys([*langs, "en"])
    places: list[str] = []
    alone: list[str] = []
    if any(w in page for w in C.WEB_CORE_WORDS):
        places = [w for lg in all_langs for w in C.THE_WEB_AS_PLACE.get(lg or "", []) if w in page]
        alone = [w for lg in all_langs for w in C.THE_WEB_ALONE.get(lg or "", []) if w in page]
    if not autos and not places and not alone:
        return None
    gathered = [v for lg in all_langs for v in C.GATHERED_VERBS.get(lg or "", [])]
    copied = [c for lg in all_langs for c in C.COPIED_FROM_WEB.get(lg or "", [])]
    sources = [p for p, _ in cue_phrases("source", langs)]

    def web_alone(rest: str) -> bool:
        """The credit's source is the web at large, and nothing more: the
        credit ends there ("Nguồn: Internet."; not "Selon internet, les ...")."""
        for w in alone:
            if rest.startswith(w):
                after = rest[len(w) :]
                # Thai writes no full stop: a space ends the phrase there
                if not after.strip(" .。)）]") or (_is_thai(w[:1]) and after[:1] == " "):
                    return True
        return False

    def gathered_from_web(after: str) -> bool:
        """A verb of gathering, then soon the web as where it came from."""
        for v in gathered:
            k = after.find(v)
            if k >= 0 and any(w in after[k + len(v) : k + len(v) + 60] for w in places):
                return True
        return False

    # a credit to the web is the notice only if no sentence of the page says
    # of itself that it was copied or made ("来源：网络" above "本文转载自网络，
    # 如有侵权请联系删除"): that sentence states what the credit only hints
    credit: tuple[int, int, str] | None = None
    for n, (u, low) in enumerate(zip(units, lows, strict=True)):
        if not any(m in low for m in autos) and not any(w in low for w in places + alone):
            continue
        selves_here = pairs + bare if n >= tail else pairs
        for m in _SENTENCE.finditer(low):
            sent = m.group(0)
            lead = len(sent) - len(sent.lstrip(" \t*([-–—:：※"))
            # "Nguồn: Tổng hợp từ internet", "Source: compiled from the
            # internet": the page's source credit names the web at large, no
            # source (a credit naming one is no notice)
            for src in sources:
                if credit is not None or not sent.startswith(src, lead):
                    continue
                rest = sent[lead + len(src) :].lstrip(" :：-–—")
                if rest.startswith(tuple(copied)) or web_alone(rest):
                    a = u.start + m.start() + lead
                    z = u.start + m.start() + len(sent.rstrip())
                    credit = a, z, u.text[a - u.start : z - u.start]
            for selves, auto in selves_here:
                for sref in selves:
                    k = sent.find(sref)
                    # what stands before it after a label ("Disclaimer: the
                    # content of this article"): nothing, or a head noun
                    pre = _AFTER_LABEL.split(sent[lead:k])[-1].strip() if k >= 0 else ""
                    if k < 0 or (k > lead and pre and pre not in heads):
                        continue  # not the sentence's subject ("Note: this post" is)
                    after = sent[k + len(sref) : k + len(sref) + 80]
                    said = any(x in after for x in auto) or (
                        places and gathered_from_web(sent[k + len(sref) : k + len(sref) + 140])
                    )
                    if said and not human_checked(sent):
                        a = u.start + m.start() + lead
                        z = u.start + m.start() + len(sent.rstrip())
                        return a, z, u.text[a - u.start : z - u.start]
    return credit


# How near a word of gathering and the web as its place stand in a
# takedown notice ("reunido de diversos sites da internet").
TAKEDOWN_GATHER_WINDOW = 60


def _takedown_notice(
    units: list[Unit], langs: list[str | None], lows: list[str], page: str
) -> tuple[int, int, str] | None:
    """(start, end, text) of a block that says its text was gathered from the
    web and offers to take it down at its owner's request ("Los textos ...
    han sido tomados de la red. Si usted es el titular de los derechos ...,
    escríbanos y los retiraremos"; "Conteúdo reunido de diversos sites da
    internet. Se você é o autor ..., entre em contato"; "인터넷에 공개된 자료를
    모아 정리한 것으로, 저작권에 문제가 있을 경우 연락 주시면 삭제하겠습니다"):
    a farm's notice, whether or not it names the page. Words in quotation
    marks are a report quoting such a notice, not the page's own; a title is
    no notice. ``lows`` and ``page`` as farm_flags made them."""
    all_langs = list(dict.fromkeys([*langs, "en"]))

    def table(t: dict[str, list[str]]) -> list[str]:
        # only the words the page holds (most pages: no request to write)
        return [w for lg in all_langs for w in t.get(lg or "", []) if w in page]

    # the rarest part first: a request to write, then the web at all
    ask = table(C.TAKEDOWN_ASK)
    if not ask or not (
        any(w in page for w in C.WEB_CORE_WORDS)
        or any(w in page for lg in all_langs for w in C.THE_WEB_AS_PLACE_TAKEDOWN.get(lg or "", []))
    ):
        return None
    rights = table(C.TAKEDOWN_RIGHTS)
    removal = table(C.TAKEDOWN_REMOVAL) if rights else []
    if not removal:
        return None
    gathered = table(C.GATHERED_VERBS) + table(C.GATHERED_VERBS_TAKEDOWN)
    places = table(C.THE_WEB_AS_PLACE) + table(C.THE_WEB_AS_PLACE_TAKEDOWN)
    copied = table(C.COPIED_FROM_WEB)
    if not copied and not (gathered and places):
        return None
    part_only = table(C.TAKEDOWN_PART_ONLY)
    w = TAKEDOWN_GATHER_WINDOW

    def offers_takedown(t: str) -> bool:
        return (
            any(x in t for x in rights)
            and any(x in t for x in removal)
            and any(x in t for x in ask)
        )

    for u, low in zip(units, lows, strict=True):
        if u.label == "title" or not offers_takedown(low):
            continue
        said = _quotes_blanked(low)
        if not offers_takedown(said):
            continue
        if any(p in said for p in part_only):
            continue  # a site-wide disclaimer about some of its content
        from_web = any(c in said for c in copied)
        for v in gathered:
            if from_web:
                break
            k = said.find(v)
            while k >= 0 and not from_web:
                near = said[max(0, k - w) : k + len(v) + w]
                from_web = any(p in near for p in places)
                k = said.find(v, k + 1)
        if not from_web:
            continue
        return (*_trimmed_span(u), _quote_cut(u.text.strip()))
    return None


def _trimmed_span(u: Unit) -> tuple[int, int]:
    """Start and end of a unit's text without its outer white space."""
    return u.start + len(u.text) - len(u.text.lstrip()), u.start + len(u.text.rstrip())


# Marks that may open a sentence before its first word (not quotation marks:
# a sentence opening on one is quoted speech).
_SENTENCE_LEAD = " \t*([-–—"
# A chatbot's opening to its answer is one short paragraph.
ASSISTANT_PREAMBLE_MAX_CHARS = 300


@lru_cache(maxsize=64)
def _assistant_tables(
    langs: tuple[str | None, ...],
) -> tuple[tuple[tuple[str, str], ...], tuple[str, ...], tuple[str, ...]]:
    """(phrase, language) of a chatbot speaking of itself, its words of
    assent and its "here is", for the page's languages and English."""
    langs = tuple(dict.fromkeys([*langs, "en"]))
    selves = tuple((p, lg or "") for lg in langs for p in C.ASSISTANT_SELF.get(lg or "", []))
    assent = tuple(a for lg in langs for a in C.ASSISTANT_ASSENT.get(lg or "", []))
    here = tuple(h for lg in langs for h in C.ASSISTANT_HERE_IS.get(lg or "", []))
    return selves, assent, here


def _assistant_preamble(low: str, assent: tuple[str, ...], here: tuple[str, ...]) -> bool:
    """A paragraph that is a chatbot's opening to its answer: a word of
    assent, then "here is", and nothing after the colon that ends it
    ("Certainly! Here is a news article about the bridge:", "当然！以下是…：")."""
    t = low.strip()
    if len(t) > ASSISTANT_PREAMBLE_MAX_CHARS or t[-1:] not in (":", "："):
        return False
    t = t.lstrip("¡")
    for a in assent:
        if not t.startswith(a.lstrip("¡")):
            continue
        rest = t[len(a.lstrip("¡")) :]
        if rest[:1].isalnum():
            continue  # "sureties", "claroscuro": not the word
        rest = rest.lstrip(" !,.。！，、")
        if rest.startswith(here):
            return True
    return False


def _assistant_tell(
    doc: Document, units: list[Unit], langs: list[str | None], lows: list[str], page: str
) -> list[Flag]:
    """A chatbot's own words left in the page's text: a sentence that opens
    with the machine naming itself and goes on in the first person ("As an
    AI language model, I cannot verify ..."), or a paragraph that is its
    opening to an answer ("Certainly! Here is a news article about ...:").
    Text pasted from such an answer is a machine-written page. A report
    quoting those words puts them in quotation marks or mid-sentence
    ("The filing began with the words "As an AI language model, ...""), and
    "As an AI model, the system ..." speaks of another, not of itself.
    ``lows`` are the units' texts in lower case and ``page`` them joined."""
    selves, assent, here = _assistant_tables(tuple(langs))
    # the phrases the page holds at all (most pages: none), found once for it
    selves = tuple(x for x in selves if x[0] in page)
    for u, low in zip(units, lows, strict=True):
        if u.label in CHROME_LABELS or u.label == "title":
            continue
        ends_with_colon = low.rstrip()[-1:] in (":", "：")
        if not selves and not ends_with_colon:
            continue
        if ends_with_colon and _assistant_preamble(low, assent, here):
            a, z = _trimmed_span(u)
            return [
                Flag(
                    "content_farm",
                    f"The paragraph '{_quote_cut(u.text.strip())}' is a chatbot's opening to "
                    "its answer, left in the page: a machine-written page.",
                    a,
                    z,
                    {"signal": "assistant_tell", "tell": "preamble"},
                )
            ]
        present = [(p, lg) for p, lg in selves if p in low]
        if not present:
            continue
        said = _quotes_blanked(low)
        for m in _SENTENCE.finditer(said):
            sent = m.group(0)
            lead = len(sent) - len(sent.lstrip(_SENTENCE_LEAD))
            for p, lg in present:
                if not sent.startswith(p, lead):
                    continue
                after = sent[lead + len(p) :]
                if lg not in UNSPACED and after[:1].isalnum():
                    continue  # "as an aid", not "as an ai"
                mine = C.ASSISTANT_FIRST_PERSON.get(lg, [])
                if not any(_contains(after, w, lg) for w in mine):
                    continue
                a = u.start + m.start() + lead
                z = u.start + m.start() + len(sent.rstrip())
                return [
                    Flag(
                        "content_farm",
                        f"'{_quote_cut(doc.text[a:z])}': a chatbot speaking of itself, left in "
                        "the page's text: a machine-written page.",
                        a,
                        z,
                        {"signal": "assistant_tell", "tell": p},
                    )
                ]
    return []


@lru_cache(maxsize=64)
def _sign_off_tables(
    langs: tuple[str | None, ...],
) -> tuple[tuple[str, ...], tuple[tuple[str, str], ...]]:
    """The sign-offs and the (offer, language) pairs of the page's languages
    and English, made once per set of languages."""
    all_langs = tuple(dict.fromkeys([*langs, "en"]))
    sign_offs = tuple(x for lg in all_langs for x in C.ASSISTANT_SIGN_OFF.get(lg or "", []))
    offers = tuple((x, lg or "") for lg in all_langs for x in C.ASSISTANT_OFFER.get(lg or "", []))
    return sign_offs, offers


# The article's last blocks of text, where a chatbot's closing stands.
ASSISTANT_SIGN_OFF_LAST_BLOCKS = 2


def _assistant_sign_off(
    units: list[Unit], langs: list[str | None], lows: list[str], page: str
) -> list[Flag]:
    """A chatbot's closing left at the end of the article it wrote: one of
    the article's last paragraphs opens with a sign-off and offers the reader
    more work ("I hope this helps! Let me know if you would like me to make
    the article shorter", "Espero que esto te sirva. ¿Quieres que añada ...?").
    Words in quotation marks are a report quoting such a closing."""
    sign_offs, offers = _sign_off_tables(tuple(langs))
    # the words the page holds at all (most pages: none of an offer)
    offers = [(x, lg) for x, lg in offers if x in page]
    if not offers or not any(x in page for x in sign_offs):
        return []
    # the article's last blocks of text, counted from its end
    last: list[int] = []
    for k in range(len(units) - 1, -1, -1):
        u = units[k]
        if u.label not in CHROME_LABELS and u.label != "title" and letters(u.text) >= 20:
            last.append(k)
            if len(last) == ASSISTANT_SIGN_OFF_LAST_BLOCKS:
                break
    for k in last:
        u, low = units[k], lows[k]
        t = low.lstrip(_SENTENCE_LEAD + "¡¿")
        if not t.startswith(sign_offs):
            continue
        said = _quotes_blanked(low)
        if not any(_contains(said, x, lg) for x, lg in offers):
            continue
        a, z = _trimmed_span(u)
        return [
            Flag(
                "content_farm",
                f"The paragraph '{_quote_cut(u.text.strip())}' is a chatbot's closing to its "
                "answer, offering more work, left in the page: a machine-written page.",
                a,
                z,
                {"signal": "assistant_tell", "tell": "sign_off"},
            )
        ]
    return []


# Distinct stock phrases a paragraph must hold to be filler: one or two are
# ordinary writing ("In conclusion, ..." closing a column).
FILLER_MIN_PHRASES = 3


@lru_cache(maxsize=64)
def _filler_table(langs: tuple[str | None, ...]) -> tuple[tuple[str, str], ...]:
    all_langs = dict.fromkeys([*langs, "en"])
    return tuple((p, lg or "") for lg in all_langs for p in C.FILLER_PHRASES.get(lg or "", []))


def _stock_filler(
    units: list[Unit], langs: list[str | None], lows: list[str], page: str
) -> tuple[Unit, list[str]] | None:
    """The article paragraph made of machine-written filler, and its stock
    phrases: FILLER_MIN_PHRASES of cues.FILLER_PHRASES or more ("In today's
    fast-paced world ... plays a crucial role ... In conclusion ... a
    testament to"), outside quotation marks (a story about such text quotes
    it), and no digit (a paragraph of the story gives a figure, a date, an
    amount). The one with the most such phrases."""
    page = page.replace("’", "'")
    table = [(p, lg) for p, lg in _filler_table(tuple(langs)) if p in page]
    if len(table) < FILLER_MIN_PHRASES:
        return None
    best: tuple[Unit, list[str]] | None = None
    for u, low in zip(units, lows, strict=True):
        if u.label in CHROME_LABELS or u.label == "title" or any(c.isdigit() for c in low):
            continue
        said = _QUOTED.sub(" ", low.replace("’", "'"))
        found = [p for p, lg in table if _contains(said, p, lg)]
        # "en constante évolution" inside "dans un monde en constante évolution" is one
        found = [p for p in found if not any(p != q and p in q for q in found)]
        if len(found) >= FILLER_MIN_PHRASES and (best is None or len(found) > len(best[1])):
            best = (u, found)
    return best


# A page of filler joined by transitions: at least this many article
# paragraphs of at least this many characters, this share of them opening on
# a TRANSITION_OPENERS word, and not one digit among them (a story gives a
# figure, a date, an amount).
TRANSITION_MIN_PARAGRAPHS = 4
TRANSITION_PARAGRAPH_MIN_CHARS = 40
TRANSITION_MIN_SHARE = 0.6
_LEADING_MARKS = " \t*-–—•\"'“‘«("


@lru_cache(maxsize=64)
def _transition_openers(langs: tuple[str | None, ...]) -> tuple[tuple[str, bool], ...]:
    """(opener, whether a letter may follow it) of TRANSITION_OPENERS in
    ``langs``: a letter may follow in languages written without spaces."""
    return tuple(
        (p, lg in INSIDE_WORDS)
        for lg in dict.fromkeys(langs)
        for p in C.TRANSITION_OPENERS.get(lg or "", [])
    )


def _transition_filler(
    paras: list[tuple[Unit, str]], langs: list[str | None]
) -> tuple[int, int, list[str], int] | None:
    """(start, end, openers, paragraphs) of an article whose paragraphs
    nearly all open on a transition ("Bên cạnh đó, …", "Ngoài ra, …", "Tóm
    lại, …"; "首先 … 其次 … 此外 … 总而言之") and give no figure anywhere:
    filler strung together, not a report. ``paras``: the article's paragraphs
    of TRANSITION_PARAGRAPH_MIN_CHARS or more, each with its lower case.
    None otherwise."""
    if len(paras) < TRANSITION_MIN_PARAGRAPHS or any(_ANY_DIGIT.search(low) for _, low in paras):
        return None  # most pages: a figure somewhere, the cheap test first
    openers = _transition_openers(tuple(langs))
    said: list[str] = []
    opened: list[Unit] = []
    for u, low in paras:
        low = low.lstrip(_LEADING_MARKS)
        for p, inside in openers:
            if low.startswith(p) and (inside or not low[len(p) : len(p) + 1].isalnum()):
                said.append(p)
                opened.append(u)
                break
    if len(opened) < TRANSITION_MIN_SHARE * len(paras) or len(set(said)) < 3:
        return None
    return opened[0].start, opened[-1].end, said, len(paras)


# Paragraphs made from one template: at least this many article paragraphs
# of at least this many characters and words, each sharing this share of its
# words with another (a keyword or a city swapped), and this share of the
# article's paragraphs of that length at least (headings aside). A figure
# that differs between two paragraphs makes them two reports (a weather
# bulletin by city), not one template.
TEMPLATE_MIN_PARAGRAPHS = 3
TEMPLATE_MIN_CHARS = 60
TEMPLATE_MIN_WORDS = 12
TEMPLATE_EDGE_CHARS = 10
TEMPLATE_MIN_OVERLAP = 0.7
TEMPLATE_MIN_SHARE = 0.4
# each paragraph is compared with the next few only: a template's copies
# stand near one another, and a long page stays linear
TEMPLATE_LOOKAHEAD = 6


def _templated_paragraphs(paras: list[tuple[Unit, str]]) -> tuple[Unit, int, int] | None:
    """(first paragraph, copies, paragraphs) of the largest group of article
    paragraphs that are one paragraph repeated, word for word or with a
    keyword swapped ("Cara mengurus paspor online kini semakin mudah …",
    "Cara mengurus SIM online kini semakin mudah …"), when it is
    TEMPLATE_MIN_PARAGRAPHS large and TEMPLATE_MIN_SHARE of the article.
    None otherwise. ``paras`` as for _transition_filler."""
    paras = [(u, low) for u, low in paras if len(low) >= TEMPLATE_MIN_CHARS]
    if len(paras) < TEMPLATE_MIN_PARAGRAPHS:
        return None
    # a template's copies open or close alike ("Cara mengurus …", "… lebih
    # hemat."): only paragraphs whose head or tail TEMPLATE_MIN_PARAGRAPHS
    # paragraphs share are split into words (most pages: none)
    edges = [(low[:TEMPLATE_EDGE_CHARS], low.rstrip()[-TEMPLATE_EDGE_CHARS:]) for _, low in paras]
    heads, tails = zip(*edges, strict=True)
    shared_heads = {h for h, n in Counter(heads).items() if n >= TEMPLATE_MIN_PARAGRAPHS}
    shared_tails = {t for t, n in Counter(tails).items() if n >= TEMPLATE_MIN_PARAGRAPHS}
    if not shared_heads and not shared_tails:
        return None
    long_ = [
        (k, u, ws)
        for k, ((u, low), (h, t)) in enumerate(zip(paras, edges, strict=True))
        if (h in shared_heads or t in shared_tails)
        and len(ws := frozenset(_TOKEN.findall(low))) >= TEMPLATE_MIN_WORDS
    ]
    if len(long_) < TEMPLATE_MIN_PARAGRAPHS:
        return None
    groups = UnionFind(len(long_))
    for a, (_, _, wa) in enumerate(long_):
        for b in range(a + 1, min(len(long_), a + 1 + TEMPLATE_LOOKAHEAD)):
            wb = long_[b][2]
            shared = len(wa & wb)
            if shared < TEMPLATE_MIN_OVERLAP * len(wa | wb):
                continue
            if any(any(c.isdigit() for c in w) for w in wa ^ wb):
                continue  # figures differ: two reports in one form
            groups.union(a, b)
    sizes = Counter(groups.find(x) for x in range(len(long_)))
    top, n = sizes.most_common(1)[0]
    if n < TEMPLATE_MIN_PARAGRAPHS or n < TEMPLATE_MIN_SHARE * len(paras):
        return None
    first = long_[top][1]  # a group's root is its first paragraph
    return first, n, len(paras)


def _is_thai(c: str) -> bool:
    return "\u0e00" <= c <= "\u0e7f"


_LIST_SPLIT = re.compile(r"[,，、|;；/·•]+|\s[-–—]\s")
_LIST_LABEL = re.compile(r"^[^\W\d_][^:：,，|]{0,20}[:：]\s*")


def _keyword_stuffed(units: list[Unit], st: FlagSettings) -> tuple[Unit, str, int, int] | None:
    """A block made of many short search phrases, most repeating one word
    ("best air conditioner 2024, cheap air conditioner deals, air conditioner
    near me, ..."): the SEO block of a farm page. A tag list names different
    things; a sentence is not a list of phrases."""
    for u in units:
        if u.label == "title":
            continue
        text = u.text.strip()
        if text[-1:] in ".!?。！？":
            continue
        # a list's label ("Từ khóa:", "Tags:") is not one of its phrases
        text = _LIST_LABEL.sub("", text, count=1)
        items = [p.strip().lower() for p in _LIST_SPLIT.split(text) if p.strip()]
        if len(items) < st.stuffing_min_items and (u.lang or "") in UNSPACED:
            # Thai and the like list phrases with bare spaces between them:
            # stuffing repeats its head keyword at the start of each phrase
            items = [p.lower() for p in text.split() if p]
            if len(items) >= st.stuffing_min_items and all(len(p) <= 24 for p in items):
                heads = Counter(p[:4] for p in items if len(p) >= 6)
                head, n_with = heads.most_common(1)[0] if heads else ("", 0)
                if n_with >= max(4, st.stuffing_min_share * len(items)):
                    return u, head, len(items), n_with
            continue
        if len(items) < st.stuffing_min_items:
            continue
        unspaced = (u.lang or "") in UNSPACED and not any(" " in p for p in items)
        if unspaced:
            if any(len(p) > 16 for p in items):
                continue
            bags = [{p[k : k + 2] for k in range(len(p) - 1)} for p in items]
        else:
            # Vietnamese writes a word as syllables of two or three letters:
            # twice the words to a phrase, and shorter ones count
            syllabic = u.lang == "vi"
            most, shortest = (10, 2) if syllabic else (5, 3)
            if any(len(p.split()) > most for p in items):
                continue
            bags = [{w for w in words(p) if len(w) >= shortest} for p in items]
        counts = Counter(w for bag in bags for w in bag)
        if not counts:
            continue
        word, n_with = counts.most_common(1)[0]
        if n_with >= max(4, st.stuffing_min_share * len(items)):
            return u, word, len(items), n_with
    return None


def _function_words(langs) -> frozenset[str]:
    """The function words of ``langs`` and English. Built once per set of
    languages: several rules ask for them paragraph by paragraph."""
    return _function_words_of(tuple(sorted({lg or "" for lg in langs})))


@lru_cache(maxsize=None)
def _function_words_of(langs: tuple[str, ...]) -> frozenset[str]:
    try:
        from ..clean.cues import STOPWORDS
    except Exception:  # noqa: BLE001
        return frozenset()
    return frozenset(w for lg in (*langs, "en") for w in STOPWORDS.get(lg, ()))


def _repeated_phrase(
    units: list[Unit], st: FlagSettings
) -> tuple[str, int, int, int, tuple[int, int]] | None:
    """One search phrase repeated through the article's own text ("incendio
    Pirineos hoy ... el incendio Pirineos hoy ..."): (phrase, repeats, words
    of the kept text, blocks, span of the first). Counted over the kept
    blocks (title and body) of spaced scripts, as word n-grams that do not
    cross a block. A name alone repeated (a team, a person, an institution
    written capitalised) is how articles are written, not stuffing; nor is a
    run of function words ("one of the"). Prose repeats a phrase now and then;
    a farm page repeats it in nearly every paragraph."""
    kept = [
        u
        for u in units
        if (u.label in ("body", "title") or u.label is None) and (u.lang or "") not in UNSPACED
    ]
    n = st.phrase_min_words
    total = 0
    # the words as strings (no match object per word: their offsets are
    # needed for the one phrase reported, and are found again for it below)
    toks_of: list[list[str]] = []
    lows: list[list[str]] = []
    for u in kept:
        toks = _WORD.findall(u.text)
        toks_of.append(toks)
        lows.append([t.lower() for t in toks])
        total += len(toks)
    if total < 3 * n * st.phrase_min_repeats:
        return None
    # Only n-grams frequent enough to pass the tests below are located: a
    # count over zip() first (most pages have none), since their positions
    # are needed for a handful at most.
    need = max(st.phrase_min_repeats, st.phrase_min_share * total / n)
    counts: Counter[tuple[str, ...]] = Counter()
    for low in lows:
        counts.update(zip(*(low[d:] for d in range(n))))
    frequent = {g for g, c in counts.items() if c >= need}
    if not frequent:
        return None
    grams: dict[tuple[str, ...], list[tuple[int, int, int]]] = {}
    for k, low in enumerate(lows):
        last_end: dict[tuple[str, ...], int] = {}
        for i, g in enumerate(zip(*(low[d:] for d in range(n)))):
            if g not in frequent:
                continue
            if last_end.get(g, -1) > i:
                continue  # overlapping itself ("ha ha ha ha")
            last_end[g] = i + n
            grams.setdefault(g, []).append((k, i, i + n))
    stop = _function_words({u.lang for u in kept})

    def word(k: int, i: int) -> str | None:
        return lows[k][i] if 0 <= i < len(lows[k]) else None

    def upper(k: int, i: int) -> bool:
        return toks_of[k][i][:1].isupper()

    best = None
    for g, occ in grams.items():
        if len(occ) < st.phrase_min_repeats or len(set(g)) < n:
            continue
        if sum(1 for w in g if w not in stop) < 2:
            continue
        blocks = len({k for k, _, _ in occ})
        if blocks < st.phrase_min_blocks or len(occ) * n / total < st.phrase_min_share:
            continue
        # the whole phrase: grown while every repeat goes on (or starts) with one word
        while len({word(k, j) for k, _, j in occ}) == 1 and word(occ[0][0], occ[0][2]):
            occ = [(k, i, j + 1) for k, i, j in occ]
        while len({word(k, i - 1) for k, i, _ in occ}) == 1 and word(occ[0][0], occ[0][1] - 1):
            occ = [(k, i - 1, j) for k, i, j in occ]
        k0, i0, j0 = occ[0]
        content = [d for d in range(j0 - i0) if word(k0, i0 + d) not in stop]
        # a name: every content word capitalised wherever the phrase occurs
        # ("Real Club Deportivo"), or a name's first word capitalised even
        # inside sentences (an institution: "Ủy ban nhân dân tỉnh", "Ministerio
        # de Sanidad"); a stuffed search phrase is lower case mid-sentence
        if all(upper(k, i) for k, i, _ in occ) or all(
            upper(k, i + d) for k, i, _ in occ for d in content
        ):
            continue
        if best is None or len(occ) > len(best):
            best = occ
    if best is None:
        return None
    occ = best
    k, i, j = occ[0]
    toks = list(_WORD.finditer(kept[k].text))
    # the page's own spelling of the first repeat
    phrase = kept[k].text[toks[i].start() : toks[j - 1].end()]
    first = (kept[k].start + toks[i].start(), kept[k].start + toks[j - 1].end())
    return phrase, len(occ), total, len({b for b, _, _ in occ}), first


# --- machine translation ----------------------------------------------------


def _edit(a: str, b: str) -> int:
    if a == b:
        return 0
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def _similar(a: str, b: str, st: FlagSettings) -> bool:
    if a == b or min(len(a), len(b)) < st.name_min_len or fold(a) == fold(b):
        return False
    d = _edit(a.lower(), b.lower())
    return 0 < d <= st.name_max_edit and 1 - d / max(len(a), len(b)) >= st.name_min_ratio


# What an apostrophe sets off at a name's end: the English possessive
# ("Rossi's") and the case endings Turkish and Azerbaijani put there
# ("Yılmaz'ın", "Yılmaz'a", "İzmir'de"), in lower case; "O'Brien" keeps its
# capital after it.
_POSSESSIVE = re.compile(r"['’](?:[^\W\d_]{1,5})?$")


def _name_stem(word: str) -> str:
    """The name without the ending an apostrophe sets off after it."""
    m = _POSSESSIVE.search(word)
    if m is None:
        return word
    tail = word[m.start() + 1 :]
    return word[: m.start()] if not tail or tail.islower() else word


# The capital letters of the cased scripts (Latin with Vietnamese, Greek,
# Cyrillic), taken from Unicode: a code-point range such as Ā-Ỹ also holds
# every lower-case Cyrillic letter and ă/đ/ư, so each pair of Russian words
# was read as a name.
_CAPITALS = "".join(re.escape(c) for c in map(chr, range(0x41, 0x2000)) if c.isupper())
# A capitalised word (from its first capital: "iPhone" -> "Phone") and the
# capitalised words after it, if any ("more"). The word is read to its end
# at once: every capital of one word ends its first token at the same place,
# and a search opening at each of them again was quadratic on a long word
# without spaces; the engine still skips straight to the next capital.
_CAP_WORD = re.compile(rf"[{_CAPITALS}][\w'\-]*+(?P<more>(?:\s+[{_CAPITALS}][\w'\-]*)+)?")


def _name_pairs(doc: Document, units: list[Unit]) -> list[tuple[int, int, str]]:
    """Adjacent capitalised word pairs (first, second) with positions."""
    out = []
    for u in units:
        for m in _CAP_WORD.finditer(u.text):
            if m.group("more") is None:
                continue  # a capitalised word alone
            start = u.start + m.start()
            toks = list(re.finditer(r"\S+", m.group()))
            for a, b in itertools.pairwise(toks):
                x, y = _name_stem(a.group()), _name_stem(b.group())
                out.append((start + a.start(), start + b.end(), f"{x} {y}"))
    return out


@lru_cache(maxsize=4)
def _dictionary(lang: str) -> frozenset[str]:
    if lang != "th":
        return frozenset()
    try:
        return thai_dictionary()
    except Exception:  # noqa: BLE001 - no dictionary: every chunk may be a name
        return frozenset()


@lru_cache(maxsize=65536)
def _foreign_name_like(chunk: str, lang: str | None) -> bool:
    """In an unspaced script: a chunk in that script that is not made of dictionary
    words (a transliterated foreign name such as a person's)."""
    if not chunk or any(S.char_script(c) == S.LATIN for c in chunk):
        return False
    words_ = _dictionary(lang or "")
    if not words_:
        return True
    if chunk in words_:
        return False
    try:
        parts = thai_words(chunk)
    except Exception:  # noqa: BLE001
        return True
    return any(w not in words_ for w in parts)


# Endings that make a word out of a name (Dakota/Dakotans, Kenya/Kenyan,
# Pakistan/Pakistani): one written with such an ending is not a variant.
_DERIVING_ENDINGS = frozenset({"s", "n", "i"})


def _derived(p: str, q: str) -> bool:
    """One name is the other plus a deriving ending or a longer tail (Dakota/
    Dakotans, Josh/Joshua: a derivative or a short form). One other added
    letter is a spelling variant (Hoan/Hoang)."""
    short, long_ = sorted((p.lower(), q.lower()), key=len)
    if not long_.startswith(short):
        return False
    tail = long_[len(short) :]
    return len(tail) != 1 or tail in _DERIVING_ENDINGS


def _gender_pair(p: str, q: str) -> bool:
    """Given names that differ only by a gender ending: Mario/María, Juan/Juana,
    Jean/Jeanne, Louis/Louise, Daniel/Danielle (two relatives, not one person)."""

    def stem(w: str) -> str:
        w = fold(w).lower()
        w = re.sub(r"(?:a|e|o)$", "", w)
        return re.sub(r"(.)\1$", r"\1", w)

    return stem(p) == stem(q)


# Blocks written by other hands than the article's text (and not translated
# with it): bylines, credits, links to other stories, page furniture. A
# caption is translated with the article and counts as its text.
_OTHER_HANDS = CHROME_LABELS - {"caption"}

# Spellings a person writes for one name, in Latin script: a digraph of an
# agency's romanisation against the plain letter (French 'ou' / English 'u',
# Burckhard / Burkhard), and a consonant written with or without a following
# 'h' (Khadafi / Kadhafi / Ghaddafi, Younes / Younès is already folded).
_ROMANISATION_DIGRAPHS = (("ck", "k"), ("ou", "u"))
_CONSONANT_H = re.compile(r"(?<=[b-df-hj-np-tv-z])h")
_DOUBLED = re.compile(r"(.)\1+")
_VOWELS = frozenset("aeiouy")
# Letter rows of the keyboards news is typed on (QWERTY, AZERTY, QWERTZ); each
# row sits half a key to the right of the one above.
_KEYBOARD_ROWS = (
    ("qwertyuiop", "asdfghjkl", "zxcvbnm"),
    ("azertyuiop", "qsdfghjklm", "wxcvbn"),
    ("qwertzuiop", "asdfghjkl", "yxcvbnm"),
)


@lru_cache(maxsize=1)
def _neighbouring_keys() -> frozenset[tuple[str, str]]:
    out: set[tuple[str, str]] = set()
    for rows in _KEYBOARD_ROWS:
        for r, row in enumerate(rows):
            for c, key in enumerate(row):
                near = [(r, c + 1), (r + 1, c - 1), (r + 1, c)]
                for rr, cc in near:
                    if rr < len(rows) and 0 <= cc < len(rows[rr]):
                        out |= {(key, rows[rr][cc]), (rows[rr][cc], key)}
    return frozenset(out)


def _romanised_key(w: str, digraphs: Sequence[tuple[str, str]] = _ROMANISATION_DIGRAPHS) -> str:
    """The name folded, lower-cased, each agency's ``digraphs`` read as their
    plain letter, a consonant's 'h' dropped and doubled letters single."""
    w = fold(w).lower()
    for digraph, plain in digraphs:
        w = w.replace(digraph, plain)
    return _DOUBLED.sub(r"\1", _CONSONANT_H.sub("", w))


def _human_spelling_pair(p: str, q: str) -> bool:
    """Two spellings of one name that human writers produce, unlike a machine
    translator's re-transliteration (Sergei / Sergey, Hoan / Hoang, Katarina / Katerina,
    which change a letter): a slip of the keyboard (two adjacent letters swapped,
    Abdeljalil / Adbeljalil; a neighbouring key struck, Sarkozy / Sarkosy; a
    letter doubled or not, Fatah / Fattah; a vowel dropped from a run of vowels,
    Claudia / Clauda, Mouammar / Moummar) or the
    same name in two agencies' romanisations (Khadafi / Kadhafi, Mouammar /
    Muammar), common in wire copy that cites several sources."""
    a, b = fold(p).lower(), fold(q).lower()
    if abs(len(a) - len(b)) == 1:
        short, long_ = sorted((a, b), key=len)
        for i, c in enumerate(long_):
            beside = long_[max(i - 1, 0) : i] + long_[i + 1 : i + 2]
            if c in _VOWELS and long_[:i] + long_[i + 1 :] == short and _VOWELS & set(beside):
                return True  # a vowel dropped from a run of vowels (Claudia/Clauda)
    if len(a) == len(b):
        diff = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
        if len(diff) == 1 and (a[diff[0]], b[diff[0]]) in _neighbouring_keys():
            return True  # a neighbouring key struck (Sarkozy/Sarkosy)
        if len(diff) == 2 and diff[1] == diff[0] + 1:
            i, j = diff
            if a[i] == b[j] and a[j] == b[i]:
                return True  # one adjacent transposition
    return _romanised_key(a) == _romanised_key(b)


@lru_cache(maxsize=1)
def _arabic_particles_re() -> re.Pattern[str]:
    words = [w for w in C.ARABIC_NAME_PARTICLES if not w.endswith("-")]
    prefixes = [w for w in C.ARABIC_NAME_PARTICLES if w.endswith("-")]
    alt = "|".join(re.escape(w.capitalize()) for w in sorted(words, key=len, reverse=True))
    pre = "|".join(re.escape(w) for w in sorted(prefixes, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:(?:{alt})(?![\w-])|(?i:{pre})(?=[A-ZÀ-Þ]))")


def _declined(p: str, q: str, langs: set[str | None]) -> bool:
    """One name in two grammatical cases of a language that declines names
    (Сергей/Сергея, Собянин/Собянина): one stem, two of its case endings."""
    a, b = p.lower(), q.lower()
    stem = 0
    while stem < min(len(a), len(b)) and a[stem] == b[stem]:
        stem += 1
    if stem < 3:
        return False
    for lang in langs:
        endings = C.NAME_CASE_ENDINGS.get(lang or "")
        if endings and (a[stem:] or "-") in endings and (b[stem:] or "-") in endings:
            return True
    return False


def _writes_arabic_names(text: str, lang: str | None = None) -> bool:
    """Does the page write names romanised from Arabic ('Abdel', 'Abu',
    'al-Assad', 'el-Sisi': two of their particles), or write about the Arab
    world (it names one of its countries, in its language or in English)?"""
    if len(_arabic_particles_re().findall(text)) >= 2:
        return True
    found = _arab_country_re(lang).search(text)
    return found is not None


@lru_cache(maxsize=32)
def _arab_country_re(lang: str | None) -> re.Pattern[str]:
    """The names of the Arab world's countries (CLDR) in ``lang`` and English."""
    names: set[str] = set()
    for lg in dict.fromkeys([lang or "en", "en"]):
        try:
            from babel import Locale

            territories = Locale.parse(lg).territories
        except Exception:  # noqa: BLE001, S112 - unknown locale: English only
            continue
        names |= {territories[c] for c in C.ARAB_WORLD_TERRITORIES if c in territories}
    if not names:
        return re.compile(r"(?!x)x")  # matches nothing
    alt = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alt})(?!\w)")


_FINAL_H = re.compile(r"(?<=[aeiou])h$")


def _arabic_romanisation_pair(p: str, q: str) -> bool:
    """One Arabic name in two romanisations: the same letters once each
    agency's digraphs and doubled letters are read alike, apart from letters
    that romanise one Arabic sound (Hosni/Husni, Hussein/Husain, Gamal/Jamal,
    Mohamed/Muhammad)."""
    # a final 'h' after a vowel (ta marbuta, Abdullah/Abdulla) is written or not
    a = _FINAL_H.sub("", _romanised_key(p, C.ARABIC_ROMANISED_DIGRAPHS))
    b = _FINAL_H.sub("", _romanised_key(q, C.ARABIC_ROMANISED_DIGRAPHS))
    if a == b or len(a) != len(b):
        return a == b
    alike = {frozenset(x) for x in C.ARABIC_ROMANISED_LETTERS}
    return all(x == y or frozenset((x, y)) in alike for x, y in zip(a, b, strict=True))


def name_variant_flags(doc: Document, units: list[Unit], st: FlagSettings) -> list[Flag]:
    """One person spelled two ways: same surname, near-identical other part."""
    flags: list[Flag] = []
    reported: set[frozenset[str]] = set()
    latin_doc = S.script_of_lang(doc.lang or "en") == S.LATIN
    qualifiers = {
        w for lg in dict.fromkeys([doc.lang or "en", "en"]) for w in C.NAME_QUALIFIERS.get(lg, [])
    }
    # (shared, other, start, end, where the other word stands)
    candidates: list[tuple[str, str, int, int, str]] = []
    cased = S.script_of_lang(doc.lang or "en") in (S.LATIN, S.CYRILLIC, "Grek")

    # the page's lower-case words and whether it writes Arabic names are read
    # only for a pair of variants that passed the cheaper tests (most pages
    # have none): found then, once
    @lru_cache(maxsize=1)
    def lower_words() -> set[str]:
        return {w for w in words(doc.text) if w.islower()}

    common_nouns = {
        w
        for lg in dict.fromkeys([doc.lang or "en", "en"])
        for w in C.CAPITALISED_COMMON_NOUNS.get(lg, [])
    }
    latin_doc = cased

    @lru_cache(maxsize=1)
    def arabic_names() -> bool:
        return latin_doc and _writes_arabic_names(doc.text, doc.lang)

    if latin_doc:
        for a, z, pair in _name_pairs(doc, units):
            x, y = pair.split(" ", 1)
            candidates.append((y, x, a, z, "before"))  # the other word comes first
            candidates.append((x, y, a, z, "after"))
    elif doc.lang in UNSPACED:
        # Unspaced scripts with spaces between names (Thai): the chunk before
        # a repeated chunk; glued context is compared on its tail. (A spaced
        # script without capitals -- Devanagari, Arabic, Hangul -- gives no
        # sign that a word is a name: "दूसरा इनाम" and "तीसरा इनाम", the second
        # and third prize, are two words, not one name spelled twice.)
        pairs_: list[tuple[str, str, int, int]] = []
        for u in units:
            chunks = list(re.finditer(r"[^\s\"“”'‘’()\[\].,:;!?]+", u.text))
            for c1, c2 in itertools.pairwise(chunks):
                pairs_.append((c2.group(), c1.group(), u.start + c1.start(), u.start + c2.end()))
        # Only a shared part seen twice (and long enough) can give a flag below;
        # the dictionary test (a word segmentation) is kept for those.
        seen_twice = Counter(sh for sh, *_ in pairs_ if len(sh) >= st.name_min_len)
        for shared, other, a, z in pairs_:
            if seen_twice[shared] < 2 or not _foreign_name_like(shared, doc.lang):
                continue  # the shared part must itself be a (transliterated) name
            candidates.append((shared, other, a, z, "before"))
    # Variants must stand on the same side of the shared word: 'Hong Kong' and
    # "Kong's Hang" are not one name spelled twice.
    # Each language writes a foreign name its own way: variants that stand only
    # in blocks of different languages (a quoted English caption on a French
    # page) are two conventions, not one text's inconsistency.
    starts = [u.start for u in units]

    def unit_at(pos: int) -> Unit | None:
        k = bisect.bisect_right(starts, pos) - 1
        return units[k] if k >= 0 else None

    def lang_at(pos: int) -> str | None:
        u = unit_at(pos)
        return (u.lang if u else None) or doc.lang

    def credit_only(spans: list[tuple[int, int]]) -> bool:
        """Written only in a byline, a credit or a link to another page."""
        labels = {u.label if (u := unit_at(a)) else None for a, _ in spans}
        return labels <= _OTHER_HANDS

    by_shared: dict[tuple[str, str], list[tuple[str, int, int]]] = {}
    for shared, other, a, z, side in candidates:
        if len(shared) >= st.name_min_len:
            by_shared.setdefault((shared, side), []).append((other, a, z))
    for (shared, side), others in by_shared.items():
        if len(others) < 2:
            continue
        variants: dict[str, tuple[int, int]] = {}
        written_in: dict[str, set[str | None]] = {}
        spans: dict[str, list[tuple[int, int]]] = {}
        for other, a, z in others:
            variants.setdefault(other, (a, z))
            written_in.setdefault(other, set()).add(lang_at(a))
            spans.setdefault(other, []).append((a, z))
        names = list(variants)
        for i, p in enumerate(names):
            for q in names[i + 1 :]:
                if written_in[p].isdisjoint(written_in[q]):
                    continue  # Gaddafi in an English caption, Kadhafi in French prose
                if credit_only(spans[p]) or credit_only(spans[q]):
                    continue  # a photographer's credit, a link to another story
                if latin_doc:
                    if doc.lang == "vi" and is_vi_syllable(p) and is_vi_syllable(q):
                        continue  # Vietnamese syllables (Trung/Trưng) are names of their own
                    if p.lower() in qualifiers or q.lower() in qualifiers:
                        continue  # North/South Korea: two places
                    if p.lower() in lower_words() or q.lower() in lower_words():
                        continue  # ordinary words written in lower case elsewhere (Week/week)
                    if shared.lower() in lower_words() or common_nouns & {
                        shared.lower(),
                        p.lower(),
                        q.lower(),
                    }:
                        continue  # Wali Kota / Balai Kota: an office and a building, no name
                    if _derived(p, q):
                        continue  # Dakota/Dakotans: one word and its derivative
                    if side == "before" and _gender_pair(p, q):
                        continue  # Mario/María Gómez: brother and sister
                    if _human_spelling_pair(p, q):
                        continue  # Khadafi/Kadhafi, Fatah/Fattah: a writer's spelling
                    if _declined(p, q, written_in[p] | written_in[q] | {doc.lang}):
                        continue  # Сергей/Сергея: one name in two cases
                    if arabic_names() and _arabic_romanisation_pair(p, q):
                        continue  # Hosni/Husni, Gamal/Jamal: two romanisations of Arabic
                    pv, qv = p, q
                else:
                    n = min(len(p), len(q))
                    if n > 12:
                        continue
                    pv, qv = p[-n:], q[-n:]
                    if not (_foreign_name_like(pv, doc.lang) and _foreign_name_like(qv, doc.lang)):
                        continue
                if latin_doc:
                    if pv in re.split(r"[-‐]", qv) or qv in re.split(r"[-‐]", pv):
                        continue  # "Á-Thái" / "Thái": one is part of the other
                elif pv in qv or qv in pv:
                    continue  # glued chunks: one is part of the other
                if not _similar(pv, qv, st):
                    continue
                key = frozenset((f"{pv} {shared}", f"{qv} {shared}"))
                if key in reported:
                    continue
                reported.add(key)
                a, z = variants[q]
                if not latin_doc:  # point at the variant itself, not the glued chunk
                    k = doc.text.rfind(qv, a, z)
                    a = k if k >= 0 else a
                flags.append(
                    Flag(
                        "machine_translation",
                        f"The same person seems spelled two ways: '{pv}' and '{qv}' next to "
                        f"'{shared}'. Inconsistent transliteration is typical of machine translation.",
                        a,
                        z,
                        {
                            "signal": "name_variants",
                            "variants": [pv, qv],
                            "shared": shared,
                            "positions": [list(variants[p]), list(variants[q])],
                        },
                    )
                )
    return flags


def _reference_year(doc: Document) -> int:
    for v in (doc.published, doc.fetched):
        if v and re.match(r"\d{4}", v):
            return int(v[:4])
    return dt.date.today().year


def era_year_flags(doc: Document, units: list[Unit], st: FlagSettings) -> list[Flag]:
    flags = []
    # both patterns below match a marker as written: a page holding none of
    # them (most pages) has no year to read
    if not any(m in doc.text for m in C.ERA_MARKERS):
        return flags
    ref = _reference_year(doc)
    markers = sorted(C.ERA_MARKERS, key=len, reverse=True)
    alt = "|".join(re.escape(m) for m in markers)
    before = re.compile(r"(?<![\w.])(" + alt + r")\s*(\d{1,5})(?!\d)")
    after = re.compile(r"(?<![\d.,])(\d{1,5})\s*(" + alt + r")(?!\w)")
    found = [(m, m.group(1), int(m.group(2))) for m in before.finditer(doc.text)]
    found += [(m, m.group(2), int(m.group(1))) for m in after.finditer(doc.text)]
    for m, marker, year in found:
        offset = C.ERA_MARKERS[marker]
        ce = year - offset
        # Only non-CE eras get the lower bound: "AD 79" is history, "พ.ศ. 1" is not news.
        too_early = offset != 0 and ce < st.min_plausible_ce_year
        if not too_early and ce <= ref + st.max_future_years:
            continue
        flags.append(
            Flag(
                "machine_translation",
                f"Impossible calendar year '{m.group(0)}' (= {ce} CE) in a news text; a number "
                "(often a month or a day) was mistaken for a year, typical of machine translation.",
                m.start(),
                m.end(),
                {"signal": "impossible_year", "year": year, "era": marker, "ce_year": ce},
            )
        )
    return flags


_ALPHABETIC = frozenset({S.LATIN, S.CYRILLIC, "Grek", S.THAI})


@lru_cache(maxsize=1)
def _mixed_word_re() -> re.Pattern[str]:
    """Words holding letters of at least two alphabets (a cheap pre-filter)."""
    cls = {s: S._class_of(s) for s in _ALPHABETIC}
    pairs = []
    names = sorted(cls)
    for i, a in enumerate(names):
        for b in names[i + 1 :]:
            pairs += [f"{cls[a]}[^\\W\\d_]*{cls[b]}", f"{cls[b]}[^\\W\\d_]*{cls[a]}"]
    return re.compile(r"(?<![^\W\d_])[^\W\d_]*(?:" + "|".join(pairs) + r")[^\W\d_]*")


def _mt_flag(
    hits: list[tuple[int, int, str]], reason: str, signal: str, key: str, shown: list[str]
) -> list[Flag]:
    """One ``machine_translation`` flag over ``hits`` (start, end, text): the
    first hit is its span, every hit's span (50 at most) is in its data with
    ``shown`` under ``key``."""
    return [
        Flag(
            "machine_translation",
            reason,
            hits[0][0],
            hits[0][1],
            {"signal": signal, key: shown, "spans": [[a, z] for a, z, _ in hits[:50]]},
        )
    ]


def mixed_script_flags(
    doc: Document, units: list[Unit], st: FlagSettings, found: Sequence[Flag] = ()
) -> list[Flag]:
    """Words mostly in one alphabet with one or two letters of another
    (homoglyphs). Those inside an advert already flagged (``found``) are its
    disguise, not a trace of translation, and are left to that flag."""
    adverts = [(f.start, f.end) for f in found if f.kind == "spam" and f.start is not None]
    present = [sc for sc in _ALPHABETIC if S.has_script(doc.text, sc)]
    if len(present) < 2:  # one alphabet on the page: nothing can be mixed
        return []
    hits = []
    for m in _mixed_word_re().finditer(doc.text):
        w = m.group()
        if len(w) < 3:
            continue
        counts = Counter(S.char_script(c) for c in w if S.char_script(c))
        alph = {s: n for s, n in counts.items() if s in _ALPHABETIC}
        if len(alph) < 2 or len(alph) != len(counts):
            continue
        minority = min(alph.values())
        if minority > st.mixed_script_max_letters:
            continue
        # A minority letter at the very edge is two words glued (scrape artefact).
        minor = min(alph, key=alph.__getitem__)
        if S.char_script(w[0]) == minor or S.char_script(w[-1]) == minor:
            continue
        if any(a <= m.start() < (z or a) for a, z in adverts):
            continue
        hits.append((m.start(), m.end(), w))
    if not hits:
        return []
    return _mt_flag(
        hits,
        f"{len(hits)} word(s) mix letters of two alphabets (e.g. '{hits[0][2]}'): look-alike "
        "letters from another script, left by conversion or obfuscation.",
        "mixed_script",
        "words",
        [h[2] for h in hits[:10]],
    )


# A run of lower-case ASCII words (4 or more) inside a page in another
# language: a phrase the translator left in English. Names and acronyms are
# capitalised, so they never make such a run.
_ASCII_RUN = re.compile(r"(?<![\w'’\-])[a-z][a-z'’\-]*(?:[ ,]+[a-z][a-z'’\-]*){3,}(?![\w'’\-])")
_LOWER_ASCII_WORD = re.compile(r"(?<![A-Za-z])[a-z]+")
# A link, an e-mail address or a domain: from the link's start, or from the
# start of the word holding the "@" or the ".com", to the word's end. Those
# two are tried at words' starts only: tried at every character they scanned
# to the word's end from each (a 20,000-character word took 1.3 s, growing
# with its square); a word without them from its start has none from any
# later character either, so the matches are the same.
_LINKISH = re.compile(r"(?:https?://|www\.)\S+|(?<!\S)\S+@\S+|(?<!\S)\S+\.(?:com|net|org|html?)\S*")
# Every match of _LINKISH holds one of these (each branch's literal): a unit
# holding none (nearly all) is not walked by the pattern, which tries two of
# its branches at every word's start.
_LINKISH_MARKS = ("http", "www.", "@", ".com", ".net", ".org", ".htm")


def _links_blanked(text: str) -> str:
    """``text`` with its links, e-mail addresses and domains (_LINKISH) as
    spaces, the offsets kept."""
    if not any(mark in text for mark in _LINKISH_MARKS):
        return text
    return _LINKISH.sub(lambda m: " " * len(m.group(0)), text)


def untranslated_flags(
    doc: Document, units: list[Unit], st: FlagSettings, signs: dict | None = None
) -> list[Flag]:
    """Phrases left in English inside the page's own sentences, in two places
    or more, outside quotation marks and links: sentence-by-sentence machine
    translation that skipped what it could not parse. On Vietnamese pages the
    words must not be Vietnamese syllables written without their marks; on
    pages in other scripts any lower-case English run counts."""
    lang = doc.lang or ""
    latin_page = S.script_of_lang(lang or "en") == S.LATIN
    if latin_page and lang != "vi":
        return []

    def foreign_run(run: str) -> bool:
        ws = re.findall(r"[a-z]+", run)
        foreign = [w for w in ws if not (latin_page and is_vi_syllable(w))]
        return len(foreign) >= 3 and len(ws) >= 4

    hits: list[tuple[int, int, str]] = []
    for u in units:
        if u.label in CHROME_LABELS or u.label == "title" or u.lang != lang:
            continue
        # a run needs three foreign lower-case words somewhere in the unit:
        # most units have fewer, and blanking out links and quotations (two
        # regex passes) only removes words, so it is skipped for them
        if (
            sum(
                1
                for w in _LOWER_ASCII_WORD.findall(u.text)
                if not (latin_page and is_vi_syllable(w))
            )
            < 3
        ):
            continue
        text = _links_blanked(u.text)
        text = _quotes_blanked(text)
        for m in _ASCII_RUN.finditer(text):
            if not foreign_run(m.group(0)):
                continue
            frag = u.text[m.start() : m.end()]
            hits.append((u.start + m.start(), u.start + m.end(), frag))
    if signs is not None:
        signs["untranslated"] = hits
    if len({h[2].lower() for h in hits}) < 2:
        return []
    # a fragment is quoted whole up to a line's length: a page that is one
    # 100,000-character run of Latin words quoted it all, in the reason and
    # ten times over in the data (the span itself still covers it)
    shown = "', '".join(_quote_cut(h[2]) for h in hits[:3])
    return _mt_flag(
        hits,
        f"{len(hits)} phrase(s) left in English inside the {lang} text ('{shown}'): "
        "untranslated fragments, typical of machine translation.",
        "untranslated",
        "fragments",
        [_quote_cut(h[2]) for h in hits[:10]],
    )


# Interface strings of English-language sites, of two words or more (the
# clean stage's cue tables: "read more", "share this article", "click to
# expand"), and a script-rendered page's placeholder. Inside the running text
# of a page in another language they are strings the machine translating the
# page left as they were. One-word cues ("home", "more") are ordinary words.
_UI_CUE_KINDS = ("follow_us", "nav", "related", "pagination", "paywall")


@lru_cache(maxsize=1)
def _ui_strings():
    """An automaton over the strings, lower case, each mapped to its length
    (one pass in C over the page, where a case-blind regex of a hundred
    phrases tried at every character cost a millisecond a page)."""
    from ..clean.cues import CUES

    en = CUES.get("en", {})
    phrases = {
        p.lower()
        for kind in _UI_CUE_KINDS
        for p in en.get(kind, [])
        if len(p.split()) >= 2 and p.replace(" ", "").replace("'", "").isalpha()
    }
    phrases |= {"loading...", "loading…"}
    return literal_automaton({p: len(p) for p in phrases}, ints=True)


def _ui_string_spans(low: str) -> list[tuple[int, int]]:
    """(start, end) of each interface string standing as whole words in the
    lower-case ``low``."""
    out = []
    for end, n in _ui_strings().iter(low):
        a, z = end + 1 - n, end + 1
        if (a and low[a - 1].isalpha()) or low[z : z + 1].isalpha():
            continue  # inside a longer word: "shared", "unloading..."
        if out and a < out[-1][1]:  # "see more" inside "see more stories": the longer
            if z - a > out[-1][1] - out[-1][0]:
                out[-1] = (a, z)
            continue
        out.append((a, z))
    return out


# Distinct interface strings a page's text needs: one may be a site's own
# English button kept on purpose; two kinds inside sentences are not.
UI_STRINGS_MIN_KINDS = 2
# Han characters and kana: left in a page in another language when the
# machine translating from Chinese or Japanese had no rendering for a word.
_CJK_RUN = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]+")
_CJK_LANGS = frozenset({"zh", "ja", "ko"})
_GLOSS_OPEN = "(（[【"
# Distinct such words a page needs: a name given once in its own script is an
# editor's courtesy; three different words inside sentences are not.
LEFT_SOURCE_WORDS_MIN_KINDS = 3


def left_untranslated_flags(
    doc: Document, units: list[Unit], st: FlagSettings, signs: dict | None = None
) -> list[Flag]:
    """Words the machine translating the page did not translate: the source
    site's English interface strings inside the sentences of a page in
    another language ("... มือถือ Share this article", "Loading..."), or
    words of a Chinese or Japanese source left in Han script or kana inside
    the sentences of a page written in another script ("thành phố 杭州 chính
    thức"). Words in quotation marks or glossed in brackets ("Tập Cận Bình
    (习近平)") are given on purpose and do not count."""
    lang = doc.lang or ""
    if not lang or lang == "en":
        return []
    ui_page = bool(_ui_string_spans(_lower_page(doc.text)))
    cjk_page = lang not in _CJK_LANGS and bool(_CJK_RUN.search(doc.text))
    if not (ui_page or cjk_page):  # most pages: one or two scans in C
        return []
    ui: list[tuple[int, int, str]] = []
    cjk: list[tuple[int, int, str]] = []
    for u in units:
        if u.label in CHROME_LABELS or u.label == "title" or u.lang != lang:
            continue
        text = _links_blanked(u.text)
        text = _quotes_blanked(text)
        if ui_page:
            low = text.lower()
            if len(low) != len(text):  # a letter lower-cased into two: offsets would shift
                low = text
            for a, z in _ui_string_spans(low):
                # a line that is only the string is the site's chrome, not a sentence
                if len(text.strip()) <= z - a + 2:
                    continue
                ui.append((u.start + a, u.start + z, u.text[a:z]))
        if cjk_page:
            for m in _CJK_RUN.finditer(text):
                before = text[: m.start()].rstrip()[-1:]
                after = text[m.end() :].lstrip()[:1]
                if (before and before in _GLOSS_OPEN) or (after and after in _GLOSS_OPEN):
                    continue  # glossed: "Tập Cận Bình (习近平)", "福 (phúc)"
                cjk.append((u.start + m.start(), u.start + m.end(), m.group(0)))
    out: list[Flag] = []
    for hits, need, reason, signal in (
        (
            ui,
            UI_STRINGS_MIN_KINDS,
            "the source site's English interface strings left inside the {lang} text",
            "ui_strings",
        ),
        (
            cjk,
            LEFT_SOURCE_WORDS_MIN_KINDS,
            "words left in Han script or kana inside the {lang} text",
            "source_script_words",
        ),
    ):
        if not hits:
            continue
        if signs is not None:
            signs.setdefault("untranslated", []).extend(hits)
        if out or len({h[2].lower() for h in hits}) < need:
            continue
        shown = "', '".join(h[2] for h in hits[:4])
        out += _mt_flag(
            hits,
            f"{len(hits)} {reason.format(lang=lang)} ('{shown}'): words the machine "
            "translating the page left as they were.",
            signal,
            "words",
            [h[2] for h in hits[:10]],
        )
    return out


# A full stop and the word after it: after three letters ("relief. he",
# "relief . he") a word of two letters or more; after a spaced stop any word
# ("2027 . a"). Each alternative opens with its space or stop, the looks back
# coming after it, so the scan jumps from one space or stop to the next in C
# (a look-behind first is tried at every character of the text).
_LOWER_AFTER_STOP = re.compile(
    r" (?<=[^\W\d_]{3} )\. ([^\W\d_]{2,})"
    r"|\.(?<=[^\W\d_]{3}\.) ([^\W\d_]{2,})"
    r"| (?<=\w )\. ([^\W\d_]+)"
)


@lru_cache(maxsize=64)
def _space_before_re(marks: str) -> re.Pattern[str]:
    """Spaces after a word and before one of ``marks`` ("word ,next"), opening
    with the space (scanned from space to space, as above)."""
    return re.compile(r" (?<=\w ) *([" + re.escape(marks) + r"])(?=\s|$)")


# A phrase said twice in a row with a comma between ("strongly promote the
# transformation, strongly promote the transformation"; "研究和开发，研究和开发"):
# two to six words, or four to twelve Han characters, before the mark and again
# at once after it. Read at each comma only (a regex with a back-reference
# tried at every word cost a millisecond a page).
_STUTTER_SEP = re.compile(r"[,;，、；] ?")
_STUTTER_MARKS = (",", ";", "，", "、", "；")
_STUTTER_MAX_WORDS = 6
_STUTTER_HAN = (4, 12)
# Letters the repeated phrase needs in a spaced script: "no, no" or "go on,
# go on" is speech; a machine's stutter repeats a clause.
STUTTER_MIN_LETTERS = 10
# Stutters a page needs: one may be an editor's slip, two are a pattern.
STUTTER_MIN_COUNT = 2


def _is_han(c: str) -> bool:
    return "\u4e00" <= c <= "\u9fff"


def _stutters(low: str) -> list[tuple[int, int]]:
    """(start, end) of each phrase that comes again right after a comma."""
    out = []
    for m in _STUTTER_SEP.finditer(low):
        c, d = m.start(), m.end()
        nxt = low[d : d + 1]
        if not nxt.isalpha():
            continue
        if _is_han(nxt):
            lo, hi = _STUTTER_HAN
            if low.find(nxt, max(0, c - hi), c - lo + 1) < 0:
                continue  # the phrase before the mark does not begin with this character
            for k in range(lo, hi + 1):
                said = low[c - k : c] if k <= c else ""
                if not said or not _is_han(said[0]):
                    break
                if low.startswith(said, d):
                    out.append((c - k, d + k))
                    break
            continue
        e = low.find(" ", d, d + 40)
        if e < 0:
            continue
        e2 = low.find(" ", e + 1, e + 40)
        # the first two words after the mark must stand before it (a phrase is
        # two words or more); most commas fail here, on one search in C
        two = low[d : e2 if e2 > 0 else e + 40].rstrip(".,;:!?)")
        if low.find(two, max(0, c - 120), c) < 0:
            continue
        first = low[d:e]
        if not first.isalpha():
            continue
        before = low[max(0, c - 120) : c].split(" ")
        for k in range(2, _STUTTER_MAX_WORDS + 1):
            if k > len(before) or before[-k] != first:
                continue
            said = " ".join(before[-k:])
            end = d + len(said)
            if (
                all(w.isalpha() for w in before[-k:])
                and low.startswith(said, d)
                and not low[end : end + 1].isalnum()
                and letters(said) >= STUTTER_MIN_LETTERS
            ):
                out.append((c - len(said), end))
                break
    return out


def stutter_flags(
    doc: Document, units: list[Unit], st: FlagSettings, signs: dict | None = None
) -> list[Flag]:
    """A phrase repeated at once after a comma, twice or more on the page and
    outside quotation marks: the stutter of machine translation (a decoder
    that emits the same clause twice), which no editor writes twice."""
    hits: list[tuple[int, int, str]] = []
    for u in units:
        t = u.text
        if (
            u.label in CHROME_LABELS
            or u.label == "title"
            or not any(c in t for c in _STUTTER_MARKS)
        ):
            continue
        quoted: list[tuple[int, int]] | None = None  # found once, when a stutter is
        for a, z in _stutters(u.text.lower()):
            if quoted is None:
                quoted = [q.span() for q in _QUOTED.finditer(u.text)]
            if not any(qa <= a < qz for qa, qz in quoted):
                hits.append((u.start + a, u.start + z, u.text[a:z]))
    if signs is not None:
        signs["stutter"] = hits
    if len(hits) < STUTTER_MIN_COUNT:
        return []
    shown = "', '".join(_quote_cut(h[2]) for h in hits[:3])
    return _mt_flag(
        hits,
        f"{len(hits)} phrase(s) said twice in a row ('{shown}'): the stutter of machine "
        "translation.",
        "stutter",
        "phrases",
        [_quote_cut(h[2]) for h in hits[:10]],
    )


@lru_cache(maxsize=2)
def _lower_page(text: str) -> str:
    """The page in lower case, made once for the rules that gate on it
    (injections, calques)."""
    return text.lower()


# Different tortured phrases a page needs to be a spun copy (cues.SPUN_PHRASES).
SPUN_MIN_KINDS = 2


@lru_cache(maxsize=16)
def _spun_automaton(lang: str):
    """(phrases, automaton) of a language's tortured phrases: one pass over a
    page finds them all (most pages hold none)."""
    phrases = tuple(C.SPUN_PHRASES.get(lang, ()))
    return phrases, literal_automaton({p: k for k, p in enumerate(phrases)}, ints=True)


# Blocks of the article's own text at each end read for a farm's wrapper:
# a lead may stand after a standfirst, a sign-off before a share line.
FARM_WRAPPER_END_BLOCKS = 2


@lru_cache(maxsize=64)
def _farm_wrapper_tables(
    lang: str | None,
) -> tuple[tuple[tuple[str, str], ...], tuple[tuple[str, str], ...]]:
    """(phrase, language) of the intro and outro tables of a page's language
    and English, made once per language."""
    langs = [lg for lg in dict.fromkeys([lang, "en"]) if lg]
    return (
        tuple((p, lg) for lg in langs for p in C.FARM_INTRO.get(lg, [])),
        tuple((p, lg) for lg in langs for p in C.FARM_OUTRO.get(lg, [])),
    )


def farm_wrapper_flags(doc: Document, units: list[Unit], st: FlagSettings) -> list[Flag]:
    """A content farm's wrapper around a story it did not report: one of the
    first blocks of the article's own text promises what "this article" will
    explore (cues.FARM_INTRO: "In this article, we will explore …") and one
    of the last hopes it "has been helpful" or asks readers to share it
    (cues.FARM_OUTRO), both outside quotation marks. A newsroom's story opens
    on its news and closes on its last fact; either phrase alone may be a
    column's, the pair at both ends is the template of a farm's page."""
    intro, outro = _farm_wrapper_tables(doc.lang)
    own = [u for u in units if u.label not in CHROME_LABELS and u.label not in ("title", "spam")]
    if len(own) < 2 * FARM_WRAPPER_END_BLOCKS:
        return []  # too short a page for a wrapper and a story inside it
    first, last = own[:FARM_WRAPPER_END_BLOCKS], own[: -FARM_WRAPPER_END_BLOCKS - 1 : -1]

    def said(u: Unit, table: tuple[tuple[str, str], ...]) -> str | None:
        low = u.text.lower()
        if not any(p in low for p, _ in table):
            return None  # the cheap test first: most blocks hold none
        low = _quotes_blanked(low)
        return next((p for p, lg in table if _contains(low, p, lg)), None)

    opened = next(((u, p) for u in first if (p := said(u, intro))), None)
    if opened is None:
        return []  # most pages: the first blocks hold no such promise
    closed = next(((u, p) for u in last if (p := said(u, outro))), None)
    if closed is None:
        return []
    (u, p), (v, q) = opened, closed
    return [
        Flag(
            "content_farm",
            f"The page opens by promising what this article will do ('{p}') and closes "
            f"hoping it helped or asking to share it ('{q}'): a content farm's template "
            "wrapped around a story it did not report.",
            u.start,
            u.end,
            {"signal": "farm_wrapper", "intro": p, "outro": q, "outro_span": [v.start, v.end]},
        )
    ]


def spun_flags(doc: Document, units: list[Unit], st: FlagSettings) -> list[Flag]:
    """A story run through a synonym spinner: SPUN_MIN_KINDS different
    "tortured phrases" (cues.SPUN_PHRASES: "annums", "metropolis council",
    "curiosity charge") in the page's own text, outside quotation marks. A
    content farm's rewrite of someone else's article, passed off as new."""
    phrases, automaton = _spun_automaton(doc.lang or "")
    if automaton is None:
        return []
    page = _lower_page(doc.text)
    spans = [(u.start, u.end) for u in units if u.label not in CHROME_LABELS]
    hits: dict[str, tuple[int, int]] = {}
    for end, k in automaton.iter(page):
        p = phrases[k]
        a, z = end + 1 - len(p), end + 1
        if (
            p in hits
            or (a > 0 and page[a - 1].isalnum())
            or (z < len(page) and page[z].isalnum())
            or not any(s <= a < e for s, e in spans)
        ):
            continue
        # a reporter quoting spun words is not spinning them
        s0, s1 = _sentence_around(doc.text, a, z)
        if any(m.start() <= a - s0 < m.end() for m in _QUOTED.finditer(doc.text[s0:s1])):
            continue
        hits[p] = (a, z)
    # "curiosity charge" inside "curiosity charges" is one phrase
    hits = {p: at for p, at in hits.items() if not any(p != q and p in q for q in hits)}
    if len(hits) < SPUN_MIN_KINDS:
        return []
    found = sorted(hits.values())
    shown = "', '".join(doc.text[a:z] for a, z in found[:4])
    return [
        Flag(
            "content_farm",
            f"{len(hits)} words swapped for dictionary synonyms no writer uses there "
            f"('{shown}'): a story run through a synonym spinner, a farm's rewrite of "
            "another site's article.",
            found[0][0],
            found[0][1],
            {"signal": "spun_text", "phrases": sorted(hits), "spans": [list(x) for x in found]},
        )
    ]


# Different calques of one source language a page needs (see cues.ENGLISH_CALQUES,
# cues.CHINESE_CALQUES, cues.VIETNAMESE_CALQUES, cues.SPANISH_CALQUES ...).
CALQUE_MIN_KINDS = 2


_CALQUE_TABLES = (
    ("English", C.ENGLISH_CALQUES),
    ("Chinese", C.CHINESE_CALQUES),
    ("Vietnamese", C.VIETNAMESE_CALQUES),
    ("Japanese", C.JAPANESE_CALQUES),
    ("German", C.GERMAN_CALQUES),
    ("Korean", C.KOREAN_CALQUES),
    ("Spanish", C.SPANISH_CALQUES),
)


@lru_cache(maxsize=32)
def _calque_automaton(lang: str):
    """(phrases, leads, automaton) of every calque table's phrases for ``lang``: one
    pass over a page says which it holds, not a substring search per phrase."""
    phrases = tuple(dict.fromkeys(p for _, t in _CALQUE_TABLES for p in t.get(lang, [])))
    # a phrase with a gap ("please…a lot") is never in a text as written: it
    # is looked for by its lead, and _contains then reads the rest
    leads = tuple(dict.fromkeys(_lead(p) for p in phrases))
    return phrases, leads, literal_automaton({p: k for k, p in enumerate(leads)}, ints=True)


def _inflected_alike(p: str, q: str) -> bool:
    """Are calques ``p`` and ``q`` one turn of phrase inflected ("count with
    the", "counts with the", "has/have a compromise with"): as many words,
    each pair sharing all but its last two letters at most?"""
    pw, qw = p.split(), q.split()
    if len(pw) != len(qw):
        return False
    for a, b in zip(pw, qw, strict=True):
        common = next((k for k, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))
        if common < max(1, min(len(a), len(b)) - 2):
            return False
    return True


def _one_hit_per_turn(hits: dict[str, tuple[int, int]]) -> dict[str, tuple[int, int]]:
    """``hits`` with one calque per turn of phrase, the first in the text:
    two inflections of one are one sign ("Pupils count with the abacus ...
    each child counts with the beads" is native English twice over)."""
    kept: dict[str, tuple[int, int]] = {}
    for p, at in sorted(hits.items(), key=lambda x: x[1]):
        if not any(_inflected_alike(p, q) for q in kept):
            kept[p] = at
    return kept


def calque_flags(
    doc: Document, units: list[Unit], st: FlagSettings, signs: dict | None = None
) -> list[Flag]:
    """Two different turns of phrase of one source language rendered word for
    word, outside quotation marks, in the page's own text: from English ("hace
    sentido", "tomar lugar"), from Chinese news prose ("el reportero
    aprendió de", "según la introducción", 记者了解到 and 据介绍), or from
    Vietnamese news prose ("the functional forces", "in the coming time"): translated
    by a machine."""
    lang = doc.lang or ""
    # the phrases the page holds at all (most: none), found once for the page
    phrases, leads, automaton = _calque_automaton(lang)
    if automaton is None:
        return []
    found_leads = {leads[k] for _, k in automaton.iter(_lower_page(doc.text))}
    present = {p for p in phrases if _lead(p) in found_leads}
    if not present:
        return []
    tables = [
        (source, tuple(p for p in table.get(lang, []) if p in present))
        for source, table in _CALQUE_TABLES
    ]
    tables = [(source, table) for source, table in tables if table]
    if not tables:
        return []
    # a paragraph told as a close language (Indonesian read as Malay) is the
    # page's own text all the same
    close = {x for group in C.CLOSE_LANGUAGES if lang in group for x in group} | {lang}
    found: list[tuple[str, dict[str, tuple[int, int]]]] = []
    for source, table in tables:
        hits: dict[str, tuple[int, int]] = {}
        for u in units:
            if u.label in CHROME_LABELS or u.label == "title" or u.lang not in close:
                continue
            low = u.text.lower()
            # (Chinese calques are substrings, as its words are: no word gate)
            if not _may_contain_any(low, table, lang in INSIDE_WORDS):
                continue
            said = _quotes_blanked(low)
            for p in table:
                if p not in hits and _contains(said, p, lang):
                    k = said.find(p)
                    hits[p] = (u.start + k, u.start + k + len(p))
        # "fait une décision" inside "a fait une décision" is one calque
        hits = {p: at for p, at in hits.items() if not any(p != q and p in q for q in hits)}
        if lang not in INSIDE_WORDS:
            hits = _one_hit_per_turn(hits)
        found.append((source, hits))
    if signs is not None:
        signs["calque"] = [(a, z, p) for _, hits in found for p, (a, z) in hits.items()]
    out = []
    for source, hits in found:
        if len(hits) < CALQUE_MIN_KINDS:
            continue
        spans = sorted(hits.values())
        shown = "', '".join(doc.text[a:z] for a, z in spans[:4])
        out.append(
            Flag(
                "machine_translation",
                f"{len(hits)} {source} turns of phrase rendered word for word in {lang} "
                f"('{shown}'): calques typical of machine translation from {source}.",
                spans[0][0],
                spans[0][1],
                {
                    "signal": "calque",
                    "source_language": source,
                    "calques": sorted(hits),
                    "spans": [list(x) for x in spans],
                },
            )
        )
        break  # one page, one verdict
    return out


@lru_cache(maxsize=64)
def _doubled_word_re(lang: str) -> re.Pattern[str] | None:
    """A function word of ``lang`` written twice in a row, in lower case."""
    table = C.NEVER_DOUBLED.get(lang)
    if not table:
        return None
    alt = "|".join(re.escape(w) for w in sorted(table, key=len, reverse=True))
    # opens on the word itself (no look-behind tried at every character);
    # any run of spaces on one line, no-break ones too, parts the two
    return re.compile(r"(?<!\w)(" + alt + r")[^\S\n]+\1(?!\w)")


def doubled_word_flags(
    doc: Document, units: list[Unit], st: FlagSettings, signs: dict | None = None
) -> list[Flag]:
    """A function word said twice in a row ("de de", "the the", "của của"),
    outside quotation marks, in the page's own text, NEVER_DOUBLED_MIN_COUNT
    times or more: a decoder's slip, which no editor lets through that often.
    Once it may be a typing slip; it then counts only as a sign beside
    others (see translation_signs_flags)."""
    lang = doc.lang or ""
    pattern = _doubled_word_re(lang)
    # the page holds a doubled word at all (most hold none): the deciding
    # pattern itself, so a pair it would find is never passed over here
    if pattern is None or not pattern.search(doc.text):
        return []
    hits: list[tuple[int, int, str]] = []
    read: list[Unit] = []
    for u in units:
        if u.label in CHROME_LABELS or u.label == "title" or u.lang != lang:
            continue
        read.append(u)
        found = list(pattern.finditer(u.text))
        if not found:
            continue
        quoted = [q.span() for q in _QUOTED.finditer(u.text)]
        hits += [
            (u.start + m.start(), u.start + m.end(), m.group(0))
            for m in found
            if not any(qa <= m.start() < qz for qa, qz in quoted)
            # a name's particle after the word: "les pressions de de Gaulle"
            and not u.text[m.end() : m.end() + 3].lstrip()[:1].isupper()
        ]
    if signs is not None:
        signs["doubled_word"] = hits
    # alone, they must be many for the page's length: a long page of readers'
    # comments holds a few typing slips
    if len(hits) < max(
        NEVER_DOUBLED_MIN_COUNT, sum(len(words(u.text)) for u in read) / NEVER_DOUBLED_WORDS_EACH
    ):
        return []
    shown = "', '".join(h[2] for h in hits[:4])
    return _mt_flag(
        hits,
        f"{len(hits)} function words said twice in a row ('{shown}'): the slips of machine "
        "translation.",
        "doubled_word",
        "words",
        [h[2] for h in hits[:10]],
    )


# Doubled function words a page needs on their own (one is a typing slip),
# and at least one for every so many words of its text.
NEVER_DOUBLED_MIN_COUNT = 3
NEVER_DOUBLED_WORDS_EACH = 150
# Kinds of machine-translation sign a page needs when each is below its own
# rule's count: one calque, one stutter, one doubled word or one untranslated
# phrase has an innocent cause; two different ones on a page do not.
MT_SIGN_MIN_KINDS = 2
_MT_SIGN_NAMES = {
    "calque": "a calque (a phrase of another language rendered word for word)",
    "stutter": "a phrase said twice in a row",
    "untranslated": "a phrase left in English",
    "doubled_word": "a function word said twice",
}


def translation_signs_flags(
    doc: Document, units: list[Unit], st: FlagSettings, signs: dict, prior: list[Flag]
) -> list[Flag]:
    """One machine_translation flag for a page holding MT_SIGN_MIN_KINDS
    different kinds of sign, each too few for its own rule ("tomó lugar"
    and "de de"; a stutter and "the the"). ``signs`` holds what the calque,
    stutter, untranslated and doubled-word rules found on this page; nothing
    is added when one of them already flagged it."""
    if any(f.kind == "machine_translation" for f in prior):
        return []
    found = {k: v for k, v in signs.items() if v}
    if len(found) < MT_SIGN_MIN_KINDS:
        return []
    hits = sorted((h for v in found.values() for h in v), key=lambda h: h[0])
    said = "; ".join(
        f"{_MT_SIGN_NAMES.get(k, k)} ('{_quote_cut(v[0][2])}')" for k, v in found.items()
    )
    return _mt_flag(
        hits,
        f"{len(found)} different signs of machine translation in one page: {said}.",
        "signs_together",
        "signs",
        sorted(found),
    )


def punctuation_flags(doc: Document, units: list[Unit], st: FlagSettings) -> list[Flag]:
    """Spaces before punctuation and lower-case sentence starts after a full stop."""
    evidence: list[tuple[int, int, str]] = []
    for u in units:
        if u.label in CHROME_LABELS:
            continue
        marks = C.NO_SPACE_BEFORE.get(u.lang or "", C.NO_SPACE_BEFORE["default"])
        for m in _space_before_re(marks).finditer(u.text):
            evidence.append((u.start + m.start(), u.start + m.end(), "space before punctuation"))
        if S.script_of_lang(u.lang or "en") in (S.LATIN, S.CYRILLIC):
            # (also after a spaced stop, "relief . he requested": translated
            # sentence by sentence, then glued back together)
            # A stop with a space before it is no abbreviation's ("2027 . a
            # maior parte", "euros . o"): any word after it counts, however short.
            for m in _LOWER_AFTER_STOP.finditer(u.text):
                w = m.group(1) or m.group(2) or m.group(3)
                if w[0].islower() and w.isalpha():
                    evidence.append(
                        (
                            u.start + m.start(),
                            u.start + m.end(),
                            "sentence starting in lower case after a full stop",
                        )
                    )
    kinds = Counter(e[2] for e in evidence)
    # Either kind alone has innocent causes (tables, abbreviations); together
    # and repeated they are the mark of sentence-by-sentence translation.
    if len(evidence) < st.mt_min_punct_artefacts or len(kinds) < 2:
        return []
    desc = ", ".join(f"{n}× {k}" for k, n in kinds.items())
    return [
        Flag(
            "machine_translation",
            f"Punctuation artefacts typical of machine translation: {desc}.",
            evidence[0][0],
            evidence[0][1],
            {
                "signal": "punctuation",
                "counts": dict(kinds),
                "spans": [[a, z] for a, z, _ in evidence],
            },
        )
    ]


# --- suspect publish date -----------------------------------------------------

_ISO = re.compile(r"(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)")
_DMY = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/(\d{4})(?!\d)")
_DM = re.compile(r"(?<![\d/.])(\d{1,2})/(\d{1,2})(?![\d/])")
_CJK_DATE = re.compile(r"(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日")
_YEAR = re.compile(r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)")
_RANGE_END = re.compile(
    r"(?:-|–|—|~|至|到|đến|tới|to|until|bis|hasta|jusqu'en|ถึง)\s*(?:năm\s*)?$", re.IGNORECASE
)


def _date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def publish_stamp(
    doc: Document, units: list[Unit]
) -> tuple[dt.date, int | None, int | None] | None:
    """The document's publish date, and where it is written (None = metadata)."""
    from_path = doc.meta.get("published_from_path") or doc.meta.get("published_from_url")
    for value in (doc.published, doc.meta.get("published_from_stamp")):
        if not isinstance(value, str) or value == from_path:
            continue  # a file path's or URL's day is no stamp the page wrote
        m = _ISO.match(value)
        if m and (d := _date(int(m[1]), int(m[2]), int(m[3]))):
            if value is doc.published:
                return d, None, None
            # Read from a stamp block by the dates stage: find where it is written.
            for u in units:
                if u.label in ("dateline", "metadata", "byline") and (k := u.text.find(value)) >= 0:
                    return d, u.start + k, u.start + k + len(value)
            return d, None, None
    labelled = [u for u in units if u.label in ("dateline", "metadata")]
    candidates = labelled or [u for u in units[:8] if len(u.text) <= 120]
    eras = [dm for dm in doc.dates if dm.kind in ERA_KINDS and dm.granularity == "day"]
    for u in candidates:
        for pat, order in ((_ISO, "ymd"), (_DMY, "dmy"), (_CJK_DATE, "cjk")):
            m = pat.search(u.text)
            if not m:
                continue
            if order == "ymd":
                d = _date(int(m[1]), int(m[2]), int(m[3]))
            elif order == "dmy":
                d = _date(int(m[3]), int(m[2]), int(m[1]))
            else:
                d = _date(int(m[1]), int(m[2]), int(m[3])) if m[1] else None
            if d:
                return d, u.start + m.start(), u.start + m.end()
        # a stamp in another calendar, which the patterns above cannot read
        # ("發布時間：民國113年6月12日", "เผยแพร่ 15 ม.ค. 2568"): the dates
        # stage read it
        for dm in eras:
            if u.start <= dm.start < u.end and (day := _iso_day(dm.value)) is not None:
                return day, dm.start, dm.end
    return None


@dataclass
class _Mention:
    start: int
    end: int
    year: int | None
    month: int | None
    day: int | None


def _scan_dates(text: str, base: int) -> list[_Mention]:
    """Small fallback date scan (used when newsline.dates has not run)."""
    out: list[_Mention] = []
    taken: list[tuple[int, int]] = []

    def add(a: int, z: int, y, mo, d) -> None:
        if any(a < tz and z > ta for ta, tz in taken):
            return
        taken.append((a, z))
        out.append(_Mention(base + a, base + z, y, mo, d))

    for m in _ISO.finditer(text):
        add(m.start(), m.end(), int(m[1]), int(m[2]), int(m[3]))
    for m in _DMY.finditer(text):
        add(m.start(), m.end(), int(m[3]), int(m[2]), int(m[1]))
    for m in _CJK_DATE.finditer(text):
        add(m.start(), m.end(), int(m[1]) if m[1] else None, int(m[2]), int(m[3]))
    for m in re.finditer(
        r"ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s+năm\s+(\d{4}))?", text, re.IGNORECASE
    ):
        add(m.start(), m.end(), int(m[3]) if m[3] else None, int(m[2]), int(m[1]))
    for m in _DM.finditer(text):
        if 1 <= int(m[1]) <= 31 and 1 <= int(m[2]) <= 12:
            add(m.start(), m.end(), None, int(m[2]), int(m[1]))
    for m in _YEAR.finditer(text):
        if _RANGE_END.search(text[max(0, m.start() - 12) : m.start()]):
            continue  # the end of a range ("from 2023 to 2026") may lie ahead
        add(m.start(), m.end(), int(m[1]), None, None)
    return out


# Mentions resolved relative to the stamp itself ("today", "last week", a
# weekday) cannot contradict it; "impossible" ones are the MT rule's business.
_SKIP_KINDS = frozenset({"relative", "weekday", "dayonly", "impossible", "duration"})


def _mentions_from_doc(doc: Document) -> list[_Mention]:
    out = []
    for dm in doc.dates:
        if dm.kind in _SKIP_KINDS:
            continue
        v = dm.value or ""
        m = re.match(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$", v)
        if m and dm.kind == "yearless":  # the year was filled in from the stamp
            out.append(
                _Mention(
                    dm.start, dm.end, None, int(m[2]) if m[2] else None, int(m[3]) if m[3] else None
                )
            )
            continue
        if m:
            out.append(
                _Mention(
                    dm.start,
                    dm.end,
                    int(m[1]),
                    int(m[2]) if m[2] else None,
                    int(m[3]) if m[3] else None,
                )
            )
            continue
        m = re.match(r"^--(\d{2})(?:-(\d{2}))?$", v)
        if m:
            out.append(_Mention(dm.start, dm.end, None, int(m[1]), int(m[2]) if m[2] else None))
    return out


_GLOSS_GAP = re.compile(r"\s*[(（]\s*")
# A day set off by commas after the day word ("ayer, 15 de marzo de 2023,",
# "yesterday, March 15, 2023."): an apposition, glossing it as brackets do
# when the day is closed off after it too ("yesterday, March 1 would be the
# deadline" glosses nothing).
_APPOSITION_GAP = re.compile(r"\s*[,，]\s*")
# the comma and a short preposition or article before a weekday ("on", "am", "op")
_PREPOSITION_GAP = re.compile(r"\s*[,，]\s*[^\W\d_]{1,3}\s+")
# the word for "year" some languages write after a date's year ("9 апреля
# 2025 года,", "9 квітня 2025 року,", "9 kwietnia 2025 roku,") is part of it
_APPOSITION_END = re.compile(
    r"(?:\s*(?:года|году|г\.|року|р\.|roku|r\.)(?!\w))?\s*(?:[,，;；.。)）]|$)"
)


def _iso_day(value: str | None) -> dt.date | None:
    m = _ISO.fullmatch(value or "")
    return _date(int(m[1]), int(m[2]), int(m[3])) if m else None


_QUOTE_MAX = 120


def _quote_cut(fragment: str) -> str:
    """``fragment`` as a flag quotes it: cut at _QUOTE_MAX characters, with '…'."""
    return fragment if len(fragment) <= _QUOTE_MAX else fragment[: _QUOTE_MAX - 1] + "…"


# The weekday a page may write between the day word and its date
# ("kemarin, Rabu (7/2/2024)", "ayer, miércoles, 7 de febrero de 2024,"),
# the brackets or commas on either side of it, and the short preposition or
# article many languages put before a weekday ("Morgen, am Samstag, 13.
# Juni,", "morgen, op zaterdag, 13 juni,").
# (a weekday may be hyphenated: "segunda-feira", "terça-feira")
_WEEKDAY_GAP = re.compile(
    r"\s*(?:([,，(（])\s*)?(?:[^\W\d_]{1,3}\s+)?([^\W\d_]+(?:-[^\W\d_]+)*)\.?\s*([,，(（])\s*"
)


def _glossing_gap(
    gap: str, text: str, date_end: int, lang: str | None, date_start: int | None = None
) -> bool:
    """Do the characters between a day word and the full date after it make
    the date its gloss: a bracket ("hôm qua (5/9)"), commas closed off after
    the date ("ayer, 15 de marzo de 2023,"), either with the weekday beside
    them ("kemarin, Rabu (7/2/2024)"), the weekday after a short preposition
    ("tomorrow, on Saturday, 13 June,", "morgen, op zaterdag, 13 juni,")?"""
    if _GLOSS_GAP.fullmatch(gap):
        return True
    if gap.isspace() and (after := _postposition_after(lang)) is not None:
        return after.match(text, date_end) is not None
    if _APPOSITION_GAP.fullmatch(gap):
        return bool(_APPOSITION_END.match(text, date_end))
    if (
        date_start is not None
        and _PREPOSITION_GAP.fullmatch(gap)
        and (w := _WORD.match(text, date_start)) is not None
        and w[0].lower() in _weekday_names(lang)
    ):
        # a date read with its weekday ("Saturday, 13 June"), a preposition before it
        return bool(_APPOSITION_END.match(text, date_end))
    # (a weekday and its marks are a few characters: a longer gap is text)
    m = _WEEKDAY_GAP.fullmatch(gap) if len(gap) <= 40 else None
    if m is None or m[2].lower() not in _weekday_names(lang):
        return False
    marks = (m[1] or "") + m[3]
    if "(" in marks or "（" in marks:
        return True
    return bool(_APPOSITION_END.match(text, date_end))


@lru_cache(maxsize=64)
def _postposition_after(lang: str | None) -> re.Pattern[str] | None:
    """A postposition of cues.DATE_POSTPOSITIONS right after a date: the day
    set in apposition to a day word without a comma ("आज 2 अक्टूबर को")."""
    words_ = C.DATE_POSTPOSITIONS.get(lang or "")
    if not words_:
        return None
    return re.compile(r"\s+(?:" + "|".join(map(re.escape, words_)) + r")(?=[\s,.;।]|$)")


_OPEN_BRACKET = re.compile(r"[(（]")
_BRACKET_ONLY_GAP = re.compile(r"\s?[(（]\s?")


def _day_of_month_alone(m) -> bool:
    """A day of the month written without its month ("14일", "14日"), which
    the dates stage placed in the month around the publication stamp."""
    return m.kind == "relative" and "; day of the month alone" in (m.anchor or "")


def _glossed_deictics(doc: Document):
    """(relative mention, date mention, its day, the day the word names
    counted from the publication) for a day word glossed in brackets by a
    full day ("hôm qua (5/9)"), or between commas ("ayer, 15 de marzo de
    2023, ...")."""
    ms = sorted(doc.dates, key=lambda m: m.start)
    pub = _iso_day((doc.published or "")[:10])
    for r in ms:
        # the word and its bracketed date read as one mention ("hôm qua (5/9)")
        glossed = GLOSSED_DEICTIC_SHIFT.search(r.anchor or "")
        if (
            glossed
            and pub is not None
            and r.granularity == "day"
            and not r.end_value
            and (r.kind not in ("relative", "weekday", "impossible") or _day_of_month_alone(r))
            and _OPEN_BRACKET.search(doc.text, r.start, r.end)
            and (day := _iso_day(r.value)) is not None
        ):
            yield r, r, day, pub + dt.timedelta(days=int(glossed[1]))
    for r, e in itertools.pairwise(ms):
        glossed = GLOSSED_DEICTIC_SHIFT.search(r.anchor or "")
        if glossed and _OPEN_BRACKET.search(doc.text, r.start, r.end):
            continue  # yielded above, read as one mention
        if glossed and pub is not None:
            # the dates stage read the word as the date beside it ("ayer, 15 de
            # marzo de 2023,") and noted what it says counted from the stamp
            rd = pub + dt.timedelta(days=int(glossed[1]))
        elif r.kind == "relative" and (r.anchor or "").startswith("published:"):
            rd = _iso_day(r.value)
        else:
            continue
        gap = doc.text[r.end : e.start]
        if (
            r.granularity == "day"
            and e.granularity == "day"
            and not e.end_value
            and (
                e.kind not in ("relative", "weekday", "impossible")
                # "어제(14일)", "昨天（14日）": the day of the month alone, in
                # brackets right after the word, is its gloss all the same
                or (_BRACKET_ONLY_GAP.fullmatch(gap) and _day_of_month_alone(e))
            )
            and _glossing_gap(gap, doc.text, e.end, doc.lang, e.start)
        ):
            day = _iso_day(e.value)
            if day is not None and rd is not None:
                yield r, e, day, rd


_DATELINE_ANCHOR = re.compile(r"dateline@(\d+):(\d{4})-(\d{2})-(\d{2})")


def _dateline_filed(doc: Document) -> tuple[int, int, dt.date] | None:
    """Where the wire dateline the dates stage counted from is written, and
    its day: named in the anchor of the mentions resolved from it."""
    for dm in doc.dates:
        m = _DATELINE_ANCHOR.search(dm.anchor or "")
        if not m:
            continue
        at = int(m[1])
        own = next((x for x in doc.dates if x.start == at), None)
        day = _date(int(m[2]), int(m[3]), int(m[4]))
        if own is not None and day is not None:
            return own.start, own.end, day
    return None


def _sentence_around(text: str, a: int, z: int) -> tuple[int, int]:
    lo = max(text.rfind(c, 0, a) for c in ".!?。！？\n") + 1
    his = [i for i in (text.find(c, z) for c in ".!?。！？\n") if i >= 0]
    return lo, (min(his) + 1 if his else len(text))


# a full date as written, in the Common Era or another calendar
_STAMP_KINDS = frozenset({"absolute", *ERA_KINDS})


# How far before a date its plain future marker stands ("将于2022年7月1日",
# "will take effect on 1 July 2022"), and how long before the stamp a date
# told as still ahead must lie: a year (a plan's date slips by weeks, and a
# stamp's time zone by a day; a text two years stale is no slip).
AHEAD_MARKER_WINDOW = 32
AHEAD_BEFORE_STAMP_DAYS = 365


def _told_as_ahead(
    text: str, s0: int, mt: _Mention, pub: dt.date, lang: str | None, st: FlagSettings
) -> Flag | None:
    """A suspect_date flag for a date the text tells as still to come ("新制
    將於2022年7月1日起上路", "the bridge will open on 3 May 2022") that lies
    more than a year before the publish stamp: the text was written before
    that day, not on the stamp. Only a full date with its year, and a plain
    future word (FUTURE_AHEAD) right before it in its sentence: "would",
    "could" are a past plan reported ("said the line would open in 2021")."""
    if mt.year is None or mt.month is None:
        return None
    last = _date(mt.year, mt.month, mt.day or 28)
    if last is None or (pub - last).days <= max(AHEAD_BEFORE_STAMP_DAYS, st.date_tolerance_days):
        return None
    # the mention itself may hold the word ("Dimanche prochain, 27 juin 2021")
    before = text[max(s0, mt.start - AHEAD_MARKER_WINDOW) : mt.end]
    marker = next(iter(_has(before, C.FUTURE_AHEAD, lang)), None)
    if marker is None:
        return None
    shown = text[mt.start : mt.end]
    return Flag(
        "suspect_date",
        f"Publish stamp {pub.isoformat()} is more than a year after '{shown}', which the "
        f"text tells as still to come ('{marker}'): the text was written before that day, "
        "and the stamp is probably wrong (or an old story was re-published as new).",
        mt.start,
        mt.end,
        {
            "published": pub.isoformat(),
            "event": last.isoformat() if mt.day else f"{mt.year}-{mt.month:02d}",
            "future_marker": marker,
            "signal": "told_as_ahead",
        },
    )


def _shown_stamp(doc: Document, units: list[Unit]) -> tuple[int, int, dt.date] | None:
    """(start, end, day) of the publish stamp the page shows at the top of
    its article: the first full date in a block labelled metadata, dateline
    or byline ("By A. Writer | April 16, 2024") after the headline and before
    the second paragraph, in any calendar the dates stage reads (a Thai
    Buddhist-era "12 มีนาคม 2567" is 2024), unless words of an update come
    before it in its block ("Updated 3 May 2024": a later day, rightly). A
    date above the headline may be the site's "today" bar."""
    title = next((k for k, u in enumerate(units) if u.label == "title"), None)
    if title is None:
        return None
    paragraphs = 0
    for u in units[title + 1 :]:
        if u.label == "body":
            paragraphs += 1
            if paragraphs >= 2:
                return None
            continue
        if u.label not in ("metadata", "dateline", "byline"):
            continue
        for dm in doc.dates:
            if not (u.start <= dm.start < u.end) or dm.kind not in _STAMP_KINDS:
                continue
            day = _iso_day(dm.value)
            before = doc.text[u.start : dm.start]
            if day is None or _has(before, C.UPDATE_NOTE_MARKERS, u.lang or doc.lang):
                continue
            return dm.start, dm.end, day
    return None


def _update_noted(doc: Document, units: list[Unit]) -> bool:
    """Does any block of the page note an update or a correction ("Updated
    ...", "Cập nhật ...", "更新于 ...")?"""
    return any(_has(u.text, C.UPDATE_NOTE_MARKERS, u.lang or doc.lang) for u in units)


def _has(sentence: str, table: dict[str, list[str]], lang: str | None) -> list[str]:
    low = sentence.lower()
    return [p for p in table.get(lang or "", []) if _contains(low, p.lower(), lang)]


@lru_cache(maxsize=32)
def _form_search(table: str, lang: str):
    pattern = getattr(C, table).get(lang)
    return re.compile(pattern, re.IGNORECASE).search if pattern else None


def _past_form(sentence: str, lang: str | None) -> list[str]:
    """The compound past ``sentence`` tells what happened in ("a annoncé",
    "ha anunciado"; see cues.PAST_FORMS), as written, or [] -- also when
    the sentence holds a future or conditional verb too (cues.FUTURE_FORMS:
    a plan announced, "a dévoilé le programme, qui se tiendra du 12 au 20")."""
    search = _form_search("PAST_FORMS", lang or "")
    m = search(sentence) if search is not None else None
    if m is None or _form_search("FUTURE_FORMS", lang or "")(sentence):
        return []
    return [" ".join(m.group(0).split())]


_WEEKDAY_NOTE = re.compile(r"weekday mismatch: text says (\w+)")
_WEEKDAYS_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@lru_cache(maxsize=32)
def _weekday_names(lang: str | None) -> tuple[str, ...]:
    """Weekday names (CLDR, wide and abbreviated) of a language and English."""
    out: set[str] = set()
    for lg in dict.fromkeys([lang or "en", "en"]):
        try:
            from babel import Locale

            days = Locale.parse(lg).days["format"]
            for width in ("wide", "abbreviated"):
                out.update(v.lower() for v in days[width].values() if len(v) >= 2)
        except Exception:  # noqa: BLE001, S112 - unknown locale: English only
            continue
    return tuple(sorted(out))


def _weekday_year_off(doc: Document, pub: dt.date) -> Flag | None:
    """A day written with its weekday but no year ("Sunday, March 9"), read
    in the stamp's year, where it falls on another weekday, while in the year
    before or after it falls on the weekday written: the text was written in
    another year and the stamp is wrong. Days whose weekday fits the
    stamp's year, anywhere on the page, vouch for the stamp."""
    candidates = []
    for dm in doc.dates:
        if dm.kind != "yearless" or not (dm.anchor or "").startswith("published:"):
            continue
        m = _ISO.fullmatch(dm.value or "")
        if not m:
            continue
        note = _WEEKDAY_NOTE.search(dm.anchor or "")
        if note is None:
            low = doc.text[dm.start : dm.end].lower()
            if any(w in low for w in _weekday_names(doc.lang)):
                return None  # a written weekday that fits the stamp's year
            continue
        if note[1] not in _WEEKDAYS_EN:
            continue
        said = _WEEKDAYS_EN.index(note[1])
        mo, d = int(m[2]), int(m[3])
        for y in (pub.year - 1, pub.year + 1):
            day = _date(y, mo, d)
            if day is not None and day.weekday() == said:
                candidates.append((dm, y, day))
                break
    if not candidates:
        return None
    dm, y, day = candidates[0]
    shown = doc.text[dm.start : dm.end]
    return Flag(
        "suspect_date",
        f"'{shown}' is a {_WEEKDAYS_EN[day.weekday()]} in {y} but not in {pub.year}, the year "
        f"of the publish stamp {pub.isoformat()}: the text was written in another year (such "
        f"as {y}) and the stamp is probably wrong.",
        dm.start,
        dm.end,
        {
            "published": pub.isoformat(),
            "event": day.isoformat(),
            "signal": "weekday_year",
            "count": len(candidates),
        },
    )


def _meta_after_shown_stamp(
    doc: Document, units: list[Unit], rejected: str, pub: dt.date
) -> list[Flag]:
    """The dates stage found the page's <meta> time weeks after the stamp the
    page shows and took the shown one: the two claims contradict each other,
    and the markup's is the wrong one (a CMS's render day, an update day
    written as the publication). Points at the shown stamp."""
    shown = _shown_stamp(doc, units)
    sa, sz = (shown[0], shown[1]) if shown is not None and shown[2] == pub else (None, None)
    where = f"'{doc.text[sa:sz]}' " if sa is not None else ""
    return [
        Flag(
            "suspect_date",
            f"Publish stamp {rejected[:10]} (in the page's markup) is weeks after the stamp "
            f"the page shows, {where}({pub.isoformat()}): the markup's stamp is wrong (a "
            "render or update day); the shown stamp is taken as the publication day.",
            sa,
            sz,
            {"published": rejected[:10], "event": pub.isoformat(), "signal": "meta_after_stamp"},
        )
    ]


def _stamp_off_glossed_day(doc: Document, rejected: str) -> list[Flag]:
    """The dates stage found the page's markup stamp days from the day its
    text names to the day ("Yesterday (June 8)": June 9) and took the text's
    day: the markup's stamp is the wrong one. The span is the first glossed
    day word that tells it."""
    shift = next(
        (
            m
            for m in sorted(doc.dates, key=lambda m: m.start)
            if GLOSSED_DEICTIC_SHIFT.search(m.anchor or "")
        ),
        None,
    )
    if shift is None or doc.published is None:
        return []
    gap = abs(days_between(rejected, doc.published))
    return [
        Flag(
            "suspect_date",
            f"Publish stamp {rejected[:10]} (in the page's markup) is {gap} days from the day "
            f"the text names as its own, '{doc.text[shift.start : shift.end]}' (written on "
            f"{doc.published[:10]}): the stamp is wrong; the text's day is taken as the "
            "publication day.",
            shift.start,
            shift.end,
            {"published": rejected[:10], "event": doc.published[:10], "signal": "glossed_day"},
        )
    ]


_GLOSS_BETWEEN = " ,(（:"


def _day_set_for(before: str, lang: str | None) -> bool:
    """Does ``before`` (the sentence up to a date) end on a word that makes
    the date the target of what is reported (DAY_SET_FOR: "for", "per il",
    "auf den")?"""
    low = before.rstrip().lower()
    for w in C.DAY_SET_FOR.get(lang or "", []):
        if low.endswith(w) and (len(low) == len(w) or not low[-len(w) - 1].isalnum()):
            return True
    return False


def _past_dated_earlier(doc: Document, s0: int, mt: _Mention, pub: dt.date) -> bool:
    """Does the sentence name, before ``mt``, a day on or before the stamp
    ("ont annoncé vendredi que toutes les places étaient vendues pour la
    course du 4 octobre", "said on Monday the talks of 4 October would go
    ahead")? Its past verb is dated by that day; a later day after it is what
    the announcement reports (a plan), not a past happening. A day that only
    glosses the date ("hier (4 octobre)", "yesterday, Oct. 4") is the same
    day told twice, and does not count."""
    for dm in doc.dates:
        if not (s0 <= dm.start and dm.end <= mt.start) or dm.granularity != "day":
            continue
        day = _iso_day(dm.value or "")
        if day is None or day > pub:
            continue
        if not doc.text[dm.end : mt.start].strip(_GLOSS_BETWEEN):
            continue  # a gloss of the date itself
        return True
    return False


def suspect_date_flags(doc: Document, units: list[Unit], st: FlagSettings) -> list[Flag]:
    stamp = publish_stamp(doc, units)
    if stamp is None:
        return []
    pub, sa, sz = stamp
    flags = []
    # A page cannot be published after it was fetched (a day's grace for time
    # zones); a page read with no fetch date (a file) was fetched by today.
    m = _ISO.match(doc.fetched or "")
    fetched = _date(int(m[1]), int(m[2]), int(m[3])) if m else None
    read_by = fetched or dt.date.today()
    if (pub - read_by).days > 1:
        when = (
            f"the date the page was fetched ({fetched.isoformat()})"
            if fetched is not None
            else f"today ({read_by.isoformat()}), by which the page was fetched"
        )
        flags.append(
            Flag(
                "suspect_date",
                f"Publish stamp {pub.isoformat()} is later than {when}: the stamp is "
                "probably wrong.",
                sa,
                sz,
                {
                    "published": pub.isoformat(),
                    "fetched": read_by.isoformat(),
                    "stamp_span": [sa, sz],
                    "signal": "after_fetch",
                },
            )
        )
    # A wire dateline ("HANOI, Sept 7 (Wire) -", "新华社河内9月6日电") is the
    # day the story was filed: a page cannot be published before it.
    filed = _dateline_filed(doc)
    rejected = doc.meta.get("published_meta_rejected")
    if isinstance(rejected, str) and doc.meta.get("published_from_stamp") == doc.published:
        flags += _meta_after_shown_stamp(doc, units, rejected, pub)
    if filed is not None and doc.meta.get("published_from_dateline") and isinstance(rejected, str):
        # the dates stage found the page's <meta> time before its dateline's
        # day (in the year its weekday-named days give, or days before it)
        # and took the dateline's: the markup's stamp is the wrong one
        fa, fz, day = filed
        flags.append(
            Flag(
                "suspect_date",
                f"Publish stamp {rejected[:10]} (in the page's markup) is earlier than the "
                f"dateline '{doc.text[fa:fz]}' ({day.isoformat()}), the day the story was "
                "filed: the stamp is wrong; the dateline's day is taken as the publication day.",
                fa,
                fz,
                {"published": rejected[:10], "event": day.isoformat(), "signal": "dateline"},
            )
        )
    elif filed is not None:
        fa, fz, day = filed
        if (day - pub).days > st.date_tolerance_days:
            flags.append(
                Flag(
                    "suspect_date",
                    f"Publish stamp {pub.isoformat()} is earlier than the dateline "
                    f"'{doc.text[fa:fz]}' ({day.isoformat()}), the day the story was filed: "
                    "the stamp is probably wrong.",
                    fa,
                    fz,
                    {
                        "published": pub.isoformat(),
                        "event": day.isoformat(),
                        "stamp_span": [sa, sz],
                        "signal": "dateline",
                    },
                )
            )
        elif (pub - day).days > st.dateline_max_lag_days and not _update_noted(doc, units):
            # a story is filed and published within days: a stamp months or
            # years after its own dateline, with no note of an update, is not
            # the day this text was published
            flags.append(
                Flag(
                    "suspect_date",
                    f"Publish stamp {pub.isoformat()} is {(pub - day).days} days after the "
                    f"dateline '{doc.text[fa:fz]}' ({day.isoformat()}), the day the story was "
                    "filed, and the page notes no update: the stamp is probably wrong (or an "
                    "old story was re-published as new).",
                    fa,
                    fz,
                    {
                        "published": pub.isoformat(),
                        "event": day.isoformat(),
                        "stamp_span": [sa, sz],
                        "signal": "dateline_lag",
                    },
                )
            )
    # the page's markup says one day, the stamp it shows under its headline
    # another: a template's or a CMS's stamp left from an older page
    glossed_day = doc.meta.get("published_from_glossed_day")
    weekday_days = doc.meta.get("published_from_weekday_days")
    if isinstance(rejected, str) and glossed_day == doc.published:
        flags += _stamp_off_glossed_day(doc, rejected)
    elif isinstance(rejected, str) and weekday_days is not None and weekday_days == doc.published:
        # the dates stage found the stamp weeks before days the text tells
        # as past with their weekdays, and took the latest of them
        flags.append(
            Flag(
                "suspect_date",
                f"Publish stamp {rejected[:10]} is {days_between(rejected, weekday_days)} days "
                "before days the text tells as past with their weekdays (they fall on those "
                f"weekdays in one year only, up to {weekday_days}): the stamp is wrong; the "
                "latest of them is taken as the publication day.",
                None,
                None,
                {"published": rejected[:10], "event": weekday_days, "signal": "weekday_days"},
            )
        )
    elif (
        isinstance(rejected, str) and doc.meta.get("published_from_swapped_stamp") == doc.published
    ):
        # the dates stage found the stamp after the page's fetch, and its day
        # and month swapped in the week the text tells of
        flags.append(
            Flag(
                "suspect_date",
                f"Publish stamp {rejected[:10]} is later than the date the page was fetched "
                f"({(doc.fetched or '')[:10]}): the stamp is wrong; read with its day and month "
                f"swapped ({doc.published[:10]}) it falls in the week of the days the text "
                "names, and is taken as the publication day.",
                None,
                None,
                {
                    "published": rejected[:10],
                    "event": doc.published[:10],
                    "signal": "swapped_stamp",
                },
            )
        )
    elif (
        isinstance(rejected, str)
        and doc.meta.get("published_from_year_behind_stamp") == doc.published
    ):
        # the dates stage found the stamp a year behind the days the text
        # names in full and the page's fetch, and took its day a year on
        flags.append(
            Flag(
                "suspect_date",
                f"Publish stamp {rejected[:10]} is a year before the days the text names in "
                f"full and the date the page was fetched ({(doc.fetched or '')[:10]}): its "
                f"year is wrong; a year on ({doc.published[:10]}) it falls in their week, and "
                "is taken as the publication day.",
                None,
                None,
                {
                    "published": rejected[:10],
                    "event": doc.published[:10],
                    "signal": "year_behind_stamp",
                },
            )
        )
    elif sa is None and (shown := _shown_stamp(doc, units)) is not None:
        ka, kz, day = shown
        if abs((day - pub).days) > st.date_tolerance_days:
            flags.append(
                Flag(
                    "suspect_date",
                    f"Publish stamp {pub.isoformat()} (in the page's markup) is "
                    f"{abs((day - pub).days)} days from the stamp the page shows, "
                    f"'{doc.text[ka:kz]}' ({day.isoformat()}): one of them is wrong.",
                    ka,
                    kz,
                    {
                        "published": pub.isoformat(),
                        "event": day.isoformat(),
                        "stamp_span": [sa, sz],
                        "signal": "shown_stamp",
                    },
                )
            )
    # "yesterday (Sept. 5)", "昨天（9月5日）": the text dates its own "now";
    # counted from the stamp, the word names a day weeks from the date beside it
    for r, e, day, rd in _glossed_deictics(doc):
        shift = (day - rd).days
        if abs(shift) > GLOSSED_DAY_TOLERANCE_DAYS:
            written = pub + dt.timedelta(days=shift)
            ez = e.end + (doc.text[e.end : e.end + 1] in (")", "）"))
            flags.append(
                Flag(
                    "suspect_date",
                    f"'{doc.text[r.start : ez]}' dates the text's own day: it was written "
                    f"about {written.isoformat()}, not on the publish stamp "
                    f"{pub.isoformat()}: the stamp is probably wrong.",
                    r.start,
                    ez,
                    {
                        "published": pub.isoformat(),
                        "event": day.isoformat(),
                        "written": written.isoformat(),
                        "stamp_span": [sa, sz],
                        "signal": "glossed_relative",
                    },
                )
            )
            break
    year_off = _weekday_year_off(doc, pub)
    if year_off is not None:
        flags.append(year_off)
    body = [
        u
        for u in units
        if u.label not in CHROME_LABELS and (sa is None or not (u.start <= sa < u.end))
    ]
    mentions = _mentions_from_doc(doc) if doc.dates else []
    if filed is not None and flags and flags[-1].data.get("signal") == "dateline":
        mentions = [mt for mt in mentions if mt.start != filed[0]]
    if not doc.dates:
        for u in body:
            mentions += _scan_dates(u.text, u.start)
    body_spans = [(u.start, u.end, u.lang) for u in body]
    ahead_flagged = False
    for mt in mentions:
        if sa is not None and sa <= mt.start < (sz or sa):
            continue
        owner = next((b for b in body_spans if b[0] <= mt.start < b[1]), None)
        if owner is None:
            continue
        lang = owner[2] or doc.lang
        s0, s1 = _sentence_around(doc.text, mt.start, mt.end)
        sentence = doc.text[s0:s1]
        past = _has(sentence, C.PAST_MARKERS, lang)
        if not past and mt.day is not None:
            # a compound past ("a annoncé") dates what happened by its day;
            # a month or season beside it is often the plan it announced
            # ("a annoncé ... n'ouvrirait pas avant l'automne 2028")
            past = _past_form(sentence, lang)
        future = _has(sentence, C.FUTURE_MARKERS, lang)
        if future and not past and not ahead_flagged:
            ahead = _told_as_ahead(doc.text, s0, mt, pub, lang, st)
            if ahead is not None and not _update_noted(doc, units):
                ahead_flagged = True
                flags.append(ahead)
        if not past or future:
            continue
        low = sentence.lower()
        if _has(sentence, C.UPDATE_NOTE_MARKERS, lang) or any(
            _contains(low, p, lg) for p, lg in cue_phrases("published", [lang])
        ):
            continue  # "Updated / Correction added <date>" notes come after the stamp
        if mt.year is None:
            if _has(sentence, C.PREVIOUS_YEAR_MARKERS, lang) or mt.month is None:
                continue
            if mt.day is None:
                # a month with no year is too coarse: a past sentence names
                # the months still ahead of it too ("bookings for the holiday
                # in April were strong"), and "dịp cuối năm" is read as
                # December on a page of 20 November
                continue
            year = pub.year
            # A day without a year that the text reports as past is read in
            # the stamp's year or the year before, whichever lies nearer the
            # stamp: "28/12" in a story stamped 3 January is last December.
            this = _date(year, mt.month, mt.day or 1)
            before = _date(year - 1, mt.month, mt.day or 1)
            if this and before and (pub - before) < (this - pub):
                continue
        else:
            year = mt.year
        if mt.month is None:
            continue  # a bare year is too coarse: plans and forecasts name years too
        else:
            last_day = mt.day or 28
            event = _date(year, mt.month, last_day)
            if event is None:
                continue
            first = _date(year, mt.month, mt.day or 1)
            late = first is not None and (first - pub).days > st.date_tolerance_days
            when = first.isoformat() if mt.day else f"{year}-{mt.month:02d}"
        if not late:
            continue
        if _day_set_for(doc.text[s0 : mt.start], lang):
            continue  # "called a hearing for 12 December": a day set, not a past happening
        if _past_dated_earlier(doc, s0, mt, pub):
            continue  # "announced on Friday that ... the race of 4 October": a plan told
        shown = doc.text[mt.start : mt.end]
        yearless = " (no year given; read in the stamp's year)" if mt.year is None else ""
        flags.append(
            Flag(
                "suspect_date",
                f"Publish stamp {pub.isoformat()} is earlier than '{shown}'{yearless}, which the "
                f"text reports as past ('{past[0]}'): the stamp is probably wrong.",
                mt.start,
                mt.end,
                {
                    "published": pub.isoformat(),
                    "event": when,
                    "stamp_span": [sa, sz],
                    "past_marker": past[0],
                    "yearless": mt.year is None,
                },
            )
        )
    return flags
