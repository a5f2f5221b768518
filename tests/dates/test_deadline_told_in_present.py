"""A deadline told in the present before a year-less date ("the filing
deadline is Sept. 5", "el plazo vence el 5 de septiembre", "l'échéance est
le 20 septembre") puts the date ahead of the publication: news
mostly looks back, so the date was read as last year's. Told in the past
("the deadline was", "el plazo venció", "la date limite était") it keeps
the nearest year behind. Sentences written for these tests; published
Wednesday 2024-03-13."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates

PUB = "2024-03-13"


def found(text, lang):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, lang, PUB)]


@pytest.mark.parametrize(
    "lang,text,expect",
    [
        ("en", "The filing deadline is Sept. 5, the county clerk said.", ("Sept. 5", "2024-09-05")),
        ("en", "The cut-off date is Feb. 1 for new applicants.", ("Feb. 1", "2025-02-01")),
        ("en", "Entries are open and the cutoff is Oct. 15.", ("Oct. 15", "2024-10-15")),
        ("es", "El plazo vence el 5 de septiembre, según la Agencia Tributaria.", ("5 de septiembre", "2024-09-05")),
        ("es", "El plazo finaliza el 2 de febrero para las solicitudes.", ("2 de febrero", "2025-02-02")),
        ("fr", "L'échéance est le 20 septembre pour les communes.", ("20 septembre", "2024-09-20")),
        ("fr", "Le délai expire le 30 octobre pour les dossiers.", ("30 octobre", "2024-10-30")),
    ],
)
def test_a_deadline_in_the_present_is_ahead(lang, text, expect):
    assert found(text, lang) == [expect]


@pytest.mark.parametrize(
    "lang,text,expect",
    [
        ("en", "The deadline was Sept. 5, the county clerk said.", ("Sept. 5", "2023-09-05")),
        ("en", "The headline ran on Sept. 5 in the evening paper.", ("Sept. 5", "2023-09-05")),
        ("es", "El plazo venció el 5 de septiembre.", ("5 de septiembre", "2023-09-05")),
        ("fr", "La date limite était le 5 septembre.", ("5 septembre", "2023-09-05")),
    ],
)
def test_a_deadline_in_the_past_or_no_deadline_stays_behind(lang, text, expect):
    assert found(text, lang) == [expect]
