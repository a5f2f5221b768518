"""A run killed with SIGKILL must not leave its database locked through the
worker processes it forked: they inherit the lock's descriptor, and an flock
lasts as long as any copy of it is open."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap

import pytest

from newsline.store import Store

# Takes the writer lock, forks a child that outlives it (a pool worker), prints
# the child's pid and dies by SIGKILL, as `kill -9 RUN_PID` or the OOM killer do.
_HOLDER = textwrap.dedent(
    """
    import os, signal, sys, time
    from newsline.store import Store
    s = Store(sys.argv[1])
    s.acquire_writer_lock()
    r, w = os.pipe()
    child = os.fork()
    if child == 0:  # a worker: started, then busy or waiting for work
        os.write(w, b"up")
        time.sleep(60)
        os._exit(0)
    os.read(r, 2)
    print(child, flush=True)
    os.kill(os.getpid(), signal.SIGKILL)
    """
)


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")
def test_lock_is_free_once_the_run_is_killed_even_if_a_child_lives(tmp_path):
    db = tmp_path / "news.db"
    # read the pid line only: the child keeps the pipe open as long as it lives
    p = subprocess.Popen(
        [sys.executable, "-c", _HOLDER, str(db)], stdout=subprocess.PIPE, text=True
    )
    line = p.stdout.readline()
    assert p.wait(timeout=120) == -signal.SIGKILL
    p.stdout.close()
    child = int(line)
    try:
        assert _alive(child), "the forked child should still be running"
        with Store(db) as s:
            s.acquire_writer_lock()  # was: DatabaseBusy "another newsline run (pid ...)"
    finally:
        try:
            os.kill(child, signal.SIGKILL)
        except ProcessLookupError:
            pass


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # a zombie is not running; the child is reparented, so this rarely matters
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().split(")")[-1].split()[0] != "Z"
    except OSError:
        return True
