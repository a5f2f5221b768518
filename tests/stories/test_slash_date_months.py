"""The month of a date written with slashes ("14/10" in a Vietnamese page,
"(18/3)" in an Indonesian one, "10/14" in an American one) is no figure a
story tells: read as #:10, every page of October shared a number, and a bus
crash in one province glued itself to a train's breakdown there the same
week on it (benchmarks/bundle_check.py --set bundle7). The day stays a
number, as "14 October" gives it; other slashed numbers stay figures.
Invented sentences."""

from __future__ import annotations

from newsline.stories.anchors import number_features


def numbers(text: str) -> list[str]:
    return [f for f, _ in number_features(text) if f[0] in "#y"]


def test_the_month_is_no_number():
    assert numbers("Sáng 14/10, xe khách chở 38 người bị lật.") == ["#:14", "#:38"]
    assert numbers("Sidang pada Senin (18/11/2030) ditunda.") == ["#:18", "y:2030"]
    assert numbers("The vote on 10/14 drew 2,300 people.") == ["#:14", "#:2300"]


def test_other_slashed_numbers_stay():
    assert numbers("El marcador quedó 45/60 en tiros libres.") == ["#:45", "#:60"]
    assert numbers("Tỷ lệ 1/250 ca mắc.") == ["#:250"]


def test_two_pages_of_one_november_share_no_number():
    # a ferry fire and a factory strike the same week, both pages dating
    # everything "dd/11": before, both gave #:11
    fire = "Tối 9/11, một phà chở 64 hành khách bốc cháy trên sông Hậu lúc 22h ngày 9/11."
    strike = "Từ ngày 12/11, khoảng 1.250 công nhân ngừng việc; đối thoại ngày 13/11 chưa xong."
    assert not set(numbers(fire)) & set(numbers(strike))
