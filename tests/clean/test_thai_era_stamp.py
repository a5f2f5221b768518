"""A Thai stamp that writes the era before the year ("วันพุธที่ 9 เมษายน
พ.ศ. 2568 เวลา 14.20 น.", also in Thai digits) was no date to the cleaner:
set aside as a headline-like line, not read as the publish stamp. Found by
benchmarks/data/meta/heldout2; the lines here are written for this file. A
sentence naming a year of the era stays body."""

from __future__ import annotations

import pytest

from newsline.clean.features import date_alone

from .helpers import BODY, classify_lines


@pytest.mark.parametrize(
    "line",
    [
        "วันพุธที่ 9 เมษายน พ.ศ. 2568 เวลา 14.20 น.",
        "วันพุธที่ ๙ เมษายน พ.ศ. ๒๕๖๘ เวลา ๑๔.๒๐ น.",
        "9 เมษายน พ.ศ.2568",
        "9 เมษายน ค.ศ. 2025",
    ],
)
def test_a_stamp_with_the_era_before_the_year_is_a_date(line):
    assert date_alone(line)


def test_the_stamp_under_the_headline_is_metadata():
    stamp = "วันพุธที่ ๙ เมษายน พ.ศ. ๒๕๖๘ เวลา ๑๔.๒๐ น."
    head = "เทศบาลเร่งปรับปรุงสวนสาธารณะกลางเมืองก่อนฤดูฝน"
    got = classify_lines([head, stamp, *BODY["th"]])
    assert got[stamp][0] == "metadata", got[stamp]


def test_a_sentence_naming_an_era_year_is_no_stamp():
    line = "โครงการนี้เริ่มขึ้นเมื่อวันที่ 9 เมษายน พ.ศ. 2568 และจะแล้วเสร็จภายในสองปีตามแผนของเทศบาล"
    assert not date_alone(line)
