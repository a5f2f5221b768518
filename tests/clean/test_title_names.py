"""Plain-text pages: the headline names what the article names; a longer
chrome line before it (a paywall meter, a site-wide teaser) names nothing
the article does and is not the title."""

from __future__ import annotations

from tests.clean.helpers import classify_lines

ES_BODY = [
    (
        "La Compañía Fluvial del Ebro suspendió ayer todas sus travesías entre Tortosa y Amposta "
        "por la crecida del río, que alcanzó su nivel más alto en diez años."
    ),
    (
        "Según la Compañía Fluvial, los barcos no volverán a navegar hasta que el caudal baje "
        "de forma sostenida, algo que los técnicos no esperan antes del fin de semana."
    ),
    (
        "Los vecinos de Amposta, que dependen del servicio para ir a trabajar, pidieron autobuses "
        "de sustitución mientras dure el cierre."
    ),
]
FR_BODY = [
    (
        "Le Syndicat des Eaux du Vercors a annoncé mardi des coupures tournantes dans douze "
        "communes, après un été sans pluie qui a vidé les réserves de Villard-de-Lans."
    ),
    (
        "Selon le Syndicat des Eaux, les coupures dureront quatre heures par jour et par quartier "
        "tant que le niveau des sources ne remontera pas."
    ),
    (
        "Les maires du Vercors demandent à l'État une aide d'urgence pour acheminer de l'eau par "
        "camion-citerne vers les hameaux les plus isolés."
    ),
]
EN_BODY = [
    (
        "The Harbor Authority voted on Tuesday to delay the expansion of the container port by "
        "two years, citing rising costs and a lawsuit filed by residents of Eastfield."
    ),
    (
        "Officials at the Harbor Authority said the new schedule would let engineers redesign "
        "the breakwater to reduce flooding in Eastfield's low-lying streets."
    ),
    "Shipping companies said the delay would push more cargo to rival ports along the coast.",
]


def _title(labels: dict) -> str | None:
    titles = [t for t, (label, _) in labels.items() if label == "title"]
    return titles[0] if titles else None


def test_paywall_meter_longer_than_the_headline_is_not_the_title_es():
    headline = "Suspendidas las travesías de la Compañía Fluvial"
    labels = classify_lines(
        [
            "Has consumido la mitad de tus lecturas gratuitas de este periodo",
            headline,
            *ES_BODY,
        ]
    )
    assert _title(labels) == headline
    assert "naming what the article names" in labels[headline][1][0]


def test_sitewide_teaser_longer_than_the_headline_is_not_the_title_fr():
    headline = "Le Syndicat des Eaux impose des coupures"
    labels = classify_lines(
        [
            "On vous explique tout sur la réforme des retraites votée cette semaine",
            headline,
            *FR_BODY,
        ]
    )
    assert _title(labels) == headline


def test_teaser_naming_nothing_in_the_article_is_not_the_title_en():
    headline = "Port expansion delayed as Harbor Authority cites costs"
    labels = classify_lines(
        [
            "You have reached the limit of free stories for this month on our website",
            headline,
            *EN_BODY,
        ]
    )
    assert _title(labels) == headline


def test_title_case_longest_line_is_not_judged_by_its_capitals():
    # every word capitalised: its capitals name nothing, so the rule stays out
    long_line = "Read Our Complete Guide To The Best Beaches Of The Summer Season"
    labels = classify_lines([long_line, "Port expansion delayed by Harbor Authority", *EN_BODY])
    assert _title(labels) == long_line


def test_longest_line_stays_the_title_when_it_names_the_article():
    headline = (
        "Crecida del Ebro: la Compañía Fluvial suspende sus travesías entre Tortosa y Amposta"
    )
    labels = classify_lines(["Última hora en Tortosa", headline, *ES_BODY])
    assert _title(labels) == headline
    assert labels[headline][1][0].startswith("longest headline-shaped line")


def test_longest_line_stays_the_title_when_no_line_names_the_article():
    # nothing to tell them apart by names: the old rule, the longest line
    long_line = "las lecturas gratuitas de este periodo ya se han agotado por completo"
    short_line = "suspendidas las travesías fluviales"
    labels = classify_lines([long_line, short_line, *ES_BODY])
    assert _title(labels) == long_line


def test_chinese_page_keeps_the_longest_line():
    # no capitals to read in Han text: unchanged behaviour
    from tests.clean.helpers import BODY_ZH

    long_line = "市民期待已久的中心公园改造计划终于有了时间表"
    labels = classify_lines([long_line, "中心公园下月动工", *BODY_ZH])
    assert _title(labels) == long_line


def test_without_names_the_article_s_words_pick_the_headline():
    # neither line names a name the article capitalises; the shorter one uses
    # the article's words, the longer one (a phone-line prompt) none of them
    headline = "Crecida del río: suspendidas las travesías fluviales"
    prompt = "por internet o llame al número gratuito de atención al cliente"
    body = [
        "Las travesías fluviales entre las dos orillas quedan suspendidas desde esta mañana por la crecida del río.",
        "La compañía explicó que el caudal supera en dos metros el nivel habitual y que las barcas no pueden atracar con seguridad.",
        "Los viajeros deberán usar el puente de la carretera comarcal, lo que alarga el trayecto en unos veinte minutos.",
    ]
    labels = classify_lines([prompt, headline, *body])
    assert _title(labels) == headline


def test_the_headline_names_who_the_article_is_about():
    # the longer line above it names Spain, which the article names once in
    # passing; the headline names the man every paragraph is about
    teaser = (
        "España exigirá una prueba negativa a todos los viajeros que lleguen de países de riesgo"
    )
    headline = "Ortega hace caer al Gobierno pero se aferra al poder en Managua"
    body = [
        "El presidente Ortega anunció esta noche la dimisión de todo su Gobierno tras cuatro días de protestas en las calles.",
        "Ortega, de 79 años, prometió nuevas reformas, pero descartó dejar el cargo antes de las elecciones del próximo año.",
        "Los manifestantes reunidos frente al palacio respondieron con gritos contra Ortega y su familia.",
        "Un portavoz de la embajada de España pidió calma a los ciudadanos españoles que residen en la capital.",
        "La oposición acusa a Ortega de usar la dimisión del Gobierno para ganar tiempo y dividir a sus críticos.",
    ]
    labels = classify_lines([teaser, headline, *body])
    assert _title(labels) == headline


def test_a_site_slogan_above_a_widget_sentence_gives_way_to_the_headline():
    # the weather widget's sentence ends the first title search on the
    # slogan; the line naming the article's subject, nearer the text, wins
    headline = "Los vecinos de Ortiga bloquean la carretera de la central"
    lines = [
        "Noticias | diario.example",
        "El diario líder de la región",
        "Lunes 30/01/2023. Actualizado 09:30h.",
        "El tiempo en Valdivia: . °C de mínima y °C de máxima.",
        headline,
        "La policía de Valdivia vigila la barricada",
        "Un vecino de Ortiga ante la barricada, esta mañana. | AP",
        "Efe | Reuters | Valdivia",
        (
            "Cientos de vecinos de Ortiga cortaron este lunes la carretera que lleva a la central "
            "eléctrica de la empresa, que quiere ampliar la planta en los próximos dos años."
        ),
        (
            "Los vecinos de Ortiga exigen que la empresa retire el proyecto de ampliación aprobado "
            "en diciembre, y dicen que no se moverán de la carretera hasta que lo haga."
        ),
        (
            "El alcalde de Ortiga, Juan Ortega, dijo que hablará con la empresa antes del viernes y "
            "pidió a los vecinos de Ortiga que dejen pasar a las ambulancias."
        ),
    ]
    labels = classify_lines(lines)
    assert _title(labels) == headline
    assert labels[headline][1][0].startswith("headline-shaped line before the article")
    assert labels["El diario líder de la región"][0] == "navigation"
