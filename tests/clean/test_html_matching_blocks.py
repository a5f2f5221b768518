"""The main-text alignment takes a shortcut when trafilatura's main text is
one unbroken run of the page's words: it must find exactly the blocks
difflib finds (the run's first occurrence, where the page repeats it), so
no block changes its label for it. Lists of words in Latin, Thai and Han
script, invented."""

from __future__ import annotations

from difflib import SequenceMatcher

from hypothesis import given
from hypothesis import strategies as st

from newsline.clean.html import _matching_blocks, main_text_membership
from newsline.model import Block, Document
from newsline.settings import CleanSettings

WORDS = ["the", "tram", "council", "ประชุม", "น้ำ", "会议", "湄公河", "2025"]


def _difflib(a: list[str], b: list[str]) -> list[tuple[int, int, int]]:
    return [tuple(m) for m in SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks()]


def _real(blocks):
    return [m for m in blocks if m[2]]


@given(st.lists(st.sampled_from(WORDS), max_size=40), st.data())
def test_a_run_of_the_pages_words_aligns_as_difflib_aligns_it(page, data):
    start = data.draw(st.integers(0, max(len(page) - 1, 0)))
    end = data.draw(st.integers(start, len(page)))
    run = page[start:end]
    assert _real(_matching_blocks(page, run)) == _real(_difflib(page, run))


@given(st.lists(st.sampled_from(WORDS), max_size=40), st.lists(st.sampled_from(WORDS), max_size=15))
def test_any_main_text_aligns_as_difflib_aligns_it(page, main):
    assert _real(_matching_blocks(page, main)) == _real(_difflib(page, main))


def test_the_first_copy_of_a_repeated_run_is_the_article_s():
    # the menu repeats the article's opening line before the article: difflib
    # takes the earliest copy of the whole run, and so does the shortcut
    text = (
        "Tram extension approved\nHome\nTram extension approved\n"
        "The council approved the tram extension on Tuesday.\nFooter"
    )
    doc = Document(id="r", source="r", text=text)
    starts = [0]
    for k, ch in enumerate(text):
        if ch == "\n":
            starts.append(k + 1)
    ends = [*(s - 1 for s in starts[1:]), len(text)]
    doc.blocks = [Block(s, e) for s, e in zip(starts, ends)]
    main = "Tram extension approved\nThe council approved the tram extension on Tuesday."
    assert main_text_membership(doc, main, CleanSettings()) == [False, False, True, True, False]
    # "Home" breaks the run at the top: the block after it starts the copy
    assert _matching_blocks(["a", "b", "x", "a", "b", "c"], ["a", "b", "c"]) == [(3, 0, 3)]
