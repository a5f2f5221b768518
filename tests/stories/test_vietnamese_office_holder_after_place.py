"""Vietnamese writes an office, its place and the holder's name in one run
of capitals ("Chủ tịch UBND tỉnh Quảng Bình Trần Văn Thắng"): the run was
one name (w:quangbinhtranvanthang) that no page in another language, which
writes "Tran Van Thang, chairman of Quang Binh province", could meet, so
the first Vietnamese page of a disaster stayed apart from its story
(benchmarks/data/stories/heldout16's landslide, "tỉnh Lào Cai Lê Quang
Hiếu"; the "Lào" of Lào Cai was also read as Laos and cut off alone). A run
of four syllables or more right after a place word (tỉnh, huyện, quận,
thành phố...) also counts as the place's two syllables and the rest.
Invented pages, provinces and officials."""

from __future__ import annotations

from newsline.stories.anchors import vietnamese_names

from .helpers import page, story_lists


def _features(text: str) -> set[str]:
    return {f for f, _ in vietnamese_names(text)}


def test_the_place_and_the_holder_count_each_on_its_own():
    got = _features("Chủ tịch UBND tỉnh Quảng Bình Trần Văn Thắng đã có mặt tại hiện trường.")
    assert {"w:quangbinh", "w:tranvanthang"} <= got
    got = _features("Theo Chủ tịch UBND huyện Mường Tè Lò Văn Pợ, 12 hộ đã được di dời.")
    assert {"w:muongte", "w:lovanpo"} <= got


def test_a_province_named_like_a_country_is_no_country():
    # "Lào" is Laos; after "tỉnh" it opens the province Lào Cai
    got = _features("Chủ tịch UBND tỉnh Lào Cai Hoàng Minh Đức chỉ đạo cứu hộ.")
    assert {"w:laocai", "w:hoangminhduc"} <= got


def test_a_run_after_no_place_word_is_left_whole():
    # a ministry before its minister is no place: nothing is cut off it
    got = _features("Bộ trưởng Bộ Công Thương Trần Văn Thắng phát biểu.")
    assert not {"w:bocong", "w:congthuong"} & got


FLOOD_VI = page(
    "flood-vi",
    "vi",
    "2031-10-14",
    "Lũ quét ở Quảng Bình, 6 người chết",
    "Đêm 13/10, lũ quét tràn qua bản Cà Xen, huyện Minh Hóa, cuốn trôi 11 ngôi nhà. Đến sáng "
    "14/10, 6 người đã tử vong, 3 người mất tích. Chủ tịch UBND tỉnh Quảng Bình Trần Văn Thắng "
    "đã có mặt tại hiện trường, chỉ đạo di dời 48 hộ dân ven suối.",
)
FLOOD_EN = page(
    "flood-en",
    "en",
    "2031-10-14",
    "Flash flood kills six in central Vietnam",
    "A flash flood swept through Ca Xen village in Vietnam's Quang Binh province overnight, "
    "killing six people and leaving three missing, provincial chairman Tran Van Thang said "
    "on Tuesday. Eleven houses were washed away and 48 families were moved.",
)


def test_a_vietnamese_page_meets_an_english_one_on_the_chairman():
    assert story_lists([FLOOD_VI, FLOOD_EN]) == [["flood-en", "flood-vi"]]
