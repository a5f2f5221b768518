"""The capitalised-word runs the name-variant rule reads were searched from
every capital letter, and each search ran to the end of its word: a word of
40,000 capitals without a space ("Ankara'Ankara'...", as a scraper may glue a
breadcrumb or a tag list) took minutes. The search now opens where a word
opens; the pairs it finds are the same, also in the middle of a word
("iPhone Pro" -> "Phone Pro"). Pages written for this test."""

from __future__ import annotations

from newsline.flags.rules import _name_pairs, units_of
from newsline.model import Document
from tests.flags.helpers import flagged
from tests.langid.helpers import line_blocks


def _pairs(text: str) -> list[tuple[str, str]]:
    doc = Document(id="d", source="test", text=text, blocks=line_blocks(text))
    return [(text[a:z], pair) for a, z, pair in _name_pairs(doc, units_of(doc))]


def test_a_long_capitalised_word_without_spaces_is_read_once():
    glued = "Ankara'" * 40_000
    text = f"{glued} dedi ve Recep Tayyip konuştu.\nο Κώστας Παπαδόπουλος\n"
    assert _pairs(text) == [
        ("Recep Tayyip", "Recep Tayyip"),
        ("Κώστας Παπαδόπουλος", "Κώστας Παπαδόπουλος"),
    ]


def test_other_glued_runs_are_read_once():
    for glued in ("Ж-" * 50_000, "aÉ" * 50_000, "São_" * 30_000):
        assert _pairs(f"{glued} y Doña Inés Arrimadas.\n") == [
            ("Doña Inés", "Doña Inés"),
            ("Inés Arrimadas", "Inés Arrimadas"),
        ]


def test_a_page_with_a_glued_run_is_flagged_without_stalling():
    text = (
        "Le ministre Jean Dupont a présenté mardi le budget de la ville.\n"
        + "Paris'" * 40_000
        + "\nSelon Jean Dupond, les dépenses baisseront de 3 %.\n"
    )
    doc = flagged(text)
    assert doc.text == text


def test_pairs_inside_and_after_words_are_unchanged():
    # near misses: the pair starts at the word's first capital, a glued
    # word that does end before a capital still pairs, lower case does not
    assert _pairs("the iPhone Pro sold out\n") == [("Phone Pro", "Phone Pro")]
    assert _pairs("McDonald's Corp said\n") == [("McDonald's Corp", "McDonald Corp")]
    assert _pairs("eBay-Inc Zurich\n") == [("Bay-Inc Zurich", "Bay-Inc Zurich")]
    assert _pairs("a b c iphone pro\n") == []
    # a combining accent is no word letter: "A" + U+0301 ends before it
    assert _pairs("A\u0301lvaro Gómez\n") == []
