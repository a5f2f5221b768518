"""A dateline without an agency's mark (caps_dateline, marked_dateline) needs
a dash after its date; most dates have none, so the dash is asked before the
place, whose tests read the whole sentence before the date (the events stage
passes it for every dated sentence). Places and sentences invented."""

from __future__ import annotations

import pytest

from newsline.dates.engine import caps_dateline, marked_dateline


class _UnreadPlace(str):
    """A place whose reading fails the test: with no dash after the date
    nothing of it may be asked."""

    def strip(self, *args):
        raise AssertionError("the place was read though no dash follows the date")

    def split(self, *args, **kwargs):
        raise AssertionError("the place was read though no dash follows the date")


@pytest.mark.parametrize("check", [caps_dateline, marked_dateline])
@pytest.mark.parametrize("after", [" the ferry resumed.", ", said the mayor", "", " (Wire)"])
def test_no_dash_no_place_read(check, after):
    assert check(_UnreadPlace("MARLOW BAY, "), after) is False


@pytest.mark.parametrize(
    "place, after, expected",
    [
        ("MARLOW BAY, ", " - The ferry resumed.", True),  # capitals, comma, dash
        ("Marlow Bay, ", " - The ferry resumed.", False),  # ordinary case
        ("MARLOW BAY, ", " the ferry resumed.", False),  # no dash
        ("ลำปาง ", " – รถไฟกลับมาวิ่งแล้ว", True),  # Thai place, then a dash
        ("ลำปาง ", " รถไฟกลับมาวิ่งแล้ว", False),
        ("เมื่อวันที่ ", " – รถไฟกลับมาวิ่งแล้ว", False),  # a day cue, no place
    ],
)
def test_marked_dateline(place, after, expected):
    assert marked_dateline(place, after) is expected
