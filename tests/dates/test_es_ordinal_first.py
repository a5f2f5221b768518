"""Spanish writes the first of the month as an ordinal, in the RAE's
spelling with a period ("1.º de agosto") as well as "1º" / "1°": all are
the day. Sentences invented; published 2024-08-14."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates


@pytest.mark.parametrize(
    "text,expect",
    [
        ("La votación se celebró el 1.º de agosto en todo el país.", [("2024-08-01", None)]),
        ("Del 1.º al 3 de agosto hubo protestas en la capital.", [("2024-08-01", "2024-08-03")]),
        ("El 1.º de agosto de 2023 se aprobó la ley.", [("2023-08-01", None)]),
        ("La votación se celebró el 1º de agosto en todo el país.", [("2024-08-01", None)]),
    ],
)
def test_ordinal_first_of_the_month(text, expect):
    assert [(m.value, m.end_value) for m in resolve_dates(text, "es", "2024-08-14")] == expect
