"""Ray executor: the per-document stages on a pool of Ray actors.

Same interface as :class:`newsline.executors.local.LocalExecutor`:
``submit(docs)`` answers a handle whose ``result()`` gives
``(docs, {stage name: StageReport})``; ``max_in_flight`` bounds the batches
the runner keeps in the air; ``close()`` releases the workers.

Why actors and not a Ray Data pipeline: the runner owns reading, resume
bookkeeping (a file is marked done only when its last document is
committed) and in-order commits into one SQLite database. A pool of actors
slots under that contract unchanged -- each actor builds the stages once and
keeps their lazily built resources (language models, tokenisers) warm for
every batch it sees, exactly as a Ray Data ``map_batches`` actor pool would
-- while the runner keeps streaming with a bounded number of batches in
flight, so memory does not grow with the corpus.

* ``address=None``: starts a private local Ray with ``workers`` CPUs (or
  joins Ray already initialised in this process, e.g. by a test).
* ``address="auto"`` or ``"ray://head:10001"``: joins an existing cluster;
  newsline and its dependencies must be installed on every node.
* Ray already initialised in this process is used as it is: an ``address``
  naming another cluster is an error (:class:`EngineUnavailable`), one Ray
  cannot compare (Ray Client) a ``RuntimeWarning`` naming both.

This module must never be imported unless the Ray engine is chosen (Ray is
the optional extra ``newsline[ray]``), and must never change what a stage
computes: the local and Ray engines give identical stores.
"""

from __future__ import annotations

import logging
import os
from typing import Any

from ..model import Document
from ..pipeline import Stage, StageReport, run_stages

INSTALL_HINT = "the Ray engine needs Ray: pip install 'newsline[ray]'"


def _import_ray() -> Any:
    from . import EngineUnavailable

    try:
        import ray
    except ImportError as e:  # pragma: no cover - exercised without ray installed
        raise EngineUnavailable(f"{INSTALL_HINT} ({e})") from None
    return ray


# How long a cluster address may take to accept a connection before the run
# gives up on it (Ray itself retries an unreachable head for minutes).
CONNECT_TIMEOUT_S = 10.0


def _check_address(address: str) -> None:
    """Fail fast, naming the address, when it is malformed or nothing answers
    there: a mistyped ``--address`` went into a Python traceback (exit 1), and
    an unreachable one kept the run waiting on Ray's retries for minutes."""
    import socket

    from . import EngineUnavailable

    if address in ("auto", "local"):
        return
    host, sep, port = address.split("://", 1)[-1].rstrip("/").rpartition(":")
    host = host.strip("[]")
    if not sep or not host or not port.isdigit() or not 0 < int(port) < 65536:
        raise EngineUnavailable(
            f"Ray address {address!r} is not HOST:PORT, ray://HOST:PORT or auto"
        )
    try:
        socket.create_connection((host, int(port)), timeout=CONNECT_TIMEOUT_S).close()
    except OSError as e:
        raise EngineUnavailable(
            f"cannot reach the Ray cluster at {address!r}: {e.strerror or e or 'timed out'}"
        ) from None


def _running_address(ray: Any) -> str | None:
    """HOST:PORT of the Ray this process is connected to (None: unknown, as
    through Ray Client)."""
    try:
        return ray.get_runtime_context().gcs_address or None
    except Exception:  # noqa: BLE001 - Ray Client, an older Ray: unknown
        return None


def _resolve_auto() -> str | None:
    """The cluster ``address="auto"`` means here (RAY_ADDRESS, else the one
    last started on this machine), or None when Ray cannot say."""
    try:
        from ray._private.services import canonicalize_bootstrap_address

        return canonicalize_bootstrap_address("auto")
    except Exception:  # noqa: BLE001 - a private helper: no answer is no error
        return None


def _endpoint(address: str) -> tuple[str, int] | None:
    """(IP, port) of HOST:PORT, the IP of this machine written 127.0.0.1."""
    import socket

    host, sep, port = address.rpartition(":")
    host = host.strip("[]")
    if not sep or not port.isdigit():
        return None
    try:
        ip = socket.gethostbyname(host)
    except OSError:
        return None
    if not ip.startswith("127."):
        try:  # an address of this machine's own can be bound to
            with socket.socket() as s:
                s.bind((ip, 0))
            ip = "127.0.0.1"
        except OSError:
            pass
    else:
        ip = "127.0.0.1"
    return ip, int(port)


def _check_running_ray(ray: Any, address: str) -> None:
    """Ray already initialised in this process (``ray.init`` called before)
    is what the run uses: an ``address`` naming another cluster was checked,
    then silently ignored, and the run went elsewhere. It is an error when
    the two clearly differ, a warning naming both when Ray cannot tell."""
    import warnings

    from . import EngineUnavailable

    running = _running_address(ray)
    wanted: str | None = address
    if address == "auto":
        wanted = _resolve_auto()
    elif address == "local":  # a Ray on this machine: the running one if it is here
        here = _endpoint(running) if running else None
        wanted = running if here and here[0] == "127.0.0.1" else None
    if running and wanted and "://" not in wanted:
        here, there = _endpoint(running), _endpoint(wanted)
        if here and there and here == there:
            return
        if here and there:
            raise EngineUnavailable(
                f"Ray is already initialised in this process, connected to {running!r}; "
                f"the Ray address {address!r} names another cluster: call ray.shutdown() "
                "first to join it, or pass no address to use the running Ray"
            )
    warnings.warn(
        f"Ray is already initialised in this process (connected to "
        f"{running or 'an address Ray does not say'!r}); the run uses it, not the Ray "
        f"address {address!r}: call ray.shutdown() first to join that one",
        RuntimeWarning,
        stacklevel=2,
    )


class _Handle:
    """A submitted batch; ``result()`` waits for it (the runner commits in order).

    When the actor's process dies under the batch (a crash inside a C library
    on one hostile page, the memory limit), the batch is redone one document
    per task on fresh actors, as the local engine does: only a document that
    kills an actor by itself is left unprocessed -- kept, and flagged."""

    __slots__ = ("_docs", "_executor", "_ref")

    def __init__(self, executor: RayExecutor, ref: Any, docs: list[Document]):
        self._executor, self._ref, self._docs = executor, ref, docs

    def result(self) -> tuple[list[Document], dict[str, StageReport]]:
        ray = self._executor._ray
        try:
            return ray.get(self._ref)
        except (ray.exceptions.RayActorError, ray.exceptions.WorkerCrashedError):
            return self._executor._recover(self._docs)


class _StageWorker:
    """Holds the stages in one Ray worker process; built once, reused per batch."""

    def __init__(self, stages: list[Stage]):
        self.stages = stages

    def run(self, docs: list[Document]) -> tuple[list[Document], dict[str, StageReport]]:
        return run_stages(self.stages, docs)

    def ping(self) -> int:
        return os.getpid()


def _export_package_path() -> None:
    """Let local Ray workers import newsline even when it is not installed
    (``PYTHONPATH=src``): they inherit this process's environment."""
    import newsline

    root = os.path.dirname(os.path.dirname(os.path.abspath(newsline.__file__)))
    parts = [p for p in os.environ.get("PYTHONPATH", "").split(os.pathsep) if p]
    if root not in parts:
        os.environ["PYTHONPATH"] = os.pathsep.join([root, *parts])


def _default_cpus() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - non-Linux
        return max(1, os.cpu_count() or 1)


class RayExecutor:
    """Runs the parallel stages on ``workers`` Ray actors (0 = all CPUs Ray has)."""

    def __init__(
        self,
        stages: list[Stage],
        workers: int = 0,
        address: str | None = None,
        *,
        object_store_mb: int | None = None,
    ):
        ray = self._ray = _import_ray()
        self.stages = stages
        self._started_ray = False
        if address:
            _check_address(address)
            if ray.is_initialized():
                _check_running_ray(ray, address)
        if not ray.is_initialized():
            kwargs: dict[str, Any] = {
                "include_dashboard": False,
                "log_to_driver": False,
                "logging_level": logging.ERROR,
                "configure_logging": True,
            }
            if address:
                kwargs["address"] = address
            else:
                _export_package_path()
                kwargs["num_cpus"] = workers or _default_cpus()
                # Batches are small (tens of documents); a modest object store
                # keeps the shared-memory reservation small on laptops.
                kwargs["object_store_memory"] = (object_store_mb or 256) * 1024 * 1024
            from . import EngineUnavailable

            try:
                ray.init(**kwargs)
            except (ConnectionError, TimeoutError, ValueError, RuntimeError) as e:
                where = f"the Ray cluster at {address!r}" if address else "a local Ray"
                raise EngineUnavailable(f"cannot start {where}: {e}") from None
            self._started_ray = True
        if not workers:
            workers = max(1, int(ray.cluster_resources().get("CPU", 1)))
        self.workers = workers
        self._actors: list[Any] = []
        self._turn = 0
        if stages:
            self._remote_cls = ray.remote(num_cpus=1, max_restarts=1, max_task_retries=1)(
                _StageWorker
            )
            # Stages are small and picklable (heavy resources are built lazily
            # inside each actor), so each actor gets its own copy by value.
            self._actors = [self._remote_cls.remote(stages) for _ in range(workers)]

    def _next_actor(self) -> int:
        self._turn = (self._turn + 1) % len(self._actors)
        return self._turn

    def _replace_actor(self, i: int) -> None:
        ray = self._ray
        try:
            ray.kill(self._actors[i])
        except Exception:  # noqa: BLE001, S110 - already gone: nothing to release
            pass
        self._actors[i] = self._remote_cls.remote(self.stages)

    def _recover(self, docs: list[Document]) -> tuple[list[Document], dict[str, StageReport]]:
        from .local import WorkerResult, collect_recovered

        ray = self._ray
        died = (ray.exceptions.RayActorError, ray.exceptions.WorkerCrashedError)
        # First every document as its own task, spread over the actors at once
        # (a batch queued behind the killer on its actor is redone at full
        # speed); the documents on an actor that dies again go on alone.
        placed = []
        for doc in docs:
            i = self._next_actor()
            placed.append((i, self._actors[i].run.remote([doc])))
        got: list[WorkerResult | None] = []
        dead: set[int] = set()
        for i, ref in placed:
            try:
                got.append(ray.get(ref))
            except died:
                got.append(None)
                dead.add(i)
        for i in sorted(dead):
            self._replace_actor(i)

        def alone(doc: Document) -> WorkerResult | None:
            i = self._next_actor()
            try:
                return ray.get(self._actors[i].run.remote([doc]))
            except died:
                self._replace_actor(i)
                return None

        return collect_recovered(docs, got, alone)

    @property
    def max_in_flight(self) -> int:
        return 2 * self.workers

    def submit(self, docs: list[Document]) -> Any:
        if not self._actors:
            # No parallel stage: nothing to ship anywhere.
            return _Inline(docs)
        actor = self._actors[self._next_actor()]
        return _Handle(self, actor.run.remote(docs), docs)

    def close(self) -> None:
        ray = self._ray
        for a in self._actors:
            try:
                ray.kill(a)
            except Exception:  # noqa: BLE001, S110 - already gone: nothing to release
                pass
        self._actors = []
        if self._started_ray and ray.is_initialized():
            ray.shutdown()
        self._started_ray = False


class _Inline:
    __slots__ = ("_docs",)

    def __init__(self, docs: list[Document]):
        self._docs = docs

    def result(self) -> tuple[list[Document], dict[str, StageReport]]:
        return self._docs, {}
