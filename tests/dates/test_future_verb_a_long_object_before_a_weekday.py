"""A weekday told ahead by a future verb a long object away ("will hold a
news conference with the World Health Organization on Thursday", held-out
story12's English wire, published on a Monday) is the Thursday ahead: the
future verb was read only within 60 characters before the weekday, and
such a sentence was dated the Thursday before. Sentences written for this
test in other styles and languages, published Monday 2030-08-05. Near
misses: a verb told in the past in the clause keeps the day behind; so does
a clause mark cutting the future verb off."""

from __future__ import annotations

from collections import Counter

import pytest

from newsline.dates import ResolveDates
from newsline.model import Document

AHEAD, BEHIND = "2030-08-08", "2030-08-01"


def _day(text: str, lang: str) -> list[str]:
    doc = Document(id="d", source="s", text=text, lang=lang, published="2030-08-05")
    ResolveDates()([doc], Counter())
    return [m.value for m in doc.dates if m.granularity == "day"]


@pytest.mark.parametrize(
    "text, lang",
    [
        (
            (
                "The port authority will present its plan for the new container terminal "
                "to the city council and the unions on Thursday."
            ),
            "en",
        ),
        (
            (
                "Le syndicat des pilotes présentera ses revendications salariales à la direction "
                "générale de la compagnie et aux représentants de l'État jeudi."
            ),
            "fr",
        ),
        (
            (
                "La patronal entregará su propuesta de convenio colectivo a los sindicatos del "
                "metal y a la consejería de Empleo de la Junta el jueves."
            ),
            "es",
        ),
        (
            (
                "Sở Giao thông vận tải sẽ công bố phương án phân luồng mới cho các tuyến xe buýt "
                "nội đô và xe khách liên tỉnh vào thứ Năm."
            ),
            "vi",
        ),
    ],
)
def test_a_future_verb_a_long_object_away_puts_the_weekday_ahead(text, lang):
    assert _day(text, lang) == [AHEAD]


@pytest.mark.parametrize(
    "text, lang",
    [
        # a past verb in the clause: the weekday is the one just past
        (
            (
                "The engineers who will run the new container terminal from next year "
                "visited the site with the city council on Thursday."
            ),
            "en",
        ),
        (
            (
                "Les experts qui dirigeront l'enquête sur l'effondrement du pont ont rencontré "
                "les familles des victimes jeudi."
            ),
            "fr",
        ),
        # a clause mark cuts the future verb off
        (
            (
                "The port will open a new container terminal next year; its board met the "
                "city council and the dockers' unions on Thursday."
            ),
            "en",
        ),
    ],
)
def test_a_past_verb_or_a_clause_mark_keeps_the_weekday_behind(text, lang):
    assert BEHIND in _day(text, lang)
