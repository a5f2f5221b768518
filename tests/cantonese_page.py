"""A database holding a page written in Cantonese under a standard Chinese
headline, and a standard Chinese page, both as the langid stage notes them:
for the tests that the note (``zh`` with the variety ``yue``) reaches
``newsline show``, the exports and the web app."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from newsline.langid import IdentifyLanguages
from newsline.model import Document, make_doc_id
from newsline.store import Store
from tests.langid.helpers import line_blocks

# a market-street story in Hong Kong's written Cantonese; its headline is standard
YUE_PAGE = (
    "旺角商店減價 市民排隊\n"
    "佢哋話今日喺旺角有好多人排隊買嘢，因為啲商店減價，有市民話等咗三個鐘頭都未入到去。\n"
    "警方話會加派人手維持秩序，呼籲市民唔好推撞，有需要就搵當值警員幫手。\n"
)
ZH_PAGE = (
    "广州地铁新线明年开通\n"
    "广州市政府昨天宣布，新的地铁线路将于明年三月开通，全长三十二公里。\n"
    "市民表示期待新线路能缓解交通拥堵问题。\n"
)


def cantonese_store(path: str | Path) -> tuple[str, str]:
    """Write both pages, and a story ``s-zh`` of both, into a new database at
    ``path``; (Cantonese id, standard id)."""
    docs = []
    for source, text in (("hk/market.txt", YUE_PAGE), ("gz/metro.txt", ZH_PAGE)):
        docs.append(
            Document(
                id=make_doc_id(source, text), source=source, text=text, blocks=line_blocks(text)
            )
        )
    IdentifyLanguages()(docs, Counter())
    assert docs[0].meta.get("lang_variety") == "yue" and "yue_blocks" not in docs[1].meta
    store = Store(str(path))
    try:
        run = store.start_run([str(path)])
        store.write_batch(run, docs)
        store.finish_run(run, {"read": 2, "processed": 2})
        # one story of both, for the pages listing a story's documents
        store.write_corpus_tables(
            {
                "stories": [
                    {
                        "id": "s-zh",
                        "title": "two Chinese pages",
                        "languages": ["zh"],
                        "documents": [d.id for d in docs],
                    }
                ]
            }
        )
    finally:
        store.close()
    return docs[0].id, docs[1].id
