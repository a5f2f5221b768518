"""A paragraph naming two trades or more is an injected advert only when it
speaks of its own wares: a sentence reporting on the trade shares its
headline's words (invented pages: a medicines agency's warning in Spanish, a
consumer group's warning on casinos in German). A date or a bonus code shared
with the headline ties nothing."""

from __future__ import annotations

import pytest

from tests.clean.helpers import BODY
from tests.flags.helpers import flagged, kinds, span

REPORTS = {
    # a medicines agency's warning
    "es": (
        "La Agencia del Medicamento alerta sobre fármacos falsos vendidos por internet",
        (
            "La Agencia del Medicamento alerta de que las webs que venden viagra, cialis y "
            "otros fármacos sin receta ofrecen a menudo pastillas falsificadas."
        ),
    ),
    # a consumer group's warning on casinos
    "de": (
        "Verbraucherzentrale warnt vor Lockangeboten der Glücksspielanbieter",
        (
            "Die Verbraucherzentrale warnt vor Lockangeboten wie Freispiele und "
            "Willkommensbonus, mit denen Glücksspielanbieter neue Kunden in ein Online Casino "
            "locken."
        ),
    ),
}


@pytest.mark.parametrize("lang", sorted(REPORTS))
def test_warning_sharing_the_headline_is_a_report(lang):
    title, para = REPORTS[lang]
    b = BODY[lang]
    doc = flagged("\n".join([title, b[0], para, b[1], b[2]]) + "\n", labels={0: "title"})
    assert not kinds(doc, "spam"), [f.reason for f in doc.flags]


def test_advert_sharing_only_a_month_and_a_code_with_the_headline_is_still_an_advert():
    title = "Library extends Saturday opening from October"
    para = (
        "Readers will find more desks from October. Fancy a break? Our online casino gives "
        "100 free spins and a welcome bonus to new players who sign up with code LIBRARY100."
    )
    b = BODY["en"]
    doc = flagged("\n".join([title, b[0], para, b[1], b[2]]) + "\n", labels={0: "title"})
    assert [span(doc, f) for f in kinds(doc, "spam")] == [para], [f.reason for f in doc.flags]
