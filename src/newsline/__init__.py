"""newsline: clean, deduplicated, cited knowledge from scraped multilingual news.

The Python API in one screen::

    from newsline import run_corpus, Store, Settings
    result = run_corpus(["pages/"], "news.db", settings=Settings(workers=2))
    print(result.report.to_dict())
    with Store("news.db") as store:
        for doc in store.iter_documents():
            ...

See :mod:`newsline.model` for the document model and :mod:`newsline.pipeline`
for the stage contract.
"""

from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["Block", "Document", "Flag", "Settings", "Store", "__version__", "run_corpus"]


def __getattr__(name: str):  # lazy: `import newsline` stays cheap for workers and tools
    if name == "run_corpus":
        from .runner import run_corpus

        return run_corpus
    if name == "Store":
        from .store import Store

        return Store
    if name == "Settings":
        from .settings import Settings

        return Settings
    if name in ("Document", "Block", "Flag"):
        from . import model

        return getattr(model, name)
    raise AttributeError(name)
