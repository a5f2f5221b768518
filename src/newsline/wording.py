"""How counts are written for readers: "1 document", "3 documents".

One implementation for the CLI, the timeline's renderings, the readers'
messages and the web pages."""

from __future__ import annotations


def counted(n: int | None, noun: str, plural: str | None = None) -> str:
    """ "1 document", "2 documents": a count with its noun in the right number;
    ``plural`` where adding "s" is wrong ("story", "stories"). No count
    (None) is 0."""
    n = n or 0
    return f"{n} {noun if n == 1 else plural or noun + 's'}"
