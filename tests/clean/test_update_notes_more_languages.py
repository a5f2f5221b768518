"""A note that the text was updated or corrected, in Portuguese, German,
Indonesian, Russian and Vietnamese ('Artikel ini telah diperbarui pada pukul
15.30 WIB', 'Материал дополнен в 15:30', 'Bài viết đã được cập nhật lúc
15h30') and English 'This article has been updated with …': the table of
such notes held English, Spanish and French only, so they were kept as
article text (or set aside as the footer). Pages written for this test."""

from __future__ import annotations

import pytest

from tests.clean.helpers import BODY as BODY0
from tests.clean.helpers import BODY as BODY1
from tests.clean.helpers import label_between, label_closing

BODY = {**BODY0, **BODY1}


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("en", "This article has been updated with comment from the council."),
        ("pt", "Este texto foi atualizado às 15h30 com a resposta da prefeitura."),
        ("de", "Dieser Artikel wurde aktualisiert und um eine Stellungnahme der Stadt ergänzt."),
        ("id", "Artikel ini telah diperbarui pada pukul 15.30 WIB."),
        ("ru", "Материал дополнен в 15:30 комментарием мэрии."),
        ("vi", "Bài viết đã được cập nhật lúc 15h30."),
    ],
)
def test_a_note_that_the_text_was_updated_is_metadata(lang, line):
    got = label_closing(BODY[lang], line)
    assert got[0] == "metadata", got


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        # the words inside a sentence of the report, not opening a note
        ("id", "Menurut dinas, data penerima bantuan artikel ini telah diperbarui pekan lalu."),
        ("ru", "Как сообщили в мэрии, материал дополнен новыми данными о стоимости работ."),
    ],
)
def test_the_words_inside_a_sentence_stay_body(lang, line):
    got = label_between(BODY[lang], line)
    assert got[0] == "body", got
