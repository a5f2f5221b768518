"""A machine-made notice whose subject is a head noun before the page's name
("The content of this article was generated ...", "Nội dung bài viết do AI
viết"), and Vietnamese "made / written by artificial intelligence" with its
verb. Pages written for this file; each positive failed at 8500704."""

from __future__ import annotations

import pytest

from tests.flags.helpers import flagged, kinds

BODY = {
    "en": "The ferry to the islands will run an extra evening crossing on weekends from "
    "June, the operator said on Tuesday.",
    "vi": "Tuyến phà ra đảo sẽ có thêm chuyến tối vào cuối tuần từ tháng Sáu, đơn vị khai "
    "thác cho biết hôm thứ Ba.",
    "es": "El transbordador a las islas tendrá una salida más por la tarde los fines de "
    "semana a partir de junio, según la naviera.",
}


@pytest.mark.parametrize(
    "lang, notice",
    [
        ("en", "The content of this article was generated automatically from agency wires."),
        ("vi", "Toàn bộ nội dung bài viết do trí tuệ nhân tạo viết từ các nguồn công khai."),
        ("vi", "Bài này do AI viết, chỉ mang tính tham khảo."),
        ("es", "El contenido de esta noticia fue generado automáticamente."),
    ],
)
def test_a_notice_with_a_head_noun_before_the_page(lang, notice):
    doc = flagged(f"{BODY[lang]}\n{notice}\n")
    farm = kinds(doc, "content_farm", signal="machine_made_notice")
    assert len(farm) == 1, [f.reason for f in doc.flags]


@pytest.mark.parametrize(
    "lang, line",
    [
        # someone else speaking of an article: not a head noun of the page's name
        ("en", "Researchers say this article was generated automatically by a rival site."),
        # "do" is also "because of": no verb of making after it
        (
            "vi",
            "Bài viết phân tích vì sao nhiều người lo mất việc do trí tuệ nhân tạo trong "
            "mười năm tới.",
        ),
        # a newsroom's disclosure of a check by its editors
        (
            "vi",
            "Nội dung bài viết do trí tuệ nhân tạo tạo ra và đã được biên tập viên kiểm duyệt.",
        ),
    ],
)
def test_lines_that_are_not_such_a_notice(lang, line):
    doc = flagged(f"{BODY[lang]}\n{line}\n")
    assert not kinds(doc, "content_farm"), [f.reason for f in doc.flags]
