"""IdentifyLanguages.warm() loads the models the stage will use.

lingua loads its models lazily, one n-gram size at a time, the first time a
text has a word that long (high-accuracy mode reads n-grams of one to five
letters; low-accuracy mode trigrams only). The detector is wrapped to record
the texts it is asked about during warm(); the n-gram sizes those texts reach
are the models that are loaded. No timing is measured.
"""

from __future__ import annotations

import re

import newsline.langid.detect as detect
from newsline.langid import IdentifyLanguages
from newsline.settings import LangSettings

_LETTER_RUN = re.compile(r"[^\W\d_]+")


class _RecordingDetector:
    def __init__(self, real, asked: list[str]):
        self._real, self._asked = real, asked

    def compute_language_confidence_values(self, text: str):
        self._asked.append(text)
        return self._real.compute_language_confidence_values(text)


def _ngram_sizes_loaded(texts: list[str], largest: int) -> set[int]:
    longest = max((len(w) for t in texts for w in _LETTER_RUN.findall(t)), default=0)
    return set(range(1, min(largest, longest) + 1))


def _warm_and_record(monkeypatch, settings: LangSettings) -> dict[bool, list[str]]:
    asked: dict[bool, list[str]] = {True: [], False: []}
    real_detector = detect._detector

    def counting_detector(languages, high_accuracy):
        return _RecordingDetector(real_detector(languages, high_accuracy), asked[high_accuracy])

    monkeypatch.setattr(detect, "_detector", counting_detector)
    IdentifyLanguages(settings).warm()
    return asked


def test_warm_loads_every_ngram_size_high_accuracy_mode_reads(monkeypatch):
    asked = _warm_and_record(monkeypatch, LangSettings())
    assert asked[True], "warm() never asked the high-accuracy detector"
    assert _ngram_sizes_loaded(asked[True], 5) == {1, 2, 3, 4, 5}, asked[True]
    # low-accuracy mode (long texts) reads trigrams: warm loads them too
    assert _ngram_sizes_loaded(asked[False], 3) == {1, 2, 3}, asked[False]


def test_warm_asks_latin_text_so_every_latin_language_stays_a_candidate(monkeypatch):
    # lingua narrows the candidates by the letters of the text: a warm-up text
    # with letters only some Latin-script languages use (đ, ß, ñ) would load
    # those languages' models only
    asked = _warm_and_record(monkeypatch, LangSettings())
    assert all(t.isascii() for t in asked[True]), asked[True]


def test_warm_without_high_accuracy_asks_only_the_low_accuracy_detector(monkeypatch):
    # near miss: a configuration that never uses high-accuracy mode must not
    # load its models (about twice the memory)
    asked = _warm_and_record(monkeypatch, LangSettings(high_accuracy=False))
    assert not asked[True]
    assert asked[False]

