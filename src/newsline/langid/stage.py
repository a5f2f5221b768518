"""IdentifyLanguages: the language of each block and of the document.

Runs after block segmentation. A block holding a long stretch in a second
language (a Chinese paragraph glued to Vietnamese text) is split at the
language boundary into blocks that tile the original block exactly; the
pieces keep the original label and reasons plus one saying why they were
split. Smaller foreign stretches (a quoted name, a brand name in a footer) stay in
their block and are listed in ``doc.meta["lang_spans"]`` as ``[start, end,
lang]`` with document offsets.

A block with no word to tell a language by (keyboard mash, a list of
acronyms) gets none: ``lang`` None is 'und', undetermined.

``doc.lang`` is the language with the most letters in kept (body/title)
blocks, Han/kana/Hangul counting double. Without blocks, lines are used and no
blocks are created (segmentation is not this stage's job).

This stage must never delete or reorder text, never change a block's label,
and never let one bad document raise.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter

from ..model import KEPT_LABELS, Block, Document
from ..pipeline import Stage
from ..settings import LangSettings
from . import scripts as S
from .cantonese import written_cantonese
from .detect import (
    _as_written,
    _confidences,
    _lingua_confidences,
    _without_addresses,
    detect_language,
    detect_spans,
    detect_spans_counted,
    lingua_knows,
)
from .vietnamese import has_vietnamese_letter, is_vi_syllable, latin_words


def _letters(text: str) -> int:
    return S.letters_of(text)


_WORDS = re.compile(r"[^\W\d_]+")
_INITIAL_OR_NUMBER = re.compile(r"(?<![^\W\d_])[A-Z]\.|\d+")


def _mostly_names(text: str) -> bool:
    """A line of names with initials and numbers ("K. Hupfer 1 goal. L. Patikas
    2 saves."): what few words it has cannot tell its language, and the model
    reads such lines as German or Dutch. Few lower-case words, and initials or
    numbers among the names."""
    words = _WORDS.findall(text)
    if len(words) < 4:
        return False
    lower = sum(1 for w in words if w[0].islower())
    return lower < 0.35 * len(words) and len(_INITIAL_OR_NUMBER.findall(text)) >= 3


# a word, with an apostrophe's elision ("s'agit", "l'armée"), or a handle or
# hashtag ("@desk", "#Tag"), which is no word of any language
_WORD_OR_TAG = re.compile(r"[@#]\w+|[^\W\d_]+(?:['’][^\W\d_]+)?")


def _words_among_names(text: str) -> list[str] | None:
    """The lower-case words of a line where at least a third of the words
    are capitalised ("Budi Santoso, Siti Rahayu y Agus Setiawan, de
    Yakarta", "Sur la photo : Klaus Hoffmann (Jürgen Schwarz/Reuters)."),
    or None for a line of fewer names or of no lower-case word.

    Names, agencies, acronyms, handles, hashtags and addresses belong to no
    language, yet the model reads their letters as the language the names
    come from (Indonesian, German); the few words between them ("y", "de",
    "sur la photo") are the line's language."""
    words = [w for w in _WORD_OR_TAG.findall(_without_addresses(text)) if w[0] not in "@#"]
    lower = [w for w in words if w[0].islower()]
    if not lower or 3 * len(lower) > 2 * len(words):
        return None
    return lower


def _names_heavy(text: str) -> bool:
    """Are at least a third of the line's words capitalised (names, an
    all-capitals line)? Its letters may be its names' language, not its own
    (as in :func:`_words_among_names`)."""
    words = [w for w in _WORD_OR_TAG.findall(text) if w[0] not in "@#"]
    return bool(words) and 3 * sum(1 for w in words if not w[0].islower()) >= len(words)


# a reply's or an exclamation's end: a full stop, "!", "?" or an ellipsis,
# then closing quotes or brackets if any ("Merci !", "«Sí, claro.»")
_UTTERANCE_END = re.compile(r"[.!?…]+[\s\"'»”’)\]]*$")


def _utterance(text: str) -> bool:
    """A short line that ends as a sentence does and has a word not in
    capitals: a reply or an exclamation quoted on the page ("Gracias.",
    "Dạ vâng.", "Of course not."), not a name, a label or a brand, which
    end without a stop ("Hà Nội", "Read more", "LINE")."""
    return _UTTERANCE_END.search(text) is not None and any(
        not w.isupper() for w in _WORDS.findall(text)
    )


def _vietnamese_spelling(text: str) -> bool:
    """Is ``text`` spelt as only Vietnamese spells: a letter only Vietnamese
    writes ("Dạ vâng."), or two words or more, each a Vietnamese syllable
    and one with an accent ("Xin chào!", whose "à" French writes too; "Oh
    là là !" has a word no Vietnamese syllable is)?"""
    if has_vietnamese_letter(text):
        return True
    words = latin_words(text)
    return (
        len(words) >= 2 and not all(w.isascii() for w in words) and all(map(is_vi_syllable, words))
    )


# a word in capitals longer than an acronym (stage: _acronym's six letters)
_CAPITALS_WORD_MIN_LETTERS = 7


def _not_vietnamese_words(text: str) -> bool:
    """Are a short unaccented line's words plainly not Vietnamese: two words
    or more, fewer than half of them shaped like Vietnamese syllables, and
    words rather than names ("Read more", "BREAKING NEWS")? Vietnamese
    writes every word as one syllable of a closed shape, accents or not, so
    such a line on a Vietnamese page is no Vietnamese however short; the
    model's answer stands where it is sure of it. Names in title case
    ("Getty Images"), a line with a letter outside ASCII and capitals that
    may be acronyms ("UBND TPHCM") still lean to the page."""
    if not text.isascii():
        return False
    words = latin_words(text)
    if len(words) < 2:
        return False
    if all(w.isupper() for w in words):
        if not any(len(w) >= _CAPITALS_WORD_MIN_LETTERS for w in words):
            return False
    elif not any(w.islower() for w in words):
        return False
    return 2 * sum(map(is_vi_syllable, words)) < len(words)


def _own_forms(text: str, lang: str | None) -> bool:
    """Does ``text`` write a character only ``lang`` writes so (a kanji in
    its Japanese form) and none that ``lang`` does not write?"""
    own, foreign = S.OWN_FORMS.get(lang or "", (frozenset(), frozenset()))
    chars = set(text)
    return bool(own & chars) and not foreign & chars


def _brand_names_only(text: str, max_letters: int) -> bool:
    """One or two capitalised Latin words and nothing else but marks and
    digits, with at most ``max_letters`` letters: "LINE", "Facebook",
    "Google News"."""
    words = _WORDS.findall(text)
    return (
        1 <= len(words) <= 2
        and sum(map(len, words)) <= max_letters
        and all(w[0].isupper() and w.isascii() for w in words)
    )


# Letters typed by running a hand along a keyboard's row ("asdkjh", "zxcv",
# "qweqwe"): three keys side by side, either way, in rows of QWERTY, AZERTY
# and QWERTZ keyboards that hold no vowel but a home-row "a" (a top row's
# "wer", "ert", "rty" spell "power", "expert", "party"), and "qw", which no
# language written in Latin letters spells.
_KEY_ROWS = ("asdfghjkl", "zxcvbnm", "qsdfghjklm", "wxcvbn", "yxcvbnm", "qw")


def _key_runs() -> frozenset[str]:
    out = set()
    for row in _KEY_ROWS:
        n = min(3, len(row))
        for k in range(len(row) - n + 1):
            out.update((row[k : k + n], row[k : k + n][::-1]))
    return frozenset(out)


_KEY_RUNS = _key_runs()
_VOWELS = frozenset("aeiouy")
_TOKEN = re.compile(r"[^\W_]+")
# between two acronyms of a list: a mark, not only spaces ("NATO – EU – G7",
# "UN, WHO, IMF"); capitals between spaces are a shouted phrase ("TOP NEWS")
_LIST_GAP = re.compile(r"\s*[-–—,;/|·•+&]\s*")
_NO_WORD_MAX_CHARS = 80


def _mashed(word: str) -> bool:
    """A keyboard mash: a run of keys side by side, or three letters or more
    and no vowel ("sdfgh", "jkl")."""
    w = word.lower()
    if len(w) < 3 or not w.isascii() or not w.isalpha():
        return False
    return not _VOWELS.intersection(w) or any(run in w for run in _KEY_RUNS)


def _acronym(word: str) -> bool:
    """Capitals, with digits or not ("NATO", "G7", "COP28"), or a number with
    a capital ("5G"); two letters or more, or one beside digits."""
    letters = sum(c.isalpha() for c in word)
    return (
        word.isascii()
        and word.upper() == word
        and letters >= 1
        and (letters >= 2 or letters < len(word))
        and letters <= 6
    )


def _words_of_short_line(text: str, numbers: bool = False) -> list[re.Match[str]] | None:
    """The letter runs of a short line of two or more, all in ASCII letters
    and none a bare number (unless ``numbers``); None for any other line."""
    if len(text) > _NO_WORD_MAX_CHARS:
        return None
    tokens = list(_TOKEN.finditer(text))
    if len(tokens) < 2 or any(
        not t.group(0).isascii() or (not numbers and t.group(0).isdigit()) for t in tokens
    ):
        return None
    return tokens


def keyboard_mash(text: str) -> bool:
    """Is a short line nothing but keyboard mash ("asdkjh qweqwe zxcv",
    "sdfgh jkl"): two tokens or more between spaces, each a run of keys side
    by side or letters with no vowel? Initials between slashes ("mrc/jlp",
    "(ryz/dwl)") are an editor's sign-off, no mash."""
    tokens = _words_of_short_line(text)
    return (
        tokens is not None
        and all(_mashed(t.group(0)) for t in tokens)
        and all(text[a.end() : b.start()].isspace() for a, b in itertools.pairwise(tokens))
    )


# a letter run of four letters or more (runs: _WORDS); a digit
_WORD_OF_FOUR = re.compile(r"[^\W\d_]{4}")
_DIGIT = re.compile(r"\d")
# Marks of program text and markup that prose does not write: a call
# ("print('", "f(x"), a brace, an opening and a closing tag, a string
# argument's end ("')"), an assignment or comparison, an index by name
# ("a[i]"), a closing semicolon, a quoted key ('"id":'), an operator.
_CODE_MARK = re.compile(
    r"(?P<call>[A-Za-z_]\w*\([\w'\"\)])"
    r"|(?P<brace>[{}])"
    r"|(?P<tag><[A-Za-z][\w-]*(?:\s[^<>]*)?/?>)"
    r"|(?P<end_tag></[A-Za-z][\w-]*>)"
    r"|(?P<string_arg>['\"]\))"
    r"|(?P<assign>\w\s*(?:[-+*/!<>=]?=|\+\+)(?!=)\s*[\w'\"\[{(-])"
    r"|(?P<index>\w\[[A-Za-z_]\w*\])"
    r"|(?P<semi>;\s*$)"
    r"|(?P<key>[\"']\s*:)"
    r"|(?P<op>&&|\|\||=>|->|::)"
)
# a character one of those marks needs but a quoted key's colon (most prose
# has none: one C-level scan)
_CODE_CHAR = re.compile(r"[(){}<>=\[\];&|+]")
_CODE_CHARS_PER_MARK = 30


# a letter outside ASCII (letters: _WORDS)
_NON_ASCII_LETTER = re.compile(r"[^\W\d_\x00-\x7f]")


def _numbers_and_codes(text: str) -> bool:
    """A short line of numbers with a few letters of no word between them: a
    timestamp ("2031-02-09T17:05:00Z"), a version ("v4.0.2"), an identifier
    ("No. 551203", "ID 88A12"), a file's name ("DSC_00421.JPG"). One token
    (no space) with no letter run longer than three, or a spaced line with
    none longer than two and at least as many digits as letters: a word of
    three letters between spaces may be a word ("May 3, 2031", "Top 10").
    Signs outside ASCII are no letters either: a reading with its units
    ("32°C / 80% / 15 km/h", "€12.5 bn"); a letter outside ASCII ("độ")
    belongs to a word."""
    if len(text) > _NO_WORD_MAX_CHARS or _WORD_OF_FOUR.search(text):
        return False
    if not text.isascii() and _NON_ASCII_LETTER.search(text):
        return False
    digits = len(_DIGIT.findall(text))
    if not digits:
        return False
    if not any(c.isspace() for c in text):
        return True
    runs = _WORDS.findall(text)
    return all(len(r) <= 2 for r in runs) and sum(map(len, runs)) <= digits


def _code_line(text: str) -> bool:
    """A short line (80 characters at most) of program text or markup
    ("x = load(path)", "<span id='a'>", "UPDATE t SET n = 0;"): two kinds
    of code's marks or more, one mark at least in every 30 characters. Its
    words are a program's names and keywords, no language's sentence; the
    model read them as English."""
    if len(text) > _NO_WORD_MAX_CHARS or not _CODE_CHAR.search(text):
        return False
    marks = list(_CODE_MARK.finditer(text))
    # dense, not a sentence between two tags ("<p>…prose…</p>")
    return len({m.lastgroup for m in marks}) >= 2 and len(marks) * _CODE_CHARS_PER_MARK >= len(text)


# names a results line lists, each beside its figure, for it to be no sentence
_NAMES_BESIDE_NUMBERS_MIN = 3
# a Chinese or Japanese name's length in Han characters
_HAN_NAME = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]{2,4}")


def _names_beside_numbers(text: str) -> bool:
    """A short line of three names or more, each one capitalised word with
    a figure after it: a results or standings row ("Kowalski 41.2% ·
    Martínez 33.9% · Okafor 12.0%", "1. Pogačar 78:12:04 2. Vingegaard
    +6:17 ..."). Its only words are names; the model read them as Spanish
    or Malay. Two words side by side ("Hà Nội", "Real Madrid 2"), a
    lower-case word ("Page 2 of 10") or a word with no figure after it
    ("Shares fall 12% after") make it prose. Han has no capitals: a run of
    two to four Han characters is a name's length ("陈伟 9.85 李娜 9.72 ...")."""
    words = list(_WORDS.finditer(text))
    if len(words) < _NAMES_BESIDE_NUMBERS_MIN:
        return False
    for w, nxt in zip(words, [*words[1:], None]):
        word = w.group(0)
        if _HAN_NAME.fullmatch(word):
            pass
        elif not word[0].isupper() or not (len(word) == 1 or word[1:].islower()):
            return False
        gap = text[w.end() : nxt.start() if nxt else len(text)]
        if _DIGIT.search(gap) is None:
            return False
    return True


# a list's items: parted by a semicolon, a comma (not a figure's), a middle
# dot, a bar, a bullet or a slash between spaces (not a date's or a pair's:
# "12/05", "USD/VND") ("Lloris; Pavard, Varane", "A 41% · B 33%", "A 45.2 / B 44.8")
_LIST_ITEM_GAP = re.compile(r"\s*(?:[;·|•]|,(?!\d)|(?<=\s)/(?=\s))\s*")
_LINE_UP_GAP = re.compile(";")
# a label before its list ("Starting XI:", "Alineación:"): the label's words
# are the line's language; a clock time's colon ("18:00") is no label
_LABEL_COLON = re.compile(r"[^\W\d_)]\s*:")
# a schedule's row starts with a clock time: its items are programmes' titles
_CLOCK_TIME = re.compile(r"\d{1,2}[:.h]\d{2}")
_NAMES_LIST_MAX_CHARS = 240
_NAMES_LIST_MIN_ITEMS = 3
_NAME_WORDS_MAX = 4


def _list_of_names(text: str) -> bool:
    """A line listing three names or more and nothing else but figures: a
    line-up ("Lloris; Pavard, Varane, ..."), a results or score row
    ("Sánchez (PSOE) 121 · Feijóo (PP) 137 · ...", "Man City 3-1 Arsenal;
    Liverpool 2-2 Chelsea; ..."). Names belong to no language; the model
    read such lines as German, French or English.

    Every word is capitalised (a name) or in capitals (a club's or party's
    acronym), each item has four words at most, and either every item holds
    a figure or the items are a line-up's (a semicolon between its lines).
    A menu ("Home | World | Business") and a title-case headline ("Stocks
    Rise, Oil Falls, Gold Steady") have neither; names parted by commas
    alone ("Nguyễn Văn An, Trần Thị Bích, ...") are left to the model and
    the page. A label before the list ("Starting XI:") or a schedule's clock
    times make the line the label's or the titles' language."""
    # (cheap gates first: most lines are prose, with no figure and no semicolon)
    if len(text) > _NAMES_LIST_MAX_CHARS or (";" not in text and not _DIGIT.search(text)):
        return False
    if _LABEL_COLON.search(text):
        return False
    words = _WORDS.findall(text)
    if not words or any(not w[0].isupper() for w in words):
        return False
    items = [i for i in _LIST_ITEM_GAP.split(text.strip(" .")) if i]
    if len(items) < _NAMES_LIST_MIN_ITEMS or _CLOCK_TIME.match(items[0]):
        return False
    item_words = [_WORDS.findall(i) for i in items]
    if any(not 1 <= len(w) <= _NAME_WORDS_MAX for w in item_words):
        return False
    return _LINE_UP_GAP.search(text) is not None or all(_DIGIT.search(i) for i in items)


# a figure: digits, maybe with a decimal or thousands mark, a sign or a
# percent ("28", "-3", "61.5%", "1,204")
_FIGURE = re.compile(r"[-+−]?\d+(?:[.,:]\d+)*%?")
_ROW_FIGURES_MIN = 3
# a run of letters (a word without its digits)
_LETTER_RUN = re.compile(r"[^\W\d_]+")
# what a market quote writes beside its figures besides spaces
_QUOTE_SIGNS = " ()[]▲▼△▽↑↓"
_ROW_NAME_WORDS_MAX = 4


def _name_and_figures(text: str) -> bool:
    """A table's row: one name (up to four capitalised words side by side,
    maybe after a rank) and three figures or more after it, nothing else
    ("Real Madrid 28 19 6 3 61 24 63", "3. Ajax 30 18 7 5 +31 61"). The
    name is no sentence; the model read it as its own language. Words
    parted by figures ("Euro 2024 Final 14 July 2024"), a lower-case word
    or two figures at most ("Windows 11", "Boeing 737 MAX 8") keep a
    language."""
    # (a row ends with a figure, maybe in brackets; most short lines with a
    # digit do not)
    tail = text.rstrip().rstrip(")]")[-1:]
    if len(text) > _NO_WORD_MAX_CHARS or not (tail.isdigit() or tail == "%"):
        return False
    # (prose has more words than a name: one C-level count)
    if len(_LETTER_RUN.findall(text)) > _ROW_NAME_WORDS_MAX:
        return False
    figures = list(_FIGURE.finditer(text))
    if len(figures) < _ROW_FIGURES_MIN:
        return False
    rank = figures[0] if text[: figures[0].start()].strip() == "" else None
    name_end = next((f.start() for f in figures if f is not rank), len(text))
    name_start = rank.end() if rank else 0
    name = text[name_start:name_end].strip(" .)")
    words = name.split()
    if not 1 <= len(words) <= _ROW_NAME_WORDS_MAX:
        return False
    # (a name's words may be joined by hyphens: "VN-Index", "Nikkei-225")
    parts = [p for w in words for p in w.split("-")]
    if not all(_WORDS.fullmatch(p) and p[0].isupper() for p in parts):
        return False
    after = [f for f in figures if f.start() >= name_end]
    if len(after) < _ROW_FIGURES_MIN:
        return False
    # nothing but figures, spaces and a quote's up and down signs and
    # brackets after the name ("VN-Index 1.285,42 ▲ 12,31 (+0,97%)")
    return _FIGURE.sub("", text[name_end:]).strip(_QUOTE_SIGNS) == ""


def _no_word_evidence(text: str) -> bool:
    """Does a short Latin-script line hold no word at all, only keyboard mash
    ("asdkjh qweqwe zxcv"), a list of acronyms and numbers ("NATO – EU –
    G7", "UTC+2"), numbers with a few letters (a timestamp, a version, a
    file's name) or a line of code? Such a line is in no language; the model
    named one anyway (Spanish for the mash, English for code, the page's
    language once settled). A brand's name alone ("LINE") and capitals
    between spaces ("TOP NEWS") are left to the model and the page."""
    if _numbers_and_codes(text) or _code_line(text):
        return True
    if (
        len(text) <= _NO_WORD_MAX_CHARS
        and _DIGIT.search(text)
        and (_names_beside_numbers(text) or _name_and_figures(text))
    ):
        return True
    if _list_of_names(text):
        return True
    tokens = _words_of_short_line(text, numbers=True)
    if tokens is None:
        return False
    words = [t for t in tokens if not t.group(0).isdigit()]
    if not words:
        return False
    if len(words) == len(tokens) and all(_mashed(t.group(0)) for t in tokens):
        return True
    if not all(_acronym(t.group(0)) for t in words):
        return False
    if all(_LIST_GAP.fullmatch(text[a.end() : b.start()]) for a, b in itertools.pairwise(tokens)):
        return True
    # acronyms beside numbers as many as their letters or more: a code or a
    # ticker's quote ("ISSN 1859-4581", "AAPL 189.25 ▲1.2", "ISO 9001");
    # capitals beside a small number stay a shouted phrase ("TOP 10")
    if len(words) == len(tokens):
        return False
    # two acronyms joined by a slash beside a number: a pair's quote
    # ("USD/VND 25.450", "EUR/USD 1.0841"), one symbol, no phrase
    if any(text[a.end() : b.start()] == "/" for a, b in itertools.pairwise(words)):
        return True
    letters = sum(c.isalpha() for t in words for c in t.group(0))
    digits = sum(c.isdigit() for t in tokens for c in t.group(0))
    return digits >= letters


def _line_spans(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for line in text.splitlines(keepends=True):
        stripped = line.strip()
        if stripped:
            a = pos + (len(line) - len(line.lstrip()))
            out.append((a, a + len(line.rstrip())))
        pos += len(line)
    return out


# lingua loads each n-gram size's models the first time a text has a word
# that long, and high-accuracy mode reads n-grams of up to five letters: a
# text of short words ("warm-up") left the 5-gram models to the first real
# short line. Plain ASCII letters keep every Latin-script language a
# candidate, so all of their models load.
_WARM_TEXT = "loading models"


class IdentifyLanguages(Stage):
    name = "langid"
    parallel = True

    def __init__(self, settings: LangSettings | None = None) -> None:
        self.settings = settings or LangSettings()

    def warm(self) -> None:
        """Load lingua's models for both modes now: short texts use the
        high-accuracy models (0.8 s to load), long ones the trigram models,
        and a page may need either."""
        st = self.settings
        for high in {False, st.high_accuracy}:
            _confidences(_WARM_TEXT, tuple(st.languages), high)

    def __call__(self, docs: list[Document], stats: Counter[str]) -> list[Document]:
        for doc in docs:
            try:
                self.identify(doc, stats)
            except Exception as e:  # noqa: BLE001 - one odd page must not sink the batch
                stats["langid.errors"] += 1
                doc.meta.setdefault("warnings", []).append(
                    f"language identification failed on {doc.source}: {type(e).__name__}: {e}"
                )
        return docs

    # ------------------------------------------------------------------
    def identify(self, doc: Document, stats: Counter[str]) -> None:
        st = self.settings
        mixed: list[list] = []
        # (start, end) -> letters, counted while finding spans; spares a recount
        counted: dict[tuple[int, int], int] = {}
        if doc.blocks:
            new_blocks: list[Block] = []
            for b in doc.blocks:
                pieces = self._split(doc, b, mixed, counted)
                if len(pieces) > 1:
                    stats["langid.split_blocks"] += 1
                new_blocks.extend(pieces)
            doc.blocks = new_blocks
            units = [(b.start, b.end, b.lang, b.label in KEPT_LABELS) for b in doc.blocks]
        else:
            units = []
            for a, z in _line_spans(doc.text):
                spans = detect_spans(doc.text[a:z], st)
                if len({s[2] for s in spans}) > 1:
                    mixed.extend([a + s, a + e, lang] for s, e, lang in spans)
                units.append((a, z, detect_language(doc.text[a:z], st), True))

        doc.lang = self._dominant(doc, units, counted) or doc.lang
        if doc.lang and doc.blocks:
            self._settle_short_blocks(doc)
        for b in doc.blocks:
            # no word to tell a language by: undetermined ('und', no code)
            if b.lang and _no_word_evidence(doc.text[b.start : b.end]):
                b.lang = None
        if mixed:
            doc.meta["lang_spans"] = mixed
        _note_cantonese(doc, units)
        stats[f"langid.doc.{doc.lang or 'unknown'}"] += 1
        stats["langid.blocks"] += len(doc.blocks)

    def _split(
        self, doc: Document, b: Block, mixed: list[list], counted: dict[tuple[int, int], int]
    ) -> list[Block]:
        st = self.settings
        text = doc.text[b.start : b.end]
        spans, n_letters = detect_spans_counted(text, st)
        if n_letters is not None:
            counted[(b.start, b.end)] = n_letters
            S.note_letters(text, n_letters)  # the flags count the same blocks
        if len(spans) == 1:  # one language throughout: the span already says which
            b.lang = spans[0][2] or None
            return [b]
        if len({lang for _, _, lang in spans}) <= 1:
            b.lang = detect_language(text, st)
            return [b]
        mixed.extend([b.start + s, b.start + e, lang] for s, e, lang in spans)
        # Spans too short to stand alone join the piece before them (or after).
        pieces: list[list] = []
        for s, e, lang in spans:
            if _letters(text[s:e]) >= st.split_min_letters or not pieces:
                if pieces and pieces[-1][2] == lang:
                    pieces[-1][1] = e
                else:
                    pieces.append([s, e, lang])
            else:
                pieces[-1][1] = e
        # A short first piece joins the next one.
        if len(pieces) > 1 and _letters(text[pieces[0][0] : pieces[0][1]]) < st.split_min_letters:
            pieces[1][0] = pieces[0][0]
            pieces.pop(0)
        merged: list[list] = []
        for p in pieces:
            if merged and merged[-1][2] == p[2]:
                merged[-1][1] = p[1]
            else:
                merged.append(p)
        if len(merged) <= 1:
            b.lang = detect_language(text, st)
            return [b]
        out = []
        for i, (s, e, _lang) in enumerate(merged):
            piece = text[s:e]
            lead = len(piece) - len(piece.lstrip())
            trail = len(piece) - len(piece.rstrip())
            a, z = b.start + s + lead, b.start + e - trail
            if z <= a:
                continue
            neighbours = [merged[j][2] for j in (i - 1, i + 1) if 0 <= j < len(merged)]
            out.append(
                Block(
                    start=a,
                    end=z,
                    label=b.label,
                    lang=detect_language(doc.text[a:z], st),
                    reasons=list(b.reasons)
                    + [
                        (
                            "split from a mixed-language block at a language boundary "
                            f"({'/'.join(neighbours)} next to it)"
                        )
                    ],
                )
            )
        return out or [b]

    def _dominant(
        self,
        doc: Document,
        units: list[tuple[int, int, str | None, bool]],
        counted: dict[tuple[int, int], int],
    ) -> str | None:
        def letters_of(a: int, z: int) -> int:
            n = counted.get((a, z))
            return n if n is not None else _letters(doc.text[a:z])

        weights: Counter[str] = Counter()
        for a, z, lang, kept in units:
            if lang and kept:
                weights[lang] += letters_of(a, z)
        if not weights:  # nothing kept: fall back to every unit
            for a, z, lang, _ in units:
                if lang:
                    weights[lang] += letters_of(a, z)
        return weights.most_common(1)[0][0] if weights else None

    def _settle_short_blocks(self, doc: Document) -> None:
        """Blocks in the document's script lean to the document's language.

        So do blocks with letters but no language (too short for a language
        outside the model's set), and short blocks in a script the
        document's language also writes (Han on a Japanese page).

        "Vy Anh" or "Read more" are too short to tell Vietnamese from
        English, and a line of player names reads as German to the model; a
        block in another script (Thai, Chinese) is still decided by its script,
        and a block the model clearly puts elsewhere keeps its language.
        """
        st = self.settings
        doc_script = S.script_of_lang(doc.lang or "")
        also = S.ALSO_WRITTEN_IN.get(doc.lang or "", frozenset())
        short_letters = st.short_block_letters
        if doc.lang not in st.languages and st.open_set_min_letters:
            # a page in a language outside the model's set (Portuguese,
            # Italian): a block too short for the open-set check could only
            # get the nearest configured language ("es"), never the page's own
            short_letters = max(short_letters, st.open_set_min_letters)
        for b in doc.blocks:
            if b.lang == doc.lang:
                continue
            if b.lang is None:
                # letters no model would name on their own (a short Arabic or
                # Ukrainian menu line: such languages need 40 letters) are
                # the page's language when they are in the page's script
                counts = S.script_counts(doc.text[b.start : b.end])
                if counts and max(counts, key=counts.__getitem__) == doc_script:
                    b.lang = doc.lang
                continue
            if S.script_of_lang(b.lang) == S.LATIN != doc_script:
                # the page's own words beside a few Latin ones, brand names
                # and handles ("แชร์ Facebook X LINE", "分享 Facebook LINE"):
                # too few Latin letters to name a language of their own
                counts = S.script_counts(doc.text[b.start : b.end])
                if doc_script in counts and counts.get(S.LATIN, 0) < st.short_block_letters:
                    b.lang = doc.lang
                    continue
                # a brand's name alone, a share button ("LINE", "Facebook",
                # "WeChat"): a name or two, too few letters for any language
                # (the model reads them as German or Malay); they are the
                # page's own buttons
                if _brand_names_only(
                    doc.text[b.start : b.end], st.short_block_letters // 2
                ) and not self._utterance_of_its_own(doc.text[b.start : b.end], b.lang, doc.lang):
                    b.lang = doc.lang
                    continue
            if S.script_of_lang(b.lang) != doc_script:
                # another script is decisive, unless the page's language
                # also writes it and the block has little of it: Han without
                # kana on a Japanese page ("2025年4月1日", a company's name)
                if S.script_of_lang(b.lang) in also:
                    text = doc.text[b.start : b.end]
                    counts = S.script_counts(text)
                    if doc_script not in counts and (
                        S.weighted_letters({k: n for k, n in counts.items() if k in also})
                        < st.short_block_letters
                        # a longer line of kanji only (a headline): Japanese
                        # when it writes a character the way only Japanese does
                        or _own_forms(text, doc.lang)
                    ):
                        b.lang = doc.lang
                continue
            text = doc.text[b.start : b.end]
            if _letters(text) < short_letters and self._utterance_of_its_own(
                text, b.lang, doc.lang
            ):
                continue
            if (
                doc.lang == "vi"
                and _letters(text) < short_letters
                and _not_vietnamese_words(text)
                and self._sure_of(text, b.lang)
            ):
                continue
            if _letters(text) < short_letters or _mostly_names(text):
                b.lang = doc.lang
                continue
            # lingua encodes to UTF-8: a lone surrogate must not reach it
            clean = S.strip_controls(text)
            if doc.lang not in st.languages and not lingua_knows(doc.lang):
                continue
            # the block's own language is offered to the model unless the
            # line is mostly names: a line of Portuguese names with a few
            # Spanish words between them is the Spanish page's
            own = None if _names_heavy(clean) else b.lang
            if self._leans_to_page(clean, doc.lang, block_lang=own):
                b.lang = doc.lang
                continue
            # a line of names with a few of the page's words between them:
            # the words decide, not the names' letters, unless the words
            # too read best as the line's other language ("Posted by ... at").
            # (Asked without the block's language when it lies outside the
            # set: the names' letters chose it, and a name's "da" or "van"
            # would read as it.)
            words = _words_among_names(clean)
            if words and self._leans_to_page(" ".join(words), doc.lang, unless=b.lang):
                b.lang = doc.lang

    def _sure_of(self, text: str, lang: str) -> bool:
        """Does the model answer ``lang`` first for ``text``, with at least
        ``utterance_min_confidence``? (On two words it is often not: "Video
        clip" reads as Spanish with 0.24.)"""
        conf = _lingua_confidences(_as_written(S.strip_controls(text)), self.settings)
        return (
            bool(conf)
            and conf[0][0] == lang
            and conf[0][1] >= self.settings.utterance_min_confidence
        )

    def _utterance_of_its_own(self, text: str, lang: str, page_lang: str) -> bool:
        """Is a short block a reply or exclamation in ``lang``, not the
        page's language ("Gracias." on a French page, "Thanks." on a
        Chinese one)? The model must give ``lang`` its top answer with
        ``utterance_min_confidence`` and the page's language little of it
        (see ``LangSettings``). Vietnamese needs its own spelling: "Oh là
        là !" reads as Vietnamese to the model."""
        if not _utterance(text) or (lang == "vi" and not _vietnamese_spelling(text)):
            return False
        st = self.settings
        clean = S.strip_controls(text)
        if page_lang in st.languages or not lingua_knows(page_lang):
            conf = dict(_lingua_confidences(clean, st))
        else:  # the page's language must be among the model's answers
            conf = dict(_confidences(clean, (*st.languages, page_lang), st.high_accuracy))
        top = conf.get(lang, 0.0)
        return (
            top >= st.utterance_min_confidence
            and top == max(conf.values())
            and conf.get(page_lang, 0.0) <= st.utterance_page_share * top
        )

    def _leans_to_page(
        self,
        text: str,
        page_lang: str,
        unless: str | None = None,
        block_lang: str | None = None,
    ) -> bool:
        """Does the model give ``page_lang`` at least ``same_script_prior``
        of its top confidence for ``text``? Not when its top answer is
        ``unless`` (and not the page's).

        The model is asked with the page's and the block's languages besides
        the configured ones: a language outside the set (Italian on a French
        page, Polish on a German one) left out would leave the model only
        the page's language or its neighbour to answer with, and the page's
        would always win."""
        st = self.settings
        extra = tuple(
            lang
            for lang in dict.fromkeys((page_lang, block_lang))
            if lang and lang not in st.languages and lingua_knows(lang)
        )
        if not extra:
            conf = dict(_lingua_confidences(text, st))
        else:
            high = st.high_accuracy and len(text) <= st.high_accuracy_max_chars
            conf = dict(_confidences(text, (*st.languages, *extra), high))
        top = max(conf.values(), default=0.0)
        if not top:
            return False
        page = conf.get(page_lang, 0.0)
        if unless is not None and page < top and conf.get(unless, 0.0) == top:
            return False
        return page >= st.same_script_prior * top


def _note_cantonese(doc: Document, units: list[tuple[int, int, str | None, bool]]) -> None:
    """Blocks read as zh that are written Cantonese, listed in
    ``doc.meta["yue_blocks"]`` as ``[start, end]``; ``doc.meta["lang_variety"]``
    is "yue" when most letters of the page's kept Chinese blocks are in them. ``lang`` stays "zh" (blocks
    and page): the stages after this one read Cantonese as Chinese."""
    # a second run says it again or not at all
    doc.meta.pop("yue_blocks", None)
    doc.meta.pop("lang_variety", None)
    if doc.blocks:
        units = [(b.start, b.end, b.lang, b.label in KEPT_LABELS) for b in doc.blocks]
    zh = [(a, z, kept) for a, z, lang, kept in units if lang == "zh"]
    if not zh:
        return
    yue = [[a, z] for a, z, _ in zh if written_cantonese(doc.text[a:z])]
    if not yue:
        return
    doc.meta["yue_blocks"] = yue
    # the page is Cantonese when most of its kept Chinese text is
    cantonese = {(a, z) for a, z in yue}
    kept = [(_letters(doc.text[a:z]), (a, z) in cantonese) for a, z, k in zh if k]
    if doc.lang == "zh" and 2 * sum(n for n, c in kept if c) > sum(n for n, _ in kept):
        doc.meta["lang_variety"] = "yue"
