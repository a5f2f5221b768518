"""``newsline show`` on a page of thousands of blocks (a forum thread, a live
page): rich laid the blocks table out cell by cell, ~2 ms a row, so a
20,000-block page took 45 s to print. Past TABLE_MAX_BLOCKS the blocks are
styled lines with the same columns; a page under it keeps the table."""

from __future__ import annotations

import io

from rich.console import Console, Group
from rich.table import Table

from newsline.clean.render import TABLE_MAX_BLOCKS, render_blocks
from newsline.model import Block, Document


def _page(n: int) -> Document:
    lines = [f"Comment {i}: the bridge reopened on Monday, readers said." for i in range(n)]
    text = "\n".join(lines)
    blocks, pos = [], 0
    for i, line in enumerate(lines):
        label = "body" if i % 3 else "navigation"
        reasons = [] if i % 3 else ["short menu-like line"]
        blocks.append(Block(pos, pos + len(line), label, "en", reasons))
        pos += len(line) + 1
    return Document(id="d", source="thread.html", text=text, blocks=blocks)


def _printed(renderable) -> str:
    out = io.StringIO()
    Console(file=out, width=160, color_system=None).print(renderable)
    return out.getvalue()


def test_a_long_page_prints_every_block_as_a_line():
    doc = _page(TABLE_MAX_BLOCKS + 500)
    shown = render_blocks(doc)
    assert isinstance(shown, Group) and not isinstance(shown, Table)
    printed = _printed(shown)
    assert f"[{len(doc.kept_blocks())}/{len(doc.blocks)} blocks kept]" in printed
    for i in (0, 1, TABLE_MAX_BLOCKS + 499):
        b = doc.blocks[i]
        line = next(ln for ln in printed.splitlines() if ln.lstrip().startswith(f"{i} "))
        assert b.label in line and "en" in line and f"Comment {i}:" in line
    assert printed.count("<- short menu-like line") == sum(1 for b in doc.blocks if b.reasons)


def test_a_page_of_ordinary_length_keeps_the_table():
    assert isinstance(render_blocks(_page(40)), Table)
