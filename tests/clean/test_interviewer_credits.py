"""An interviewer's credit ('Propos recueillis par Julien Moreau', 'Entrevista
realizada por Marta Gil', 'Das Gespräch führte Anna Weber') names the writer of
an interview: French, Spanish and German pages kept it as article text and had
no author. Pages written for this test."""

from __future__ import annotations

from collections import Counter

import pytest

from newsline.clean import ClassifyBlocks, SegmentBlocks
from newsline.model import Document
from tests.clean.helpers import BODY as BODY0
from tests.clean.helpers import BODY as BODY1

BODY = {**BODY0, **BODY1}


def _classify(lines: list[str], lang: str) -> Document:
    text = "\n".join(lines)
    doc = Document(id="t", source="test", text=text, lang=lang)
    SegmentBlocks()([doc], Counter())
    ClassifyBlocks()([doc], Counter())
    return doc


@pytest.mark.parametrize(
    ("lang", "line", "name"),
    [
        ("fr", "Propos recueillis par Julien Moreau", "Julien Moreau"),
        ("fr", "Entretien réalisé par Claire Dumont", "Claire Dumont"),
        ("es", "Entrevista realizada por Marta Gil", "Marta Gil"),
        ("de", "Das Gespräch führte Anna Weber", "Anna Weber"),
    ],
)
def test_an_interviewers_credit_is_the_byline(lang, line, name):
    b = BODY[lang]
    doc = _classify([line, *b], lang)
    labels = {doc.text[x.start : x.end]: x.label for x in doc.blocks}
    assert labels[line] == "byline", labels
    assert all(labels[p] == "body" for p in b), labels
    assert doc.author == name, doc.author


def test_a_sentence_about_statements_collected_stays_body():
    b = BODY["fr"]
    line = "Les propos recueillis par les enquêteurs confirment que le chantier était fermé ce soir-là."
    doc = _classify([b[0], b[1], line, b[2], b[3]], "fr")
    labels = {doc.text[x.start : x.end]: x.label for x in doc.blocks}
    assert labels[line] == "body", labels
