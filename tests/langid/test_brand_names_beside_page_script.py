"""A short line of the page's own words beside Latin brand names ("แชร์
Facebook X LINE", "分享 Facebook LINE") is in the page's language: a few
Latin letters name no language of their own (they read as German)."""

from __future__ import annotations

from collections import Counter

import pytest

from newsline.clean import SegmentBlocks
from newsline.langid import IdentifyLanguages
from newsline.model import Document

from ..clean.helpers import BODY


def _langs(lang: str, extra: list[str]) -> dict[str, str | None]:
    text = "\n".join([*BODY[lang], *extra])
    doc = Document(id="x", source="x", text=text)
    SegmentBlocks()([doc], Counter())
    IdentifyLanguages()([doc], Counter())
    assert doc.lang == lang
    return {text[b.start : b.end]: b.lang for b in doc.blocks}


@pytest.mark.parametrize(
    "lang,line",
    [
        ("th", "แชร์ Facebook X LINE"),
        ("th", "ข่าวเด่น Facebook Twitter LINE"),
        ("zh", "分享 Facebook LINE"),
    ],
)
def test_page_words_beside_brand_names_are_the_page_language(lang, line):
    assert _langs(lang, [line])[line] == lang


@pytest.mark.parametrize(
    "lang,line",
    [
        # a real English sentence with one Thai word keeps its own language
        ("th", "The festival in เชียงใหม่ drew more than ten thousand visitors this year."),
        # no letter of the page's script: the model decides
        ("th", "Read more stories from our correspondents"),
    ],
)
def test_latin_text_of_its_own_keeps_its_language(lang, line):
    assert _langs(lang, [line])[line] == "en"


@pytest.mark.parametrize(
    "lang,line",
    [
        ("th", "LINE"),
        ("th", "Facebook"),
        ("th", "Twitter"),
        ("zh", "WeChat"),
        ("zh", "Google News"),
    ],
)
def test_a_brand_name_alone_is_a_button_of_the_page(lang, line):
    # a share bar's buttons, one per line: too few letters for a language
    # (the model reads "LINE" as German, "Facebook" as Malay)
    assert _langs(lang, [line])[line] == lang


@pytest.mark.parametrize(
    "lang,line",
    [("th", "Read more"), ("zh", "Prime Minister Keir Starmer said on Monday")],
)
def test_latin_words_that_are_not_names_alone_keep_the_models_answer(lang, line):
    assert _langs(lang, [line])[line] != lang


# --- names joined by a short lower-case word ("vs") -------------------------


@pytest.mark.parametrize(
    "line,lang",
    [
        ("Samsung Galaxy S25 Ultra vs iPhone 16 Pro ต่างกันยังไง", "th"),
        ("iPhone 16 vs Galaxy S25 哪个更好", "zh"),
        ("Galaxy S25 vs iPhone 16: 어느 쪽이 좋을까", "ko"),
        ("Adidas x Gucci Collection เปิดขายวันนี้", "th"),
    ],
)
def test_names_joined_by_a_short_word_are_the_other_script_language(line, lang):
    from newsline.langid.detect import detect_language

    assert detect_language(line) == lang


@pytest.mark.parametrize(
    "line",
    [
        # a plain word longer than a joiner: the Latin words are a phrase
        "Samsung Galaxy S25 Ultra review and price เปิดตัว",
        # short lower-case words too many to be joiners of names
        "It is on at 9 วันนี้",
    ],
)
def test_plain_latin_words_beside_another_script_stay_latin(line):
    from newsline.langid import scripts as S
    from newsline.langid.detect import _beside_names

    assert _beside_names(line, S.script_counts(line)) == S.LATIN
