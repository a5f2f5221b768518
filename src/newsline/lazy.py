"""A module imported on first use, for heavy libraries a process may never call.

``sparse = lazy_module("scipy.sparse")`` at a module's top binds a stand-in
whose first attribute read imports the module (through ``importlib``, whose
import lock makes two threads' first reads one import) and hands on every
read after. What it is for: a library that costs a noticeable part of a
second to import and serves one step that some processes never run (scipy
for grouping stories into topics: a Ray worker, the web app and most CLI
commands build the stage list but never group topics).

A missing library still fails where it did, at import: the top-level
package is looked up (not imported) when the stand-in is made.
"""

from __future__ import annotations

import importlib
import importlib.util
from types import ModuleType
from typing import Any


class LazyModule:
    """Stand-in for the module ``name``, imported on the first attribute read."""

    __slots__ = ("_name",)

    def __init__(self, name: str) -> None:
        top = name.partition(".")[0]
        if importlib.util.find_spec(top) is None:
            raise ModuleNotFoundError(f"No module named {top!r}", name=top)
        self._name = name

    def _module(self) -> ModuleType:
        # sys.modules answers every call after the first
        return importlib.import_module(self._name)

    def __getattr__(self, attr: str) -> Any:
        return getattr(self._module(), attr)

    def __repr__(self) -> str:
        return f"<lazy module {self._name!r}>"


def lazy_module(name: str) -> Any:
    """A stand-in for module ``name`` that imports it on first use (see above)."""
    return LazyModule(name)
