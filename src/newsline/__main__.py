"""``python -m newsline`` and the ``newsline`` console script.

Kept light: the command line's imports (typer, rich, the package) take a few
tenths of a second, and Ctrl-C during them printed a Python traceback. Here
it ends, like Ctrl-C at any later moment, with exit 130 and a word on stderr.
"""

from __future__ import annotations

import sys

EXIT_INTERRUPTED = 130
INTERRUPTED_NOTE = "interrupted (Ctrl-C)"


def _interrupted_by_ctrl_c(e: SystemExit) -> bool:
    """Whether typer turned a Ctrl-C into exit 130 without a word (it raises
    Exit(130) *from* the KeyboardInterrupt; a command that says what was
    kept, as ``run`` does, raises its own Exit(130) from None)."""
    if e.code != EXIT_INTERRUPTED:
        return False
    inner = e.__context__
    return inner is not None and isinstance(inner.__cause__, KeyboardInterrupt)


def main() -> None:
    try:
        from .cli import app

        app()
    except KeyboardInterrupt:
        print(INTERRUPTED_NOTE, file=sys.stderr)
        sys.exit(EXIT_INTERRUPTED)
    except SystemExit as e:
        if _interrupted_by_ctrl_c(e):
            print(INTERRUPTED_NOTE, file=sys.stderr)
        raise


if __name__ == "__main__":
    main()
