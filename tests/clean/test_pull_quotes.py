"""A pull quote (a sentence of the article printed again, larger, often in
quotation marks) is set aside as a copy of the paragraph that holds it.

Pages invented here (names and text made up), in several languages. Nothing
is deleted: the sentence stays body in its paragraph, and short lines that
merely share words with a paragraph (subheadings, phrases) are not copies.
"""

from __future__ import annotations

from collections import Counter

import pytest

from newsline.clean import ClassifyBlocks, SegmentBlocks
from newsline.model import Document

from .helpers import BODY, HTML_PAGE, PULL_QUOTES, classify_lines


def _labels(lines: list[str]) -> dict[str, tuple[str, list[str]]]:
    return classify_lines(lines)


# --- pull quotes ----------------------------------------------------------------


@pytest.mark.parametrize("lang, para, quote", PULL_QUOTES)
@pytest.mark.parametrize("where", ["before", "after"])
def test_pull_quote_is_set_aside_as_a_copy(lang, para, quote, where):
    b = BODY[lang]
    lines = (
        [b[0], quote, para, b[1], b[2]] if where == "before" else [b[0], para, b[1], quote, b[2]]
    )
    text = "\n".join(lines)
    doc = Document(id="t", source="test", text=text)
    SegmentBlocks()([doc], Counter())
    ClassifyBlocks()([doc], Counter())
    got = {doc.text[x.start : x.end]: x for x in doc.blocks}
    assert got[quote].label != "body", (got[quote].label, got[quote].reasons)
    assert got[quote].reasons[0].startswith("pull quote"), got[quote].reasons
    assert got[para].label == "body", got[para].reasons  # the sentence stays where it is
    assert doc.text == text and len(doc.blocks) == len(lines)  # nothing deleted


@pytest.mark.parametrize(
    "line",
    [
        "Noise and temporary paths",  # a subheading whose words a paragraph uses
        "Crews would keep noise to a minimum",  # a phrase, not a sentence
    ],
)
def test_short_lines_found_in_a_paragraph_are_not_pull_quotes(line):
    b = BODY["en"]
    para = "A spokesman said crews would keep noise to a minimum and provide noise and temporary paths for walkers."
    out = _labels([b[0], b[1], line, para, b[2]])
    assert not out[line][1][0].startswith("pull quote"), out[line]


def test_pull_quote_trimmed_at_its_end_is_still_a_copy():
    # editors cut a long sentence short for the highlighted copy
    b = BODY["en"]
    para = (
        "The council met on Tuesday. Work on the north gate will begin in May and finish before "
        "the autumn rains, the council said, adding that the budget had grown by a third."
    )
    quote = "Work on the north gate will begin in May and finish before the autumn rains."
    out = _labels([b[0], para, quote, b[1], b[2]])
    assert out[quote][1][0].startswith("pull quote"), out[quote]


def test_a_clause_from_the_middle_of_a_sentence_is_not_a_pull_quote():
    b = BODY["en"]
    para = (
        "Officials said that work on the north gate will begin in May and finish before the "
        "autumn rains unless the budget is cut again."
    )
    clause = "Work on the north gate will begin in May and finish before the autumn rains."
    out = _labels([b[0], para, clause, b[1], b[2]])
    assert not out[clause][1][0].startswith("pull quote"), out[clause]


@pytest.mark.parametrize(
    "lines, repeat",
    [
        # a sentence broken over lines (<br>): its last line ends an earlier sentence too
        (
            [
                "Selling a phone with the maker's mark still on it, after changing its parts, may breach the trade mark law of the country.",
                "The same holds for goods whose mark was removed, or goods repacked in smaller lots,",
                "may breach the trade mark law of the country.",
            ],
            "may breach the trade mark law of the country.",
        ),
        # a quotation introduced on the line before
        (
            [
                "The mayor repeated the promise she made in spring: “We will finish the work before the rains,” she said.",
                "Asked about the delay, she told reporters:",
                "“We will finish the work before the rains”",
            ],
            "“We will finish the work before the rains”",
        ),
    ],
)
def test_a_line_continuing_the_sentence_above_is_not_a_pull_quote(lines, repeat):
    b = BODY["en"]
    out = _labels([b[0], *lines, b[1], b[2]])
    last = lines[-1]
    assert not out[last][1][0].startswith("pull quote"), (repeat, out[last])


def test_a_sentence_written_once_is_not_a_pull_quote():
    b = BODY["en"]
    short = "The park will reopen in stages."
    out = _labels([b[0], b[1], short, b[2], b[3]])
    assert out[short][0] == "body", out[short]


def test_html_page_with_a_pull_quote(tmp_path):
    pytest.importorskip("trafilatura")
    from .helpers import classify_page

    b = BODY["en"]
    _, para, quote = PULL_QUOTES[0]
    path = tmp_path / "page.html"
    path.write_text(
        HTML_PAGE.format(p0=b[0], p1=b[1], p2=b[2], p3=b[3], para=para, quote=quote, bio=""),
        encoding="utf-8",
    )
    doc = classify_page(path)
    got = {doc.text[x.start : x.end]: x for x in doc.blocks}
    assert got[quote].label != "body" and got[quote].reasons[0].startswith("pull quote")
    assert all(got[p].label == "body" for p in (*b, para)), [(p, got[p].label) for p in b]
