"""A line of names (a third of its words or more capitalised, three
lower-case words or more) is read by the model without its names, runs of
two capitalised words or more (a short first word, an article such as "El",
"Le", stays): names keep their own language's letters, and the model read
"Olaf Scholz and Friedrich Merz trade barbs over the budget" as German and
"Bill Gates y Warren Buffett donan ..." as English. When the rest alone
leaves the model hesitating between neighbours (Indonesian and Malay), the
whole line decides. A name of one word stays ("... as Benfica thrash
Porto" still reads as Spanish), and so does a line whose few words the
model cannot tell ("... and Giorgia Meloni sign a migration pact": French
and English alike). Lines written for this test."""

from __future__ import annotations

import pytest

from newsline.langid.detect import _own_words_of_names_line, detect_language
from newsline.langid.vietnamese import latin_words

# each read as its names' language before
NAMES_LINES = [
    ("en", "Olaf Scholz and Friedrich Merz trade barbs over the budget"),
    ("en", "Andrés Manuel López Obrador criticises the new tariffs"),
    ("es", "Bill Gates y Warren Buffett donan parte de su fortuna"),
    ("fr", "Joko Widodo et Prabowo Subianto se rencontrent à Jakarta"),
]


@pytest.mark.parametrize("lang,line", NAMES_LINES)
def test_a_line_of_names_reads_as_its_own_words(lang, line):
    assert detect_language(line) == lang


# lines of names whose own language was already right, neighbours whose
# capitalised words tell them apart, and lines that are no line of names
KEPT = [
    ("en", "Pedro Sánchez and António Costa discuss the new rail link"),
    ("en", "Volodymyr Zelensky meets Pedro Sánchez and Mark Rutte in Madrid"),
    ("en", "Taylor Swift announces extra dates in São Paulo and Rio de Janeiro"),
    ("de", "Emmanuel Macron und Pedro Sánchez treffen sich in Brüssel"),
    ("id", "Presiden Joko Widodo meninjau banjir di Kabupaten Bekasi"),
    ("ms", "Perdana Menteri Anwar Ibrahim melawat mangsa banjir di Kelantan"),
    ("es", "El Real Madrid y el Atlético de Madrid empatan en el derbi"),
    ("fr", "Le Premier ministre reçoit Olaf Scholz à Matignon"),
    ("pt", "O presidente Lula recebe Emmanuel Macron em Brasília"),
    ("vi", "Ong Nguyen Van Binh tham Nhat Ban va Han Quoc"),
]


@pytest.mark.parametrize("lang,line", KEPT)
def test_other_lines_keep_their_language(lang, line):
    assert detect_language(line) == lang


def test_which_words_the_model_reads():
    def own(line):
        return _own_words_of_names_line(line, latin_words(line))

    assert own("Olaf Scholz and Friedrich Merz trade barbs") == "and trade barbs"
    assert (
        own("El Real Madrid y el Atlético de Madrid empatan en el derbi")
        == "El y el Atlético de Madrid empatan en el derbi"
    )
    # a capitalised word alone stays: a German noun, a month, a one-word name
    line = "Der Landtag hat das Gesetz nach langer Debatte aufgehoben"
    assert own(line) == "Der hat das Gesetz nach langer Debatte aufgehoben"
    # two lower-case words, one of a letter: too few to read alone
    line = "Real Madrid's Vinícius wins Ballon d'Or"
    assert own(line) == line
    # no run of capitalised words: the line as it is
    line = "La ministra visitó Lyon y luego Berlín con el Presidente"
    assert own(line) == line
    # a sentence with few capitals is read whole
    line = "The minister said the plan would help farmers in Hue"
    assert own(line) == line
