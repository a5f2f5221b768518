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


def corpus_pages(folder) -> list[Document]:
    """The pages of a story corpus (benchmarks/data/stories/<set>: ``key:
    value`` header lines, a blank line, the body), ids the file stems, in
    publication order."""
    docs = []
    for f in sorted(folder.glob("*.txt")):
        head, _, body = f.read_text(encoding="utf-8").partition("\n\n")
        meta = dict(line.split(": ", 1) for line in head.splitlines() if ": " in line)
        docs.append(
            Document(
                id=f.stem,
                source=f.name,
                text=body.strip() + "\n",
                title=meta.get("title"),
                lang=meta.get("lang"),
                published=meta.get("published"),
            )
        )
    docs.sort(key=lambda d: (d.published or "", d.id))
    return docs


def story_lists(*batches: list[Document]) -> list[list[str]]:
    """The stories one stage makes of the documents fed as ``batches`` (one
    call each), each as its sorted document ids, sorted."""
    from collections import Counter

    from newsline.stories import ClusterStories

    stage = ClusterStories()
    for docs in batches:
        stage(list(docs), Counter())
    return sorted(sorted(s["documents"]) for s in stage.finalize()["stories"])
