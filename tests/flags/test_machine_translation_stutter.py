"""A phrase said twice in a row after a comma, twice on a page, outside
quotation marks: the stutter of machine translation ("the city will speed up
the construction, speed up the construction of ..."). Pages written for this
file; the positives failed at 91ae295, which had no such rule."""

from __future__ import annotations

import pytest

from tests.flags.helpers import flagged, kinds, span

STUTTERED = {
    "en": (
        "City speeds up metro construction\n"
        "On the afternoon of March 3, the city leaders inspected the progress of the metro "
        "line, and asked the investor to speed up the construction, speed up the construction "
        "to finish in the second quarter.\n"
        "The leaders also noted that the contractors must ensure safety for workers, ensure "
        "safety for workers in all stages of the project.\n"
    ),
    "zh": (
        "该市加快建设新的物流中心\n"
        "市政府周一表示，新的物流中心将会提高城市的运输效率，提高城市的运输效率，并且它将会创造很多的工作。\n"
        "项目负责人说，他们将会加强和企业的合作，加强和企业的合作，使项目按时完成。\n"
    ),
    "es": (
        "La ciudad mejora el transporte público\n"
        "El alcalde dijo que la ciudad va a mejorar el servicio de autobuses, mejorar el "
        "servicio de autobuses en todos los barrios durante el próximo año.\n"
        "Él también dijo que ellos van a construir nuevas paradas modernas, construir nuevas "
        "paradas modernas cerca de las escuelas.\n"
    ),
}


@pytest.mark.parametrize("lang", sorted(STUTTERED))
def test_a_page_that_stutters_twice_is_flagged(lang):
    doc = flagged(STUTTERED[lang], labels={0: "title"})
    got = kinds(doc, "machine_translation", signal="stutter")
    assert len(got) == 1, [f.reason for f in doc.flags]
    assert len(got[0].data["spans"]) == 2
    first = span(doc, got[0])
    assert first.count(first.split(",")[0].split("，")[0]) == 2


@pytest.mark.parametrize(
    "text",
    [
        # one stutter: an editor's slip, not a pattern
        "Council approves budget\nOn Monday the council approved the yearly budget, approved "
        "the yearly budget after a long debate, officials said.\nThe vote was close.\n",
        # a chant in quotation marks, twice
        'Crowds gather outside parliament\nProtesters shouted "free the press, free the press" '
        'for an hour.\nLater they sang "we shall overcome, we shall overcome" on the steps.\n',
        # short repeats of speech
        "Fans celebrate late winner\nGo on, go on, the crowd roared as the striker broke "
        "clear, and then yes, yes, it was in.\nNo, no, said the coach, we were lucky.\n",
        # Chinese reduplicated verbs, no comma between
        "专家建议多走走\n专家建议老年人饭后出去走走，活动活动身体，研究研究新的锻炼方法。\n"
        "他说，休息休息也很重要。\n",
    ],
)
def test_repeats_that_are_not_a_stutter(text):
    doc = flagged(text, labels={0: "title"})
    assert not kinds(doc, "machine_translation", signal="stutter"), [f.reason for f in doc.flags]
