"""The story page's header says which sites tell the story and how many
events its timeline has (it gave only "N documents from M sites", the sites
unnamed and the events uncounted), and the counts over the stories list
read as words ("1 story", "1 run": it said "1 stories", "1 runs").
Failed at 20f94bdf."""

from __future__ import annotations

import html
import re

from newsline.web.app import counted


def _text(page: str) -> str:
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", page)))


def test_story_header_names_its_sites_and_counts_its_events(web_client):
    sid = web_client.get("/api/stories").json()["stories"][0]["id"]
    story = web_client.get(f"/api/stories/{sid}").json()
    header = _text(web_client.get(f"/stories/{sid}").text.split("<h2>Timeline</h2>")[0])
    assert story["sites"] and all(site in header for site in story["sites"]), header
    n = len(story["events"])
    noun = "merged event" if story["events_from"] == "merged" else "dated sentence"
    assert counted(n, noun) in header, header


def test_story_list_counts_read_as_words(web_client):
    text = _text(web_client.get("/").text)
    stories = web_client.get("/api/stories").json()["total"]
    assert counted(stories, "story", "stories") in text
    assert not re.search(r"\b1 (stories|runs|documents)\b", text), text


def test_counted_takes_an_irregular_plural():
    assert counted(1, "story", "stories") == "1 story"
    assert counted(2, "story", "stories") == "2 stories"
    assert counted(0, "story", "stories") == "0 stories"
