"""Expand command-line inputs into the files to read, in a deterministic order.

Inputs may be files, directories (walked recursively, entries sorted by
name), glob patterns (``**`` recurses) or ``-`` for standard input (read
once, however many times it is named). Nothing
is skipped silently: a missing path, an unmatched pattern, a folder holding
no file, a symlink loop,
a broken link or a non-regular file (FIFO, socket, device) is yielded as a
:class:`ReadError` and the walk goes on. A hidden entry met in a directory
(``.git``, ``.DS_Store``, ``__MACOSX``: ``ReadSettings.skip_hidden``) is not
read but counted, by the name :func:`hidden_key` gives it, in the caller's
``hidden`` counter.

This module must never open or read a file's content.
"""

from __future__ import annotations

import glob
import os
import stat
from collections import Counter
from collections.abc import Iterator

from ..model import ReadError, printable_path
from ..settings import Settings

__all__ = [
    "STDIN",
    "hidden_key",
    "hidden_member_key",
    "input_is_there",
    "is_pattern",
    "iter_input_files",
    "printable_path",
]

STDIN = "-"
_GLOB_CHARS = set("*?[")


def is_pattern(item: str) -> bool:
    """Whether an input that is no path is read as a glob pattern."""
    return bool(_GLOB_CHARS & set(item))


def input_is_there(item: str) -> bool:
    """Whether input ``item`` names something to read: standard input, a path
    (of any kind: the walk says what is wrong with it), or a pattern matching
    one at least (found at its first match, not by listing them all)."""
    if item == STDIN or os.path.lexists(item):
        return True
    return is_pattern(item) and next(glob.iglob(item, recursive=True), None) is not None


# macOS's folder of resource forks in a ZIP it made: no pages, never a dot
_SYSTEM_FOLDERS = frozenset({"__MACOSX"})


def hidden_key(name: str, is_dir: bool) -> str | None:
    """How a hidden directory entry is counted (a folder's name ends in "/";
    macOS's "._" copies are one "._*"), or None when ``name`` is not hidden."""
    if not (name.startswith(".") or (is_dir and name in _SYSTEM_FOLDERS)):
        return None
    if name.startswith("._") and not is_dir:
        return "._*"
    return printable_path(name) + ("/" if is_dir else "")


def hidden_member_key(member: str) -> str | None:
    """How an archive member under a hidden name is counted (its first hidden
    part, by :func:`hidden_key`: "__MACOSX/", ".DS_Store"), or None."""
    # "./page.html" (a tar of ".") is no hidden name
    parts = [p for p in member.split("/") if p and p not in (".", "..")]
    for i, part in enumerate(parts):
        if key := hidden_key(part, is_dir=i < len(parts) - 1):
            return key
    return None


def iter_input_files(
    inputs: list[str], settings: Settings, hidden: Counter[str] | None = None
) -> Iterator[str | ReadError]:
    """Each readable file path (or ``-``) once per mention, or a ReadError saying why not.

    Paths are yielded as given (to open); a ReadError names its input printably.
    The hidden entries passed over in directories are counted in ``hidden``
    (by :func:`hidden_key`), when given, as they are met."""
    for item in _iter_input_files(inputs, settings, hidden):
        if isinstance(item, ReadError):
            item.source = printable_path(item.source)
        yield item


def _iter_input_files(
    inputs: list[str], settings: Settings, hidden: Counter[str] | None
) -> Iterator[str | ReadError]:
    follow = settings.read.follow_symlinks
    # the walk counts what it passes over here (a throwaway when not asked)
    passed = (hidden if hidden is not None else Counter()) if settings.read.skip_hidden else None
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
            yield from _expand(item, follow, passed)
        elif is_pattern(item):
            matches = sorted(glob.glob(item, recursive=True))
            if not matches:
                yield ReadError(item, "no files match pattern")
            for match in matches:
                yield from _expand(match, follow, passed)
        else:
            yield ReadError(item, "no such file or directory")


def _expand(path: str, follow: bool, hidden: Counter[str] | None) -> Iterator[str | ReadError]:
    try:
        st = os.stat(path)
    except OSError as exc:
        yield _stat_error(path, exc)
        return
    if stat.S_ISDIR(st.st_mode):
        found = False
        for item in _walk(path, follow, {(st.st_dev, st.st_ino)}, hidden):
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


def _walk(
    root: str, follow: bool, ancestors: set[tuple[int, int]], hidden: Counter[str] | None
) -> Iterator[str | ReadError]:
    """Depth-first, sorted; ``ancestors`` holds the directories on the current path;
    hidden entries are counted in ``hidden`` (None: read like the others)."""
    try:
        with os.scandir(root) as it:
            entries = sorted(it, key=lambda e: e.name)
    except OSError as exc:
        yield ReadError(root, f"cannot list directory: {exc.strerror or exc}")
        return
    for entry in entries:
        path = entry.path
        if hidden is not None:
            try:
                is_dir = entry.is_dir()
            except OSError:
                is_dir = False
            if key := hidden_key(entry.name, is_dir):
                hidden[key] += 1
                continue
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
            yield from _walk(path, follow, ancestors | {key}, hidden)
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
