"""A wire story's dateline with no year ("LIMA, 14 de abril (Agencia) -") is
the day it was filed. When the page's <meta> publish time reads it in the
wrong year, the page's own weekday-named days ("el martes 7 de abril": the
year whose 7 April is a Tuesday) tell the right one; a <meta> time before
that day cannot be the publication (no page is published before it is
written): the dateline's day is the publication day, "el jueves" counts from
it, and the flags stage says the markup's stamp is wrong
(tests/flags/test_markup_stamp_before_the_dateline.py)
(benchmarks/bundle_check.py --set bundle1 found it on an English wire page).
Pages invented here, in Spanish and French. Near misses keep their
<meta> time: no weekday-named day, a <meta> time that agrees with the
dateline, a <meta> time months after the dateline (an old story put up
again)."""

from __future__ import annotations

import pytest

from newsline.model import Document
from tests.stages_through import read_through

pytest.importorskip("trafilatura")

PAGES = {
    "es": """<!doctype html><html lang="es"><head><meta charset="utf-8">
<title>Pescadores del Titicaca denuncian la caída del lago</title>
<meta property="article:published_time" content="{meta}"></head><body>
<nav><a href="/">Portada</a> <a href="/region">Región</a> <a href="/economia">Economía</a></nav>
<article><h1>Pescadores del Titicaca denuncian la caída del lago</h1>
<p>LIMA, 14 de abril (Agencia Altiplano) - Los gremios de pescadores del lago Titicaca pidieron
el jueves al gobierno regional un fondo de emergencia, una semana después de que el nivel del
agua bajara a su mínimo en una década.</p>
<p>La autoridad del agua informó {told} que el lago había descendido 40 centímetros desde
enero y que los muelles de tres comunidades quedaron en seco.</p>
<p>Los dirigentes anunciaron que volverán a reunirse con las autoridades el próximo mes.</p>
</article><footer><p>Contacto | Aviso legal | Cookies</p></footer></body></html>""",
    "fr": """<!doctype html><html lang="fr"><head><meta charset="utf-8">
<title>Les pêcheurs de la Casamance réclament un soutien au gazole</title>
<meta property="article:published_time" content="{meta}"></head><body>
<nav><a href="/">Accueil</a> <a href="/regions">Régions</a> <a href="/economie">Économie</a></nav>
<article><h1>Les pêcheurs de la Casamance réclament un soutien au gazole</h1>
<p>ZIGUINCHOR, 25 septembre (Agence Ouest Presse) - Plusieurs centaines de pêcheurs ont
manifesté jeudi devant la gouvernance pour réclamer une aide sur le prix du gazole des pirogues.</p>
<p>Le litre de gazole est passé à 990 francs CFA {told}, a expliqué le président de
l'association locale des pêcheurs aux journalistes.</p>
<p>Les services régionaux ont promis d'étudier la demande avec la direction des pêches.</p>
</article><footer><p>Contact | Rédaction | Mentions légales</p></footer></body></html>""",
}

# the weekday-named day and the same day without its weekday
TOLD = {
    "es": ("el martes 7 de abril", "el 7 de abril"),
    "fr": ("lundi 22 septembre", "le 22 septembre"),
}


def _page(tmp_path, lang: str, meta: str, weekday: bool, stage: str = "dates") -> Document:
    p = tmp_path / f"{lang}.html"
    told = TOLD[lang][0 if weekday else 1]
    p.write_text(PAGES[lang].format(meta=meta, told=told), encoding="utf-8")
    return read_through(p, stage)


@pytest.mark.parametrize(
    ("lang", "meta", "filed", "counted"),
    [
        # 7 April is a Tuesday in 2026; the meta's 2024 puts the dateline before it
        ("es", "2024-06-03T09:00:00-05:00", "2026-04-14", "2026-04-09"),
        # 22 September is a Monday in 2025; the meta's 2024 puts the dateline in 2024
        ("fr", "2024-12-01T07:00:00+00:00", "2025-09-25", "2025-09-25"),
    ],
)
def test_a_meta_time_before_the_dateline_yields_to_the_dateline(
    tmp_path, lang, meta, filed, counted
):
    doc = _page(tmp_path, lang, meta, weekday=True)
    assert doc.published == filed, (doc.published, doc.meta)
    assert doc.meta["published_meta_rejected"] == meta
    assert doc.meta["published_from_dateline"] == filed
    # the weekday of the first paragraph ("el jueves", "jeudi") counts
    # from the dateline's day, not from the meta's
    values = [m.value for m in doc.dates]
    assert counted in values, [(m.value, m.anchor) for m in doc.dates]


@pytest.mark.parametrize(
    ("lang", "meta", "weekday"),
    [
        # nothing in the text tells the year: the meta's stands
        ("es", "2024-06-03T09:00:00-05:00", False),
        ("fr", "2024-12-01T07:00:00+00:00", False),
        # the meta agrees with the dateline
        ("es", "2026-04-14T09:00:00-05:00", True),
        # months after the dateline: an old story put up again, not a stamp
        # from before it was written
        ("fr", "2026-02-10T07:00:00+00:00", True),
    ],
)
def test_near_misses_keep_their_meta_time(tmp_path, lang, meta, weekday):
    doc = _page(tmp_path, lang, meta, weekday=weekday)
    assert doc.published == meta, (doc.published, doc.meta)
    assert "published_from_dateline" not in doc.meta
