"""Events and story features give, on tricky Chinese, Thai and Vietnamese
pages, exactly the answers they gave before the taggers' work was cut.

``pinned_zh_th_vi.json`` holds what commit 3427268 answered for each page
below (invented: names next to places and offices, numbers in every
script, a long Thai chunk without a space, Latin and Hangul words inside
Thai and Vietnamese, Traditional characters in a Simplified page): each
event's sentence, date and anchors, and the page's story features. A
rewrite for speed must give the same answers; a change of behaviour must
say so by regenerating the file (``python tests/stories/test_pinned_zh_th_vi.py``)
and explaining each difference.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

import pytest

from newsline.dates import ResolveDates
from newsline.events import ExtractEvents
from newsline.model import Document
from newsline.stories.features import StoryFeatures

PINNED = Path(__file__).with_name("pinned_zh_th_vi.json")

TEXTS = {
    "zh_names_places": (
        "zh",
        "湖南省怀化市沅陵县暴雨致3人失踪",
        (
            "2025年6月12日，湖南省怀化市沅陵县遭遇特大暴雨，县长李建国说已有3人失踪、1200人转移。"
            "美国国务卿布林肯和德国总理默克尔致电慰问。斯诺登说他不知情，习主席表示关切。"
            "据新华社报道，沅陵县城区积水深达1.5米，约2万户居民停电。唐纳德·特朗普在华盛顿发表讲话。"
        ),
    ),
    "zh_mixed_script": (
        "zh",
        "iPhone 17在上海发布 苹果CEO库克出席",
        (
            "9月9日，苹果公司CEO蒂姆·库克在上海发布iPhone 17，售价5999元起。"
            "泰方代表和中方官员在曼谷会谈。温总理与李总理会见了联合国秘书长古特雷斯。"
            "據臺灣中央社報導，台北市長蔣萬安出席活動，約有30,000人到場。"
        ),
    ),
    "th_unspaced": (
        "th",
        "น้ำท่วมเชียงใหม่ อพยพกว่า 1,200 ครัวเรือน",
        (
            "เมื่อวันที่ 3 ต.ค. 2567 นายสมชาย ใจดี ผู้ว่าราชการจังหวัดเชียงใหม่ "
            "สั่งอพยพประชาชนริมแม่น้ำปิงกว่า๑๒๐๐ครัวเรือนหลังระดับน้ำสูงขึ้นอย่างต่อเนื่องตลอดทั้งคืนโดยเฉพาะในอำเภอเมืองและอำเภอสารภีซึ่งเป็นพื้นที่ลุ่มต่ำ "
            "นายกรัฐมนตรีแพทองธาร ชินวัตร เดินทางมาตรวจพื้นที่พร้อมกับนายโจ ไบเดน อดีตประธานาธิบดีสหรัฐฯ "
            "หลิว เสี่ยวเยี่ยน นักข่าวจากจีนรายงานว่าความเสียหายสูงกว่า 500 ล้านบาท"
        ),
    ),
    "th_mixed": (
        "th",
        "ทีมชาติไทยชนะเวียดนาม 2-1 ที่สนามราชมังคลากีฬาสถาน",
        (
            "ทีมชาติไทยเอาชนะเวียดนาม 2-1 เมื่อ 5 ม.ค. 68 โดยได้ประตูจาก Supachok Sarachat และธีรศิลป์ แดงดา "
            "โค้ช Masatada Ishii กล่าวว่าผู้เล่นทุกคนทุ่มเทอย่างมาก "
            "แฟนบอลกว่า 45,000 คนเข้าชมการแข่งขันที่กรุงเทพมหานคร"
        ),
    ),
    "vi_names_places": (
        "vi",
        "Lũ lụt ở Quảng Nam, 12 người mất tích",
        (
            "Ngày 14/10/2025, Chủ tịch UBND tỉnh Quảng Nam Lê Văn Dũng cho biết 12 người mất tích tại huyện Nam Trà My. "
            "Thủ tướng Phạm Minh Chính đã chỉ đạo các bộ ngành hỗ trợ. Ông Tập Cận Bình gửi điện chia buồn. "
            "Bộ trưởng Công Thương Việt Nam Nguyễn Hồng Diên làm việc với đại sứ Mỹ tại Hà Nội vào Thứ Năm. "
            "Thiệt hại ước tính 1.200 tỷ đồng, theo ông Tô Lâm."
        ),
    ),
    "vi_mixed": (
        "vi",
        "Samsung đầu tư 2 tỷ USD vào Bắc Ninh",
        (
            "Tập đoàn Samsung Electronics công bố đầu tư thêm 2 tỷ USD vào nhà máy ở Bắc Ninh hôm 3/3. "
            "Ông Choi Joo-ho, Tổng giám đốc Samsung Việt Nam, nói với Reuters rằng miền Trung cũng được xem xét. "
            "Donald Trump và Kim Jong-un từng gặp nhau tại Hà Nội năm 2019. 삼성전자 발표."
        ),
    ),
}


def outputs(key: str) -> dict:
    lang, title, body = TEXTS[key]
    doc = Document(
        id=key,
        source=key + ".txt",
        text=title + "\n\n" + body,
        lang=lang,
        title=title,
        published="2025-10-20",
    )
    stats: Counter[str] = Counter()
    for stage in (ResolveDates(), ExtractEvents(), StoryFeatures()):
        stage([doc], stats)
    features = dict(doc.meta["story_features"])
    features.pop("key")  # a digest that holds the features' version
    return {
        "events": [[doc.text[e.start : e.end], e.date, list(e.anchors)] for e in doc.events],
        "features": features,
    }


@pytest.mark.parametrize("key", sorted(TEXTS))
def test_outputs_are_the_pinned_ones(key):
    want = json.loads(PINNED.read_text("utf-8"))[key]
    # through JSON, as pinned (tuples become lists)
    assert json.loads(json.dumps(outputs(key), ensure_ascii=False)) == want


if __name__ == "__main__":
    PINNED.write_text(
        json.dumps(
            {k: outputs(k) for k in sorted(TEXTS)}, ensure_ascii=False, indent=1, sort_keys=True
        )
        + "\n",
        "utf-8",
    )
    print(f"wrote {PINNED}", file=sys.stderr)
