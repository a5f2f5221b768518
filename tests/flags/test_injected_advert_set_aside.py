"""An advert for loans injected between two paragraphs of a report on
something else (invented lines in Spanish, French, Portuguese and English
sites' styles): the flags stage found it an injected advert, yet the
cleaner's 'body' label stood, so the advert was read, clustered and quoted
as the article's text. The loan adverts' promises ('sin aval', 'dinero en tu
cuenta', 'sans frais de dossier', 'sem consulta ao SPC') were no trade words
either, so a Spanish one with no link went unflagged."""

from __future__ import annotations

from collections import Counter

import pytest

from newsline.clean import ClassifyBlocks, SegmentBlocks
from newsline.flags import FlagDocuments
from newsline.langid import IdentifyLanguages
from newsline.model import Document
from tests.clean.helpers import BODY

ADVERTS = [
    (
        "es",
        "Préstamos rápidos sin aval, dinero en tu cuenta en 10 minutos y sin papeleos, sin preguntas y al mejor interés del mercado.",
    ),
    (
        "fr",
        "Prêt rapide sans justificatif : de l'argent sur votre compte en 24 heures, sans frais de dossier ni engagement.",
    ),
    (
        "pt",
        "Empréstimo rápido sem consulta ao SPC, dinheiro na sua conta em 10 minutos e sem burocracia nenhuma para você.",
    ),
    (
        "en",
        "Payday loans with no credit check: money in your account in ten minutes, with no paperwork and no questions asked.",
    ),
]


def _run(lines: list[str]) -> Document:
    doc = Document(id="t", source="test", text="\n".join(lines))
    stats: Counter[str] = Counter()
    for stage in (SegmentBlocks(), IdentifyLanguages(), ClassifyBlocks(), FlagDocuments()):
        stage([doc], stats)
    return doc


@pytest.mark.parametrize(("lang", "advert"), ADVERTS)
def test_a_flagged_advert_is_set_aside_with_its_text_and_reason(lang, advert):
    b = BODY[lang]
    doc = _run([b[0], b[1], advert, b[2], b[3]])
    got = {blk.text_of(doc): blk for blk in doc.blocks}
    assert got[advert].label == "spam", (got[advert].label, got[advert].reasons)
    assert any(r.startswith("set aside:") for r in got[advert].reasons), got[advert].reasons
    assert all(got[p].label == "body" for p in b), [got[p].label for p in b]
    assert any(f.kind == "spam" for f in doc.flags)


def test_a_report_on_such_loans_stays_body():
    lines = [
        "Los préstamos rápidos sin aval disparan las quejas ante el Banco de España",
        "Las reclamaciones por préstamos rápidos sin aval se duplicaron el año pasado, según el informe anual del Banco de España publicado este lunes.",
        "Muchas de estas empresas prometen dinero en tu cuenta en diez minutos, pero cobran intereses que superan el 2.000 % anual, advierte el organismo.",
        "El supervisor pide a los consumidores que comparen la tasa anual equivalente antes de firmar cualquier contrato de préstamo.",
        "Las asociaciones de consumidores reclaman una ley que limite los intereses de los créditos al consumo, como ya ocurre en otros países europeos.",
    ]
    doc = _run(lines)
    assert all(blk.label == "body" for blk in doc.blocks[1:]), [
        (blk.label, blk.reasons) for blk in doc.blocks
    ]
