"""A blog's or shopping guide's affiliate disclosure (invented lines): the
publisher's notice that it earns from its links, not the article."""

from __future__ import annotations

import pytest

from .helpers import BODY, classify_lines, label_between


@pytest.mark.parametrize(
    "lang,line",
    [
        (
            "en",
            (
                "Disclosure: This post contains affiliate links. If you buy something through them, "
                "we may earn a small commission at no extra cost to you."
            ),
        ),
        ("en", "As an Amazon Associate we earn from qualifying purchases."),
        (
            "es",
            "Este artículo contiene enlaces de afiliados: si compras a través de ellos, podemos recibir una comisión.",
        ),
        ("fr", "Cet article contient des liens affiliés, sans surcoût pour vous."),
        (
            "vi",
            "Bài viết có chứa liên kết tiếp thị, chúng tôi có thể nhận được hoa hồng khi bạn mua hàng.",
        ),
    ],
)
def test_affiliate_disclosure_is_footer(lang, line):
    b = BODY[lang]
    for lines in ([*b, line], [line, *b]):
        out = classify_lines(lines)
        assert out[line][0] == "footer", out[line]
        assert all(out[p][0] == "body" for p in b), [out[p] for p in b]


def test_a_report_on_affiliate_marketing_stays_body():
    line = (
        "The regulator said bloggers who earn money from affiliate marketing must tell readers "
        "clearly and near the top of each post, and fined three influencers last year."
    )
    got = label_between(BODY["en"], line)
    assert got[0] == "body", got
