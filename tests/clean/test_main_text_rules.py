"""Rules that use the extractor's main text (HTML pages): blocks it skipped inside its own span."""

from __future__ import annotations

from newsline.clean.classify import classify_document
from newsline.clean.segment import segment_text
from newsline.model import Document
from newsline.settings import CleanSettings

from .helpers import BODY_EN, BODY_VI


def _classify(lines: list[tuple[str, bool]]) -> dict[str, tuple[str, list[str]]]:
    """Classify lines given as (text, inside the extractor's main text)."""
    text = "\n".join(t for t, _ in lines)
    doc = Document(id="t", source="test.html", text=text)
    doc.blocks, _ = segment_text(text)
    assert len(doc.blocks) == len(lines)
    classify_document(doc, CleanSettings(), in_main=[m for _, m in lines])
    return {text[b.start : b.end]: (b.label, b.reasons) for b in doc.blocks}


QUOTE_EN = (
    "“We will not stop until every family on this street has its water back,” the "
    "district engineer told reporters outside the pumping station."
)
QUOTE_VI = (
    "“Chúng tôi sẽ làm việc suốt đêm cho đến khi mọi gia đình trong khu phố có nước "
    "sạch trở lại,” kỹ sư trưởng của quận nói với các phóng viên."
)


def _page(body: list[str], middle: list[str]) -> list[tuple[str, bool]]:
    return (
        [(body[0], True), (body[1], True)]
        + [(m, False) for m in middle]
        + [(body[2], True), (body[3], True)]
    )


def test_prose_skipped_between_main_text_parts_is_body():
    for body, quote in ((BODY_EN, QUOTE_EN), (BODY_VI, QUOTE_VI)):
        out = _classify(_page(body, [quote]))
        label, reasons = out[quote]
        assert label == "body", reasons
        assert "between two parts of the main text" in reasons[0]


def test_captions_credits_and_shouting_between_main_text_parts_stay_aside():
    caption_en = (
        "Photo: Crews repair the main pipe under the bridge on Sunday night, while "
        "residents queue for bottled water at the school."
    )
    caption_vi = (
        "Ảnh: Công nhân sửa đường ống chính dưới chân cầu vào tối Chủ nhật, trong khi "
        "người dân xếp hàng nhận nước đóng chai tại trường học."
    )
    caps = (
        "CLICK HERE TO WIN A BRAND NEW PHONE TODAY, ONLY FOR THE FIRST HUNDRED READERS "
        "WHO SIGN UP BEFORE MIDNIGHT."
    )
    for body, caption in ((BODY_EN, caption_en), (BODY_VI, caption_vi)):
        out = _classify(_page(body, [caption, caps]))
        assert out[caption][0] != "body", out[caption]
        assert out[caps][0] != "body", out[caps]


def test_repeated_or_headline_like_gap_lines_stay_aside():
    teaser_en = "Water restored to most homes after pipe burst"
    teaser_vi = "Nước sạch trở lại với phần lớn hộ dân sau sự cố vỡ ống"
    for body, quote, teaser in ((BODY_EN, QUOTE_EN, teaser_en), (BODY_VI, QUOTE_VI, teaser_vi)):
        # the same paragraph twice in the page (a gallery caption, a teaser): not the article's
        lines = _page(body, [quote, teaser]) + [(quote, False)]
        out = _classify(lines)
        assert out[quote][0] != "body", out[quote]
        assert out[teaser][0] != "body", out[teaser]


def _long_paragraphs(body: list[str]) -> list[str]:
    """Four paragraphs of two sentences each (about 160 words in all), written once."""
    return [
        f"{body[(k + 1) % 4]} {body[(k + 2) % 4]}".replace(".", f" ({k}).", 1) for k in range(4)
    ]


def test_a_long_run_of_paragraphs_after_a_truncated_main_text_continues_it():
    for body, ad in ((BODY_EN, "Advertisement"), (BODY_VI, "Quảng cáo")):
        rest = _long_paragraphs(body)
        lines = [(body[0], True), (body[1], True), (ad, False)] + [(p, False) for p in rest]
        lines += [("Most read", False), ("Bus fares to rise in April", False)]
        out = _classify(lines)
        for p in rest:
            label, reasons = out[p]
            assert label == "body", reasons
            assert "continues the extractor's main text" in reasons[0]
        assert out[ad][0] != "body"


def test_short_promotions_and_credit_broken_runs_after_main_text_stay_aside():
    promo_en = [
        "Get the latest stories delivered to your inbox every morning, with the best of the week.",
        "No spam, we promise. You can unsubscribe at any time and we will never share your address.",
    ]
    promo_vi = [
        "Nhận những tin tức mới nhất gửi đến hộp thư của bạn mỗi buổi sáng, miễn phí hoàn toàn.",
        "Chúng tôi cam kết không gửi thư rác và bạn có thể hủy đăng ký bất cứ lúc nào bạn muốn.",
    ]
    for body, promo, copyright_line in (
        (BODY_EN, promo_en, "© 2024 Valley Herald. All rights reserved."),
        (BODY_VI, promo_vi, "© 2024 Báo Thung Lũng. Bản quyền thuộc về tòa soạn."),
    ):
        # two short paragraphs: too short to be the article's rest
        out = _classify([(body[0], True), (body[1], True)] + [(p, False) for p in promo])
        for p in promo:
            assert out[p][0] != "body", out[p]
        # long paragraphs, but a copyright line right after the main text ends the article
        rest = _long_paragraphs(body)
        lines = [(body[0], True), (body[1], True), (copyright_line, False)]
        out = _classify(lines + [(p, False) for p in rest])
        for p in rest:
            assert out[p][0] != "body", out[p]


def test_a_paragraph_that_starts_with_the_page_title_is_not_the_title():
    cases = (
        (BODY_EN, "Council approves tram extension", "CITY: The council voted on Tuesday"),
        (
            BODY_VI,
            "Hội đồng thành phố duyệt tuyến xe điện",
            "HÀ NỘI: Hội đồng đã bỏ phiếu hôm thứ Ba",
        ),
    )
    for body, title, lead in cases:
        glued = f"{title} {lead} {body[0]}"  # a teaser: headline and snippet in one block
        text = "\n".join([glued, title, *body])
        doc = Document(id="t", source="test.html", text=text, title=title)
        doc.blocks, _ = segment_text(text)
        classify_document(doc, CleanSettings(), in_main=[False, False, True, True, True, True])
        labels = {text[b.start : b.end]: b.label for b in doc.blocks}
        assert labels[title] == "title"
        assert labels[glued] != "title"
