"""Shared helpers for the language-ID tests."""

from __future__ import annotations

from newsline.model import Block


def line_blocks(text: str) -> list[Block]:
    """One block per non-blank line (stand-in for the segmenter)."""
    out, pos = [], 0
    for line in text.splitlines(keepends=True):
        if line.strip():
            a = pos + len(line) - len(line.lstrip())
            out.append(Block(a, pos + len(line.rstrip())))
        pos += len(line)
    return out


def lang_on_page(line: str, body: str) -> str | None:
    """The language the stage gives ``line`` between two paragraphs ``body``
    (the page it sits on)."""
    from collections import Counter

    from newsline.langid.stage import IdentifyLanguages
    from newsline.model import Document

    text = f"{body}\n{line}\n{body}\n"
    doc = Document(id="t", source="t", text=text, blocks=line_blocks(text))
    IdentifyLanguages()([doc], Counter())
    (block,) = [b for b in doc.blocks if text[b.start : b.end] == line]
    return block.lang


def lang_alone(line: str) -> str | None:
    """The language the stage gives ``line`` as a page of its own (one block)."""
    from collections import Counter

    from newsline.langid.stage import IdentifyLanguages
    from newsline.model import Document

    doc = Document(id="t", source="t", text=line, blocks=[Block(0, len(line))])
    IdentifyLanguages()([doc], Counter())
    return doc.blocks[0].lang
