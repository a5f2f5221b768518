"""Language-neutral line features for the block classifier.

Measures a line the same way whatever its language: length in approximate
words (Han/kana characters and Thai letters are converted to word-like
units), sentence punctuation, stop words from per-language tables, letter
case, digits and date/time stamps, and cue-phrase matches from
:mod:`newsline.clean.cues`.

This module must never decide a label and never branch on a language code:
per-language knowledge lives in the cue tables.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache

from .cues import CATEGORY_LABEL, CUES, STOPWORDS, UNSPACED_LANGS

_HAN_RE = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_THAI_RE = re.compile(r"[\u0e00-\u0e7f\u0e80-\u0eff\u1780-\u17ff\u1000-\u109f]")  # Thai, Lao, Khmer, Burmese
_WORD_RE = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*|\d+(?:[.,:/-]\d+)*")
_TOKEN_RE = re.compile(r"\w+")
_SPACED_WORD_RE = re.compile(
    r"[^\W\d_\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u0e00-\u0eff\u1780-\u17ff\u1000-\u109f]+")
# Sentence-final punctuation in many scripts (Latin, CJK, Devanagari, Arabic...).
SENTENCE_END = ".!?。！？…।؟"
_SENT_INNER_RE = re.compile(r"[.!?。！？;；][\s\"'”’)]|[。！？]")
_DATE_RE = re.compile(
    r"(?<![\d$€£¥.,])(?:\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}|\d{4}[/.\-]\d{1,2}[/.\-]\d{1,2}"
    r"|\d{1,2}/\d{1,2}|\d{1,2}:\d{2}(?::\d{2})?)(?![\d.,]\d)"
    r"|\d{2,4}\s*年\s*\d{1,2}\s*月|\d{1,2}\s*月\s*\d{1,2}\s*日|\bGMT[+-]?\d*|\bUTC\b")
_YEAR_RE = re.compile(r"\b(?:19|20)\d{2}\b")
_LABEL_VALUE_RE = re.compile(r"[^\W\d_][^:：\n]{0,30}[^\W\d_]\s*[:：]\s*[\d(]")
_DOMAIN_RE = re.compile(r"\b[\w\-]+(?:\.[\w\-]+)*\.(?:com|net|org|vn|th|cn|info|io|co|gov|edu|"
                        r"news|tv|de|fr|es|id|my|jp|kr|ru|uk|us|biz|xyz|site|online)\b", re.I)
_NAME_PARTICLES = frozenset({
    "de", "da", "del", "der", "van", "von", "bin", "binti", "al", "la", "le", "du", "dos",
    "and", "và", "y", "et", "und", "e", "&", "thị", "văn", "mc", "o"})


def normalize_line(text: str) -> str:
    """Casefolded, NFKC, whitespace-collapsed, edge punctuation removed."""
    t = unicodedata.normalize("NFKC", text).casefold()
    t = " ".join(t.split())
    return t.strip(" \t-–—|•·*»«>:.,;!?\"'“”‘’()[]{}")


def line_hash(text: str) -> str:
    """Stable short hash of a normalised line (for cross-page counting)."""
    return hashlib.blake2b(normalize_line(text).encode("utf-8", "surrogatepass"),
                           digest_size=8).hexdigest()


def word_units(text: str) -> float:
    """Approximate word count in any script.

    Spaced scripts count words; a Han/kana character counts 1/1.5 word and a
    Thai/Lao/Khmer/Burmese letter 1/4 word (their average word lengths).
    """
    han = len(_HAN_RE.findall(text))
    sea = len(_THAI_RE.findall(text))
    spaced = len(_SPACED_WORD_RE.findall(text)) + len(re.findall(r"\d+", text))
    return spaced + han / 1.5 + sea / 4.0


def content_tokens(text: str) -> list[str]:
    """Tokens for topical overlap: words, Han bigrams, Thai trigrams."""
    t = text.casefold()
    out: list[str] = []
    for w in _TOKEN_RE.findall(t):
        if _HAN_RE.search(w) or _THAI_RE.search(w):
            # split runs of unspaced script into character n-grams
            for run in re.findall(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+", w):
                out.extend(run[i:i + 2] for i in range(max(1, len(run) - 1)))
            for run in re.findall(r"[\u0e00-\u0eff\u1780-\u17ff\u1000-\u109f]+", w):
                out.extend(run[i:i + 3] for i in range(max(1, len(run) - 2)))
            rest = re.sub(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u0e00-\u0eff"
                          r"\u1780-\u17ff\u1000-\u109f]+", " ", w).split()
            out.extend(x for x in rest if not x.isdigit())
        elif not w.isdigit():
            out.append(w)
    return out


@dataclass(frozen=True, slots=True)
class CueHit:
    category: str
    cue: str
    lang: str
    start: int
    end: int

    @property
    def label(self) -> str:
        return CATEGORY_LABEL[self.category]

    def describe(self) -> str:
        return f"{self.category.replace('_', ' ')} cue '{self.cue}' ({self.lang})"


@cache
def _cue_matchers() -> tuple[re.Pattern[str], dict[str, list[tuple[str, str]]]]:
    """One alternation over every language's cues; lookup of cue -> (category, lang)."""
    lookup: dict[str, list[tuple[str, str]]] = {}
    for lang, cats in CUES.items():
        for cat, phrases in cats.items():
            for p in phrases:
                key = normalize_cue(p)
                if key:
                    lookup.setdefault(key, []).append((cat, lang))
    parts = []
    for key in sorted(lookup, key=len, reverse=True):
        esc = re.escape(key).replace(r"\ ", r"\s+")
        left = r"(?<!\w)" if key[0].isalnum() and not _unspaced_char(key[0]) else ""
        right = r"(?!\w)" if key[-1].isalnum() and not _unspaced_char(key[-1]) else ""
        parts.append(f"{left}{esc}{right}")
    return re.compile("|".join(parts)), lookup


def _unspaced_char(ch: str) -> bool:
    return bool(_HAN_RE.match(ch) or _THAI_RE.match(ch))


def normalize_cue(p: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", p).casefold().split())


def find_cues(text: str) -> list[CueHit]:
    """Every cue phrase occurring in ``text`` (casefolded), with category and language."""
    pat, lookup = _cue_matchers()
    low = unicodedata.normalize("NFKC", text).casefold()
    if len(low) != len(text):  # NFKC changed length: offsets approximate, fine for features
        pass
    hits: list[CueHit] = []
    for m in pat.finditer(low):
        key = " ".join(m.group(0).split())
        for cat, lang in lookup.get(key, ()):
            hits.append(CueHit(cat, key, lang, m.start(), m.end()))
    return hits


@cache
def _stopword_sets() -> tuple[dict[str, frozenset[str]], dict[str, tuple[str, ...]]]:
    spaced = {k: frozenset(v) for k, v in STOPWORDS.items() if k not in UNSPACED_LANGS}
    unspaced = {k: tuple(v) for k, v in STOPWORDS.items() if k in UNSPACED_LANGS}
    return spaced, unspaced


def stopword_count(text: str, lang: str | None = None) -> int:
    """Function words in ``text``: per-language table when ``lang`` is known,
    otherwise the best count over all tables."""
    spaced, unspaced = _stopword_sets()
    words = [w.casefold() for w in _SPACED_WORD_RE.findall(text)]
    best = 0
    langs = [lang] if lang in STOPWORDS else list(STOPWORDS)
    for lg in langs:
        if lg in spaced:
            n = sum(1 for w in words if w in spaced[lg])
        else:
            n = sum(text.count(s) for s in unspaced[lg])
        best = max(best, n)
    return best


@dataclass(slots=True)
class LineFeatures:
    index: int
    text: str
    norm: str
    units: float
    chars: int
    ends_sentence: bool
    inner_sentences: int
    stopwords: int
    letters: int
    upper: int
    cased: int
    digits: int
    dates: int
    years: int
    label_values: int
    has_domain: bool
    unspaced: bool
    tokens: list[str]
    cues: list[CueHit] = field(default_factory=list)

    @property
    def all_caps(self) -> bool:
        """Every cased letter upper-case, with enough letters to mean it."""
        return self.cased >= 4 and self.upper == self.cased

    def cue_coverage(self, categories: set[str] | frozenset[str]) -> float:
        """Share of the line's non-space characters covered by cues of these categories."""
        covered = set()
        for h in self.cues:
            if h.category in categories:
                covered.update(range(h.start, h.end))
        low = self.text.casefold()
        n = sum(1 for i in covered if i < len(low) and not low[i].isspace())
        total = sum(1 for c in low if not c.isspace() and c.isalnum() or c == "©")
        return n / total if total else 0.0

    def cues_of(self, category: str) -> list[CueHit]:
        return [h for h in self.cues if h.category == category]


def line_features(index: int, text: str, lang: str | None = None) -> LineFeatures:
    stripped = text.rstrip(" \"'”’»)]」』")
    letters = sum(1 for c in text if c.isalpha())
    upper = sum(1 for c in text if c.isupper())
    lower = sum(1 for c in text if c.islower())
    han = len(_HAN_RE.findall(text))
    sea = len(_THAI_RE.findall(text))
    return LineFeatures(
        index=index,
        text=text,
        norm=normalize_line(text),
        units=word_units(text),
        chars=len(text),
        ends_sentence=bool(stripped) and stripped[-1] in SENTENCE_END,
        inner_sentences=len(_SENT_INNER_RE.findall(text)),
        stopwords=stopword_count(text, lang),
        letters=letters,
        upper=upper,
        cased=upper + lower,
        digits=sum(1 for c in text if c.isdigit()),
        dates=len(_DATE_RE.findall(text)),
        years=len(_YEAR_RE.findall(text)),
        label_values=len(_LABEL_VALUE_RE.findall(text)),
        has_domain=bool(_DOMAIN_RE.search(text)),
        unspaced=(han + sea) > 0.5 * max(letters, 1),
        tokens=content_tokens(text),
        cues=find_cues(text),
    )


def looks_like_name(f: LineFeatures, max_words: int, max_chars: int) -> bool:
    """A person's name alone on a line: short, no digits or sentence marks,
    every word capitalised (cased scripts) or a few short tokens (others)."""
    t = f.text.strip()
    if not t or f.chars > max_chars or f.digits or f.dates:
        return False
    if any(c in t for c in "!?。！？:：;；\"“”()[]{}|/@#%=+*<>…"):
        return False
    words = t.replace(",", " ").split()
    if not 1 <= len(words) <= max_words:
        return False
    if f.unspaced:
        # Thai / CJK: names are short; 2-3 space-separated parts or 2-4 Han chars.
        if _HAN_RE.search(t) and len(words) == 1:
            return 2 <= len(t) <= 4
        return 2 <= len(words) <= 3 and all(len(w) <= 14 for w in words)
    if len(words) < 2:
        return False
    for w in words:
        core = w.strip(".,-'’")
        if not core:
            continue
        if core.casefold() in _NAME_PARTICLES:
            continue
        if not core[0].isupper():
            return False
    return True
