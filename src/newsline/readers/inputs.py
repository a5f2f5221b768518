"""Expand command-line inputs into the files to read, in a deterministic order.

Inputs may be files, directories (walked recursively, entries sorted by
name), glob patterns (``**`` recurses) or ``-`` for standard input (read
once, however many times it is named). Nothing
is skipped silently: a missing path, an unmatched pattern, a folder holding
no file, a symlink loop,
a broken link or a non-regular file (FIFO, socket, device) is yielded as a
:class:`ReadError` and the walk goes on.

This module must never open or read a file's content.
"""

from __future__ import annotations

import glob
import os
import stat
from collections.abc import Iterator

from ..model import ReadError, printable_path
from ..settings import Settings

__all__ = ["STDIN", "iter_input_files", "printable_path"]

STDIN = "-"
_GLOB_CHARS = set("*?[")


def iter_input_files(inputs: list[str], settings: Settings) -> Iterator[str | ReadError]:
    """Each readable file path (or ``-``) once per mention, or a ReadError saying why not.

    Paths are yielded as given (to open); a ReadError names its input printably."""
    for item in _iter_input_files(inputs, settings):
        if isinstance(item, ReadError):
            item.source = printable_path(item.source)
        yield item


def _iter_input_files(inputs: list[str], settings: Settings) -> Iterator[str | ReadError]:
    follow = settings.read.follow_symlinks
    stdin_seen = False
    for item in inputs:
        if item == STDIN:
            # standard input can be read only once: a second "-" read nothing
            # and was rejected as an "empty file"; it names the same input
            if not stdin_seen:
                stdin_seen = True
                yield STDIN
            continue
        if os.path.lexists(item):
            yield from _expand(item, follow, top=True)
        elif _GLOB_CHARS & set(item):
            matches = sorted(glob.glob(item, recursive=True))
            if not matches:
                yield ReadError(item, "no files match pattern")
            for match in matches:
                yield from _expand(match, follow, top=True)
        else:
            yield ReadError(item, "no such file or directory")


def _expand(path: str, follow: bool, top: bool) -> Iterator[str | ReadError]:
    try:
        st = os.stat(path)
    except OSError as exc:
        yield _stat_error(path, exc)
        return
    if stat.S_ISDIR(st.st_mode):
        found = False
        for item in _walk(path, follow, ancestors={(st.st_dev, st.st_ino)}):
            found = True
            yield item
        if not found:
            # an empty folder named on the command line (a mistyped or not yet
            # filled one) was passed over without a word, the run "done" with
            # nothing read and no input named
            yield ReadError(path, "directory holds no files")
    elif stat.S_ISREG(st.st_mode):
        yield path
    else:
        yield ReadError(path, f"not a regular file ({_kind(st.st_mode)})")


def _walk(root: str, follow: bool, ancestors: set[tuple[int, int]]) -> Iterator[str | ReadError]:
    """Depth-first, sorted; ``ancestors`` holds the directories on the current path."""
    try:
        with os.scandir(root) as it:
            entries = sorted(it, key=lambda e: e.name)
    except OSError as exc:
        yield ReadError(root, f"cannot list directory: {exc.strerror or exc}")
        return
    for entry in entries:
        path = entry.path
        try:
            is_link = entry.is_symlink()
        except OSError:
            is_link = False
        if is_link and not follow:
            yield ReadError(path, "symbolic link not followed (follow_symlinks is off)")
            continue
        try:
            st = os.stat(path)  # follows links
        except OSError as exc:
            yield _stat_error(path, exc)
            continue
        if stat.S_ISDIR(st.st_mode):
            key = (st.st_dev, st.st_ino)
            if key in ancestors:
                yield ReadError(path, "symlink loop")
                continue
            yield from _walk(path, follow, ancestors | {key})
        elif stat.S_ISREG(st.st_mode):
            yield path
        else:
            yield ReadError(path, f"not a regular file ({_kind(st.st_mode)})")


def _stat_error(path: str, exc: OSError) -> ReadError:
    import errno

    if exc.errno == errno.ELOOP:
        return ReadError(path, "symlink loop")
    if exc.errno == errno.ENOENT and os.path.islink(path):
        return ReadError(path, "broken symbolic link")
    if exc.errno in (errno.EACCES, errno.EPERM):
        return ReadError(path, "permission denied")
    return ReadError(path, f"cannot open: {exc.strerror or exc}")


def _kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "FIFO"
    if stat.S_ISSOCK(mode):
        return "socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "device"
    return "special file"
