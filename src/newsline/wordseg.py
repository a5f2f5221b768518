"""Words of the unspaced scripts (Thai, Chinese, Japanese), shared by every stage.

What it is for: flags, events and story features all need Thai words,
romanised Thai, and Chinese words with part-of-speech tags. Tokenising is the
costliest per-document step for those languages, so it lives here once, with
caches keyed by the run of text (the same sentence tokenised by the events
stage is not tokenised again for the story features), and one choice of
tokeniser for the whole run:

* Thai: newmm's dictionary-based maximal matching, through nlpo3 (PyThaiNLP's
  Rust implementation, same algorithm and dictionary, ~4x faster, and no
  pure-Python trie to build at start-up) when installed, else pythainlp's own
  newmm. Only runs of Thai letters go to the tokeniser; anything else comes
  back as its own token (Latin words, numbers, punctuation), so the two
  tokenisers agree on everything around the Thai.
* Chinese: Traditional characters folded to Simplified (OpenCC's character
  table, one character for one, so offsets hold); a private copy of jieba's part-of-speech tagger whose Viterbi is
  :mod:`newsline.events.pos_viterbi` (same tags), with its guesses for unknown
  character runs cached (names recur in a page and across a story's pages).
* Japanese: names only (katakana runs, kanji before a title), romanised by
  pykakasi's Hepburn, loaded on the first Japanese text.
* Cyrillic, Korean and Arabic: letter tables (no data to load) that spell a
  name in Latin letters for the story anchors' consonant skeleton, and the
  Korean and Arabic names read before or after a title.

It must never download anything (the dictionaries ship inside their
packages) and never change jieba's or pythainlp's shared objects.
"""

from __future__ import annotations

import functools
import itertools
import logging
import math
import re
import sys
from typing import Any

log = logging.getLogger(__name__)

THAI_RUN = re.compile(r"[\u0E00-\u0E7F]+")
# Thai and full-width digits as ASCII ones, one character for one.
DIGITS_TO_ASCII = {ord(c): str(i % 10) for i, c in enumerate("๐๑๒๓๔๕๖๗๘๙０１２３４５６７８９")}
_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff\U00020000-\U0002fa1f]")
# What is not Thai, split as newmm splits it: words, numbers, spaces, one
# character of anything else.
_OTHER = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*|\d+(?:[.,]\d+)*|\s+|.", re.DOTALL)


def strip_possessive(word: str) -> str:
    """A name without its English possessive ("Braun's", "Epstein’s" -> the
    name): names link documents, and the possessive form meets no other."""
    return word[:-2] if word[-2:] in ("'s", "’s") else word


# Any digit DIGITS_TO_ASCII rewrites: a text without one (nearly every text)
# is given back after one C search instead of a per-character translation.
_NON_ASCII_DIGIT = re.compile("[" + "".join(map(chr, DIGITS_TO_ASCII)) + "]")


def ascii_digits(text: str) -> str:
    """``text`` with Thai and full-width digits written as ASCII ones (same length)."""
    if text.isascii() or _NON_ASCII_DIGIT.search(text) is None:
        return text
    return text.translate(DIGITS_TO_ASCII)


@functools.cache
def thai_engine() -> str:
    """ "nlpo3" when it is installed and loads its dictionary, else "newmm"."""
    try:
        from pythainlp.tokenize import word_tokenize

        if word_tokenize("ทดสอบ", engine="nlpo3"):
            return "nlpo3"
    except Exception as exc:  # noqa: BLE001 - newmm is always there
        log.debug("nlpo3 unavailable (%s): Thai words from pythainlp's newmm", exc)
    return "newmm"


@functools.lru_cache(maxsize=131072)
def thai_run_words(run: str) -> tuple[str, ...]:
    """Words of one run of Thai letters (cached: runs recur across stages)."""
    from pythainlp.tokenize import word_tokenize

    return tuple(word_tokenize(run, engine=thai_engine(), keep_whitespace=False))


def thai_words(text: str, keep_whitespace: bool = False) -> list[str]:
    """Tokens of ``text``: Thai runs as words, everything else as newmm would
    cut it; joined, they give ``text`` back (whitespace tokens included when
    ``keep_whitespace``)."""
    out: list[str] = []
    pos = 0
    for m in THAI_RUN.finditer(text):
        if m.start() > pos:
            out += _other_tokens(text[pos : m.start()], keep_whitespace)
        out += thai_run_words(m.group())
        pos = m.end()
    if pos < len(text):
        out += _other_tokens(text[pos:], keep_whitespace)
    return out


def _other_tokens(s: str, keep_whitespace: bool) -> list[str]:
    return [t for t in _OTHER.findall(s) if keep_whitespace or not t.isspace()]


@functools.cache
def _thai_romanizer():
    from pythainlp.transliterate import romanize

    return romanize


@functools.cache
def _royin_rules():
    """pythainlp's RTGS word rules, or None when its internals have moved.

    pythainlp's ``romanize(engine="royin")`` cuts the text into words with
    its pure-Python newmm and romanises word by word; cutting with the shared
    (cached, Rust) segmentation instead makes it ~10x faster. The word rules
    and the syllable-separator rule are pythainlp's own."""
    try:
        from pythainlp.transliterate import royin

        return royin._romanize, royin._should_add_syllable_separator
    except (ImportError, AttributeError):
        return None


@functools.lru_cache(maxsize=65536)
def _royin_word(word: str) -> str:
    return _royin_rules()[0](word)


@functools.lru_cache(maxsize=65536)
def _royin_separator(prev_word: str, word: str, prev_rom: str) -> bool:
    """pythainlp's syllable-separator rule (a pure function of its three
    arguments), cached: some 70 regex substitutions over the previous word
    each time, for pairs that recur (1,712 asks, 214 distinct, on 1,000
    synthetic pages)."""
    return _royin_rules()[1](prev_word, word, prev_rom)


def _royin(text: str) -> str:
    words = thai_words(text, keep_whitespace=True)
    out: list[str] = []
    for i, word in enumerate(words):
        rom = _royin_word(word)
        # the separator rule adds an "a" only before a word of two consonants
        # (no vowel), so only two-letter words ask it: it re-romanises the
        # previous word's vowels with some 70 regex substitutions
        if (
            i > 0
            and rom
            and len(word) == 2
            and _royin_separator(words[i - 1], word, out[-1] if out else "")
        ):
            rom = "a" + rom
        out.append(rom)
    return "".join(out)


@functools.lru_cache(maxsize=200_000)
def romanize_thai(s: str) -> str:
    """Royal Thai General System romanisation of ``s``; "" when it fails."""
    try:
        if _royin_rules() is None:
            out = _thai_romanizer()(s, engine="royin")
        else:
            # pythainlp romanises each space-separated part on its own
            out = " ".join(_royin(part) for part in s.split(" ")) if s else ""
    except Exception:  # noqa: BLE001 - an unromanisable word is just no anchor
        return ""
    # a mark royin has no rule for stays Thai ("แซ็ง" -> "sae็ng"; a piece
    # opening on a vowel sign, "ิล"): no letter of a romanisation
    return _THAI_LETTERS.sub("", out) if _THAI_LETTERS.search(out) else out


_THAI_LETTERS = re.compile("[\u0e00-\u0e7f]")


# A consonant silenced by the thanthakhat (ทรัมป์, Trump; ปีเตอร์, Peter).
_TH_SILENCED = re.compile("([\u0e01-\u0e2e])\u0e4c")


@functools.cache
def _thai_initials() -> dict[str, str]:
    """Thai consonant -> its romanisation as an initial (pythainlp's royin
    table); empty when pythainlp's internals have moved."""
    try:
        from pythainlp.transliterate import royin

        return {c: v[0] for c, v in royin._CONSONANTS.items()}
    except (ImportError, AttributeError):
        return {}


# A final ล: after a vowel or a consonant that is no leading vowel, before
# another consonant or the end ("โชลซ์", Scholz; "ไมเคิล", "พอล"). Thai says
# a final l as n and royin writes n ("chon"); a foreign name's l is the
# foreign spelling's own. Not before อ, ว, ย written as vowels after a first
# consonant ("คลอง": ค and ล open the syllable together).
_TH_FINAL_L = re.compile("(?<=[^\u0e40-\u0e44])ล(?=$|[\u0e01-\u0e2d\u0e2e])(?![อวย][^\u0e4c])")


# A hissing consonant (ส ศ ษ ซ ช) ending a syllable: after a vowel or a
# consonant that is no leading vowel, before the end, another consonant or
# the next syllable's leading vowel ("โจฮันเนสเบิร์ก", Johannesburg; "ตูลูซ",
# Toulouse; "มิชลิน", Michelin). Thai says it t and royin writes t
# ("chohannetboek", "tulut"); a foreign name's s is the foreign spelling's own.
_TH_HISSING = "สศษซช"
_TH_FINAL_S = re.compile(f"(?<=[^\u0e40-\u0e44])[{_TH_HISSING}](?=$|[\u0e01-\u0e2e\u0e40-\u0e44])")


def _thai_sounded(s: str, initials: dict[str, str], final_l: bool, final_s: bool = False) -> str:
    """Royin of ``s`` with each silenced consonant sounded as an initial,
    with ``final_l`` each final ล (see _TH_FINAL_L) as l, and with
    ``final_s`` each final hissing consonant (see _TH_FINAL_S) as s."""
    marks = list(_TH_SILENCED.finditer(s))
    if final_l:
        marks += _TH_FINAL_L.finditer(s, 1)
    if final_s:
        marks += _TH_FINAL_S.finditer(s, 1)
    marks.sort(key=lambda m: m.start())
    parts: list[str] = []
    pos = 0
    for m in marks:
        if m.start() > pos:
            parts.append(romanize_thai(s[pos : m.start()]))
        if m.group() == "ล":
            parts.append("l")
        elif m.group() in _TH_HISSING:
            parts.append("s")
        else:
            parts.append(initials.get(m.group(1), ""))
        pos = m.end()
    if pos < len(s):
        parts.append(romanize_thai(s[pos:]))
    return "".join(parts)


@functools.lru_cache(maxsize=65536)
def romanize_thai_name(s: str, final_s: bool = False) -> tuple[str, ...]:
    """Romanisations of a Thai name: royin; when a consonant is silenced by
    the thanthakhat, royin with that consonant sounded; and when a ล ends a
    syllable, royin with it read l (and any silenced consonant sounded).

    Thai writes a foreign name's letters that Thai cannot say with a silencing
    mark (ทรัมป์, royin "thram"); the silenced letter is the foreign spelling's
    own ("Trump"), so a second reading sounds it ("thramp"). Both are given:
    Thai names silence letters of Pali and Sanskrit spellings that
    romanisations leave out (สวัสดิ์, "Sawat"). A final ล is said n, as royin
    writes it, but stands for the l of a foreign name ("โชลซ์", royin "chon",
    Scholz; "ไมเคิล", Michael): a third reading keeps the l. With
    ``final_s``, a final ส, ศ, ษ, ซ or ช, said t as royin writes it, is
    taken for a foreign name's s or sh ("ตูลูซ", royin "tulut", Toulouse): a
    fourth reading sounds everything so. Event merging asks for it; the
    story stage does not (a Thai name's or acronym's own final ศ or ช,
    นครราชสีมา, สทนช, read s gave its pages anchors that joined stories)."""
    plain = romanize_thai(s)
    initials = _thai_initials()
    if not initials:
        return (plain,)
    out = [plain]
    if "\u0e4c" in s:
        out.append(_thai_sounded(s, initials, False))
    if "ล" in s[1:] and _TH_FINAL_L.search(s, 1):
        out.append(_thai_sounded(s, initials, True))
    if final_s and _TH_FINAL_S.search(s, 1):
        out.append(_thai_sounded(s, initials, True, True))
    return tuple(dict.fromkeys(r for r in out if r))


@functools.cache
def thai_dictionary() -> frozenset[str]:
    """pythainlp's Thai word list (shipped with the package)."""
    from pythainlp.corpus import thai_words as words

    return frozenset(words())


@functools.cache
def thai_stopwords() -> frozenset[str]:
    """pythainlp's Thai stopwords (shipped with the package)."""
    from pythainlp.corpus import thai_stopwords as stop

    return frozenset(stop())


_THAI_LETTER = re.compile(r"[\u0e00-\u0e7f]")

# Thai titles written against a person's given name ("นายสมชาย รัตนกุล"):
# the rest of the chunk is the given name, the next chunk the surname.
_TH_PERSON_TITLES = ("นางสาว", "นาย", "นาง", "น.ส.", "ดร.")
# Offices written straight before a name ("ประธานาธิบดีโดนัลด์ ทรัมป์",
# "นายกรัฐมนตรีสตาร์เมอร์"): read as the person titles are, as a whole word
# of the tokeniser. Foreign leaders' names are often dictionary words
# (ทรัมป์, ปูติน), which the fragment runs of the name finders never see.
_TH_OFFICE_TITLES = frozenset(
    {
        "ประธานาธิบดี",
        "รองประธานาธิบดี",
        "นายกรัฐมนตรี",
        "นายกฯ",
        "สมเด็จพระราชินี",
        "กษัตริย์",
        "เจ้าชาย",
        "เจ้าหญิง",
        "สมเด็จพระสันตะปาปา",
        "พล.อ.",
    }
)
# Words that start a predicate or a position, not a surname, after a given
# name ("นายสมชาย กล่าวว่า", "นายวิชัย ผู้ว่าราชการจังหวัด...").
_TH_NOT_SURNAME = (
    "กล่าว",
    "เปิดเผย",
    "เผย",
    "ระบุ",
    "ยืนยัน",
    "ชี้แจง",
    "บอก",
    "แถลง",
    "ตอบ",
    "ประกาศ",
    "ให้สัมภาษณ์",
    "รัฐมนตรี",
    "ผู้",
    "อธิบดี",
    "ประธาน",
    "เลขาธิการ",
    "นายก",
    "โฆษก",
    "หัวหน้า",
    "รอง",
    "อดีต",
    "ส.ส.",
)
# Words before a place name ("จังหวัดภูเก็ต", "แขวงบอลิคำไซ").
_TH_PLACE_WORDS = ("จังหวัด", "อำเภอ", "แขวง", "เมือง", "นคร", "กรุง", "ตำบล")
_TH_SURNAME_MAX = 15
# A word after a place word this short (one syllable: แม่, บ้าน, หาด) may
# open a longer name (see thai_titled_names).
_TH_PLACE_HEAD_MAX = 4


def _name_head(toks: list[str], stop, person: bool = False) -> str:
    """The name at the start of the tokens after a title: tokens up to the
    first stopword or predicate ("สมชาย|กล่าว|ว่า" -> "สมชาย"), at most
    ``_TH_SURNAME_MAX`` characters. Thai often writes no space after a name,
    and the whole rest of the run is no name (nor worth romanising).
    ``person``: after a person's title (นาย, นาง) the first token is a name
    even where it is also a stopword ("นายคำปุ้ย": คำ, word, opens many
    Lao and Isan names)."""
    out = ""
    for n, t in enumerate(toks):
        if not t.strip() or t.startswith(_TH_NOT_SURNAME):
            break
        if t in stop and not (person and n == 0 and _THAI_LETTER.match(t)):
            break
        if len(out) + len(t) > _TH_SURNAME_MAX:
            break
        out += t
    return out


def thai_titled_names(chunks: list[str]) -> list[str]:
    """Thai-script names that titles and place words announce.

    Thai personal and place names are mostly dictionary words (สมชาย,
    ภูเก็ต), so the fragment runs of the name finders miss them; the
    title before a given name and the word before a place say where one is.
    Each name comes out on its own (given name, surname, place), as Latin
    names are skeletonised word by word."""
    stop, words = thai_stopwords(), thai_dictionary()
    out: list[str] = []
    for i, chunk in enumerate(chunks):
        toks = thai_words(chunk)
        if not toks:
            continue
        given = ""
        for k, t in enumerate(toks[:-1]):
            if t in _TH_PERSON_TITLES or t + "." in _TH_PERSON_TITLES or t in _TH_OFFICE_TITLES:
                person = t in _TH_PERSON_TITLES or t + "." in _TH_PERSON_TITLES
                given = _name_head(toks[k + 1 :], stop, person).lstrip(".")
                break
        else:
            # the tokeniser may cut an unknown name into the title ("นายโสเนไซ"
            # -> นา|ยโส|...); a dictionary word starting like a title ("นายก")
            # is no title
            title = next((t for t in _TH_PERSON_TITLES if chunk.startswith(t)), "")
            cut = len(toks[0]) < len(title)
            unknown = len(toks[0]) > len(title) and toks[0] not in words
            if title and (cut or unknown):
                rest = chunk[len(title) :]
                given = rest if len(rest) <= _TH_SURNAME_MAX else _name_head(thai_words(rest), stop)
        if given and _THAI_LETTER.match(given):
            out.append(given)
            nxt = chunks[i + 1] if i + 1 < len(chunks) else ""
            nt = thai_words(nxt) if nxt and _THAI_LETTER.match(nxt) else []
            if (
                nt
                and len(nxt) <= _TH_SURNAME_MAX
                and all(_THAI_LETTER.search(t) and t not in stop for t in nt)
                and not nxt.startswith(_TH_NOT_SURNAME)
            ):
                out.append(nxt)
            continue
        for k, (a, b) in enumerate(itertools.pairwise(toks)):
            if a.endswith(_TH_PLACE_WORDS) and _THAI_LETTER.search(b) and b not in stop:
                nxt = toks[k + 2] if k + 2 < len(toks) else ""
                if (
                    len(b) <= _TH_PLACE_HEAD_MAX
                    and _THAI_LETTER.match(nxt)
                    and nxt not in stop
                    and not nxt.startswith(_TH_NOT_SURNAME)
                ):
                    # a one-syllable word opening a place's name the
                    # dictionary does not hold ("อำเภอแม่สอด": แม่|สอด,
                    # "mother" and "insert"): the name is the two, as
                    # Latin pages write it (Mae Sot), not its first
                    # syllable, which names of other places open too
                    b += nxt
                out.append(b)
    return out


def _opencc_dictionary(name: str) -> str | None:
    """The text of one of OpenCC's dictionaries (``name``.txt, shipped in
    opencc-python-reimplemented), None when the package or file is missing:
    spellings are an aid, never a failure."""
    from importlib.resources import files

    try:
        return files("opencc").joinpath(f"dictionary/{name}.txt").read_text("utf-8")
    except Exception as exc:  # noqa: BLE001 - a missing table only turns an aid off
        log.debug("no OpenCC dictionary %s (%s)", name, exc)
        return None


@functools.cache
def traditional_to_simplified() -> dict[int, str]:
    """Character table Traditional -> Simplified Chinese (OpenCC's
    TSCharacters, shipped in opencc-python-reimplemented); only one-character
    pairs, so folding never changes a text's length or offsets. Empty when the
    package is missing (then Traditional text is matched as it is)."""
    data = _opencc_dictionary("TSCharacters")
    if data is None:
        return {}
    table: dict[int, str] = {}
    for line in data.splitlines():
        trad, _, simp = line.partition("\t")
        simp = simp.split(" ")[0]
        if len(trad) == 1 and len(simp) == 1 and trad != simp:
            table[ord(trad)] = simp
    # a Simplified form that is itself a key (薴 -> 苧 -> 苎) is followed to
    # its end, so that folding once is folding for good: text folded twice
    # (cue tables fold their words, lines are folded again) stays equal
    for cp, simp in table.items():
        seen = {cp}
        while (nxt := ord(simp)) in table and nxt not in seen:
            seen.add(nxt)
            simp = table[nxt]
        table[cp] = simp
    return table


def fold_traditional(text: str) -> str:
    """``text`` with Traditional Chinese characters written Simplified, same
    length: cue words, date words and jieba's dictionary are Simplified, and
    a Taiwanese and a mainland copy of one story should share their words."""
    if not _HAN.search(text):
        return text  # most text has no Han character: skip the per-character pass
    bmp, astral = _traditional_res()
    if bmp.search(text) is None and (astral is None or astral.search(text) is None):
        # no character the table changes (most Simplified and Japanese
        # text): a regex pass, not a table look-up per character
        return text
    return text.translate(traditional_to_simplified())


@functools.cache
def _traditional_res() -> tuple[re.Pattern[str], re.Pattern[str] | None]:
    """The characters :func:`traditional_to_simplified` writes otherwise:
    those of the Basic Multilingual Plane as one class (the engine tests
    it by a bitmap, 0.4 us a line) and those beyond it as another, tried
    only on a line holding such a character (mixed in one class, every
    character of a line was compared with the whole list: 50 us a line)."""
    table = traditional_to_simplified()
    changed = sorted(cp for cp, simp in table.items() if simp != chr(cp))
    bmp = [re.escape(chr(cp)) for cp in changed if cp <= 0xFFFF]
    astral = [re.escape(chr(cp)) for cp in changed if cp > 0xFFFF]
    return (
        re.compile("[" + "".join(bmp) + "]") if bmp else re.compile(r"(?!)"),
        re.compile("(?=[\U00010000-\U0010ffff])[" + "".join(astral) + "]") if astral else None,
    )


def fold_taiwan_phrases(folded: str) -> str:
    """``folded`` (Traditional text already read by :func:`fold_traditional`)
    with Taiwan's words for things written as the mainland writes them
    (軟體 -> 软件, 計程車 -> 出租车, 印表機 -> 打印机: OpenCC's TWPhrasesRev,
    the phrase table its ``tw2sp`` reads): a Taiwanese site's converted copy
    of a mainland story differs in its words, not only its characters. Not
    length-keeping: for comparing texts, never for offsets. A pair whose
    Taiwan word is a mainland word too (jieba's dictionary counts it half as
    often as the mainland word or more: 建立 / 创建, 执行 / 运行, 新增 / 添加)
    is left out: a mainland text writes it as well, and its copy
    reading it otherwise would then differ."""
    found = _taiwan_phrases()
    if found is None:
        return folded
    out: list[str] = []
    pos = 0
    for end, (length, mainland) in found.iter_long(folded):
        out.append(folded[pos : end - length + 1])
        out.append(mainland)
        pos = end + 1
    if not out:
        return folded
    out.append(folded[pos:])
    return "".join(out)


def mostly_traditional(text: str) -> bool:
    """Whether ``text``, which holds Traditional characters (those
    fold_traditional changes), is written in Traditional Chinese: it holds at
    most two characters only Simplified writes (发, 们, 这: OpenCC's
    STCharacters gives them other forms, not themselves). A Taiwanese or Hong
    Kong page has a stray one at most (峰, listed with its variant 峯); a
    mainland page with a Traditional name, or mixed text, has many, and the
    third is found near its start: two regex searches, not a count."""
    only = _simplified_only_re()
    m = only.search(text)
    if m is not None:
        m = only.search(text, m.end())
    return m is None or only.search(text, m.end()) is None


@functools.cache
def _simplified_only_re() -> re.Pattern[str]:
    data = _opencc_dictionary("STCharacters")
    if data is None:
        return re.compile(r"(?!)")
    only = []
    for line in data.splitlines():
        simp, _, trads = line.partition("\t")
        if len(simp) == 1 and simp <= "\uffff" and simp not in trads.split(" "):
            only.append(re.escape(simp))
    return re.compile("[" + "".join(only) + "]") if only else re.compile(r"(?!)")


# A Taiwan word is read the mainland way only when jieba counts it less than
# half as often as the mainland word (the mainland clearly writes the other):
# 资讯 / 信息 (0.05), 透过 / 通过 (0.02), 程式 / 程序 (0.04), 装置 / 设备 (0.43)
# are Taiwan's; 新增 / 添加 (0.67, a mainland paragraph's own 新增 was read
# 添加 in its Hong Kong copy), 影片 / 视频 (1.4) are the mainland's as well.
_TAIWAN_WORD_SHARE = 2


@functools.cache
def _taiwan_phrases() -> Any:
    """An Aho-Corasick automaton of fold_taiwan_phrases' table (key: the
    Taiwan word, value: its length and the mainland word, both folded);
    None when OpenCC's data is missing."""
    from .trie import literal_automaton

    data = _opencc_dictionary("TWPhrasesRev")
    if data is None:
        return None
    pairs = []
    for line in data.splitlines():
        taiwan, _, mainland = line.partition("\t")
        taiwan, mainland = fold_traditional(taiwan), fold_traditional(mainland.split(" ")[0])
        if len(taiwan) >= 2 and mainland and taiwan != mainland:
            pairs.append((taiwan, mainland))
    # the counts of these words only, read from jieba's dictionary file: not
    # jieba's whole tokenizer (tens of MB) for a thousand numbers
    wanted = {w for pair in pairs for w in pair}
    freq: dict[str, int] = {}
    try:
        from importlib.resources import files

        with files("jieba").joinpath("dict.txt").open(encoding="utf-8") as f:
            for line in f:
                word, _, rest = line.partition(" ")
                if word in wanted:
                    freq[word] = int(rest.split(" ", 1)[0])
    except Exception as exc:  # noqa: BLE001 - without counts, no pair is safe
        log.debug("no jieba dictionary (%s)", exc)
        return None
    table = {
        taiwan: (len(taiwan), mainland)
        for taiwan, mainland in pairs
        # else a mainland word too
        if freq.get(taiwan, 0) * _TAIWAN_WORD_SHARE <= freq.get(mainland, 0)
    }
    return literal_automaton(table)


# OpenCC's conversions a Chinese search term is also spelled in: Simplified,
# Traditional, and Taiwan's and Hong Kong's Traditional (台灣 beside 臺灣).
CHINESE_SPELLINGS = ("t2s", "s2t", "s2tw", "s2hk")
# A Simplified character may stand for several Traditional ones (发: 發, 髮);
# a term is also tried in each combination when there are at most this many
# (OpenCC picks one by phrase: 发布 -> 發佈, where Taiwan's press writes 發布).
MAX_CHARACTER_SPELLINGS = 8


@functools.cache
def _opencc(config: str) -> Any:
    from opencc import OpenCC

    return OpenCC(config)


@functools.lru_cache(maxsize=1024)
def chinese_spellings(text: str) -> tuple[str, ...]:
    """``text`` first, then the other spellings of its Chinese characters
    (OpenCC's phrase-aware conversions, e.g. 预警中心 -> 預警中心, 發佈會 ->
    发布会), each once: what a search term also finds, since a reader of one
    form reads the other. Just ``(text,)`` without a Han character, or
    without OpenCC."""
    if not _HAN.search(text):
        return (text,)
    try:
        simplified = _opencc("t2s").convert(text)
        out = [text, simplified]
        out += [_opencc(c).convert(simplified) for c in CHINESE_SPELLINGS[1:]]
    except Exception as exc:  # noqa: BLE001 - other spellings are an aid, never a failure
        log.debug("no Chinese conversions (%s)", exc)
        return (text,)
    # all-Traditional combinations only: the Simplified form is tried already
    out += _traditional_combinations(simplified)
    return tuple(dict.fromkeys(out))


@functools.lru_cache(maxsize=1024)
def chinese_character_spellings(text: str) -> tuple[str, ...]:
    """``text`` first, then its Traditional spellings character by character
    (STCharacters): every combination when there are at most
    MAX_CHARACTER_SPELLINGS, else each character's first form. For the rule
    tables a run builds once per process: OpenCC's phrase converters
    (:func:`chinese_spellings`, for search terms) cost a run ~0.1 s and ~28 MB
    for the few dozen cue phrases that need them."""
    if not _HAN.search(text):
        return (text,)
    out = _traditional_combinations(text)
    if not out:  # too many: each character's first Traditional form
        traditional = simplified_to_traditional()
        out = ["".join((traditional.get(c) or (c,))[0] for c in text)]
    return tuple(dict.fromkeys([text, *out]))


def _traditional_combinations(text: str) -> list[str]:
    """Every spelling of ``text`` with each character in one of its
    Traditional forms (STCharacters), or none when there are more than
    MAX_CHARACTER_SPELLINGS."""
    traditional = simplified_to_traditional()
    slots = [traditional.get(c) or (c,) for c in text]
    if math.prod(map(len, slots)) > MAX_CHARACTER_SPELLINGS:
        return []
    return ["".join(p) for p in itertools.product(*slots)]


@functools.cache
def simplified_to_traditional() -> dict[str, tuple[str, ...]]:
    """Each Simplified character's Traditional forms, itself among them when
    Traditional writes it too (布: 布, 佈): OpenCC's STCharacters. Empty when
    the package is missing."""
    data = _opencc_dictionary("STCharacters")
    if data is None:
        return {}
    out: dict[str, tuple[str, ...]] = {}
    for line in data.splitlines():
        simp, _, trads = line.partition("\t")
        if len(simp) == 1 and trads:
            out[simp] = tuple(t for t in trads.split(" ") if len(t) == 1)
    return out


@functools.lru_cache(maxsize=200_000)
def pinyin(text: str) -> str:
    """Toneless pinyin of ``text``, syllables joined ("北约" -> "beiyue"); cached,
    since the same names are romanised by flags, events and story features."""
    return "".join(pinyin_syllables(text))


@functools.lru_cache(maxsize=200_000)
def pinyin_syllables(text: str) -> tuple[str, ...]:
    """Toneless pinyin of ``text``, one syllable per character ("北约" ->
    ("bei", "yue")).

    pypinyin cuts the text into its phrases and single characters (its
    ``seg``) and reads each on its own; the reading of one is the same
    wherever it stands, so each is read once per process
    (:func:`_word_pinyin`) instead of once per name it turns up in: name runs
    are mostly new strings of a few recurring characters."""
    from pypinyin.seg.simpleseg import seg

    return tuple(itertools.chain.from_iterable(map(_word_pinyin, seg(text))))


@functools.lru_cache(maxsize=200_000)
def _word_pinyin(word: str) -> tuple[str, ...]:
    """pypinyin's toneless reading of one of its own phrases or characters
    (``lazy_pinyin`` given the text already cut: the word is read as is)."""
    from pypinyin import lazy_pinyin

    return tuple(lazy_pinyin([word]))


# The commonest Han surnames (about nine Chinese in ten bear one): a name
# opening with one is read as a Chinese name, not as a foreign name written
# in characters (see foreign_name_readings).
HAN_SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜"
    "叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎"
    "贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
)
# Sino-Vietnamese (Han-Viet) readings of the commonest characters of
# Chinese names, each character followed by its reading: Vietnamese news
# writes a Chinese person or place by these readings, one syllable per
# character (a name of surname, given name: "Vương Minh Hoa" for 王明华), where
# other languages write its pinyin. Common characters of names and places
# only, one reading each (the one names take); a name with any other
# character gets none.
_HAN_VIET = (
    "王vương 李lý 张trương 刘lưu 陈trần 杨dương 黄hoàng 赵triệu 吴ngô 周chu 徐từ 孙tôn 马mã 朱chu 胡hồ "
    "郭quách 何hà 高cao 林lâm 罗la 郑trịnh 梁lương 谢tạ 宋tống 唐đường 许hứa 韩hàn 冯phùng 邓đặng 曹tào "
    "彭bành 曾tăng 肖tiêu 萧tiêu 田điền 董đổng 袁viên 潘phan 于vu 蒋tưởng 蔡thái 余dư 杜đỗ 叶diệp "
    "程trình 苏tô 魏ngụy 丁đinh 沈thẩm 姚diêu 姜khương 崔thôi 钟chung 谭đàm 陆lục 汪uông 范phạm 金kim "
    "石thạch 廖liêu 贾giả 夏hạ 韦vi 方phương 白bạch 邹trâu 孟mạnh 熊hùng 秦tần 邱khâu 江giang 尹doãn "
    "薛tiết 段đoàn 雷lôi 侯hầu 龙long 史sử 陶đào 黎lê 顾cố 毛mao 龚cung 邵thiệu 万vạn 钱tiền 严nghiêm "
    "武vũ 戴đới 莫mạc 孔khổng 汤thang 习tập 温ôn 赖lại 阮nguyễn 裴bùi 吕lã 卢lư 傅phó 柯kha 施thi 洪hồng "
    "近cận 平bình 克khắc 强cường 明minh 国quốc 华hoa 建kiến 文văn 德đức 东đông 泽trạch 民dân 锦cẩm 涛đào "
    "家gia 宝bảo 小tiểu 英anh 伟vĩ 军quân 志chí 海hải 峰phong 春xuân 秋thu 山sơn 成thành 庆khánh 永vĩnh "
    "光quang 新tân 正chính 恩ân 日nhật 中trung 安an 和hòa 荣vinh 富phú 贵quý 玉ngọc 红hồng 兰lan 梅mai "
    "芳phương 丽lệ 美mỹ 秀tú 云vân 凤phượng 天thiên 仁nhân 义nghĩa 忠trung 孝hiếu 信tín 智trí 勇dũng "
    "俊tuấn 杰kiệt 豪hào 辉huy 亮lượng 刚cương 宏hoành 福phúc 禄lộc 寿thọ 康khang 宁ninh 静tĩnh 慧tuệ "
    "思tư 远viễn 达đạt 胜thắng 利lợi 进tiến 先tiên 立lập 维duy 学học 良lương 善thiện 清thanh 青thanh "
    "雪tuyết 花hoa 桂quế 松tùng 川xuyên 泉tuyền 水thủy 波ba 浩hạo 洋dương 岩nham 玲linh 琴cầm 晓hiểu "
    "晨thần 阳dương 昌xương 振chấn 兴hưng 盛thịnh 隆long 泰thái 宪hiến 法pháp 治trị 政chính 权quyền "
    "力lực 毅nghị 鹏bằng 飞phi 翔tường 继kế 承thừa 宗tông 祖tổ 世thế 大đại 太thái 一nhất 三tam 汉hán "
    "元nguyên 晋tấn 越việt 南nam 北bắc 西tây 心tâm 爱ái 道đạo 理lý 诗thi 书thư 斌bân 宇vũ 星tinh 月nguyệt "
    "风phong 霞hà 兵binh 卫vệ 保bảo 人nhân 群quần 公công 直trực 全toàn 邦bang 伯bá 仲trọng 叔thúc 季quý "
    "耀diệu 铁thiết 钢cương 益ích 敏mẫn 捷tiệp 琪kỳ 淑thục 惠huệ 娟quyên 婷đình 燕yến 莉lị 颖dĩnh 欣hân "
    "悦duyệt 珍trân 健kiện 坚kiên 锋phong 彪bưu 虎hổ 豹báo 鸣minh 声thanh 言ngôn 语ngữ 知tri 贤hiền "
    "能năng 朝triều 夕tịch 开khai 启khải 发phát 展triển 实thực 际tế 基cơ 本bản 根căn 树thụ 森sâm 木mộc "
    "生sinh 锡tích 铭minh 钧quân 鑫hâm 源nguyên 深thâm 湘tương 沧thương 涌dũng "
    # characters of Chinese place names
    "京kinh 上thượng 广quảng 州châu 港cảng 台đài 湾loan 香hương 津tân 重trùng 四tứ 河hà 湖hồ 省tỉnh 市thị 县huyện 岛đảo 沙sa 门môn 澳áo 藏tạng 疆cương 蒙mông 甘cam 肃túc 陕thiểm 辽liêu 吉cát 黑hắc 浙chiết 徽huy 鲁lỗ 琼quỳnh 圳quyến 杭hàng 济tế "
)


@functools.cache
def _han_viet_table() -> dict[str, str]:
    return {p[0]: p[1:] for p in _HAN_VIET.split()}


@functools.lru_cache(maxsize=200_000)
def han_viet(name: str) -> str | None:
    """The Sino-Vietnamese reading of a name in Han characters, syllables
    capitalised and spaced ("王明华" -> "Vương Minh Hoa"; Traditional
    characters read as Simplified); None unless every character is in the
    table. Cached, as :func:`pinyin` is: the story features ask it for every
    Chinese name run of every page, and foreign_name_readings asks again."""
    table = _han_viet_table()
    got = [table.get(c) for c in fold_traditional(name)]
    if not got or None in got:
        return None
    return " ".join(r.capitalize() for r in got if r)


@functools.cache
def _han_viet_characters() -> dict[str, str]:
    out: dict[str, str] = {}
    for ch, reading in _han_viet_table().items():
        out[reading] = out.get(reading, "") + ch
    return out


def han_viet_characters(syllable: str) -> str:
    """The characters of the Sino-Vietnamese table read as ``syllable``
    (case-insensitive: "Tập" -> "习", "Chu" -> "周朱"); "" when none."""
    return _han_viet_characters().get(syllable.lower(), "")


# Mandarin renders foreign sounds it lacks with its nearest initials, and
# renderings of one name differ by them: palatal j stands for a foreign k or
# g before i (基 in Kissinger, Kyiv) and for a palatalised t (the Russian ть),
# retroflex ch and zh for the English clusters tr and dr (one spelling of
# Trump opens with 川 chuan where another writes 特朗 te-lang), and c (said
# ts) for a foreign ts or z (茨 in Scholz, Katz; read as Latin letters, c
# would be a k), and w for a foreign v, which Mandarin lacks (维 wei, 瓦 wa,
# 沃 wo in Villeneuve, Valencia, Leverkusen; only in the characters that
# write it, _FOREIGN_V: 湾 in 台湾 is a w). Each rule gives one more reading
# of a foreign name; an initial followed by h is another initial (c in
# chuan is ch).
_FOREIGN_INITIALS = (("j", "k"), ("j", "t"), ("ch", "tr"), ("zh", "dr"), ("c", "ts"), ("w", "v"))
_FOREIGN_V = frozenset("维瓦沃韦威温維韋溫")


_FOREIGN_J = ("yu", "yo")


def foreign_name_readings(surface: str) -> tuple[str, ...]:
    """Pinyin readings of a name written in Han characters: its pinyin, and
    for a foreign name (two characters or more, not opening with a common
    Han surname, not written with common name and place characters only --
    see :func:`han_viet`) the readings with foreign sounds for Mandarin initials
    (``_FOREIGN_INITIALS``), so that two Chinese renderings of one foreign
    name, and its Latin spelling, can meet on a consonant skeleton."""
    syl = pinyin_syllables(surface)
    out = ["".join(syl)]
    if (
        len(surface) < 2
        or fold_traditional(surface[0]) in HAN_SURNAMES
        # written with common characters of Chinese names and places only
        # (北京 is Beijing, not a foreign "Beitin")
        or han_viet(surface) is not None
    ):
        return tuple(out)
    for initial, sound in _FOREIGN_INITIALS:
        at = [x.startswith(initial) and x[len(initial) : len(initial) + 1] != "h" for x in syl]
        if initial == "w":
            # one syllable per character (pinyin_syllables), else no v read
            same = len(syl) == len(surface)
            at = [a and c in _FOREIGN_V for a, c in zip(at, surface)] if same else []
        if any(at):
            out.append("".join(sound + x[len(initial) :] if a else x for x, a in zip(syl, at)))
    if syl[0].startswith(_FOREIGN_J):
        # a name's first sound Mandarin says with a y glide before a rounded
        # vowel (约 yue, 尤 you) is a foreign J as often as a Y: 约翰逊
        # Johnson, 约旦 Jordan, as the Latin j is read (a skeleton's s)
        out.append("j" + out[0][1:])
    return tuple(dict.fromkeys(out))


# Words written after a Japanese name that say what it names (a person's
# title or honorific, an administrative unit): the kanji just before one are
# read as a name, as the Thai titles above mark a Thai one.
_JA_NAME_SUFFIXES = (
    "元首相",
    "首相",
    "大統領",
    "副大統領",
    "外相",
    "財務相",
    "防衛相",
    "大臣",
    "長官",
    "知事",
    "市長",
    "町長",
    "村長",
    "議員",
    "委員長",
    "総裁",
    "総理",
    "社長",
    "会長",
    "代表",
    "監督",
    "選手",
    "教授",
    "容疑者",
    "被告",
    "議長",
    "国王",
    "主席",
    "氏",
    "さん",
    "様",
    "県",
    "市",
    "町",
    "村",
)
_JA_KANJI_BEFORE_SUFFIX = re.compile(
    r"([\u4e00-\u9fff\u3005]{1,8})(?="
    + "|".join(sorted(_JA_NAME_SUFFIXES, key=len, reverse=True))
    + ")"
)
_JA_KATAKANA_RUN = re.compile(r"[\u30a1-\u30fa\u30fc]{2,}")
# A name is at most a family and a given name: the words of a kanji run
# before a title that are read as the name, counted from the title back.
_JA_NAME_WORDS = 2


@functools.cache
def _kakasi():
    """pykakasi's converter (its dictionary ships inside the package); built
    once, on the first Japanese text, since building it takes about a second."""
    import pykakasi

    return pykakasi.kakasi()


@functools.lru_cache(maxsize=200_000)
def romanize_japanese(text: str) -> tuple[tuple[str, str], ...]:
    """(word, Hepburn romanisation) for each word pykakasi cuts ``text`` into
    ("山田太郎" -> ("山田", "yamada"), ("太郎", "tarou")); () when it fails.
    Cached: names recur across a story's pages."""
    try:
        return tuple((w["orig"], w["hepburn"]) for w in _kakasi().convert(text) if w["orig"])
    except Exception:  # noqa: BLE001 - an unromanisable word is just no anchor
        return ()


def japanese_names(text: str) -> list[tuple[str, tuple[str, ...]]]:
    """(surface, romanisations) of the names in Japanese ``text``.

    Foreign names are written in katakana, each part its own run (ドナルド・
    トランプ: "donarudo", "toranpu"); Japanese names and places in kanji are
    read just before a title or an administrative word (山田首相, 熊本県):
    the last words of that kanji run, in pykakasi's reading. A katakana run
    has more than one reading: ``chi`` and ``tsu`` also stand for a foreign
    "ti" and "tu" (プーチン, Putin), and the long-vowel mark for an English r
    after a vowel -- every one (マーティン Martin, スターマー Starmer) or only
    the last (ピーター Peter) -- read with ル in its place."""
    out: list[tuple[str, tuple[str, ...]]] = []
    for m in _JA_KATAKANA_RUN.finditer(text):
        run = m.group()
        spellings = [run]
        if "ー" in run:
            spellings.append(run.replace("ー", "ル"))
            if run.endswith("ー"):
                spellings.append(run[:-1] + "ル")
        readings: list[str] = []
        for spelling in dict.fromkeys(spellings):
            rom = "".join(r for _, r in romanize_japanese(spelling))
            readings += [rom, rom.replace("chi", "ti").replace("tsu", "tu")]
        out.append((run, tuple(r for r in dict.fromkeys(readings) if r)))
    for m in _JA_KANJI_BEFORE_SUFFIX.finditer(text):
        out.extend((w, (r,)) for w, r in romanize_japanese(m.group(1))[-_JA_NAME_WORDS:])
    return out


@functools.cache
def _jieba():
    """jieba, silenced: it logs its dictionary loading to stderr, which would
    land in the middle of newsline's own output."""
    jieba = _import_jieba()
    jieba.setLogLevel(60)
    _load_jieba_cache(jieba)
    return jieba


def _import_jieba():
    """``import jieba`` without pkg_resources.

    jieba 0.42 imports setuptools' pkg_resources only to open its own data
    files (``jieba._compat.get_module_res``), and opens the same files with
    ``open`` when that import fails. pkg_resources scans every installed
    distribution as it loads: about 0.1 CPU-s and 10 MB of a run's fixed
    cost, for nothing newsline uses. Hidden while jieba loads (a None entry
    in ``sys.modules`` makes the import fail), then shown again; left alone
    when something has loaded it already."""
    if "jieba" in sys.modules or "pkg_resources" in sys.modules:
        import jieba

        return jieba
    sys.modules["pkg_resources"] = None  # type: ignore[assignment]
    try:
        import jieba
    finally:
        if sys.modules.get("pkg_resources", 0) is None:
            del sys.modules["pkg_resources"]
    return jieba


def _load_jieba_cache(jieba) -> None:
    """Fill jieba's default tokenizer from its own cache file, as its
    ``initialize`` does, but with one read: ``marshal.load`` on the open file
    reads it piece by piece (0.44 s for the 9 MB cache, ``marshal.loads`` of
    its bytes 0.18 s). Same file, same values; anything unusual (another
    dictionary, no cache yet, a bad file) is left to jieba."""
    import marshal
    import os
    import tempfile

    dt = getattr(jieba, "dt", None)
    if (
        dt is None
        or getattr(dt, "initialized", True)
        or getattr(dt, "dictionary", 0) != getattr(jieba, "DEFAULT_DICT", 1)
    ):
        return
    name = getattr(dt, "cache_file", None) or "jieba.cache"
    path = os.path.join(getattr(dt, "tmp_dir", None) or tempfile.gettempdir(), name)
    try:
        with open(path, "rb") as f:
            freq, total = marshal.loads(f.read())
    except Exception:  # noqa: BLE001 - jieba builds or reads it itself
        return
    with dt.lock:
        if not dt.initialized:
            dt.FREQ, dt.total = freq, total
            dt.initialized = True


def chinese_dictionary_tag(word: str) -> str | None:
    """jieba's tag of ``word`` when it is a word of jieba's dictionary (a
    count above zero), None when it is not -- then the tagger's HMM guessed
    it from the characters around it."""
    tok = chinese_tagger()
    tok.tokenizer.check_initialized()
    if not tok.tokenizer.FREQ.get(word):
        return None
    return tok.word_tag_tab.get(word, "x")


def chinese_words(text: str) -> list[str]:
    """jieba's words of ``text`` (its default mode, with new-word guessing)."""
    return _jieba().lcut(text)


@functools.cache
def chinese_tagger():
    """A private copy of jieba's part-of-speech tagger (see the module docstring)."""
    _jieba()
    import jieba.posseg as pseg

    from .events.pos_viterbi import install

    # copy.copy would recurse through POSTokenizer.__getattr__: copy by hand
    tok = object.__new__(pseg.POSTokenizer)
    tok.__dict__.update(pseg.dt.__dict__)
    install(tok)
    detail = getattr(tok, "_POSTokenizer__cut_detail", None)
    if detail is not None:  # jieba 0.42's private name; without it, no cache
        tok._POSTokenizer__cut_detail = functools.lru_cache(maxsize=16384)(
            lambda run: tuple(detail(run))
        )
    # jieba tags each run of Han text on its own (it splits at punctuation
    # first), so a run's tags do not depend on the text around it: events tag
    # a page sentence by sentence and story features tag it whole, and with
    # the runs cached the second reads what the first computed.
    dag = getattr(tok, "_POSTokenizer__cut_DAG", None)
    if dag is not None:
        dag = _dag_cutter(tok, pseg.pair) or dag
        tok._POSTokenizer__cut_DAG = functools.lru_cache(maxsize=32768)(lambda run: tuple(dag(run)))
    return tok


@functools.cache
def _han_blocks():
    """(jieba's pattern of a run it cuts with its dictionary, the tagger's
    cutter of one such run)."""
    import jieba.posseg as pseg

    tok = chinese_tagger()
    cut_run = getattr(tok, "_POSTokenizer__cut_DAG", None)
    if cut_run is None:  # not jieba 0.42's private name: the public cut of the run alone
        cut_run = tok.cut
    return pseg.re_han_internal, cut_run


def chinese_tagged_runs(text: str):
    """(offset, tagged words) of each run of ``text`` that the tagger cuts with
    its dictionary and that holds a Han character, in order: what
    ``chinese_tagger().cut(text)`` yields for those runs.

    Everything else the tagger gives back one character (or one space) at a
    time, tagged "x", "m" or "eng": no Chinese word and no name. A reader of
    words and names (story features) skips it here instead of walking a
    Thai or Vietnamese page's every character through jieba's generators;
    two runs are never adjacent (jieba splits the text at what lies between),
    so a name never spans two of them."""
    rx, cut_run = _han_blocks()
    chinese_tagger().makesure_userdict_loaded()  # as the tagger's cut does
    for m in rx.finditer(text):
        if _JIEBA_HAN.search(m.group()):
            yield m.start(), cut_run(m.group())


# The characters jieba's run pattern reads as Han (re_han_internal's range).
_JIEBA_HAN = re.compile("[\u4e00-\u9fd5]")


_NOT_IN_DICT = object()


class _FragWeights(dict):
    """A fragment's weight in jieba's route scores, looked up once per
    fragment: ``log(freq) - log(total)`` for a dictionary word, None for a
    prefix of one (frequency 0), ``_NOT_IN_DICT`` for any other string --
    the values :func:`_dag_cutter`'s ``cut`` computed for every fragment of
    every run (a membership test, a second lookup and a logarithm), the same
    floating-point numbers. Kept for one dictionary (``freq`` and its
    ``total``, as jieba's tagger caches its cuts for it)."""

    def __init__(self, freq: dict, logtotal: float):
        super().__init__()
        self.freq = freq
        self.logtotal = logtotal

    def __missing__(self, frag: str):
        f = self.freq.get(frag, _NOT_IN_DICT)
        if f is not _NOT_IN_DICT:
            f = math.log(f) - self.logtotal if f else None
        self[frag] = f
        return f


def _dag_cutter(tok, pair):
    """jieba's ``POSTokenizer.__cut_DAG`` (a run of Han text, digits and Latin
    letters cut into tagged words), or None when jieba's internals are not the
    ones it was written against.

    The same computation in one pass: jieba builds the whole DAG of dictionary
    words (a list per character), then finds the best route over it with a
    generator of tuples and ``max`` per character, then walks the route. Here
    each character's words are scored as they are found, from the end of the
    run back (the route after a word is known by then). The scores are the
    same floating-point sums (``log(freq) - log(total) + rest``), and a tie
    goes to the longer word as ``max`` over ``(score, end)`` gives it, so the
    words and tags are exactly jieba's (tests/test_wordseg.py compares them).
    It is about half of jieba's cost on news text; the tagger's runs are cut
    for every Chinese page, by the events and again by the story features."""
    tokenizer = getattr(tok, "tokenizer", None)
    detail = getattr(tok, "_POSTokenizer__cut_detail", None)
    tags = getattr(tok, "word_tag_tab", None)
    if (
        detail is None
        or tags is None
        or not all(hasattr(tokenizer, a) for a in ("FREQ", "total", "check_initialized"))
    ):
        return None
    log = math.log

    def flush(buf: str, freq: dict, out: list) -> None:
        if len(buf) == 1:
            out.append(pair(buf, tags.get(buf, "x")))
        elif not freq.get(buf):
            out.extend(detail(buf))
        else:
            for ch in buf:
                out.append(pair(ch, tags.get(ch, "x")))

    weights: list = [None]  # [_FragWeights of the dictionary now]

    def cut(sentence: str) -> list:
        tokenizer.check_initialized()
        freq = tokenizer.FREQ
        logtotal = log(tokenizer.total)
        lw = weights[0]
        if lw is None or lw.freq is not freq or lw.logtotal != logtotal or len(lw) > 200_000:
            lw = weights[0] = _FragWeights(freq, logtotal)
        n = len(sentence)
        score = [0.0] * (n + 1)
        nxt = [0] * n  # where the best route's word from each character ends
        for k in range(n - 1, -1, -1):
            best = None
            end = k
            i = k
            frag = sentence[k]
            # jieba's DAG: every prefix of a dictionary word is in FREQ
            # (with 0 when it is no word of its own)
            while (w := lw[frag]) is not _NOT_IN_DICT:
                if w is not None:
                    s = w + score[i + 1]
                    if best is None or s >= best:  # a tie: the later end wins
                        best, end = s, i
                i += 1
                if i >= n:
                    break
                frag = sentence[k : i + 1]
            if best is None:  # no word starts here: the character alone
                best = log(freq.get(sentence[k]) or 1) - logtotal + score[k + 1]
            score[k] = best
            nxt[k] = end + 1
        out: list = []
        x = 0
        buf = ""
        while x < n:
            y = nxt[x]
            if y - x == 1:
                buf += sentence[x]
            else:
                if buf:
                    flush(buf, freq, out)
                    buf = ""
                word = sentence[x:y]
                out.append(pair(word, tags.get(word, "x")))
            x = y
        if buf:
            flush(buf, freq, out)
        return out

    return cut


# Cyrillic letters in a plain English-style romanisation (as the wires write
# Russian, Ukrainian, Belarusian and Bulgarian names: Трамп -> tramp,
# Зеленский -> zelenskiy, Щербак -> shcherbak); the soft and hard signs are
# silent. Lower case: callers lower the word first.
_CYRILLIC_LATIN = dict(
    zip(
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюяєіїґўђјљњћџ",
        [
            "a",
            "b",
            "v",
            "g",
            "d",
            "e",
            "yo",
            "zh",
            "z",
            "i",
            "y",
            "k",
            "l",
            "m",
            "n",
            "o",
            "p",
            "r",
            "s",
            "t",
            "u",
            "f",
            "kh",
            "ts",
            "ch",
            "sh",
            "shch",
            "-",
            "y",
            "-",
            "e",
            "yu",
            "ya",
            "ye",
            "i",
            "yi",
            "g",
            "w",
            "dj",
            "j",
            "lj",
            "nj",
            "c",
            "dzh",
        ],
        strict=True,
    )
)
_CYRILLIC_LATIN.update({"ъ": "", "ь": ""})
CYRILLIC_WORD = re.compile(r"[\u0400-\u04ff][\u0400-\u04ff'’\-]*")


def romanize_cyrillic(word: str) -> str:
    """``word`` in Cyrillic letters written in Latin ones, lower case
    ("Зеленского" -> "zelenskogo"); other characters are dropped."""
    return "".join(_CYRILLIC_LATIN.get(c, "") for c in word.lower())


# Hangul syllables spelled in Revised Romanization letters (initial, vowel,
# final; a syllable is U+AC00 + (initial * 21 + vowel) * 28 + final), so a
# foreign name written in Hangul meets its Latin spelling on the consonant
# skeleton (트럼프 "teureompeu", Trump; 젤렌스키 "jellenseuki", Zelensky).
_KO_INITIALS = [
    "g",
    "kk",
    "n",
    "d",
    "tt",
    "r",
    "m",
    "b",
    "pp",
    "s",
    "ss",
    "-",
    "j",
    "jj",
    "ch",
    "k",
    "t",
    "p",
    "h",
]
_KO_VOWELS = [
    "a",
    "ae",
    "ya",
    "yae",
    "eo",
    "e",
    "yeo",
    "ye",
    "o",
    "wa",
    "wae",
    "oe",
    "yo",
    "u",
    "wo",
    "we",
    "wi",
    "yu",
    "eu",
    "ui",
    "i",
]
_KO_FINALS = [
    "-",
    "k",
    "k",
    "k",
    "n",
    "n",
    "n",
    "t",
    "l",
    "k",
    "m",
    "l",
    "l",
    "l",
    "p",
    "l",
    "m",
    "p",
    "p",
    "t",
    "t",
    "ng",
    "t",
    "t",
    "k",
    "t",
    "p",
    "t",
]
HANGUL_WORD = re.compile(r"[\uac00-\ud7a3]+")


def romanize_hangul(word: str) -> str:
    """``word``'s Hangul syllables in Revised Romanization letters (other
    characters are dropped): "푸틴" -> "putin"."""
    out = []
    for c in word:
        n = ord(c) - 0xAC00
        if 0 <= n < 11172:
            ini, vow, fin = n // 588, n % 588 // 28, n % 28
            out += (_KO_INITIALS[ini], _KO_VOWELS[vow], _KO_FINALS[fin])
    return "".join(out).replace("-", "")


# Words written after a Korean name that say who the person is (an office,
# a rank, an honorific), as Thai titles stand before a name: the words just
# before one are read as a name. A title may carry a particle ("대통령은").
_KO_TITLES = (
    "대통령",
    "부통령",
    "총리",
    "총통",
    "장관",
    "주석",
    "총서기",
    "국왕",
    "여왕",
    "왕세자",
    "교황",
    "총장",
    "위원장",
    "대표",
    "의원",
    "의장",
    "대사",
    "대변인",
    "총재",
    "회장",
    "사장",
    "장군",
    "사령관",
    "지사",
    "감독",
    "교수",
    "박사",
    "기자",
    "씨",
)
# Particles and endings a Korean noun takes in a sentence, longest first.
KO_PARTICLES = (
    "에게서",
    "으로서",
    "에서는",
    "에게",
    "에서",
    "으로",
    "께서",
    "과의",
    "와의",
    "와",
    "과",
    "은",
    "는",
    "이",
    "가",
    "을",
    "를",
    "의",
    "에",
    "도",
    "로",
    "만",
)
# Case particles no name ends with ("회의에서 대통령은": at the meeting); the
# shorter ones that are also syllables of names ("페드로", "마리아가") are not here.
_KO_CASE = ("은", "는", "을", "를", "의", "에", "에서", "에게", "와", "과", "으로")
# A name has at least this many syllables ("전 대통령": the former president).
_KO_NAME_MIN = 2
# Words that stand between a name and its title and are no part of either:
# former, current, new, next, first, then ("지미 카터 전 대통령").
_KO_TITLE_MODIFIERS = frozenset({"전", "현", "신임", "차기", "초대", "당시", "전직", "현직"})


def korean_core(word: str) -> str:
    """``word`` without the particle it ends with ("트럼프는" -> "트럼프")."""
    for p in KO_PARTICLES:
        if word.endswith(p) and len(word) - len(p) >= _KO_NAME_MIN:
            return word[: -len(p)]
    return word


def korean_titled_names(words: list[str], skip) -> list[str]:
    """Hangul words written before a title ("도널드 트럼프 미국 대통령은":
    도널드, 트럼프): up to two words of Hangul alone, with no particle,
    after passing over up to two words that ``skip`` says are no name (a
    country) or that modify the title ("지미 카터 전 미국 대통령": former)."""
    out: list[str] = []
    for k, w in enumerate(words):
        core = korean_core(w)
        if not core.endswith(_KO_TITLES):
            continue
        j = k - 1
        for _ in range(2):  # "전 미국 대통령", "미국 전 대통령"
            if j >= 0 and (skip(words[j]) or words[j] in _KO_TITLE_MODIFIERS):
                j -= 1
        for _ in range(2):
            if j < 0:
                break
            name = words[j]
            if not (HANGUL_WORD.fullmatch(name) and len(name) >= _KO_NAME_MIN):
                break
            if name.endswith(_KO_CASE) or name.endswith(_KO_TITLES) or skip(name):
                break
            out.append(name)
            j -= 1
    return out


# Arabic letters as Latin consonants (short vowels are not written; long
# vowels and the glottal stop add nothing to a consonant skeleton), so a
# foreign name written in Arabic meets its Latin spelling on the skeleton
# (ترامب "tramb", Trump; دوارتي "dwarty", Duarte).
_ARABIC_LATIN = {
    **dict.fromkeys("اأإآٱىة", "a"),
    **dict.fromkeys("ءؤئع", ""),
    "ب": "b",
    "ت": "t",
    "ث": "th",
    "ج": "j",
    "ح": "h",
    "خ": "kh",
    "د": "d",
    "ذ": "dh",
    "ر": "r",
    "ز": "z",
    "س": "s",
    "ش": "sh",
    "ص": "s",
    "ض": "d",
    "ط": "t",
    "ظ": "z",
    "غ": "gh",
    "ف": "f",
    "ق": "q",
    "ك": "k",
    "ل": "l",
    "م": "m",
    "ن": "n",
    "ه": "h",
    "و": "w",
    "ي": "y",
    "پ": "p",
    "چ": "ch",
    "ڤ": "v",
    "گ": "g",
    "ی": "y",
    "ک": "k",
}
ARABIC_WORD = re.compile(r"[\u0621-\u064a\u0671-\u06d3]+")


def romanize_arabic(word: str) -> str:
    """``word``'s Arabic letters as Latin consonants (other characters are
    dropped): "بوتين" -> "bwtyn"."""
    return "".join(_ARABIC_LATIN.get(c, "") for c in word)


# Words that say who the person named after them is (Arabic writes the title
# first: "الرئيس الأمريكي دونالد ترامب", "وزيرة الداخلية ريتا ..."), with
# or without the article; a conjunction or preposition may be joined to them.
_AR_TITLES = frozenset(
    {
        "الرئيس",
        "رئيس",
        "رئيسة",
        "الرئيسة",
        "الوزير",
        "وزير",
        "وزيرة",
        "الوزيرة",
        "قائد",
        "القائد",
        "المتحدث",
        "المتحدثة",
        "مدير",
        "مديرة",
        "المستشار",
        "المستشارة",
        "الملك",
        "الأمير",
        "الجنرال",
        "السيد",
        "السيدة",
        "الأمين",
    }
)
# Words after a title that are no names: prepositions, conjunctions,
# particles and the first words of a clause ("... إن", "... يوم").
_AR_NOT_NAME = frozenset(
    [
        "في",
        "من",
        "إلى",
        "على",
        "عن",
        "مع",
        "إن",
        "أن",
        "أنه",
        "أنها",
        "قد",
        "لقد",
        "لم",
        "لن",
        "يوم",
        "منذ",
        "بعد",
        "قبل",
        "خلال",
        "حول",
        "ضد",
        "بين",
        "عند",
        "و",
        "أو",
        "ثم",
        "الذي",
        "التي",
        "الذين",
        "كما",
        "حيث",
        "بأن",
    ]
)
# Letters Arabic writes before a word as part of it: and, so, with, for, like.
ARABIC_CLITICS = "وفبلك"
# Words between a title and the name that complete the title: those with the
# article ("الأمريكي", "الداخلية", "العام"), at most this many.
_AR_TITLE_WORDS = 3
_AR_NAME_WORDS = 2


def _ar_title(word: str) -> bool:
    if word in _AR_TITLES:
        return True
    return len(word) > 2 and word[0] in ARABIC_CLITICS and word[1:] in _AR_TITLES


def arabic_titled_names(words: list[str]) -> list[str]:
    """Words of Arabic script after a title and the words completing it
    (those with the article): up to two words without the article, up to a
    particle or the end of the clause."""
    out: list[str] = []
    n = len(words)
    for k, w in enumerate(words):
        if not _ar_title(w):
            continue
        j = k + 1
        skipped = 0
        while j < n and skipped < _AR_TITLE_WORDS and words[j].startswith("ال"):
            j += 1
            skipped += 1
        for _ in range(_AR_NAME_WORDS):
            if j >= n:
                break
            name = words[j]
            if (
                not ARABIC_WORD.fullmatch(name)
                or name.startswith("ال")
                or name in _AR_NOT_NAME
                or _ar_title(name)
            ):
                break
            out.append(name)
            j += 1
    return out
