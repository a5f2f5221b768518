"""A seller's comment under a post: a call to buy (an order, cash on
delivery) and a call to write to the account posting it ("DM me",
"ทักแชท", "langsung DM") instead of a link or a number: the profile is the
way to the seller. Flagged as spam like a line with a link. News about
online sellers, or a line with only one of the two calls, stays clean.
Written for this file in en, th, id, vi; the positives fail before it."""

from __future__ import annotations

import pytest

from tests.flags.helpers import flagged, kinds

PAGE = (
    "The city will open three new night markets along the river from next month, the "
    "council said on Friday after a trial run drew more than 20,000 visitors.\n"
    "{a}\n"
    "Each market will have 120 stalls, and traders will pay a flat monthly fee set by "
    "the council's tourism office.\n"
)
PAGE_VI = (
    "Thành phố sẽ mở thêm ba khu chợ đêm ven sông từ tháng sau, sau đợt thí điểm thu hút "
    "hơn 20.000 lượt khách.\n"
    "{a}\n"
    "Mỗi khu chợ có 120 gian hàng, tiểu thương đóng phí cố định hằng tháng.\n"
)


@pytest.mark.parametrize(
    "page,comment",
    [
        (PAGE, "Order now, only 20 left in stock!! DM me for price and sizes 😍"),
        (PAGE, "สินค้าพร้อมส่ง เก็บเงินปลายทาง สนใจทักแชทเลยค่ะ"),
        (PAGE, "Ready stok kak, bisa COD seluruh Indonesia, langsung DM aja ya"),
        (PAGE_VI, "Mua ngay kẻo lỡ, son Hàn chính hãng giảm 50%, inbox shop để được tư vấn"),
    ],
)
def test_seller_comments_are_spam(page, comment):
    doc = flagged(page.format(a=comment))
    assert kinds(doc, "spam"), [f.reason for f in doc.flags]


@pytest.mark.parametrize(
    "page,line",
    [
        (
            PAGE_VI,
            "Nhiều người bán hàng online yêu cầu khách inbox em để hỏi giá, gây khó cho việc so sánh.",
        ),
        (
            PAGE_VI,
            "Dịch vụ ship COD tăng mạnh dịp Tết, theo báo cáo của Hiệp hội Thương mại điện tử.",
        ),
        (
            PAGE,
            "Several traders said customers now DM them for prices rather than visit the stalls.",
        ),
    ],
)
def test_news_about_sellers_stays_clean(page, line):
    doc = flagged(page.format(a=line))
    assert not kinds(doc, "spam"), [f.reason for f in doc.flags]
