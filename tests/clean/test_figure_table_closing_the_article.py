"""A table of figures closing the story (a match's statistics, a vote
count): a heading, then rows the reader writes with tabs, a label and two
figures or more ("Posesión\\t61%\\t39%"). With two figures only a row was
no "row of figures" (that took three), and a table right after the last
paragraph was read as a run of short headlines after the article
(related). A table that starts right after the article's last paragraph is
the story's own; a list of other stories after it stays related.

Pages written for this test (es, id text dumps)."""

from __future__ import annotations

from .helpers import BODY, classify_lines


def _match_report(lang, heading, rows, after):
    b = BODY[lang]
    return [b[0], b[1], b[2], b[3], heading, *rows, *after]


def test_a_statistics_table_closing_the_report_is_body():
    rows = ["Posesión\t61%\t39%", "Remates\t15\t7", "Remates al arco\t6\t2", "Córners\t8\t3"]
    lines = _match_report(
        "es",
        "Estadísticas del partido",
        rows,
        ["Más noticias", "El Deportivo ficha a un delantero uruguayo", "Calendario de la fecha 12"],
    )
    got = classify_lines(lines)
    for line in ["Estadísticas del partido", *rows]:
        assert got[line][0] == "body", (line, got[line])
    assert got["El Deportivo ficha a un delantero uruguayo"][0] != "body"


def test_a_vote_count_closing_the_story_is_body():
    rows = ["Paslon 1\t48.210\t41,2%", "Paslon 2\t52.877\t45,1%", "Paslon 3\t16.034\t13,7%"]
    lines = _match_report("id", "Hasil rekapitulasi suara", rows, [])
    got = classify_lines(lines)
    for line in rows:
        assert got[line][0] == "body", (line, got[line])


def test_tab_rows_of_words_are_no_figures():
    rows = ["Lunes\tMercado\tCerrado", "Martes\tMercado\tAbierto", "Miércoles\tFeria\tAbierto"]
    lines = _match_report("es", "Horarios", rows, [])
    got = classify_lines(lines)
    assert not all(got[line][0] == "body" for line in rows)
