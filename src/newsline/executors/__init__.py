"""Executors run the per-document stages of a pipeline over batches.

An executor takes a list of parallel stages and answers ``submit(docs)``
with a handle whose ``result()`` gives ``(docs, {stage: StageReport})``.
It knows nothing of readers, the store or the CLI; the runner composes them.
"""

from .local import LocalExecutor

__all__ = ["EngineUnavailable", "LocalExecutor", "check_engine", "make_executor"]


class EngineUnavailable(RuntimeError):
    """The chosen engine cannot start: Ray not installed, a Ray ``address``
    that is malformed or cannot be reached. The message names what to fix."""


def check_engine(engine: str, address: str | None = None) -> None:
    """Raise :class:`EngineUnavailable` now, before a run opens its database,
    when ``engine`` cannot start: Ray not installed, an ``address`` malformed
    or where nothing answers."""
    if engine == "ray":
        from .ray import _check_address, _import_ray

        _import_ray()
        if address:
            _check_address(address)


def make_executor(engine: str, stages, workers: int = 0, address: str | None = None):
    if engine == "local":
        return LocalExecutor(stages, workers=workers)
    if engine == "ray":
        from .ray import RayExecutor

        return RayExecutor(stages, workers=workers, address=address)
    raise ValueError(f"unknown engine {engine!r} (choose local or ray)")
