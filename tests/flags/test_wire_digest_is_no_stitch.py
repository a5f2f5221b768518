"""A news-in-brief column of wires from several agencies under a headline
that names none of them is a digest, not two wires stitched into one story
(the stitch is a story on its headline's matter with another wire pasted on).
Pages written for this file."""

from __future__ import annotations

import pytest

from tests.flags.helpers import flagged, kinds

DIGESTS = [
    (
        "Nachrichten aus aller Welt\n"
        "Berlin (dpa) - Der Bundestag hat am Donnerstag das neue Heizungsgesetz beschlossen. Die Opposition kritisierte die Eile.\n"
        "Paris (AFP) - In Frankreich haben erneut Tausende gegen die Rentenreform demonstriert. Die Polizei meldete Festnahmen.\n"
        "Rom (ANSA) - Ein Erdbeben der Stärke 4,2 hat Mittelitalien erschüttert. Berichte über Schäden gab es zunächst nicht.\n"
    ),
    (
        "World briefing\n"
        "Nairobi (AP) — Kenya's parliament passed a revised finance bill on Thursday after weeks of protests over taxes.\n"
        "Lima (EFE) — Peru declared a state of emergency in three northern regions hit by heavy rains and landslides.\n"
    ),
]


@pytest.mark.parametrize("page", DIGESTS)
def test_digest_is_not_stitched(page):
    doc = flagged(page, labels={0: "title"})
    assert kinds(doc, "content_farm", signal="stitched") == []


def test_story_with_a_pasted_wire_still_flagged():
    page = (
        "Heizungsgesetz: Bundestag stimmt zu\n"
        "Berlin (dpa) - Der Bundestag hat am Donnerstag das neue Heizungsgesetz beschlossen. Die Opposition kritisierte die Eile.\n"
        "Die Regierung verteidigte das Gesetz als notwendigen Schritt.\n"
        "Rom (ANSA) - Ein Erdbeben der Stärke 4,2 hat Mittelitalien erschüttert. Berichte über Schäden gab es zunächst nicht.\n"
    )
    assert len(kinds(flagged(page, labels={0: "title"}), "content_farm", signal="stitched")) == 1
