"""A Vietnamese run of capitalised syllables that is a country's name ("Bồ
Đào Nha", "Tây Ban Nha", "Nhật Bản") is that territory's anchor, not also a
name: as a name it disagreed with every other name of a sentence from
another page ("Bồ Đào Nha" is no "Fluvatrin"). Runs holding a country and
more ("Công Thương Việt Nam Nguyễn Văn Thành"), and cities, stay names.
Sentences invented."""

from __future__ import annotations

from newsline.events.anchors import sentence_anchors


def names(text):
    return {a for a in sentence_anchors(text, "vi") if a.startswith("name:")}


def test_a_country_run_is_a_territory_only():
    got = sentence_anchors("Ngày 3/3/2025, Bồ Đào Nha đã cấm bán loại thuốc diệt cỏ này.", "vi")
    assert "geo:PT" in got and "name:bodaonha" not in got


def test_two_countries_in_one_sentence():
    got = sentence_anchors("Tây Ban Nha và Nhật Bản đã ký thỏa thuận thương mại mới.", "vi")
    assert {"geo:ES", "geo:JP"} <= set(got)
    assert not names("Tây Ban Nha và Nhật Bản đã ký thỏa thuận thương mại mới.")


def test_cities_and_people_stay_names():
    got = names("Thủ tướng Bồ Đào Nha Luís Montenegro đã đến Hà Nội và Đà Nẵng.")
    assert "name:hanoi" in got and "name:danang" in got


def test_a_run_holding_a_country_and_a_person_keeps_the_person():
    got = names("Bộ trưởng Công Thương Việt Nam Nguyễn Văn Thành đã đến Viêng Chăn.")
    assert "name:nguyenvanthanh" in got
