"""A static-site Markdown post keeps its front matter in the text (nothing
read is dropped), but its fields are no text of the article: a long
``title: "..."`` or ``description = "..."`` line was kept as a paragraph.
The reader names the front matter's lines and the classifier sets aside any
of them it would keep (as metadata); what the rules found for the fences,
tags and author stays. Posts written for this test: YAML in Spanish, TOML in
English. Near miss: a body line that says the same as a field, after the
front matter, is still the article's."""

from __future__ import annotations

from newsline.model import KEPT_LABELS
from tests.stages_through import read_through

ES = """---
title: "La sequía obliga a racionar el agua en tres municipios de la sierra de Huelva"
description: "Los embalses de la comarca están al 18 % de su capacidad y los cortes nocturnos empiezan el lunes"
date: 2025-08-04T09:30:00+02:00
author: Redacción Sierra Digital
---

# La sequía obliga a racionar el agua en tres municipios de la sierra de Huelva

Los ayuntamientos de Aracena, Cortegana y Almonaster la Real han aprobado cortes de agua nocturnos a partir del lunes, después de que los embalses de la comarca bajaran al 18 % de su capacidad.

La empresa provincial de aguas ha pedido a los vecinos que reduzcan el riego de jardines y huertos mientras duren las restricciones.
"""

EN = """+++
title = "Harbour ferry fares to rise by a fifth from September after fuel costs climb"
summary = "The council approved the increase on Tuesday night despite objections from island residents"
date = 2025-07-16
+++

Ferry fares between the harbour and the islands will rise by 20 per cent from September, after the council approved the increase on Tuesday night.

Island residents said the rise would hit commuters hardest and asked for a season ticket at the old price.
"""


def _post(tmp_path, name: str, text: str):
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return read_through(p, "classify")


def test_front_matter_fields_are_not_kept(tmp_path):
    for name, text, fields in (
        ("sequia.md", ES, ("title:", "description:")),
        ("ferry.md", EN, ("title =", "summary =")),
    ):
        doc = _post(tmp_path, name, text)
        for b in doc.blocks:
            line = doc.text[b.start : b.end]
            if line.startswith(fields):
                assert b.label == "metadata", (line, b.label, b.reasons)
        kept = [doc.text[b.start : b.end] for b in doc.blocks if b.label in KEPT_LABELS]
        assert any(line.startswith(("Los ayuntamientos", "Ferry fares")) for line in kept), kept


def test_the_headline_after_the_front_matter_stays_the_articles(tmp_path):
    doc = _post(tmp_path, "sequia.md", ES)
    heading = next(b for b in doc.blocks if doc.text[b.start : b.end].startswith("# La sequía"))
    assert heading.label in KEPT_LABELS, (heading.label, heading.reasons)
