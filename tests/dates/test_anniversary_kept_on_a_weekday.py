"""An anniversary kept on a weekday, told in the present ("The school marks
its centenary on Saturday", "La ciudad conmemora su bicentenario el sábado",
"Le club fête ses 50 ans samedi"): a schedule, so the weekday lies ahead,
as with "holds its reunion on Saturday". Only where the anniversary is named:
"celebrates the title won on Saturday", "fête la victoire obtenue samedi"
are reports, and a past form stays behind. Sentences written for these
tests; published Tuesday 2025-09-16."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates

PUB = "2025-09-16"


def found(text, lang):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, lang, PUB)]


@pytest.mark.parametrize(
    "lang,text,span",
    [
        (
            "en",
            "The lifeboat station marks its 150th anniversary on Saturday with open days.",
            "Saturday",
        ),
        ("en", "St Anne's School celebrates its centenary on Saturday.", "Saturday"),
        ("es", "La ciudad conmemora su bicentenario el sábado con un desfile.", "sábado"),
        ("fr", "Le club de rugby fête ses 50 ans samedi au stade municipal.", "samedi"),
        ("fr", "La commune célèbre le centenaire de son pont samedi.", "samedi"),
    ],
)
def test_an_anniversary_kept_lies_ahead(lang, text, span):
    assert found(text, lang) == [(span, "2025-09-20")]


@pytest.mark.parametrize(
    "lang,text,span",
    [
        ("en", "Fans celebrate the title won on Saturday.", "Saturday"),
        ("en", "The station marked its 150th anniversary on Saturday.", "Saturday"),
        ("es", "El club celebra el título conseguido el sábado.", "sábado"),
        ("fr", "Le club fête la victoire obtenue samedi.", "samedi"),
        ("fr", "La fête de samedi a réuni 300 personnes.", "samedi"),
    ],
)
def test_a_report_stays_behind(lang, text, span):
    assert found(text, lang) == [(span, "2025-09-13")]
