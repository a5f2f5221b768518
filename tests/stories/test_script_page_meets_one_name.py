"""A Chinese page that translates a foreign company's name rather than
transliterating it meets the Latin-script story it tells through one name
(an official's, read as a skeleton), its figures and its country. The
story's Latin spellings it cannot write counted against it as unshared, and
with one name met (two were needed) the page stayed out: a Chinese page of
a chip-plant investment beside its Vietnamese, English and Spanish pages.
The same official in two stories of one week (a port concession he signs,
a ferry accident he reacts to) must not pull a page into the wrong one, and
a page meeting no name still stays out. Invented pages (en, fr, es, zh; a
place and people of no corpus the rule was measured on)."""

from __future__ import annotations

from .helpers import page, story_lists

PORT = [
    page(
        "port-en",
        "en",
        "2026-03-03",
        "Danish firm to build 850 million dollar container terminal in Mombasa",
        "Nordhavn Terminals, a Danish port operator, will invest 850 million dollars in a new "
        "container terminal at the Port of Mombasa, creating 3,200 jobs, the Kenya Ports "
        "Authority said on Monday. Chief executive Lars Kjeldsen signed the 30-year concession "
        "with the authority's managing director Peter Kariuki in Nairobi. Works at Dongo Kundu "
        "are to start in June, said Transport Secretary Wycliffe Omondi.",
    ),
    page(
        "port-fr",
        "fr",
        "2026-03-03",
        "Le danois Nordhavn investira 850 millions de dollars à Mombasa",
        "L'opérateur portuaire danois Nordhavn Terminals va investir 850 millions de dollars "
        "dans un terminal à conteneurs au port de Mombasa, au Kenya, qui doit créer 3 200 "
        "emplois. Son directeur général Lars Kjeldsen a signé une concession de 30 ans avec "
        "Peter Kariuki, directeur de la Kenya Ports Authority, à Nairobi. Les travaux à Dongo "
        "Kundu commenceront en juin, selon le ministre Wycliffe Omondi.",
    ),
    page(
        "port-es",
        "es",
        "2026-03-04",
        "Nordhavn invertirá 850 millones de dólares en el puerto de Mombasa",
        "La danesa Nordhavn Terminals invertirá 850 millones de dólares en una terminal de "
        "contenedores en el puerto keniano de Mombasa, con 3.200 empleos. Lars Kjeldsen, su "
        "consejero delegado, firmó la concesión de 30 años con Peter Kariuki, de la Kenya Ports "
        "Authority. Las obras en Dongo Kundu empezarán en junio.",
    ),
]
# the company translated (一家丹麦港口运营商), the director transliterated
PORT_ZH = page(
    "port-zh",
    "zh",
    "2026-03-04",
    "丹麦企业将投资8.5亿美元建设集装箱码头",
    "肯尼亚港务局3日宣布，一家丹麦港口运营商将投资8.5亿美元建设一座新的集装箱码头，"
    "预计创造3200个就业岗位。港务局局长卡里乌基与该公司签署了特许经营协议。工程将于6月开工。",
)
# the same director, the same week, another happening in the same port
FERRY = [
    page(
        "ferry-en",
        "en",
        "2026-03-04",
        "Eleven dead as ferry capsizes at Likoni channel",
        "Eleven people died when the MV Harambee ferry capsized in the Likoni channel on "
        "Tuesday night, Kenya Ferry Services said. Managing director Mercy Wanjala said 46 "
        "passengers were rescued by navy divers. Peter Kariuki, head of the Kenya Ports "
        "Authority, closed the channel to shipping for 48 hours.",
    ),
    page(
        "ferry-fr",
        "fr",
        "2026-03-04",
        "Onze morts dans le naufrage d'un ferry à Likoni",
        "Onze personnes sont mortes dans le naufrage du ferry MV Harambee dans le chenal de "
        "Likoni, selon Kenya Ferry Services. Sa directrice Mercy Wanjala a indiqué que 46 "
        "passagers ont été secourus. Peter Kariuki, directeur de l'autorité portuaire, a fermé "
        "le chenal pendant 48 heures.",
    ),
]
FERRY_ZH = page(
    "ferry-zh",
    "zh",
    "2026-03-05",
    "肯尼亚渡轮倾覆 11人死亡",
    "肯尼亚一艘渡轮4日晚在海峡倾覆，造成11人死亡，46名乘客获救。港务局局长卡里乌基下令航道封闭48小时。",
)
# near miss: the same country, port and days, a shared figure, no name met
TEA_ZH = page(
    "tea-zh",
    "zh",
    "2026-03-04",
    "肯尼亚茶叶拍卖价格回升",
    "肯尼亚茶叶拍卖会3日成交3200吨，平均价格每公斤2.6美元，较上周上涨6%。"
    "业内人士认为，主要买家来自巴基斯坦和埃及。",
)


def test_a_chinese_page_meeting_one_name_joins_the_latin_script_story():
    got = story_lists(PORT + [PORT_ZH])
    assert ["port-en", "port-es", "port-fr", "port-zh"] in got


def test_one_official_in_two_stories_leaves_each_chinese_page_its_own():
    got = story_lists(PORT + FERRY + [PORT_ZH, FERRY_ZH])
    assert ["port-en", "port-es", "port-fr", "port-zh"] in got
    assert ["ferry-en", "ferry-fr", "ferry-zh"] in got


def test_a_chinese_page_meeting_no_name_stays_out():
    got = story_lists(PORT + [TEA_ZH])
    assert ["tea-zh"] in got
