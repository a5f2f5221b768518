"""The editors' initials or the agency signing off wire copy after a short
closing sentence – a quote of one line after the last paragraph ('"Kami akan
memastikan warga tetap bisa beraktivitas," ujarnya.' then '(ryz/dwl)') – are
attribution: the sign-off was looked for only right after a paragraph long
enough for prose, so it was set aside as a short line after the article.
Pages written for this test in Indonesian, Spanish and French styles."""

from __future__ import annotations

import pytest

from tests.clean.helpers import BODY, classify_lines

CLOSERS = {
    "id": ('"Kami akan memastikan warga tetap bisa beraktivitas," ujarnya.', "(ryz/dwl)"),
    "es": ("«Vamos a garantizar el paso de los vecinos», afirmó el portavoz.", "(EFE)"),
    "fr": ("« Nous garantirons le passage des riverains », a-t-il assuré.", "mrc/jlp"),
}


@pytest.mark.parametrize("lang", sorted(CLOSERS))
def test_a_signoff_after_a_closing_quote_is_attribution(lang):
    quote, signoff = CLOSERS[lang]
    got = classify_lines([*BODY[lang], quote, signoff])
    assert got[quote][0] == "body", got[quote]
    assert got[signoff][0] == "attribution", got[signoff]
