"""Shared test helpers for the stories tests."""

from __future__ import annotations

from newsline.model import Document


def mk(key: str, lang: str, story: dict, **kw) -> Document:
    """Document ``key-lang`` from ``story[lang] = (title, body)``."""
    title, body = story[lang]
    return Document(
        id=f"{key}-{lang}",
        source=f"{key}-{lang}.txt",
        text=title + "\n\n" + body,
        lang=lang,
        title=title,
        **kw,
    )


def page(key: str, lang: str, day: str, title: str, body: str) -> Document:
    """Web page ``key`` published on ``day``: its title, a blank line, its body."""
    return Document(
        id=key,
        source=key + ".html",
        text=title + "\n\n" + body,
        lang=lang,
        title=title,
        published=day,
    )
