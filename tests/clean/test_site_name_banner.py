"""A portal prints its own name as a banner at the top of the page and again
in its footer ("CỔNG THÔNG TIN ĐIỆN TỬ TỈNH …", "MUNICIPALIDAD DE …"): a
line printed twice, it was taken for a teaser headline repeated in the page
(related), and the footer line under the second copy for the teaser's
snippet. A repeated line that is the site's own name - the last part of the
page's <title> after its headline - is now the site's navigation (header)
or footer. Pages written for this test in other sites' styles; a headline
repeated as a teaser, and a title whose separator belongs to the headline
("Lyon - Marseille …"), keep the teaser reading."""

from __future__ import annotations

from collections import Counter

import pytest

from newsline.clean import ClassifyBlocks, SegmentBlocks
from newsline.langid import IdentifyLanguages
from newsline.model import Document
from newsline.readers import read_path
from newsline.settings import Settings

pytest.importorskip("trafilatura")

BODY = (
    "<p>La Municipalidad inauguró el lunes la nueva planta potabilizadora del barrio San "
    "Martín, que abastecerá de agua a unas doce mil familias de la zona sur de la ciudad.</p>"
    "<p>La obra demandó dos años de trabajo y una inversión de 900 millones de pesos, "
    "financiada en partes iguales por la provincia y el municipio.</p>"
    "<p>Los vecinos del barrio, que durante años sufrieron cortes en verano, celebraron "
    "la apertura con una caravana de autos por la avenida principal.</p>"
    "<p>El intendente anunció que la segunda etapa, con una red de cloacas, comenzará en marzo.</p>"
)


def _page(
    tmp_path,
    title: str,
    banner: str,
    footer_note: str,
    h1: str = "Inauguran la planta potabilizadora del barrio San Martín",
) -> dict[str, tuple[str, list]]:
    html = (
        f"<html lang='es'><head><meta charset='utf-8'><title>{title}</title></head><body>"
        f"<div class='banner'>{banner}</div>"
        "<ul><li><a>Inicio</a></li><li><a>Gobierno</a></li><li><a>Trámites</a></li></ul>"
        f"<article><h1>{h1}</h1>"
        f"{BODY}</article>"
        f"<footer><p>{banner}</p><p>{footer_note}</p></footer></body></html>"
    )
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    (doc,) = read_path(str(path), Settings())
    assert isinstance(doc, Document)
    for stage in (SegmentBlocks(), IdentifyLanguages(), ClassifyBlocks()):
        stage([doc], Counter())
    out: dict[str, tuple[str, list]] = {}
    for b in doc.blocks:
        out.setdefault(doc.text[b.start : b.end] + f"#{len(out)}", (b.label, b.reasons))
    return out


NOTE = "Dirección: Avenida Sarmiento 450, Villa Serrana. Teléfono 0351 4200000. Atención de 8 a 14."


def test_the_site_name_banner_is_no_teaser(tmp_path):
    got = _page(
        tmp_path,
        "Inauguran la planta potabilizadora del barrio San Martín | Municipalidad de Villa Serrana",
        "Municipalidad de Villa Serrana",
        NOTE,
    )
    banners = [v for k, v in got.items() if k.startswith("Municipalidad de Villa Serrana#")]
    assert [lab for lab, _ in banners] == ["navigation", "footer"], banners
    assert all(r[0].startswith("the site's own name") for _, r in banners), banners
    note = next(v for k, v in got.items() if k.startswith("Dirección"))
    assert "teaser" not in " ".join(note[1]), note


def test_a_repeated_teaser_is_still_a_teaser(tmp_path):
    teaser = "Agua potable para doce mil familias del sur"
    got = _page(
        tmp_path,
        "Inauguran la planta potabilizadora del barrio San Martín | Municipalidad de Villa Serrana",
        teaser,
        NOTE,
    )
    copies = [v for k, v in got.items() if k.startswith(teaser + "#")]
    assert copies and all(lab == "related" for lab, _ in copies), copies


def test_a_separator_inside_the_headline_names_no_site(tmp_path):
    # the title is the headline alone, its dash the headline's own: the part
    # after it is in the <h1>, no site's name
    head = "Villa Serrana - San Martín: inauguran la planta potabilizadora"
    got = _page(tmp_path, head, "San Martín: inauguran la planta potabilizadora", NOTE, h1=head)
    copies = [v for k, v in got.items() if k.startswith("San Martín: inauguran")]
    assert copies and all("site's own name" not in " ".join(r) for _, r in copies), copies
