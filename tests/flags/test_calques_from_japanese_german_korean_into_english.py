"""Machine translation into English from Japanese, German and Korean news
prose, which had no calque table ("explanation meeting", "voices such as";
"since three years", "made photos", "millions euro", "bicycle way";
"Lee Jiho-ssi", "and expressed expectation", "please … a lot"), and more
Chinese and Vietnamese ones ("relevant departments", "vigorously develop",
"support strength"; "machinery equipment", "3 shifts 4 crews")
(benchmarks/flags_heldout.py --set heldout14 x18-x21, heldout13 z21). Two
different ones on a page make a machine_translation flag; one alone, the
words inside a quotation, or natural English near them do not. Pages written
for this file, on other topics; the planted pages failed before the change."""

from __future__ import annotations

import pytest

from tests.flags.helpers import flagged, kinds

EN_FROM_JA = (
    "Town holds explanation meeting on new incinerator plan\n"
    "The town held an explanation meeting for residents on the 14th about the plan to rebuild "
    "the waste incinerator, and about 80 people attended.\n"
    "From the residents, voices such as concern about truck traffic and smell were raised, "
    "and the town said it will hold a second session in spring.\n"
    "The new facility is expected to cost about 9 billion yen.\n"
)
EN_FROM_DE = (
    "Swimming pool in Oberhausen reopens after renovation\n"
    "The indoor pool in the city centre was since two years closed because the roof leaked.\n"
    "The renovation cost 4.5 millions euro, more than the council had planned.\n"
    "A new bicycle way now leads from the station to the pool entrance.\n"
)
EN_FROM_KO = (
    "Busan to open free shuttle to new art museum\n"
    "Busan City announced on the 3rd that it will run a free shuttle bus from Haeundae station "
    "to the new art museum from next month.\n"
    "Park Soyeon-ssi, a museum official, said the shuttle will run every 20 minutes and "
    "expressed hope that visitors will use it.\n"
    "The city will make efforts so that more citizens can enjoy culture, an official said.\n"
)
EN_FROM_ZH = (
    "County expands rural e-commerce training\n"
    "In recent years, the county has vigorously developed rural e-commerce, and the relevant "
    "departments have trained more than 3,000 farmers to sell online.\n"
    "The county will increase the support strength for young people returning home to start businesses.\n"
)


@pytest.mark.parametrize(
    ("page", "source"),
    [
        (EN_FROM_JA, "Japanese"),
        (EN_FROM_DE, "German"),
        (EN_FROM_KO, "Korean"),
        (EN_FROM_ZH, "Chinese"),
    ],
)
def test_two_calques_make_machine_translation(page: str, source: str) -> None:
    doc = flagged(page)
    got = kinds(doc, "machine_translation", signal="calque")
    assert got and got[0].data["source_language"] == source, [f.reason for f in doc.flags]


CLEAN = {
    # one calque alone is a slip, not a translation
    "one_only": (
        "Council approves new cycle lanes\n"
        "The council approved 12 km of new cycle lanes on Tuesday, after the pool had been closed "
        "since two years of budget cuts ended.\n"
        "Work begins in March and will cost £3m.\n"
    ),
    # quoted words are a speaker's, not the page's
    "quoted": (
        "Berlin tourist's review goes viral\n"
        'A visitor wrote online: "The museum is since three years my favourite, I made photos '
        'of everything, it costs millions euro to build."\n'
        "The post was shared 20,000 times.\n"
    ),
    # natural English with the near words
    "natural": (
        "Japan's election campaign ends\n"
        "Candidates held final rallies on Saturday. The prime minister said his government would "
        "respond to voters' concerns, and opposition leaders said the person who wins must "
        "listen to the regions.\n"
        "Relevant data will be published by the commission after the count; turnout was 56%.\n"
    ),
}


@pytest.mark.parametrize("name", sorted(CLEAN))
def test_one_calque_quoted_or_natural_english_stays_clean(name):
    doc = flagged(CLEAN[name])
    assert not kinds(doc, "machine_translation"), [f.reason for f in doc.flags]
