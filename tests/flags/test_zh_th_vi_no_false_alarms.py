"""Clean Chinese, Thai and Vietnamese news about gambling crackdowns: the
words that spam pages stuff ("百家乐", "สล็อต", "nhà cái") are the story's
subject, in its paragraphs and in a subheading. Cleaned and flagged by the
real stages: no spam, injection or content-farm flag, no line set aside as
spam."""

from __future__ import annotations

from collections import Counter

import pytest

from newsline.model import Document
from newsline.settings import Settings
from newsline.stages import default_stages

PAGES = {
    "th": [
        "ตำรวจทลายเว็บพนันสล็อตออนไลน์ ยึดทรัพย์ 200 ล้าน",
        "11 ก.ค. 67",
        (
            "เมื่อวันที่ 10 ก.ค. 67 ตำรวจสอบสวนกลางแถลงผลการจับกุมเครือข่ายเว็บพนันออนไลน์"
            "ที่เปิดให้เล่นสล็อตและบาคาร่า โดยมีผู้ต้องหาทั้งหมด 25 ราย"
        ),
        (
            "พนักงานสอบสวนระบุว่า เครือข่ายดังกล่าวใช้บัญชีม้ากว่า 300 บัญชีในการรับโอนเงิน"
            "จากผู้เล่นทั่วประเทศ และมีเงินหมุนเวียนกว่า 2,000 ล้านบาท"
        ),
        "เว็บพนันสล็อต",
        (
            "ตำรวจเตือนประชาชนว่าการเล่นพนันออนไลน์มีความผิดตามกฎหมาย และเสี่ยงต่อการถูก"
            "หลอกลวงทางการเงิน ซึ่งที่ผ่านมามีผู้เสียหายจำนวนมาก"
        ),
        (
            "ขณะนี้เจ้าหน้าที่อยู่ระหว่างการขยายผลเพื่อติดตามตัวผู้ร่วมขบวนการที่ยังหลบหนีอยู่ "
            "และคาดว่าจะจับกุมได้ทั้งหมดภายในเดือนนี้"
        ),
    ],
    "zh": [
        "警方破获跨境网络赌博案 百家乐网站涉案逾亿元",
        "2024-07-11 08:30 来源：新华网",
        "公安部门17日通报，警方近日破获一起特大跨境网络赌博案，抓获犯罪嫌疑人56名，涉案资金超过1亿元。",
        "据介绍，该团伙通过境外服务器搭建“百家乐”“六合彩”等赌博网站，并以高额返利引诱民众参与网上赌场投注。",
        "网络赌场的陷阱",
        "警方提醒，参与网络赌博不仅违法，还可能遭遇诈骗，市民如发现相关线索可拨打110举报。",
        "办案民警表示，部分受害者一夜之间输掉数十万元积蓄，有人甚至为此借高利贷。",
    ],
    "vi": [
        "Triệt phá đường dây cá cược bóng đá qua mạng hơn 1.000 tỷ đồng",
        "Thứ Năm, 11/7/2024, 08:30 (GMT+7)",
        (
            "Ngày 10/7, Công an tỉnh Bắc Ninh cho biết đã triệt phá đường dây đánh bạc dưới hình thức "
            "cá cược bóng đá qua mạng với tổng số tiền giao dịch hơn 1.000 tỷ đồng."
        ),
        (
            "Theo cơ quan điều tra, các đối tượng lập nhiều trang web nhà cái, sử dụng hàng trăm tài "
            "khoản ngân hàng để nhận tiền từ người chơi trên cả nước."
        ),
        "Thủ đoạn của các nhà cái",
        (
            "Công an khuyến cáo người dân không tham gia các hình thức cá cược, lô đề trên mạng vì vi "
            "phạm pháp luật và dễ bị lừa đảo."
        ),
        (
            "Vụ án đang được tiếp tục mở rộng điều tra, cơ quan công an đang truy bắt các đối tượng "
            "còn lại."
        ),
    ],
}


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_news_about_gambling_is_not_spam(lang):
    settings = Settings()
    doc = Document(id="t", source="test", text="\n".join(PAGES[lang]))
    stats: Counter[str] = Counter()
    for stage in default_stages(settings)[:6]:  # up to events: per-document stages
        stage([doc], stats)
    assert doc.lang == lang
    assert not {f.kind for f in doc.flags} & {"spam", "injection", "content_farm"}, doc.flags
    assert all(b.label != "spam" for b in doc.blocks)
    body = [doc.text[b.start : b.end] for b in doc.blocks if b.label == "body"]
    assert len(body) >= 4
