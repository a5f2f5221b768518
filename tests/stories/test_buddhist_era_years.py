"""Thai pages count years in the Buddhist era: "ปี 2570" is the 2027 other
languages write. A four-digit number after ปี (year) or พ.ศ. (Buddhist era)
is read as that year (y:), not as a bare number that meets nothing; a number
of baht or any other 25xx stays a number. Invented sentences."""

from __future__ import annotations

import pytest

from newsline.stories.anchors import number_features


def _f(text: str) -> set[str]:
    return {f for f, _ in number_features(text)}


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("โรงพยาบาลแห่งใหม่จะเปิดให้บริการในปี 2572", "y:2029"),
        ("ตามพระราชบัญญัติงบประมาณรายจ่าย พ.ศ. 2569 ที่ผ่านสภา", "y:2026"),
        ("การแข่งขันซีเกมส์ปี2568จัดที่กรุงเทพฯ", "y:2025"),
    ],
)
def test_a_buddhist_era_year_is_the_common_era_year(text, year):
    got = _f(text)
    assert year in got
    assert "#:" + str(int(year[2:]) + 543) not in got


@pytest.mark.parametrize(
    "text",
    ["ผู้ชนะได้รับเงินรางวัล 2570 บาท", "มีผู้เข้าร่วม 2,569 คน", "ห้อง 2571 ชั้นห้า"],
)
def test_other_numbers_stay_numbers(text):
    assert not any(f.startswith("y:") for f in _f(text))


def test_common_era_years_are_read_as_before():
    assert "y:2027" in _f("The line opens in 2027.")
