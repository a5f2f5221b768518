"""Blanking links before the untranslated-fragment scan is linear in a word's length.

``untranslated_flags`` blanks links, e-mail addresses and domains out of a
unit before looking for English runs. Its pattern tried ``\\S+@\\S+`` and
``\\S+\\.com`` at every character, each scanning to the word's end: a Thai,
Chinese or Vietnamese page holding one long word (an inline image's base64,
a pasted hash) took time growing with the square of that word (20,000
characters: 1.3 s; 100,000: half a minute). Those two forms now start at a
word's start only. The blanked text must be exactly what the old pattern
gave: it is kept here as the reference.
"""

from __future__ import annotations

import random
import re

import pytest

from newsline.flags import rules as R
from tests.flags.helpers import flagged

OLD_LINKISH = re.compile(r"(?:https?://|www\.)\S+|\S+@\S+|\S+\.(?:com|net|org|html?)\S*")


def _blank(rx: re.Pattern[str], text: str) -> str:
    return rx.sub(lambda m: " " * len(m.group(0)), text)


def test_link_forms_other_than_a_prefix_start_at_a_word_start():
    # what keeps the scan linear (fails on the old pattern)
    assert r"|(?<!\S)\S+@\S+|(?<!\S)\S+\.(?:com|" in R._LINKISH.pattern


@pytest.mark.parametrize(
    "text",
    [
        "xem chi tiết tại www.baomoi.vn/abc và email ban.doc@baomoi.vn nhé",
        "ติดต่อ info@example.co.th หรือ https://example.co.th/news/1 ได้เลย",
        "详情见 http://news.example.cn/a.html 或发邮件至 editor@example.cn",
        "a@b @ab ab@ a.com .com x.htm y.html z.net_ w.org/ foo@@bar www. http:// https://x",
        "prefix-https://inside.word and mid@dle and last.comma, “quoted.com”",
        "",
    ],
)
def test_blanked_text_is_the_old_one(text):
    assert _blank(R._LINKISH, text) == _blank(OLD_LINKISH, text)


def test_random_strings_blank_as_before():
    pieces = ["a", "@", ".", "com", "htm", "html", "http://", "www.", " ", "\t", "\u00a0", "中"]
    rng = random.Random(5)
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 10)))
        assert _blank(R._LINKISH, text) == _blank(OLD_LINKISH, text), text


LONG = {
    "one long word": "one two three " + "x" * 100_000,
    "at signs": "a@" * 50_000,
    "dots": "x." * 50_000 + "com",
    "www": "www." * 25_000,
}


@pytest.mark.parametrize("text", list(LONG.values()), ids=list(LONG))
def test_long_words_are_blanked(text):
    # (no timing asserted; the old pattern is not run on these: it takes minutes)
    out = _blank(R._LINKISH, text)
    assert len(out) == len(text)


def test_a_thai_page_with_a_long_blob_is_flagged_as_before():
    # an inline image pasted as text: one 64,000-character word among English
    # words, so the unit reaches the link blanking
    blob = "data:image/png;base64," + "abcd0123" * 8000
    text = (
        "ข่าวเศรษฐกิจวันนี้\n"
        "รัฐบาลประกาศมาตรการใหม่ for the small business owners ในวันนี้ และ "
        "the new tax rules will apply ตั้งแต่เดือนหน้า\n"
        f"ภาพประกอบ from the photo archive {blob}\n"
    )
    doc = flagged(text)
    units = R.units_of(doc)
    assert any(blob in u.text for u in units)
    assert _blank(R._LINKISH, blob) == blob  # "…png;base64,…" holds no link
