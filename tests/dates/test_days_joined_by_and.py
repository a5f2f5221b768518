"""Two days of one month joined by "and" with a day between them ("on May 3
and 5", "les 3 et 5 mai", "el 3 y el 5 de mayo", "ngày 3 và 5/5") were read
as the span 3-5, which claims the 4th. They are now the two days named, each
with its own offsets, as German and Portuguese already read them. Days
running on stay one two-day span, "between" keeps a range, and a count after
"and" stays no date. Sentences written for these tests; published
2025-08-04."""

from __future__ import annotations

import pytest

from newsline.dates.engine import resolve_dates

PUB = "2025-08-04"


def found(text, lang, pub=PUB):
    return [(text[m.start : m.end], m.value, m.end_value) for m in resolve_dates(text, lang, pub)]


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        (
            "en",
            "Dockers walked out on June 9 and 12 at the northern port.",
            [("June 9", "2025-06-09", None), ("12", "2025-06-12", None)],
        ),
        (
            "en",
            "Dockers walked out on 9 and 12 June at the northern port.",
            [("9", "2025-06-09", None), ("12 June", "2025-06-12", None)],
        ),
        (
            "en",
            "Dockers walked out on the 9th and 12th of June.",
            [("9th", "2025-06-09", None), ("12th of June", "2025-06-12", None)],
        ),
        (
            "en",
            "Hearings were held on March 2 and 6, 2023, in the annex.",
            [("March 2", "2023-03-02", None), ("6, 2023", "2023-03-06", None)],
        ),
        (
            "fr",
            "Les dockers ont débrayé les 9 et 12 juin au port du nord.",
            [("9", "2025-06-09", None), ("12 juin", "2025-06-12", None)],
        ),
        (
            "fr",
            "Les audiences se sont tenues le 1er et le 4 mars 2023.",
            [("1er", "2023-03-01", None), ("4 mars 2023", "2023-03-04", None)],
        ),
        (
            "es",
            "Los estibadores pararon el 9 y el 12 de junio en el puerto.",
            [("9", "2025-06-09", None), ("12 de junio", "2025-06-12", None)],
        ),
        (
            "es",
            "Las audiencias fueron los días 2 y 6 de marzo de 2023.",
            [("2", "2023-03-02", None), ("6 de marzo de 2023", "2023-03-06", None)],
        ),
        (
            "vi",
            "Công nhân bến cảng đình công ngày 9 và 12/6 tại cảng phía bắc.",
            [("ngày 9", "2025-06-09", None), ("12/6", "2025-06-12", None)],
        ),
        (
            "vi",
            "Công nhân bến cảng đình công ngày 9 và ngày 12 tháng 6.",
            [("ngày 9", "2025-06-09", None), ("ngày 12 tháng 6", "2025-06-12", None)],
        ),
    ],
)
def test_two_days_named(lang, text, want):
    assert found(text, lang) == want


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        # consecutive days: one two-day span
        ("en", "Dockers walked out on 9 and 10 June.", [("9 and 10 June", "2025-06-09", "2025-06-10")]),
        ("fr", "Les dockers ont débrayé les 9 et 10 juin.", [("9 et 10 juin", "2025-06-09", "2025-06-10")]),
        ("es", "Los estibadores pararon el 9 y 10 de junio.", [("9 y 10 de junio", "2025-06-09", "2025-06-10")]),
        ("vi", "Công nhân đình công ngày 9 và 10/6.", [("ngày 9 và 10/6", "2025-06-09", "2025-06-10")]),
        # "between": a range
        (
            "en",
            "Talks ran between 9 and 12 June.",
            [("between 9 and 12 June", "2025-06-09", "2025-06-12")],
        ),
        (
            "en",
            "Talks ran between June 9 and 12 in the annex.",
            [("between June 9 and 12", "2025-06-09", "2025-06-12")],
        ),
        (
            "fr",
            "Les pourparlers ont duré entre le 9 et le 12 juin.",
            [("entre le 9 et le 12 juin", "2025-06-09", "2025-06-12")],
        ),
        (
            "es",
            "Las conversaciones se celebraron entre el 9 y el 12 de junio.",
            [("entre el 9 y el 12 de junio", "2025-06-09", "2025-06-12")],
        ),
        # a count after "and"
        ("en", "On June 9 and 12 people were hurt.", [("June 9", "2025-06-09", None)]),
        # a range told with its own word
        ("fr", "Les dockers ont débrayé du 9 au 12 juin.", [("du 9 au 12 juin", "2025-06-09", "2025-06-12")]),
    ],
)
def test_spans_and_counts_unchanged(lang, text, want):
    assert found(text, lang) == want
