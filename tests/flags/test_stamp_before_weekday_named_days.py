"""The dates stage takes the latest of the days a page tells as past with
their weekdays when its stamp lies weeks before them
(tests/dates/test_stamp_before_weekday_named_days.py); the flag says so,
once, naming the stamp rejected -- not a "markup against shown stamp"
contradiction with the day taken. Invented pages; near misses stay quiet."""

from __future__ import annotations

from tests.flags.test_dateline_after_the_stamp import _flags

STAMP = "2025-02-01T09:00:00+00:00"


def test_stamp_before_past_weekday_days_is_flagged_once():
    parts = [
        ("Strike ends in talks collapse", "title"),
        ("1 February 2025", "metadata"),
        ("Workers walked out on Monday, March 3. Talks collapsed on Wednesday, March 5.", "body"),
    ]
    doc, flags = _flags(parts, "en", STAMP, meta={"published_raw": STAMP})
    assert doc.published == "2025-03-05"
    assert [f.data.get("signal") for f in flags] == ["weekday_days"], [f.reason for f in flags]
    assert flags[0].data["published"] == "2025-02-01"


def test_plans_after_the_stamp_are_quiet():
    parts = [
        ("Union plans strike", "title"),
        ("Les syndicats manifesteront le lundi 3 mars et le mercredi 5 mars.", "body"),
    ]
    doc, flags = _flags(parts, "fr", STAMP, meta={"published_raw": STAMP})
    assert doc.published == STAMP
    assert flags == [], [f.reason for f in flags]
