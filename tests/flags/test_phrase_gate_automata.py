"""_may_contain_any reads its gate with two automata, one pass each: the
plain entries as substrings, the first words as whole words of the text
(no word character on either side). Its answers are those of the former
reading: a substring search per plain entry, then the text's \\w+ words
against the first words. Texts and tables written for this file."""

from __future__ import annotations

import re

import pytest

from newsline.flags import rules
from newsline.flags.rules import _may_contain_any


def _former(text, phrases, unspaced, plurals=False):
    first, plain = (rules._plural_gate if plurals else rules._phrase_gate)(phrases, unspaced)
    return any(p in text for p in plain) or not first.isdisjoint(re.findall(r"\w+", text))


TABLES = [
    # spaced: first words read whole ("tragamonedas" is no "monedas")
    (("monedas gratis", "apuesta segura", "préstamo rápido"), False),
    (("vay tiền nhanh", "nhà cái", "cá cược"), False),
    (("jackpot", "#1 casino", "free spins"), False),  # "#1 …" is a plain entry
    # unspaced: every entry plain
    (("บาคาร่า", "สล็อต", "เครดิตฟรี"), True),
    (("彩金", "百家乐", "真人娱乐"), True),
]
TEXTS = [
    "Las tragamonedas del museo y sus monedas antiguas.",
    "Monedas gratis cada día",  # capitalised: the gate reads the text as given
    "monedas_gratis",  # an underscore is a word character
    "sin monedas.",
    "apuestas seguras en la liga",  # plural of a first word
    "préstamo, rápido",
    "Vay tiền nhanh qua app, nhà cái uy tín",
    "vaytiền",
    "jackpots and jackpot2",
    "win a jackpot!",
    "#1 casino in town",
    "mónedas",
    "monedas\u0301 con tilde",  # a combining mark is no word character
    "สล็อตเว็บตรง",
    "注册送彩金",
    "",
]


@pytest.mark.parametrize("phrases, unspaced", TABLES)
@pytest.mark.parametrize("plurals", [False, True])
@pytest.mark.parametrize("text", TEXTS)
def test_same_answers_as_the_substring_and_word_set_reading(text, phrases, unspaced, plurals):
    assert _may_contain_any(text, phrases, unspaced, plurals) == _former(
        text, phrases, unspaced, plurals
    )


def test_a_first_word_inside_a_longer_word_is_no_word():
    assert _may_contain_any("tragamonedas", ("monedas gratis",), False) is False
    assert _may_contain_any("las monedas", ("monedas gratis",), False) is True


def test_the_gate_builds_no_word_set(monkeypatch):
    def no_word_set(text):
        raise AssertionError("the text's word set was built")

    monkeypatch.setattr(rules, "_tokens", no_word_set)
    assert _may_contain_any("the council met on tuesday", ("free spins",), False) is False


def test_word_characters_are_isalnum_or_underscore():
    # the whole-word test reads \w as str.isalnum() or "_", as the re module does
    every = "".join(chr(cp) for cp in range(0x110000) if not 0xD800 <= cp <= 0xDFFF)
    assert re.findall(r"\w", every) == [c for c in every if rules._word_char(c)]
