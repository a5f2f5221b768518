"""A related list or a menu written as links side by side with nothing
between them (``<a>…</a><a>…</a>``) is read one link per line, so cleaning
labels it item by item, and no headline glues onto the next ("nocNowe")."""

from __future__ import annotations

from .helpers import classify_page

PL = """<html lang="pl"><head><title>Nocny pociąg do Gdańska utknął w polu - Wiadomości Regionu</title></head><body>
<nav><a href="/">Strona główna</a><a href="/kraj">Kraj</a><a href="/swiat">Świat</a><a href="/sport">Sport</a><a href="/pogoda">Pogoda</a></nav>
<article><h1>Nocny pociąg do Gdańska utknął w polu</h1>
<p>Pasażerowie nocnego pociągu z Krakowa do Gdańska spędzili ponad cztery godziny w polu pod Iławą po awarii sieci trakcyjnej. Przewoźnik podstawił autobusy dopiero nad ranem.</p>
<p>Jak poinformował rzecznik spółki, usterka powstała po silnym wietrze, który zerwał przewody na odcinku kilkuset metrów. Naprawa potrwa do wieczora.</p>
<p>Podróżni skarżyli się na brak informacji i ogrzewania w wagonach. Część z nich zapowiada wystąpienie o <b>odszkodowanie</b>.</p>
</article>
<div class="related"><h3>Czytaj także</h3><a href="/a/1">Pasażerowie czekali na peron przez noc</a><a href="/a/2">Nowe połączenia kolejowe od grudnia</a><a href="/a/3">Remont dworca w Iławie opóźniony o rok</a><a href="/a/4">Ceny biletów wzrosną w przyszłym roku</a></div>
<footer>© 2026 Wiadomości Regionu. Wszelkie prawa zastrzeżone.</footer>
</body></html>"""

ES = """<html lang="es"><head><title>Lluvias torrenciales inundan el centro de Valencia | Diario Levante Hoy</title></head><body>
<div class="menu"><span><a href="/">Portada</a></span><span><a href="/esp">España</a></span><span><a href="/int">Internacional</a></span><span><a href="/dep">Deportes</a></span></div>
<h1>Lluvias torrenciales inundan el centro de Valencia</h1>
<p>Las fuertes lluvias caídas durante la madrugada han inundado varias calles del centro de Valencia y obligado a cortar el tráfico en las principales avenidas de la ciudad.</p>
<p>Los servicios de emergencia atendieron más de doscientas llamadas y rescataron a una decena de personas atrapadas en sus vehículos, según informó el <a href="/ayto">Ayuntamiento</a>.</p>
<p>La Agencia Estatal de Meteorología mantiene el aviso naranja hasta el mediodía del jueves y pide a la población que evite desplazamientos innecesarios.</p>
<div class="mas"><h4>Más noticias</h4><span><a href="/n/1">El Gobierno aprueba los presupuestos regionales</a></span><span><a href="/n/2">Huelga de transporte en Madrid esta semana</a></span><span><a href="/n/3">Récord de turistas en la costa en octubre</a></span></div>
</body></html>"""


def _blocks(tmp_path, name: str, html: str):
    path = tmp_path / name
    path.write_text(html, encoding="utf-8")
    doc = classify_page(path)
    return doc, [(doc.text[b.start : b.end].strip(), b.label) for b in doc.blocks]


def test_polish_related_links_labelled_one_by_one(tmp_path) -> None:
    doc, blocks = _blocks(tmp_path, "pl.html", PL)
    labels = dict(blocks)
    for headline in (
        "Pasażerowie czekali na peron przez noc",
        "Nowe połączenia kolejowe od grudnia",
        "Remont dworca w Iławie opóźniony o rok",
        "Ceny biletów wzrosną w przyszłym roku",
    ):
        assert labels.get(headline) == "related", blocks
    for item in ("Kraj", "Świat", "Sport", "Pogoda"):
        assert labels.get(item) == "navigation", blocks
    assert "nocNowe" not in doc.text
    # the article's inline markup stays inside its paragraph
    assert any(t.endswith("o odszkodowanie.") and lb == "body" for t, lb in blocks), blocks


def test_spanish_menu_and_related_spans_labelled_one_by_one(tmp_path) -> None:
    doc, blocks = _blocks(tmp_path, "es.html", ES)
    labels = dict(blocks)
    for headline in (
        "El Gobierno aprueba los presupuestos regionales",
        "Huelga de transporte en Madrid esta semana",
        "Récord de turistas en la costa en octubre",
    ):
        assert labels.get(headline) == "related", blocks
    for item in ("Portada", "España", "Internacional", "Deportes"):
        assert labels.get(item) == "navigation", blocks
    assert any(t.endswith("según informó el Ayuntamiento.") and lb == "body" for t, lb in blocks)
