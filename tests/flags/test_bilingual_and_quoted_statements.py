"""Second-language paragraphs that are content: a page written in two
languages (each paragraph followed by its translation) gets one flag, not one
per paragraph, and none of its paragraphs is set aside; a statement quoted in
its original language stays on topic however few names it shares; an
unrelated advert in another language is still off topic. Pages written for
this file; each test failed before the fix."""

from __future__ import annotations

from tests.flags.helpers import flagged, kinds, span

VI_EN = (
    "Cần Thơ khánh thành cầu mới qua sông Hậu\n"
    "Sáng 12/5, thành phố Cần Thơ khánh thành cây cầu dài 1.450 m qua sông Hậu, rút ngắn thời "
    "gian đi lại giữa hai bờ từ 40 phút xuống còn 5 phút.\n"
    "On May 12, Can Tho opened a 1,450-metre bridge across the Hau River, cutting the journey "
    "between the two banks from 40 minutes to 5 minutes.\n"
    "Công trình do Nhật Bản tài trợ một phần, với tổng vốn 2.600 tỷ đồng, và được xây dựng "
    "trong 30 tháng.\n"
    "The project was partly funded by Japan, at a total cost of 2,600 billion dong, and took "
    "30 months to build.\n"
    "Sở Giao thông Vận tải cho biết sẽ mở thêm 3 tuyến xe buýt qua cầu, trong đó có tuyến nối "
    "với Sóc Trăng và Vĩnh Long.\n"
    "The transport department said three bus routes would cross the bridge, including lines "
    "to Soc Trang and Vinh Long.\n"
    "Người dân hai bờ cho biết họ đã chờ cây cầu này hơn 10 năm.\n"
    "Residents on both banks said they had waited more than 10 years for the bridge.\n"
)


def test_a_bilingual_page_gets_one_flag_and_keeps_every_paragraph():
    doc = flagged(VI_EN)
    got = kinds(doc, "foreign_block")
    assert len(got) == 1, [f.reason for f in got]
    assert got[0].data["bilingual"] is True and got[0].data["on_topic"] is True
    assert "Bilingual page" in got[0].reason
    assert kinds(doc, "content_farm") == []


EN_ES = (
    "Chile's central bank raises rates for the third time\n"
    "Chile's central bank raised its benchmark interest rate by half a point on Tuesday, "
    "saying inflation had not slowed as quickly as it expected.\n"
    '"La inflación sigue siendo demasiado alta y actuaremos con decisión", afirmó la '
    "presidenta del banco.\n"
    "Economists said further increases were likely before the end of the year, although "
    "several warned that higher borrowing costs were already weighing on retail sales and "
    "on the construction industry, which shed thousands of jobs in the last quarter.\n"
    "The bank's board will meet again in six weeks, and most analysts surveyed by local "
    "newspapers expect it to hold rates steady then while it studies the effect of the rise.\n"
    "{ad}\n"
)
ES_AD = (
    "Descubre nuestros cruceros por el Caribe con descuentos de hasta el 50 por ciento, "
    "reserva hoy mismo y paga a plazos sin intereses, con "
    "salidas todas las semanas desde los principales puertos."
)


def test_a_statement_quoted_in_its_language_is_on_topic_and_an_advert_is_not():
    doc = flagged(EN_ES.format(ad=ES_AD))
    got = {span(doc, f)[:12]: f for f in kinds(doc, "foreign_block")}
    quote = got['"La inflació']
    assert quote.data["on_topic"] is True and quote.data["quotation"] is True
    assert "quoted in its original language" in quote.reason
    ad = got["Descubre nue"]
    assert ad.data["on_topic"] is False
    # the off-topic foreign_block is the finding; no content_farm twin on its span
    assert kinds(doc, "content_farm") == []


def test_an_english_quotation_introduced_by_a_chinese_paragraph_is_on_topic():
    text = (
        "澳大利亚总理周一宣布，政府将在未来四年投入大笔资金建设公共住房。\n"
        "他在记者会上用英语说：\n"
        '"Every family deserves a safe and affordable home, and this plan is how we deliver '
        'it."\n'
        "反对党批评该计划规模太小，无法缓解住房短缺。\n"
    )
    doc = flagged(text)
    got = kinds(doc, "foreign_block")
    assert len(got) == 1 and got[0].data["on_topic"] is True, [f.reason for f in got]
    assert kinds(doc, "content_farm") == []


def test_a_chinese_quotation_with_a_chinese_attribution_on_an_english_page_is_on_topic():
    text = (
        "Macau marks the anniversary of its handover with a flag-raising ceremony\n"
        "About 1,500 people attended the ceremony on Friday morning, and the city's leader "
        "promised new measures to diversify an economy that depends heavily on tourism.\n"
        "「澳門將繼續推動經濟多元」，行政長官在致辭時表示。\n"
        "Police said the ceremony passed without incident and museums opened free of charge "
        "for the holiday.\n"
    )
    doc = flagged(text)
    got = kinds(doc, "foreign_block")
    assert len(got) == 1 and got[0].data["on_topic"] is True, [f.reason for f in got]
    assert kinds(doc, "content_farm") == []


TH_EN = (
    "ลำปางเปิดตลาดรถไฟเก่าเป็นพื้นที่สร้างสรรค์\n"
    "Lampang turns its old railway market into a creative space\n"
    "จังหวัดลำปางเปิดอาคารตลาดเก่าข้างสถานีรถไฟให้เป็นพื้นที่แสดงงานศิลปะและร้านค้าชุมชน "
    "เมื่อวันเสาร์ที่ผ่านมา โดยมีผู้มาเยี่ยมชมกว่า 3,000 คน\n"
    "Lampang province reopened the old market hall beside the railway station as a space for "
    "art and community shops on Saturday, drawing more than 3,000 visitors.\n"
    "ผู้ว่าราชการจังหวัดกล่าวว่าพื้นที่นี้จะช่วยให้คนรุ่นใหม่มีงานทำโดยไม่ต้องย้ายไปทำงานในเมืองใหญ่\n"
    "The governor said the space would help young people find work without moving away "
    "to big cities.\n"
    "จังหวัดมีแผนจัดตลาดนัดศิลปะทุกเดือนตลอดทั้งปี\n"
    "The province plans to hold an art fair there every month throughout the year.\n"
)
ZH_EN = (
    "杭州开通首条水上巴士夜间线路\n"
    "杭州市交通运输局周五宣布，全市首条水上巴士夜间线路正式开通，全长九公里，沿途设有六个码头。\n"
    "Hangzhou's transport bureau said on Friday that the city's first night water-bus route "
    "had opened, running nine kilometres with six piers along the way.\n"
    "该线路每晚运营三个小时，票价与白天线路相同，市民可以使用公交卡乘船。\n"
    "The route runs for three hours each night at the same fare as daytime boats, and "
    "passengers can pay with their bus cards.\n"
    "交通运输局表示，如果客流理想，明年夏天将增加两条夜间线路。\n"
    "The bureau said that if passenger numbers are good, two more night routes will be "
    "added next summer.\n"
)


def test_paragraphs_beside_their_translation_on_a_bilingual_page_are_all_on_topic():
    for text in (TH_EN, ZH_EN):
        doc = flagged(text)
        got = kinds(doc, "foreign_block")
        assert len(got) == 1 and got[0].data["bilingual"] is True, [f.reason for f in got]
        assert kinds(doc, "content_farm") == []
