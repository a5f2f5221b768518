"""Show a document's blocks with label, language and reasons (``newsline show``).

Kept blocks print normally; set-aside blocks print dimmed and struck through,
so a reader sees at once what newsline kept and why the rest was set aside.

This module must never modify the document.
"""

from __future__ import annotations

from typing import Any

from ..model import KEPT_LABELS, Block, Document, lang_with_variety

_LABEL_STYLE = {
    "body": "green",
    "title": "bold green",
    "byline": "cyan",
    "caption": "cyan",
    "dateline": "cyan",
    "attribution": "cyan",
    "metadata": "blue",
    "navigation": "yellow",
    "related": "yellow",
    "footer": "magenta",
    "spam": "bold red",
    "foreign": "bright_blue",
}


def _lang(doc: Document, block: Block) -> str:
    """The block's language, "zh/yue" for a block noted as written Cantonese."""
    return lang_with_variety(block.lang, doc.block_variety(block))


# Past this many blocks a page is shown as styled lines, not a table: rich
# lays a table out cell by cell (~2 ms a row), so a 20,000-block page (a
# forum thread, a live page) took 45 s to print; lines print in about a second.
TABLE_MAX_BLOCKS = 1_000


def render_blocks(doc: Document, width: int = 100) -> Any:
    """A rich renderable of the document's blocks: a Table, or for a page of
    more than TABLE_MAX_BLOCKS blocks the same columns as styled lines."""
    from rich.table import Table
    from rich.text import Text

    title = doc.title or doc.source or doc.id
    kept = len(doc.kept_blocks())
    if len(doc.blocks) > TABLE_MAX_BLOCKS:
        return _block_lines(doc, Text(f"{title}  [{kept}/{len(doc.blocks)} blocks kept]"))
    table = Table(
        title=Text(f"{title}  [{kept}/{len(doc.blocks)} blocks kept]"),
        show_lines=False,
        expand=True,
    )
    table.add_column("#", justify="right", style="dim", no_wrap=True)
    table.add_column("label", no_wrap=True)
    table.add_column("lang", no_wrap=True)
    table.add_column("text", ratio=3)
    table.add_column("why", ratio=2, style="italic")
    for i, b in enumerate(doc.blocks):
        text = doc.text[b.start : b.end]
        if len(text) > 400:
            text = text[:400] + " …"
        style = "" if b.label in KEPT_LABELS else "dim strike"
        table.add_row(
            str(i),
            Text(b.label, style=_LABEL_STYLE.get(b.label, "")),
            Text(_lang(doc, b)),
            Text(text, style=style),
            Text("; ".join(b.reasons)),
        )
    return table


def _block_lines(doc: Document, title: Any) -> Any:
    """A long page's blocks, one styled line each (number, label, language,
    text cut at 160 characters) and its reasons on the next, as
    render_blocks_text prints them."""
    from rich.console import Group
    from rich.text import Text

    lines: list[Any] = [title]
    for i, b in enumerate(doc.blocks):
        text = doc.text[b.start : b.end].replace("\n", " ")[:160]
        line = Text(f"{i:>5} ", style="dim")
        line.append(f"{b.label:<11} ", style=_LABEL_STYLE.get(b.label, ""))
        line.append(f"{_lang(doc, b) or '-':<3} ")
        line.append(text, style="" if b.label in KEPT_LABELS else "dim strike")
        lines.append(line)
        if b.reasons:
            lines.append(Text(f"{'':>21}<- {'; '.join(b.reasons)}", style="italic"))
    return Group(*lines)


def render_blocks_text(doc: Document) -> str:
    """The same as plain text (for pipes and tests)."""
    out = []
    for i, b in enumerate(doc.blocks):
        mark = " " if b.label in KEPT_LABELS else "~"
        text = doc.text[b.start : b.end].replace("\n", " ")
        out.append(f"{i:>4} {mark} {b.label:<11} {_lang(doc, b) or '-':<3} {text[:160]}")
        if b.reasons:
            out.append(f"{'':>19}  <- {'; '.join(b.reasons)}")
    return "\n".join(out)
