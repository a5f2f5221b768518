"""An NITF wire's subtitle (<hl2>) and dateline (<dateline>) were lines of the
text like any other: the cleaner, reading their shape alone, set the short
subtitle ("Eight kilometres, three bridges") and the dateline aside as
menu-like lines before the article (navigation). The reader now says what
it knows: ``meta["line_roles"]`` lists the lines by role, and the cleaner
keeps the subtitle (body) and labels the dateline. A wire written for this
test in a Slovenian agency's English service style; a file without the
elements names no roles, and a role never overrides a byline."""

from __future__ import annotations

from newsline.model import Document
from newsline.readers import read_path
from newsline.settings import Settings
from tests.clean.helpers import classify_page

S = Settings()

NITF = """<?xml version="1.0" encoding="UTF-8"?>
<nitf version="-//IPTC//DTD NITF 3.6//EN">
  <head>
    <title>City opens riverside cycle path after two years of work</title>
    <docdata><doc-id id-string="W-0412"/><date.issue norm="20240412T083000+0200"/></docdata>
  </head>
  <body>
    <body.head>
      <hedline><hl1>City opens riverside cycle path after two years of work</hl1>{hl2}</hedline>
      <byline>By <person>Marta Novak</person></byline>
      <dateline><location>Ljubljana</location>, <story.date norm="20240412">April 12</story.date></dateline>
    </body.head>
    <body.content>
      <p>The city opened an eight-kilometre cycle path along the river on Friday, linking the old town with two suburbs to the north.</p>
      <p>The route crosses the river on three new bridges and cost about 14 million euros, most of it paid by European funds.</p>
      <p>Cycling groups welcomed the path but said crossings at two busy junctions were still dangerous for children.</p>
      <p>The mayor said traffic lights at both junctions would be changed before the summer holidays.</p>
    </body.content>
  </body>
</nitf>
"""
HL2 = "<hl2>Eight kilometres, three bridges</hl2>"


def _labels(doc: Document) -> dict[str, tuple[str, list[str]]]:
    return {doc.text[b.start : b.end]: (b.label, b.reasons) for b in doc.blocks}


def test_the_reader_names_the_subtitle_and_the_dateline(tmp_path):
    path = tmp_path / "w-0412.xml"
    path.write_text(NITF.format(hl2=HL2), encoding="utf-8")
    (doc,) = read_path(str(path), S)
    assert doc.meta["line_roles"] == {
        "subtitle": ["Eight kilometres, three bridges"],
        "dateline": ["Ljubljana, April 12"],
    }


def test_the_subtitle_is_kept_and_the_dateline_labelled(tmp_path):
    path = tmp_path / "w-0412.xml"
    path.write_text(NITF.format(hl2=HL2), encoding="utf-8")
    got = _labels(classify_page(path))
    assert got["Eight kilometres, three bridges"][0] == "body", got
    assert got["Ljubljana, April 12"][0] == "dateline", got
    assert got["By Marta Novak"][0] == "byline", got
    assert got["City opens riverside cycle path after two years of work"][0] == "title", got


def test_without_a_subtitle_no_subtitle_role(tmp_path):
    path = tmp_path / "w-0413.xml"
    path.write_text(NITF.format(hl2=""), encoding="utf-8")
    (doc,) = read_path(str(path), S)
    assert "subtitle" not in doc.meta.get("line_roles", {})


def test_a_role_does_not_override_a_byline(tmp_path):
    # a CMS export that puts the writer inside its <dateline>
    path = tmp_path / "w-0414.xml"
    xml = NITF.format(hl2=HL2).replace(
        "<dateline><location>Ljubljana</location>, "
        '<story.date norm="20240412">April 12</story.date></dateline>',
        "<dateline>By Marta Novak</dateline>",
    ).replace("<byline>By <person>Marta Novak</person></byline>", "")
    path.write_text(xml, encoding="utf-8")
    got = _labels(classify_page(path))
    assert got["By Marta Novak"][0] == "byline", got
