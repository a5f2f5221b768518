"""A site's copyright notice written as full sentences (invented lines):
long, ending with a full stop and full of function words, it looked like a
sentence of the article that names copyright, and was kept or swallowed by
the related list above it."""

from __future__ import annotations

import pytest

from .helpers import BODY, classify_lines, label_between


@pytest.mark.parametrize(
    "lang,line",
    [
        (
            "vi",
            (
                "Bản quyền thuộc về UBND huyện. Ghi rõ nguồn khi phát hành lại thông tin từ cổng "
                "thông tin này."
            ),
        ),
        (
            "es",
            (
                "Copyright © 2026 Diario del Valle. Queda prohibida la reproducción total o parcial de "
                "esta publicación sin permiso por escrito del editor."
            ),
        ),
    ],
)
def test_notice_in_sentences_is_footer(lang, line):
    b = BODY[lang]
    heading = {"vi": "Tin cùng chuyên mục", "es": "Más noticias"}[lang]
    for lines in ([*b, line], [*b, heading, "Titular de otra noticia del día", line]):
        out = classify_lines(lines)
        assert out[line][0] == "footer", out[line]


def test_a_sentence_naming_copyright_stays_body():
    line = (
        "Tòa án cho rằng bản quyền thuộc về nhạc sĩ, vì vậy công ty phải bồi thường và xin "
        "lỗi công khai trên báo."
    )
    got = label_between(BODY["vi"], line)
    assert got[0] == "body", got
