"""A note that the article was made with a partner ('This story was produced
in partnership with …', 'Cet article a été réalisé en partenariat avec …',
'Dieser Artikel entstand in Kooperation mit …') credits where the text comes
from, like a note that it ran first elsewhere: it was kept as article text.
Pages written for this test."""

from __future__ import annotations

import pytest

from tests.clean.helpers import BODY as BODY0
from tests.clean.helpers import BODY as BODY1
from tests.clean.helpers import classify_lines, label_closing

BODY = {**BODY0, **BODY1}


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("en", "This story was produced in partnership with the Local News Trust."),
        ("es", "Este artículo fue elaborado en colaboración con la Fundación Ciudad."),
        ("fr", "Cet article a été réalisé en partenariat avec la Fondation Ville."),
        ("pt", "Esta reportagem foi produzida em parceria com o Instituto Cidade."),
        ("de", "Dieser Artikel entstand in Kooperation mit der Stiftung Stadt."),
    ],
)
def test_a_note_that_the_article_was_made_with_a_partner_is_attribution(lang, line):
    got = label_closing(BODY[lang], line)
    assert got[0] == "attribution", got


def test_a_scheme_run_in_partnership_stays_body():
    b = BODY["en"]
    line = "The council said the scheme was run in partnership with the health board."
    got = classify_lines([b[0], b[1], line, b[2], b[3]])
    assert got[line][0] == "body", got[line]
