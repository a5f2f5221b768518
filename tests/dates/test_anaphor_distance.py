"""An anaphoric day ("la veille", "the day before", "hôm trước") counts from
a date in its own paragraph or one of the two before, at most 1,000
characters back: a live blog's later entry saying "La veille, il avait
promis des renforts" was the eve of a date told 1,200 characters and four
entries earlier. With no date near, "the day before" is the eve of the
writer's day (the publication). A date in the paragraph before still
counts. Pages written for these tests; published 2025-03-14."""

from __future__ import annotations

from newsline.dates.engine import resolve_dates

PUB = "2025-03-14"


def found(text, lang):
    return {text[m.start : m.end]: m.value for m in resolve_dates(text, lang, PUB)}


def _blog(first, entry, last, n=3):
    return "\n".join([first] + [entry] * n + [last])


FR_ENTRY = (
    "10h05 – "
    + (
        "Les secours poursuivent leurs recherches dans les décombres et les autorités "
        "appellent la population à la prudence. "
    )
    * 3
)
EN_ENTRY = (
    "9:30am – "
    + (
        "Rescue teams are searching flooded villages and the army has sent boats to the "
        "worst-hit districts. "
    )
    * 3
)


def test_a_live_blogs_eve_far_from_the_date_is_the_writers_eve():
    fr = _blog(
        "09h12 – Le séisme s'est produit le 10 mars à 4h du matin.",
        FR_ENTRY,
        "12h15 – Le ministre s'est rendu sur place. La veille, il avait promis des renforts.",
    )
    assert found(fr, "fr") == {"10 mars": "2025-03-10", "La veille": "2025-03-13"}
    en = _blog(
        "8:05am – The river burst its banks on March 10, officials said.",
        EN_ENTRY,
        "11:50am – The governor visited the shelters. The day before, he had asked for help.",
    )
    assert found(en, "en") == {"March 10": "2025-03-10", "The day before": "2025-03-13"}


def test_a_date_in_the_same_or_the_paragraph_before_still_counts():
    fr = "Le séisme s'est produit le 10 mars. La veille, des secousses avaient été ressenties."
    assert found(fr, "fr")["La veille"] == "2025-03-09"
    en = _blog(
        "The river burst its banks on March 10, officials said.",
        "Rescue teams searched flooded villages.",
        "The day before, the governor had asked for federal help.",
        n=1,
    )
    assert found(en, "en")["The day before"] == "2025-03-09"


def test_short_lines_between_are_no_distance():
    # a quoted list of three short lines between the date and the count
    text = (
        "On July 27, 2006, he wrote to his editor about the novel.\n"
        "If a hero holds a crown, it is high fantasy.\n"
        "If he holds a pizza slice, it is low fantasy.\n"
        "If he holds nothing at all, it is a literary story.\n"
        "Two months later, he died of a heart attack."
    )
    assert found(text, "en")["Two months later"] == "2006-09"
