"""A page that prints its subheadings in capitals (wire copy: "FRANCE WINS",
"WHAT'S NEXT") keeps one more of them whose words occur nowhere else; an
injected all-caps line on a page without such subheadings, or repeated
verbatim, or selling something, is still spam."""

from __future__ import annotations

from tests.clean.helpers import classify_lines

WIRE = [
    "City council approves school budget after long debate",
    (
        "The city council on Tuesday approved a school budget of 410 million dollars after a "
        "debate that lasted until midnight, with seven members in favour and four against."
    ),
    "SCHOOL BUDGET SPLIT",
    (
        "The budget adds money for school buses and reading teachers, but cuts the sports "
        "program that parents had asked the council to protect this year."
    ),
    "PARENTS REACT",
    (
        "Parents who packed the council chamber said the sports cuts would hit the poorest "
        "schools hardest, and several said they would appeal to the school board."
    ),
    "{NEW}",
    (
        "The mayor said the council would review the sports program again in the spring, once "
        "the state has announced how much money the schools will receive next year."
    ),
    "NEXT STEPS FOR THE BOARD",
    (
        "The school board meets next week to decide how the budget is spread between the "
        "district's schools, and parents plan to attend that meeting as well."
    ),
]


def _page(line: str) -> list[str]:
    return [line if x == "{NEW}" else x for x in WIRE]


def test_one_more_capitalised_subheading_is_not_spam():
    line = "LATE NIGHT VOTE"  # its words occur nowhere else on the page
    labels = classify_lines(_page(line))
    assert labels["SCHOOL BUDGET SPLIT"][0] != "spam"
    assert labels["PARENTS REACT"][0] != "spam"
    assert labels[line][0] != "spam", labels[line]


def test_a_line_that_sells_among_capitalised_subheadings_is_still_spam():
    line = "CHEAP FLIGHTS 19 EUROS"
    labels = classify_lines(_page(line))
    assert labels[line][0] == "spam", labels[line]


def test_without_capitalised_subheadings_an_injected_line_is_spam():
    page = [
        x
        for x in WIRE
        if x not in ("SCHOOL BUDGET SPLIT", "PARENTS REACT", "NEXT STEPS FOR THE BOARD")
    ]
    line = "LUCKY LOTTO JACKPOT"
    labels = classify_lines([line if x == "{NEW}" else x for x in page])
    assert labels[line][0] == "spam", labels[line]


def test_one_injected_line_repeated_is_not_its_own_subheading_style():
    page = [
        x
        for x in WIRE
        if x not in ("SCHOOL BUDGET SPLIT", "PARENTS REACT", "NEXT STEPS FOR THE BOARD")
    ]
    line = "LUCKY LOTTO JACKPOT"
    lines = [line if x == "{NEW}" else x for x in page]
    lines.insert(3, line)
    text = "\n".join(lines)
    labels = classify_lines(lines)
    assert labels[line][0] == "spam", (labels[line], text.count(line))


def test_plain_text_wire_copy_keeps_its_caps_subheadings():
    # AP-style game story as plain text (no extractor's verdict): each caps
    # line opens a paragraph; none of their words occur elsewhere
    from .helpers import classify_lines

    lines = [
        "Harbor City edges Lakeside 101-99 in overtime",
        "Malik Osei scored 31 points and Harbor City held off Lakeside 101-99 in overtime on Tuesday night, ending a three-game losing streak.",
        "TIP-INS",
        "Lakeside: Center Rhys Dalton missed his third straight game with a sprained ankle, and the bench scored only nine points.",
        "CLOSEOUT SEQUENCE",
        "Osei's layup put Harbor City up four with 40 seconds left, but Lakeside answered with a three and forced a turnover before time ran out.",
        "GUARDS BATTLE",
        "Both starting point guards finished with double-doubles, trading baskets through the fourth quarter and the extra period.",
        "UP NEXT",
        "Harbor City visits Lakeside again on Friday.",
    ]
    labels = classify_lines(lines)
    for heading in ("TIP-INS", "CLOSEOUT SEQUENCE", "GUARDS BATTLE"):
        assert labels[heading][0] != "spam", (heading, labels[heading])
