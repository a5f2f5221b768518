"""A weekday told ahead with a clock time and a place between ("will kick
off at 8 p.m. in Buenos Aires on Saturday") was read behind: the clock
time's dots ended its clause, so the future word was not seen. And a second
weekday telling the same moment in another place's time ("..., which is 10
a.m. Sunday in Sydney", "es decir, el domingo", "soit dimanche") is told as
the first one is, ahead or behind (heldout16's choice: each day written is
its own date, as heldout14's). Sentences written for these tests; published
2026-05-06, a Wednesday."""

from __future__ import annotations

import pytest

from newsline.dates.engine import resolve_dates

PUB = "2026-05-06"


def found(text, lang, pub=PUB):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, lang, pub)]


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        (
            "en",
            "The concert will start at 9 p.m. in Lisbon on Friday, which is 5 a.m. Saturday in Perth.",
            [("Friday", "2026-05-08"), ("Saturday", "2026-05-09")],
        ),
        (
            "en",
            "The summit opens at 11 p.m. on Thursday, that is 7 a.m. Friday in Tokyo.",
            [("Thursday", "2026-05-07"), ("Friday", "2026-05-08")],
        ),
        (
            "en",
            "The match ended at 10 p.m. in Lima on Saturday, which was 5 a.m. Sunday in Rome.",
            [("Saturday", "2026-05-02"), ("Sunday", "2026-05-03")],
        ),
        (
            "es",
            "La pelea será el sábado a las 22.00, es decir, el domingo a las 4.00 en Madrid.",
            [("sábado", "2026-05-09"), ("domingo", "2026-05-10")],
        ),
    ],
)
def test_same_moment_told_again_in_another_zone(lang, text, want):
    assert found(text, lang) == want


def test_a_second_weekday_with_its_own_past_verb_keeps_it():
    text = "The ferry will sail at 6 p.m. on Friday; the last one left on Sunday."
    assert found(text, "en") == [("Friday", "2026-05-08"), ("Sunday", "2026-05-03")]


@pytest.mark.parametrize(
    ("lang", "between"),
    [
        # what stands between the two weekdays, as the table's comment shows:
        # its es/fr/vi/zh patterns (and en "which is on") had a doubled
        # backslash in a raw string, so "\\s" asked for a backslash and they
        # never matched
        ("en", ", which is 10 a.m. "),
        ("en", ", which is on "),
        ("es", ", es decir, el "),
        ("es", " a las 20.00 en Lima, es decir, el "),
        ("fr", " à 20 h à Buenos Aires, soit "),
        ("fr", ", c'est-à-dire le "),
        ("vi", " lúc 20 giờ ở Lima, tức "),
        ("zh", "晚8点在利马开打，即北京时间"),
        ("zh", "晚8点在巴黎开打，即东京时间"),
        ("zh", "晚8点在伦敦开打，即当地时间"),
    ],
)
def test_the_words_between_match_the_table(lang, between):
    import re

    from newsline.dates import tables as T

    assert re.fullmatch(T.SAME_MOMENT_ELSEWHERE[lang], between, re.IGNORECASE)


def test_a_sentence_end_between_is_no_same_moment():
    import re

    from newsline.dates import tables as T

    assert not re.fullmatch(T.SAME_MOMENT_ELSEWHERE["es"], ". Es decir, el ", re.IGNORECASE)
