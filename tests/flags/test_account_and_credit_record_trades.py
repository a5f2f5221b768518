"""Two trades that buy injected lines and had no words in SOLICIT_CUES: bank
accounts, bank cards and SIM cards bought, sold or rented (money mules), and
bad credit records "cleared". Each advert is a short line with a way to reach
the seller, between paragraphs of pages written for this file (and the
Traditional spelling of the Chinese phrases); news about the trades, naming
no seller to write to, stays clean. The positives failed before this file's
commit."""

from __future__ import annotations

import pytest

from tests.flags.diploma_pages import PAGES
from tests.flags.helpers import flagged, kinds


@pytest.mark.parametrize(
    "page,advert",
    [
        (
            "en",
            "Bank accounts for sale, verified and ready to use, fast delivery. Telegram @acc_depot",
        ),
        ("en", "Bad history? We fix your credit score in 48 hours, call 0800 555 0199"),
        ("zh", "長期收購各類銀行卡、網銀，價格優，當天結算，加LINE：@card777"),
        ("zh-hans", "专业征信修复，逾期记录快速处理，联系微信：zx20261"),
        ("th", "รับซื้อบัญชีธนาคาร ทุกธนาคาร จ่ายเงินสดทันที สนใจแอดไลน์ @bank_cash1"),
        ("th", "รับล้างบูโร ติดแบล็กลิสต์ก็กู้ได้ โทร 089-123-4567"),
        ("es", "Compramos cuentas bancarias activas, pago inmediato. WhatsApp +57 300 123 4567"),
        (
            "vi",
            "Thu mua tài khoản ngân hàng các loại giá cao, nhận tiền ngay, liên hệ Zalo 0903 111 222",
        ),
        ("vi", "Dịch vụ xóa nợ xấu CIC uy tín, vay lại được ngay, gọi 0977 888 999"),
    ],
)
def test_adverts_of_accounts_for_sale_and_credit_records_cleared(page, advert):
    doc = flagged(PAGES[page].format(a=advert))
    assert kinds(doc, "spam"), [f.reason for f in doc.flags]


@pytest.mark.parametrize(
    "page,line",
    [
        ("en", "Police said the gang paid students to rent their bank accounts to launder money."),
        ("zh", "警方表示，該集團以高價收購銀行卡，再轉賣給詐騙集團使用。"),
        ("th", "ตำรวจจับกุมผู้ต้องหา 5 ราย ฐานรับซื้อบัญชีธนาคารเพื่อนำไปใช้ในการฉ้อโกง"),
        (
            "vi",
            "Công an cảnh báo người dân không mua bán tài khoản ngân hàng vì có thể bị xử lý hình sự.",
        ),
    ],
)
def test_news_about_the_trades_stays_clean(page, line):
    doc = flagged(PAGES[page].format(a=line))
    assert not kinds(doc, "spam"), [f.reason for f in doc.flags]
