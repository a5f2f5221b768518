"""Vietnamese news prose machine-translated into another language: two
different turns rendered word for word (lực lượng / cơ quan chức năng "the
functional forces / agencies", theo thông tin từ "according to the
information from", đang tiếp tục được làm rõ "is continuing to be
clarified"). Pages written for this file about a landslide, a market fire
and a counterfeit-goods raid (none about a ferry). Near misses: one such
turn alone; a human English report of the same happening."""

from __future__ import annotations

import pytest

from tests.flags.helpers import flagged, kinds

PAGES = {
    "en": (
        "Landslide buries three houses in mountainous district\n"
        "According to the information from the district People's Committee, the landslide "
        "happened at around 3am after two days of heavy rain, burying three houses.\n"
        "The functional forces have mobilised excavators to search for two people who are "
        "still missing, while 40 households were evacuated to the commune school.\n"
        "The cause of the incident is continuing to be clarified.\n"
    ),
    "en-market": (
        "Fire destroys 30 kiosks at wholesale market\n"
        "At 22h the same day, the fire broke out in the dry goods area of the market and spread "
        "quickly to 30 kiosks; no one was injured.\n"
        "The functional agencies are working to verify and clarify the damage and the cause of "
        "the fire.\n"
    ),
    # tiến hành + verb and the classifier "con" counted as heads
    "en-swine-fever": (
        "Dong Nai culls pigs after African swine fever outbreak\n"
        "The district veterinary station carried out culling more than 600 heads of pigs at "
        "two farms in the commune after samples tested positive.\n"
        "Local people are recommended not to be panic and to report sick animals.\n"
    ),
    "es": (
        "Incautan 5.000 bolsos falsificados en un almacén\n"
        "Las fuerzas funcionales inspeccionaron el almacén y hallaron 5.000 bolsos con marcas "
        "falsificadas listos para venderse en línea.\n"
        "Las autoridades funcionales siguen investigando el origen de la mercancía.\n"
    ),
}


@pytest.mark.parametrize("page", sorted(PAGES))
def test_two_vietnamese_calques_flag_the_page(page):
    doc = flagged(PAGES[page], labels={0: "title"})
    found = kinds(doc, "machine_translation", signal="calque")
    assert found, [f.reason for f in doc.flags]
    assert found[0].data["source_language"] == "Vietnamese"


NEAR_MISSES = {
    # one such turn alone
    "one turn": (
        "Landslide buries three houses in mountainous district\n"
        "According to the information from the district office, 40 households were evacuated "
        "to the commune school after two days of heavy rain.\n"
        "Rescue teams are searching for two people who are still missing.\n"
    ),
    # a human report of the same happening, 'functional' in its own sense
    "human": (
        "Landslide buries three houses in mountainous district\n"
        "The landslide struck at about 3am after two days of heavy rain, district officials said, "
        "burying three houses.\n"
        "Police and soldiers brought in excavators to search for two missing people; the cause "
        "is being investigated. A new functional food plant nearby was not damaged.\n"
    ),
    # English counting cattle by the head, carrying out a noun
    "human farm": (
        "Province culls pigs after swine fever outbreak\n"
        "Veterinary officers carried out a cull of more than 600 pigs at two farms, and the "
        "herd of 300 head of cattle nearby was tested.\n"
        "Officials urged farmers not to panic and to report sick animals.\n"
    ),
}


@pytest.mark.parametrize("case", sorted(NEAR_MISSES))
def test_near_misses_are_not_flagged(case):
    doc = flagged(NEAR_MISSES[case], labels={0: "title"})
    assert not kinds(doc, "machine_translation")
