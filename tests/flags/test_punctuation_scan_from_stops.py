"""The punctuation artefacts' scans open with their space or full stop.

Both scans of ``punctuation_flags`` (a space before punctuation, a lower-case
word after a full stop) used to open with a look-behind, so the regex engine
tried them at every character of every block. They now open with the space or
the stop and look back after it, so the engine jumps between those
characters. The matches must be exactly the old ones: the old patterns are
kept here as the reference and both are run over pages written for this file
(other sites' styles, several languages), near misses and random strings.
"""

from __future__ import annotations

import random
import re

import pytest

from tests.flags.helpers import flagged, kinds

# The patterns as they were (the reference for the spans).
OLD_LOWER_AFTER_STOP = re.compile(r"(?<=[^\W\d_]{3}) ?\. ([^\W\d_]{2,})|(?<=\w) \. ([^\W\d_]+)")


def old_space_before(marks: str) -> re.Pattern[str]:
    return re.compile(r"(?<=\w) +([" + re.escape(marks) + r"])(?=\s|$)")


def _old_stops(text: str) -> list[tuple[int, int, str]]:
    return [
        (m.start(), m.end(), m.group(1) or m.group(2)) for m in OLD_LOWER_AFTER_STOP.finditer(text)
    ]


def _new_stops(text: str) -> list[tuple[int, int, str]]:
    from newsline.flags.rules import _LOWER_AFTER_STOP

    return [
        (m.start(), m.end(), m.group(1) or m.group(2) or m.group(3))
        for m in _LOWER_AFTER_STOP.finditer(text)
    ]


def _spaces(rx: re.Pattern[str], text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group(1)) for m in rx.finditer(text)]


SAMPLES = [
    # spaced stops and commas of sentence-by-sentence translation
    "Der Bürgermeister stellte den Plan vor . er sagte , dass 2.000 Wohnungen entstehen .",
    "Le maire a présenté le plan . il a dit que le coût est de 300 millions d'euros .",
    "Мэр представил план . он сказал , что жилье будет доступным ; стоимость 300 млн .",
    "Wali kota mengumumkan rencana itu . dia berkata ini penting ! ya ?",
    "hasta 2027 . y dijo que el plan es muy importante",
    # near misses: abbreviations, decimals, careful punctuation, other scripts
    "Dr. Smith met U.S. officials at 3.5 p.m. e.g. this one, approx. three.",
    "El plan, de aprox. 300 millones, incluye p. ej. ayudas. La oposición votará.",
    "นายกรัฐมนตรีกล่าวว่า . แผนนี้สำคัญ , มาก",
    "市长表示 . 计划很重要 , 将建设2000套住房 。",
    "a . b", "ab . c", "abc. de", "abc . d", "x1 . y", "_ . z", "é . à", "  . a", ". a",
    "word  ;  next", "word ,\nnext", "word ,", "word\t, next", "end .\nnext line",
]


@pytest.mark.parametrize("text", SAMPLES)
def test_stop_scan_finds_exactly_the_old_matches(text):
    assert _new_stops(text) == _old_stops(text)


@pytest.mark.parametrize("marks", [".,;:!?", ".,"])
@pytest.mark.parametrize("text", SAMPLES)
def test_space_scan_finds_exactly_the_old_matches(text, marks):
    from newsline.flags.rules import _space_before_re

    assert _spaces(_space_before_re(marks), text) == _spaces(old_space_before(marks), text)


def test_random_strings_match_the_old_scans():
    from newsline.flags.rules import _space_before_re

    rng = random.Random(7)
    alphabet = "ab  ..  x1_é中Zд\n\t.,;:!?"
    new_space, old_space = _space_before_re(".,;:!?"), old_space_before(".,;:!?")
    for _ in range(20000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 16)))
        assert _new_stops(text) == _old_stops(text), text
        assert _spaces(new_space, text) == _spaces(old_space, text), text


def test_every_alternative_opens_with_a_space_or_a_stop():
    """What makes the scans cheap: no alternative opens with a look-behind."""
    from newsline.flags.rules import _LOWER_AFTER_STOP, _space_before_re

    # (the stop pattern has no "|" inside its groups)
    for alternative in _LOWER_AFTER_STOP.pattern.split("|"):
        assert alternative.startswith((" ", "\\.")), alternative
    assert _space_before_re(".,;:!?").pattern.startswith(" ")


LONG = {
    "letters": "a" * 100_000,
    "spaces": " " * 100_000,
    "spaced stops": "ab ." * 25_000,
    "stops": ". " * 50_000,
    "words then a stop": "a " * 50_000 + ".",
    "spaced commas": "é ," * 33_000,
}


@pytest.mark.parametrize("text", list(LONG.values()), ids=list(LONG))
def test_long_adversarial_blocks_are_scanned(text):
    # (no timing asserted: each scan is linear; this only runs them)
    from newsline.flags.rules import _space_before_re

    assert _new_stops(text) == _old_stops(text)
    assert _spaces(_space_before_re(".,;:!?"), text) == _spaces(old_space_before(".,;:!?"), text)


DE = (
    "Bürgermeister stellt neuen Wohnungsplan vor\n"
    "Der Bürgermeister stellte einen Plan vor , der 2.000 Wohnungen bis 2027 bringen soll . "
    "er sagte , dass der Plan für junge Familien sehr wichtig ist .\n"
    "Laut dem Bürgermeister kostet der Plan 300 Millionen Euro . der größte Teil kommt aus "
    "europäischen Fonds .\n"
)
DE_CAREFUL = (
    "Bürgermeister stellt neuen Wohnungsplan vor\n"
    "Der Plan, ca. 300 Mio. Euro schwer, umfasst u. a. Mietzuschüsse und 2.000 neue "
    "Wohnungen bis 2027. Die Opposition stimmt im Mai ab.\n"
    "Laut dem Bürgermeister liegen die Kosten bei 300 Millionen Euro.\n"
)


def test_a_page_translated_sentence_by_sentence_is_still_flagged():
    doc = flagged(DE)
    got = kinds(doc, "machine_translation", signal="punctuation")
    assert len(got) == 1, [f.reason for f in doc.flags]
    counts = got[0].data["counts"]
    assert counts.get("space before punctuation", 0) >= 2
    assert counts.get("sentence starting in lower case after a full stop", 0) >= 2


def test_careful_punctuation_with_abbreviations_is_still_not_flagged():
    doc = flagged(DE_CAREFUL)
    assert kinds(doc, "machine_translation", signal="punctuation") == []
