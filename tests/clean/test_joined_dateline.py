"""A plain-text wire story whose headline runs into its dateline on one line
("Talks stall in Geneva GENEVA, March 3 (Reuters) - ..."): the segmenter cuts
the line before the dateline, so the headline is the title and the story
opens with its dateline, as when they stand on two lines."""

from __future__ import annotations

from collections import Counter

import pytest

from newsline.clean import ClassifyBlocks, SegmentBlocks
from newsline.clean.segment import segment_text
from newsline.dates import ResolveDates
from newsline.model import Document

from .helpers import BODY


def _blocks(text):
    blocks, _ = segment_text(text)
    return [text[b.start : b.end] for b in blocks]


@pytest.mark.parametrize(
    "line,head,rest",
    [
        (
            "Talks stall in Geneva GENEVA, March 3 (Reuters) - Negotiators failed to agree.",
            "Talks stall in Geneva",
            "GENEVA, March 3 (Reuters) - Negotiators failed to agree.",
        ),
        (
            "Storm hits coast PORT ALDEN, Fla. (AP) — A storm tore through towns on Tuesday.",
            "Storm hits coast",
            "PORT ALDEN, Fla. (AP) — A storm tore through towns on Tuesday.",
        ),
        (
            "España y Francia firman el acuerdo MADRID, 5 mar (EFE).- Los gobiernos firmaron hoy.",
            "España y Francia firman el acuerdo",
            "MADRID, 5 mar (EFE).- Los gobiernos firmaron hoy.",
        ),
        (
            "Grève à la SNCF PARIS, 3 mars (AFP) - La grève continue ce mardi.",
            "Grève à la SNCF",
            "PARIS, 3 mars (AFP) - La grève continue ce mardi.",
        ),
        (
            "Neue Regeln für Mieter BERLIN (dpa) - Die Regierung hat neue Regeln beschlossen.",
            "Neue Regeln für Mieter",
            "BERLIN (dpa) - Die Regierung hat neue Regeln beschlossen.",
        ),
    ],
)
def test_headline_and_dateline_on_one_line_are_two_blocks(line, head, rest):
    assert _blocks(line) == [head, rest]


@pytest.mark.parametrize(
    "line",
    [
        # a sentence before the dateline: not a headline
        "He said the deal was done. GENEVA (Reuters) - Negotiators failed.",
        # a whole line in capitals: the place goes on from the start
        "TALKS STALL IN GENEVA (Reuters) - Negotiators failed.",
        # the brackets name no news agency
        "The group met the WHO (World Health Organization) - a first for the city.",
        "Leaders meet in Rome ROME (Vatican) - The talks began.",
        # no dash after the agency
        "Shares of the bank rose in NEW YORK (Reuters) trading on Monday.",
        # a dateline opening its own line
        "GENEVA, March 3 (Reuters) - Negotiators failed to agree.",
    ],
)
def test_lines_without_a_joined_headline_stay_whole(line):
    assert _blocks(line) == [line]


def test_joined_headline_is_the_title_and_the_dateline_opens_the_body():
    line = (
        "Talks stall in Geneva GENEVA, March 3 (Reuters) - Negotiators failed on Monday to "
        "agree on a ceasefire plan, diplomats said."
    )
    text = "\n".join([line, *BODY["en"]])
    doc = Document(id="t", source="test", text=text)
    SegmentBlocks()([doc], Counter())
    ClassifyBlocks()([doc], Counter())
    got = [(doc.text[b.start : b.end], b.label) for b in doc.blocks]
    assert got[0] == ("Talks stall in Geneva", "title")
    assert got[1][0].startswith("GENEVA, March 3 (Reuters) -") and got[1][1] == "body"
    assert doc.title == "Talks stall in Geneva"


def test_the_dateline_date_is_read_as_the_filing_date():
    text = "\n".join(
        [
            (
                "Talks stall in Geneva GENEVA, March 3 (Reuters) - Negotiators failed on "
                "Tuesday to agree on a ceasefire plan, diplomats said."
            ),
            *BODY["en"],
        ]
    )
    doc = Document(id="t", source="test", text=text, published="2024-03-05")
    for stage in (SegmentBlocks(), ClassifyBlocks(), ResolveDates()):
        stage([doc], Counter())
    got = {text[m.start : m.end]: m.value for m in doc.dates}
    assert got["March 3"] == "2024-03-03"
    # the weekday counts back from the filing date, not from publication
    assert got["Tuesday"] == "2024-02-27"
