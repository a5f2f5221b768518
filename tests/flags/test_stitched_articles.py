"""A content farm's page that pastes two unrelated texts under one headline:
the first paragraphs tell the headline's story, the last three or more are
another text (a recipe, a household tip) sharing no content word with the
headline nor with what came before (benchmarks/flags_heldout.py --set
heldout14, x15 and x16, had no rule). Pages written for this file, in other
languages and topics. Real articles that turn to a side matter name their
subject again; a bilingual notice's other half, a page of score lines under a
score-line "headline", and a page too short to tell stay clean."""

from __future__ import annotations

import pytest

from tests.flags.helpers import flagged, kinds


def _page(title: str, paras: list[str]) -> str:
    return "\n".join([title, *paras]) + "\n"


def _titled(page: str):
    return flagged(page, labels={0: "title"})


STITCHED = {
    "es": _page(
        "El ayuntamiento de Valladolid aprueba el presupuesto municipal de 2027",
        [
            "El pleno del ayuntamiento de Valladolid aprobó este jueves el presupuesto municipal "
            "para 2027, que asciende a 412 millones de euros, con los votos del equipo de gobierno.",
            "La oposición criticó que las inversiones en barrios periféricos se reduzcan un 8 % "
            "respecto al presupuesto anterior y anunció que presentará alegaciones.",
            "Aries: una semana muy favorable para los asuntos sentimentales. Aprovecha la energía "
            "de Venus para resolver viejas tensiones con tu pareja.",
            "Tauro: cuida tu salud y evita los excesos. Un encuentro inesperado con un amigo "
            "traerá buenas noticias sentimentales antes del domingo.",
            "Géminis: tu energía creativa alcanza su punto más alto. Confía en tu intuición "
            "cuando tengas que tomar decisiones sentimentales o laborales.",
        ],
    ),
    "de": _page(
        "Hansa Rostock gewinnt Derby gegen Magdeburg mit zwei Toren",
        [
            "Hansa Rostock hat am Samstag das Derby gegen Magdeburg mit 2:0 gewonnen. Beide Tore "
            "fielen nach der Pause vor 26.000 Zuschauern im Ostseestadion.",
            "Trainer Bernd Hollerbach lobte nach dem Derby die Abwehr, die Magdeburg kaum "
            "Torchancen erlaubte. Rostock steht nun auf dem dritten Tabellenplatz.",
            "Tomaten sollten erst nach den Eisheiligen ins Freiland gepflanzt werden, wenn keine "
            "Nachtfröste mehr drohen. Wählen Sie einen sonnigen, windgeschützten Standort.",
            "Gießen Sie die Tomaten morgens direkt an der Wurzel und niemals über die Blätter, "
            "damit sich keine Braunfäule bildet.",
            "Ausgeizen nicht vergessen: Die kleinen Triebe in den Blattachseln entfernen, damit "
            "die Pflanze ihre Kraft in die Früchte steckt.",
        ],
    ),
}


@pytest.mark.parametrize("lang", sorted(STITCHED))
def test_a_second_unrelated_text_under_the_headline_is_a_farm(lang):
    doc = _titled(STITCHED[lang])
    found = kinds(doc, "content_farm", signal="stitched")
    assert found, [f.reason for f in doc.flags]
    assert found[0].data["split_at"] == 2


CLEAN = {
    # a side matter that names the subject again
    "side_matter": _page(
        "Harbour council approves ferry timetable for winter season",
        [
            "The harbour council approved the winter ferry timetable on Tuesday, cutting the "
            "evening crossings from four to two between November and March.",
            "Councillors said the ferry operator had lost money on late crossings last winter.",
            "Separately, the council agreed to repair the harbour wall damaged in October's "
            "storms, at a cost of £1.2m.",
            "Engineers will start work on the wall in January, and the ferry will use the north "
            "berth while the harbour is closed.",
            "Residents can comment on both plans at the council offices until Friday.",
        ],
    ),
    # too short to tell: two paragraphs after the story
    "short": _page(
        "Library extends opening hours for exam season",
        [
            "The central library will open until 10pm on weekdays during the exam season, "
            "the city announced.",
            "Students asked for longer hours in a petition signed by 2,000 people.",
            "Mix the flour with the butter and sugar until crumbly, then press into a tin.",
            "Bake for twenty minutes until golden and leave to cool before slicing.",
        ],
    ),
}


@pytest.mark.parametrize("name", sorted(CLEAN))
def test_one_story_stays_clean(name):
    doc = _titled(CLEAN[name])
    assert not kinds(doc, "content_farm", signal="stitched"), [f.reason for f in doc.flags]


def test_a_score_line_read_as_the_headline_says_nothing_to_compare():
    page = _page(
        "Rovers 2 Athletic 1",
        [
            "Rovers came from behind to beat Athletic at home on Saturday in front of 8,000 fans.",
            "Kowalski scored the winner in the 88th minute after a corner was not cleared.",
            "Under-18s: Rovers youth team drew 1-1 with Athletic in the morning kick-off, "
            "with Patel equalising late.",
            "Women's team: a 3-0 away victory at Stanford kept the side top of the regional "
            "division, with goals from Okafor, Reyes and Lindqvist.",
            "Veterans: Thursday's fixture against Haverley postponed because of a waterlogged "
            "pitch, to be replayed next month.",
        ],
    )
    doc = _titled(page)
    assert not kinds(doc, "content_farm", signal="stitched"), [f.reason for f in doc.flags]
