"""The ``story_features`` stage: each document's story features, in parallel.

What it is for: the costly per-document part of story clustering (territory
names, Thai and Chinese tokenising and romanising, words) does not depend on
other documents, so it runs here, in the worker processes, and is stored on
the document as ``doc.meta["story_features"]`` (compact JSON, persisted with
the document, so a resumed run replays it). :class:`.cluster.ClusterStories`
uses it when its ``key`` still matches the document as clustering sees it --
a later sequential stage (site boilerplate) may set lines aside or drop
events -- and otherwise computes the features itself, so the result is the
same with or without this stage.

It must never edit a document beyond that one meta entry, never download
anything, and never let one bad document stop the batch.
"""

from __future__ import annotations

import hashlib
import unicodedata
from collections import Counter
from typing import Any

from ..model import KEPT_LABELS, Document
from ..pipeline import Stage
from ..settings import Settings, StorySettings
from ..textnorm import needs_composing
from .anchors import feature_counts

META_KEY = "story_features"
_VERSION = 61  # 61: an international body named in another language or script (อาเซียน, 東協, Tổ chức Y tế Thế giới) is its Latin acronym (w:asean, w:who); 60: a place of two or three one-syllable Latin words (Khon Kaen, Mae Sot) also read whole, as Thai and Chinese write it; 59: a clock time written with hour and minute words or an hour mark (14时22分, 14 giờ 22 phút, 14.22 น.) is no number; 58: a country named with a word for its people (16名中国游客, công dân Việt Nam) is people, not the story's place; a Vietnamese unaccented capitalised syllable after tỉnh/thành phố/huyện (tỉnh Trat) keeps its consonant key; 57: a common Chinese surname the tagger cut off a two-character given name opens that name (黄|明德); a people's word in Latin script (the Chinese consulate) is its country, no name; 56: a Thai place word's one-syllable head read with the word after it (อำเภอแม่สอด -> แม่สอด); 55: a four-digit number before a Chinese or Japanese measure word (1900户) is a count, not a year; 54: a Thai Buddhist-era year after ปี or พ.ศ. (2570) is the year 2027; 53: an English sentence opening with a possessive (Hanoi's council) opens with a name; 52: a Latin or Thai name's last m after a vowel also read n, as Mandarin writes it (Thongkham 通坎); 51: a country's side or government by one character (中方, 美方, 米政府, 露大統領) is that country, as its people are; 50: an amount in two Han units (8亿5000万) read as one; 49: a country named by its people or adjective (sirio, Syrian, syrische) is the country; 48: a Chinese place with its administrative suffix (沅陵县) read as its own name, without it; 47: a Thai-script Chinese name after a title (หลิว เสี่ยวเยี่ยน) read whole; 46: a Chinese full name in pinyin (Liu Xiaoyan) read whole, as its characters are; 45: a country name that is a given name before a surname (Maurice Genevoix) or a common noun at a sentence start (Reunión del …) is no place; 44: a Korean name before a modified title (카터 전 대통령), Korean and Latin two-consonant names as s:; 43: a name of two consonant classes read as the weak class s: (卡特, Carter said "cate"); 42: a lone Vietnamese syllable after a lower-case word is no name (miền Trung); 41: a month or weekday of another language beside a number is a date, no name; 40: an ordinary word after a spaced dash is no name; 39: a Vietnamese weekday written with capitals is no name; 38: a Chinese foreign name opening with yu/yo also read with a j; 37: a Thai name read with its final ล as l; 36: Thai อังกฤษ is the UK, English (ภาษาอังกฤษ, tiếng Anh) no place; 35: a Vietnamese syllable without marks is no name of its own in Vietnamese text; 34: a Chinese surname before an office is a name (李总理, 习主席); 33: a foreign name's last sound character glued to the next word by jieba's HMM given back; 32: long words in a line written in capitals are no names; 31: a Vietnamese everyday country name after an office is the country; 30: foreign names in Han characters also read with ts for c; 29: a Latin name also read without an r after a vowel; 28: a country and an office glued to a Chinese name cut off, Chinese foreign names by their sound characters; 27: Vietnamese honorifics before a name; 26: Chinese names read in Sino-Vietnamese, a country before a Vietnamese name left out; 25: foreign names in Han characters read with foreign sounds for Mandarin initials; 24: a given title the page shows only as a set-aside line yields to its title block; 23: Korean headline Hanja countries (22 was withdrawn); 21: Arabic names after a title; 20: Cyrillic, Korean and Arabic names and places, Korean words; 19: Japanese territory names; 18: Vietnamese full names; 17: Japanese long-vowel r; 16: Thai and full-width digits; 15: Thai names after an office; 14: everyday country names (Mỹ, สหรัฐฯ); 13: Chinese dotted names split; 12: German genitive and Thai in-word territory names; 11: German nouns after determiners; 10: English title-case headline words; 9: Thai silenced letters sounded; 8: Japanese names, a nasal before p is m; 7: amounts with scale words; 3: Traditional Chinese read as Simplified; 4: Thai titled names; 5 (skipped); 6: a titled name ends at its predicate, Vietnamese marked words are no names, territory names by language


def _squeeze(s: str) -> str:
    return " ".join(s.split())


def headline(doc: Document) -> str | None:
    """The page's headline as stories read it: its given title, unless the
    page shows that line only in blocks the cleaning set aside (a teaser of
    another article above the headline, a menu entry, a subscription banner)
    while another block is labelled the title -- then that block's text.

    A title handed in with the page (a feed's or a crawl's title field, a
    reader that took the first line) can be such a line: it then titled the
    story and put another article's names and places into this page's
    features. A given title the page does not show, or shows in a kept
    block, or a page without a title block, keeps its title."""
    t = doc.title
    if not t or not doc.blocks:
        return t
    tb = next((b for b in doc.blocks if b.label == "title"), None)
    if tb is None:
        return t
    want = _squeeze(t)
    head = doc.text[tb.start : tb.end]
    if _squeeze(head) == want:
        return t
    shown = [
        b
        for b in doc.blocks
        if b.end - b.start >= len(want) and want in _squeeze(doc.text[b.start : b.end])
    ]
    if shown and all(b.label not in KEPT_LABELS for b in shown):
        return head.strip()
    return t


def story_text(doc: Document, max_chars: int) -> str:
    """The text stories are told from: the cleaned text, its headline
    (:func:`headline`) first if absent."""
    text = doc.clean_text()[:max_chars]
    title = headline(doc)
    if title and title not in text[:500]:
        text = title + "\n" + text
    # composed: a page whose tones are combining marks (windows-1258) gives
    # names cut at the mark ("Hà Nô" of "Hà Nội") otherwise; stories keep no
    # offsets into this text, so it may differ from doc.text
    return unicodedata.normalize("NFC", text) if needs_composing(text) else text


def features_key(doc: Document, text: str) -> str:
    """A digest of everything the features depend on (language, text, dates
    and events), to tell whether stored features still hold."""
    h = hashlib.blake2b(digest_size=12)
    h.update(f"{_VERSION}\0{doc.lang or ''}\0".encode())
    h.update(text.encode("utf-8", "surrogatepass"))
    for d in doc.dates:
        h.update(f"\0d{d.value or ''}".encode("utf-8", "surrogatepass"))
    for e in doc.events:
        h.update(f"\0e{e.date or ''}\1{chr(2).join(e.anchors)}".encode("utf-8", "surrogatepass"))
    return h.hexdigest()


def stored_features(doc: Document, text: str) -> dict[str, Any] | None:
    """The document's stored features if they were computed from ``text`` and
    its current dates and events; None otherwise."""
    got = doc.meta.get(META_KEY)
    if not isinstance(got, dict) or got.get("key") != features_key(doc, text):
        return None
    return got


class StoryFeatures(Stage):
    """Parallel stage; see the module docstring."""

    name = "story_features"
    parallel = True

    def __init__(self, settings: Settings | StorySettings | None = None):
        if isinstance(settings, Settings):
            settings = settings.stories
        self.settings = settings or StorySettings()

    def __call__(self, docs: list[Document], stats: Counter[str]) -> list[Document]:
        for doc in docs:
            try:
                text = story_text(doc, self.settings.max_chars)
                feats = feature_counts(doc, text)
            except Exception:  # noqa: BLE001 - clustering computes it again and reports
                doc.meta.pop(META_KEY, None)
                stats["story_features_errors"] += 1
                continue
            feats["key"] = features_key(doc, text)
            doc.meta[META_KEY] = feats
            stats["story_features"] += 1
        return docs
