"""A quoted Thai or Chinese phrase with a space between its words also finds
it written without one.

Thai and Chinese pages write words without spaces between them, but people
type one between the words they look for (and copy headlines from sites that
put one in). Before, ``"ญี่ปุ่น และนาโต"`` found nothing on a page saying
ญี่ปุ่นและนาโต, though the same words unquoted found it.
"""

from __future__ import annotations

import pytest

from newsline.web.search import parse_query, search


def ids_of(res):
    return [h.id for h in res.hits]


@pytest.mark.parametrize(
    ("query", "page"),
    [
        ('"ญี่ปุ่น และนาโต"', "th"),  # trigram index
        ('"日本 首相"', "zh"),
        ('"日本  与 北约"', "zh"),  # any run of spaces
        ('"日本 與 北約"', "zh"),  # and in the other script
        ('"北 约"', "zh"),  # two letters without the space: below the trigram index
    ],
)
def test_quoted_phrase_with_spaces_finds_it_unspaced(search_conn, web_db, query, page):
    _, ids = web_db
    res = search(search_conn, query)
    assert ids_of(res) == [ids[page]], query
    assert "<mark>" in res.hits[0].snippet_html + res.hits[0].title_html


def test_space_between_latin_and_unspaced_letters_is_kept():
    # only a gap between two Thai / Chinese letters is no word boundary
    (term,) = parse_query('"NATO 北约"')
    assert term.forms == ("NATO 北约", "NATO 北約")


def test_an_excluded_spaced_phrase_leaves_out_the_unspaced_page(search_conn, web_db):
    _, ids = web_db
    assert ids["zh"] not in ids_of(search(search_conn, '-"日本 首相"', limit=50))
