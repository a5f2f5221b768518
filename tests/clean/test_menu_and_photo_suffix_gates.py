"""Two per-line gates give the answers of the rules they guard.

``_han_menu_items`` reads a line's first word before splitting it all (a bar
of Chinese or Thai links opens on such a word); ``_photo_by_suffix`` asks
that the line, less its closing brackets and spaces, end on a
photographer's verb before cutting its last sentence. Each is compared with
the plain computation on lines written here (menus, captions, prose, near
misses at the gates' edges) and the answers are pinned.
"""

from __future__ import annotations

import re

import pytest

from newsline.clean import classify as C
from newsline.clean.cues import PHOTO_BY_SUFFIX
from newsline.clean.features import fold_line


def _slow_han_menu_items(text: str) -> int:
    words = text.split()
    if len(words) >= 5 and all(len(w) <= 4 and C._HAN_WORD_RE.fullmatch(w) for w in words):
        return len(words)
    if len(words) >= 6 and all(len(w) <= 12 and C._THAI_WORD_RE.fullmatch(w) for w in words):
        return len(words)
    return 0


def _slow_photo_by_suffix(t: str) -> str | None:
    low = fold_line(t).strip()
    bracketed = low[-1:] in ")）]】"
    seg = re.split(r"[。！？.!?]", low.rstrip(" )）]】"))[-1]
    seg = seg.strip().lstrip("(（[【").strip()
    for suffixes in PHOTO_BY_SUFFIX.values():
        for suf in suffixes:
            head = seg[: len(seg) - len(suf)]
            if seg.endswith(suf) and head.strip() and len(seg) <= 30 and (
                head[-1:].isspace() or bracketed
            ):
                return seg
    return None


MENUS = [
    ("首页 新闻 体育 财经 娱乐", 5),
    ("  首页 新闻 体育 财经 娱乐 科技  ", 6),
    ("หน้าแรก ข่าว การเมือง เศรษฐกิจ กีฬา บันเทิง", 6),
    ("首页 新闻 体育 财经", 0),  # four items: too few
    ("新浪网首页 新闻 体育 财经 娱乐", 0),  # first word of five characters
    ("Home 新闻 体育 财经 娱乐", 0),  # first word Latin
    ("1 新闻 体育 财经 娱乐", 0),
    ("หน้าแรกของเว็บไซต์ข่าว ข่าว การเมือง เศรษฐกิจ กีฬา บันเทิง", 0),  # 13+ letters
    ("新闻 Home 体育 财经 娱乐", 0),  # a Latin item later
    ("The council met on Tuesday to discuss the river.", 0),
    ("", 0),
    ("   ", 0),
]


@pytest.mark.parametrize("line,items", MENUS)
def test_han_menu_items(line, items):
    assert C._han_menu_items(line) == items == _slow_han_menu_items(line)


CAPTIONS = [
    ("新华社记者 王明 摄", "新华社记者 王明 摄"),
    ("市民在公园赏花。新华社记者 王明 摄", "新华社记者 王明 摄"),
    ("（新华社记者 王明摄）", "新华社记者 王明摄"),
    ("（新华社记者 王明 摄影）  ", "新华社记者 王明 摄影"),
    ("東京・渋谷で 山田太郎 撮影", "东京・渋谷で 山田太郎 撮影"),  # folded as cues are
    ("서울 시내 홍길동 촬영", "서울 시내 홍길동 촬영"),
    ("新华社记者王明摄", None),  # no space before the verb, no brackets
    ("摄", None),  # the verb alone
    ("他说：我们要去拍摄。", None),  # a sentence's full stop after the verb
    ("新华社记者 王明 摄 。", None),
    ("摄影展将于周五开幕", None),  # the verb opens the line
    ("The photographer took the picture.", None),
    ("", None),
]


@pytest.mark.parametrize("line,credit", CAPTIONS)
def test_photo_by_suffix(line, credit):
    assert C._photo_by_suffix(line) == credit == _slow_photo_by_suffix(line)


def test_gates_on_long_adversarial_lines():
    """100k characters: one split or one strip, no rescans."""
    for text in ("首页 " * 33_000, "摄 " * 50_000, "(" * 100_000 + "摄", " " * 100_000):
        assert C._han_menu_items(text) == _slow_han_menu_items(text)
        assert C._photo_by_suffix(text) == _slow_photo_by_suffix(text)
