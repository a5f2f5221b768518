"""A court case two years after a disaster is the same story when it recalls
the disaster: it names the year it happened and repeats its figures. The
next-edition rule (see test_yearly_editions) keeps a one-burst story and a
burst more than 330 days later apart, which split a chemical spill from its
trial two years later (the trial pages give the spill's year, its tonnes of
dead fish and its households). A yearly event's next edition that names
last year and one of last year's figures is still another story. Invented
pages (a mine dam collapse in Peru and its trial, a marathon's two
editions), in languages of their own."""

from __future__ import annotations

from newsline.model import Document

from .helpers import page, story_lists

COLLAPSE = [
    page(
        "dam-es",
        "es",
        "2024-03-14",
        "Colapsa un dique de relaves de la Minera Cerro Pucará en Áncash",
        "Un dique de relaves de la Minera Cerro Pucará colapsó en la madrugada del miércoles en "
        "la provincia de Huari, región Áncash. Unos 85.000 metros cúbicos de lodo sepultaron tres "
        "viviendas y dejaron tres muertos; 640 familias fueron evacuadas. El gerente de la mina, "
        "Jorge Quispe Rivas, dijo que las lluvias debilitaron el muro.",
    ),
    page(
        "dam-en",
        "en",
        "2024-03-14",
        "Tailings dam collapse at Peru mine kills three",
        "A tailings dam at the Cerro Pucará mine in Peru's Áncash region collapsed early on "
        "Wednesday, releasing about 85,000 cubic metres of mud. Three people died and 640 families "
        "were evacuated. Mine manager Jorge Quispe Rivas blamed heavy rain.",
    ),
    page(
        "dam-pt",
        "pt",
        "2024-03-15",
        "Barragem de rejeitos de mineradora desaba no Peru",
        "Uma barragem de rejeitos da mineradora Cerro Pucará desabou na região de Áncash, no Peru, "
        "liberando cerca de 85 mil metros cúbicos de lama. Três pessoas morreram e 640 famílias "
        "foram retiradas de casa.",
    ),
]
TRIAL = [
    page(
        "trial-es",
        "es",
        "2026-03-10",
        "Condenan a seis años al exgerente de la Minera Cerro Pucará",
        "Un juzgado de Huaraz condenó a seis años de prisión a Jorge Quispe Rivas, exgerente de la "
        "Minera Cerro Pucará, por el colapso del dique de relaves de marzo de 2024, que liberó "
        "85.000 metros cúbicos de lodo y obligó a evacuar a 640 familias. La empresa deberá pagar "
        "4,5 millones de soles de multa.",
    ),
    page(
        "trial-en",
        "en",
        "2026-03-11",
        "Former Peru mine manager jailed over 2024 dam collapse",
        "A court in Huaraz sentenced Jorge Quispe Rivas, the former manager of the Cerro Pucará "
        "mine, to six years in prison over the tailings dam collapse of March 2024, which released "
        "85,000 cubic metres of mud and forced 640 families from their homes. The company was "
        "fined 4.5 million soles.",
    ),
]

MARATHON_2024 = [
    page(
        "run24-de",
        "de",
        "2024-09-29",
        "Kiplagat Mutua gewinnt den Marathon von Leipzig",
        "Der Kenianer Kiplagat Mutua hat den Marathon von Leipzig in 2:06:41 Stunden gewonnen. "
        "31.500 Läuferinnen und Läufer gingen an den Start, 1.240 Helfer waren im Einsatz.",
    ),
    page(
        "run24-en",
        "en",
        "2024-09-29",
        "Kiplagat Mutua wins Leipzig marathon",
        "Kenya's Kiplagat Mutua won the Leipzig marathon in 2:06:41. A record 31,500 runners "
        "started the race, helped by 1,240 volunteers.",
    ),
    page(
        "run24-fr",
        "fr",
        "2024-09-30",
        "Marathon de Leipzig : victoire du Kényan Kiplagat Mutua",
        "Le Kényan Kiplagat Mutua a remporté le marathon de Leipzig en 2 h 06 min 41 s, devant "
        "31 500 coureurs au départ et avec l'aide de 1 240 bénévoles.",
    ),
]
MARATHON_2025 = [
    page(
        "run25-de",
        "de",
        "2025-09-28",
        "Abebe Tesfaye siegt beim Marathon von Leipzig",
        "Der Äthiopier Abebe Tesfaye hat den Marathon von Leipzig in 2:07:12 Stunden gewonnen. "
        "Vorjahressieger Kiplagat Mutua wurde Dritter. Nach 31.500 Startern im Jahr 2024 waren "
        "es diesmal 33.800.",
    ),
    page(
        "run25-en",
        "en",
        "2025-09-28",
        "Abebe Tesfaye wins Leipzig marathon",
        "Ethiopia's Abebe Tesfaye won the Leipzig marathon in 2:07:12, with 2024 winner Kiplagat "
        "Mutua third. The race drew 33,800 runners after 31,500 in 2024.",
    ),
]


def test_a_trial_two_years_later_that_recalls_the_disaster_joins_it():
    got = story_lists(COLLAPSE + TRIAL)
    assert got == [sorted(d.id for d in COLLAPSE + TRIAL)]


def test_the_trial_fed_in_a_later_run_joins_the_disaster():
    got = story_lists(COLLAPSE, TRIAL)
    assert got == [sorted(d.id for d in COLLAPSE + TRIAL)]


def test_a_next_edition_naming_last_year_and_one_figure_stays_apart():
    got = story_lists(MARATHON_2024 + MARATHON_2025)
    assert sorted(d.id for d in MARATHON_2024) in got
    assert sorted(d.id for d in MARATHON_2025) in got


def test_a_late_page_without_the_happenings_year_stays_apart():
    # the same court page, the year left out ("two years ago"): the figures
    # alone do not tell a trial from a next occurrence
    def yearless(d: Document) -> Document:
        words = "hace dos años" if d.lang == "es" else "two years ago"
        title = d.title.replace("2024 ", "")
        body = d.text.partition("\n\n")[2].replace("de marzo de 2024", words)
        return page(d.id + "-noyear", d.lang, d.published, title, body.replace("2024", words))

    got = story_lists(COLLAPSE + [yearless(d) for d in TRIAL])
    assert sorted(d.id for d in COLLAPSE) in got
