"""A Japanese or Chinese page title sets the headline off from the section
and the site with full-width marks ("中央公園の改修、来月着工　遊び場を拡張：
地域：北浜新聞デジタル", "…｜城市晚报"): the document's title kept the
section and the site's name, as the separators were only the ASCII ones.
A page written for this test in a Japanese daily's style; a title whose
headline goes on past the mark with no site after it stays whole."""

from __future__ import annotations

import pytest

from newsline.clean.stages import headline_in_page_title

HEAD_JA = "中央公園の改修、来月着工　遊び場を拡張"


@pytest.mark.parametrize(
    "title,headline",
    [
        (f"{HEAD_JA}：地域：北浜新聞デジタル", HEAD_JA),
        ("公园改造工程下月动工｜城市晚报", "公园改造工程下月动工"),
    ],
)
def test_full_width_marks_separate_the_site(title, headline):
    assert headline_in_page_title(title, headline) == " ".join(headline.split())


def test_a_headline_going_on_past_its_words_is_kept_whole():
    assert headline_in_page_title(f"{HEAD_JA}へ", HEAD_JA) is None
