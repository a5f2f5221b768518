"""A Korean word between spaces joins a stem and its particles or endings
('환영하면서도', 'welcoming it, but also'), so a plain Korean news sentence has
ten or eleven of them where English has eighteen: counted one unit each, such
sentences were too short for prose and the article's last paragraphs were
taken for the page's footer. Page written for this test."""

from __future__ import annotations

from newsline.clean.features import line_features
from tests.clean.helpers import BODY_KO as KO
from tests.clean.helpers import classify_lines


def test_a_short_korean_article_is_all_body():
    got = classify_lines(KO)
    for p in KO:
        assert got[p][0] == "body", (p, got[p])


def test_a_korean_sentence_counts_about_as_many_words_as_its_english():
    ko = line_features(0, KO[2])  # 10 words between spaces, 31 syllables
    en = line_features(
        0,
        "Residents welcomed the work but asked to be told in advance "
        "when the noisiest jobs would be done.",
    )
    assert abs(ko.units - en.units) <= 3, (ko.units, en.units)
    # a short Korean label stays short
    assert line_features(0, "관련기사").units <= 2
