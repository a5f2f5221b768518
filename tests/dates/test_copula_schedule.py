"""A schedule told with the copula right before a weekday ('Kick-off is at
12.30 on Saturday', 'The funeral is on Friday', 'La final es el sábado', 'El
saque inicial es a las 21.00 del sábado') lies ahead, as 'opens on' does:
fixture notes were dated to the weekday just past. A past copula ('He was on
Monday in Paris'), a copula elsewhere in the sentence ('The focus is on
reform, the minister said on Monday', 'El problema es que el lunes hubo
apagones') change nothing. Sentences written for these tests; published
Wednesday 2025-03-12."""

from __future__ import annotations

import pytest

from newsline.dates.engine import resolve_dates


@pytest.mark.parametrize(
    "text,lang,value",
    [
        ("Kick-off is at 12.30 on Saturday.", "en", "2025-03-15"),
        ("The funeral is on Friday.", "en", "2025-03-14"),
        ("The council said the vote is on Friday.", "en", "2025-03-14"),
        ("La final es el sábado.", "es", "2025-03-15"),
        ("El saque inicial es a las 21.00 del sábado.", "es", "2025-03-15"),
        ("He was on Monday in Paris.", "en", "2025-03-10"),
        ("The focus is on reform, the minister said on Monday.", "en", "2025-03-10"),
        ("El problema es que el lunes hubo apagones.", "es", "2025-03-10"),
    ],
)
def test_copula_schedule(text, lang, value):
    assert [m.value for m in resolve_dates(text, lang, "2025-03-12")] == [value]
