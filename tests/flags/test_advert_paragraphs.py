"""Adverts written as paragraphs, with no contact details, injected into an
article (invented pages): two trade words or more on a page whose headline
and other paragraphs are about something else."""

from __future__ import annotations

import pytest

from tests.clean.helpers import BODY
from tests.flags.helpers import flagged, kinds, span

TITLE = {
    "en": "Council approves park renovation plan",
    "vi": "Thành phố sắp cải tạo công viên trung tâm",
    "zh": "中心公园改造工程下月动工",
    "th": "เทศบาลเร่งปรับปรุงสวนสาธารณะกลางเมือง",
    "es": "El ayuntamiento renovará el parque central",
}
ADVERT = {
    "en": (
        "Looking for the best online slots? Our trusted casino offers a 300% welcome bonus, "
        "free spins every day and instant withdrawals for all new players who sign up today."
    ),
    "vi": (
        "Tham gia ngay nhà cái uy tín hàng đầu châu Á, nạp tiền siêu tốc, rút tiền trong 5 phút, "
        "khuyến mãi 200% cho thành viên mới, cá cược bóng đá cực hấp dẫn."
    ),
    "zh": "注册即送88元彩金，百家乐、棋牌游戏应有尽有，每天签到还有返水奖励，日赚千元不是梦，快来体验吧！",
    "th": (
        "เว็บตรงไม่ผ่านเอเย่นต์ สล็อตแตกง่าย บาคาร่าออนไลน์ ฝากถอนออโต้ไม่มีขั้นต่ำ "
        "สมัครสมาชิกใหม่วันนี้รับโบนัสทันทีร้อยเปอร์เซ็นต์"
    ),
    "es": (
        "Descubre el mejor casino online del país: tragamonedas, ruleta y apuestas seguras con "
        "bonos de bienvenida para todos los nuevos jugadores que se registren hoy."
    ),
}


@pytest.mark.parametrize("lang", sorted(ADVERT))
def test_advert_paragraph_without_contact_is_spam(lang):
    b = BODY[lang]
    text = "\n".join([TITLE[lang], b[0], b[1], ADVERT[lang], b[2], b[3]]) + "\n"
    doc = flagged(text)
    assert [span(doc, f) for f in kinds(doc, "spam")] == [ADVERT[lang]], [
        (f.kind, f.reason) for f in doc.flags
    ]


def test_a_second_advert_does_not_make_the_trade_the_pages_topic():
    b = BODY["en"]
    other = (
        "Cheap replica watches, payday loans with no credit check and generic pills without "
        "prescription, all delivered to your door within two days of your order."
    )
    text = "\n".join([TITLE["en"], b[0], b[1], ADVERT["en"], b[2], other, b[3]]) + "\n"
    doc = flagged(text)
    assert ADVERT["en"] in [span(doc, f) for f in kinds(doc, "spam")]


@pytest.mark.parametrize(
    "lines",
    [
        [
            "State opens its first licensed online casino market",
            (
                "Lawmakers voted on Monday to let three operators run online casino games and sell "
                "online slots to adults over 21, with a 20 percent tax on their revenue."
            ),
            (
                "Operators may offer free spins and welcome bonuses only to players who have "
                "verified their age, and every casino must fund a problem-gambling helpline."
            ),
            "Critics said the state had moved too fast and that the tax rate was too low.",
        ],
        [
            "Giải đấu thể thao điện tử khu vực khởi tranh",
            (
                "Ban tổ chức cho biết giải năm nay cấm các nhà tài trợ là nhà cái, đồng thời cảnh báo "
                "người hâm mộ không tham gia cá cược bóng đá hay casino trực tuyến dưới mọi hình thức."
            ),
            (
                "Các đội tuyển sẽ thi đấu vòng bảng trong hai tuần, trận chung kết diễn ra tại nhà "
                "thi đấu thành phố."
            ),
            "Công an khuyến cáo các hình thức cá cược qua mạng đều vi phạm pháp luật.",
        ],
    ],
)
def test_a_report_on_the_trade_is_not_an_advert(lines):
    doc = flagged("\n".join(lines) + "\n")
    assert kinds(doc, "spam") == [], [f.reason for f in doc.flags]
