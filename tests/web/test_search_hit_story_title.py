"""A search hit names its story by title ("story Japan and NATO move
closer"), where the page linked the bare word
"story" on every hit: a researcher could not tell hits of different stories
apart without opening each. A hostile title stays escaped. Failed at 20f94bdf."""

from __future__ import annotations

import re


def _story_links(page: str) -> list[str]:
    return re.findall(r'<a href="/stories/[^"]+">([^<]*)</a>', page)


def test_a_hit_links_its_story_by_title(web_client):
    page = web_client.get("/search", params={"q": "NATO"}).text
    links = _story_links(page)
    assert "Japan and NATO move closer" in links, links
    assert "story" not in links


def test_a_hostile_story_title_is_escaped_in_a_hit(web_client):
    page = web_client.get("/search", params={"q": "hostile"}).text
    assert "<script>window.__pwned" not in page
    assert any(link.startswith("&lt;script&gt;") for link in _story_links(page)), _story_links(page)
