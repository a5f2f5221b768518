"""An ad slot's chrome repeated at each slot through the article ("SCROLL
TO CONTINUE WITH CONTENT" under "ADVERTISEMENT" every two paragraphs) is no
teaser headline: the paragraph under each copy is the article's, not a
teaser's snippet (and the article does not end at the first such snippet).
A teaser headline repeated in a list still marks its snippet. Pages written
for this test."""

from __future__ import annotations

from .helpers import classify_lines

EN = [
    "THE HARBOUR LEDGER",
    "Harbour Ferry Adds Night Sailings",
    "The island ferry will add two night sailings on Fridays and Saturdays from next month, the operator said on Tuesday.",
    "The change follows a petition signed by more than 3,000 residents who work late shifts on the mainland.",
    "ADVERTISEMENT",
    "SCROLL TO CONTINUE WITH CONTENT",
    "Tickets for the late crossings will cost the same as daytime fares.",
    "The operator said it would review demand after six months and could add a Sunday sailing.",
    "ADVERTISEMENT",
    "SCROLL TO CONTINUE WITH CONTENT",
    "A second vessel is expected to return from repairs in the spring.",
    "Council members welcomed the announcement at their meeting on Monday evening.",
]


def test_paragraphs_under_repeated_ad_chrome_stay_body():
    got = classify_lines(EN)
    body = [x for x in EN[2:] if x.upper() != x]
    assert all(got[p][0] == "body" for p in body), [(p, got[p]) for p in body]
    assert got["SCROLL TO CONTINUE WITH CONTENT"][0] == "navigation"


def test_a_repeated_teaser_headline_still_marks_its_snippet():
    teaser = "Island school wins national robotics prize for the second year"
    lines = [
        *EN[:4],
        EN[6],
        EN[7],
        "Most read",
        teaser,
        "Pupils from the island's only secondary school beat forty teams at the finals.",
        "More stories",
        teaser,
        "Pupils built a robot that sorts recycling.",
    ]
    got = classify_lines(lines)
    assert got[lines[8]][0] == "related", got[lines[8]]
