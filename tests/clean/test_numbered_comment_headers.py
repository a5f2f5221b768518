"""A forum's or a blog's header over each reader's comment ("ความคิดเห็นที่
1", "Comentario nº 1", "Bình luận số 1") opens the readers' thread under the
article, with the comment's text right under it; a forum's list of related
threads ("กระทู้ที่เกี่ยวข้อง", "Temas relacionados", "Chủ đề liên quan") ends
it. The header carried the comment's number, so it was no comments heading,
and the replies were kept as the article's paragraphs (a poster's member
number as a subheading), the related thread as the article's last line.
Pages written for this test in the style of a Thai web board repost, a
Spanish paper's comments and a Vietnamese forum."""

from __future__ import annotations

import pytest

from tests.clean.helpers import BODY, classify_lines

THREADS = {
    "th": (
        [
            "ความคิดเห็นที่ 1",
            "ดีครับ รอมานานแล้ว อยากให้มีที่วิ่งออกกำลังกายเพิ่มด้วย",
            "สมาชิกหมายเลข 1234567",
            "ความคิดเห็นที่ 2",
            "หวังว่าจะไม่ปิดนานเกินไปนะคะ ทุกเย็นพาลูกไปเล่นที่นี่ประจำ",
            "สมาชิกหมายเลข 7654321",
        ],
        ["กระทู้ที่เกี่ยวข้อง", "ชาวบ้านร้องเรียนเสียงดังจากไซต์ก่อสร้างกลางเมือง"],
    ),
    "es": (
        [
            "Comentario nº 1",
            "Por fin, llevamos años esperando sombra en esos caminos durante el verano.",
            "vecina_del_parque",
            "Comentario nº 2",
            "Ojalá dejen abierta al menos una puerta mientras duren las obras, mis hijos juegan allí a diario.",
            "J. Martínez",
        ],
        [
            "Temas relacionados",
            "Los vecinos se quejan del ruido de las obras en el centro de la ciudad",
        ],
    ),
    "vi": (
        [
            "Bình luận số 1",
            "Tốt quá, chờ mãi mới thấy thành phố cải tạo công viên này cho bà con.",
            "thanhhuong88",
            "Bình luận số 2",
            "Mong là không đóng cửa quá lâu, chiều nào tôi cũng đưa con ra đây chơi.",
            "minhtuan_hn",
        ],
        ["Chủ đề liên quan", "Người dân phản ánh tiếng ồn từ công trường giữa thành phố"],
    ),
}


@pytest.mark.parametrize("lang", sorted(THREADS))
def test_numbered_comments_are_the_thread(lang):
    thread, related = THREADS[lang]
    got = classify_lines([*BODY[lang], *thread, *related])
    assert all(got[p][0] == "body" for p in BODY[lang]), [got[p] for p in BODY[lang]]
    assert all(got[t][0] == "navigation" for t in thread), [got[t] for t in thread]
    assert all(got[t][0] == "related" for t in related), [got[t] for t in related]


def test_a_number_in_a_sentence_after_the_cue_is_no_header():
    # a subheading naming comments and a figure with words after it
    line = "Comentario 2 del informe municipal"
    got = classify_lines([*BODY["es"][:2], line, *BODY["es"][2:]])
    assert all(got[p][0] == "body" for p in BODY["es"]), [got[p] for p in BODY["es"]]
    assert got[line][0] != "navigation" or "comment thread" not in got[line][1][0], got[line]
