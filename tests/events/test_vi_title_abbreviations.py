"""Vietnamese news writes a person's title abbreviated with a full stop before
the name ("GS. Nguyễn Văn Hùng" professor, "BS." doctor, "KS." engineer,
"LS." lawyer) and a place kind before a place ("TX. Sơn Tây"): no sentence
ends there, or an event would quote "Ngày 10/7, GS." alone. Texts invented."""

from __future__ import annotations

import pytest

from newsline.events import split_sentences


def sentences(text):
    return [text[s:e] for s, e in split_sentences(text, 0, len(text), "vi")]


@pytest.mark.parametrize(
    "first,second",
    [
        (
            "Ngày 10/7, GS. Nguyễn Văn Hùng cho biết kết quả nghiên cứu rất khả quan.",
            "Ông nói thêm rằng dự án sẽ tiếp tục.",
        ),
        ("Theo BS. Trần Thị Lan, bệnh nhân đã qua cơn nguy kịch.", "Gia đình rất vui mừng."),
        ("LS. Lê Văn Nam cho rằng bản án chưa thỏa đáng.", "Ông sẽ kháng cáo."),
        ("KS. Phạm Minh Đức cho biết công trình an toàn.", "Dự án hoàn thành năm 2025."),
        ("Ông Nguyễn Văn An, trú tại TX. Sơn Tây, bị bắt ngày 9/7.", "Công an đang điều tra."),
    ],
)
def test_title_abbreviations_do_not_end_a_sentence(first, second):
    assert sentences(first + " " + second) == [first, second]


def test_a_sentence_ending_on_a_full_word_still_ends():
    text = "Số ca mắc tăng 20% so với cùng kỳ. BS Lan khuyến cáo người dân tiêm phòng."
    assert sentences(text) == [
        "Số ca mắc tăng 20% so với cùng kỳ.",
        "BS Lan khuyến cáo người dân tiêm phòng.",
    ]


@pytest.mark.parametrize(
    "first",
    [
        "Việt Nam là một trong những nền kinh tế tăng trưởng nhanh nhất châu Á.",
        "Đoàn đại biểu đã thăm ba nước Đông Nam Á.",
        "Hội nghị được tổ chức tại tòa nhà khu Ơ.",
    ],
)
def test_a_word_of_one_marked_letter_ends_a_sentence(first):
    # "Á" (Asia) is a word, not a name's initial like "F." in "John F. Kennedy"
    second = "Ngày 10/7, Bộ trưởng công bố kế hoạch mới."
    assert sentences(first + " " + second) == [first, second]
