"""An update stamp opening a line ("Updated March 7: ...", "Mis à jour le 7
mars : ...") is the day that line was written: a weekday or "yesterday" on
it counts from the update's day, not from the page's older stamp. The text
below it, written on the page's day, still counts from the page's stamp.

A page updated in place keeps its first publication date as its stamp, so
"confirmed on Wednesday" in a line added a day later was read as the
Wednesday before publication. Sentences invented for this test (not from any
page), in other languages and styles than the story that showed it."""

from __future__ import annotations

import pytest

from newsline.dates.engine import resolve_dates


def _values(text: str, lang: str, published: str) -> list[str]:
    return [m.value for m in resolve_dates(text, lang, published=published)]


@pytest.mark.parametrize(
    ("text", "lang", "published", "want"),
    [
        # an English page of Monday 10 May 2027, updated on Thursday the 13th
        (
            (
                "Updated May 13, 09:40: The ministry confirmed on Thursday that the bridge will reopen.\n"
                "Engineers closed the bridge on Sunday after cracks appeared."
            ),
            "en",
            "2027-05-10",
            ["2027-05-13", "2027-05-13", "2027-05-09"],
        ),
        # Spanish: "ayer" on the update line is the day before the update
        (
            (
                "Actualizado el 14 de mayo: la fiscalía informó ayer de dos detenciones.\n"
                "La policía registró el almacén el lunes."
            ),
            "es",
            "2027-05-11",
            ["2027-05-14", "2027-05-13", "2027-05-10"],
        ),
        # Vietnamese: "hôm qua" after "Cập nhật ngày 14/5"
        (
            (
                "Cập nhật ngày 14/5: Bộ Y tế cho biết hôm qua đã có thêm 12 ca mắc.\n"
                "Ổ dịch được phát hiện hôm thứ Hai tại Cần Thơ."
            ),
            "vi",
            "2027-05-11",
            ["2027-05-14", "2027-05-13", "2027-05-10"],
        ),
    ],
)
def test_a_relative_day_on_an_update_line_counts_from_the_update(text, lang, published, want):
    assert _values(text, lang, published) == want


def test_an_update_word_inside_a_sentence_is_no_stamp():
    # "updated" is the sentence's verb, not a stamp opening the line: Friday
    # counts from the page's day
    text = "The agency updated its forecast on 14 May and warned on Friday of floods."
    assert _values(text, "en", "2027-05-17") == ["2027-05-14", "2027-05-14"]
