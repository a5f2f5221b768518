"""One sentence telling two happenings in clauses joined by a semicolon (or
led by a single dash), each with its own date or time cue ("... on 14
August; the same evening, ..."), gives one event per clause, each quoting
its clause's exact offsets: made one per sentence, the two joined and all
of that day's reports became one event. A sentence of one happening stays
whole. Pages written for this test (invented places, people and clubs)."""

from __future__ import annotations

import pytest

from .records import documents_of, extract_from_text, merge_documents


def _quotes(text, events):
    return sorted((e.date, text[e.start : e.end]) for e in events)


# (language, publication day, first clause, separator, second clause, their days)
TWO_CLAUSES = [
    (
        "en",
        "2025-08-16",
        "Firefighters contained the warehouse blaze in Rotterdam on 14 August",
        "; ",
        "the same evening, a ferry ran aground off Texel with 80 passengers aboard.",
        ("2025-08-14", "2025-08-14"),
    ),
    (
        "vi",
        "2025-04-08",
        "Ngày 5/4, cảnh sát phong tỏa cầu Rồng ở Đà Nẵng",
        "; ",
        "cùng tối, hàng trăm người tụ tập trước trụ sở ủy ban thành phố.",
        ("2025-04-05", "2025-04-05"),
    ),
    # (the sentence splitter ended a Chinese sentence at "；" before: kept as a guard)
    (
        "zh",
        "2025-08-16",
        "8月14日，消防员扑灭了鹿特丹仓库的大火；",
        "",
        "同日晚，一艘渡轮在特塞尔岛附近搁浅，船上有80名乘客。",
        ("2025-08-14", "2025-08-14"),
    ),
    # a single dash leading a clause that opens with its own date
    (
        "es",
        "2025-05-12",
        "El Deportivo Aurora ganó la ida en Rosario el 2 de mayo",
        " – ",
        "tres días después, el Club Atlético Paraná despidió a su entrenador.",
        ("2025-05-02", "2025-05-05"),
    ),
]


@pytest.mark.parametrize(("lang", "published", "first", "sep", "second", "days"), TWO_CLAUSES)
def test_two_dated_clauses_are_two_events(lang, published, first, sep, second, days):
    text = first + sep + second
    events = extract_from_text(text, lang, published)
    assert _quotes(text, events) == [(days[0], first), (days[1], second)]


def test_a_clause_without_a_date_stays_with_its_sentence():
    text = "Le conseil municipal de Nantes a voté le budget le 3 juillet ; le maire a ensuite démissionné."
    events = extract_from_text(text, "fr", "2025-07-10")
    assert _quotes(text, events) == [("2025-07-03", text)]


def test_an_aside_between_two_dashes_is_no_clause():
    text = (
        "The harbour master – appointed on 3 May after the strike – resigned on "
        "Friday, 13 June, citing threats against his family."
    )
    events = extract_from_text(text, "en", "2025-06-16")
    told = {e.date: text[e.start : e.end] for e in events}
    assert told["2025-06-13"].startswith("The harbour master")


PAGES = {
    # both happenings of the day in one sentence
    "en": (
        "Firefighters contained the warehouse blaze in Rotterdam on 14 August; "
        "the same evening, a ferry ran aground off Texel with 80 passengers aboard."
    ),
    # each of the other pages tells one of them
    "fr": "Le 14 août, les pompiers ont maîtrisé l'incendie de l'entrepôt de Rotterdam.",
    "de": "Am 14. August lief eine Fähre mit 80 Passagieren vor Texel auf Grund.",
}


def test_two_happenings_of_one_sentence_stay_apart_in_the_merge():
    docs = documents_of(PAGES, "coast", "2025-08-16", story="dutch-coast")
    events = merge_documents(docs).finalize()["events"]
    groups = [
        sorted(s["doc_id"] for s in e["sources"]) for e in events if e["date"] == "2025-08-14"
    ]
    assert not any("coast-fr" in g and "coast-de" in g for g in groups), groups


@pytest.mark.parametrize(
    "text",
    [
        # the clause after the dash tells its date late: it comments on the first
        (
            "Lake Vänern has not risen a centimetre since mid-March — the longest "
            "dry spell there since 1976, the regional water board said."
        ),
        # a dash between two years is a range
        (
            "Ana Ferreira led the port authority of Leixões from 2009 – 2016, "
            "and sold its ferry line to a Galician operator in 2014."
        ),
    ],
)
def test_a_dash_that_opens_no_dated_clause_is_no_cut(text):
    events = extract_from_text(text, "en", "2025-06-16")
    assert {text[e.start : e.end] for e in events} == {text}
