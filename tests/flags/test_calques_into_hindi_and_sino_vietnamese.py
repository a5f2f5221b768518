"""Machine translation heldout16 showed the calque tables lacked
(benchmarks/flags_heldout.py --set heldout16, m01-m03): Chinese news prose
read out in Sino-Vietnamese ("ức nguyên", "phụ trách nhân của", "thúc
tiến") and rendered word for word in Thai ("มีความหมายสำคัญต่อ"), English
turns of phrase in Hindi ("शुक्रवार पर", "यह समझ बनाता है"). Paragraphs
written for this file; native prose on the same topics stays clean."""

from __future__ import annotations

import pytest

from tests.flags.helpers import flagged, kinds


@pytest.mark.parametrize(
    "text,source",
    [
        (
            "Quảng Châu thị chính phủ cho biết năm nay sẽ đầu tư 120 ức nguyên cải tạo khu phố cổ.\n"
            "Phụ trách nhân của Cục Quy hoạch nói dự án sẽ thúc tiến du lịch và tân tăng 3.000 việc làm.\n",
            "Chinese",
        ),
        (
            "ผู้รับผิดชอบที่เกี่ยวข้องของบริษัทกล่าวว่า โรงงานใหม่จะเริ่มเดินเครื่องในเดือนหน้า\n"
            "ผู้เชี่ยวชาญเห็นว่าโครงการนี้มีความหมายสำคัญต่อการจ้างงานในพื้นที่\n",
            "Chinese",
        ),
        (
            "शुक्रवार पर, राज्य सरकार ने नई बस सेवा शुरू की।\n"
            "यह समझ बनाता है कि हम लोगों को सस्ता सफर दें, मंत्री ने कहा, और उन्होंने जोड़ा कि किराया नहीं बढ़ेगा।\n",
            "English",
        ),
    ],
)
def test_calques_flag_machine_translation(text, source):
    doc = flagged(text)
    found = kinds(doc, "machine_translation", signal="calque")
    assert found and found[0].data["source_language"] == source, [f.reason for f in doc.flags]


@pytest.mark.parametrize(
    "text",
    [
        "Chính quyền Quảng Châu cho biết năm nay sẽ chi 120 tỷ nhân dân tệ để cải tạo khu phố cổ.\n"
        "Đại diện Cục Quy hoạch cho rằng dự án sẽ thúc đẩy du lịch và tạo thêm 3.000 việc làm.\n"
        "Cụ Hữu, 82 tuổi, người dân trong khu phố, nói ông mong dự án sớm hoàn thành.\n",
        "ผู้บริหารบริษัทระบุว่า โรงงานใหม่จะเริ่มเดินเครื่องในเดือนหน้า และจ้างแรงงาน 2 หมื่นคน\n"
        "ผู้เชี่ยวชาญเห็นว่าโครงการนี้มีความสำคัญต่อการจ้างงานในพื้นที่\n",
        "शुक्रवार को राज्य सरकार ने नई बस सेवा शुरू की।\n"
        "मंत्री ने कहा कि लोगों को सस्ता सफर देना जरूरी है, और उन्होंने आगे कहा कि किराया नहीं बढ़ेगा।\n",
    ],
)
def test_native_prose_stays_clean(text):
    doc = flagged(text)
    assert not kinds(doc, "machine_translation"), [f.reason for f in doc.flags]
