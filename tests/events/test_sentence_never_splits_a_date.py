"""A sentence never ends inside a date expression: "Am 4. Bis 6. Oktober
öffnet ..." (a German range whose range word a page capitalised) was cut
after "Am 4.", and the range, starting in that short "sentence", gave
no event. A period after a date still ends its sentence. Sentences written
for these tests."""

from __future__ import annotations

from .records import extract_from_text


def test_a_range_over_a_period_stays_in_its_sentence():
    text = "Am 4. Bis 6. Oktober öffnet in Leipzig eine Fachmesse für Landtechnik ihre Tore."
    events = extract_from_text(text, "de", "2025-08-20")
    assert [(e.date, e.end_date) for e in events] == [("2025-10-04", "2025-10-06")]
    assert text[events[0].start : events[0].end] == text


def test_a_period_after_a_date_ends_the_sentence():
    text = "The appeals court met in the capital on Sept. 3. The hearing was adjourned after two hours of argument."
    events = extract_from_text(text, "en", "2025-09-10")
    assert [text[e.start : e.end] for e in events] == [
        "The appeals court met in the capital on Sept. 3."
    ]
