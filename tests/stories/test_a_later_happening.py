"""A happening of one kind at one place weeks after another is another story,
though both name the same region, city and officials: a second cyclone a
month after the first counts its own dead, homes and evacuees, and a
politician's scandal two weeks after his election gives its own sums
(benchmarks/data/stories/heldout15 showed the class: two typhoons over the
same provinces, an election and a land scandal, each glued into one story).
The later pages recall the earlier happening in a sentence, one figure at
most; a follow-up of the same happening (its final bill a month later, a
hearing months later) repeats its figures or names its places and people,
and joins it. Pages written for this test, in other places and languages."""

from __future__ import annotations

from collections import Counter

from newsline.stories import ClusterStories

from .helpers import page, story_lists

CYCLONE_ONE = [
    page(
        "oriane-fr",
        "fr",
        "2027-02-02",
        "Le cyclone Oriane frappe Toamasina : 14 morts",
        "Le cyclone Oriane a touché terre dans la nuit de lundi à mardi près de Toamasina, avec "
        "des vents de 210 km/h. Selon le Bureau national de gestion des risques, 14 personnes "
        "sont mortes, 23 600 maisons ont été endommagées et 48 300 habitants des régions "
        "Atsinanana et Analanjirofo ont été déplacés. Le Premier ministre Rivo Andriamasy s'est "
        "rendu à Toamasina mardi matin.",
    ),
    page(
        "oriane-en",
        "en",
        "2027-02-02",
        "Cyclone Oriane kills 14 in eastern Madagascar",
        "ANTANANARIVO, Feb 2 - Cyclone Oriane slammed into Madagascar's east coast near "
        "Toamasina overnight with winds of 210 km/h, killing 14 people and damaging 23,600 "
        "homes, the disaster agency said. Some 48,300 people were displaced in the Atsinanana "
        "and Analanjirofo regions. Prime Minister Rivo Andriamasy visited Toamasina on Tuesday.",
    ),
    page(
        "oriane-de",
        "de",
        "2027-02-03",
        "Zyklon Oriane: 14 Tote auf Madagaskar",
        "Der Zyklon Oriane hat an der Ostküste Madagaskars bei Toamasina mindestens 14 Menschen "
        "getötet. 23.600 Häuser wurden beschädigt, 48.300 Menschen in den Regionen Atsinanana "
        "und Analanjirofo mussten ihre Häuser verlassen. Regierungschef Rivo Andriamasy "
        "versprach Soforthilfe.",
    ),
]
CYCLONE_TWO = [
    page(
        "belko-fr",
        "fr",
        "2027-03-07",
        "Le cyclone Belko inonde Toamasina, un mois après Oriane",
        "Le cyclone Belko a touché terre samedi soir près de Toamasina, un mois après le passage "
        "d'Oriane. Les pluies, 380 mm en deux jours, ont inondé les quartiers bas de la ville. "
        "Le bilan provisoire fait état de 9 morts, 11 900 maisons endommagées et 36 700 "
        "déplacés dans les régions Atsinanana et Analanjirofo. Le Premier ministre Rivo "
        "Andriamasy a convoqué une réunion de crise.",
    ),
    page(
        "belko-en",
        "en",
        "2027-03-08",
        "Second cyclone in five weeks floods Madagascar's main port",
        "Cyclone Belko dumped 380 mm of rain on Toamasina over two days, killing nine people, "
        "damaging 11,900 homes and displacing 36,700 in the Atsinanana and Analanjirofo "
        "regions. Many families were still in shelters after Cyclone Oriane, which killed 14 "
        "people in early February.",
    ),
]
ROUND_UP = [
    page(
        "cyclones-compared-en",
        "en",
        "2027-03-12",
        "Oriane and Belko: two cyclones in 33 days",
        "Oriane (landfall Feb 2): winds of 210 km/h, 14 dead, 23,600 homes damaged, 48,300 "
        "displaced. Belko (landfall March 6): 380 mm of rain on Toamasina, nine dead, 11,900 "
        "homes damaged, 36,700 displaced. Together the storms have cost the Atsinanana and "
        "Analanjirofo regions an estimated $210 million, the government said.",
    ),
]
# the first cyclone's final bill a month later: the same places, the same
# prime minister, new figures and a headline naming no one new
FINAL_BILL = [
    page(
        "oriane-bill-fr",
        "fr",
        "2027-03-04",
        "Un mois après le cyclone, Toamasina chiffre les dégâts",
        "Un mois après le passage du cyclone Oriane, le gouvernement a chiffré les dégâts dans "
        "les régions Atsinanana et Analanjirofo à 1 480 milliards d'ariary. À Toamasina, 312 "
        "salles de classe restent fermées. Le Premier ministre Rivo Andriamasy a promis de "
        "reconstruire le port de pêche de Foulpointe et la route nationale 5 avant juin.",
    ),
]

ELECTION = [
    page(
        "vote-id",
        "id",
        "2028-06-11",
        "Hendra Wicaksono menang Pilkada Kota Medan",
        "Hendra Wicaksono memenangi pemilihan wali kota Medan dengan 486.310 suara atau 44,7 "
        "persen, menurut hitung cepat Komisi Pemilihan Umum. Pesaing terdekatnya, Sri Rahayu "
        "Lubis, meraih 391.520 suara. Tingkat partisipasi pemilih mencapai 63,2 persen.",
    ),
    page(
        "vote-en",
        "en",
        "2028-06-11",
        "Businessman Hendra Wicaksono elected Medan mayor",
        "Hendra Wicaksono won the Medan mayoral election with 486,310 votes, or 44.7 percent, "
        "according to the General Elections Commission. His closest rival, Sri Rahayu Lubis, "
        "took 391,520 votes. Turnout was 63.2 percent.",
    ),
    page(
        "vote-es",
        "es",
        "2028-06-12",
        "Un empresario gana la alcaldía de Medan",
        "Hendra Wicaksono ganó la elección a alcalde de Medan con el 44,7 % de los votos, frente "
        "al 36,0 % de Sri Rahayu Lubis. La participación fue del 63,2 %.",
    ),
]
SCANDAL = [
    page(
        "scandal-fr",
        "fr",
        "2028-06-27",
        "Indonésie : le nouveau maire de Medan rattrapé par un marché public",
        "La Commission d'éradication de la corruption (KPK) enquête sur un contrat de 87 "
        "milliards de roupies pour la reconstruction du marché Sukaramai, attribué en 2026 à une "
        "société du frère de Hendra Wicaksono, élu maire de Medan ce mois-ci. Le coût du chantier "
        "a grimpé à 214 milliards de roupies. M. Hendra dément toute implication.",
    ),
    page(
        "scandal-en",
        "en",
        "2028-06-27",
        "Anti-graft agency probes new Medan mayor's family over market contract",
        "Indonesia's Corruption Eradication Commission (KPK) is investigating an 87 billion "
        "rupiah contract to rebuild Sukaramai market, won in 2026 by a company owned by the "
        "brother of Hendra Wicaksono, who was elected mayor of Medan this month with 486,310 "
        "votes. The cost later rose to 214 billion rupiah. Hendra denied any role.",
    ),
]

HEARING_ONE = [
    page(
        "hearing1-en",
        "en",
        "2029-02-06",
        "Founder of collapsed lender Kora Credit charged with fraud",
        "The founder of the collapsed online lender Kora Credit, Tobias Lindqvist, was charged "
        "in Stockholm with 17 counts of fraud over the loss of 2.35 billion kronor owed to "
        "41,800 savers. He was remanded in custody.",
    ),
    page(
        "hearing1-de",
        "de",
        "2029-02-07",
        "Gründer von Kora Credit wegen Betrugs angeklagt",
        "Der Gründer des zusammengebrochenen Online-Kreditgebers Kora Credit, Tobias Lindqvist, "
        "ist in Stockholm in 17 Fällen wegen Betrugs angeklagt worden. 41.800 Sparer verloren "
        "2,35 Milliarden Kronen.",
    ),
]
HEARING_TWO = [
    page(
        "hearing2-en",
        "en",
        "2029-08-18",
        "Kora Credit trial opens with testimony from former finance chief",
        "The fraud trial of Kora Credit founder Tobias Lindqvist opened in Stockholm, with "
        "prosecutors saying 41,800 savers lost 2.35 billion kronor. The former finance chief, "
        "Elin Bergqvist, will testify next week; the trial is set to last 30 days.",
    ),
]


def ids(docs):
    return sorted(d.id for d in docs)


def test_a_second_cyclone_a_month_later_is_another_story():
    got = story_lists(CYCLONE_ONE + CYCLONE_TWO)
    assert ids(CYCLONE_ONE) in got
    assert ids(CYCLONE_TWO) in got


def test_the_second_cyclone_fed_page_by_page_stays_apart():
    got = story_lists(*[[d] for d in CYCLONE_ONE + CYCLONE_TWO])
    assert ids(CYCLONE_ONE) in got
    assert ids(CYCLONE_TWO) in got


def test_a_page_comparing_the_two_cyclones_is_its_own_story():
    got = story_lists(CYCLONE_ONE + CYCLONE_TWO + ROUND_UP)
    assert ids(CYCLONE_ONE) in got
    assert ids(CYCLONE_TWO) in got
    assert ids(ROUND_UP) in got


def test_the_first_cyclones_final_bill_a_month_later_joins_it():
    got = story_lists(CYCLONE_ONE + FINAL_BILL)
    assert got == [ids(CYCLONE_ONE + FINAL_BILL)]


def test_a_scandal_two_weeks_after_an_election_is_another_story():
    got = story_lists(ELECTION + SCANDAL)
    assert ids(ELECTION) in got
    assert ids(SCANDAL) in got


def test_hearings_six_months_apart_repeating_the_case_figures_are_one_story():
    got = story_lists(HEARING_ONE + HEARING_TWO)
    assert got == [ids(HEARING_ONE + HEARING_TWO)]


def test_pages_held_apart_stay_apart_across_a_saved_state():
    first = ClusterStories()
    first(list(CYCLONE_ONE + CYCLONE_TWO[:1]), Counter())
    first.finalize()
    second = ClusterStories()
    second.load_state(first.state_dict())
    second(list(CYCLONE_TWO[1:]), Counter())
    got = sorted(sorted(s["documents"]) for s in second.finalize()["stories"])
    assert ids(CYCLONE_ONE) in got
    assert ids(CYCLONE_TWO) in got
