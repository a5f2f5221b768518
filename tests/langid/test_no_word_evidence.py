"""A line with no word in it – keyboard mash ("asdkjh qweqwe zxcv", "sdfgh
jkl") or a list of acronyms ("NATO – EU – G7", "UN, WHO, IMF") – is in no
language: its block gets none (None, BCP 47's 'und'), so it neither counts
for the page's language nor reads as a foreign block. The model named one
anyway (Spanish for the mash, English for the acronyms) and short blocks were
then settled to the page's. Lines written for this test on English,
Vietnamese, French and Thai pages."""

from __future__ import annotations

from collections import Counter

import pytest

from newsline.clean import SegmentBlocks
from newsline.langid import IdentifyLanguages
from newsline.model import Document

from ..clean.helpers import BODY


def _langs(lang: str, extra: list[str]) -> dict[str, str | None]:
    text = "\n".join([BODY[lang][0], *extra, *BODY[lang][1:]])
    doc = Document(id="x", source="x", text=text)
    SegmentBlocks()([doc], Counter())
    IdentifyLanguages()([doc], Counter())
    assert doc.lang == lang
    return {text[b.start : b.end]: b.lang for b in doc.blocks}


NO_WORDS = [
    "asdkjh qweqwe zxcv",
    "sdfgh jkl",
    "qwerty asdf",
    "NATO – EU – G7",
    "UN, WHO, IMF",
    "ASEAN / APEC / WTO",
]


@pytest.mark.parametrize("lang", ["en", "vi", "fr", "th"])
@pytest.mark.parametrize("line", NO_WORDS)
def test_a_line_with_no_word_has_no_language(lang, line):
    assert _langs(lang, [line])[line] is None


@pytest.mark.parametrize(
    "lang,line",
    [
        # capitals between spaces are a shouted phrase, a brand's name alone
        # a share button: the page's language
        ("en", "TOP NEWS"),
        ("en", "FRANCE WINS"),
        ("th", "LINE"),
        # real words beside acronyms, a word with a vowel and no key run
        ("en", "AFP / Reuters"),
        ("en", "Power party expert"),
        ("fr", "Lire aussi"),
        ("vi", "Tin tức"),
    ],
)
def test_a_line_with_words_keeps_a_language(lang, line):
    assert _langs(lang, [line])[line] is not None
