"""Handles, and brand names beside a line's own script.

An "@account" is a name, no language's word: a block of handles alone got
whatever language its letters suggested (Indonesian, English). A short line
in Thai, Chinese or Japanese naming a product in Latin letters ("Sony Alpha
A7 IV") has more Latin letters than its own script, and the model read the
brand as German; when every Latin word is a name (each holds a capital) the
line's own script decides. Lines with plain Latin words are unchanged. All
text is written for this test.
"""

from __future__ import annotations

from collections import Counter

import pytest

from newsline.langid import IdentifyLanguages
from newsline.langid.detect import detect_language
from newsline.model import Block, Document


def block_lang(text: str) -> str | None:
    doc = Document(id="d", source="test", text=text, blocks=[Block(0, len(text))])
    IdentifyLanguages()([doc], Counter())
    return doc.blocks[0].lang


@pytest.mark.parametrize("line", ["@thanhnien_news", "@bbcthai @dailynews_th", "(@SportsDesk)"])
def test_handles_alone_have_no_language(line):
    assert detect_language(line) is None
    assert block_lang(line) is None


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("th", "แกะกล่อง Sony Alpha Creator Edition Kit"),
        ("zh", "小米 Redmi Note 13 Pro Max"),
        ("ja", "Nintendo Switch Lite 発売"),
    ],
)
def test_brand_names_beside_the_line_script_take_that_script(lang, line):
    assert detect_language(line) == lang
    assert block_lang(line) == lang


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("en", "Follow our desk on @newsline_en for updates"),
        ("en", "Download the app 下载"),  # a plain English word: Latin decides
        ("vi", "@VnExpress đưa tin mới nhất về bão"),
        ("en", "Write to the editors at desk@example.org today"),
    ],
)
def test_lines_with_plain_words_keep_their_language(lang, line):
    assert detect_language(line) == lang


def test_brand_names_alone_still_get_a_language():
    # Latin only: nothing else to read, the model still answers
    assert detect_language("Sony Alpha A7 IV") is not None
