"""Language-independent anchors of a sentence, for linking events across languages.

An anchor is a short key that reads the same whatever language a sentence
is in: ``geo:JP`` (a CLDR territory name in any of the six languages),
``name:rasmussen`` (a Latin-script name, acronym, or a Thai/Chinese name
romanised with pythainlp royin / pypinyin), ``num:80`` (a number that is not
part of a date). :func:`skeleton` and :func:`name_similarity` compare names
across scripts on their consonant skeletons.

It must never download a model, and never raise on any input text.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from babel import Locale
from rapidfuzz.distance import Levenshtein

from ..amounts import PLAIN_MIN, amounts
from ..dates.cldr import is_calendar_word
from ..nouns import NOUN_DETERMINERS, after_determiner
from ..wordseg import (
    HAN_SURNAMES,
    THAI_RUN,
    ascii_digits,
    chinese_tagger,
    fold_traditional,
    foreign_name_readings,
    han_viet,
    pinyin,
    romanize_hangul,
    romanize_thai,
    romanize_thai_name,
    strip_possessive,
    thai_dictionary,
    thai_run_words,
    thai_stopwords,
    thai_titled_names,
)

# A few names CLDR spells differently from everyday news usage: data, not code.
TERRITORY_EXTRA = {
    "vi": {"Mỹ": "US", "Anh": "GB", "Triều Tiên": "KP", "Litva": "LT", "Áo": "AT"},
    "th": {"สหรัฐ": "US", "อเมริกา": "US", "เกาหลีใต้": "KR", "เกาหลีเหนือ": "KP"},
    "zh": {"美": "US", "韩": "KR", "朝鲜": "KP", "台湾": "TW", "俄": "RU"},
    "en": {"U.S.": "US", "US": "US", "USA": "US", "UK": "GB", "Britain": "GB"},
    "es": {"EE.UU.": "US", "EEUU": "US", "EE. UU.": "US"},
    "fr": {"USA": "US"},
    "ja": {"米国": "US", "アメリカ": "US", "豪州": "AU"},
    "ru": {"США": "US"},
}
# The same organisation under each language's acronym.
ACRONYM_ALIASES = {
    "OTAN": "NATO",
    "ONU": "UN",
    "UE": "EU",
    "LHQ": "UN",
    "OIEA": "IAEA",
    "AIEA": "IAEA",
    "OMS": "WHO",
    "FMI": "IMF",
    "OPEP": "OPEC",
    "ASEAN": "ASEAN",
    "EI": "ISIS",
    "ISIL": "ISIS",
    "ООН": "UN",
    "ЕС": "EU",
    "НАТО": "NATO",
    "ВОЗ": "WHO",
    "МВФ": "IMF",
    "МАГАТЭ": "IAEA",
    "ОПЕК": "OPEC",
}
# Vietnamese abbreviations of common nouns and titles ("HLV" = coach, "UBND"
# = people's committee, "CLB" = club): no name, and no other language
# writes them, so as anchors they only make two reports of one happening
# look as if they named different people.
VI_COMMON_ABBREVIATIONS = frozenset(
    "HLV UBND HĐND CLB ĐT ĐTQG BTC BCH THPT THCS CSGT CSHS TAND VKSND CA TP TX QĐ TT GĐ "
    "TGĐ PGĐ PGS GS TS ThS BS KTS NSND NSƯT VĐV CĐV ĐH CĐ SV HS NĐ KH CP TW BHXH BHYT "
    "DN DNNN KCN GPMB".split()
)
# Common words that open a sentence with a possessive ("Today's hearing",
# "Women's football"): no name, though a name is what usually stands there.
# Languages that write a proper noun's case ending after an apostrophe
# ("Ankara'da", in Ankara; "Santoso'yla", with Santoso; "Haziran'da", in
# June): the name is what comes before it.
APOSTROPHE_SUFFIX_LANGS = frozenset({"tr", "az"})
_APOSTROPHE_SUFFIX = re.compile(r"(.+?)['’][^\W\d_]+")


def strip_case_suffix(word: str, lang: str) -> str:
    """``word`` without a lower-case ending after an apostrophe in a language
    of APOSTROPHE_SUFFIX_LANGS ("Ankara'da" -> "Ankara"; "O'Brien" stays)."""
    if lang not in APOSTROPHE_SUFFIX_LANGS:
        return word
    m = _APOSTROPHE_SUFFIX.fullmatch(word)
    if m is None or not word[m.end(1) + 1 :].islower():
        return word
    return m.group(1)


POSSESSIVE_OPENERS = {
    "en": frozenset(
        {
            "today",
            "yesterday",
            "tomorrow",
            "tonight",
            "women",
            "men",
            "children",
            "people",
            "everyone",
            "everybody",
            "someone",
            "somebody",
            "nobody",
            "world",
            "nation",
            "country",
            "city",
            "government",
            "year",
            "week",
        }
    ),
}
# Capitalised words that are not names (sentence starts, titles, weekdays ...);
# where a language capitalises weekday and month names (en, de, id, vi "thứ Hai")
# they come from CLDR (dates.cldr.is_calendar_word).
NOT_NAMES = {
    "en": {
        "the",
        "a",
        "an",
        "in",
        "on",
        "at",
        "and",
        "but",
        "he",
        "she",
        "it",
        "they",
        "we",
        "this",
        "that",
        "mr",
        "mrs",
        "ms",
        "dr",
        "president",
        "minister",
        "prime",
        "general",
        "secretary",
        "after",
        "before",
        "as",
        "for",
        "with",
        "from",
        "his",
        "her",
        "their",
        "there",
        "when",
        "while",
        "if",
    },
    "es": {
        "el",
        "la",
        "los",
        "las",
        "un",
        "una",
        "en",
        "de",
        "del",
        "y",
        "pero",
        "según",
        "este",
        "esta",
        "presidente",
        "ministro",
        "gobierno",
        "lunes",
        "martes",
        "miércoles",
        "jueves",
        "viernes",
        "sábado",
        "domingo",
        "tras",
        "con",
        "por",
        "para",
        "sin",
        "desde",
        "hasta",
        "al",
        "su",
        "sus",
        "se",
        "no",
        "es",
        "ha",
        "también",
    },
    "fr": {
        "le",
        "la",
        "les",
        "un",
        "une",
        "en",
        "de",
        "des",
        "du",
        "et",
        "mais",
        "selon",
        "ce",
        "cette",
        "il",
        "elle",
        "ils",
        "président",
        "ministre",
        "gouvernement",
        "lundi",
        "mardi",
        "mercredi",
        "jeudi",
        "vendredi",
        "samedi",
        "dimanche",
        "après",
        "avant",
        "avec",
        "pour",
        "sans",
        "depuis",
        "au",
        "aux",
        "son",
        "sa",
        "ses",
        "se",
        "ne",
        "lors",
        "dans",
        "sur",
    },
    "vi": {
        "theo",
        "trong",
        "tại",
        "sau",
        "trước",
        "ông",
        "bà",
        "các",
        "những",
        "ngày",
        "tháng",
        "năm",
        "thủ",
        "tướng",
        "tổng",
        "thống",
        "bộ",
        "trưởng",
        "ngoại",
        "giao",
        "hội",
        "nghị",
        "thư",
        "ký",
        "tổ",
        "chức",
        "chủ",
        "tịch",
        "phó",
        "người",
        "khi",
        "đây",
        "đó",
        "về",
        "với",
        "vào",
        "từ",
        "đến",
        "hai",
        "cả",
        "không",
        "là",
        "có",
        "được",
        "cuộc",
        "việc",
        "chính",
        "phủ",
        "đảng",
        "liên",
        "minh",
        "quân",
        "đội",
        "lực",
        "lượng",
        "phòng",
        "vệ",
        "hiệp",
        "ước",
        "bắc",
        "đại",
        "tây",
        "dương",
        "văn",
        "chương",
        "trình",
        "hợp",
        "tác",
        "an",
        "ninh",
        "tiếp",
        "nhà",
        "lãnh",
        "đạo",
    },
}
# Administrative units written capitalised beside a place's name ("Hebei
# Province", "Guangshan County", "Provincia de Hebei", "Département du
# Var"): the place is the name; the unit, on pages of every story, is none
# (other languages write it lower-case, glued on, or not at all).
ADMIN_UNIT_WORDS = {
    "en": ("province", "county", "district", "prefecture", "municipality"),
    "es": ("provincia", "departamento", "municipio", "distrito", "región", "comarca"),
    "fr": ("province", "département", "région", "commune", "district", "préfecture"),
}
for _lang, _units in ADMIN_UNIT_WORDS.items():
    NOT_NAMES[_lang] |= set(_units)
# (Ơ ơ Ư ư: Vietnamese letters outside Latin Extended-A, "Át-tạ-pư" whole)
_LATIN_NAME = re.compile(
    r"(?<![\w])([A-ZÀ-ÝĀ-žƠƯẠ-Ỹ][A-Za-zÀ-ÿĀ-žƠơƯưẠ-ỹ'’-]*[A-Za-zÀ-ÿĀ-žƠơƯưẠ-ỹ])"
)
_ACRONYM = re.compile(r"(?<![\w])([A-Z][A-Z0-9]{1,7}(?:-\d+)?)(?![\w])")
# Numbers may touch Thai/Chinese letters ("60人"), never Latin letters or digits ("T-12", "F35").
# A number beside a colon is a clock time or a score ("5:45 AM", "2:55 into
# overtime"): every page has some, and they name no happening.
_CLOCK_TIME = re.compile(
    r"(?<![0-9A-Za-z.,:])([01]?\d|2[0-3])"
    r"(?:\s?[:h]\s?|\s?giờ\s|[时時点])([0-5]\d)(?:分|(?![0-9A-Za-z:]))"
    r"|(?<![0-9A-Za-z.,:])([01]?\d|2[0-3])\.([0-5]\d)(?=\s?(?:Uhr|น\.))"
)
_NUMBER = re.compile(
    r"(?<![A-Za-z0-9.,:-])(\d{1,3}(?:[.,\s]\d{3})+|\d+(?:[.,]\d+)?)(?![A-Za-z0-9]|:\d)"
)


@functools.cache
def _agency_marks() -> frozenset[str]:
    """Wire agencies' one-word names ("AP", "Reuters", "TTXVN"): a dateline's
    "(AP)" is on every dispatch of the day, whatever it reports. (Names that
    are also people's or companies' names, like Bloomberg, stay anchors.)"""
    from ..clean.cues import NEWS_AGENCIES

    return frozenset(
        a
        for names in NEWS_AGENCIES.values()
        for a in names
        if a.isascii() and " " not in a and "/" not in a and a != "bloomberg"
    )


def ascii_fold(s: str) -> str:
    if s.isascii():  # nothing to fold (most names and words)
        return s.lower()
    s = s.replace("đ", "d").replace("Đ", "D")
    return "".join(
        c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)
    ).lower()


# Consonant classes: romanisations of one name from different scripts
# disagree on vowels, aspiration and voicing, rarely on the consonant class.
_CLASSES = {}
for chars, cls in (
    ("bpfv", "P"),
    ("kgcqx", "K"),
    ("szj", "S"),
    ("td", "T"),
    ("lr", "L"),
    ("m", "M"),
    ("n", "N"),
):
    for ch in chars:
        _CLASSES[ch] = cls


@functools.lru_cache(maxsize=200_000)
def skeleton(name: str) -> str:
    """Consonant-class skeleton: 'Takahashi' and royin 'thakahachi' both give 'TKS'."""
    s = ascii_fold(name)
    s = re.sub(r"ch|sh|zh|ts|tz", "s", s)
    s = re.sub(r"ph", "f", s)
    s = re.sub(r"th", "t", s)
    s = re.sub(r"kh|gh", "k", s)
    s = re.sub(r"ng", "n", s)
    out = []
    for ch in s:
        c = _CLASSES.get(ch)
        if c and (not out or out[-1] != c):
            out.append(c)
    return "".join(out)


# An r after a vowel and before a consonant or the word's end: Thai and
# Chinese renderings leave it out (Johannesburg, โจฮันเนสเบิร์ก with its r
# silenced, 约翰内斯堡 "yuehanneisibao"), as the story stage reads it
# (stories.anchors._POSTVOCALIC_R, the same pattern).
_POSTVOCALIC_R = re.compile(r"(?<=[aeiouy])r+(?=[^aeiouy]|$)")
# A short name's spelling as Thai and Chinese romanisations write its sounds:
# a y after a consonant written "iy" (ลียง "liyong", Lyon) and a final nasal
# written "ng" (royin and pinyin write French "on", "an" so).
_SHORT_NAME_SOUNDS = ((re.compile(r"iy"), "y"), (re.compile(r"ng$"), "n"))
# Shortest spelling a short name is compared by its sounds at.
_SHORT_NAME_MIN = 4


def _short_name_sounds(folded: str) -> str:
    for rx, to in _SHORT_NAME_SOUNDS:
        folded = rx.sub(to, folded)
    return folded


@functools.lru_cache(maxsize=200_000)
def name_similarity(a: str, b: str) -> float:
    """1 - normalised edit distance between the skeletons of two names, the
    names written in two scripts (event merging asks it of pairs of mentions
    that are not both in Latin script). Each name is also read without an r
    after a vowel, which Thai silences and Chinese leaves out (when three
    consonant classes are left; the closer reading counts), and a Latin
    Saint as said before a consonant, without its t (whose whole skeleton
    must then be the other's: two names of one Saint share two classes
    already, and Saint-Malo is no Saint-Nazaire one class off)."""
    if a == b:
        return 1.0
    best = _skeleton_similarity(a, b)
    if best < 1.0:
        soft_a, soft_b = _soft_r(a), _soft_r(b)
        for x, y in ((soft_a, b), (a, soft_b), (soft_a, soft_b)):
            if x and y and (x != a or y != b):
                best = max(best, _skeleton_similarity(x, y))
    if best < 1.0:
        said_a, said_b = _saint_said(a), _saint_said(b)
        if said_a or said_b:
            for x in {a, soft_a, said_a} - {""}:
                for y in {b, soft_b, said_b} - {""}:
                    if skeleton(x) == skeleton(y):
                        return 1.0
    return best


def _soft_r(name: str) -> str:
    """``name`` folded, without its r after a vowel; "" when that leaves it as
    it was or with fewer than three consonant classes."""
    folded = ascii_fold(name)
    soft = _POSTVOCALIC_R.sub("", folded)
    return soft if soft != folded and len(skeleton(soft)) >= 3 else ""


# A Latin name's Saint (Saint-Nazaire, Sainte-Foy) as said before a
# consonant: the t Thai and Chinese renderings leave out ("แซง", "圣" sheng).
_SAINT_SAID = re.compile(r"^(sain)te?(?=[-\s][^aeiouy])")


def _saint_said(name: str) -> str:
    """``name`` folded, its Saint said without the t and its r after a vowel
    left out (see _soft_r); "" when it opens with no Saint."""
    folded = ascii_fold(name)
    said = _SAINT_SAID.sub(r"\1", folded)
    return _soft_r(said) or said if said != folded else ""


def _skeleton_similarity(a: str, b: str) -> float:
    sa, sb = skeleton(a), skeleton(b)
    if not sa or not sb:
        return 0.0
    if min(len(sa), len(sb)) < 3:
        # too few consonants to compare skeletons: compare the folded
        # spellings, or, both long enough, the same sounds written the Thai
        # or Chinese way (ลียง "liyong" is Lyon; 里昂 "liang" is read no
        # closer: Liang is a common surname)
        sa, sb = ascii_fold(a), ascii_fold(b)
        if (
            min(len(sa), len(sb)) >= _SHORT_NAME_MIN
            and sa[0] == sb[0]
            and _short_name_sounds(sa) == _short_name_sounds(sb)
        ):
            return 1.0
    elif sa == sb:
        return 1.0
    n, m = len(sa), len(sb)
    if abs(n - m) > max(n, m) // 3 + 1:
        return 0.0
    # unit-cost edit distance (rapidfuzz: the same number, computed in C++)
    return 1.0 - Levenshtein.distance(sa, sb) / max(n, m)


@functools.lru_cache(maxsize=200_000)
def latin_names_match(a: str, b: str) -> bool:
    """Two names both sources wrote in Latin script: one name spelled two ways.

    Skeletons are for names romanised from another script (Thai, Chinese),
    where vowels and voicing wander; between two Latin spellings they match
    unrelated names ("American" / "Mourinho", "Machine" / "Amazon"). Here
    the spellings themselves must be close ("Zelensky" / "Zelenski"), or
    fairly close with the same skeleton ("Putin" / "Poutine", "Gaddafi" /
    "Kadhafi")."""
    fa, fb = ascii_fold(a), ascii_fold(b)
    if fa == fb:
        return True
    close = 1.0 - Levenshtein.distance(fa, fb) / max(len(fa), len(fb))
    # a letter swapped in a short name is another name ("Obama" / "Osama");
    # a doubled or dropped one is a spelling ("Assad" / "Asad")
    if close >= 0.8 and (min(len(fa), len(fb)) >= 6 or len(fa) != len(fb)):
        return True
    sa = skeleton(a)
    return close >= 0.6 and len(sa) >= 3 and sa == skeleton(b)


# Korean particles written onto a name, longest first.
KO_PARTICLES = "|".join(
    sorted(
        "은 는 이 가 을 를 의 에 에서 에게 으로 로 와 과 도 만 까지 부터 보다 처럼 "
        "에는 에서는 에도 에서도 과의 와의 으로부터 로부터 측 간".split(),
        key=len,
        reverse=True,
    )
)


_PARENTHESISED_NAME = re.compile(r"(.+?)\s*\(([^\W\d_]+)\)")
_TWO_LATIN_WORDS = re.compile(r"([A-Z][a-z]+) ([A-Z][a-z]+)")


def _everyday_forms(name: str) -> list[str]:
    """The forms news writes a CLDR territory name in, besides the name
    itself: each of a name and its gloss ("Myanmar (Birmanie)": "Myanmar",
    "Birmanie"), and a name of two short words transcribed with accents
    written as one word without them ("Viêt Nam": "Vietnam", as French news
    writes it)."""
    forms = []
    m = _PARENTHESISED_NAME.fullmatch(name)
    if m:
        forms += [m[1], m[2]]
    folded = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    m = _TWO_LATIN_WORDS.fullmatch(folded)
    if m and folded != name and len(m[1]) <= 5 and len(m[2]) <= 5:
        forms.append(m[1] + m[2].lower())
    return [f for f in forms if len(f) >= 3]


@functools.cache
def _territories(lang: str) -> tuple[re.Pattern | None, dict[str, str]]:
    names: dict[str, str] = {}
    try:
        terr = Locale.parse(lang).territories
    except Exception:  # noqa: BLE001 - unknown locale: no territory anchors
        terr = {}
    for code, name in terr.items():
        if len(code) == 2 and code.isalpha() and len(name) >= 2:
            names[name] = code
    for code, name in terr.items():
        if len(code) == 2 and code.isalpha():
            # (Vietnamese writes its own names in syllables, accented: its
            # "Việt Nam" joined would be a brand's "Vietnam Airlines")
            for form in _everyday_forms(name) if lang != "vi" else ():
                names.setdefault(form, code)
    names.update(TERRITORY_EXTRA.get(lang, {}))
    if not names:
        return None, {}
    alt = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    if lang in ("th", "zh", "ja"):
        rx = re.compile("(" + alt + ")")
    elif lang == "ko":
        # Korean writes its particles onto the name ("페루에서", in Peru;
        # "독일의", Germany's); any other syllable after it makes another
        # word ("인도적", humanitarian, is no India)
        rx = re.compile(r"(?<![\w])(" + alt + r")(?=(?:" + KO_PARTICLES + r")?(?![\w]))")
    else:
        rx = re.compile(r"(?<![\w])(" + alt + r")(?![\w])")
    return rx, names


def _after_silent_letter_joined(toks: tuple[str, ...], stop: frozenset[str]) -> list[str]:
    """A foreign name written in Thai ends a syllable with a silenced letter
    ("เดอร์" of "เดอร์บัน", Durban) where its next syllable may be a Thai word
    ("บัน"): newmm cuts the name there, and the dictionary word ended its run
    ("doe"). A short piece right after an unknown one ending in the silencer
    (thanthakhat) is the name's next syllable unless it is a function word
    ("โจนส์ได้": Jones, then "got")."""
    out: list[str] = []
    for t in toks:
        if out and out[-1].endswith("\u0e4c") and len(t) <= 3 and t not in stop:
            out[-1] += t
        else:
            out.append(t)
    return out


# Thai spellings of the Saint of foreign place names (French Saint, Sainte;
# English Saint; San, Santa, São, Sankt): each is also a Thai word or a
# piece newmm knows ("แซง", to overtake), cut off the name after it.
THAI_SAINT_WORDS = frozenset(
    ("แซง", "แซ็ง", "แซงต์", "แซ็งต์", "เซนต์", "ซาน", "ซานตา", "ซันตา", "เซา", "ซังคท์")
)


def _saint_joined(toks: list[str], words: frozenset[str]) -> list[str]:
    """A Thai Saint (THAI_SAINT_WORDS) joined to the unknown piece right after
    it: the rest of the place's name ("แซง" + "แกลร์", a Saint-Cl... name)."""
    out: list[str] = []
    for t in toks:
        if out and out[-1] in THAI_SAINT_WORDS and t not in words:
            out[-1] += t
        else:
            out.append(t)
    return out


def _thai_names(text: str) -> list[tuple[str, tuple[str, ...]]]:
    """(royin, other readings) of the names in the Thai runs of ``text``: the
    other readings are those the story stage reads a Thai name with
    (:func:`~newsline.wordseg.romanize_thai_name`: silenced letters sounded,
    a final l and s as the foreign spelling writes them)."""
    words = thai_dictionary()
    out: list[str] = []
    surfaces: dict[str, str] = {}
    stop = thai_stopwords()
    for run in THAI_RUN.findall(text):
        toks = _saint_joined(_after_silent_letter_joined(thai_run_words(run), stop), words)
        # runs of short or unknown pieces: newmm splits a transliterated
        # foreign name it does not know into such fragments
        runs: list[tuple[list[str], bool]] = [([], False)]
        for t in toks:
            if t not in words or len(t) <= 2:
                runs[-1][0].append(t)
                if t not in words:
                    runs[-1] = (runs[-1][0], True)
            else:
                runs.append(([], False))
        for pieces, unknown in runs:
            # a short dictionary word at either end is a function word glued
            # to the name ("ฮวาเซิน" + "ใน", in): not part of it
            while pieces and pieces[-1] in words:
                pieces = pieces[:-1]
            while pieces and pieces[0] in words:
                pieces = pieces[1:]
            w = "".join(pieces)
            if unknown and len(w) >= 3:
                r = romanize_thai(w)
                if r and len(r) >= 3:
                    out.append(r.lower())
                    surfaces.setdefault(r.lower(), w)
    # names in dictionary words, after a title or a place word ("นายสมชาย")
    for w in thai_titled_names(text.split()):
        r = romanize_thai(w)
        if r and len(r) >= 3 and r.lower() not in out:
            out.append(r.lower())
            surfaces.setdefault(r.lower(), w)
    return [
        (r, tuple(x.lower() for x in romanize_thai_name(surfaces[r], True) if x.lower() != r))
        for r in out
    ]


def _zh_words(text: str) -> list:
    """The tagger's (word, flag) pairs of ``text``."""
    return list(chinese_tagger().cut(text))


def _zh_word_bounds(text: str, words: list | None = None) -> set[int]:
    """Offsets where the tagger's Chinese words of ``text`` (``words``, when
    the caller has them: :func:`_zh_words`) begin or end."""
    bounds, pos = {0}, 0
    for w in _zh_words(text) if words is None else words:
        pos += len(w.word)
        bounds.add(pos)
    return bounds


# Chinese administrative units written onto a place name ("阿速坡省", Attapeu
# province; "光山县", Guangshan county), longest first: other languages write
# the unit as a word of its own ("tỉnh Át-tạ-pư", "Attapeu province") or not
# at all, so the name is read without it (and with it, as another reading).
ZH_ADMIN_UNITS = tuple("特别行政区 自治区 自治州 自治县 省 市 县 区 州 镇 乡 村".split())
# Word classes a place name's stem never is (jieba's tags): a locative,
# pronoun or determiner ("城中村", "各市县": no place named 城中 or 各市),
# numeral, adverb, verb, adjective, preposition, conjunction, particle.
_ZH_NOT_STEM_TAGS = ("s", "r", "f", "m", "q", "d", "v", "a", "p", "c", "u")


def _zh_unit_stem(word: str, before: str) -> int:
    """Length of ``word`` without its administrative unit when ``before``
    (the name run so far) + ``word`` is a place name and that unit; 0 when
    it is none. A two-character dictionary word keeps its last character
    ("城市", city; "广州", "山区"): it is a word, not a name and its unit."""
    tagger = chinese_tagger()
    for unit in ZH_ADMIN_UNITS:
        if not word.endswith(unit):
            continue
        cut = len(word) - len(unit)
        stem = before + word[:cut]
        if len(stem) < 2:
            return 0
        if cut < 2 and (cut == 0 or word in tagger.tokenizer.FREQ):
            return 0
        tags = [w.flag for w in tagger.cut(stem)]
        if not tags or any(t.startswith(_ZH_NOT_STEM_TAGS) for t in tags):
            return 0
        return cut
    return 0


# The units a Chinese date writes after its numbers (年 year, 月 month, 日/号
# day, 时 hour): the tagger may glue one to the word after it ("15日封"),
# which is then no name.
_ZH_DATE_UNITS = frozenset("年月日号时")
_ZH_NAME_TAGS = frozenset(("nr", "nrt", "nrfg", "ns", "nt", "nz"))
_ZH_NUMBER_END = re.compile(r"[0-9０-９〇零一二三四五六七八九十两百]$")


def _chinese_name_runs(text: str, words: list | None = None) -> list[tuple[str, str, bool, str]]:
    """(pinyin, characters, opens with a person's name, the unit's pinyin or
    "") of the name runs of ``text`` (Simplified). A run ends after a place
    name's administrative unit, which is left out ("河南省信阳市光山县" gives
    henan, xinyang and guangshan, each with its unit apart). ``words``: the
    tagger's words of ``text`` (:func:`_zh_words`) when the caller has them."""
    from ..stories.anchors import _ZH_SOUND_CHARS, _name_piece  # it imports this module

    out = []
    prev_nr = ""
    person = False
    _, territory = _territories("zh")
    prev_word = ""
    for w in _zh_words(text) if words is None else words:
        word, after_number = w.word, _ZH_NUMBER_END.search(prev_word) is not None
        if (
            prev_nr
            and _ZH_SOUND_CHARS.issuperset(prev_word)
            and w.flag not in _ZH_NAME_TAGS
            and _name_piece(word, w.flag)
        ):
            # the rest of a foreign name the tagger cut off it (维勒|班,
            # Villeurbanne), read as the story stage reads it
            prev_nr += word
            prev_word = word
            continue
        prev_word = w.word
        if after_number and word[:1] in _ZH_DATE_UNITS:
            # a date's unit glued to the next word ("8月15日|封控" cut as
            # "日封", "日封城"): the unit is the number's, the rest a name
            # only when the tagger reads it alone as one
            word = word[1:]
            if len(word) < 2 or not all(
                t.flag in _ZH_NAME_TAGS for t in chinese_tagger().cut(word)
            ):
                word = ""
        if word and w.flag in _ZH_NAME_TAGS and word not in territory:
            if not prev_nr:
                person = w.flag in ("nr", "nrfg")
            cut = _zh_unit_stem(word, prev_nr) if w.flag == "ns" else 0
            if cut:
                stem = prev_nr + word[:cut]
                out.append((pinyin(stem), stem, False, pinyin(stem + word[cut:])))
                prev_nr = ""
                continue
            prev_nr += word
            continue
        if prev_nr:
            out.append((pinyin(prev_nr), prev_nr, person, ""))
            prev_nr = ""
    if prev_nr:
        out.append((pinyin(prev_nr), prev_nr, person, ""))
    return [o for o in out if len(o[0]) >= 3]


# The dot Chinese writes between the parts of a transliterated foreign name
# (唐纳德·特朗普; 他那功·乌泰, a Thai name): the middle dot, its bullet and
# katakana look-alikes. Only a foreign name is written so, so the words on
# either side are its parts even where the tagger knows none of them.
_NAME_DOTS = "·•・‧"
# One-character words that end a name part walking away from its dot: the
# particles, prepositions and speech verbs that stand right before or after a
# name ("据他那功·乌泰说", "与马蒂亚斯·惠特利").
_ZH_NAME_STOPS = frozenset("的了在和与及是说称对向将被把为于从据由跟同令让给")
# A dotted name's part is at most this many characters (a run past it is a
# tagger's glued words, not one name).
_DOTTED_PART_MAX = 6
# The tagger's classes of function words (numerals, measure words, adverbs,
# prepositions, conjunctions, particles, directions, pronouns).
_ZH_FUNCTION_TAGS = frozenset({"m", "q", "d", "p", "c", "u", "uj", "ul", "f", "r"})


def _dotted_name_parts(text: str, words: list | None = None) -> list[str]:
    """The parts of the dot-joined foreign names of ``text`` (Simplified):
    "工程师他那功·乌泰6日" gives 他那功 and 乌泰. Walking away from a dot,
    a part takes the tagger's word next to it, then words the tagger calls a
    name, words of one character, or sound characters only (惠|特利),
    and stops at a longer common word (业主), a particle or a non-Han
    character. The tagger alone reads these names only when its dictionary
    knows them (特朗普), and cuts the others into words and single
    characters it does not call names."""
    if not any(d in text for d in _NAME_DOTS):
        return []
    from ..stories.anchors import _ZH_SOUND_CHARS  # it imports this module

    words = [(w.word, w.flag) for w in (_zh_words(text) if words is None else words)]

    def han(w: str) -> bool:
        return all("\u4e00" <= c <= "\u9fff" for c in w)

    def piece(w: str, flag: str, first: bool, backwards: bool) -> bool:
        if not han(w) or w in _ZH_NAME_STOPS:
            return False
        if all(c in _ZH_SOUND_CHARS for c in w) or flag.startswith("nr"):
            return True
        if backwards and not first:
            # before the dot the name's opening is the words' end: only a
            # pronoun's character may still open it (他那功: 他 as in 他信,
            # Thaksin), not the end of an office (港务局|长)
            return len(w) == 1 and flag == "r"
        # a function word (已, 多, 一个) is no part
        if flag in _ZH_FUNCTION_TAGS and not (backwards and flag == "r"):
            return False
        return first or len(w) == 1

    def part(order: list[tuple[str, str]], backwards: bool = False) -> str:
        got: list[str] = []
        for w, flag in order:
            if not piece(w, flag, not got, backwards):
                break
            got.append(w)
            if sum(map(len, got)) > _DOTTED_PART_MAX:
                return ""
        return "".join(reversed(got) if backwards else got)

    _, territory = _territories("zh")
    out: list[str] = []
    for i, (w, _) in enumerate(words):
        if w not in _NAME_DOTS or i == 0:
            continue
        left = part(words[i - 1 :: -1], backwards=True)
        right = part(words[i + 1 :])
        if not (left and right) or left in territory or right in territory:
            continue  # "中国·东盟": two places paired, no one's name
        for p in (left, right):
            if p not in out:
                out.append(p)
    return out


# Another reading of a sentence's name, written "read:<name>=<reading>": a
# name written in Han characters is read in pinyin ("name:<pinyin>"), and
# also as other languages' pages write it (see chinese_name_readings). A
# reading is no anchor of its own (two Chinese sentences naming one person
# share one name, not one per reading): the merge compares a name by any of
# its readings (readings_of).
READING = "read:"
# blank space (a date opening the line is masked so), then a live blog
# entry's clock stamp, and the dash or colon after either ("11:20 – Rain
# has eased", a key-dates line "Lundi 12 mai – Reprise partielle", "3 March:
# Talks open"), if any
_OPENING_STAMP = re.compile(r"\s*(?:(?:\d{1,2}[:.h]\d{2}\s*)?[–—:-]\s*)?")
# a Vietnamese "c" sounded /k/: not the "ch" of "chí"
_VI_SOUNDED_C = re.compile(r"c(?!h)")
# One Vietnamese syllable written without its marks: an onset, one to three
# vowels, a final consonant ("dien", "phu", "nguyen", "khanh").
_VI_SYLLABLE = re.compile(
    r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ch|ng|nh|[cmnpt])?"
)
# Two to four capitalised words of plain letters in a row, apart by a space
# or a hyphen, each checked against _VI_SYLLABLE.
_VI_SYLLABLE_RUN = re.compile(r"(?<![\w-])[A-Z][a-z]{0,6}(?:[ -][A-Z][a-z]{0,6}){1,4}(?![\w-])")


@functools.lru_cache(maxsize=50_000)
def chinese_name_readings(name: str, person: bool = False) -> tuple[str, ...]:
    """Readings of a Chinese name run (Simplified) besides its pinyin, as
    pages in other scripts write it -- the readings the story stage gives
    its name features:

    * a foreign name with the foreign sounds Mandarin renders by its
      nearest initials (:func:`~newsline.wordseg.foreign_name_readings`:
      普京 ``puting`` meets Putin, 川普 ``truanpu`` Trump);
    * its Sino-Vietnamese reading, joined as a Vietnamese page's name run
      is (:func:`~newsline.wordseg.han_viet`: 王明华 ``vuongminhhoa``);
    * for a person's name of two to four characters opening with a common
      Han surname (or ``person``: the tagger's person name opens the run),
      the given name alone in pinyin (王明华 ``minghua``, 习近平
      ``jinping``): Latin
      and Thai pages write the surname and the given name as two words, and
      a surname alone is too common to tell anyone apart (a name written
      with common name characters only, :func:`~newsline.wordseg.han_viet`,
      is taken for Chinese)."""
    main = pinyin(name)
    out = list(foreign_name_readings(name)[1:])
    hv = han_viet(name) if len(name) >= 2 else None
    if hv:
        out.append(ascii_fold(hv.replace(" ", "")))
    if hv and 2 <= len(name) <= 4 and (name[0] in HAN_SURNAMES or person):
        # (a foreign name may open with a surname's character too: 罗斯京;
        # one written with common name characters only is Chinese; a rarer
        # surname where the tagger calls the run a person's name: 习近平)
        given = pinyin(name[1:])
        if len(given) >= 3:
            out.append(given)
    return tuple(r for r in dict.fromkeys(out) if r != main)


def readings_of(anchors) -> dict[str, tuple[str, ...]]:
    """Name -> its other readings, from a sentence's ``read:`` anchors."""
    out: dict[str, list[str]] = {}
    for a in anchors:
        if a.startswith(READING):
            name, _, reading = a[len(READING) :].partition("=")
            if name and reading:
                out.setdefault(name, []).append(reading)
    return {k: tuple(v) for k, v in out.items()}


def _vietnamese_name_runs(text: str) -> list[str]:
    """Vietnamese names of two syllables or more, joined and folded as the
    story stage reads them (``Vương Minh Hoa`` -> ``vuongminhhoa``; see
    :func:`newsline.stories.anchors.vietnamese_names`), and the part of a
    run after a country written inside it: a ministry and its country
    often come before a person's name ("Bộ trưởng Công Thương Việt Nam
    Nguyễn Văn Thành")."""
    from ..stories.anchors import vietnamese_names  # it imports this module

    rx, _ = _territories("vi")
    out = []
    countries = [mt.group(1) for mt in rx.finditer(text)] if rx is not None else []
    for feature, surface in vietnamese_names(text):
        if rx is None:
            out.append(feature[2:])
            continue
        # a run that is a country's name, or part of one written in the
        # sentence ("Bồ Đào Nha"; "Ban Nha" of "Tây Ban Nha"), is its
        # territory anchor already: as a name too, it disagreed with every
        # other name
        if not any(surface.strip() in c for c in countries):
            out.append(feature[2:])
        for mt in rx.finditer(surface):
            rest = surface[mt.end() :].split()
            if len(rest) >= 2:
                out.append(ascii_fold("".join(rest)))
    return [o for o in out if len(o) >= 3]


def sentence_anchors(
    text: str,
    lang: str | None,
    skip: list[tuple[int, int]] = (),
    page_names: frozenset[str] = frozenset(),
) -> list[str]:
    """Sorted anchors of ``text``; ``skip`` are (start, end) spans (the dates) to ignore.
    ``page_names``: words its page writes as names inside a sentence
    (:func:`names_inside_sentences`), read as names when they open one too."""
    try:
        return _sentence_anchors(text, lang or "en", skip, page_names)
    except Exception:  # noqa: BLE001 - anchors are an aid; never sink a document
        return []


# a capitalised word right after a lowercase word on its line (a comma or
# colon between at most): inside a sentence, where a language that
# capitalises only names capitalises nothing else
_AFTER_LOWERCASE = re.compile(r"[a-zß-öø-ÿā-žơưạ-ỹ][,:;]?[ \t\u00a0]+$")


def names_inside_sentences(text: str, lang: str | None) -> frozenset[str]:
    """Capitalised words ``text`` writes after a lowercase word ("Air travel
    has recovered: Tórshavn airport reopened"). The same word opening a
    sentence or a timeline line of the page ("June 3 – Tórshavn airport
    reopens") is that name, not a capitalised common word -- written the
    same: a wire's dateline in capitals ("TÓRSHAVN, June 3") names where it
    was written. None for a language that capitalises its nouns too (German)."""
    if not text or NOUN_DETERMINERS.get(lang or "en"):
        return frozenset()
    found = set()
    for mt in _LATIN_NAME.finditer(text):
        if not mt.group(1).isupper() and _AFTER_LOWERCASE.search(
            text[max(0, mt.start() - 4) : mt.start()]
        ):
            found.add(strip_possessive(mt.group(1)))
    return frozenset(found)


def _sentence_anchors(text: str, lang: str, skip, page_names=frozenset()) -> list[str]:
    masked = list(text)
    for a, b in skip:
        lo, hi = max(0, a), min(len(text), b)
        if hi > lo:
            masked[lo:hi] = " " * (hi - lo)
    # Traditional Chinese read as Simplified (CLDR's zh names and jieba are
    # Simplified: "荷蘭" is "荷兰"); one character for one, offsets hold
    # (Japanese keeps its own kanji: its territory names are written so)
    s = "".join(masked) if lang == "ja" else fold_traditional("".join(masked))
    # Thai and full-width digits read as ASCII ones (one for one): "๔๗ ราย"
    # and "47 muertos" share the number, "๑๒๐" is no Thai name
    s = ascii_digits(s)
    anchors: set[str] = set()
    covered = [False] * len(s)
    zh_words = None  # the tagger's words of s, cut once for the two readers below
    # Japanese reads its own territory names (CLDR's); its kanji are neither
    # Chinese territory names ("美" is beauty in 美術) nor romanised with pinyin
    # Every language reads its own territory names (CLDR's): Korean "페루",
    # German "Deutschland", Indonesian "Jerman" -- and those written in
    # English ("USA") on its pages, as before
    if lang in TERRITORY_EXTRA or lang == "ja":
        langs = [lang]
    else:
        base = lang.split("-")[0].lower()
        langs = [base, "en"] if base.isalpha() and base != "en" else ["en"]
    if re.search(r"[\u0E00-\u0E7F]", s) and "th" not in langs:
        langs.append("th")
    if re.search(r"[\u4E00-\u9FFF]", s) and "zh" not in langs and lang != "ja":
        langs.append("zh")
    for lg in langs:
        rx, names = _territories(lg)
        if rx is None:
            continue
        bounds = None
        for mt in rx.finditer(s):
            if lg == "zh" and mt.end() - mt.start() > 1:
                # unspaced: a name read across two words is none ("沿海|地区"
                # holds "海地", Haiti; "合法|国家" holds "法国"); a one-character
                # short form lives inside its compounds ("中美关系")
                if bounds is None:
                    if zh_words is None:
                        zh_words = _zh_words(s)
                    bounds = _zh_word_bounds(s, zh_words)
                if mt.start() not in bounds and mt.end() not in bounds:
                    continue
            anchors.add("geo:" + names[mt.group(1)])
            for i in range(mt.start(), mt.end()):
                covered[i] = True
    for mt in _ACRONYM.finditer(s):
        if covered[mt.start()]:
            continue
        ac = ACRONYM_ALIASES.get(mt.group(1), mt.group(1))
        if (
            ac in VI_COMMON_ABBREVIATIONS
            or ac.lower() in _agency_marks()
            or (ac in ("AM", "PM") and re.search(r"\d\s?$", s[max(0, mt.start() - 3) : mt.start()]))
        ):  # an agency's dateline mark; "5:45 AM"
            for i in range(mt.start(), mt.end()):
                covered[i] = True
            continue
        if not ac.isdigit():
            anchors.add("name:" + ac.lower())
            for i in range(mt.start(), mt.end()):
                covered[i] = True
    stop = NOT_NAMES.get(lang, set())
    # A language that capitalises every noun (German) writes its nouns after
    # an article or a determiner ("die Straße", "einen Brand", "zur
    # Feuerwehr"), and those words themselves open sentences capitalised
    # ("Der", "Die"): neither is a name -- two sentences on a crane in
    # Dresden and a fire in Chemnitz share "Straße", nothing of one
    # happening. The story stage reads nouns so (newsline.nouns).
    determiners = NOUN_DETERMINERS.get(lang, frozenset())
    # where the sentence's first word is: after a live blog's clock stamp
    # ("11:20 – Rain has eased", "14h30 - Pluie sur Lyon") as at its start
    opening = _OPENING_STAMP.match(s).end()
    for mt in _LATIN_NAME.finditer(s):
        if covered[mt.start()]:
            continue
        w = strip_case_suffix(strip_possessive(mt.group(1)), lang)
        f = ascii_fold(w)
        if len(f) < 3 or w.lower() in stop or f in stop or any(ch.isdigit() for ch in w):
            continue
        if determiners and (w.lower() in determiners or after_determiner(s, mt.start(), lang)):
            continue
        if is_calendar_word(w, s[max(0, mt.start() - 12) : mt.start()], lang):
            continue  # "Monday", "thứ Hai", "März": no name
        if f in _agency_marks():
            continue
        # Vietnamese writes its own words with diacritics; names worth linking
        # across languages (foreign names, places) are mostly written without.
        # Foreign names are the exception when written syllable by syllable,
        # joined by hyphens, only the first capitalised ("Xi-vông-xa",
        # "Át-tạ-pư", "Oa-sinh-tơn"): read joined, and as sounded -- Vietnamese
        # "x" is /s/ and "c" /k/ ("Pắc-xế" is Pakse) -- to meet other
        # languages' spellings ("Rịa-Vũng", capitalised on both sides, is two
        # Vietnamese names, left to the runs below).
        reading = None
        if lang == "vi" and not w.isascii():
            parts = w.split("-")
            if len(parts) < 2 or not all(p[:1].islower() for p in parts[1:]):
                continue
            f = "".join(ascii_fold(p) for p in parts)
            sounded = _VI_SOUNDED_C.sub("k", f.replace("x", "s"))
            reading = sounded if sounded != f else None
        # a capitalised sentence-initial word is not a name unless another
        # follows, its page writes it capitalised inside a sentence too, or
        # it owns what follows ("Veloria's statistics office",
        # "Andesca's lawyers"): a common word rarely opens a sentence so
        # ("Today's", "Women's": POSSESSIVE_OPENERS)
        if (
            mt.start() == opening
            and (determiners or strip_possessive(mt.group(1)) not in page_names)
            and not re.match(r"\s+[A-ZÀ-Ý]", s[mt.end() :])
            and not (w != mt.group(1) and f.lower() not in POSSESSIVE_OPENERS.get(lang, ()))
        ):
            continue
        anchors.add("name:" + f)
        if reading:
            anchors.add(f"{READING}{f}={reading}")
    if lang != "vi":
        # a Vietnamese name written without its marks ("Dien Bien Phu", "Ho
        # Chi Minh"): a Vietnamese page reads it as one joined name
        # (_vietnamese_name_runs: dienbienphu), so it is read so here too,
        # besides its words
        # ("Ho Chi Minh City": the syllables among the words, hochiminh)
        for mt in _VI_SYLLABLE_RUN.finditer(s):
            run: list[str] = []
            for p in [*re.split(r"[\s-]+", mt.group(0).lower()), ""]:
                # a stop word opens no run ("The Tran Hung Dao"), inside one
                # it is a syllable ("Lang Son": son)
                opener = not run and (p in stop or p in NOT_NAMES["en"])
                if p and not opener and _VI_SYLLABLE.fullmatch(p):
                    run.append(p)
                    continue
                if len(run) >= 2:
                    anchors.add("name:" + "".join(run))
                run = []
    # amounts with a scale word ("25 billion" = "25 tỷ" = "250亿") and large
    # plain numbers, as one value; the digits inside them are not read again
    amount_spans = []
    for value, a, b in amounts(s):
        # an amount below PLAIN_MIN ("1,2 nghìn", "3 mil") is the number a
        # page writes in digits ("1,200", read below as num:1200), not 1.2e+03
        v = float(value)
        anchors.add("num:" + (str(int(v)) if v < PLAIN_MIN and v.is_integer() else value))
        amount_spans.append((a, b))
    # a clock time to the minute, however written ("23:40", "23h40", "23 h 40",
    # "23.40 Uhr", "23时40分", "23 giờ 40", "23.40 น."), is one anchor every
    # language shares -- read so, its digits are not two numbers
    for mt in _CLOCK_TIME.finditer(s):
        if any(a <= mt.start() < b for a, b in amount_spans):
            continue
        amount_spans.append((mt.start(), mt.end()))
        if mt.start() < opening or not s[: mt.start()].strip():
            continue  # a live blog entry's stamp: when it was posted
        hour, minute = mt.group(1) or mt.group(3), mt.group(2) or mt.group(4)
        if minute != "00":  # a round hour is told of too many things
            anchors.add(f"num:{int(hour)}:{minute}")
    for mt in _NUMBER.finditer(s):
        if any(a <= mt.start() < b for a, b in amount_spans):
            continue
        raw = (
            re.sub(r"[.,\s]", "", mt.group(1))
            if re.fullmatch(r"\d{1,3}(?:[.,\s]\d{3})+", mt.group(1))
            else mt.group(1)
        )
        if len(raw.replace(".", "").replace(",", "")) >= 2:
            anchors.add("num:" + raw.replace(",", "."))
    if "th" in langs and re.search(r"[\u0E00-\u0E7F]", s):
        for r, readings in _thai_names(s):
            anchors.add("name:" + r)
            for alt in readings:
                anchors.add(f"{READING}{r}={alt}")
    if "zh" in langs and re.search(r"[\u4E00-\u9FFF]", s):
        if zh_words is None:
            zh_words = _zh_words(s)
        for r, chars, person, with_unit in _chinese_name_runs(s, zh_words):
            anchors.add("name:" + r)
            if with_unit:
                anchors.add(f"{READING}{r}={with_unit}")
            for alt in chinese_name_readings(chars, person):
                anchors.add(f"{READING}{r}={alt}")
        for chars in _dotted_name_parts(s, zh_words):
            r = pinyin(chars)
            if len(r) >= 3:
                anchors.add("name:" + r)
    if lang == "ko" and re.search(r"[\uAC00-\uD7A3]", s):
        # Korean writes foreign names in Hangul (브란트, Brandt): a name
        # written before a title (as the story stage reads it), in Revised
        # Romanization, meets the Latin spelling on its consonant skeleton
        from ..stories.anchors import korean_features  # it imports this module

        for _, core in korean_features(s):
            r = romanize_hangul(core)
            if len(r) >= 3:
                anchors.add("name:" + r)
    if lang == "vi":
        # a Vietnamese page's marked words are no names one by one (above);
        # its names of several syllables are, joined
        for r in _vietnamese_name_runs(s):
            anchors.add("name:" + r)
    return sorted(anchors)


@functools.cache
def city_exonyms(lang: str | None) -> dict[str, str]:
    """A language's own one-word names of cities (CLDR's exemplar cities of
    time zones: "Bruxelles", "Bruselas", "Londres", "Varsovie"), folded as
    name anchors are, to the English one ("brussels"): two pages writing a
    city each in its own language name one place. Read by the merge as a
    name's other reading, as a Chinese name's readings are."""
    base = (lang or "").split("-")[0].lower()
    if not base.isalpha() or base == "en":
        return {}
    try:
        own, english = Locale.parse(base).time_zones, Locale.parse("en").time_zones
        # a zone named after its country ("Dominique", "Grenade"): the
        # country is read as a territory, and "Dominique" is a given name too
        countries = set(Locale.parse("en").territories.values())
    except Exception:  # noqa: BLE001 - unknown locale: no city names
        return {}
    out: dict[str, str] = {}
    for zone, names in own.items():
        city = names.get("city") or ""
        en = english.get(zone, {}).get("city") or zone.rsplit("/", 1)[-1].replace("_", " ")
        if len(city) < 4 or " " in city or " " in en or en in countries:
            continue  # "Nueva York": its words are read one by one, as "New York"'s
        # hyphens and apostrophes as the name anchors join them ("Mát-xcơ-va")
        folded = re.sub(r"[-'’]", "", ascii_fold(city))
        en_folded = re.sub(r"[-'’]", "", ascii_fold(en))
        # only Latin letters meet a name anchor (others' names are romanised)
        if folded != en_folded and folded.isascii():
            out[folded] = en_folded
    return out
