"""A comment section's button that loads more of its comments ('Xem thêm
bình luận', 'See more comments', 'Load more comments', 'Voir plus de
commentaires', 'Ver más comentarios', '查看更多评论') is the thread's
navigation wherever it stands – opening with the related cue 'xem thêm',
'see more' or '看更多' it was taken for a list heading (related). A related
heading or an inline teaser with those words stays related."""

from __future__ import annotations

import pytest

from .helpers import BODY, classify_lines

THREAD_HEADING = {
    "vi": "Bình luận",
    "en": "Comments",
    "fr": "Commentaires",
    "es": "Comentarios",
    "zh": "网友评论",
}
COMMENT = {
    "vi": "Rất hay, cảm ơn tác giả đã viết bài này.",
    "en": "Great news, I hope they keep the old oak trees.",
    "fr": "Enfin une bonne nouvelle pour le quartier.",
    "es": "Por fin una buena noticia para el barrio.",
    "zh": "终于等到了，希望能早日完工。",
}


def _places(lang, line):
    b = BODY[lang]
    return {
        "end": [*b, line],
        "mid": [*b[:2], line, *b[2:]],
        "thread": [*b, THREAD_HEADING[lang], COMMENT[lang], line],
    }


@pytest.mark.parametrize(
    "lang,line",
    [
        ("vi", "Xem thêm bình luận"),
        ("vi", "Xem tất cả bình luận"),
        ("vi", "Tải thêm bình luận"),
        ("en", "See more comments"),
        ("en", "Load more comments"),
        ("fr", "Voir plus de commentaires"),
        ("es", "Ver más comentarios"),
        ("zh", "查看更多评论"),
        ("zh", "加载更多评论"),
        ("zh", "查看全部评论"),
    ],
)
def test_more_comments_button_is_navigation(lang, line):
    for where, lines in _places(lang, line).items():
        label, reasons = classify_lines(lines)[line]
        assert label == "navigation", (where, reasons)


@pytest.mark.parametrize(
    "lang,line",
    [
        ("vi", "Xem thêm"),
        ("vi", "Xem thêm: Công viên trung tâm mở cửa trở lại"),
        ("en", "See more"),
        ("zh", "查看更多"),
    ],
)
def test_more_related_headings_stay_related(lang, line):
    b = BODY[lang]
    label, reasons = classify_lines([*b, line])[line]
    assert label == "related", reasons
