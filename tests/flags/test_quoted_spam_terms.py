"""A short line whose only spam word stands in quotation marks names a term
it is about (a related headline 'Un Démocrate coupable de «revenge porn» élu
au Kansas', '"Casino" is the word of the year'), not something it sells.
The same word outside quotation marks is still a keyword line. Lines
written for this file; the negatives were flagged before the fix (the
French one is modelled on a sidebar headline of a real scraped page)."""

from __future__ import annotations

import pytest

from tests.flags.helpers import flagged, kinds, span

FR = (
    "La Syrie rejette le plan de paix de la Ligue arabe\n"
    "Le gouvernement syrien a rejeté dimanche le plan de sortie de crise proposé par la Ligue "
    "arabe, jugeant qu'il portait atteinte à la souveraineté du pays.\n"
    "{line}\n"
    "Les ministres arabes des Affaires étrangères doivent se réunir à nouveau la semaine "
    "prochaine au Caire pour examiner la réponse de Damas.\n"
)
EN = (
    "Dictionary names its word of the year\n"
    "The dictionary's editors said on Monday that searches for the word had risen fivefold "
    "since January, driven by a debate over new gambling laws.\n"
    "{line}\n"
    "Last year's winner was a term from climate science, the editors said.\n"
)


@pytest.mark.parametrize(
    "page, line",
    [
        (FR, "Un Démocrate coupable de «revenge porn» élu au Kansas"),
        (EN, '"Casino" beats "ceasefire" to word of the year'),
    ],
)
def test_a_spam_word_in_quotation_marks_is_a_term_not_an_advert(page, line):
    doc = flagged(page.format(line=line))
    assert kinds(doc, "spam") == [], [f.reason for f in doc.flags]


@pytest.mark.parametrize(
    "page, line",
    [
        (FR, "Vidéos porn gratuites en HD ici"),
        (EN, "Best casino bonus today, free"),
    ],
)
def test_the_same_word_outside_quotation_marks_is_still_a_keyword_line(page, line):
    doc = flagged(page.format(line=line))
    assert [span(doc, f) for f in kinds(doc, "spam")] == [line], [f.reason for f in doc.flags]
