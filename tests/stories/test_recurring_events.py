"""Recurring events of one kind share their people and places: a central
bank's rate decision each month names the same governor, the same board and
the same currency; two quakes in one region weeks apart name the same
province, agency and spokesman. They were one story. What tells them apart
is what each page leads with (the rate decided, the magnitude) and the weeks
between them; a follow-up of one happening weeks later leads with no figure,
or with the same one, and still joins it. Invented pages, other banks,
regions and languages than any corpus the rule was measured on."""

from __future__ import annotations

from collections import Counter

from newsline.model import Document
from newsline.stories import ClusterStories
from newsline.stories.cluster import lead_figure

from .helpers import page

# Bank Indonesia, two monthly decisions five weeks apart (id, en).
BI_MARCH = [
    page(
        "bi-mar-id",
        "id",
        "2025-03-19",
        "Bank Indonesia pangkas BI-Rate menjadi 5,75 persen",
        "Rapat Dewan Gubernur Bank Indonesia pada Rabu memutuskan menurunkan BI-Rate sebesar 25 "
        "basis poin menjadi 5,75 persen. Gubernur Bank Indonesia Hendra Wiratmaja mengatakan "
        "inflasi Februari turun ke 2,1 persen dan rupiah stabil di kisaran 16.300 per dolar AS. "
        "Deputi Gubernur Sari Kusumawardani menambahkan kebijakan ini mendukung pertumbuhan "
        "ekonomi. Rapat berikutnya dijadwalkan pada April di Jakarta.",
    ),
    page(
        "bi-mar-en",
        "en",
        "2025-03-20",
        "Indonesia's central bank cuts key rate to 5.75% as inflation cools",
        "Bank Indonesia lowered its BI-Rate by 25 basis points to 5.75% on Wednesday. Governor "
        "Hendra Wiratmaja told reporters in Jakarta that February inflation eased to 2.1% and "
        "that the rupiah was stable around 16,300 per US dollar. Deputy Governor Sari "
        "Kusumawardani said the board saw room to support growth.",
    ),
    page(
        "bi-mar-id2",
        "id",
        "2025-03-20",
        "Suku bunga acuan turun, kredit perbankan diharapkan lebih murah",
        "Penurunan BI-Rate menjadi 5,75 persen diharapkan segera diikuti bank. Gubernur Bank "
        "Indonesia Hendra Wiratmaja meminta perbankan menurunkan bunga kredit. Deputi Gubernur "
        "Sari Kusumawardani menyebut rupiah tetap terjaga di 16.300 per dolar AS.",
    ),
]
BI_APRIL = [
    page(
        "bi-apr-id",
        "id",
        "2025-04-23",
        "BI-Rate kembali turun ke 5,50 persen",
        "Rapat Dewan Gubernur Bank Indonesia kembali menurunkan BI-Rate sebesar 25 basis poin "
        "menjadi 5,50 persen. Gubernur Bank Indonesia Hendra Wiratmaja menyebut inflasi Maret "
        "sebesar 1,9 persen. Deputi Gubernur Sari Kusumawardani mengatakan rupiah menguat ke "
        "16.100 per dolar AS. Rapat berikutnya pada Mei di Jakarta.",
    ),
    page(
        "bi-apr-en",
        "en",
        "2025-04-24",
        "Bank Indonesia cuts again, to 5.50%, citing weak demand",
        "Bank Indonesia cut its BI-Rate by another 25 basis points to 5.50% on Wednesday. "
        "Governor Hendra Wiratmaja said March inflation slowed to 1.9%, and Deputy Governor Sari "
        "Kusumawardani said the rupiah firmed to 16,100 per US dollar in Jakarta trading.",
    ),
    page(
        "bi-apr-id2",
        "id",
        "2025-04-24",
        "Dua kali berturut-turut, bank sentral longgarkan kebijakan",
        "Keputusan Bank Indonesia menurunkan BI-Rate menjadi 5,50 persen, dari 5,75 persen bulan "
        "lalu, disambut pasar. Gubernur Hendra Wiratmaja dan Deputi Gubernur Sari Kusumawardani "
        "menyebut ruang pelonggaran masih ada. Rupiah ditutup di 16.100 per dolar AS.",
    ),
]

# Two quakes off Hokkaido three weeks apart (pt, de), and their follow-ups.
QUAKE_ONE = [
    page(
        "hk1-pt",
        "pt",
        "2025-06-02",
        "Terremoto de magnitude 6,4 atinge Hokkaido e deixa dois mortos",
        "Um terremoto de magnitude 6,4 atingiu a região de Tokachi, em Hokkaido, no norte do "
        "Japão, na madrugada de segunda-feira. Duas pessoas morreram e 38 ficaram feridas, "
        "segundo a Agência Meteorológica do Japão. O porta-voz Kenji Moriyama disse que não há "
        "risco de tsunami. Cerca de 4.200 casas ficaram sem energia em Obihiro.",
    ),
    page(
        "hk1-de",
        "de",
        "2025-06-02",
        "Erdbeben der Stärke 6,4 erschüttert Hokkaido",
        "Ein Erdbeben der Stärke 6,4 hat die Region Tokachi auf Hokkaido im Norden Japans "
        "erschüttert. Zwei Menschen kamen ums Leben, 38 wurden verletzt, teilte die Japanische "
        "Meteorologische Behörde mit. Sprecher Kenji Moriyama sagte, es bestehe keine "
        "Tsunami-Gefahr. In Obihiro fiel in rund 4.200 Haushalten der Strom aus.",
    ),
]
QUAKE_TWO = [
    page(
        "hk2-pt",
        "pt",
        "2025-06-23",
        "Novo terremoto, de magnitude 5,9, sacode Hokkaido",
        "Um terremoto de magnitude 5,9 sacudiu a região de Kushiro, em Hokkaido, no norte do "
        "Japão, três semanas depois do tremor de Tokachi. Uma pessoa morreu e 17 ficaram "
        "feridas, segundo a Agência Meteorológica do Japão. O porta-voz Kenji Moriyama disse que "
        "os dois sismos não estão ligados.",
    ),
    page(
        "hk2-de",
        "de",
        "2025-06-23",
        "Erneut Erdbeben auf Hokkaido: Stärke 5,9",
        "Ein Erdbeben der Stärke 5,9 hat die Region Kushiro auf Hokkaido im Norden Japans "
        "erschüttert, drei Wochen nach dem Beben von Tokachi. Ein Mensch starb, 17 wurden "
        "verletzt, so die Japanische Meteorologische Behörde. Sprecher Kenji Moriyama sagte, die "
        "beiden Beben hingen nicht zusammen.",
    ),
]
# A month on, a follow-up of the first quake that leads with no figure, and
# one leading with its magnitude again: both are the first happening.
FOLLOW_UPS = [
    page(
        "hk1-later-pt",
        "pt",
        "2025-07-03",
        "Um mês depois, Tokachi ainda reconstrói casas",
        "Um mês depois do terremoto em Tokachi, em Hokkaido, cerca de 300 famílias de Obihiro "
        "ainda vivem em abrigos. A Agência Meteorológica do Japão e o porta-voz Kenji Moriyama "
        "lembram que duas pessoas morreram e 38 ficaram feridas no sismo.",
    ),
    page(
        "hk1-later-de",
        "de",
        "2025-07-04",
        "Nach dem Beben der Stärke 6,4: Obihiro baut auf",
        "Einen Monat nach dem Erdbeben der Stärke 6,4 in Tokachi auf Hokkaido leben in Obihiro "
        "noch rund 300 Familien in Notunterkünften. Sprecher Kenji Moriyama erinnerte an die "
        "zwei Toten und 38 Verletzten.",
    ),
]


def _stories(*batches: list[Document]) -> list[list[str]]:
    stage = ClusterStories()
    for docs in batches:
        stage(list(docs), Counter())
    return sorted(sorted(s["documents"]) for s in stage.finalize()["stories"])


def test_two_monthly_rate_decisions_are_two_stories():
    assert _stories(BI_MARCH + BI_APRIL) == [
        ["bi-apr-en", "bi-apr-id", "bi-apr-id2"],
        ["bi-mar-en", "bi-mar-id", "bi-mar-id2"],
    ]


def test_two_rate_decisions_fed_as_two_runs_through_a_saved_state():
    first = ClusterStories()
    first(list(BI_MARCH), Counter())
    first.finalize()
    second = ClusterStories()
    second.load_state(first.state_dict())
    second(list(BI_APRIL), Counter())
    assert second.story_of("bi-apr-id") == second.story_of("bi-apr-en")
    assert second.story_of("bi-apr-id") != second.story_of("bi-mar-id")
    assert second.story_of("bi-mar-id") == second.story_of("bi-mar-en")


def test_two_quakes_in_one_region_three_weeks_apart_are_two_stories():
    assert _stories(QUAKE_ONE + QUAKE_TWO) == [["hk1-de", "hk1-pt"], ["hk2-de", "hk2-pt"]]


def test_a_follow_up_a_month_later_still_joins_its_happening():
    # near miss: leading with no figure, or with the first quake's own
    assert _stories(QUAKE_ONE, FOLLOW_UPS) == [["hk1-de", "hk1-later-de", "hk1-later-pt", "hk1-pt"]]


def test_two_magnitudes_for_one_quake_within_days_stay_one_story():
    # near miss: agencies give one quake different magnitudes; days apart,
    # not weeks, it is one happening
    other = page(
        "hk1-en",
        "en",
        "2025-06-03",
        "Magnitude 6.2 quake hits Hokkaido's Tokachi region, two dead",
        "A magnitude 6.2 earthquake struck the Tokachi region of Hokkaido in northern Japan, "
        "killing two people and injuring 38, the Japan Meteorological Agency said. Spokesman "
        "Kenji Moriyama said there was no tsunami risk. About 4,200 homes in Obihiro lost power.",
    )
    assert _stories(QUAKE_ONE + [other]) == [["hk1-de", "hk1-en", "hk1-pt"]]


def test_lead_figure_is_the_first_decimal_of_headline_and_first_paragraph():
    assert lead_figure("BI-Rate turun ke 5,75 persen\n\nRapat memutuskan...") == "#:575"
    assert lead_figure("Quake hits Tokachi\nA magnitude 6.2 quake struck, killing 2") == "#:62"
    # grouped thousands, whole numbers, years and dates are no figures
    assert lead_figure("12.000 hộ dân sơ tán\n41,000 evacuated in 2025 on 14.10.2025") is None
    # clock times written like decimals are no figures
    assert lead_figure("Live\n21.55 h: the president speaks") is None
    assert lead_figure("22.23. Protesters gather\n20.00 horas: llegan") is None
    # the third line on is not the lead
    assert lead_figure("Title\nFirst paragraph.\nLater, 3.5% more") is None


def test_lead_figure_on_long_adversarial_input():
    # digits and marks with no end: the lead is capped, the pattern linear
    for text in ("1.1" * 50_000, "9" * 100_000, "1,2." * 25_000, "\n" * 100_000 + "2.5"):
        assert lead_figure(text) in (None, "#:11", "#:12")
