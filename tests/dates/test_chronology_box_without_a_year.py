"""A timeline box with no year above it ("Diễn biến chính:\n- 8/11: ...\n-
10/11: ..."): bare day/month labels opening lines one after another, in
calendar order, are a chronology's days, read with the publication's year.
Alone, or in an order no calendar runs (a list of scores), a bare "3/1" at a
line's start stays unread (held-out story19: the six lines of a Vietnamese
box were no dates). Sentences written for these tests."""

from __future__ import annotations

import pytest

from newsline.dates.engine import resolve_dates


def found(text, lang, pub):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, lang, pub)]


@pytest.mark.parametrize(
    "text,lang,pub,expected",
    [
        (
            "Các mốc chính:\n- 3/2: Nước sông Mã dâng cao\n- 5/2: Quân đội đến hỗ trợ\n- 9/2: Nước rút",
            "vi",
            "2041-02-12",
            [("3/2", "2041-02-03"), ("5/2", "2041-02-05"), ("9/2", "2041-02-09")],
        ),
        (
            "Cronología\n• 12/9: se abre el juicio en Valencia\n• 19/9: el jurado delibera",
            "es",
            "2041-09-25",
            [("12/9", "2041-09-12"), ("19/9", "2041-09-19")],
        ),
        (
            "Les dates clés\n28/6 : dépôt de la plainte\n\n2/7 : première audience",
            "fr",
            "2041-07-10",
            [("28/6", "2041-06-28"), ("2/7", "2041-07-02")],
        ),
    ],
)
def test_a_box_of_day_labels_is_read(text, lang, pub, expected):
    assert found(text, lang, pub) == expected


@pytest.mark.parametrize(
    "text,lang",
    [
        # one label alone: a ratio, a score, a share as much as a day
        ("Kết quả:\n- 3/1: đội chủ nhà thắng", "vi"),
        # labels that run backwards: no calendar (a table of results)
        ("Resultados\n- 4/2: victoria local\n- 1/1: empate", "es"),
        # two labels far apart, not on lines one after another
        ("3/2 : ouverture\nUn long paragraphe.\nUn autre.\nEncore un.\n5/2 : clôture", "fr"),
    ],
)
def test_a_lone_or_unordered_label_stays_unread(text, lang):
    assert found(text, lang, "2041-02-12") == []
