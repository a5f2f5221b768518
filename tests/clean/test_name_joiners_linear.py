"""The spaces before a word joining two writers' names ("Ana Ruiz y Luis
Gil") were tried from every space of a run, each reading to the run's end:
a byline or credit padded with 100,000 spaces (a scraped page's layout
whitespace) took minutes. The search now opens where the run opens; the
splits are the same. Lines written for this test."""

from __future__ import annotations

from newsline.clean.features import NAME_JOINERS_RE


def _names(text: str) -> list[str]:
    return [p.strip() for p in NAME_JOINERS_RE.split(text) if p.strip()]


def test_a_joiner_after_a_long_run_of_spaces_splits_once():
    # the first run reaches no joiner (each of its spaces was tried), the second does
    pad = " " * 100_000
    assert _names(f"Ana{pad}Ruiz y Luis Gil") == [f"Ana{pad}Ruiz", "Luis Gil"]
    lines = " \n" * 50_000
    assert _names(f"Minh{lines}Anh và Thu Hà") == [f"Minh{lines}Anh", "Thu Hà"]


def test_a_long_run_of_spaces_without_a_joiner_is_no_split():
    pad = " " * 100_000
    assert _names(f"Ana Ruiz{pad}Luis Gil") == [f"Ana Ruiz{pad}Luis Gil"]
    assert _names("\u3000" * 100_000) == []


def test_ordinary_bylines_split_as_before():
    assert _names("Priya Raman and Tom Okafor") == ["Priya Raman", "Tom Okafor"]
    assert _names("Jean Roux,  et  Marie Blanc & Luc Petit") == [
        "Jean Roux",
        "Marie Blanc",
        "Luc Petit",
    ]
    assert _names("张三、李四和王五") == ["张三", "李四", "王五"]
    # near misses: a joiner inside a word or without spaces is no joiner
    assert _names("Sandy Andrews") == ["Sandy Andrews"]
    assert _names("Anna-und-Otto Verlag") == ["Anna-und-Otto Verlag"]
