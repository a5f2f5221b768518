"""Cross-script name search: the pages that write a query's name in another script.

What it is for: ``Watanabe`` finds the English and Vietnamese pages by
their words, but not the Thai page that writes วาตานาเบะ or a Japanese one
that writes the name in kana or kanji. The stories stage already reads every name on a page into a
consonant skeleton of its romanisation (``k:`` anchors, see
:mod:`newsline.stories.anchors`) and stores them with the document
(``meta.story_features``); this module reads the query's words the same way
and looks those anchors up. Nothing is romanised here that the anchors'
own functions do not romanise.

Precision first (a four-letter skeleton is shared by many names): a match
must be written in another script than the query word (a Latin word in
Latin script is the full-text search's job; a Latin skeleton match is
mostly another name that shares its consonants), and the name's whole consonant
classes must equal the query word's, not just the stored first four
(Rasmussen does not meet a Rasmus- name). A word of fewer than three
consonant classes (Kim, Obama) has no skeleton and is not searched.

It must never write to the database, and builds SQL from bound values only.
"""

from __future__ import annotations

import json
import sqlite3
import unicodedata
from dataclasses import asdict, dataclass
from difflib import SequenceMatcher
from typing import Any

from ..stories.anchors import (
    _POSTVOCALIC_R,
    _ZH_SOUND_CHARS,
    SKELETON_LEN,
    _aspirated_p_readings,
    _consonant_classes,
    _sounds_foreign,
    strip_marks,
)
from ..stories.anchors import syllable_runs as _syllable_runs
from ..stories.features import META_KEY
from ..wordseg import (
    fold_traditional,
    foreign_name_readings,
    japanese_names,
    romanize_arabic,
    romanize_cyrillic,
    romanize_hangul,
    romanize_japanese,
    romanize_thai_name,
)

# fewer consonant classes than this: no skeleton (the anchors' own rule)
MIN_CLASSES = 3
# a three-class skeleton's readings must be this much alike (difflib's ratio)
SHORT_MIN_LIKENESS = 0.5
# documents whose stored anchors are read for one query, at most
MAX_CANDIDATES = 2000


def script_of(word: str) -> str:
    """The script of ``word``'s first letter, as Unicode names it (LATIN,
    THAI, CJK, KATAKANA, HIRAGANA, CYRILLIC, HANGUL, ARABIC, ...); '' for
    no letter."""
    for c in word:
        if c.isalpha():
            name = unicodedata.name(c, "")
            return name.split(" ", 1)[0] if name else ""
    return ""


def name_readings(word: str, lang: str | None = None) -> tuple[str, ...]:
    """The romanisations the stories' anchors read ``word`` with, by its
    script (royin for Thai, pinyin with foreign sounds for Han characters --
    Hepburn on a Japanese page (``lang`` "ja") -- Hepburn for kana, letter
    tables for Cyrillic, Hangul and Arabic; a Latin word as written, also
    without an r after a vowel and with a last m said n); () for a script
    the anchors do not read."""
    script = script_of(word)
    if script == "CJK" and lang == "ja":
        return tuple(r for _, r in romanize_japanese(word) if r)
    if script == "LATIN":
        plain = strip_marks(word).lower()
        out = [plain, _POSTVOCALIC_R.sub("", plain)]
        if len(plain) >= 2 and plain[-1] == "m" and plain[-2] in "aeiouy":
            out.append(plain[:-1] + "n")
        return tuple(dict.fromkeys(out))
    if script == "THAI":
        return tuple(r for rom in romanize_thai_name(word) for r in _aspirated_p_readings(rom))
    if script == "CJK":
        return foreign_name_readings(fold_traditional(word))
    if script in ("KATAKANA", "HIRAGANA"):
        return tuple(r for _, readings in japanese_names(word) for r in readings)
    if script == "CYRILLIC":
        return (romanize_cyrillic(word),)
    if script == "HANGUL":
        return (romanize_hangul(word),)
    if script == "ARABIC":
        return (romanize_arabic(word),)
    return ()


@dataclass(frozen=True)
class QueryName:
    """One query word read as a name: its script, readings' consonant
    classes and the anchor keys (``k:`` + the first four classes)."""

    word: str
    script: str
    classes: frozenset[str]
    keys: frozenset[str]
    readings: frozenset[str] = frozenset()


def syllable_runs(words: list[str]) -> list[str]:
    """The runs of two or three Latin query words of one syllable each, as
    one name ("Mae Sot"), read as the stories' anchors read them on a page
    (:func:`~newsline.stories.anchors.syllable_runs`): Thai and Chinese
    write such a name in one run (แม่สอด, k:mst), while each of its Latin
    words is too short to search alone."""
    plain = [strip_marks(w) if script_of(w) == "LATIN" else "" for w in words]
    return [" ".join(words[a:b]) for a, b in _syllable_runs(plain)]


def query_names(words: list[str]) -> list[QueryName]:
    """The query words that can be looked up as names (three consonant
    classes or more), and their runs of one-syllable words read as one
    (see :func:`syllable_runs`)."""
    out = []
    for w in dict.fromkeys([*words, *syllable_runs(words)]):
        readings = name_readings(w)
        classes = frozenset(c for r in readings if len(c := _consonant_classes(r)) >= MIN_CLASSES)
        if classes:
            keys = frozenset("k:" + c[:SKELETON_LEN] for c in classes)
            out.append(QueryName(w, script_of(w), classes, keys, frozenset(readings)))
    return out


@dataclass
class NameMatch:
    """Why a document was found across scripts: the query word, the name as
    the page writes it, its romanisation and the consonant skeleton they share."""

    query: str
    name: str
    romanised: str
    skeleton: str

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def _sounds_alike(reading: str, others: frozenset[str]) -> bool:
    """Do two readings of a three-class skeleton share enough letters, vowels
    included? Three classes are shared by many names (a Latin name and an
    unrelated Thai one can both read sns); one name's renderings keep most letters (Komen,
    科曼 "keman" 0.6)."""
    return any(SequenceMatcher(None, reading, o).ratio() >= SHORT_MIN_LIKENESS for o in others)


def _transliterated(surface: str) -> bool:
    """Is Han ``surface`` a foreign name written for its sounds (拉斯穆斯, 沃森),
    by the characters the stories' anchors count as sound characters?"""
    name = fold_traditional(surface)
    return _sounds_foreign(name) or (len(name) >= 2 and all(c in _ZH_SOUND_CHARS for c in name))


def _stored_names(meta: str) -> list[tuple[str, str]]:
    """(key, surface) of a stored document's name anchors (``k:``)."""
    try:
        feats = json.loads(meta).get(META_KEY) or {}
        out = []
        for a in feats.get("a", []):
            if isinstance(a, list) and a and isinstance(a[0], str) and a[0].startswith("k:"):
                surface = a[2] if len(a) > 2 else a[0][2:]
                if isinstance(surface, str):
                    out.append((a[0], surface))
        return out
    except (ValueError, AttributeError, TypeError):
        return []  # a damaged meta entry: no names, no crash


def match_names(
    names: list[QueryName], stored: list[tuple[str, str]], lang: str | None = None
) -> list[NameMatch]:
    """The query names a document's stored anchors (of a page in ``lang``)
    write in another script, one match per query word (the first found)."""
    out = []
    for q in names:
        for key, surface in stored:
            if key not in q.keys or script_of(surface) in ("", q.script):
                continue
            got = None
            readings = name_readings(surface, lang)
            if script_of(surface) == "CJK" and lang != "ja" and not _transliterated(surface):
                # Chinese words and places the tagger took for a name (越南安江,
                # 高棉語): read with foreign sounds, their short skeletons meet
                # many names; only their own pinyin spelled out is one (深圳, Shenzhen)
                if readings and readings[0] in q.readings:
                    got = NameMatch(q.word, surface, readings[0], key[2:])
                    out.append(got)
                    break
                continue
            for r in readings:
                c = _consonant_classes(r)
                if c in q.classes and (len(c) > MIN_CLASSES or _sounds_alike(r, q.readings)):
                    got = NameMatch(q.word, surface, r, c)
                    break
            if got:
                out.append(got)
                break
    return out


def find_across_scripts(
    conn: sqlite3.Connection,
    names: list[QueryName],
    where: str = "1",
    args: list[Any] | None = None,
) -> list[tuple[int, str, list[NameMatch]]]:
    """(rowid, id, matches) of the documents whose stored name anchors write
    one of ``names`` in another script and that pass ``where`` (an SQL
    condition on ``documents``, its values in ``args``); most query words
    matched first, then newest stored first."""
    keys = sorted({k for q in names for k in q.keys})
    if not keys:
        return []
    # a cheap substring test before any JSON is read: the key in quotes
    has_key = " OR ".join("instr(meta, ?) > 0" for _ in keys)
    rows = conn.execute(
        f"SELECT rowid, id, meta, lang FROM documents WHERE ({has_key}) AND ({where}) "
        "ORDER BY rowid DESC LIMIT ?",
        [*(f'"{k}"' for k in keys), *(args or []), MAX_CANDIDATES],
    )
    found = []
    for rowid, doc_id, meta, lang in rows:
        got = match_names(names, _stored_names(meta), lang)
        if got:
            found.append((rowid, doc_id, got))
    found.sort(key=lambda x: (-len(x[2]), -x[0]))
    return found
