"""A body block that is the page's notice about itself ("Este contenido ha
sido generado automáticamente a partir de fuentes públicas", "Artikel ini
dihimpun secara otomatis", "本文由AI生成") is set aside as footer once the
content_farm flag found it: left as body it was quoted, clustered and
searched as the article's text (benchmarks/bundle_check.py --set bundle1
found one on a Vietnamese aggregator, between the article and its related
list). Nothing is lost: the block keeps its text and the flag's reason. A
paragraph of the article that ends with such a notice stays body. Pages
written for this file in Spanish, Indonesian and Chinese."""

from __future__ import annotations

import pytest

from tests.flags.helpers import flagged, kinds

BODY = {
    "es": (
        "Cierran el paso fronterizo de Cristo Redentor por nevadas\n"
        "El paso internacional Cristo Redentor permanece cerrado desde el lunes por las "
        "intensas nevadas, informó Vialidad Nacional. Unos 900 camiones esperan del lado "
        "chileno.\n"
        "Las autoridades prevén reabrirlo el jueves si mejora el tiempo.\n"
    ),
    "id": (
        "Jalan tol Trans Jawa ditutup sementara akibat banjir\n"
        "Ruas tol di Kabupaten Batang ditutup sejak Senin pagi karena genangan setinggi 60 "
        "sentimeter, kata pengelola jalan tol. Ribuan kendaraan dialihkan ke jalur pantura.\n"
        "Pengelola menargetkan ruas itu dibuka kembali pada Rabu.\n"
    ),
    "zh": (
        "成渝高速部分路段因塌方临时封闭\n"
        "受连续降雨影响，成渝高速资阳段周一凌晨发生山体塌方，约200米路段被掩埋，"
        "交警部门已实施交通管制。\n"
        "管理部门预计周三恢复通行。\n"
    ),
}
NOTICE = {
    "es": (
        "Este contenido ha sido generado automáticamente a partir de fuentes públicas de "
        "internet. Diario Andino no se hace responsable de su contenido."
    ),
    "id": (
        "Artikel ini dihimpun secara otomatis dari berbagai sumber di internet. Redaksi "
        "tidak bertanggung jawab atas isinya."
    ),
    "zh": "本文由AI生成，内容仅供参考。",
}


def _block_of(doc, text: str):
    at = doc.text.index(text)
    return next(b for b in doc.blocks if b.start <= at < b.end)


@pytest.mark.parametrize("lang", sorted(NOTICE))
def test_a_notice_block_is_set_aside_as_footer(lang):
    doc = flagged(BODY[lang] + NOTICE[lang] + "\n")
    assert kinds(doc, "content_farm", signal="machine_made_notice"), doc.flags
    block = _block_of(doc, NOTICE[lang])
    assert block.label == "footer", (block.label, block.reasons)
    assert any(r.startswith("set aside:") for r in block.reasons)
    # the article itself stays
    assert all(b.label == "body" for b in doc.blocks if b is not block)


@pytest.mark.parametrize("lang", ["es", "id"])
def test_an_article_paragraph_ending_with_a_notice_stays_body(lang):
    paragraph = BODY[lang].splitlines()[1]
    text = BODY[lang].replace(paragraph, paragraph + " " + NOTICE[lang])
    doc = flagged(text)
    assert kinds(doc, "content_farm", signal="machine_made_notice"), doc.flags
    assert _block_of(doc, paragraph).label == "body"
