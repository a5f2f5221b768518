"""Phrases a machine translator left in English inside Vietnamese or Chinese
sentences, in two places or more, are a machine-translation signal; quoted
English, links, names and a single technical term are not. Pages written for
this file; the positive cases failed before the rule existed."""

from __future__ import annotations

import pytest

from tests.flags.helpers import flagged, kinds

VI_MT = (
    "Bộ trưởng Ngoại giao cho biết hiệp định thương mại sẽ được ký kết trong chuyến thăm, and "
    "the agreement will be signed next week tại thủ đô.\n"
    "Hai bên cũng thảo luận về hợp tác kinh tế, in order to boost the trade between two "
    "countries, và đầu tư vào công nghệ cao.\n"
    "Các chuyên gia đánh giá cao kết quả của chuyến thăm lần này.\n"
)
ZH_MT = (
    "外交部长表示，双方将在访问期间签署贸易协议，and the agreement will be signed next week，"
    "地点在首都。\n"
    "双方还讨论了经济合作问题，in order to boost the trade between two countries，以及高科技投资。\n"
    "专家对此次访问的成果给予高度评价。\n"
)
TH_MT = (
    "รัฐมนตรีต่างประเทศกล่าวว่าทั้งสองฝ่ายจะลงนามข้อตกลงการค้าระหว่างการเยือน and the agreement "
    "will be signed next week ที่เมืองหลวง\n"
    "ทั้งสองฝ่ายยังหารือเรื่องความร่วมมือทางเศรษฐกิจ in order to boost the trade between two "
    "countries และการลงทุนด้านเทคโนโลยี\n"
)


@pytest.mark.parametrize("text", [VI_MT, ZH_MT, TH_MT])
def test_english_phrases_left_inside_the_sentences_are_machine_translation(text):
    doc = flagged(text)
    got = kinds(doc, "machine_translation", signal="untranslated")
    assert got and len(got[0].data["fragments"]) == 2, [f.reason for f in doc.flags]


@pytest.mark.parametrize(
    "text",
    [
        # quoted slogans, a link, a product name, one technical term
        (
            'Công ty đã ra mắt ứng dụng mới với khẩu hiệu "smart home for everyone" vào tuần trước.\n'
            "Theo báo cáo, doanh thu quý III đạt 1.200 tỷ đồng, tăng 15% so với cùng kỳ năm ngoái.\n"
            "Xem chi tiết tại www.example.com/bao-cao-quy-ba-cua-cong-ty-nam-nay.\n"
        ),
        (
            "该公司推出了名为 Smart Home Hub 的新应用，口号是“make life easy for all”。\n"
            "分析人士表示，machine learning 技术正在改变整个行业的运作方式。\n"
        ),
        # Vietnamese written without its marks is not English
        (
            "Thu tuong cho biet chinh phu se tiep tuc ho tro doanh nghiep nho va vua trong nam toi.\n"
            "Cac bo nganh can khan truong hoan thien co che chinh sach de thao go kho khan.\n"
        ),
        # one fragment alone is not enough
        (
            "Bộ trưởng cho biết hiệp định sẽ được ký kết, and the agreement will be signed next week "
            "tại thủ đô.\nCác chuyên gia đánh giá cao kết quả của chuyến thăm.\n"
        ),
    ],
)
def test_quoted_english_links_and_unmarked_vietnamese_are_not_flagged(text):
    doc = flagged(text)
    assert kinds(doc, "machine_translation", signal="untranslated") == [], [
        f.reason for f in doc.flags
    ]
