"""Adverts that write their contact to dodge a filter ("goal-bet dot com",
a bare domain under a country's suffix) or put words inside a trade's
phrase ("代开增值税专用发票" for 代开…发票, "instant cash loans"). Near misses
that must stay clean: a news story giving a regulator's web address, the
"dot com bubble", a press release's contact line, a report on the very
trade. Pages written for this file; each positive failed at 30b0814."""

from __future__ import annotations

import pytest

from tests.flags.helpers import flagged, kinds, span

EN_LIBRARY = (
    "The county opened its newest library branch on Saturday, a two-storey building "
    "with 40,000 books, a children's reading garden and a maker space with 3D printers.\n"
    "{a}\n"
    "The $12 million branch replaces a rented storefront that closed in 2021, and more "
    "than 900 people signed up for library cards on the first day.\n"
)
VI_BRIDGE = (
    "UBND tỉnh vừa khánh thành cây cầu mới bắc qua sông, rút ngắn quãng đường từ trung "
    "tâm thành phố đến khu công nghiệp phía nam còn khoảng 15 phút đi xe.\n"
    "{a}\n"
    "Cây cầu dài 850 mét, rộng 24 mét, có bốn làn xe cơ giới và hai làn dành cho xe thô "
    "sơ, tổng vốn đầu tư hơn 1.200 tỷ đồng từ ngân sách tỉnh.\n"
)
ES_MARKET = (
    "El mercado municipal reabrió este sábado tras ocho meses de obras que renovaron la "
    "cubierta, los puestos de pescado y la instalación eléctrica del edificio.\n"
    "{a}\n"
    "Los comerciantes aseguran que la afluencia de público fue la mayor en años y que la "
    "nueva zona de restauración atrajo a muchas familias jóvenes del barrio.\n"
)
ZH_SUBWAY = (
    "市地铁集团表示，地铁五号线南延段将于年底开通，新增六座车站，全长约十二公里，"
    "沿线居民出行时间将缩短一半。\n"
    "{a}\n"
    "据介绍，新车站均设有无障碍电梯和母婴室，部分车站还将与公交枢纽实现换乘。\n"
)
PT_CLINIC = (
    "A prefeitura inaugurou nesta segunda-feira uma nova clínica da família no bairro, "
    "com capacidade para atender cerca de 12 mil moradores da região.\n"
    "{a}\n"
    "A unidade terá seis equipes de saúde, consultório odontológico e farmácia, e vai "
    "funcionar das 7h às 19h de segunda a sexta-feira.\n"
)


@pytest.mark.parametrize(
    "page, ad",
    [
        # a trade's phrase with words inside it, each line with a contact
        (ZH_SUBWAY, "代开增值税专用发票，点数低，可验证，联系微信 fp20250"),
        (EN_LIBRARY, "Instant cash loans approved today, text 07700 900 456 to apply"),
        (PT_CLINIC, "Empréstimo pessoal sem consulta, chame no WhatsApp 11 98765-4321"),
    ],
    ids=["zh", "en", "pt"],
)
def test_advert_lines_with_gapped_trade_words_are_spam(page, ad):
    doc = flagged(page.format(a=ad))
    got = kinds(doc, "spam")
    assert [span(doc, f) for f in got] == [ad], [f.reason for f in doc.flags]


@pytest.mark.parametrize(
    "page, before, ad, after",
    [
        # one trade word, but an address written out to dodge a filter: as
        # telling as a messenger id
        (
            EN_LIBRARY,
            "Volunteers spent the week shelving donated books and testing the printers.",
            "Claim a 150% deposit bonus at goal-bet dot com and cash out the same day.",
            "The library will open from 9am to 8pm on weekdays.",
        ),
        (
            VI_BRIDGE,
            (
                "Người dân địa phương cho biết trước đây phải đi phà mất gần một giờ mới sang "
                "được bờ bên kia."
            ),
            "Nhận khuyến mãi nạp rút siêu tốc mỗi ngày tại nhacai88 chấm net.",
            "Nhiều hộ kinh doanh ven sông kỳ vọng lượng khách sẽ tăng mạnh.",
        ),
        # two trade words and a bare domain under a country's suffix
        (
            ES_MARKET,
            (
                "Los vecinos celebraron la reapertura con una fiesta en la plaza que duró "
                "hasta la noche."
            ),
            "Casino online con giros gratis cada día, regístrate ya en girosya24.es.",
            "La concejala de Comercio anunció nuevas actividades para el verano.",
        ),
    ],
    ids=["en-dot-word", "vi-dot-word", "es-country-domain"],
)
def test_an_advert_sentence_with_a_dodged_address_inside_a_paragraph(page, before, ad, after):
    doc = flagged(page.format(a=f"{before} {ad} {after}"))
    got = kinds(doc, "spam")
    assert [span(doc, f) for f in got] == [ad], [f.reason for f in doc.flags]


EN_REGULATOR = (
    "Regulator caps the cost of instant cash loans\n"
    "The financial regulator said on Monday it would cap the daily interest on instant "
    "cash loans at 0.8 percent, after complaints from borrowers doubled in two years.\n"
    "Lenders will have six months to comply. Borrowers can check whether a lender is "
    "authorised on the public register at regulator-register.org.uk or call 0800 111 222.\n"
    "Consumer groups welcomed the cap but said it should also cover late-payment fees.\n"
)
EN_DOTCOM = (
    "Tech shares slide as investors recall the dot com bubble\n"
    "Shares in technology companies fell for a third day on Thursday as investors "
    "compared the rally of the past year with the dot com bubble of the late 1990s.\n"
    "Analysts at several banks said valuations were stretched, though profits were far "
    "stronger than those of the start-ups that collapsed a quarter of a century ago.\n"
)
ES_RELEASE = (
    "El puerto amplía su terminal de cruceros\n"
    "La Autoridad Portuaria ha adjudicado las obras de ampliación de la terminal de "
    "cruceros, que podrá recibir dos barcos a la vez a partir del próximo verano.\n"
    "La inversión asciende a 18 millones de euros y las obras durarán catorce meses.\n"
    "Contacto de prensa: Gabinete de Comunicación, tel. 612 345 678, prensa@puerto-ejemplo.es\n"
)
ZH_CRACKDOWN = (
    "税务部门破获代开虚假发票团伙\n"
    "市税务局与公安部门联合行动，破获一个为企业代开虚假增值税发票的犯罪团伙，"
    "涉案金额超过两亿元，抓获犯罪嫌疑人十二名。\n"
    "税务部门提醒，为他人代开增值税发票属于违法行为，市民如发现线索可拨打举报电话12366。\n"
)


@pytest.mark.parametrize(
    "text",
    [EN_REGULATOR, EN_DOTCOM, ES_RELEASE, ZH_CRACKDOWN],
    ids=["regulator-address", "dot-com-bubble", "press-contact", "zh-report-on-the-trade"],
)
def test_news_that_names_an_address_or_the_trade_is_not_spam(text):
    doc = flagged(text)
    assert kinds(doc, "spam") == [], [f.reason for f in doc.flags]
