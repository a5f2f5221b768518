"""The off-topic note says how many of a foreign block's names, numbers and
places the page shares, then which: "shares only 12" read as a count when
the one shared anchor was the number 12."""

from __future__ import annotations

from collections import Counter

from newsline.model import Document
from newsline.settings import Settings
from newsline.stages import default_stages


def test_the_shared_anchors_are_counted_then_named():
    text = (
        "Mưa lớn gây ngập ở Cần Thơ\n\n"
        "Mưa lớn kéo dài suốt 12 giờ khiến nhiều tuyến đường ở Cần Thơ ngập sâu, "
        "giao thông bị ùn tắc nghiêm trọng vào sáng thứ Hai.\n\n"
        "Chính quyền thành phố cho biết đã điều động lực lượng chức năng hỗ trợ "
        "người dân di chuyển qua các điểm ngập tại quận Ninh Kiều.\n\n"
        "Manchester United beat Arsenal 3-1 at Old Trafford on Sunday, with Rashford "
        "scoring twice in the 12 minutes after half-time.\n\n"
        "Nước đã bắt đầu rút vào buổi chiều, nhưng dự báo mưa sẽ tiếp tục trong "
        "những ngày tới ở khu vực đồng bằng.\n"
    )
    doc = Document(id="d", source="https://tin.example/mua", text=text)
    stats: Counter[str] = Counter()
    for stage in default_stages(Settings())[:6]:  # up to events: per-document stages
        stage([doc], stats)
    notes = [f.reason for f in doc.flags if f.kind == "foreign_block" and "off topic" in f.reason]
    assert notes, [f.reason for f in doc.flags]
    assert "the page shares only 1 (12) (score" in notes[0], notes[0]
