"""A page told at home names no country (a Thai page on a Thai happening
names neither Thailand nor its people), and a Thai page writes names only in
Thai script, which the Latin pages of the same happening from abroad cannot
read. When its figures agree with theirs (two shared, one specific: see
cluster._figures_agree) the country they name is its home (_home_place),
the place beside the figures; and its specific figures find the story
(cluster._indexed), since none of its names do. Invented pages, people and
figures (benchmarks/data/stories/heldout14's Thai hack pages showed the
class)."""

from __future__ import annotations

from .helpers import page, story_lists

ABROAD = [
    page(
        "coop-en",
        "en",
        "2031-08-11",
        "Thai police charge cooperative chief over 2.35 billion baht fraud",
        "Police in Thailand charged the former manager of a teachers' savings cooperative in "
        "Nakhon Ratchasima with embezzling 2.35 billion baht, money of 18,400 members. "
        "Investigators said Wirat Chaiyakul moved the funds into 63 accounts over six years.",
    ),
    page(
        "coop-es",
        "es",
        "2031-08-11",
        "Tailandia acusa al gerente de una cooperativa de un fraude millonario",
        "La policía de Tailandia acusó al exgerente de una cooperativa de ahorro de maestros "
        "de Nakhon Ratchasima de desviar 2.350 millones de bahts de 18.400 socios a 63 "
        "cuentas durante seis años. Wirat Chaiyakul niega los cargos.",
    ),
]
HOME = page(
    "coop-th",
    "th",
    "2031-08-12",
    "แจ้งข้อหาอดีตผู้จัดการสหกรณ์ครู ยักยอก 2,350 ล้านบาท",
    "ตำรวจแจ้งข้อกล่าวหาอดีตผู้จัดการสหกรณ์ออมทรัพย์ครูแห่งหนึ่งในจังหวัดนครราชสีมา "
    "ฐานยักยอกเงินของสมาชิก 18,400 ราย รวม 2,350 ล้านบาท โดยโอนเงินเข้าบัญชี 63 บัญชี "
    "ตลอดหกปีที่ผ่านมา",
)
# a Thai page of another happening of the same days: a flood, small counts
OTHER = page(
    "flood-th",
    "th",
    "2031-08-12",
    "น้ำท่วมอำเภอปากช่อง อพยพ 63 ครอบครัว",
    "ฝนตกหนักต่อเนื่องทำให้น้ำป่าไหลหลากเข้าท่วมอำเภอปากช่อง ชาวบ้าน 63 ครอบครัว "
    "ต้องอพยพ เจ้าหน้าที่เร่งตั้งศูนย์พักพิงชั่วคราว 12 แห่ง",
)


def test_a_home_page_joins_on_its_figures():
    got = story_lists([*ABROAD, HOME])
    assert got == [["coop-en", "coop-es", "coop-th"]]


def test_a_home_page_sharing_one_small_count_stays_out():
    got = story_lists([*ABROAD, OTHER])
    assert got == [["coop-en", "coop-es"], ["flood-th"]]
