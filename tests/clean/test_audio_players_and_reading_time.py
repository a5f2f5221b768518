"""An article's audio-player button ('Escuchar este artículo', 'Artikel
anhören', 'Ouvir este artigo', 'Dengarkan artikel ini', 'Слушать статью',
'Nghe bài viết'), its reading time ('Waktu baca 3 menit', 'Tempo de leitura'
/ 'Время чтения' / 'Thời gian đọc') and a Portuguese 'Siga o canal' prompt
were kept as subheadings inside the body: the tables held such phrases in
English and French only. Pages written for this test."""

from __future__ import annotations

import pytest

from tests.clean.helpers import BODY as BODY0
from tests.clean.helpers import BODY as BODY1
from tests.clean.helpers import classify_lines

BODY = {**BODY0, **BODY1}


@pytest.mark.parametrize(
    ("lang", "line", "label"),
    [
        ("es", "Escuchar este artículo", "navigation"),
        ("de", "Artikel anhören", "navigation"),
        ("pt", "Ouvir este artigo", "navigation"),
        ("id", "Dengarkan artikel ini", "navigation"),
        ("ru", "Слушать статью", "navigation"),
        ("vi", "Nghe bài viết", "navigation"),
        ("pt", "Siga o canal no WhatsApp", "navigation"),
        ("id", "Waktu baca 3 menit", "metadata"),
        ("de", "Lesedauer: 4 Minuten", "metadata"),
    ],
)
def test_article_tools_above_the_text_are_no_subheadings(lang, line, label):
    b = BODY[lang]
    got = classify_lines([b[0], b[1], line, b[2], b[3]])
    assert got[line][0] == label, got[line]
    assert all(got[p][0] == "body" for p in b), [got[p] for p in b]
