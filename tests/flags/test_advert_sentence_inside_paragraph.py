"""An advert pasted INSIDE a real paragraph: one sentence that sells
(betting, loans, easy money) and says where to write, between sentences of
the article's own. The flag points at that sentence only, and the paragraph
stays in the body (its other sentences are the article). Pages written for
this file; each positive case failed at 91ae295 (only whole short lines and
advert paragraphs were read)."""

from __future__ import annotations

import pytest

from tests.flags.helpers import flagged, kinds, span

TITLE = {
    "es": "El puerto de Valencia estrena una nueva terminal de cruceros",
    "vi": "Khánh thành bệnh viện đa khoa khu vực phía Bắc tỉnh",
    "id": "Pemprov Jawa Tengah Bangun Tiga Jembatan Baru di Pantura",
    "zh": "本市地铁五号线南延段开通运营",
    "en": "Library reopens after a year of repairs",
    "pt": "Hospital regional amplia atendimento de emergência",
}
PARAGRAPH = {
    "es": (
        "La nueva terminal, que ha costado 115 millones de euros, podrá recibir dos barcos a la "
        "vez y hasta 8.000 pasajeros al día. {ad} Las obras han durado dos años y medio y la "
        "autoridad portuaria prevé abrirla al público la próxima semana."
    ),
    "vi": (
        "Bệnh viện có quy mô 500 giường bệnh, được đầu tư hơn 900 tỷ đồng từ ngân sách tỉnh và "
        "vốn vay ưu đãi. {ad} Giám đốc Sở Y tế cho biết bệnh viện sẽ tiếp nhận bệnh nhân từ "
        "ngày 1/7 và ưu tiên các khoa cấp cứu, sản và nhi."
    ),
    "id": (
        "Ketiga jembatan itu dibangun untuk mengurangi kemacetan saat arus mudik dan ditargetkan "
        "selesai akhir tahun depan. {ad} Kepala dinas mengatakan anggaran pembangunan mencapai "
        "Rp 240 miliar dari APBD provinsi."
    ),
    "zh": (
        "南延段全长十二公里，共设八座车站，沿线覆盖多个大型居住区和两所高校，预计日均客流量将超过十万人次。"
        "{ad}市轨道交通集团表示，开通初期行车间隔为六分钟，高峰时段将根据客流情况进一步加密。"
    ),
    "en": (
        "The building on Market Street closed last spring after water damage to its roof and "
        "reading rooms. {ad} Staff said the children's section had been rebuilt with new "
        "shelving and that the local history archive would reopen next month."
    ),
    "pt": (
        "A nova ala terá 40 leitos e uma sala de trauma, com previsão de atender 300 pacientes "
        "por dia a partir de agosto. {ad} Segundo a secretaria, a obra custou 18 milhões de reais "
        "e foi paga com recursos do estado."
    ),
}
OTHER = {
    "es": "El consejero de Infraestructuras asistió a la inauguración junto al alcalde.",
    "vi": "Người dân trong vùng không phải đi xa để khám chữa bệnh.",
    "id": "Warga berharap pembangunan berjalan tanpa hambatan.",
    "zh": "市民普遍表示，南延段开通后通勤时间明显缩短。",
    "en": "Opening hours will be 9am to 7pm on weekdays.",
    "pt": "O governador visitou as obras na semana passada.",
}


def page(lang: str, ad: str) -> str:
    return f"{TITLE[lang]}\n{PARAGRAPH[lang].format(ad=ad)}\n{OTHER[lang]}\n"


@pytest.mark.parametrize(
    "lang, ad",
    [
        ("es", "Préstamos rápidos sin aval, escríbenos por WhatsApp al 612 34 56 78."),
        ("vi", "Kiếm tiền online tại nhà 500 nghìn mỗi ngày, nhắn Zalo 0987 654 321 để được hướng dẫn."),
        ("zh", "稳赚不赔的投资项目，日入过千，详情加微信 zq558866。"),
        ("en", "Earn money online from your sofa, message us on Telegram @cashflow_daily today!"),
        ("pt", "Ganhe dinheiro em casa com renda extra todo dia, chame no WhatsApp 11987654321."),
    ],
)
def test_advert_sentence_inside_a_paragraph_is_flagged_alone(lang, ad):
    doc = flagged(page(lang, ad), labels={0: "title"})
    spam = kinds(doc, "spam", source="flags")
    assert len(spam) == 1, [f.reason for f in doc.flags]
    assert span(doc, spam[0]).strip() == ad
    # the article's own sentences stay in the body
    assert doc.blocks[1].label != "spam"


@pytest.mark.parametrize(
    "lang, sentence",
    [
        # a hotline: one trade-ish word and a bare phone number
        ("id", "Pengelola menyediakan 200 slot parkir tambahan, informasi hubungi 0812-3456-7890."),
        # the article quotes the advert it reports
        (
            "en",
            'Police said the messages read: "Online casino bonus 300%, contact Telegram @win7789".',
        ),
        # a reader's line with a messenger but nothing sold
        ("es", "Los vecinos pueden enviar sus quejas por WhatsApp al 612 34 56 78."),
    ],
)
def test_news_sentences_with_a_contact_are_not_adverts(lang, sentence):
    doc = flagged(page(lang, sentence), labels={0: "title"})
    assert not kinds(doc, "spam"), [f.reason for f in doc.flags]


def test_a_report_on_the_trade_is_not_an_advert():
    # the headline names the trade: the sentence reports it
    text = (
        "Police break up online casino ring run from a rented flat\n"
        "Officers said the gang recruited players through social media over two years and "
        "moved the money through dozens of bank accounts. The adverts promised an online "
        "casino bonus to new players and told them to write to Telegram @lucky_win88. Eleven "
        "people were arrested on Tuesday and will appear in court next month.\n"
    )
    doc = flagged(text, labels={0: "title"})
    assert not kinds(doc, "spam"), [f.reason for f in doc.flags]


TH_PARAGRAPH = (
    "การท่าเรือแห่งประเทศไทยเปิดท่าเทียบเรือสำราญแห่งใหม่ที่แหลมฉบังอย่างเป็นทางการเมื่อวันจันทร์ "
    "ท่าเรือแห่งนี้รองรับเรือขนาดใหญ่ได้พร้อมกันสองลำ {ad} "
    "ผู้อำนวยการการท่าเรือกล่าวว่าคาดว่าจะมีนักท่องเที่ยวเดินทางผ่านท่าเรือนี้ปีละกว่าสามแสนคน"
)


def test_thai_advert_phrases_inside_a_paragraph_are_flagged_alone():
    # Thai writes no full stop: the advert runs from its trade word to its contact
    ad = "บาคาร่าออนไลน์ ฝากถอนไม่มีขั้นต่ำ สมัครเลย แอดไลน์ @bk88vip"
    text = "ท่าเรือสำราญแห่งใหม่เปิดให้บริการที่แหลมฉบัง\n" + TH_PARAGRAPH.format(ad=ad) + "\n"
    doc = flagged(text, labels={0: "title"})
    spam = kinds(doc, "spam", source="flags")
    assert len(spam) == 1, [f.reason for f in doc.flags]
    assert span(doc, spam[0]) == ad
    assert doc.blocks[1].label != "spam"


def test_thai_report_on_gambling_names_its_topic():
    text = (
        "ตำรวจทลายเครือข่ายบาคาร่าออนไลน์ จับกุมผู้ต้องหา 12 ราย\n"
        "ตำรวจไซเบอร์บุกค้นบ้านเช่าในจังหวัดนนทบุรี พบผู้ต้องหาเปิดเว็บบาคาร่าออนไลน์ "
        "โดยชักชวนให้ผู้เล่นติดต่อผ่านไลน์ @bk88vip ก่อนโอนเงินเข้าบัญชีม้า "
        "เจ้าหน้าที่ยึดโทรศัพท์มือถือและสมุดบัญชีธนาคารได้จำนวนมาก\n"
    )
    doc = flagged(text, labels={0: "title"})
    assert not kinds(doc, "spam"), [f.reason for f in doc.flags]
