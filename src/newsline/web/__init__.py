"""The local web UI (``newsline serve``) and the offline HTML report (``newsline report``).

``serve`` runs the FastAPI app of :mod:`newsline.web.app` with uvicorn,
bound to localhost unless told otherwise. This package must never change
the documents, annotations or corpus tables it shows (it only adds its own
search helper indexes, see :mod:`newsline.web.index`), nor load anything
from the network.
"""

from __future__ import annotations

from pathlib import Path

LOCAL_HOSTS = ("127.0.0.1", "localhost", "::1")


def serve(db: str | Path, host: str = "127.0.0.1", port: int = 8000) -> None:
    """Serve the UI for ``db`` until interrupted (Ctrl-C)."""
    import uvicorn

    from .app import create_app

    app = create_app(db)
    uvicorn.run(app, host=host, port=port, log_level="warning", server_header=False)


__all__ = ["LOCAL_HOSTS", "serve"]
