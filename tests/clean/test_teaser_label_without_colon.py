"""Where words are spaced, a page often prints a teaser's label in a box of
its own and the linked headline after it; flattened, the line reads "À lire
aussi Lanester : la circulation …", "Lee también El Gobierno …", with no
colon. Only a colon (or brackets, an arrow, capitals) made the label a
teaser's, so near the article's end such a line was "a promotion or contact
line" (navigation) and elsewhere a subheading. A label of
INLINE_TEASER_LEADS followed by a headline opening on a capital, three words
or more and no full stop, is now an inline teaser link (related). Lines
written for this test in other sites' styles; a sentence that goes on in
lower case ("Xem thêm thông tin về …", "Lire aussi le rapport …") stays
body."""

from __future__ import annotations

import pytest

from tests.clean.helpers import BODY, label_between, label_closing


@pytest.mark.parametrize(
    "lang,line",
    [
        ("fr", "Lire aussi Quimper : un nouveau parking relais ouvre en mars"),
        ("es", "Lee también El Gobierno anuncia un plan de vivienda para jóvenes"),
        ("vi", "Xem thêm Giá xăng hôm nay tăng mạnh sau kỳ điều chỉnh"),
    ],
)
def test_a_label_and_its_headline_is_a_teaser(lang, line):
    for label, reasons in (label_closing(BODY[lang], line), label_between(BODY[lang], line)):
        assert label == "related", reasons
        assert reasons[0].startswith("inline teaser link"), reasons


@pytest.mark.parametrize(
    "lang,line",
    [
        ("vi", "Xem thêm thông tin về kế hoạch tại trang của ủy ban."),
        ("fr", "Lire aussi le rapport de la Cour des comptes, publié en mars, qui pointe les retards."),
    ],
)
def test_a_sentence_going_on_in_lower_case_stays_body(lang, line):
    label, reasons = label_between(BODY[lang], line)
    assert label == "body", reasons
