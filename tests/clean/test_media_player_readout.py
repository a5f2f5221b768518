"""A video or audio player's readout of position and length ("1:07 / 12:30",
"0:00 / 1:02:45") left in the page's text is the player's chrome, not a
publish stamp: it names no day. A schedule's range (a dash, or a position
past the length) is not a player's readout. Pages written for this test."""

from __future__ import annotations

from newsline.clean.classify import _player_clock

from .helpers import BODY_DE, BODY_ID, classify_lines


def test_a_player_readout_between_headline_and_transcript_is_navigation():
    for body, head, readout in (
        (BODY_ID, "Video: warga bergotong royong membersihkan sungai", "1:07 / 12:30"),
        (BODY_DE, "Video: So sieht der neue Stadtpark aus", "0:00 / 1:02:45"),
    ):
        lines = [head, "▶", readout, *body]
        got = classify_lines(lines)
        assert got[readout][0] == "navigation", got[readout]
        assert all(got[p][0] == "body" for p in body)


def test_only_a_readout_is_a_player_clock():
    assert _player_clock("00:00 / 03:42")
    assert _player_clock("4:18/4:18")
    assert not _player_clock("12:30 / 09:00")  # past the length
    assert not _player_clock("09:00 - 17:00")
    assert not _player_clock("14/06/2025 10:15")
    assert not _player_clock("Video 0:00 / 3:10 Published 14 June")
