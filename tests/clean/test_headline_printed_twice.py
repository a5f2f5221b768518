"""A page's title and its headline often come out of a scrape as the same
line twice in a row, right above the standfirst and the paragraphs. Taken
for a teaser list's pair ("every teaser twice"), the headline was set aside
and a login prompt above it became the page's title. A teaser list's pairs
follow one another within a line or two and use other words than the
paragraphs under them: they stay related."""

from __future__ import annotations

from .helpers import BODY, classify_lines

ES = [
    "Inicia sesión para guardar tus artículos favoritos",
    "¿Todavía no tienes cuenta? Regístrate",
    "¿Cuánto cobra de verdad un diputado autonómico en Aragón?",
    "¿Cuánto cobra de verdad un diputado autonómico en Aragón?",
    "Las dietas y complementos pueden duplicar el sueldo base",
    (
        "Un diputado autonómico en Aragón cobra un sueldo base de unos 3.000 euros al mes, "
        "pero las dietas por desplazamiento y los complementos de cargo pueden duplicar esa cifra."
    ),
    (
        "Según los datos publicados por las Cortes de Aragón, los portavoces de los grupos "
        "reciben además una asignación fija por cada sesión de comisión a la que asisten."
    ),
    (
        "La oposición ha pedido que cada diputado publique cada trimestre lo que cobra "
        "por dietas, algo que el Gobierno de Aragón considera innecesario."
    ),
]
FR = [
    "Se connecter",
    "Grève des contrôleurs aériens : les vols annulés à Marseille",
    "Grève des contrôleurs aériens : les vols annulés à Marseille",
    (
        "La grève des contrôleurs aériens a conduit à l'annulation de plus de deux cents vols "
        "mardi à l'aéroport de Marseille, selon la direction générale de l'aviation civile."
    ),
    (
        "Les contrôleurs aériens protestent contre une réforme des horaires de travail que "
        "leurs syndicats jugent dangereuse pour la sécurité des vols."
    ),
    "Les compagnies ont invité les passagers à vérifier l'état de leur vol avant de se déplacer.",
]


def test_headline_twice_above_the_article_is_the_title_es():
    out = classify_lines(ES)
    assert out[ES[2]][0] == "title", out[ES[2]]
    assert out[ES[0]][0] != "title"
    assert all(out[p][0] == "body" for p in ES[5:]), [out[p] for p in ES[5:]]


def test_headline_twice_right_above_the_paragraphs_is_the_title_fr():
    out = classify_lines(FR)
    assert out[FR[1]][0] == "title", out[FR[1]]
    assert all(out[p][0] == "body" for p in FR[3:])


TEASERS = [
    (
        "Bomberos rescatan a un perro atrapado en un pozo de Cuenca",
        "El animal llevaba dos días sin comer.",
    ),
    (
        "La ola de calor dispara el consumo eléctrico en todo el país",
        "Red Eléctrica prevé un nuevo récord esta semana.",
    ),
    (
        "Un tribunal anula la subida del billete de metro en Sevilla",
        "El consistorio recurrirá la sentencia.",
    ),
]


def test_teasers_printed_twice_after_the_article_stay_related():
    lines = ["Renovación del parque central", *BODY["es"], "Más noticias"]
    for head, snippet in TEASERS:
        lines += [head, head, snippet]
    out = classify_lines(lines)
    for head, _ in TEASERS:
        assert out[head][0] == "related", (head, out[head])


def test_one_teaser_twice_above_another_article_stays_related():
    head = "La ola de calor dispara el consumo eléctrico en todo el país"
    lines = ["Inicia sesión", head, head, *BODY["es"]]
    out = classify_lines(lines)
    assert out[head][0] == "related", (head, out[head])
