"""Two trades that buy injected lines and had no words in SOLICIT_CUES:
forged diplomas and certificates, and quick loans as Taiwan and Hong Kong
adverts write them (in Traditional characters: the table's Simplified
phrases are read in both spellings). Each advert is a short line with a
way to reach the seller, between paragraphs of pages written for this file;
news about a forgery ring or a loan scheme, naming no seller to write to,
stays clean. The positives failed before this file's commit."""

from __future__ import annotations

import pytest

from tests.flags.helpers import flagged, kinds

PAGES = {
    "en": (
        "The county will resurface the coastal road between the two harbours this "
        "autumn, the transport committee decided on Tuesday after a long debate.\n"
        "{a}\n"
        "Work is due to start in September and last eleven weeks, with one lane "
        "kept open for buses and delivery vans throughout.\n"
    ),
    "zh": (
        "市政府今天表示，將在年底前完成十二座老舊公園的改建工程，總經費約新台幣八億元，分三期施工。\n"
        "{a}\n"
        "市府指出，改建後的公園將增設無障礙步道與遮陽設施，施工期間部分區域將暫時封閉。\n"
    ),
    "zh-hans": (
        "记者从市交通局获悉，全市第三批共享单车停放点将于下月启用，新增停放点约四百个。\n"
        "{a}\n"
        "交通局表示，新停放点主要分布在地铁站和大型商场周边，将有效缓解乱停乱放问题。\n"
    ),
    "th": (
        "เทศบาลนครเริ่มปรับปรุงตลาดสดเทศบาลแห่งที่ 2 โดยใช้งบประมาณกว่า 45 ล้านบาท "
        "คาดว่าจะแล้วเสร็จภายในสิ้นปีนี้\n"
        "{a}\n"
        "ระหว่างการก่อสร้าง ผู้ค้าจะย้ายไปขายชั่วคราวที่ลานจอดรถด้านหลังตลาด\n"
    ),
    "es": (
        "El ayuntamiento aprobó este lunes la reforma del mercado central, que costará "
        "2,4 millones de euros y durará algo más de un año.\n"
        "{a}\n"
        "Durante las obras, los puestos se trasladarán a una carpa instalada en la plaza "
        "de la estación, según el concejal de Comercio.\n"
    ),
    "vi": (
        "Ủy ban nhân dân quận vừa khởi công cải tạo công viên trung tâm với tổng vốn "
        "khoảng 45 tỷ đồng, dự kiến hoàn thành vào cuối năm nay.\n"
        "{a}\n"
        "Trong thời gian thi công, một phần công viên sẽ được rào chắn để bảo đảm an "
        "toàn cho người dân đi bộ và tập thể dục.\n"
    ),
}


@pytest.mark.parametrize(
    "page,advert",
    [
        (
            "en",
            "Fake diploma or real one? Buy a degree from any university, delivered in 7 days. WhatsApp +44 7700 900123",
        ),
        ("zh", "缺錢急用？小額借款免保人，當天撥款，詳洽LINE：@cash520"),
        ("zh", "急用錢找我們！免抵押低利率，加LINE ID：loan8899"),
        ("zh-hans", "代办各类毕业证、学位证，刻章，联系微信：zb66688"),
        ("th", "รับทำวุฒิการศึกษา ใบปริญญา ทุกมหาวิทยาลัย สนใจแอดไลน์ @vut1_fast"),
        (
            "es",
            "Obtén tu título sin estudiar, 100% verificable. Escríbenos por WhatsApp +52 55 1234 5678",
        ),
        (
            "vi",
            "Chuyên làm giấy tờ giả, bằng lái, chứng chỉ các loại, lấy nhanh, liên hệ Zalo 0912 345 678",
        ),
    ],
)
def test_adverts_of_forged_papers_and_quick_loans(page, advert):
    doc = flagged(PAGES[page].format(a=advert))
    assert kinds(doc, "spam"), [f.reason for f in doc.flags]


@pytest.mark.parametrize(
    "page,line",
    [
        ("en", "Police said the ring sold fake diplomas to more than 300 buyers over six years."),
        ("zh", "警方表示，該集團以「小額借款、免保人」為號召，詐騙逾百名民眾。"),
        ("vi", "Công an tỉnh vừa triệt phá đường dây làm bằng giả, thu giữ hơn 2.000 phôi bằng."),
        ("th", "ตำรวจจับกุมแก๊งรับทำวุฒิปลอม พร้อมของกลางใบปริญญากว่า 500 ใบ"),
    ],
)
def test_news_about_the_trades_stays_clean(page, line):
    doc = flagged(PAGES[page].format(a=line))
    assert not kinds(doc, "spam"), [f.reason for f in doc.flags]
