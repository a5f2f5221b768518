"""A function word said twice with more than one space between, or a no-break
space, is the same decoder's slip as one parted by a single space: the quick
check whether a page holds any doubled word must not pass it over. Two lines
that end and open on the same word are no doubling. Pages written for this
file; the positives failed before the quick check used the deciding pattern."""

from __future__ import annotations

import pytest

from tests.flags.helpers import flagged, kinds

IT = (
    "Il comune rinnova la rete idrica del centro storico\n"
    "{a}\n"
    "I lavori dureranno sei mesi e riguarderanno circa quattro chilometri di tubature, "
    "secondo quanto comunicato dall'ufficio tecnico.\n"
    "{b}\n"
)
RU = (
    "Город откроет новый парк у реки\n"
    "{a}\n"
    "Парк площадью двенадцать гектаров будет открыт для жителей весной следующего года, "
    "сообщили в администрации.\n"
    "{b}\n"
)


def doubled(doc):
    return kinds(doc, "machine_translation", signal="doubled_word")


@pytest.mark.parametrize(
    "page, a, b",
    [
        # two spaces between each pair
        (
            IT,
            "Il progetto è stato finanziato con  con fondi regionali e per  per la manutenzione.",
            "Gli abitanti della  della zona potranno seguire i lavori online.",
        ),
        # a no-break space, and a tab, between each pair
        (
            RU,
            "Работы начнутся в\u00a0в апреле и будут вестись на\u00a0на средства города.",
            "Жители смогут следить за ходом работ по\tпо видеосвязи.",
        ),
    ],
)
def test_a_doubled_word_parted_by_several_or_no_break_spaces_is_found(page, a, b):
    doc = flagged(page.format(a=a, b=b))
    got = doubled(doc)
    assert got, [f.reason for f in doc.flags]
    assert len(got[0].data["words"]) == 3


def test_the_same_word_ending_one_line_and_opening_the_next_is_no_doubling():
    doc = flagged(
        IT.format(
            a="Il progetto è stato finanziato con\ncon fondi regionali, disse il sindaco, per\n"
            "per la manutenzione della\ndella rete.",
            b="Gli abitanti potranno seguire i lavori online.",
        )
    )
    assert not doubled(doc), [f.reason for f in doc.flags]
