""" "That day" as news writes it after naming a day -- French "ce jour-là",
Spanish "ese día" / "aquel día", Vietnamese "hôm đó" / "hôm ấy" -- is the day
just named, as "le même jour" / "ese mismo día" / "cùng ngày" already were;
with no day named before it, no date. Found unread in French news looking
back at a day of protest ("« Le 30 juin n'est pas une révolution ! ». Ce
jour-là, plus de dix millions de personnes..."). Invented texts; publication
date Friday 5 July 2024."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates

PUB = "2024-07-05"


def values(text, lang):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, lang, PUB)]


@pytest.mark.parametrize(
    "lang,text,span",
    [
        (
            "fr",
            "Le 30 juin, les dockers de Marvel ont bloqué le port. Ce jour-là, aucun navire n'est sorti.",
            "Ce jour-là",
        ),
        (
            "fr",
            "La digue a cédé le 2 juillet. Les pompiers étaient sur place dès l'aube ce jour là.",
            "ce jour là",
        ),
        (
            "es",
            "El 30 de junio los estibadores bloquearon el puerto. Ese día no salió ningún barco.",
            "Ese día",
        ),
        (
            "es",
            "El dique cedió el 2 de julio. Aquel día los bomberos llegaron al amanecer.",
            "Aquel día",
        ),
        (
            "vi",
            "Ngày 30/6, công nhân bốc xếp phong tỏa cảng. Hôm đó, không con tàu nào rời bến.",
            "Hôm đó",
        ),
        (
            "vi",
            "Đê vỡ ngày 2/7. Sáng hôm ấy, lính cứu hỏa đã có mặt.",
            "hôm ấy",
        ),
    ],
)
def test_that_day_is_the_day_just_told(lang, text, span):
    got = values(text, lang)
    told = got[0][1]
    assert told in ("2024-06-30", "2024-07-02")
    assert (span, told) in got, got


@pytest.mark.parametrize(
    "lang,text",
    [
        # no day told before: nothing to point back to
        ("fr", "Ce jour-là restera dans les mémoires des dockers de Marvel."),
        ("es", "Aquel día quedará en la memoria de los estibadores."),
        ("vi", "Hôm đó là một ngày đáng nhớ của công nhân bốc xếp."),
        # "à ce jour" is "to date", no day
        ("fr", "À ce jour, aucune victime n'a été recensée au port."),
    ],
)
def test_near_miss_no_day_told_before_gives_no_date(lang, text):
    assert values(text, lang) == []


def test_near_miss_a_day_the_clause_after_it_describes_is_not_the_day_told():
    # "aquel día en que cayó el dique": the day of the clause, not the 30th
    got = values("El 30 de junio hubo marchas. Nadie olvida aquel día en que cayó el dique.", "es")
    assert got == [("30 de junio", "2024-06-30")]


@pytest.mark.parametrize(
    "lang,unit", [("fr", "ce jour "), ("es", "aquel día en "), ("vi", "ngày hôm ")]
)
def test_long_runs_of_the_words_are_read_whole_and_name_no_day(lang, unit):
    # 100k characters of the anaphor's words with no day told before them:
    # read through (a backtracking pattern would not come back; speed is
    # measured in benchmarks/, not here) and no day is made up
    text = unit * (100_000 // len(unit))
    assert resolve_dates(text, lang, PUB) == []
    # one day told first: the run still names nothing but that day
    told = {"fr": "Le 3 juillet, ", "es": "El 3 de julio, ", "vi": "Ngày 3/7, "}[lang]
    assert {m.value for m in resolve_dates(told + text[:20_000], lang, PUB)} <= {"2024-07-03"}
