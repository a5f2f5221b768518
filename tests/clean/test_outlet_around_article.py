"""A portal carrying another outlet's story prints the outlet's name above
the article and again under it ("神奈川新聞" over the headline and after the
last paragraph, as Japanese and Korean news portals do): the name is the
story's source (attribution), not a headline or menu item repeated in the
page. Pages written for this test in a Japanese, a Korean and an English
news portal's styles; a menu's section printed at the top and the bottom
stays navigation."""

from __future__ import annotations

import pytest

from tests.clean.helpers import BODY, classify_lines

PAGES = [
    ("ja", "神奈川新聞", "中央公園の改修、来月着工", "3/12(木) 10:24配信"),
    ("ko", "부산일보", "서울시 공원 리모델링 시작", "2026.03.12 10:24"),
    ("en", "Harbour Evening News", "Park renovation to start next month", "12 March 2026"),
]


@pytest.mark.parametrize(("lang", "outlet", "head", "stamp"), PAGES)
def test_the_outlet_above_and_below_the_article_is_its_source(lang, outlet, head, stamp):
    lines = [outlet, head, stamp, *BODY[lang], outlet, "Copyright © 2026"]
    text = "\n".join(lines)
    got = classify_lines(lines)
    assert got[outlet][0] == "attribution", got[outlet]
    assert got[head][0] == "title", got[head]
    assert text.count(outlet) == 2


@pytest.mark.parametrize("menu", ["News", "뉴스", "Home"])
def test_a_menu_section_top_and_bottom_stays_navigation(menu):
    lines = [menu, "Park renovation to start next month", *BODY["en"], menu]
    got = classify_lines(lines)
    assert got[menu][0] == "navigation", got[menu]
