"""A page about the Arab world spells an Arabic name in two romanisations
without any particle (Abdel, al-) to mark it: 'Abdulla Saleh' and 'Abdullah
Saleh' on a page about Yemen, 'Rafic/Rafiq Hariri' (French qaf as 'c') on a
page about Lebanon, 'Morsy/Morsi' (a final long i as 'y') on a page about
Egypt. Real Spanish and French news (cl-tls) got a machine-translation flag
for each; such a page names an Arab country (CLDR, in its language or in
English), and a final 'h', 'c'/'q' and 'y'/'i' are romanisations too. A
letter changed outside those, or the same change on a page about somewhere
else, stays flagged. Pages written for this file; the negatives failed
before the fix."""

from __future__ import annotations

import pytest

from tests.flags.helpers import flagged, kinds

ROMANISED = [
    (
        "El presidente de Yemen, Ali Abdulla Saleh, rechazó el lunes el plan de transición "
        "propuesto por los países del Golfo.\n"
        "Según fuentes de la oposición, Ali Abdullah Saleh pidió más garantías antes de firmar "
        "el acuerdo.\n"
    ),
    (
        "Le Liban commémore l'assassinat de l'ancien Premier ministre Rafic Hariri, tué dans un "
        "attentat à Beyrouth.\n"
        "Le tribunal spécial chargé d'enquêter sur la mort de Rafiq Hariri rendra son verdict "
        "en août.\n"
    ),
    (
        "Supporters of Mohamed Morsy gathered in Cairo on Friday, a year after the army removed "
        "him, as Egypt tightened security around the capital.\n"
        "Police said several hundred supporters of Mohamed Morsi were arrested.\n"
    ),
]


@pytest.mark.parametrize("text", ROMANISED)
def test_two_romanisations_on_a_page_about_the_arab_world_are_no_machine_sign(text):
    doc = flagged(text)
    assert kinds(doc, "machine_translation", signal="name_variants") == [], [
        f.reason for f in doc.flags
    ]


@pytest.mark.parametrize(
    "text, variants",
    [
        # another letter changed, on a page about Yemen
        (
            "El presidente de Yemen, Ali Abdulla Saleh, rechazó el lunes el plan de transición.\n"
            "Según la oposición, Ali Abdulla Salem pidió más garantías antes de firmar.\n",
            ["Saleh", "Salem"],
        ),
        # a vowel changed in a name on a page about Croatia
        (
            "Croatia's foreign minister Katarina Horvat met her Slovenian counterpart in Zagreb "
            "on Monday to discuss the border.\n"
            "Katerina Horvat said the two countries would set up a joint commission.\n",
            ["Katarina", "Katerina"],
        ),
    ],
)
def test_other_changes_stay_flagged(text, variants):
    doc = flagged(text)
    got = kinds(doc, "machine_translation", signal="name_variants")
    assert [sorted(f.data["variants"]) for f in got] == [sorted(variants)], [
        f.reason for f in doc.flags
    ]
