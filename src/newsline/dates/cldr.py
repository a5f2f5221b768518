"""Explicit dates in languages without date tables of their own.

German, Portuguese, Italian, Indonesian, Russian, Dutch, Polish, Turkish...
news is read too; newsline has no cue words for them, but CLDR (through
babel) knows every such language's month names and its numeric date order.
That is enough for the dates a page writes out -- "29. August 2024",
"3 de março de 2024", "15 апреля", "12.03.2023", "März 2024", "3.–5. Mai"
-- which give an event its day; and the words for the days around now
("gestern", "hoje", "вчера", "내일"), which CLDR's relative day fields give
(through dateparser's locale data). Other relative and year-only
expressions ("im vergangenen Jahr", "2019") stay unread: without a
language's own words a bare year cannot be told from a count, and a wrong
date is worse than none; a few languages have those words
(T.YEAR_CUES_CLDR: "Em 2023", "Nel 2023", "Im Jahr 2023", "Pada 2023").

Only languages whose month names are letters are read here (Japanese and
Korean write "1月"/"1월", which the Chinese table already reads by script).
"""

from __future__ import annotations

import functools
import re
import unicodedata

from . import tables as T

_DAY = r"(?P<d>3[01]|[12]\d|0?[1-9])"
_DAY2 = r"(?P<d2>3[01]|[12]\d|0?[1-9])"
_YEAR = r"(?P<y>1[89]\d\d|2[01]\d\d)"
_HANGUL = "\uac00-\ud7a3"


def _particle_after(lang: str) -> str:
    """A particle of T.PARTICLES_AFTER written onto the word before it and
    ending it ("오늘부터", "3월 5일에": no other syllable follows), as a
    pattern; "" for a language that writes none."""
    particles = "|".join(T.PARTICLES_AFTER.get(lang, ()))
    return r"(?:" + particles + r")(?![" + _HANGUL + r"])" if particles else ""


@functools.cache
def link_words(lang: str) -> str:
    """A regex for the words CLDR's long date formats put between day, month
    and year ("d 'de' MMMM 'de' y" -> "de"), optional; "" when none."""
    try:
        from babel.dates import get_date_format

        words = {
            w.lower()
            for width in ("long", "full", "medium")
            for w in re.findall(r"'([^']+)'", get_date_format(width, locale=lang).pattern)
            if w.isalpha()
        }
    except Exception:  # noqa: BLE001
        return ""
    if not words:
        return ""
    return r"(?:\s+(?:" + "|".join(re.escape(w) for w in sorted(words)) + "))?"


# Latin letters without their accents, as the date tables fold them.
_strip_accents = T._strip_accents


# Letters Arabic-script languages write in two forms: yeh (Arabic "ي", Persian
# "ی", final "ى") and kaf (Arabic "ك", Persian "ک"). CLDR's data spells a
# word one way ("ديروز"), the page often the other ("دیروز", yesterday): a
# word is looked up in one form (_canon_letters) and matched in either
# (_letters_re).
_LETTER_FORMS = {"ي": "يیى", "ی": "يیى", "ى": "يیى", "ك": "كک", "ک": "كک"}
_CANON_LETTERS = str.maketrans({"ی": "ي", "ى": "ي", "ک": "ك"})


def _canon_letters(w: str) -> str:
    return w.translate(_CANON_LETTERS)


def _letter_forms_in(rx: str) -> str:
    """The pattern ``rx`` matching either form of its yeh and kaf."""
    return "".join(f"[{_LETTER_FORMS[ch]}]" if ch in _LETTER_FORMS else ch for ch in rx)


def _letters_re(w: str) -> str:
    return "".join(f"[{_LETTER_FORMS[ch]}]" if ch in _LETTER_FORMS else re.escape(ch) for ch in w)


def _is_word(w: str) -> bool:
    """Letters and the marks written on them (Hindi, Persian), no digits."""
    return bool(w) and all(unicodedata.category(c)[0] in "LM" for c in w)


def _latin(w: str) -> bool:
    return all(ord(c) < 0x250 for c in _strip_accents(w))


def month_names(lang: str) -> dict[str, int] | None:
    """Lower-cased month names of ``lang`` (wide and abbreviated, in running
    text and alone; Latin ones with and without accents) -> month; None when
    the language has tables of its own, when CLDR does not know it or when
    it writes its months with digits (see :func:`numeric_month_suffix`)."""
    if not lang or lang in T.LANGS:
        return None
    return cldr_month_names(lang)


@functools.cache
def cldr_month_names(lang: str) -> dict[str, int] | None:
    """:func:`month_names` for any language CLDR knows, tables or not."""
    if not lang:
        return None
    try:
        names: dict[str, int] = {}
        for width in ("wide", "abbreviated"):
            for context in ("format", "stand-alone"):
                for month, name in T.cldr_months(width, context, lang).items():
                    word = name.strip().rstrip(".").lower()
                    # Latin abbreviations of two letters collide with words ("ma")
                    if len(word) < (3 if _latin(word) else 2) or not _is_word(word):
                        continue
                    names.setdefault(word, month)
                    if _latin(word):
                        names.setdefault(_strip_accents(word), month)
    except Exception:  # noqa: BLE001 - babel raises several kinds for an unknown locale
        return None
    # A table whose names are not letters (or mostly missing) is not one to read.
    if len(set(names.values())) < 12:
        return None
    return names


@functools.cache
def numeric_month_suffix(lang: str) -> str | None:
    """The word after a month's number where CLDR writes months as numbers
    ("8월" in Korean -> "월"); None for languages that name their months."""
    if not lang or lang in T.LANGS:
        return None
    try:
        from babel.dates import get_month_names

        wide = get_month_names("wide", "format", locale=lang)
    except Exception:  # noqa: BLE001
        return None
    suffixes = {name[len(str(m)) :] for m, name in wide.items() if name.startswith(str(m))}
    if len(wide) != 12 or len(suffixes) != 1:
        return None
    (sfx,) = suffixes
    return sfx if _is_word(sfx) else None


def _format_regex(pattern: str, mon: str, yearless: bool) -> str | None:
    """CLDR's date format ``pattern`` ("y년 MMMM d일", "d. MMMM y", "y. MMMM d.")
    as a regex; ``yearless`` drops the year and the words that go with it.
    None for a format with a field this reader does not know."""
    tokens: list[tuple[str, str]] = []  # ("field", "MMMM") | ("lit", text)
    i = 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "'":
            j = pattern.find("'", i + 1)
            j = len(pattern) if j < 0 else j
            tokens.append(("lit", pattern[i + 1 : j] or "'"))
            i = j + 1
        elif ch.isascii() and ch.isalpha():
            j = i
            while j < len(pattern) and pattern[j] == ch:
                j += 1
            tokens.append(("field", pattern[i:j]))
            i = j
        else:
            tokens.append(("lit", ch))
            i += 1
    fields = [k for k, (kind, _) in enumerate(tokens) if kind == "field"]
    if yearless:
        ys = [k for k in fields if tokens[k][1][0] in "yu"]
        if len(ys) != 1:
            return None
        y = ys[0]
        others = [k for k in fields if k != y]
        if not others:
            return None
        if y < others[0]:
            tokens = tokens[others[0] :]  # the year and what follows it up to the next field
        elif y > others[-1]:
            tokens = tokens[: others[-1] + 1]  # what precedes the year, and the year
        else:
            return None
    out = []
    for kind, tok in tokens:
        if kind == "lit":
            for ch in tok:
                if ch.isspace():
                    out.append(r"\s*")
                elif ch in ".,":
                    out.append(re.escape(ch) + "?")
                else:
                    out.append(re.escape(ch))
            continue
        f = tok[0]
        if f == "d":
            out.append(_DAY)
        elif f in "ML" and len(tok) >= 3:
            out.append(mon)
        elif f in "ML":
            out.append(r"(?P<m>1[0-2]|0?[1-9])")
        elif f in "yu":
            out.append(_YEAR)
        else:
            return None  # weekday, era...: not a format to read
    rx = "".join(out)
    # a trailing optional period belongs to the sentence
    while rx.endswith((r"\.?", r"\s*")):
        rx = rx[:-3]
    return rx


@functools.cache
def numeric_order(lang: str) -> str:
    """'dmy', 'mdy' or 'ymd', from CLDR's short date format of ``lang``."""
    try:
        from babel.dates import get_date_format

        pattern = get_date_format("short", locale=lang).pattern
    except Exception:  # noqa: BLE001
        return "dmy"
    seen = [c for c in pattern if c in "dMy"]
    order = "".join(dict.fromkeys(c.lower() for c in seen))
    return order if order in ("dmy", "mdy", "ymd") else "dmy"


@functools.cache
def patterns(lang: str) -> tuple[re.Pattern, ...] | None:
    """Compiled date patterns for ``lang`` (None: no table for it)."""
    names = month_names(lang)
    sfx = numeric_month_suffix(lang) if names is None else None
    if names is None and sfx is None:
        return None
    if names is not None:
        mon = (
            "(?P<mon>"
            + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
            + r")\.?"
        )
    else:
        mon = r"(?P<m>1[0-2]|0?[1-9])" + re.escape(sfx)
    # not inside a longer number ("10.1.1.2024", "10-29"); a hyphen after a
    # letter is a prefix's ("ב-29 באוגוסט")
    edge_l, edge_r = r"(?<![\w.,/])(?<![\d.,/]-)", r"(?![\w]|[.,]\d)"
    link = link_words(lang)
    words = T.CLDR_RANGE_SEP.get(lang, [])
    sep = r"(?:[-–]" + "".join(rf"|(?<=\s){w}(?=\s)" for w in words) + ")"
    # the language's own long date format, with and without its year
    # ("y년 MMMM d일" -> "2024년 8월 29일", "8월 29일")
    formats = []
    try:
        from babel.dates import get_date_format

        long_format = get_date_format("long", locale=lang).pattern
    except Exception:  # noqa: BLE001
        long_format = ""
    for yearless in (False, True):
        rx = _format_regex(long_format, mon, yearless) if long_format else None
        if rx:
            formats.append(rx)
    order = numeric_order(lang)
    num = {
        "dmy": r"(?P<d>3[01]|[12]\d|0?[1-9])(?P<s>[./-])(?P<m>1[0-2]|0?[1-9])(?P=s)(?P<y>(?:19|20)\d\d)",
        "mdy": r"(?P<m>1[0-2]|0?[1-9])(?P<s>[./-])(?P<d>3[01]|[12]\d|0?[1-9])(?P=s)(?P<y>(?:19|20)\d\d)",
        "ymd": r"(?P<y>(?:19|20)\d\d)(?P<s>[./-])(?P<m>1[0-2]|0?[1-9])(?P=s)(?P<d>3[01]|[12]\d|0?[1-9])",
    }[order]
    # a particle written onto the date ("3월 5일에", "3월 3일부터") ends it as a space would
    particle = _particle_after(lang)
    if particle:
        edge_r = r"(?:(?=" + particle + r")|" + edge_r + ")"
    if names is None:
        # days of one month ("3월 3일부터 5일까지", "3월 3일~5일"): the long
        # format's day with a range word (CLDR_RANGE_SEP, or a dash or tilde)
        # and a second day, the month repeated or not, and a closing word
        # (RANGE_CLOSE) kept inside; or of two months ("3월 30일부터 4월
        # 2일까지", "3월 30일~4월 2일"), the second month written before its day
        ranges = []
        day_sfx = re.search(r"d+'?([^\s'.,dMLy]+)", long_format)
        if day_sfx and sfx:
            seps = [re.escape(w) for w in T.CLDR_RANGE_SEP.get(lang, [])] + ["[-–~]"]
            close = "|".join(re.escape(w) for w in T.RANGE_CLOSE.get(lang, []))
            for f in formats:
                ranges.append(
                    f
                    + r"\s*(?:"
                    + "|".join(seps)
                    + r")\s*(?:(?:(?P=m)|(?P<m2>1[0-2]|0?[1-9]))"
                    + re.escape(sfx)
                    + r"\s*)?"
                    + _DAY2
                    + re.escape(day_sfx.group(1))
                    + (f"(?:{close})?" if close else "")
                )
        # a numeric date ("입력 2025.03.13 14:05", "2025-03-13") as well: the
        # stamps and datelines of Korean news write it so
        return tuple(
            re.compile(edge_l + p + edge_r, re.IGNORECASE) for p in [*ranges, *formats, num]
        )
    out = formats + [
        # "3.–5. Mai 2024", "3-5 de maio", "de 3 a 5 de março", "vom 3. bis 5.
        # Mai": days of one month
        rf"{_DAY}\.?\s*{sep}\s*{_DAY2}\.?{link}\s+{mon}(?:,?{link}\s+{_YEAR})?",
    ]
    if and_words := T.CLDR_DAY_AND.get(lang):
        # "am 3. und 4. Mai", "nos dias 3 e 4 de maio": two days of the month
        out.append(
            rf"{_DAY}\.?\s+(?P<and>{'|'.join(and_words)})\s+{_DAY2}\.?{link}\s+{mon}"
            rf"(?:,?{link}\s+{_YEAR})?"
        )
    out += [
        # "29. August 2024", "3 de março de 2024", "15 апреля 2024 года", "29 Agustus"
        rf"{_DAY}\.?{link}\s+{mon}(?:,?{link}\s+{_YEAR})?",
        # "August 29, 2024" (month first)
        rf"{mon}\s+{_DAY}(?:st|nd|rd|th)?(?:,\s*{_YEAR})?",
        # "März 2024", "março de 2024": a month of a year (full names only; see below)
        rf"{mon}{link}\s+{_YEAR}",
    ]
    out.append(num)
    return tuple(re.compile(edge_l + p + edge_r, re.IGNORECASE) for p in out)


def full_month(lang: str, word: str) -> bool:
    """True when ``word`` is a month's full name (not an abbreviation) in ``lang``."""
    return word.rstrip(".").lower() in T.full_month_names(lang)


def readable(lang: str) -> bool:
    """True when this module reads ``lang``'s dates (it has no tables of its
    own and CLDR names its months)."""
    return bool(lang) and lang not in T.LANGS and patterns(lang) is not None


def find(norm: str, s0: int, s1: int, lang: str):
    """(start, end, y, m, d, d2, m2) of every explicit date in ``norm[s0:s1]``,
    longest first where they overlap; y and d may be None (year-less, a
    month); d2 ends a range of days, in month m2 when that is another
    (None: the same month)."""
    rxs = patterns(lang)
    if rxs is None:
        return []
    names = month_names(lang) or {}
    found = []
    for i, rx in enumerate(rxs):
        for mt in rx.finditer(norm, s0, s1):
            g = mt.groupdict()
            if g.get("mon"):
                m = names.get(g["mon"].lower()) or names.get(_strip_accents(g["mon"].lower()))
                if m is None:
                    continue
                if g.get("d") is None and not full_month(lang, g["mon"]):
                    continue  # "mar 2024" may be the sea: a month alone is written in full
            else:
                m = int(g["m"])
            d = int(g["d"]) if g.get("d") else None
            d2 = int(g["d2"]) if g.get("d2") else None
            m2 = int(g["m2"]) if g.get("m2") and int(g["m2"]) != m else None
            if d is not None and d2 is not None and d2 <= d and m2 is None:
                continue
            y = int(g["y"]) if g.get("y") else None
            end = mt.end()
            if (
                norm[end - 1] == "."
                and g.get("mon")
                and mt.end("mon") == end - 1
                and full_month(lang, g["mon"])
            ):
                end -= 1  # "am 3. Mai." : the sentence's period, no abbreviation's
            if g.get("and") and d2 != d + 1:
                # "am 3. und 5. Mai": two days, not the span between; the first
                # ends at its number (and its period)
                first_end = mt.end("d") + (norm[mt.end("d")] == ".")
                found.append((mt.start(), first_end, y, m, d, None, None, i))
                found.append((mt.start("d2"), end, y, m, d2, None, None, i))
                continue
            found.append((mt.start(), end, y, m, d, d2, m2, i))
    found.sort(key=lambda t: (t[0], -(t[1] - t[0]), t[7]))
    out, last_end = [], -1
    for start, end, y, m, d, d2, m2, _ in found:
        if start < last_end:
            continue
        out.append((start, end, y, m, d, d2, m2))
        last_end = end
    return out


@functools.cache
def weekday_names(lang: str) -> dict[str, int] | None:
    """Lower-cased full weekday names of ``lang`` (Latin ones also without
    accents) -> 0 (Monday) .. 6; None when CLDR does not know them."""
    try:
        from babel.dates import get_day_names

        names: dict[str, int] = {}
        for context in ("format", "stand-alone"):
            for wd, name in get_day_names("wide", context, locale=lang).items():
                word = name.strip().lower()
                if len(word) >= 3 and all(_is_word(p) for p in re.split(r"[-\s]", word)):
                    names.setdefault(word, wd)
                    if _latin(word):
                        names.setdefault(_strip_accents(word), wd)
    except Exception:  # noqa: BLE001 - babel raises several kinds for an unknown locale
        return None
    return names if len(set(names.values())) == 7 else None


@functools.cache
def _weekday_day_re(lang: str) -> re.Pattern[str] | None:
    names = weekday_names(lang)
    if not names:
        return None
    wd = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    first, second = ("m", "d") if numeric_order(lang) == "mdy" else ("d", "m")
    part = {"d": r"(?P<d>3[01]|[12]\d|0?[1-9])", "m": r"(?P<m>1[0-2]|0?[1-9])"}
    return re.compile(
        r"(?<![\w-])(?P<wd>"
        + wd
        + r"),?\s*\(\s*"
        + part[first]
        + r"(?:\s*[./-]\s*"
        + part[second]
        + r")?\.?\s*\)",
        re.IGNORECASE,
    )


def weekday_days(norm: str, s0: int, s1: int, lang: str):
    """(start, end, weekday's end, weekday, m, d) of a weekday with its day, or day and month,
    in brackets, as Indonesian, Brazilian and German news write a recent or
    coming day: "Kamis (6/3)", "nesta terça-feira (11)", "am Freitag (14.3.)"; m is
    None when only the day is written. A bracket with a year ("Senin
    (10/3/2025)") is a full date, read by :func:`find`."""
    rx = _weekday_day_re(lang)
    if rx is None:
        return []
    names = weekday_names(lang) or {}
    out = []
    for mt in rx.finditer(norm, s0, s1):
        w = mt.group("wd").lower()
        wd = names.get(w, names.get(_strip_accents(w)))
        if wd is None:
            continue
        m = int(mt.group("m")) if mt.group("m") else None
        out.append((mt.start(), mt.end(), mt.end("wd"), wd, m, int(mt.group("d"))))
    return out


# The days counted from now ("yesterday" = -1 ... "the day after tomorrow" =
# +2) under the keys of the CLDR-derived locale data dateparser ships
# ("relative-type": "1 day ago": ["gestern"], "in 1 day": ["amanhã"]).
_RELATIVE_DAY_KEYS = (
    ("2 day ago", -2),
    ("1 day ago", -1),
    ("0 day ago", 0),
    ("in 1 day", 1),
    ("in 2 day", 2),
)


def _locale_relative_words(lang: str, keys) -> dict[str, set]:
    """Lower-cased words of dateparser's locale data (CLDR's relative
    fields, which babel leaves out) under ``keys`` ((key, value) pairs) ->
    the values each is given for; {} for the tables' languages and unknown
    locales. Latin words of fewer than three letters are abbreviations that
    collide with other words."""
    if not lang or lang in T.LANGS:
        return {}
    try:
        from dateparser.languages import default_loader

        info = default_loader.get_locale(lang).info
    except Exception:  # noqa: BLE001 - an unknown locale raises several kinds
        return {}
    table = info.get("relative-type") or {}
    words: dict[str, set] = {}
    for key, value in keys:
        for w in table.get(key) or ():
            word = " ".join(str(w).lower().split())
            if not word or not all(_is_word(p) for p in word.split()):
                continue
            if _latin(word) and len(word) < 3:
                continue
            words.setdefault(_canon_letters(word), set()).add(value)
    return words


@functools.cache
def relative_day_words(lang: str) -> dict[str, int] | None:
    """Lower-cased words for the days around now in a language without
    tables ("gestern", "hoje", "вчера", "hari ini", "내일") -> days from now,
    from dateparser's locale data; None when it has none. A word given for
    two days (Hindi "कल" is yesterday and tomorrow) names neither."""
    words = _locale_relative_words(lang, _RELATIVE_DAY_KEYS)
    out = {w: next(iter(ns)) for w, ns in words.items() if len(ns) == 1}
    for w, n in T.RELATIVE_DAY_EXTRA.get(lang, {}).items():
        out.setdefault(_canon_letters(w), n)
    return out or None


# The weeks, months and years counted from now ("letzte Woche", "bulan lalu",
# "в следующем году", "지난달"), under the same locale data's keys.
_RELATIVE_UNIT_KEYS = tuple(
    (key, (unit, n))
    for unit in ("week", "month", "year")
    for key, n in ((f"1 {unit} ago", -1), (f"0 {unit} ago", 0), (f"in 1 {unit}", 1))
)


def _abbreviates(short: str, full: str) -> bool:
    """Each word of ``short`` is written with letters of ``full``'s word in
    order ("bln lalu" of "bulan lalu", "в эт г" of "в этом году")."""
    a, b = short.split(), full.split()
    if short == full or len(a) != len(b):
        return False
    for x, y in zip(a, b):
        it = iter(y)
        if not all(ch in it for ch in x):
            return False
    return True


@functools.cache
def relative_unit_words(lang: str) -> dict[str, tuple[str, int]] | None:
    """Lower-cased words for this, last and next week, month and year in a
    language without tables -> (unit, count from now); None when it has
    none. An abbreviation of another form given for the same key ("bln
    lalu", "в пр г") is left out: short forms collide with other words."""
    words = _locale_relative_words(lang, _RELATIVE_UNIT_KEYS)
    single = {w: next(iter(vs)) for w, vs in words.items() if len(vs) == 1}
    out = {
        w: v
        for w, v in single.items()
        if not any(_abbreviates(w, o) for o, ov in single.items() if ov == v)
    }
    return out or None


# What may open a sentence before a capitalised day word: a capital in
# mid-sentence is a noun or a name (German "heute Morgen" is this morning,
# "Oggi" a magazine), at a sentence's start the word itself.
_SENTENCE_OPEN = re.compile(r"[.!?:;«»\"“”„(\n]\s*$")


@functools.cache
def _relative_words_re(lang: str, unit_words: bool) -> re.Pattern[str] | None:
    words = relative_unit_words(lang) if unit_words else relative_day_words(lang)
    if not words:
        return None
    alt = "|".join(
        r"\s+".join(_letters_re(p) for p in w.split()) for w in sorted(words, key=len, reverse=True)
    )
    # Korean writes its particles onto the word ("오늘부터", "어제는"): one of
    # T.PARTICLES_AFTER may follow, another letter may not ("오늘날" is nowadays)
    particle = _particle_after(lang)
    tail = r"(?![^\W\d_])"
    if particle:
        tail = r"(?:" + particle + r"|" + tail + ")"
    return re.compile(r"(?<![^\W\d_])(?P<w>" + alt + r")" + tail, re.IGNORECASE)


def _relative_words(norm: str, s0: int, s1: int, lang: str, unit_words: bool) -> list[tuple[int, int, object]]:
    rx = _relative_words_re(lang, unit_words)
    if rx is None:
        return []
    words = (relative_unit_words(lang) if unit_words else relative_day_words(lang)) or {}
    out = []
    for mt in rx.finditer(norm, s0, s1):
        w = _canon_letters(" ".join(mt.group("w").lower().split()))
        n = words.get(w)
        if n is None:
            continue
        if mt.group("w")[:1].isupper():
            before = norm[max(s0, mt.start() - 40) : mt.start()]
            if before.strip() and not _SENTENCE_OPEN.search(before):
                continue
        out.append((mt.start(), mt.end("w"), n))
    return out


def relative_days(norm: str, s0: int, s1: int, lang: str) -> list[tuple[int, int, int]]:
    """(start, end, days from now) of each word for yesterday, today,
    tomorrow ... (see :func:`relative_day_words`) in ``norm[s0:s1]``; a word
    written with a capital in mid-sentence is a noun or a name, not read."""
    return _relative_words(norm, s0, s1, lang, False)


def relative_units(norm: str, s0: int, s1: int, lang: str) -> list[tuple[int, int, tuple[str, int]]]:
    """(start, end, (unit, count from now)) of each word for this, last or
    next week, month or year (see :func:`relative_unit_words`), as
    :func:`relative_days`."""
    return _relative_words(norm, s0, s1, lang, True)


@functools.cache
def calendar_words(lang: str | None) -> tuple[frozenset[str], frozenset[tuple[str, str]]]:
    """Weekday and month names of ``lang`` where the language writes them
    with a capital ("Monday", "Montag", "Senin", "thứ Hai"), so that a
    capital says nothing about them being names: single words (lower case,
    Latin ones without accents) and two-word names as (first, last). Where
    they are written in lower case (es "viernes", fr "novembre"), a capital
    makes a name ("Viernes de la Ira", "Place du 7 Novembre") and stays one."""
    singles: set[str] = set()
    pairs: set[tuple[str, str]] = set()
    lg = lang or "en"
    try:
        from babel.dates import get_day_names

        # full names only: abbreviations are names too ("Jan", "Sun")
        names = (
            list(get_day_names("wide", "format", locale=lg).values())
            + list(T.cldr_months("wide", "format", lg).values())
            + list(T.cldr_months("wide", "stand-alone", lg).values())
        )
    except Exception:  # noqa: BLE001 - an unknown locale has no such words
        names = []
    for name in names:
        parts = name.rstrip(".").split()
        if not parts or not parts[-1][:1].isupper() or not all(_is_word(p) for p in parts):
            continue
        parts = [p.lower() for p in parts]
        parts = [_strip_accents(p) if _latin(p) else p for p in parts]
        if len(parts) == 1:
            if len(parts[0]) >= 3:
                singles.add(parts[0])
        elif len(parts) == 2:
            pairs.add((parts[0], parts[1]))
    return frozenset(singles), frozenset(pairs)


@functools.lru_cache(maxsize=65536)
def _calendar_form(word: str) -> str:
    """``word`` as the calendar tables write it: lower case, and without its
    accents when it is Latin. Cached: every capitalised word of every page is
    asked about (story and event anchors), and names recur."""
    w = word.lower()
    return _strip_accents(w) if _latin(w) else w


_WORD_BEFORE = re.compile(r"(\w+)\s+$")


def is_calendar_word(word: str, before: str, lang: str | None) -> bool:
    """True when ``word`` (with ``before``, the text just before it) is a
    weekday or month name that ``lang`` writes with a capital."""
    singles, pairs = calendar_words(lang)
    w = _calendar_form(word)
    if w in singles:
        return True
    if pairs:
        prev = _WORD_BEFORE.search(before)
        if prev:
            return (_calendar_form(prev.group(1)), w) in pairs
    return False


@functools.cache
def weekday_alone_re(lang: str) -> re.Pattern[str] | None:
    """A weekday name written alone in ``lang`` (T.WEEKDAY_ALONE_CLDR): CLDR's
    names and the table's own forms, a whole word (Korean: a particle may
    follow); None for a language without such a table."""
    rule = T.WEEKDAY_ALONE_CLDR.get(lang)
    if rule is None:
        return None
    names = (
        [re.escape(n) for n in weekday_names(lang) or {}]
        + list(rule.get("names", {}))
        + list(rule.get("guarded", {}))
    )
    if not names:
        return None
    alt = "|".join(_letter_forms_in(n) for n in sorted(names, key=len, reverse=True))
    tail = r"(?![\w\u200c-])"
    particle = _particle_after(lang)
    if particle:
        tail = r"(?:" + particle + r"|" + tail + ")"
    return re.compile(r"(?<![\w\u200c-])(?P<wd>" + alt + r")" + tail, re.IGNORECASE)


def weekday_alone_number(lang: str, word: str) -> int | None:
    """The weekday (0 = Monday) a name matched by :func:`weekday_alone_re` stands for."""
    w = " ".join(word.lower().split())
    names = weekday_names(lang) or {}
    if w in names or _strip_accents(w) in names:
        return names.get(w, names.get(_strip_accents(w)))
    rule = T.WEEKDAY_ALONE_CLDR[lang]
    for rx, wd in (*rule.get("names", {}).items(), *rule.get("guarded", {}).items()):
        if re.fullmatch(_letter_forms_in(rx), w, re.IGNORECASE):
            return wd
    return None
