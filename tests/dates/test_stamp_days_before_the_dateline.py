"""A wire story's <meta> time -- and the stamp the page shows, the same day --
days before its own dateline ("QUITO, 11 de marzo (Agencia) -"): the CMS
kept the stamp of the story's first version on a text filed later. No page
is published before it is filed, so the dateline's day is the publication
day, the weekdays count from it, and the flags stage says the markup's
stamp is wrong (benchmarks/bundle_check.py --set bundle9 and bundle8 found
it on English wire pages, stamped 9 and 7 days before their datelines).
Pages invented here, in Spanish and French. Near misses keep their stamp: a
dateline a day after it (a time zone), one weeks after it (no slip of a
CMS: another story's day), one before it (the usual order)."""

from __future__ import annotations

import pytest

from newsline.model import Document
from tests.stages_through import read_through

pytest.importorskip("trafilatura")

PAGES = {
    "es": """<!doctype html><html lang="es"><head><meta charset="utf-8">
<title>Ecuador amplía la veda de pesca de camarón</title>
<meta property="article:published_time" content="{meta}"></head><body>
<nav><a href="/">Portada</a> <a href="/pais">País</a> <a href="/economia">Economía</a></nav>
<article><h1>Ecuador amplía la veda de pesca de camarón</h1>
<p class="fecha">Publicado: {shown}</p>
<p>QUITO, 11 de marzo (Agencia Andina Sur) - El Ministerio de Producción amplió el lunes
la veda de pesca de camarón en el golfo de Guayaquil hasta finales de abril, tras un
informe que alerta de la caída de las capturas.</p>
<p>Los gremios de pescadores artesanales anunciaron que pedirán una compensación económica
para las familias afectadas durante las semanas sin faena.</p>
<p>El ministerio aseguró que revisará la medida con los técnicos del instituto pesquero.</p>
</article><footer><p>Contacto | Aviso legal | Cookies</p></footer></body></html>""",
    "fr": """<!doctype html><html lang="fr"><head><meta charset="utf-8">
<title>Le port de Dakar allonge ses horaires pour les conteneurs</title>
<meta property="article:published_time" content="{meta}"></head><body>
<nav><a href="/">Accueil</a> <a href="/economie">Économie</a> <a href="/afrique">Afrique</a></nav>
<article><h1>Le port de Dakar allonge ses horaires pour les conteneurs</h1>
<p class="date">Publié le {shown}</p>
<p>DAKAR, 9 mai (Agence Ouest Presse) - Le port autonome a annoncé jeudi l'ouverture de
ses terminaux à conteneurs vingt-quatre heures sur vingt-quatre, pour réduire l'attente
des navires en rade.</p>
<p>Les transitaires saluent la mesure mais demandent davantage de grues sur le môle nord,
selon leur syndicat.</p>
<p>La direction du port prévoit un premier bilan de la mesure à la fin de l'année.</p>
</article><footer><p>Contact | Rédaction | Mentions légales</p></footer></body></html>""",
}
SHOWN = {
    "es": {"2025-03-02": "2 de marzo de 2025", "2025-03-10": "10 de marzo de 2025",
           "2025-01-25": "25 de enero de 2025", "2025-03-20": "20 de marzo de 2025"},
    "fr": {"2025-04-30": "30 avril 2025", "2025-05-08": "8 mai 2025",
           "2025-03-30": "30 mars 2025", "2025-05-15": "15 mai 2025"},
}


def _page(tmp_path, lang: str, day: str, stage: str = "dates") -> Document:
    p = tmp_path / f"{lang}.html"
    meta = f"{day}T08:00:00+00:00"
    p.write_text(PAGES[lang].format(meta=meta, shown=SHOWN[lang][day]), encoding="utf-8")
    return read_through(p, stage)


@pytest.mark.parametrize(
    ("lang", "day", "filed", "counted"),
    [
        # 11 March 2025 is a Tuesday: "el lunes" is the 10th
        ("es", "2025-03-02", "2025-03-11", "2025-03-10"),
        # 9 May 2025 is a Friday: "jeudi" is the 8th
        ("fr", "2025-04-30", "2025-05-09", "2025-05-08"),
    ],
)
def test_a_stamp_days_before_the_dateline_yields_to_it(tmp_path, lang, day, filed, counted):
    doc = _page(tmp_path, lang, day)
    assert doc.published == filed, (doc.published, doc.meta)
    assert doc.meta["published_from_dateline"] == filed
    assert doc.meta["published_meta_rejected"].startswith(day)
    assert counted in [m.value for m in doc.dates], [(m.value, m.anchor) for m in doc.dates]


def test_the_flags_stage_says_the_stamp_is_wrong(tmp_path):
    doc = _page(tmp_path, "es", "2025-03-02", stage="flags")
    flags = [f for f in doc.flags if f.kind == "suspect_date"]
    assert flags and flags[0].data["signal"] == "dateline", [f.reason for f in flags]
    assert flags[0].data["event"] == "2025-03-11"


@pytest.mark.parametrize(
    ("lang", "day"),
    [
        ("es", "2025-03-10"),  # a day before the dateline: a time zone
        ("fr", "2025-05-08"),
        ("es", "2025-01-25"),  # six weeks before: not a slip of the CMS
        ("fr", "2025-03-30"),
        ("es", "2025-03-20"),  # after the dateline: the usual order
        ("fr", "2025-05-15"),
    ],
)
def test_near_misses_keep_their_stamp(tmp_path, lang, day):
    doc = _page(tmp_path, lang, day)
    assert doc.published and doc.published.startswith(day), (doc.published, doc.meta)
    assert "published_from_dateline" not in doc.meta
