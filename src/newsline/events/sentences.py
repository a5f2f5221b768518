"""Sentence spans per language, as (start, end) offsets into the original text.

Chinese ends sentences with 。！？; Thai has no sentence punctuation and marks
sentence ends with a space between Thai letters, but it also writes spaces
between phrases: a space ends a Thai sentence only when what came before
states something (has a verb, by pythainlp's part-of-speech tagger) and the
next chunk does not continue it (a surname after a titled given name, a
predicate after its subject, what follows "ว่า", a short verbless apposition,
a continuation word). A date is never split ("12 มีนาคม พ.ศ. 2568"), and the
space after one ("... 2568 ผู้แทน...", "... 3 ก.พ. โค้ช...") ends the sentence
when the date closes a statement and a new clause, its own subject and
verb, follows. The Latin-script languages end them with . ! ? followed by a
capital (a short abbreviation table keeps "Mr." or "EE.UU." from ending one).
A line break always ends a sentence.

It must never change the text or return offsets that do not slice it.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re

from ..dates.cldr import cldr_month_names
from ..dates.tables import NAMED_CLOCK

# Abbreviations after which a period does not end a sentence (data per language).
ABBREVIATIONS = {
    "en": [
        "Mr",
        "Mrs",
        "Ms",
        "Dr",
        "Gen",
        "Sen",
        "Rep",
        "St",
        "Jan",
        "Feb",
        "Aug",
        "Sept",
        "Oct",
        "Nov",
        "Dec",
        "U.S",
        "U.N",
        "No",
        "Lt",
        "Col",
        "Gov",
        "Prof",
        "Inc",
        "Corp",
    ],
    "es": ["Sr", "Sra", "Dr", "Dra", "EE.UU", "EE", "UU", "art", "núm", "pág", "Gral", "etc"],
    "fr": ["M", "Mme", "Mlle", "Dr", "St", "Ste", "av", "J.-C", "etc", "cf"],
    # titles before a name (giáo sư, bác sĩ, kỹ sư, luật sư, kiến trúc sư)
    # and place kinds before a place (thị xã, thị trấn)
    "vi": [
        "TP",
        "TS",
        "PGS",
        "ThS",
        "Th.S",
        "Tp",
        "ông",
        "bà",
        "GS",
        "BS",
        "KS",
        "LS",
        "KTS",
        "TX",
        "Tx",
        "TT",
    ],
    # titles before a name ("Dr. Markus Brandt", "Prof. Dr. Ahmet Yılmaz",
    # "Sr. Budi", "dr. Budi", "mr. Jan de Vries", "sig. Mario Rossi") and
    # abbreviations inside a sentence ("Nr.", "bzw.", "Jl. Sudirman"); none
    # that often ends one ("etc.")
    "de": [
        "Dr",
        "Prof",
        "Dipl",
        "Ing",
        "Hr",
        "Fr",
        "St",
        "Nr",
        "bzw",
        "ca",
        "vgl",
        "Mio",
        "Mrd",
        "Str",
    ],
    "pt": [
        "Sr",
        "Sra",
        "Srta",
        "Dr",
        "Dra",
        "Prof",
        "Profa",
        "Eng",
        "Av",
        "Exmo",
        "Exma",
        "Gen",
        "Cel",
    ],
    "it": [
        "Sig",
        "sig",
        "Sigg",
        "Dott",
        "dott",
        "Prof",
        "prof",
        "Avv",
        "avv",
        "Ing",
        "ing",
        "On",
        "Gen",
        "Mons",
    ],
    "id": ["dr", "Dr", "drg", "Prof", "Ir", "Hj", "Jl", "Kol", "Brigjen", "Irjen", "Kombes", "No"],
    "nl": [
        "dhr",
        "Dhr",
        "mevr",
        "Mevr",
        "mr",
        "Mr",
        "dr",
        "Dr",
        "drs",
        "Drs",
        "ir",
        "Ir",
        "prof",
        "Prof",
        "nr",
        "bijv",
        "St",
    ],
    "tr": ["Dr", "Prof", "Doç", "Av", "Op", "Yrd", "Sn", "Alb", "Org", "Korg", "No"],
}
_LOWER = "a-zß-öø-ÿа-яёα-ω"
_UPPER = "A-ZÀ-ÖØ-ÞА-ЯЁΑ-Ω"
# French sets its guillemets off with a (narrow no-break) space: « Oui. » Il ...
# German and others open a quotation low ("„Die Lage ist ernst“") or with
# inward guillemets ("»Die Lage ist ernst«").
# The next sentence opens with a digit or a letter that is not lower-case:
# a capital of any cased script ("Во вторник", "Στις") or a letter of a
# script without case (Korean "선고 공판은", Arabic, Hindi), whose sentences
# ran on into one.
_LATIN_END = re.compile(
    r"[.!?…]+(?:\s?»)?[\"”’‘»“«)\]]*(?=\s+(?:«\s?|[\"“‘„‚»(\[])?(?P<next>[^\W_]|[¿¡]))"
    # A scrape that lost the space after a full stop ("más tarde.La
    # concesión", "in Berlin.Am Montag"): a lower-case word, the stop, then a
    # capitalised word of lower-case letters and a space. Dotted names
    # ("www.elpais.Com", "Node.Js") are told apart in _latin.
    rf"|(?<=[{_LOWER}]{{2}})[.!?](?=(?P<glued>[{_UPPER}])[{_LOWER}]+[\s,;:])"
)
_ZH_END = re.compile(r"[。！？!?；]+[”’」』）)]*")
# (Thai digits ๐-๙, U+0E50-0E59, are digits: "๕๐ ล้านบาท" no more ends a
# sentence after its number than "50 ล้านบาท" does)
_THAI_LETTER = re.compile(r"[\u0E00-\u0E4F\u0E5A-\u0E7F]")
_LINE = re.compile(r"[^\n\r]+")
THAI_MIN_SENTENCE = 40
# Thai words that continue a clause after a space (possessive, relative,
# conjunctions, "on the date ..."): a space before them is not a sentence end.
THAI_CONTINUATIONS = (
    "ของ",
    "และ",
    "ที่",
    "ซึ่ง",
    "โดย",
    "ขณะ",
    "ใน",
    "ว่า",
    "เพื่อ",
    "จาก",
    "ตาม",
    "กับ",
    "แต่",
    "หรือ",
    # "on the date ...", "on Tuesday the ..." (เมื่อวันอังคารที่), "yesterday",
    # "last night": the time of what was just told
    "เมื่อวัน",
    "เมื่อวาน",
    "เมื่อคืน",
    "ตั้งแต่",
    "ถึง",
    "จน",
    "แล้ว",
    "ก็",
    "จึง",
    "ได้",
    "คือ",
    "เป็น",
    "ให้",
    "ไป",
    "มา",
    "ระหว่าง",
    "ท่ามกลาง",
    "ภายใน",
    "พร้อม",
    "เพราะ",
    # "after" opening what the clause follows ("...ตามเวลาประเทศไทย หลังทางการสั่ง
    # อพยพ..."); "หลังจากนั้น" (after that) opens the next happening
    "หลัง",
)
THAI_NEXT_HAPPENING = ("หลังจากนั้น",)


# "at 10 a.m. Tuesday", "8 p.m. Eastern time", "9 a.m. GMT": after a clock
# time's "a.m." / "p.m." these words go on with the sentence (an all-caps
# time zone does too).
CLOCK_ABBREVIATIONS = ("a.m", "p.m", "A.M", "P.M")
AFTER_CLOCK_WORDS = {
    "en": [
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
        "Jan",
        "Feb",
        "Aug",
        "Sept",
        "Oct",
        "Nov",
        "Dec",
        "Eastern",
        "Central",
        "Mountain",
        "Pacific",
        "Atlantic",
        "Greenwich",
        "British",
    ],
}
_TIME_ZONE = re.compile(r"[A-Z]{2,5}\b")

# A wire dateline's credit after the place: "PORT ALDEN, Fla. (AP) — ...",
# "SAN JOSÉ, Calif. (Reuters) - ...": the period of the place's abbreviation
# does not end a sentence there.
_WIRE_CREDIT_AFTER = re.compile(r"\s+\([^()\n]{1,40}\)\s*\.?\s*[-–—]")


# A quotation of several sentences ("« Nous sommes prêts. Le 3 mars, nous
# manifesterons », a déclaré ...") is one sentence with what frames it: a
# sentence end inside an open quotation that closes later on the line is no
# end, so an event never quotes from the middle of a quotation.
QUOTE_MAX_CHARS = 600


# Quotation marks: what each opens, as the closers that may end it. German
# and Dutch open low ("„Wir sind bereit.“", „Wij zijn klaar.”) and German
# also with inward guillemets (»Wir sind bereit.«): "“" closes a low mark's
# quotation and opens one anywhere else; "»" closes "«" and, written
# against the word after it, opens a German one.
# Dutch and German also open low with a single mark (‚Wij zijn klaar.’,
# ‚Wir sind bereit.‘): closed by ‘ or ’, which open nothing themselves --
# ’ is mostly an apostrophe, and one between two letters (auto’s, zo’n)
# closes nothing.
_QUOTE_CLOSERS = {"„": "“”", "“": "”", "«": "»", "»": "«", "‚": "‘’"}
_QUOTE_MARKS = re.compile("[„“”«»‚‘’]")
_SINGLE_CLOSERS = "‘’"


def _apostrophe(seg: str, i: int) -> bool:
    """Is the single mark at ``i`` written between two letters (auto’s)?"""
    return 0 < i < len(seg) - 1 and seg[i - 1].isalpha() and seg[i + 1].isalpha()


def _open_quotation(seg: str) -> str:
    """The closers of the innermost quotation left open in ``seg``, or ""."""
    stack: list[str] = []
    for mark in _QUOTE_MARKS.finditer(seg):  # the marks alone: long lines stay cheap
        i, ch = mark.start(), mark.group()
        if ch in _SINGLE_CLOSERS and _apostrophe(seg, i):
            continue
        if ch == "‚" and i > 0 and seg[i - 1].isalnum():
            continue  # a comma typed as a low mark (1‚5 miljoen) opens nothing
        if stack and ch in stack[-1]:
            stack.pop()
        elif ch == "»" and not (i + 1 < len(seg) and seg[i + 1].isalnum()):
            continue  # a French closer without its opener: no quotation
        elif ch in _QUOTE_CLOSERS:
            stack.append(_QUOTE_CLOSERS[ch])
    return stack[-1] if stack else ""


def _inside_quotation(text: str, s: int, e: int, b: int) -> bool:
    """Is position ``e`` inside a quotation opened since ``s`` and closed
    before ``b`` (within QUOTE_MAX_CHARS)?"""
    seg = text[s:e]
    # the marks of the last QUOTE_MAX_CHARS only: a quotation is held whole
    # up to that length, and a long run of marks that never lets a sentence
    # end is read once per candidate end -- quadratic without the bound
    closers = _open_quotation(text[max(s, e - QUOTE_MAX_CHARS) : e])
    straight = seg.count('"') % 2 == 1
    if not closers and not straight:
        return False
    rest = text[e : min(b, e + QUOTE_MAX_CHARS)]
    if closers == _SINGLE_CLOSERS:
        return any(
            m.group() in closers and not _apostrophe(text, m.start())
            for m in _QUOTE_MARKS.finditer(text, e, e + len(rest))
        )
    if closers:
        return any(c in rest for c in closers)
    return '"' in rest


def _ordinal_day_before_month(word: str, text: str, at: int, b: int, lang: str) -> bool:
    """'am 30. August', '3. května': a day written as an ordinal number with a
    period, then a month name, is one date, not a sentence end."""
    if not (word.isdigit() and len(word) <= 2):
        return False
    nxt = re.match(r"\s+(\w+)", text[at : min(b, at + 24)])
    names = cldr_month_names(lang) if nxt else None
    return bool(names and nxt.group(1).lower() in names)


def _initial(word: str, lang: str) -> bool:
    """A single letter before a period is a name's initial ("John F. Kennedy"),
    except a Vietnamese letter with a mark, which is a word ("châu Á." = Asia)."""
    return len(word) == 1 and word.isalpha() and (lang != "vi" or word.isascii())


# Capitalised words that open a sentence rather than continue a name.
SENTENCE_OPENERS = frozenset(
    "The A An He She It They We I You This That These Those There In On At By For "
    "From With But And Or So Yet Its His Her Their Our My Meanwhile However After "
    "Before When While As If Since Although Last Next Earlier Later Then Now".split()
)


def _names_next(text: str, e: int, b: int) -> bool:
    """The word after position ``e`` is capitalised and no sentence opener:
    the surname after initials."""
    m = re.match(r"\s+([A-Z][\w'’-]*)", text[e:b])
    return m is not None and m.group(1) not in SENTENCE_OPENERS


def _dotted_name_before(text: str, a: int, at: int) -> bool:
    """The word before the stop at ``at`` is part of a web address, an e-mail
    or a dotted name ("www.elpais", "cubadebate.cu/Noticias"), not a sentence's
    last word."""
    i = at
    while i > a and (text[i - 1].isalnum() or text[i - 1] in "-_"):
        i -= 1
    return i > a and text[i - 1] in "./@:\\#"


def _latin(
    text: str, a: int, b: int, lang: str, dates: list[tuple[int, int]] | None = None
) -> list[tuple[int, int]]:
    abbr = tuple(ABBREVIATIONS.get(lang.split("-")[0], []))
    out = []
    s = a
    inside = [(x, y) for x, y in dates or () if a <= x < b]
    for mt in _LATIN_END.finditer(text, a, b):
        if mt.group("glued") is not None:
            if _dotted_name_before(text, a, mt.start()):
                continue
        elif mt.group("next").islower():
            continue  # "approx. three", "i.e. the": the sentence goes on
        if any(x < mt.end() < y for x, y in inside):
            continue  # "Am 12. Bis 13. September": a date is never split
        word = re.search(r"([\w.-]+)\.+$", text[max(a, mt.start() - 12) : mt.start() + 1])
        if (
            mt.group(0).startswith(".")
            and word
            and (
                word.group(1) in abbr
                or _initial(word.group(1), lang)
                # a name's initials before the name ("J.D. Smith"), not an
                # abbreviation ending a sentence ("... in the U.K. The ...")
                or (
                    re.fullmatch(r"[A-Z](?:\.[A-Z])+", word.group(1)) is not None
                    and _names_next(text, mt.end(), b)
                )
            )
        ):
            continue
        if mt.group(0) == "." and _WIRE_CREDIT_AFTER.match(text, mt.end(), b):
            continue
        if (
            mt.group(0) == "."
            and word
            and _ordinal_day_before_month(word.group(1), text, mt.end(), b, lang)
        ):
            continue
        if _inside_quotation(text, s, mt.end(), b):
            continue
        if mt.group(0) == "." and word and word.group(1) in CLOCK_ABBREVIATIONS:
            nxt = re.match(r"\s+([\w.]+)", text[mt.end() : b])
            if nxt and (
                nxt.group(1).rstrip(".") in AFTER_CLOCK_WORDS.get(lang, ())
                or _TIME_ZONE.fullmatch(nxt.group(1))
            ):
                continue
        out.append((s, mt.end()))
        s = mt.end()
    out.append((s, b))
    return out


_ZH_OPEN, _ZH_CLOSE = "“「『", "”」』"


def _inside_zh_quotation(text: str, s: int, e: int, b: int) -> bool:
    """Is position ``e`` inside a Chinese quotation (“…” 「…」 『…』) opened
    since ``s`` and closed before ``b`` (within QUOTE_MAX_CHARS)?"""
    seg = text[s:e]
    opened = sum(seg.count(c) for c in _ZH_OPEN) - sum(seg.count(c) for c in _ZH_CLOSE)
    if opened <= 0:
        return False
    rest = text[e : min(b, e + QUOTE_MAX_CHARS)]
    return any(c in rest for c in _ZH_CLOSE)


def _chinese(text: str, a: int, b: int) -> list[tuple[int, int]]:
    out = []
    s = a
    for mt in _ZH_END.finditer(text, a, b):
        if _inside_zh_quotation(text, s, mt.end(), b):
            continue  # a quotation of several sentences is one with its frame
        out.append((s, mt.end()))
        s = mt.end()
    out.append((s, b))
    return out


# Person titles and ranks written against a given name ("นายสมชาย ใจดี",
# "พล.อ.ประยุทธ์ จันทร์โอชา"): the chunk after such a chunk is the surname.
_TH_TITLE = re.compile(r"(?:นางสาว|นาย|นาง|ดร\.|(?:[\u0E01-\u0E2E]{1,3}\.){1,4})")
# A short chunk (an apposition, a surname, "ประเทศลาว") with no verb belongs
# to the sentence before it.
THAI_SHORT_CHUNK = 30
_TH_VERB_TAGS = ("VACT", "VSTA", "XVBM", "XVAM", "XVMM", "XVBB", "XVAE")
# A chunk that ends with a conjunction, preposition or relative ("... ว่า")
# leaves its sentence open.
_TH_OPEN_TAGS = ("JSBR", "JCRG", "JCMP", "RPRE", "PREL")


@functools.lru_cache(maxsize=8192)
def _thai_tagged(chunk: str) -> tuple[tuple[str, str], ...]:
    """A chunk's Thai words with their ORCHID part-of-speech tags (pythainlp's
    perceptron); () when the tagger is not there."""
    try:
        from ..wordseg import thai_words
        from .thai_pos import orchid_tags

        words = [w for w in thai_words(chunk) if re.match(r"[\u0E00-\u0E7F]", w)]
        return tuple(zip(words, orchid_tags(words), strict=True))
    except Exception:  # noqa: BLE001 - no tags: fall back to the space rule
        return ()


# "ผู้" opens a noun of who does something ("ผู้ร่วมก่อตั้ง" co-founder,
# "ผู้อำนวยการ" director): after a person's name, an apposition
_AGENT_PREFIX = "ผู้"


def _thai_tags(chunk: str) -> tuple[str, ...]:
    return tuple(t for _, t in _thai_tagged(chunk))


def _thai_titled(chunk: str) -> bool:
    """The chunk ends with a title or rank and a given name ("ให้นายเศรษฐา",
    "พล.อ.ประยุทธ์"), not with a word that starts like one ("นายกรัฐมนตรี")."""
    from ..wordseg import thai_dictionary, thai_words

    m = _TH_TITLE.match(chunk)
    if m and 0 < len(chunk) - m.end() <= THAI_SHORT_CHUNK:
        first = thai_words(chunk)[0]
        if not (len(first) > m.end() and first in thai_dictionary()):
            return True
    toks = thai_words(chunk)
    for k in range(len(toks) - 1, 0, -1):
        if toks[k] in ("นาย", "นาง", "นางสาว"):
            return 0 < sum(map(len, toks[k + 1 :])) <= THAI_SHORT_CHUNK
    return False


# A name after its title runs over a few short chunks: given names, a
# family name, a transliterated name's syllables ("นายเล ก๊วก บ๋าว").
THAI_NAME_CHUNKS = 3
THAI_NAME_CHUNK = 15


def _ends_with_titled_name(left: list[str]) -> bool:
    """``left`` ends with a title and a name, its last chunks short after
    the titled one ("... จับกุมนายเล", "ก๊วก", "บ๋าว"). (Not tagged: the
    tagger reads a transliterated name's syllables as words, "โคลด" as
    "โค" + "ลด", to reduce.)"""
    for k in range(len(left) - 1, max(-1, len(left) - 1 - THAI_NAME_CHUNKS), -1):
        if _thai_titled(left[k]):
            return True
        if len(left[k]) > THAI_NAME_CHUNK or not _THAI_LETTER.match(left[k]):
            return False
    return False


def _has_verb(chunks: list[str]) -> bool:
    return any(t in _TH_VERB_TAGS for c in chunks for t in _thai_tags(c))


def _titled_subject(left: list[str]) -> bool:
    """``left`` ends with a subject still waiting for its verb: a chunk
    opening with a title and a name (its surname in a short chunk or two), then one chunk that opens
    with a noun, the office that says who they are ("นายสมหมาย ทองดี
    ผู้ว่าราชการจังหวัดน่าน", then "ประกาศ..."), with no verb before the
    name. (The tagger may read a verb into the office, "กระทรวง" as one:
    the office is no predicate all the same.)"""
    if len(left) < 2:
        return False
    office = _thai_tags(left[-1])
    if not office or not office[0].startswith("N"):
        return False
    for k in range(len(left) - 2, max(-1, len(left) - 2 - THAI_NAME_CHUNKS), -1):
        if _thai_titled(left[k]):
            # the chunk opens with the title: a verb glued before it
            # ("ตำรวจจับกุมนาย...", police arrested Mr ...) made the name its object
            # ("เมื่อวันที่ 3 มี.ค. นาย...": a few chunks of time or place may
            # come first; a name further in is no subject waiting, and the
            # bound keeps the check from rereading a long sentence per space)
            return (
                k <= THAI_CLAUSE_CHUNKS
                and bool(_TH_TITLE.match(left[k]))
                and not _has_verb(left[:k])
            )
        if len(left[k]) > THAI_NAME_CHUNK or not _THAI_LETTER.match(left[k]):
            return False
    return False


# Tags of a verb that states an action (all of _TH_VERB_TAGS but the stative
# VSTA, which the tagger also gives adjectives: "รายใหญ่" large, "ใหม่" new).
_TH_ACTION_TAGS = tuple(t for t in _TH_VERB_TAGS if t != "VSTA")


def _subject_with_apposition(left: list[str]) -> bool:
    """``left`` is a subject still waiting for its verb: a few chunks naming it
    (a company, a union, a bank: no title to go by) with no verb, then one
    chunk opening with the agent noun "ผู้" that says what it is ("บริษัท
    ลานนาซีเมนต์ ผู้ผลิตปูนซีเมนต์รายใหญ่จากภาคเหนือ", then "ยื่นข้อเสนอ..."). An
    adjective in the apposition may be tagged as a stative verb ("รายใหญ่"):
    only an action verb makes it a clause ("ผู้ชุมนุมบุกเข้ายึด..."). Bounded, as a
    subject is a few chunks: the check never rereads a long sentence."""
    if not (2 <= len(left) <= THAI_CLAUSE_CHUNKS + 1) or not left[-1].startswith(_AGENT_PREFIX):
        return False
    tagged = _thai_tagged(left[-1])
    # "ผู้" cut off its verb by the segmenter ("ผู้" + "ให้" + "ทุน", a funder):
    # that verb is the agent noun's own
    tags = [t for _, t in (tagged[2:] if tagged and tagged[0][0] == _AGENT_PREFIX else tagged)]
    if any(t in _TH_ACTION_TAGS for t in tags):
        return False
    return not _has_verb(left[:-1])


def _thai_continues(left: list[str], right: str, said_verb: bool) -> bool:
    """Whether the chunk ``right`` after a space continues the sentence whose
    space-separated chunks so far are ``left``; ``said_verb``: a verb since
    the last chunk ending "... ว่า" (what was said so far; all of ``left``
    when none does), kept by the caller as chunks come."""
    if (
        right.startswith(THAI_CONTINUATIONS) and not right.startswith(THAI_NEXT_HAPPENING)
    ) or _thai_titled(left[-1]):
        return True
    if right.startswith(_AGENT_PREFIX) and _ends_with_titled_name(left):
        return True  # "นายจอห์น ปีเตอร์ สมิธ ผู้ร่วมเดินทาง...": who he is
    if _titled_subject(left):
        return True  # the name and office, then what they did
    if _subject_with_apposition(left):
        return True  # "บริษัท ... ผู้ผลิต...รายใหญ่" (who it is), then what it did
    rtags, ltags = _thai_tags(right), _thai_tags(left[-1])
    if not rtags:
        return False
    if rtags[0] in _TH_VERB_TAGS or (ltags and ltags[-1] in _TH_OPEN_TAGS):
        return True  # a predicate after a long subject; "... ว่า" + what was said
    if not said_verb:
        return True  # nothing stated yet (since "... ว่า"): no sentence to end
    verbless = not any(t in _TH_VERB_TAGS for t in rtags)
    return verbless and len(right) <= THAI_SHORT_CHUNK and not rtags[0].startswith("J")


# The first word of a chunk that cannot open a clause of its own: a verb or
# auxiliary (the predicate of what came before), a conjunction, preposition,
# relative, adverb, classifier, negation or a determiner ("นี้", "ทุก").
_TH_NO_SUBJECT_TAGS = ("V", "X", "J", "R", "PREL", "ADV", "C", "NEG", "DD", "DI", "DC", "E")
# How far after a date the verb of a new clause may come: its subject may be
# written in several chunks ("นายสมหมาย ทองดี ผู้ว่าราชการจังหวัด กล่าวว่า").
THAI_CLAUSE_CHUNKS = 4


def _thai_verb(chunk: str) -> bool:
    """The chunk holds a verb; a verb of saying fused with its "ว่า"
    ("กล่าวว่า", "มองว่า") is tagged as a conjunction or a noun, so its head
    is tagged alone."""
    for w, t in _thai_tagged(chunk):
        if t in _TH_VERB_TAGS:
            return True
        if len(w) > 3 and w.endswith("ว่า"):
            head = _thai_tags(w[:-3])
            if head and head[-1] in _TH_VERB_TAGS:
                return True
    return False


# Words that close a verb of saying and open what was said ("รายงานว่า").
THAI_COMPLEMENTIZERS = ("ว่า",)


def _thai_opens(chunk: str) -> bool:
    """The chunk ends with a verb of saying's "ว่า": what follows is what
    was said (a preposition before a date, "เมื่อ 3 ก.พ.", is not)."""
    return chunk.endswith(THAI_COMPLEMENTIZERS)


# A clock named right after a date ("ตามเวลาประเทศไทย", "เวลาท้องถิ่น"): the
# date's, never the subject of a new clause (the tagger reads it as a noun)
_THAI_CLOCK = re.compile(r"(?:" + NAMED_CLOCK + r"|(?:ตาม)?เวลาท้องถิ่น)")


def _thai_new_clause(chunks: list[str], any_verb: bool, said_verb: bool) -> bool:
    """After a date that closes a statement: whether ``chunks`` (the first
    THAI_CLAUSE_CHUNKS after it) open a new clause, a subject then its verb
    (not a time, a place, a consequence or "นี้" that still belong to the
    statement). ``any_verb`` / ``said_verb``: the statement so far has a
    verb / one since its last "... ว่า"."""
    if not chunks or not any_verb:
        return False
    # "ผู้สื่อข่าวรายงานว่า เมื่อวันที่ 10 ก.ค. 67 นายสมชาย ... แถลงว่า": the
    # date opens what was said after "ว่า"; with no verb since, nothing is
    # stated yet, and the clause after the date is its statement
    if not said_verb:
        return False
    if _THAI_CLOCK.match(chunks[0]):
        return False  # "๑๓ มี.ค. ตามเวลาประเทศไทย": the clock the date is told on
    tags = _thai_tags(chunks[0])
    if not tags or tags[0].startswith(_TH_NO_SUBJECT_TAGS):
        return False
    for k, c in enumerate(chunks):
        if k and c.startswith(THAI_CONTINUATIONS):
            return False  # "เวลา 10.00 น. ที่ ..." still describes the date
        if _thai_verb(c):
            return True
    return False


def _thai_dates(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """Spans of the date expressions of text[a:b], by the date engine."""
    try:
        from ..dates.engine import find_dates

        return [(a + c.start, a + c.end) for c in find_dates(text[a:b], "th").cands or ()]
    except Exception:  # noqa: BLE001 - no dates found: the space rule alone
        return []


# Spaces before a Thai letter: where a Thai sentence may end.
_THAI_SPACE = re.compile(r"[ \t]+(?=[\u0E00-\u0E7F])")
_CHUNK = re.compile(r"\S+")


def _thai(
    text: str,
    a: int,
    b: int,
    dates: list[tuple[int, int]] | None = None,
    until: int | None = None,
) -> list[tuple[int, int]]:
    """Sentence spans of the Thai line text[a:b]. ``until``: no sentence
    after the one holding that offset is wanted -- the walk stops there
    (each end depends only on what came before it, so the spans it gives
    are those of the whole walk)."""
    out = []
    s = a
    dates = _thai_dates(text, a, b) if dates is None else [d for d in dates if a <= d[0] < b]
    date_ends = {e for _, e in dates}
    # The sentence's chunks so far and whether they hold a verb (at all;
    # since the last "... ว่า"), grown as the spaces come: rereading the
    # sentence at every space was quadratic on a long line with few ends
    # (112k characters of Thai nouns: 95 s).
    left: list[str] = []
    read_to = s
    any_verb = said_verb = False
    for mt in _THAI_SPACE.finditer(text, a, b):
        g, after = mt.start(), mt.end()
        if g - s < THAI_MIN_SENTENCE:
            continue
        after_date = g in date_ends
        # a space between Thai letters, or right after a date ("2568 ", "ก.พ. ");
        # never one inside a date ("12 มีนาคม พ.ศ. 2568")
        if not (after_date or _THAI_LETTER.match(text[g - 1])):
            continue
        if any(ds < g < de for ds, de in dates):
            continue
        for c in text[read_to:g].split():
            left.append(c)
            verb = _has_verb([c])
            any_verb = any_verb or verb
            said_verb = False if _thai_opens(c) else said_verb or verb
        read_to = g
        if after_date:
            chunks = [
                m.group()
                for m in itertools.islice(_CHUNK.finditer(text, after, b), THAI_CLAUSE_CHUNKS)
            ]
            ends = _thai_new_clause(chunks, any_verb, said_verb)
        else:
            ends = not _thai_continues(left, _CHUNK.match(text, after, b).group(), said_verb)
        if ends:
            out.append((s, g))
            if until is not None and after > until:
                return out  # every wanted offset lies in a sentence closed so far
            s = read_to = after
            left = []
            any_verb = said_verb = False
    out.append((s, b))
    return out


def split_sentences(
    text: str,
    start: int = 0,
    end: int | None = None,
    lang: str | None = None,
    dates: list[tuple[int, int]] | None = None,
    need: list[int] | None = None,
) -> list[tuple[int, int]]:
    """Sentence spans of text[start:end], whitespace trimmed, none empty.
    ``dates``: the (start, end) spans of the text's date expressions when
    already known (Thai sentences never end inside one and may end after
    one); None: found here. ``need``: the offsets whose sentences the caller
    reads, when it reads no others (the events read the sentences of
    dates): only the lines holding one are split, a Thai line no further
    than the sentence of the last -- the spans holding them are the same,
    the Thai part-of-speech tagging of the rest is saved; None: all."""
    end = len(text) if end is None else min(end, len(text))
    spans: list[tuple[int, int]] = []
    wanted = sorted(need) if need is not None else None
    for line in _LINE.finditer(text, start, end):
        a, b = line.start(), line.end()
        until = None
        if wanted is not None:
            # a sentence never runs over a line's end: lines without a
            # wanted offset are no caller's
            k = bisect.bisect_right(wanted, b - 1)
            if k == 0 or wanted[k - 1] < a:
                continue
            until = wanted[k - 1]
        if re.search(r"[\u0E00-\u0E7F]", text[a:b]) and lang in (None, "th"):
            parts = _thai(text, a, b, dates, until)
        elif lang == "zh" or (lang is None and re.search(r"[\u4E00-\u9FFF]{4}", text[a:b])):
            parts = _chinese(text, a, b)
        else:
            parts = _latin(text, a, b, lang or "en", dates)
        for s, e in parts:
            while s < e and text[s].isspace():
                s += 1
            while e > s and text[e - 1].isspace():
                e -= 1
            if e > s:
                spans.append((s, e))
    return spans
