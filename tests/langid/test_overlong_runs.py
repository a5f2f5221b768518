"""Letter runs too long to be words never reach the model.

lingua's cost grows with the square of a word's length: a line of 100,000
letters without a space (a scraper's glued text, an encoded blob) took 3.4 s,
and the same run after four words in a block as long; the model then named
a language for letters that are no word ('id'). The model is now shown the
text less such runs (over 100 letters; German's longest compounds have about
60), and a text of nothing else has no language. Text of real words, long
compounds, and Han/kana/Hangul written without spaces reach it as they are.

The tests count what the model is asked (a wrapper around the detector),
never the time it takes.
"""

from __future__ import annotations

import re
from collections import Counter

import pytest

from newsline.langid import IdentifyLanguages
from newsline.langid import detect as D
from newsline.langid.detect import detect_language, detect_spans
from newsline.model import Block, Document

# a run of letters of a space-separated script (not Han, kana or Hangul)
_RUN = re.compile(r"[^\W\d_\u3040-\u30ff\u3130-\u318f\u3400-\u9fff\uac00-\ud7af]+")


class _Recorder:
    """A detector that keeps every text the stage asks it about."""

    def __init__(self, detector, asked: list[str]) -> None:
        self._detector, self._asked = detector, asked

    def compute_language_confidence_values(self, text):
        self._asked.append(text)
        return self._detector.compute_language_confidence_values(text)


@pytest.fixture
def asked(monkeypatch):
    texts: list[str] = []
    real = D._detector
    monkeypatch.setattr(D, "_detector", lambda langs, high: _Recorder(real(langs, high), texts))
    D._cached_confidences.cache_clear()
    yield texts
    D._cached_confidences.cache_clear()


def _longest_run(texts: list[str]) -> int:
    return max((len(m.group(0)) for t in texts for m in _RUN.finditer(t)), default=0)


def _identify(text: str, blocks: bool) -> Document:
    doc = Document(id="t", source="test", text=text)
    if blocks:
        doc.blocks = [Block(0, len(text))]
    IdentifyLanguages()([doc], Counter())
    return doc


GLUED = [
    "abcdefghij" * 10_000,  # Latin letters, no space
]


@pytest.mark.parametrize("text", GLUED, ids=["latin"])
def test_a_text_of_one_endless_run_has_no_language(asked, text):
    assert detect_language(text) is None
    assert _longest_run(asked) <= 100


@pytest.mark.parametrize("text", GLUED, ids=["latin"])
def test_an_unblocked_page_of_one_endless_run_has_no_language(asked, text):
    doc = _identify(text, blocks=False)
    assert doc.lang is None
    assert _longest_run(asked) <= 100


def test_glued_vietnamese_letters_stay_vietnamese(asked):
    # letters only Vietnamese writes decide before the model is asked
    assert detect_language("đâyđượcviết" * 5_000) == "vi"
    assert _longest_run(asked) <= 100


@pytest.mark.parametrize(
    ("words", "lang"),
    [
        ("The council approved the new budget for schools on Monday ", "en"),
        ("Le conseil municipal a voté le nouveau budget des écoles lundi ", "fr"),
        ("Pemerintah kota menyetujui anggaran baru untuk sekolah pada hari Senin ", "id"),
    ],
)
@pytest.mark.parametrize("blocks", [True, False])
def test_words_beside_an_endless_run_decide(asked, words, lang, blocks):
    text = words + "qwzrtplkmnbv" * 8_000  # the run in the words' sentence
    doc = _identify(text, blocks)
    assert doc.lang == lang
    assert _longest_run(asked) <= 100
    assert any(words.split()[1] in t for t in asked)  # the words did reach the model


# --- near misses: what must reach the model as it is ---------------------


def test_a_long_compound_reaches_the_model_whole(asked):
    compound = "Rindfleischetikettierungsueberwachungsaufgabenuebertragungsgesetz"
    text = f"Der Landtag hat das {compound} nach langer Debatte wieder aufgehoben."
    assert detect_language(text) == "de"
    assert any(compound in t for t in asked)


def test_a_run_of_exactly_one_hundred_letters_is_kept(asked):
    run = ("abcdefghij" * 10)[:100]
    text = f"The committee wrote {run} in the minutes of the meeting on Tuesday."
    detect_language(text)
    assert any(run in t for t in asked)


def test_han_without_spaces_in_a_latin_page_reaches_the_model_whole(asked):
    han = "北京市政府今天宣布新的交通规划将于明年开始实施" * 5  # 115 characters, no space
    english = (
        "The city government announced a new transport plan on Monday, "
        "and the full statement in Chinese reads as follows for readers "
        "who prefer the original wording of the announcement. "
    )
    text = english * 4 + han  # mostly Latin letters: the model is asked
    detect_language(text)
    assert any(han in t for t in asked)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The council approved the new budget for schools on Monday.", "en"),
        ("Hội đồng thành phố đã thông qua ngân sách mới cho các trường học.", "vi"),
        ("Der Stadtrat hat am Montag den neuen Haushalt für die Schulen beschlossen.", "de"),
    ],
)
def test_ordinary_sentences_keep_their_language(text, lang):
    assert detect_language(text) == lang


# --- siblings: long lines of repeated short words, alternating scripts -----


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("a " * 2_000, None),  # one word said over and over
        ("the " * 5_000, None),
        ("aก" * 50_000, "th"),  # scripts alternating every character
        ("a中" * 50_000, "zh"),
        ("a1" * 50_000, None),  # letters and digits alternating
    ],
    ids=["a-space", "the-space", "latin-thai", "latin-han", "latin-digit"],
)
def test_long_degenerate_lines_get_a_sensible_answer(asked, text, lang):
    assert detect_language(text) == lang
    spans = detect_spans(text)
    assert spans and spans[0][0] == 0 and spans[-1][1] == len(text)
    assert _longest_run(asked) <= 100


# --- the pattern itself on 100,000-character adversarial input ---------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a" * 100_000, " "),
        ("a" * 100 + " ", "a" * 100 + " "),
        (("a" * 100 + " ") * 1_000, ("a" * 100 + " ") * 1_000),  # each run one short
        (("a" * 100 + "1") * 1_000, ("a" * 100 + "1") * 1_000),
        ("中" * 100_000, "中" * 100_000),
        ("中" + "a" * 100_000, "中 "),
        ("ab " * 33_000, "ab " * 33_000),
    ],
    ids=["one-run", "hundred", "hundreds", "hundreds-digits", "han", "han-run", "short-words"],
)
def test_overlong_pattern_on_long_input(text, expected):
    from newsline.langid.detect import _for_model

    assert _for_model(text) == expected
