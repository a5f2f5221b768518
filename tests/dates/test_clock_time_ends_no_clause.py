"""A mark between two digits ends no clause: a clock time or a decimal
between a future word and a weekday ('La rencontre débutera à 20.45 samedi',
'The match will kick off at 12:30 on Saturday', 'se jugará a las 21.00 el
sábado', 'sẽ diễn ra lúc 19.15 thứ Bảy', 'prévoit une hausse de 1,5 %
lundi') cut the clause, the future word was lost and fixtures were dated to
the weekday just past. A comma or a colon after a word still ends a clause.
Sentences written for these tests; published Wednesday 2025-03-12."""

from __future__ import annotations

import pytest

from newsline.dates.engine import resolve_dates


def found(text, lang):
    return [m.value for m in resolve_dates(text, lang, "2025-03-12")]


@pytest.mark.parametrize(
    "text,lang,value",
    [
        ("La rencontre débutera à 20.45 samedi.", "fr", "2025-03-15"),
        ("Le match aura lieu à 20:45 samedi.", "fr", "2025-03-15"),
        ("The match will kick off at 12:30 on Saturday.", "en", "2025-03-15"),
        ("El partido se jugará a las 21.00 el sábado.", "es", "2025-03-15"),
        ("Trận đấu sẽ diễn ra lúc 19.15 thứ Bảy.", "vi", "2025-03-15"),
        ("La Bourse prévoit une hausse de 1,5 % lundi.", "fr", "2025-03-17"),
        # a clause ended by a comma after a word: the future is another's
        ("Il partira demain, la réunion a eu lieu samedi.", "fr", "2025-03-08"),
    ],
)
def test_clock_times_and_decimals_end_no_clause(text, lang, value):
    assert found(text, lang)[-1] == value
