"""A content farm's repost of a wire story is still a near-duplicate of it.

Three invented pages: the same wire story on two sites with different chrome,
and a farm's repost with a few words changed and spam injected between the
paragraphs (advert lines, a keyword-stuffed block; before the fix the farm copy
scored about 0.7 against the wire copies, 0.93 on the article itself). The block classifier
sets the stuffed block aside as spam (it kept it as body until session 6), and near-duplicate
detection must compare the article, not the injected text.
"""

from __future__ import annotations

from newsline.dedup import Deduplicate
from newsline.model import Document
from newsline.pipeline import run_stages
from newsline.settings import Settings

TITLE = "Floods force thousands from homes in northern province"
BODY = [
    (
        "Flooding in the northern province forced more than 12,000 residents to leave their "
        "homes on Tuesday, officials said, after three days of heavy rain swelled the Red River "
        "to its highest level in two decades."
    ),
    (
        "Rescue teams used boats to reach villages cut off by the water, and the provincial "
        "government opened forty schools as temporary shelters for families who lost their houses."
    ),
    (
        "The national weather agency warned that more rain was expected through the weekend and "
        "urged people living along the river banks to move to higher ground as soon as possible."
    ),
    (
        "Farmers said the floods had destroyed most of the rice harvest in the lowland districts, "
        "and local traders reported that the price of vegetables had doubled in the markets of "
        "the provincial capital."
    ),
    (
        "The prime minister is due to visit the area on Thursday to inspect relief work and meet "
        "families staying in the shelters, according to a statement from his office."
    ),
]
STUFFED = (
    "best air conditioner 2024, cheap air conditioner deals, portable ac unit reviews, "
    "air conditioner near me, buy air conditioner online, best ac brand, cheap portable ac "
    "free shipping, air conditioner sale today, air conditioner installation cost, "
    "inverter air conditioner price, air conditioner repair service, best split ac 2024, "
    "air conditioner black friday deals, window air conditioner reviews"
)


def page(head: list[str], title: str, body: list[str], foot: list[str]) -> str:
    return "\n".join([*head, title, *body, *foot]) + "\n"


WIRE_1 = page(
    ["Home | World | Business | Sport | Culture", "Subscribe Sign in"],
    TITLE,
    BODY,
    [
        "Copyright 2024 Daily Wire Herald. All rights reserved.",
        "Privacy policy | Terms of use | Contact us",
    ],
)
WIRE_2 = page(
    ["Menu Search Login", "Latest news Politics Economy Tech"],
    TITLE,
    BODY,
    ["© Morning Tribune 2024", "Follow us on Facebook and Twitter"],
)
FARM = page(
    ["TRENDING NOW >>> Viral News Hub", "Top stories you cannot miss"],
    TITLE.replace("thousands", "thousands of people"),
    [
        BODY[0].replace("forced", "pushed").replace("officials said", "authorities said"),
        "Payday loans same day no credit check",
        BODY[1],
        STUFFED,
        BODY[2].replace("urged", "told"),
        "cheap replica watches free shipping",
        BODY[3],
        BODY[4],
    ],
    ["Share this article with your friends!", "Copyright viralnewshub.example"],
)


def test_farm_repost_with_injected_spam_is_a_near_duplicate_of_the_wire_copies():
    from newsline.clean import ClassifyBlocks, SegmentBlocks
    from newsline.dates import ResolveDates
    from newsline.flags import FlagDocuments
    from newsline.langid import IdentifyLanguages

    s = Settings()
    docs = [
        Document(id=i, source=f"{i}.html", text=t)
        for i, t in (("wire1", WIRE_1), ("wire2", WIRE_2), ("farm", FARM))
    ]
    stages = [
        SegmentBlocks(s),
        IdentifyLanguages(s.lang),
        ClassifyBlocks(s),
        ResolveDates(s.dates),
        FlagDocuments(s.flags),
    ]
    run_stages(stages, docs)
    dedup = Deduplicate(s.dedup)  # default threshold 0.8
    run_stages([dedup], docs)
    wire2, farm = docs[1], docs[2]
    assert wire2.meta.get("duplicate_of") == "wire1"  # same body, different chrome
    near = {n["id"]: n["similarity"] for n in farm.meta.get("near_duplicates", [])}
    assert "wire1" in near, [(f.kind, f.data.get("signal")) for f in farm.flags]
    assert near["wire1"] >= 0.85, near
    # the injected text is set aside, not lost: it stays in the page's text,
    # in a block labelled spam that says why
    assert STUFFED in farm.text and STUFFED not in farm.clean_text()
    stuffed = [b for b in farm.blocks if farm.text[b.start : b.end] == STUFFED]
    assert [b.label for b in stuffed] == ["spam"]
    assert "keyword" in stuffed[0].reasons[0]
