"""Calque and spun-phrase tables widened from the instances a held-out page
showed to their class (session 31 audit of rules tuned to held-out sets):

- a calque with a gap ("please…a lot", Korean 많이 ~해 주세요) was never found:
  the page-wide pass looked for it as written, "…" and all. It is now looked
  for by its lead, so any verb fills the gap ("please vote a lot", "please
  give a lot of love");
- Korean calques in their other tenses and wordings ("while expressing
  expectation", "exert efforts so that"), not only the one sentence seen,
  and Japanese ones beyond the first page's ("correspond sincerely",
  "(bitter smile)");
- synonym-spinner swaps for other stock terms ("local weather change",
  "inventory market", "well being care").

Pages written for this file; near misses are natural English with the same
words, one calque alone, and quoted spun words."""

from __future__ import annotations

import pytest

from tests.flags.helpers import flagged, kinds

MT_FROM_KO = {
    # entertainment news: honorific + 많은 사랑 부탁드립니다
    "album": (
        "Girl group returns with second mini album\n"
        "The group released its second mini album on the 12th and held a showcase in "
        "Seongsu-dong.\n"
        "Member Yuna-ssi said the members practised for eight months, and please give a lot of "
        "love to the title song.\n"
        "The album has six tracks.\n"
    ),
    # local government: 많이 참여해 주세요 + 노력했다
    "festival": (
        "Daegu lantern festival to open next week\n"
        "Daegu City said it exerted efforts so that families can enjoy the night market safely.\n"
        "An official said, \"Please participate a lot in the lantern parade,\" while expressing "
        "expectation for a record crowd.\n"
    ),
    # sport: 기대감을 나타냈다 in another tense
    "football": (
        "Ulsan signs Brazilian striker\n"
        "Ulsan announced on the 4th that it signed the striker on a two-year contract.\n"
        "Head coach Kim Dohyun-ssi said the striker will fit the team's pressing style, "
        "and expressed his expectation for the new season.\n"
    ),
}

MT_FROM_JA = (
    "Railway apologises for ticket system outage\n"
    "The railway company held a press conference on the 9th and apologised for the outage.\n"
    "The president said the company will correspond sincerely to each customer and will "
    "correspond appropriately to refund requests.\n"
    "About 12,000 passengers were affected.\n"
)


def test_japanese_calques_beyond_the_first_page_make_machine_translation() -> None:
    doc = flagged(MT_FROM_JA)
    got = kinds(doc, "machine_translation", signal="calque")
    assert got and got[0].data["source_language"] == "Japanese", [f.reason for f in doc.flags]


CLEAN_EN = {
    # "please … a lot" in natural English, with no second Korean turn
    "one_only": (
        "Heatwave advice for the elderly\n"
        "Doctors said: please drink water a lot more often than usual in this heat.\n"
        "The council has opened six cooling centres.\n"
    ),
    # "correspond" in its own English sense, one Japanese turn alone
    "correspond": (
        "Exam results published\n"
        "Grades correspond to the new national scale, and the ministry said it will correspond "
        "sincerely with schools that ask. Please treat the figures as provisional.\n"
    ),
    # the words of the calques, natural English
    "natural": (
        "Charity run raises funds\n"
        "Organisers made every effort to keep the route safe, and they said expectations were "
        "high. Please give what you can, a lot of families need help.\n"
    ),
}


@pytest.mark.parametrize("name", sorted(MT_FROM_KO))
def test_korean_calques_in_any_wording_make_machine_translation(name: str) -> None:
    doc = flagged(MT_FROM_KO[name])
    got = kinds(doc, "machine_translation", signal="calque")
    assert got and got[0].data["source_language"] == "Korean", [f.reason for f in doc.flags]


def test_gapped_calque_is_found_with_any_verb_in_the_gap() -> None:
    doc = flagged(MT_FROM_KO["album"])
    (flag,) = kinds(doc, "machine_translation", signal="calque")
    assert "please…a lot" in flag.data["calques"]


@pytest.mark.parametrize("name", sorted(CLEAN_EN))
def test_natural_english_near_korean_calques_stays_clean(name: str) -> None:
    doc = flagged(CLEAN_EN[name])
    assert not kinds(doc, "machine_translation"), [f.reason for f in doc.flags]


SPUN = (
    "Asian shares slip as rate fears return\n"
    "The inventory market in Tokyo fell 1.8% on Wednesday, and authorities officers said the "
    "cost of local weather change would weigh on farm output.\n"
    "Exporters led the losses.\n"
)


def test_spinner_swaps_for_other_stock_terms_make_a_spun_copy() -> None:
    doc = flagged(SPUN)
    (flag,) = kinds(doc, "content_farm", signal="spun_text")
    assert {"inventory market", "local weather change"} <= set(flag.data["phrases"])


@pytest.mark.parametrize(
    "text",
    [
        # one swap alone may be a slip
        "Retail update\nThe inventory market for used cars tightened in May, dealers said.\n",
        # a reporter quoting spun words
        'Spam study\nResearchers found pages saying "local weather change" and "well being '
        'care" in place of the usual terms.\n',
    ],
)
def test_one_swap_or_quoted_swaps_stay_clean(text: str) -> None:
    doc = flagged(text)
    assert not kinds(doc, "content_farm", signal="spun_text"), [f.reason for f in doc.flags]
