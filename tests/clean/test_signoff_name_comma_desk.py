"""The writer's name closing an article with the post they file from after
a comma ("Daniel Okafor, correspondent in Lagos", "Lucía Ferrer,
corresponsal en Buenos Aires"), as after a dash ("Thu Hằng - Trung tâm
…"), is the byline: it was kept as a paragraph. Pages written for this
test in English, Spanish and Vietnamese. Near miss: a sentence that opens
on the same name and post and goes on is the article's."""

from __future__ import annotations

import pytest

from tests.clean.helpers import BODY, classify_lines

HEADLINES = {
    "en": "Park renovation to start next month",
    "es": "La reforma del parque central empezará el mes que viene",
    "vi": "Công viên trung tâm sẽ được cải tạo từ tháng tới",
}
SIGNOFFS = {
    "en": "Daniel Okafor, correspondent in Lagos",
    "es": "Lucía Ferrer, corresponsal en Buenos Aires",
    "vi": "Thu Hằng, Trung tâm VH-TT huyện Đông Anh",
}


@pytest.mark.parametrize("lang", sorted(SIGNOFFS))
def test_name_comma_post_closing_the_article_is_the_byline(lang):
    got = classify_lines([HEADLINES[lang], *BODY[lang], SIGNOFFS[lang]])
    assert got[SIGNOFFS[lang]][0] == "byline", got[SIGNOFFS[lang]]
    assert all(got[p][0] == "body" for p in BODY[lang]), [got[p] for p in BODY[lang]]


def test_a_sentence_opening_on_name_and_post_stays_the_articles():
    line = "Lucía Ferrer, corresponsal en Buenos Aires, confirmó la noticia a primera hora."
    got = classify_lines([HEADLINES["es"], *BODY["es"], line])
    assert got[line][0] == "body", got[line]
