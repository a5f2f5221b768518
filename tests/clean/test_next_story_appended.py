"""An infinite-scroll page appends the next story under the article, after a
divider alone on its line ("Next Story", "Siguiente noticia", "Tin tiếp
theo"): that story's headline, byline, date and paragraphs are another
article's, set aside as related -- its byline and its date are not this
page's. Pages invented here. Near miss: an "Up next" box between two
paragraphs of the article ends nothing; the article under it stays body.
"""

from __future__ import annotations

from .helpers import classify_page

ES_PAGE = """<!doctype html><html lang="es"><head><meta charset="utf-8">
<title>El puerto de Valdemar amplía su muelle de cruceros | Crónica del Sur</title></head><body>
<nav><a>Portada</a> <a>Local</a> <a>Deportes</a> <a>Opinión</a></nav>
<article>
<h1>El puerto de Valdemar amplía su muelle de cruceros</h1>
<p>Por Inés Carvajal</p>
<p>La autoridad portuaria de Valdemar aprobó este martes la ampliación del muelle de cruceros, una obra de 38 millones de euros que permitirá atracar a dos barcos de gran eslora a la vez.</p>
<p>Las obras comenzarán en enero y durarán dieciocho meses, según el calendario presentado en el consejo de administración, que aprobó el proyecto por unanimidad.</p>
<p>Los comerciantes del casco antiguo celebraron la noticia, aunque los vecinos del barrio de la Ribera pidieron medidas contra el ruido y el tráfico de autobuses turísticos.</p>
</article>
<div class="divider">Siguiente noticia</div>
<article>
<h2>El Atlético Valdemar ficha a un delantero uruguayo</h2>
<p>Por Tomás Ledesma</p>
<p>12 de septiembre de 2025</p>
<p>El Atlético Valdemar cerró el fichaje del delantero uruguayo Matías Olmedo, que llega cedido por una temporada desde un club de la capital.</p>
<p>Olmedo marcó once goles la temporada pasada y será presentado el jueves en el estadio municipal.</p>
</article>
<footer><p>© 2025 Crónica del Sur. Todos los derechos reservados.</p></footer>
</body></html>
"""

EN_UP_NEXT_MID_ARTICLE = """<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>County opens three new cooling centres | Prairie Ledger</title></head><body>
<article>
<h1>County opens three new cooling centres</h1>
<p>By Dana Whitlock</p>
<p>The county opened three new cooling centres on Tuesday as temperatures climbed past 38C for the fourth day running, officials said, and extended library hours until 10 p.m.</p>
<p>The centres, in the east side community hall and two high school gyms, have water, cots and staff trained in first aid, and will stay open until the heat warning lifts.</p>
<div class="video-box"><p>Up next</p><p>Heat warning: how to keep pets safe</p></div>
<p>Public health officials urged residents to check on elderly neighbours and anyone living alone, and to call 911 if someone shows signs of heat stroke.</p>
<p>Transit riders can board any bus for free to reach a cooling centre, the county said, and buses will run every fifteen minutes on the main routes.</p>
</article>
</body></html>
"""


def _blocks(tmp_path, name, html):
    p = tmp_path / name
    p.write_text(html, encoding="utf-8")
    doc = classify_page(p)
    return doc, [(doc.text[b.start : b.end], b.label, b.reasons) for b in doc.blocks]


def test_story_appended_after_the_divider_is_related(tmp_path):
    _doc, blocks = _blocks(tmp_path, "es.html", ES_PAGE)
    got = {t: (lab, why) for t, lab, why in blocks}
    for line in (
        "Por Tomás Ledesma",
        "12 de septiembre de 2025",
        "El Atlético Valdemar ficha a un delantero uruguayo",
        "Olmedo marcó once goles la temporada pasada y será presentado el jueves en el estadio municipal.",
    ):
        assert got[line][0] == "related", (line, got[line])
        assert "next story" in got[line][1][0], got[line]
    # the page's own article and byline are untouched
    assert got["Por Inés Carvajal"][0] == "byline", got["Por Inés Carvajal"]
    for t, lab, _ in blocks:
        if t.startswith(("La autoridad", "Las obras", "Los comerciantes")):
            assert lab == "body", (t, lab)
    assert got["© 2025 Crónica del Sur. Todos los derechos reservados."][0] == "footer"


def test_up_next_box_inside_the_article_ends_nothing(tmp_path):
    _doc, blocks = _blocks(tmp_path, "en.html", EN_UP_NEXT_MID_ARTICLE)
    for t, lab, why in blocks:
        if t.startswith(("Public health", "Transit riders", "The county", "The centres")):
            assert lab == "body", (t, lab, why)
        assert not any("next story" in r for r in why), (t, why)
