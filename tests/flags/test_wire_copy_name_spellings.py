"""A name spelled two ways by human writers is not a machine translator's sign.

Wire copy that cites several agencies carries their romanisations side by side
(Khadafi / Kadhafi, Mouammar / Muammar), and reporters slip on the keyboard
(two letters swapped, a letter doubled or not). A machine translator's
re-transliteration changes a letter instead (Sergei / Sergey, Hoan / Hoang) and
stays flagged. Every page here was written for this file.
"""

from __future__ import annotations

import pytest

from tests.flags.helpers import flagged, kinds

FR_WIRE = (
    "TRIPOLI (Reuters) - Les forces fidèles au colonel Mouammar Kadhafi ont repris lundi "
    "le contrôle du port pétrolier après deux jours de combats, selon des témoins.\n"
    "« Nous avons reculé de trente kilomètres », a déclaré un combattant joint par téléphone.\n"
    "Selon l'agence officielle, qui écrit Mouammar Khadafi, le dirigeant a reçu des chefs "
    "de tribu à Syrte pour leur demander de rester loyaux.\n"
    "Le chef de la diplomatie Moussa Koussa a promis un cessez-le-feu, tandis que le "
    "conseil rebelle de Benghazi, présidé par Abdel Fattah Younès, a rejeté l'offre.\n"
    "Le général Abdel Fatah Younès a précisé que les rebelles attendaient des armes.\n"
)
ES_WIRE = (
    "EL CAIRO (EFE).- El líder libio Muamar Gadafi rechazó este martes cualquier negociación "
    'con los rebeldes y prometió luchar "hasta el final".\n'
    "Según la agencia británica, que cita a un portavoz del líder Muamar Ghaddafi, el "
    "Gobierno no aceptará la presencia de observadores extranjeros.\n"
    "El presidente del consejo, Mustafa Abdeljalil, pidió a la comunidad internacional "
    "más ayuda, y Mustafa Adbeljalil insistió en que la capital caerá en semanas.\n"
)
EN_LOCAL = (
    "Councillor Louisa Hartley said the library would reopen in March after the roof repairs.\n"
    "The council had set aside £40,000 for the work, and Councillor Loisa Hartley added that "
    "volunteers would help move the books back.\n"
)
FR_WITH_EN_CAPTION = (
    "Les frappes de la coalition ont visé dimanche la résidence du colonel Muammar Kadhafi "
    "à Tripoli, selon la télévision d'État, qui a montré des bâtiments en ruine.\n"
    "Supporters of Libyan leader Muammar Gaddafi gather at his compound in Tripoli on "
    "Sunday to form a human shield against air strikes by the coalition forces.\n"
    "Le ministère des Affaires étrangères a dénoncé une agression contre un pays souverain "
    "et appelé le Conseil de sécurité à se réunir d'urgence.\n"
)
ES_SPORT = (
    "El entrenador Diego Simeone confirmó que el equipo viajará sin tres titulares a la "
    "final del domingo, aunque confía en recuperar a su capitán.\n"
    '"Vamos a competir como siempre", aseguró Diego Simeonr tras el último '
    "entrenamiento en la ciudad deportiva.\n"
)
VI_MT = (
    "Thủ tướng Olaf Scholz cho biết chính phủ sẽ cân nhắc gói viện trợ mới.\n"
    "Ông nói thêm rằng là Đức sẽ tiếp tục hỗ trợ đối tác của nó trong thời gian tới.\n"
    "Theo Thủ tướng Olaf Scholtz , quyết định sẽ được đưa ra vào cuối tháng này.\n"
)


@pytest.mark.parametrize("text", [FR_WIRE, ES_WIRE, EN_LOCAL, ES_SPORT])
def test_agency_romanisations_and_typos_are_not_machine_translation(text):
    doc = flagged(text)
    assert kinds(doc, "machine_translation", signal="name_variants") == [], [
        f.reason for f in doc.flags
    ]


def test_a_changed_letter_in_a_translated_page_is_still_flagged():
    f = kinds(flagged(VI_MT), "machine_translation", signal="name_variants")
    assert f and set(f[0].data["variants"]) == {"Scholz", "Scholtz"}


@pytest.mark.parametrize(
    "pair, human",
    [
        (("Khadafi", "Kadhafi"), True),  # kh / k and dh / d of two agencies
        (("Burkhard", "Burckhard"), True),  # ck / k
        (("Mouammar", "Muammar"), True),  # French ou / English u
        (("Abdeljalil", "Adbeljalil"), True),  # two adjacent letters swapped
        (("Saddam", "Sadam"), True),  # a letter doubled or not
        (("Claudia", "Clauda"), True),  # a vowel dropped from a run of vowels
        (("Mouammar", "Moummar"), True),
        (("Sarkozy", "Sarkosy"), True),  # a neighbouring key on the keyboard
        (("Sergei", "Sergey"), False),  # a letter changed
        (("Katarina", "Katerina"), False),
        (("Scholz", "Scholtz"), False),  # a consonant added
        (("Hoan", "Hoang"), False),  # a letter added
        (("Asaki", "Maki"), False),
    ],
)
def test_human_spelling_pairs(pair, human):
    from newsline.flags.rules import _human_spelling_pair

    assert _human_spelling_pair(*pair) is human


def test_each_language_writing_a_name_its_own_way_is_not_machine_translation():
    doc = flagged(FR_WITH_EN_CAPTION)
    assert [b.lang for b in doc.blocks] == ["fr", "en", "fr"]
    assert kinds(doc, "machine_translation", signal="name_variants") == [], [
        f.reason for f in doc.flags
    ]
    # the same two spellings in the French prose alone are still one text's inconsistency
    lines = FR_WITH_EN_CAPTION.splitlines(keepends=True)
    french_only = lines[0] + lines[2].replace("ministère", "ministère de Muammar Gaddafi")
    f = kinds(flagged(french_only), "machine_translation", signal="name_variants")
    assert f and set(f[0].data["variants"]) == {"Kadhafi", "Gaddafi"}


EN_WITH_LINKS = (
    "Former prime minister José María Aznar flew to Tripoli in 2003, the first of a run of "
    "European leaders to visit after sanctions were lifted.\n"
    "Officials said the talks covered oil contracts and migration across the sea.\n"
    "By Tomás Ferrer Quintana\n"
    "José Martí airport reopens to flights after the storm\n"
)


def test_a_name_only_in_a_byline_or_a_link_to_another_story_is_not_the_articles_text():
    doc = flagged(EN_WITH_LINKS, labels={2: "byline", 3: "related"})
    assert kinds(doc, "machine_translation", signal="name_variants") == [], [
        f.reason for f in doc.flags
    ]
    # the same line as a caption (translated with the article) still counts
    doc = flagged(EN_WITH_LINKS, labels={2: "byline", 3: "caption"})
    f = kinds(doc, "machine_translation", signal="name_variants")
    assert f and set(f[0].data["variants"]) == {"María", "Martí"}
