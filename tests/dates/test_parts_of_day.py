"""Forms added for French (and their counterparts elsewhere): press month
abbreviations ("fév."), "courant février" / "le mois d'avril", number words
for "il y a quinze jours", and parts of today or last night ("ce matin",
"anoche", "tối qua", "昨晚"). Positive and negative cases, invented text."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates

PUB = "2023-03-10"


def found(text, lang, published=PUB):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, lang, published)]


@pytest.mark.parametrize(
    "lang,text,span,value",
    [
        ("fr", "- 14 fév. : le syndicat appelle à la grève.", "14 fév.", "2023-02-14"),
        ("fr", "Le 3 fév 2021, la mairie a voté le budget.", "3 fév 2021", "2021-02-03"),
        ("fr", "Les travaux reprendront courant avril.", "avril", "2023-04"),
        ("fr", "Au début du mois de février, la neige est tombée.", "février", "2023-02"),
        ("fr", "Il y a quinze jours, le pont a été fermé.", "Il y a quinze jours", "2023-02-23"),
        ("es", "Hace quince días se cerró el puente.", "Hace quince días", "2023-02-23"),
        ("en", "Twenty years ago the bridge was built.", "Twenty years ago", "2003"),
        ("fr", "Ce matin, le préfet a levé l'alerte.", "Ce matin", "2023-03-10"),
        (
            "fr",
            "La nuit dernière, un incendie a détruit l'entrepôt.",
            "La nuit dernière",
            "2023-03-09",
        ),
        ("es", "Anoche un incendio destruyó el almacén.", "Anoche", "2023-03-09"),
        ("es", "Esta mañana el alcalde levantó la alerta.", "Esta mañana", "2023-03-10"),
        ("en", "Last night a fire destroyed the warehouse.", "Last night", "2023-03-09"),
        ("en", "The mayor lifted the alert this morning.", "this morning", "2023-03-10"),
        ("vi", "Tối qua, một đám cháy thiêu rụi nhà kho.", "Tối qua", "2023-03-09"),
        ("vi", "Sáng nay, chủ tịch tỉnh dỡ bỏ cảnh báo.", "Sáng nay", "2023-03-10"),
        ("th", "เมื่อคืนนี้ เกิดเพลิงไหม้โกดัง", "เมื่อคืนนี้", "2023-03-09"),
        ("zh", "昨晚，一场大火烧毁了仓库。", "昨晚", "2023-03-09"),
        ("zh", "今晨，市长解除了警报。", "今晨", "2023-03-10"),
    ],
)
def test_new_forms_resolve(lang, text, span, value):
    assert (span, value) in found(text, lang)


@pytest.mark.parametrize(
    "lang,text",
    [
        ("fr", "Ce matin-là, personne n'avait rien vu."),  # anaphoric "that morning"
        ("fr", "Il a trouvé la fève dans la galette."),
        ("fr", "Le fevre est un nom de famille."),
        ("fr", "Les prix ont augmenté de quinze pour cent."),
        ("en", "Twenty people were injured in the fire."),
    ],
)
def test_new_forms_non_dates(lang, text):
    assert found(text, lang) == []


def test_parts_of_day_need_a_publication_date():
    assert found("Ce matin, le préfet a levé l'alerte.", "fr", None) == []
