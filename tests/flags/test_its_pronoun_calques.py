"""English "its CEO / its founder / its staff" of a company rendered word for
word in Vietnamese ("người sáng lập của nó") and Thai ("ผู้ก่อตั้งของมัน"):
"nó" and "มัน" are for things and animals, and a newsroom writes "của
công ty", "ของบริษัท". A calque sign of machine translation; with a second
sign the page is flagged. Pages written for this file; each positive
failed at 8500704."""

from __future__ import annotations

from tests.flags.helpers import flagged, kinds


def test_vietnamese_its_founder_and_its_shareholders():
    text = (
        "Hãng hàng không giá rẻ công bố kế hoạch mở thêm năm đường bay quốc tế trong năm tới.\n"
        "Người sáng lập của nó cho biết hãng sẽ thuê thêm tám máy bay thân hẹp để phục vụ "
        "các đường bay mới.\n"
        "Các cổ đông của nó đã thông qua kế hoạch tăng vốn tại đại hội thường niên tuần trước.\n"
    )
    doc = flagged(text)
    mt = kinds(doc, "machine_translation")
    assert len(mt) == 1, [f.reason for f in doc.flags]


def test_thai_its_founder_beside_an_untranslated_clause():
    text = (
        "สายการบินต้นทุนต่ำประกาศแผนเปิดเส้นทางบินระหว่างประเทศเพิ่มอีกห้าเส้นทางในปีหน้า\n"
        "ผู้ก่อตั้งของมันกล่าวว่าบริษัทจะเช่าเครื่องบินเพิ่มอีกแปดลำ "
        "as part of its regional expansion plan เพื่อรองรับผู้โดยสารที่เพิ่มขึ้น\n"
        "นักวิเคราะห์มองว่าการแข่งขันในตลาดการบินภูมิภาคจะรุนแรงขึ้นในปีหน้า\n"
    )
    doc = flagged(text)
    mt = kinds(doc, "machine_translation")
    assert len(mt) == 1, [f.reason for f in doc.flags]


def test_its_owner_of_an_animal_and_a_company_named_are_not_calques():
    vi = (
        "Chú chó đã nằm chờ trước cửa bệnh viện suốt ba ngày cho đến khi chủ của nó xuất viện.\n"
        "Người sáng lập của công ty cho biết hãng sẽ thuê thêm tám máy bay để mở đường bay mới.\n"
    )
    th = (
        "สุนัขตัวนี้นอนรอหน้าโรงพยาบาลสามวันจนเจ้าของของมันออกจากโรงพยาบาล\n"
        "ผู้ก่อตั้งของบริษัทกล่าวว่าจะเช่าเครื่องบินเพิ่มอีกแปดลำเพื่อเปิดเส้นทางใหม่\n"
    )
    for text in (vi, th):
        doc = flagged(text)
        assert not kinds(doc, "machine_translation"), [f.reason for f in doc.flags]


def test_a_story_quoting_such_translations_is_not_flagged():
    text = (
        "Nhiều trang tin tự động dịch bài từ tiếng Anh và để lại những câu rất khó hiểu.\n"
        'Một bài viết có câu "Người sáng lập của nó nói rằng các cổ đông của nó hài lòng", '
        "theo nhóm nghiên cứu.\n"
    )
    doc = flagged(text)
    assert not kinds(doc, "machine_translation"), [f.reason for f in doc.flags]
