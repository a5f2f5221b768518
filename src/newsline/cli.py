"""The ``newsline`` command line: a thin shell over the Python API.

Exit codes (all commands):

* 0 -- success (for ``run``: at least one document was read, new or already stored)
* 1 -- unexpected internal error (a bug: please report it with the message)
* 2 -- wrong usage (unknown option, missing argument, an output file that cannot be
  written, an unknown story, an empty search query, ``--engine ray`` without Ray or
  with an ``--address`` that is malformed or cannot be reached)
* 3 -- nothing could be read from the inputs (every input was rejected or none exist)
* 4 -- the database cannot be opened or written, or another run is writing to it
* 130, 143 -- ``run`` stopped by Ctrl-C or SIGTERM (what was stored is kept; run again to resume);
  130 also for any other command stopped by Ctrl-C, which says so on stderr
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import warnings
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from .days import span_text
from .pipeline import passed_over_text
from .settings import DedupSettings, Settings
from .wording import counted

if TYPE_CHECKING:
    from .store import Store

DEFAULT_DB = "newsline.db"
STDOUT_NAME = "-"  # as an -o value: standard output, as for most tools
EXIT_NOTHING_READ = 3
EXIT_DB = 4


def _flags_take_no_value_in_help() -> None:
    """Typer 0.2x labels every flag ``<bool>`` in ``--help`` (``--quiet <bool>``,
    even ``--help <bool>``), which reads as if the flag wanted a value: show no
    type for an option that takes none. A no-op where typer has no such hook."""
    from typer import core

    option = getattr(core, "TyperOption", None)
    show = getattr(option, "display_type_rich", None)
    if show is None or getattr(show, "newsline_flags", False):
        return

    def display_type_rich(self, ctx):
        if getattr(self, "is_flag", False) and self.metavar is None:
            return None
        return show(self, ctx)

    display_type_rich.newsline_flags = True  # type: ignore[attr-defined]
    option.display_type_rich = display_type_rich


_flags_take_no_value_in_help()


def _arguments_read_plainly_in_help() -> None:
    """Typer 0.2x writes a required argument ``{inputs}...`` in the usage line
    and a list argument's type ``<list[str]>`` (Python's, not a user's):
    usage says ``INPUTS...`` / ``[QUERY]`` as click does, and the type ``<str>``.
    A no-op where typer has no such hooks."""
    from typer import core

    argument = getattr(core, "TyperArgument", None)
    usage = getattr(argument, "_usage_display_name", None)
    show = getattr(argument, "display_type_rich", None)
    if usage is None or show is None or getattr(usage, "newsline_plain", False):
        return

    def _usage_display_name(self):
        name = (self.metavar or self.name or "").upper() + ("..." if self.nargs != 1 else "")
        return name if self.required else f"[{name}]"

    def display_type_rich(self, ctx):
        shown = show(self, ctx)
        if shown and shown.startswith("<list[") and shown.endswith("]>"):
            return "<" + shown[len("<list[") : -len("]>")] + ">"
        return shown

    _usage_display_name.newsline_plain = True  # type: ignore[attr-defined]
    argument._usage_display_name = _usage_display_name
    argument.display_type_rich = display_type_rich


_arguments_read_plainly_in_help()

app = typer.Typer(
    name="newsline",
    help="Turn scraped multilingual news into clean, deduplicated, cited knowledge.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode="rich",
)
# soft_wrap: a long path or reason stays on its line (for grep, logs and
# the terminal to wrap), instead of being broken at 80 columns when piped
console = Console(stderr=True, soft_wrap=True)
out = Console(soft_wrap=True)


def print_table(to: Console, table: Table) -> None:
    """``table`` as wide as the terminal on a terminal (rich's own width); in a
    pipe or a file, as wide as its widest row: rich's width there is 80
    columns, and a table folded at 80 broke every long site or reason in two
    for grep, logs and wide terminals reading the file."""
    if to.is_terminal:
        to.print(table)
        return
    from rich.measure import Measurement

    width = Measurement.get(to, to.options.update_width(1 << 20), table).maximum
    Console(file=to.file, width=max(width, 1), soft_wrap=True, no_color=to.no_color).print(table)


def _db_default() -> str:
    return os.environ.get("NEWSLINE_DB", DEFAULT_DB)


DbOption = Annotated[
    str,
    typer.Option(
        "--db",
        help="SQLite database file (default: $NEWSLINE_DB or ./newsline.db).",
        default_factory=_db_default,
        show_default=False,
    ),
]


def _require_story(store, story: str | None, db: str) -> None:
    """Exit 2 with a message naming ``story`` when it is given and not in the database."""
    if (
        story
        and store.conn.execute("SELECT 1 FROM stories WHERE id=?", (story,)).fetchone() is None
    ):
        console.print(
            f"[red]error:[/] no story {escape(repr(story))} in {escape(db)} "
            "(`newsline stories` lists them)"
        )
        raise typer.Exit(2)


def _open_store(db: str, readonly: bool = True):
    from .store import DatabaseError, Store

    if readonly and not Path(db).exists():
        console.print(
            f"[red]error:[/] {escape(db)}: no such database "
            f"(run `newsline run ... --db {escape(db)}`)"
        )
        raise typer.Exit(EXIT_DB)
    try:
        return Store(db, readonly=readonly)
    except DatabaseError as e:
        console.print(f"[red]error:[/] {escape(str(e))}")
        raise typer.Exit(EXIT_DB) from None


@contextmanager
def _output_file(output: str, db: str | None = None) -> Iterator[str]:
    """A temporary path beside OUTPUT, moved into place once it is written whole.

    An export stopped half-way (an error, Ctrl-C, a full disk) leaves no
    truncated file that looks complete; an output that cannot be written is
    a usage error naming the path, not a traceback.
    """
    target = Path(output)
    _check_output(output, db)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(
            prefix=f".{target.name}.", suffix=".part", dir=str(target.parent)
        )
        os.close(fd)
    except OSError as e:
        _cannot_write(output, e)
    try:
        yield tmp
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes the file private
        os.replace(tmp, target)
    except OSError as e:
        Path(tmp).unlink(missing_ok=True)
        _cannot_write(output, e)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _check_output(output: str, db: str | None = None) -> None:
    """Refuse early an output that is a folder, lies under a file, or is the
    database being read (or its journal or lock)."""
    target = Path(output)
    if db is not None:
        # `export --db news.db -o news.db` replaced the database by its export
        from .store.sqlite import db_files

        if os.path.realpath(output) in db_files(db):
            _cannot_write(output, OSError(0, f"it is the database {db}"))
    if target.is_dir():
        _cannot_write(output, IsADirectoryError(21, "it is a directory"))
    for parent in target.parents:
        if parent.exists():
            if not parent.is_dir():
                _cannot_write(output, NotADirectoryError(20, f"{parent} is not a directory"))
            break


def _cannot_write(output: str, e: OSError) -> None:
    console.print(f"[red]error:[/] cannot write {escape(output)}: {escape(e.strerror or str(e))}")
    raise typer.Exit(2) from None


def _stdout_may_be_closed() -> None:
    """When standard output is a pipe, a reader that stops early (``| head``)
    ends the command quietly, as it ends ``cat`` or ``grep`` (status 141), not
    with exit 1, which this CLI keeps for internal errors."""
    import signal
    import stat

    try:
        piped = stat.S_ISFIFO(os.fstat(sys.stdout.fileno()).st_mode)
    except (AttributeError, OSError, ValueError):  # not a real file (tests, IDEs)
        return
    if piped and hasattr(signal, "SIGPIPE"):
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)


class Engine(str, Enum):
    local = "local"
    ray = "ray"


@app.command()
def run(
    inputs: Annotated[
        list[str],
        typer.Argument(
            help="Files, directories (recursed), globs, or - for stdin. "
            "Formats: .txt, .md, .html/.htm, .warc, .warc.wet, .jsonl, .json, .csv/.tsv, "
            ".rss/.atom, news .xml (NITF, NewsML), .eml/.mht (e-mails, saved pages) -- each "
            "also compressed (gzip, bzip2, xz, zstd) -- and tar or zip archives of them."
        ),
    ],
    db: DbOption,
    workers: Annotated[int, typer.Option(help="Worker processes (0 = all cores).", min=0)] = 0,
    batch_size: Annotated[
        int, typer.Option(help="Documents per batch and transaction.", min=1)
    ] = 256,
    engine: Annotated[
        Engine, typer.Option(help="local, or ray (needs newsline\\[ray]).")
    ] = Engine.local,
    address: Annotated[
        str | None, typer.Option(help="Ray cluster address (engine ray); default: local Ray.")
    ] = None,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="No progress bar and no per-stage table.")
    ] = False,
    near_threshold: Annotated[
        float,
        typer.Option(
            help="Estimated Jaccard similarity (of character 5-grams) at or above which "
            "two documents are near-duplicates.",
            min=0.01,
            max=1.0,
        ),
    ] = DedupSettings.threshold,
    near_recall: Annotated[
        float | None,
        typer.Option(
            help="Chance that a pair exactly at --near-threshold is compared at all, "
            "e.g. 0.95 (more dedup time and memory). Default: bands balanced for "
            "speed, about 0.63 at the threshold and more above it.",
            min=0.01,
            max=0.999,
        ),
    ] = None,
    fold_marks: Annotated[
        bool,
        typer.Option(
            "--fold-marks",
            help="Compare texts for near-duplicates and repeated blocks without "
            "diacritics, so a repost typed without Vietnamese tones or accents is "
            "found (about 3-9% more dedup time).",
        ),
    ] = False,
) -> None:
    """Read INPUTS, clean, annotate and store them in the database.

    Re-running over the same inputs adds nothing twice; a page whose text
    changed since is stored beside its earlier version (counted as a changed
    version); an interrupted run started again resumes where it stopped.
    """
    from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    from .executors import EngineUnavailable
    from .model import printable_path
    from .readers.inputs import input_is_there, is_pattern
    from .runner import run_corpus
    from .store import DatabaseError

    if address and engine is not Engine.ray:
        # the run went to this machine's processes, the address unused and unsaid
        console.print(
            f"[red]error:[/] --address {escape(repr(address))} names a Ray cluster: "
            "add --engine ray"
        )
        raise typer.Exit(2)
    if inputs.count("-") > 1:
        # stdin is one stream: the second "-" read nothing and counted as rejected
        console.print(
            f"[yellow]note:[/] - (standard input) is named {inputs.count('-')} times; "
            "it is read once"
        )
    if not os.path.lexists(db) and not any(map(input_is_there, inputs)):
        # every input mistyped: say so, and leave no empty database (and its
        # lock) behind as if a run had read something into it
        for item in inputs:
            what = "no files match pattern" if is_pattern(item) else "no such file or directory"
            console.print(f"[yellow]rejected[/] {escape(printable_path(item))}: {what}")
        console.print(
            f"[red]error:[/] nothing could be read from the inputs; {escape(db)} was not made"
        )
        raise typer.Exit(EXIT_NOTHING_READ)
    settings = Settings(
        workers=workers,
        batch_size=batch_size,
        dedup=DedupSettings(
            threshold=near_threshold, candidate_recall=near_recall, fold_marks=fold_marks
        ),
    )
    counts = {"documents": 0, "rejected": 0, "files": 0}
    progress = Progress(
        SpinnerColumn(),
        TextColumn("[bold]newsline run[/]"),
        BarColumn(bar_width=None),
        TextColumn(
            "{task.fields[docs]} docs · {task.fields[files]} files · {task.fields[rej]} rejected"
        ),
        TimeElapsedColumn(),
        console=console,
        transient=True,
        disable=quiet or not console.is_terminal,
    )
    task = progress.add_task("run", total=None, docs=0, files=0, rej=0)

    def on_event(event: str, data: dict) -> None:
        if event == "batch":
            counts["documents"] += data["documents"]
        elif event in ("file_done", "file_skipped"):
            counts["files"] += 1
        elif event == "settings_changed":
            progress.console.print(f"[yellow]note:[/] {escape(data['message'])}")
        elif event == "rejected":
            counts["rejected"] += 1
            # the word the summary, `newsline runs` and the README use for it
            progress.console.print(
                f"[yellow]rejected[/] {escape(data['source'])}: {escape(data['reason'])}"
            )
        progress.update(
            task, docs=counts["documents"], files=counts["files"], rej=counts["rejected"]
        )

    try:
        with progress, _terminate_as_interrupt(), warnings.catch_warnings():
            # said as a note by on_event, not as a Python warning with its source line
            warnings.filterwarnings("ignore", "settings differ", RuntimeWarning)
            result = run_corpus(
                inputs,
                db,
                settings=settings,
                engine=engine.value,
                address=address,
                progress=on_event,
            )
    except DatabaseError as e:
        console.print(f"[red]error:[/] {escape(str(e))}")
        raise typer.Exit(EXIT_DB) from None
    except EngineUnavailable as e:  # Ray missing, a bad or unreachable --address
        console.print(f"[red]error:[/] {escape(str(e))}")
        raise typer.Exit(2) from None
    except KeyboardInterrupt as e:
        # Ctrl-C ended the run with exit 130 and not a word: nothing said that
        # what was stored is kept, nor how to go on.
        what, code = ("terminated", 143) if isinstance(e, _Terminated) else ("interrupted", 130)
        console.print(
            f"[yellow]{what}[/]: {counts['documents']} new documents stored in "
            f"{escape(db)} ({counts['rejected']} rejected); run the same command "
            "again to resume (nothing stored is lost or read twice)"
        )
        raise typer.Exit(code) from None
    try:
        _print_summary(result, quiet)
    except KeyboardInterrupt:
        # the run is stored and recorded finished: Ctrl-C only cuts the summary
        # short (click said "Aborted!" and exit 1, as if the run had failed)
        console.print("summary cut short; `newsline runs` shows this run")
    if not result.ok:
        console.print("[red]error:[/] nothing could be read from the inputs")
        raise typer.Exit(EXIT_NOTHING_READ)


class _Terminated(KeyboardInterrupt):
    """SIGTERM (``kill PID``, a service manager or a job scheduler stopping the run)."""


@contextmanager
def _terminate_as_interrupt() -> Iterator[None]:
    """Stop on SIGTERM as on Ctrl-C: the run records that it ended, its workers
    are shut down and the user is told what was kept. By default SIGTERM ended
    the process on the spot, silently, its run left 'running' in `newsline runs`."""
    import signal
    import threading

    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def on_term(signum, frame):
        raise _Terminated

    previous = signal.signal(signal.SIGTERM, on_term)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


_MAX_COUNTERS_SHOWN = 12  # per stage, in the run summary's table


def _counters_text(counters) -> str:
    """A stage's counters for the run summary, each whole: a cut at 80
    characters left names such as "label_rel" and "dat" that no stage counts."""
    items = [f"{k}={v}" for k, v in sorted(counters.items())]
    shown = items[:_MAX_COUNTERS_SHOWN]
    if len(items) > len(shown):
        shown.append(f"+{len(items) - len(shown)} more (the run's report keeps all)")
    return ", ".join(shown)


# Files named one by one under a run's passed-over records, at most.
_PASSED_OVER_FILES_SHOWN = 10


def _passed_over_by_file_lines(by_file: dict[str, dict[str, int]]) -> list[str]:
    """One line per input file that held passed-over records, when there are
    several (with one file the run's line already says it all): which crawl
    file held the redirects or the images."""
    if len(by_file) < 2:
        return []
    order = sorted(by_file.items(), key=lambda fc: (-sum(fc[1].values()), fc[0]))
    lines = [
        f"in {escape(name)}: {escape(passed_over_text(counts))}"
        for name, counts in order[:_PASSED_OVER_FILES_SHOWN]
    ]
    if len(order) > _PASSED_OVER_FILES_SHOWN:
        lines.append(f"and {len(order) - _PASSED_OVER_FILES_SHOWN} more files")
    return lines


def _print_summary(result, quiet: bool) -> None:
    r = result.report
    # skipped_existing mixes documents and whole files skipped unread: say which
    already = r.skipped_existing - r.files_skipped
    unchanged = (
        f", {counted(r.files_skipped, 'unchanged file')} not read again"
        if r.files_skipped
        else ""
    )
    # a page met twice in this run's inputs is stored once, not "already stored"
    repeated = f", {r.repeated_in_inputs} repeated in the inputs" if r.repeated_in_inputs else ""
    # a page stored before whose text changed is new, but not news to the user
    versions = (
        f" ({r.new_versions} a changed version of a page already stored)"
        if r.new_versions == 1
        else f" ({r.new_versions} changed versions of pages already stored)"
        if r.new_versions
        else ""
    )
    console.print(
        f"[bold green]done[/] in {r.seconds:.1f}s: read {counted(r.read, 'document')}, "
        f"{r.processed} new{versions}, {already} already stored{unchanged}{repeated}, "
        f"{r.rejected} rejected "
        f"→ [bold]{escape(str(result.db_path))}[/] (run {result.run_id})"
    )
    if r.rejected_reasons:
        console.print(
            "rejected: "
            + ", ".join(f"{escape(k)} ×{v}" for k, v in r.rejected_reasons.most_common())
        )
    if r.passed_over:
        # not problems, and not silently nothing: what a crawl holds besides its pages
        console.print("passed over: " + escape(passed_over_text(r.passed_over)))
        for line in _passed_over_by_file_lines(r.passed_over_by_file):
            console.print("  " + line, soft_wrap=True)
    # no document went through the stages (nothing readable, every file
    # unchanged): a table of zeros would only bury the lines above
    if quiet or not any(s.documents for s in r.stages.values()):
        return
    t = Table(title="per stage", show_edge=False)
    for col in ("stage", "wall s", "cpu s", "docs", "docs/cpu-s"):
        t.add_column(col)
    # a counter's name longer than the column is folded, not cut with "…"
    t.add_column("counters", overflow="fold")
    for name, s in r.stages.items():
        d = s.to_dict()
        counters = _counters_text(s.counters)
        t.add_row(
            name,
            f"{d['seconds']:.2f}",
            f"{d['cpu_seconds']:.2f}",
            str(d["documents"]),
            str(d["docs_per_cpu_second"] or "-"),
            counters,
        )
    print_table(console, t)


class ExportFormat(str, Enum):
    jsonl = "jsonl"
    parquet = "parquet"


_STORED_LANGS = "SELECT DISTINCT lang FROM documents"
_STORED_FLAG_KINDS = "SELECT DISTINCT kind FROM flags"


def _note_unstored(store: Store, db: str, what: str, stored: str, values: Iterable[str]) -> None:
    """A note naming each of ``values`` that no stored document has, with
    those stored: a filter on one is likely a typo (--lang vn, --exclude-flag
    spamm) that filtered nothing, or everything, silently."""
    known = sorted(str(r[0]) for r in store.conn.execute(stored) if r[0])
    for value in sorted(set(values) - set(known)):
        console.print(
            f"[yellow]note:[/] no document in {escape(db)} has the {what} "
            f"{escape(repr(value))}; those stored are: "
            + (escape(", ".join(known)) if known else "none")
        )


@app.command()
def export(
    db: DbOption,
    format: Annotated[
        ExportFormat | None,
        typer.Option(
            "--format",
            "-f",
            help="jsonl or parquet. Default: what -o's name says (news.parquet), else jsonl.",
        ),
    ] = None,
    output: Annotated[
        str | None,
        typer.Option(
            "-o",
            "--output",
            help="Output file (its folder is made if missing). JSONL goes to standard output "
            "without it, or with -; Parquet needs a file.",
        ),
    ] = None,
    original_text: Annotated[
        bool,
        typer.Option(
            "--original-text",
            help="Also write each document's whole text as read (original_text), which "
            "every block, date and event offset points into; about doubles the size.",
        ),
    ] = False,
    lang: Annotated[
        list[str] | None,
        typer.Option(
            "--lang",
            metavar="LANG",
            help="Only documents in this language (ISO 639-1; repeat it, or vi,th, for several).",
        ),
    ] = None,
    no_duplicates: Annotated[
        bool,
        typer.Option(
            "--no-duplicates",
            help="Leave out exact copies of a text stored before (its first reading stays; "
            "near-duplicates differ in text and stay, naming each other).",
        ),
    ] = False,
    exclude_flag: Annotated[
        list[str] | None,
        typer.Option(
            "--exclude-flag",
            metavar="KIND",
            help="Leave out documents carrying this flag kind (spam, machine_translation, "
            "content_farm, …; repeat it, or spam,content_farm, for several).",
        ),
    ] = None,
) -> None:
    """Export one record per document (cleaned text, blocks with labels and reasons, flags, duplicates, story)."""
    from .export import ExportFilter, export_jsonl, export_parquet

    format = _format_for(output, format, _EXPORT_SUFFIXES, ExportFormat.jsonl)
    only = ExportFilter.of(lang, no_duplicates, exclude_flag)

    if output == STDOUT_NAME:  # "-o -" wrote a file named "-"
        if format is ExportFormat.parquet:
            console.print("[red]error:[/] parquet export needs -o FILE, not standard output")
            raise typer.Exit(2)
        output = None
    store = _open_store(db)
    try:
        if format is ExportFormat.parquet:
            if not output:
                console.print("[red]error:[/] parquet export needs -o FILE")
                raise typer.Exit(2)
            with _output_file(output, db) as tmp:
                n = export_parquet(store, tmp, original_text=original_text, only=only)
        elif output:
            with _output_file(output, db) as tmp, open(tmp, "w", encoding="utf-8") as f:
                n = export_jsonl(store, f, original_text=original_text, only=only)
        else:
            _stdout_may_be_closed()
            n = export_jsonl(store, sys.stdout, original_text=original_text, only=only)
        stored = store.count_documents()
        # a language or flag kind no document has is likely a typo (--lang vn,
        # --exclude-flag spamm): it filtered nothing, or everything, silently
        _note_unstored(store, db, "language", _STORED_LANGS, only.langs)
        _note_unstored(store, db, "flag kind", _STORED_FLAG_KINDS, only.exclude_flags)
    finally:
        store.close()
    # with filters, say how many were left out, so that 0 reads as "filtered", not "empty"
    how_many = (
        f"{n} of {counted(stored, 'document')} ({stored - n} left out by the filters)"
        if only != ExportFilter()
        else counted(n, "document")
    )
    console.print(f"exported {how_many}" + (f" → {escape(output)}" if output else ""))


@app.command()
def show(
    doc: Annotated[str, typer.Argument(help="Document id (or unique prefix), source path or URL.")],
    db: DbOption,
) -> None:
    """Print a document with its blocks labelled: what was kept, what was set aside and why.

    \b
    Examples (DOC_ID from `newsline search` or `newsline stories`; a unique
    prefix of it, such as its first 8 characters, will do):
      newsline show DOC_ID --db news.db
      newsline show DOC_PREFIX --db news.db
      newsline show PAGES/article.html --db news.db
    """
    from .model import printable_path
    from .show import (
        find_by_path,
        find_by_url,
        find_in_file,
        find_under_folder,
        record_errors,
        render_document,
        url_key,
    )

    _stdout_may_be_closed()
    store = _open_store(db)
    try:
        doc_id = _latest_version(store, doc, db) or store.find_document_id(doc)
        if doc_id is None:
            # a URL spelled another way (trailing slash, http/https, www.), or a
            # path typed from another folder than the run's, or only its end
            if url_key(doc) is not None:
                matches = find_by_url(store, doc)
            else:
                matches = find_by_path(store, printable_path(doc))
            if not matches and url_key(doc) is None:
                # an input file read record by record (WARC, JSON Lines, a
                # feed): its documents are named by their URLs, not by it
                n_in, in_file, stored = find_in_file(store, printable_path(doc))
                if n_in > 1:
                    _name_records(doc, db, n_in, in_file, record_errors(store, stored or ""))
                    raise typer.Exit(2)
                matches = in_file
            if len(matches) == 1:
                doc_id = matches[0][0]
            elif matches:
                more = " (and more)" if len(matches) > 5 else ""
                console.print(
                    f"[red]error:[/] {escape(repr(printable_path(doc)))} matches several "
                    f"documents in {escape(db)}{more}; give more of the path or an id:"
                )
                for mid, source in matches[:5]:
                    console.print(f"  {mid}  {escape(source)}", soft_wrap=True)
                raise typer.Exit(2)
        if doc_id is None and url_key(doc) is None:
            n_under, under = find_under_folder(store, printable_path(doc))
            if n_under:
                _name_folder(doc, db, n_under, under)
                raise typer.Exit(2)
        if doc_id is None:
            starts = store.ids_with_prefix(doc, 4)
            hint = ""
            if len(starts) > 1 and len(doc) >= 4:
                hint = (
                    f": it starts {'more than 3' if len(starts) > 3 else len(starts)} "
                    f"document ids ({', '.join(starts[:3])}); give more of the id"
                )
            elif starts:
                hint = ": an id prefix needs at least 4 characters"
            elif rejected := store.errors_of(printable_path(doc)):
                # an input the run rejected: say why, not only "no document"
                hint = ": it was not stored, " + "; ".join(
                    f"{e['reason']} (run {e['run_id']})" for e in rejected[:3]
                )
            console.print(
                f"[red]error:[/] no document {escape(repr(printable_path(doc)))} in "
                f"{escape(db)}{escape(hint)}"
            )
            raise typer.Exit(2)  # the argument names nothing: a usage error, as README says
        d = store.get_document(doc_id)
        assert d is not None
        out.print(render_document(d, store))
    finally:
        store.close()


def _latest_version(store, key: str, db: str) -> str | None:
    """The latest stored of several documents named by one path or URL (a
    page read again after it changed), saying which others there are; None
    when ``key`` names at most one. The first stored was shown silently, as
    if the page had never changed."""
    from .model import printable_path

    named = store.documents_named(key)
    if (
        len(named) < 2
        or store.conn.execute("SELECT 1 FROM documents WHERE id=?", (key,)).fetchone()
    ):
        return None
    latest, earlier = named[-1], named[:-1]
    runs = ", ".join(
        f"{d['id']} (run {d['run_id']})" if d["run_id"] is not None else d["id"]
        for d in reversed(earlier[-5:])
    )
    more = f" and {len(earlier) - 5} more" if len(earlier) > 5 else ""
    console.print(
        f"[yellow]note:[/] {escape(repr(printable_path(key)))} names {len(named)} documents "
        f"in {escape(db)} (read again after it changed, or from several inputs); "
        f"showing the latest stored, {latest['id']} (run {latest['run_id']}). "
        f"Earlier: {runs}{more}"
    )
    return str(latest["id"])


class SearchFormat(str, Enum):
    text = "text"
    json = "json"
    md = "md"


def _snippet_parts(snippet_html: str) -> list[tuple[str, bool]]:
    """(text, matched) pieces of a search snippet, HTML entities decoded.

    The search function's snippets are HTML (escaped text, <mark> around the
    matches): the command line turns them back into the page's own text.
    Split, not a regex: linear whatever the tags (a lazy <mark>(.*?)</mark>
    rescans the rest of the text from each unclosed tag)."""
    import html

    parts: list[tuple[str, bool]] = []
    for i, chunk in enumerate(snippet_html.split("<mark>")):
        inside, sep, after = chunk.partition("</mark>") if i else ("", "", chunk)
        if sep:
            parts.append((html.unescape(inside), True))
        else:
            after = inside + after  # an unclosed tag: plain text
        parts.append((html.unescape(after), False))
    return [(t, hit) for t, hit in parts if t]


def _md_piece(text: str, matched: bool, md_inline) -> str:
    """One snippet piece as Markdown; a match in bold. The blanks around a
    piece stay outside the escaping (which trims a line) and the stars."""
    core = text.strip()
    if not core:
        return " " if text else ""
    lead = " " if text[0].isspace() else ""
    trail = " " if text[-1].isspace() else ""
    return lead + (f"**{md_inline(core)}**" if matched else md_inline(core)) + trail


@app.command()
def search(
    db: DbOption,
    query: Annotated[
        str,
        typer.Argument(
            help="Words (accents optional: 'ha noi' finds 'Hà Nội'; a word typed with "
            "accents means those accents, or none), \"a phrase\", or "
            "Thai / Chinese / Japanese text (matched inside words, no spaces needed; "
            "Chinese in either script: '预警' also finds '預警'); -word leaves out the "
            "documents matching it (give the query after --). "
            "May be left out when a filter is given: then the documents passing the "
            "filters are listed, newest stored first."
        ),
    ] = "",
    lang: Annotated[
        list[str] | None,
        typer.Option(
            "--lang",
            metavar="LANG",
            help="Only documents in this language (ISO 639-1, e.g. vi; repeat it, or vi,th, "
            "for any of several).",
        ),
    ] = None,
    story: Annotated[
        str | None,
        typer.Option(help="Only this story's documents (an id from `newsline stories`)."),
    ] = None,
    flag: Annotated[
        str | None,
        typer.Option(
            help="Only documents carrying this flag kind (spam, machine_translation, "
            "foreign_block, …), each hit shown with the reasons."
        ),
    ] = None,
    date_from: Annotated[
        str | None,
        typer.Option(
            "--from", metavar="YYYY-MM-DD", help="Only documents published on or after this day."
        ),
    ] = None,
    date_to: Annotated[
        str | None,
        typer.Option(
            "--to", metavar="YYYY-MM-DD", help="Only documents published on or before this day."
        ),
    ] = None,
    limit: Annotated[int, typer.Option(help="Most hits to show.", min=1, max=200)] = 20,
    offset: Annotated[
        int,
        typer.Option(
            help="Hits to skip: the next page starts at the last offset plus --limit "
            "(JSON's `more` says whether there is one).",
            min=0,
            max=1_000_000,
        ),
    ] = 0,
    format: Annotated[
        SearchFormat, typer.Option("--format", "-f", help="text, json or md (Markdown).")
    ] = SearchFormat.text,
    across_scripts: Annotated[
        bool,
        typer.Option(
            "--across-scripts",
            help="Also list, after the last page of hits, the pages that write a query word "
            "as a name in another script (Watanabe: วาตานาเบะ; Волконский: Volkonsky), "
            "each saying which name matched and how it reads.",
        ),
    ] = False,
) -> None:
    """Full-text search, as the web app's: each hit's id, source, language, story, flags and snippet.

    The filters are the web app's (language, story, flag, publication days).
    No hits is not an error: it says so and exits 0.

    \b
    Examples:
      newsline search 'ha noi' --db news.db --lang vi
      newsline search Watanabe --db news.db --across-scripts
      newsline search --flag spam --db news.db --format json
    """
    import sqlite3

    from .web.search import parse_query, unstored_filter_notes
    from .web.search import search as run_search

    day_from, day_to = _day_range(date_from, date_to)
    from .model import filter_codes

    # "--lang vi,th" or "--lang vi --lang th": either; codes are stored in lower case
    langs = sorted(filter_codes(lang))
    lang = ",".join(langs) or None
    filtered = bool(lang or story or flag or day_from or day_to)
    if not parse_query(query) and (query.strip() or not filtered):
        # blank, or only punctuation: nothing would be searched, which is not "no results"
        console.print(
            f"[red]error:[/] nothing to search for in {escape(repr(query))}: give words or "
            "text, or a filter (--lang, --story, --flag, --from, --to)"
        )
        raise typer.Exit(2)
    _stdout_may_be_closed()
    store = _open_store(db)
    try:
        _require_story(store, story, db)
        results = run_search(
            store.conn,
            query,
            lang=lang or None,
            story=story or None,
            flag=flag or None,
            date_from=day_from,
            date_to=day_to,
            limit=limit,
            offset=offset,
            across_scripts=across_scripts,
        )
        # with --flag, the question is "which pages, and why": each hit gets its reasons
        why: dict[str, list[str]] = {}
        if flag and results.hits:
            ids = [h.id for h in results.hits]
            for doc_id, reason in store.conn.execute(
                f"SELECT doc_id, reason FROM flags WHERE kind = ? AND doc_id IN "
                f"({','.join('?' * len(ids))}) ORDER BY doc_id, idx",
                [flag, *ids],
            ):
                why.setdefault(doc_id, []).append(reason or "")
        notes = unstored_filter_notes(store.conn, lang, flag)
        # --lang vn for vi (alone it matched nothing; beside vi, it still says so)
        _note_unstored(store, db, "language", _STORED_LANGS, langs)
        if flag and not results.total:
            # a kind no document carries is likely a typo (foreign_blocks): name those stored
            kinds = [r[0] for r in store.conn.execute("SELECT DISTINCT kind FROM flags ORDER BY 1")]
            if flag not in kinds:
                console.print(
                    f"[yellow]note:[/] no document in {escape(db)} carries a flag "
                    f"{escape(repr(flag))}; the kinds stored are: "
                    + (escape(", ".join(kinds)) if kinds else "none")
                )
    except sqlite3.Error as e:  # a file damaged after it was opened
        console.print(f"[red]error:[/] {escape(db)}: cannot search: {escape(str(e))}")
        raise typer.Exit(EXIT_DB) from None
    finally:
        store.close()
    from .model import lang_with_variety

    hits = results.hits
    one = results.total == 1 and not results.total_is_capped
    # without a query the filters alone chose the documents, newest stored first
    asked = repr(query) if query.strip() else "the filters"
    # ranked by the words asked for; exclusions alone ("-word") rank nothing
    order = "best first" if any(not t.exclude for t in parse_query(query)) else "newest first"
    filters = ", ".join(
        f"{name} {value}"
        for name, value in (
            ("lang", lang),
            ("story", story),
            ("flag", flag),
            ("from", day_from),
            ("to", day_to),
        )
        if value
    )
    matched = (
        f"{results.total}{'+' if results.total_is_capped else ''} document{'' if one else 's'} "
        f"match{'es' if one else ''} {asked}" + (f" ({filters})" if filters else "")
    )
    # they match, but the page asked for is past the last hit: not "no documents"
    past_end = f"{matched}: no hits after the first {offset}" if results.total and offset else ""
    shown = matched + (
        (
            f" (hit {results.offset + 1} shown"
            if len(hits) == 1
            else f" (hits {results.offset + 1}–{results.offset + len(hits)} shown"
        )
        # the offset counts hits (pages), as --limit does: the next page is one limit on
        + (f"; more with --offset {results.offset + limit}" if results.more else "")
        + ")"
        if results.more or results.offset
        # versions and exact copies of one page are one hit
        else f" (as {counted(len(hits), 'page')})"
        if len(hits) < results.total
        else ""
    )
    if format is SearchFormat.json:
        payload = results.to_dict()
        payload["notes"] = notes
        for h in payload["hits"] + payload["across_scripts"]:
            h["snippet"] = "".join(t for t, _ in _snippet_parts(h["snippet_html"]))
        out.print_json(json.dumps(payload, ensure_ascii=False))
        return
    if format is SearchFormat.md:
        from .timeline import md_inline

        lines = [f"# Search: {md_inline(query.strip() or filters)}", ""]
        if not hits:
            lines.append(md_inline(past_end) + "." if past_end else "No documents match.")
        else:
            lines += [md_inline(f"{shown}, {order}."), ""]
        for h in hits:
            # The title's own matches are marked (the snippet no longer repeats it).
            heading = (
                "".join(_md_piece(t, hit, md_inline) for t, hit in _snippet_parts(h.title_html))
                if h.title
                else md_inline(h.id)
            )
            lines.append(f"## {heading}")
            lines.append(
                f"`{h.id}` · {md_inline(lang_with_variety(h.lang, h.lang_variety) or '?')} · "
                f"{md_inline(h.source)}"
                + (f" · story {md_inline(_story_named(h))}" if h.story_id else "")
                + (f" · flags: {md_inline(', '.join(h.flags))}" if h.flags else "")
                + (f" · {md_inline(also)}" if (also := _search_hit_also(h)) else "")
            )
            lines.append("")
            lines += [f"- {md_inline(flag)}: {md_inline(r)}" for r in why.get(h.id, [])]
            if why.get(h.id):
                lines.append("")
            snippet = "".join(
                _md_piece(t, hit, md_inline) for t, hit in _snippet_parts(h.snippet_html)
            )
            lines += [f"> {snippet}", ""]
        if results.across_scripts:
            lines += ["## In other scripts", ""]
            for h in results.across_scripts:
                lines.append(
                    f"- `{h.id}` · {md_inline(h.lang or '?')} · {md_inline(h.title or h.source)}"
                    f" · {md_inline(_matched_names(h))}"
                )
            lines.append("")
        sys.stdout.write("\n".join(lines) + "\n")
        return
    if not hits and not results.across_scripts:
        if past_end:
            out.print(escape(past_end))
            return
        out.print(
            f"no documents match {escape(asked)}" + (f" ({escape(filters)})" if filters else "")
        )
        return
    if hits:
        out.print(f"{escape(shown)}, {order}:")
    else:  # only pages that write a query word in another script
        out.print(f"no documents match {escape(asked)} as written")
    for h in hits:
        out.print(
            f"\n[bold]{escape(h.id)}[/]  {escape(lang_with_variety(h.lang, h.lang_variety) or '?')}"
            f"  {escape(h.source)}"
            + (f"  story {escape(_story_named(h))}" if h.story_id else "")
            + (f"  flags: {escape(', '.join(h.flags))}" if h.flags else "")
        )
        if h.title:
            title = "".join(
                f"[bold yellow]{escape(t)}[/]" if hit else escape(t)
                for t, hit in _snippet_parts(h.title_html)
            )
            out.print(f"  {title}")
        if also := _search_hit_also(h):
            out.print(f"  [dim]{escape(also)}[/]")
        for reason in why.get(h.id, []):
            out.print(f"  [yellow]{escape(flag or '')}[/]: {escape(reason)}")
        snippet = "".join(
            f"[bold yellow]{escape(t)}[/]" if hit else escape(t)
            for t, hit in _snippet_parts(h.snippet_html)
        )
        out.print(f"  {snippet}")
    if results.across_scripts:
        out.print("\n[bold]in other scripts[/] (names read across scripts):")
    for h in results.across_scripts:
        out.print(
            f"\n[bold]{escape(h.id)}[/]  {escape(h.lang or '?')}  {escape(h.source)}"
            + (f"  story {escape(_story_named(h))}" if h.story_id else "")
        )
        if h.title:
            out.print(f"  {escape(h.title)}")
        out.print(f"  [dim]{escape(_matched_names(h))}[/]")
        snippet = "".join(
            f"[bold yellow]{escape(t)}[/]" if hit else escape(t)
            for t, hit in _snippet_parts(h.snippet_html)
        )
        out.print(f"  {snippet}")


def _story_named(h) -> str:
    """A hit's story as a reader knows it: its title, then the id that
    `--story` and `newsline timeline --story` take."""
    from .stories.cluster import shorten_title

    if not h.story_title:
        return str(h.story_id)
    return f"{shorten_title(' '.join(h.story_title.split()), 60)} ({h.story_id})"


def _matched_names(h) -> str:
    """Why a cross-script hit matched, in words: 'watanabe: วาตานาเบะ (read watanabeะ, tmp)'."""
    return "; ".join(
        f"{m['query']}: {m['name']} (read {m['romanised']}, {m['skeleton']})"
        for m in h.matched_names
    )


def _day_range(date_from: str | None, date_to: str | None):
    """The (from, to) days of --from/--to, either None; a bound that is no
    day, or a range that ends before it starts: exit 2 saying which."""
    from .days import BadDayRange, parse_day_range

    try:
        return parse_day_range(date_from, date_to)
    except BadDayRange as e:
        console.print(f"[red]error:[/] {escape(e.message)}")
        raise typer.Exit(2) from None


def _search_hit_also(h) -> str:
    """The other readings folded into a search hit, in words ('' if none)."""
    parts = []
    if h.earlier_versions:
        parts.append(counted(len(h.earlier_versions), "earlier version"))
    if h.later_versions:
        parts.append(f"a later version that does not match: {h.later_versions[-1]}")
    if h.copies:
        parts.append(counted(len(h.copies), "exact copy", "exact copies"))
    if h.near_duplicates:
        parts.append("near-duplicate of " + ", ".join(h.near_duplicates))
    return "; ".join(parts)


def _list_first(n: int, first: list[tuple[str, str]]) -> None:
    """List the first stored documents (id, source) of N, and how many more."""
    for mid, source in first:
        console.print(f"  {mid}  {escape(source)}", soft_wrap=True)
    if n > len(first):
        console.print(f"  … and {n - len(first)} more")


def _name_records(doc: str, db: str, n: int, first: list[tuple[str, str]], rejected: int) -> None:
    """Say that DOC is an input file holding N documents, and list the first."""
    from .model import printable_path

    also = f"; {counted(rejected, 'record')} of it rejected (`newsline runs`)" if rejected else ""
    console.print(
        f"[red]error:[/] {escape(repr(printable_path(doc)))} is an input file: "
        f"{counted(n, 'document')} in {escape(db)} were read from it{escape(also)}; "
        "give one's id or URL:"
    )
    _list_first(n, first)


def _name_folder(doc: str, db: str, n: int, first: list[tuple[str, str]]) -> None:
    """Say that DOC is a folder holding N stored documents, and list the first."""
    from .model import printable_path

    console.print(
        f"[red]error:[/] {escape(repr(printable_path(doc)))} is a folder: "
        f"{counted(n, 'document')} in {escape(db)} were read from under it; "
        "give one's id or path:"
    )
    _list_first(n, first)


class StoriesFormat(str, Enum):
    json = "json"
    md = "md"


class StoriesLevel(str, Enum):
    story = "story"
    topic = "topic"


def _group_topics(items: list[dict]) -> dict[str, dict]:
    """Stories grouped by their topic (by its id): union of languages and
    documents, widest span."""
    topics: dict[str, dict] = {}
    for s in items:
        tid = s.get("topic") or s["id"]
        t = topics.setdefault(
            tid,
            {
                "id": tid,
                "title": s.get("topic_title") or s.get("title"),
                "languages": [],
                "start": None,
                "end": None,
                "documents": [],
                "document_ids": [],
                "stories": [],
            },
        )
        t["stories"].append(s["id"])
        t["document_ids"] = sorted({*t["document_ids"], *s.get("document_ids", ())})
        t["languages"] += [x for x in s.get("languages") or [] if x not in t["languages"]]
        # a source once, however many of its versions or stories hold it
        t["documents"] = list(dict.fromkeys(t["documents"] + s["documents"]))
        for key, pick in (("start", min), ("end", max)):
            vals = [v for v in (t[key], s.get(key)) if v]
            t[key] = pick(vals) if vals else None
    return topics


@app.command()
def stories(
    db: DbOption,
    format: Annotated[
        StoriesFormat, typer.Option("--format", "-f", help="json or md (Markdown).")
    ] = StoriesFormat.json,
    level: Annotated[
        StoriesLevel,
        typer.Option(
            help="story: documents telling the same story; topic: stories grouped "
            "by the places and names they share."
        ),
    ] = StoriesLevel.story,
    min_languages: Annotated[
        int,
        typer.Option(
            "--min-languages",
            min=1,
            help="Only stories (or topics) told in at least this many languages.",
        ),
    ] = 1,
    lang: Annotated[
        list[str] | None,
        typer.Option(
            "--lang",
            metavar="LANG",
            help="Only stories (or topics) with a document in this language "
            "(repeat it, or vi,th: in each of them).",
        ),
    ] = None,
    limit: Annotated[
        int | None,
        typer.Option(
            "--limit",
            min=1,
            help="At most N stories (or topics), after --offset; the listing then "
            "says how many there are in all.",
        ),
    ] = None,
    offset: Annotated[
        int, typer.Option("--offset", min=0, help="Skip the first K stories (or topics).")
    ] = 0,
) -> None:
    """List stories: documents telling the same story, across languages.

    \b
    Examples:
      newsline stories --db news.db --format md
      newsline stories --db news.db --min-languages 3 --lang vi
      newsline stories --db news.db --level topic --limit 20
    """
    _stdout_may_be_closed()
    from .model import filter_codes

    # language codes are stored in lower case: "VI" is "vi"
    wanted = set(filter_codes(lang))
    paged = limit is not None or offset > 0
    store = _open_store(db)
    try:
        if level is StoriesLevel.topic:
            # the page of topics is chosen by SQL; only its stories are read
            page = store.topic_ids(limit, offset, min_languages, wanted)
            items = store.stories(topics=page)
            total = store.count_topics(min_languages, wanted) if paged else len(page)
        else:
            # filtered and paged by SQL: only the page's stories are read
            items = store.stories(limit, offset, min_languages, wanted)
            total = store.count_stories(min_languages, wanted) if paged else len(items)
    finally:
        store.close()
    # each document with its language and id (for `newsline show`), by story
    members = {s["id"]: s.pop("members") for s in items}
    if level is StoriesLevel.topic:
        # in the order the store chose them (most documents first, then id)
        grouped = _group_topics(items)
        items = [grouped[t] for t in page if t in grouped]
        # document_ids: what `newsline show` and the export's `id` name (a
        # source read twice, as two versions, is one path but two documents)
        keep: tuple[str, ...] = (
            *("id", "title", "languages", "start", "end", "documents", "document_ids"),
            "stories",
        )
        key = "topics"
    else:
        keep = (
            *("id", "title", "languages", "start", "end", "documents", "document_ids"),
            *("topic", "topic_title"),
        )
        key = "stories"
    if format is StoriesFormat.json:
        payload: dict[str, Any] = {key: [{k: s.get(k) for k in keep} for s in items]}
        if paged:
            payload.update(total=total, limit=limit, offset=offset)
        out.print_json(json.dumps(payload, ensure_ascii=False))
    else:
        from .timeline import md_inline

        lines = [f"# {key.title()}", ""]
        if paged:
            shown = (
                f"{offset + 1}–{offset + len(items)} of {total}" if items else f"none of {total}"
            )
            # the next page's --offset, as `search` names it: the current one told
            # the reader nothing they had not typed
            more = offset + len(items) < total and items
            lines += [
                f"{key.title()} {shown}"
                + (f"; more with --offset {offset + len(items)}" if more else "")
                + ".",
                "",
            ]
        if not items:
            lines.append(f"No {key} match." if min_languages > 1 or wanted else f"No {key}.")
        for s in items:
            span = span_text(s.get("start"), s.get("end")) or "undated"
            lines.append(f"## {md_inline(s.get('title') or s['id'])}")
            lines.append(
                f"`{s['id']}` · {md_inline(', '.join(s.get('languages') or []))} · "
                f"{md_inline(span)} · {counted(len(s['documents']), 'document')}"
            )
            lines.append("")
            rows = [r for sid in s.get("stories") or [s["id"]] for r in members.get(sid, [])]
            lines += [
                f"- {md_inline(src)} · {md_inline(doc_lang or '?')} · `{doc_id}`"
                for doc_id, doc_lang, src in sorted(set(rows), key=lambda r: (r[2], r[0]))
            ] or [f"- {md_inline(src)}" for src in s["documents"]]
            lines.append("")
        sys.stdout.write("\n".join(lines) + "\n")


class TimelineFormat(str, Enum):
    json = "json"
    md = "md"
    html = "html"


@app.command()
def timeline(
    db: DbOption,
    story: Annotated[
        str | None,
        typer.Option(help="Only this story's events (an id from `newsline stories`)."),
    ] = None,
    format: Annotated[
        TimelineFormat | None,
        typer.Option(
            "--format",
            "-f",
            help="json, md (Markdown) or html. Default: what -o's name says (story.html, "
            "story.md), else json.",
        ),
    ] = None,
    output: Annotated[
        str | None,
        typer.Option(
            "-o",
            "--output",
            help="Output file (its folder is made if missing); without it, or with -, "
            "standard output.",
        ),
    ] = None,
    top: Annotated[
        int | None,
        typer.Option(
            "--top",
            min=1,
            help="Only the N key dates, each with its events: the days most articles "
            "mention, an article looking back to it counting double, a "
            "passage copied across articles once; chosen from a week before the "
            "first article to the last.",
        ),
    ] = None,
    date_from: Annotated[
        str | None,
        typer.Option(
            "--from",
            metavar="YYYY-MM-DD",
            help="Only events on or after this day (a month or year counts as all its days).",
        ),
    ] = None,
    date_to: Annotated[
        str | None,
        typer.Option("--to", metavar="YYYY-MM-DD", help="Only events on or before this day."),
    ] = None,
) -> None:
    """What happened when, and who says so: dated events with their original quotes.

    \b
    Examples (STORY_ID from `newsline stories`):
      newsline timeline --db news.db --story STORY_ID --format md
      newsline timeline --db news.db --story STORY_ID --top 15 -f html -o story.html
      newsline timeline --db news.db --from 2024-03-01 --to 2024-03-31
    """
    from .timeline import events_between, render_timeline
    from .timeline.keydates import docs_from_rows, key_date_events

    days = _day_range(date_from, date_to)
    day_from, day_to = (d.isoformat() if d else None for d in days)

    format = _format_for(output, format, _TIMELINE_SUFFIXES, TimelineFormat.json)
    if output == STDOUT_NAME:  # "-o -" wrote a file named "-"
        output = None
    if not output:
        _stdout_may_be_closed()

    store = _open_store(db)
    try:
        _require_story(store, story, db)
        # a story's timeline is headed by the story's title, or its id: a file
        # of it said only "Timeline", whichever story it was
        stored_title = (
            store.conn.execute("SELECT title FROM stories WHERE id=?", (story,)).fetchone()[0]
            if story
            else None
        )
        story_title = stored_title or story
        # the JSON names the story too: a saved file said neither id nor title
        story_ref = {"id": story, "title": stored_title} if story else None
        events = store.events(story)
        key = None
        if top is not None:
            docs = docs_from_rows(store.date_mentions(story))
            key, events = key_date_events(events, docs, top, within=days)
        events = events_between(events, day_from, day_to)
    finally:
        store.close()
    if key is not None:
        # as many as were found: fewer days than --top may be mentioned at all
        title = counted(len(key), "key date")
        if top is not None and len(key) < top:
            title += f" ({top} asked for; the articles mention no other day" + (
                f" from {day_from or 'the first'} to {day_to or 'the last'})"
                if day_from or day_to
                else ")"
            )
        if story_title:
            title += f": {story_title}"
        text = render_timeline(events, format.value, title, key_dates=key, story=story_ref)
    else:
        title = f"Timeline: {story_title}" if story_title else "Timeline"
        text = render_timeline(events, format.value, title, story=story_ref)
    if output:
        with _output_file(output, db) as tmp:
            Path(tmp).write_text(text, encoding="utf-8")
        console.print(f"{counted(len(events), 'event')} → {escape(output)}")
    else:
        sys.stdout.write(text if text.endswith("\n") else text + "\n")


@app.command()
def runs(db: DbOption) -> None:
    """What each run read, rejected and why."""
    _stdout_may_be_closed()
    store = _open_store(db)
    try:
        for r in store.runs():
            rep = r["report"] or {}
            dedup = ((rep.get("stages") or {}).get("dedup") or {}).get("counters") or {}
            # skipped unread, already stored, repeated: shown where a run had any
            more = "".join(
                f" {k}={n}"
                for k, n in (
                    (
                        "already_stored",
                        rep.get("skipped_existing", 0) - rep.get("files_skipped", 0),
                    ),
                    ("new_versions", rep.get("new_versions", 0)),
                    # of the new: found to copy or nearly copy a page stored before
                    ("exact_copies", dedup.get("dedup_exact", 0)),
                    ("near_duplicates", dedup.get("dedup_near", 0)),
                    ("unchanged_files", rep.get("files_skipped", 0)),
                    ("repeated_in_inputs", rep.get("repeated_in_inputs", 0)),
                    # an interrupted run's documents read but not committed
                    ("read_not_stored", rep.get("read_not_stored", 0)),
                )
                if n
            )
            out.print(
                f"[bold]run {r['id']}[/] {r['status']} {r['started']} → {r['finished'] or '-'}"
                f"  read={rep.get('read', '?')} new={rep.get('processed', '?')}{more} "
                f"rejected={rep.get('rejected', '?')}"
            )
            if rep.get("error"):
                out.print(f"   [red]error[/]: {escape(rep['error'])}")
            if rep.get("passed_over"):
                out.print("   passed over: " + escape(passed_over_text(rep["passed_over"])))
                for line in _passed_over_by_file_lines(rep.get("passed_over_by_file") or {}):
                    out.print("     " + line, soft_wrap=True)
            if rep.get("settings"):
                # what this run did otherwise than the defaults: its documents show it
                out.print(
                    "   settings: "
                    + escape(", ".join(f"{k}={v!r}" for k, v in rep["settings"].items()))
                )
            if r["report"] is None and r["status"] != "running":
                # killed (kill -9, OOM, power loss): no report was written;
                # its committed batches are kept and the next run resumes
                out.print(
                    "   no report: the run was killed before it could write one (what it had "
                    "committed is kept; the next run over the same inputs resumes from there)"
                )
            for e in r["errors"]:
                times = f" (×{e['count']})" if (e.get("count") or 1) > 1 else ""
                out.print(f"   [yellow]{escape(e['source'])}[/]: {escape(e['reason'])}{times}")
    finally:
        store.close()


class QualityFormat(str, Enum):
    text = "text"
    json = "json"


@app.command()
def quality(
    db: DbOption,
    format: Annotated[
        QualityFormat, typer.Option("--format", "-f", help="text or json (the API's /api/quality).")
    ] = QualityFormat.text,
) -> None:
    """How much of each site's pages was noise: characters set aside, per site and
    language and by label, with the flags and duplicates found (as the web app's Runs page)."""
    from .web.data import quality_summary

    _stdout_may_be_closed()
    store = _open_store(db)
    try:
        q = quality_summary(store)
    finally:
        store.close()
    q.pop("chart", None)
    if format is QualityFormat.json:
        out.print_json(json.dumps(q, ensure_ascii=False))
        return
    out.print(f"{counted(q['documents'], 'document')}; set aside, per site and language:")
    table = Table(show_edge=False, pad_edge=False)
    for col, right in (
        ("site", False),
        ("lang", False),
        ("docs", True),
        ("kept chars", True),
        ("set aside", True),
        ("share", True),
        ("by label (chars)", False),
    ):
        table.add_column(col, justify="right" if right else "left", overflow="fold")
    for g in q["groups"]:
        table.add_row(
            escape(str(g["site"])),
            escape(str(g["lang"] or "?")),
            str(g["documents"]),
            str(g["kept_chars"]),
            str(g["set_aside_chars"]),
            f"{100 * (g['set_aside_share'] or 0):.0f}%",
            escape(", ".join(f"{k} {n}" for k, n in g["set_aside"].items())),
        )
    print_table(out, table)
    # counts as `newsline run` prints them, "×n": a reason may end in a number
    # ("... at offset 2198 ×1"); characters stay "label n"
    for title, counts, times in (
        ("set aside by label (chars)", q["labels"], ""),
        ("flags", q["flags"], "×"),
        ("duplicates", q["duplicates"], "×"),
        ("rejected inputs", q["rejected"], "×"),
    ):
        if counts:
            out.print(
                f"{title}: " + escape(", ".join(f"{k} {times}{n}" for k, n in counts.items()))
            )


@app.command()
def serve(
    db: DbOption,
    host: Annotated[str, typer.Option(help="Interface to bind (localhost only by default).")] = (
        "127.0.0.1"
    ),
    port: Annotated[int, typer.Option(help="Port.", min=1, max=65535)] = 8000,
) -> None:
    """Browse stories, timelines and documents, and search, in a local web app.

    \b
    Example:
      newsline serve --db news.db --port 8000
    """
    from .web import serve as serve_app

    _open_store(db).close()
    _check_listen(host, port)
    where = f"[{host}]" if ":" in host else host
    console.print(
        f"serving {escape(db)} on http://{escape(where)}:{port}/"
        + ("  (localhost only)" if host in ("127.0.0.1", "localhost", "::1") else "")
    )
    try:
        serve_app(db, host=host, port=port)
    except SystemExit as e:  # uvicorn exits 3 when it cannot start
        if e.code in (0, None):
            raise
        console.print(f"[red]error:[/] the server could not start on {escape(where)}:{port}")
        raise typer.Exit(2) from None


def _check_listen(host: str, port: int) -> None:
    """Say plainly when HOST:PORT cannot be listened on (port taken, unknown host)."""
    import socket

    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        family, kind, proto, _, addr = infos[0]
        with socket.socket(family, kind, proto) as sock:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as uvicorn does
            sock.bind(addr)
    except OSError as e:
        import errno

        hint = " (try another --port)" if e.errno == errno.EADDRINUSE else ""
        console.print(
            f"[red]error:[/] cannot listen on {escape(host)}:{port}: "
            f"{escape(e.strerror or str(e))}{hint}"
        )
        raise typer.Exit(2) from None


@app.command()
def report(
    db: DbOption,
    output: Annotated[
        str, typer.Option("-o", "--output", help="HTML file to write (- for standard output).")
    ] = "report.html",
) -> None:
    """Write one self-contained HTML report (stories, timelines, quality summary)."""
    from .web.report import render_report, write_report

    store = _open_store(db)
    if output == STDOUT_NAME:  # "-o -" wrote a file named "-"
        from .model import printable_path

        try:
            html = render_report(store, printable_path(Path(db).name))
        finally:
            store.close()
        _stdout_may_be_closed()
        sys.stdout.write(html)
        return
    store.close()
    _check_output(output, db)
    try:
        write_report(db, output)
    except OSError as e:
        _cannot_write(output, e)
    console.print(f"report → {escape(output)}")
    if Path(output).suffix.lower() in _NOT_HTML_SUFFIXES:
        # "report -o week.md" wrote HTML under a Markdown name without a word
        console.print(
            f"[yellow]note:[/] the report is HTML, whatever {escape(output)!r} is named; "
            "for Markdown: `newsline stories -f md` and `newsline timeline -f md`"
        )


# the format an -o file's name asks for, when --format is not given
_EXPORT_SUFFIXES = {".parquet": ExportFormat.parquet, ".jsonl": ExportFormat.jsonl}
_TIMELINE_SUFFIXES = {
    ".json": TimelineFormat.json,
    ".md": TimelineFormat.md,
    ".markdown": TimelineFormat.md,
    ".html": TimelineFormat.html,
    ".htm": TimelineFormat.html,
}


def _format_for(output: str | None, given: Any, by_suffix: dict[str, Any], default: Any) -> Any:
    """The format to write: the one --format names, else the one the -o file's
    name says, else ``default``. "export -o news.parquet" wrote JSON Lines and
    "timeline -o story.html" JSON under those names without a word; a
    --format the name contradicts is kept, with a note."""
    said = by_suffix.get(Path(output).suffix.lower()) if output and output != STDOUT_NAME else None
    if given is None:
        return said or default
    if said is not None and said is not given:
        console.print(
            f"[yellow]note:[/] writing {given.value} to {escape(output or '')!r}, as "
            f"--format {given.value} asks; its name says {said.value}"
        )
    return given


# what a user means by -o NAME when it is no HTML file
_NOT_HTML_SUFFIXES = frozenset({".md", ".markdown", ".txt", ".json", ".jsonl", ".csv", ".pdf"})


@app.command()
def demo(
    workdir: Annotated[str, typer.Option(help="Where to write the db and the export.")] = (
        "newsline-demo"
    ),
) -> None:
    """Run the whole pipeline on the bundled sample corpus and show where the results are."""
    from .export import export_jsonl
    from .runner import run_corpus
    from .store import DatabaseError, Store

    corpus = Path(__file__).parent / "sample_corpus"
    wd = Path(workdir)
    # a work folder that cannot be made, a database another run holds: said
    # in one line with run's exit codes, not a traceback (exit 1)
    _check_output(str(wd / "demo.db"))
    try:
        wd.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        _cannot_write(workdir, e)
    db = str(wd / "demo.db")
    try:
        result = run_corpus([str(corpus)], db)
    except DatabaseError as e:
        console.print(f"[red]error:[/] {escape(str(e))}")
        raise typer.Exit(EXIT_DB) from None
    _print_summary(result, quiet=True)
    jsonl = wd / "demo.jsonl"
    with _output_file(str(jsonl)) as tmp, Store(db) as store, open(tmp, "w", encoding="utf-8") as f:
        n = export_jsonl(store, f)
        docs = list(store.iter_documents())
        n_stories = store.count_stories()
        n_events = len(store.events())
    set_aside = sum(1 for d in docs for b in d.blocks if b.label not in ("body", "title"))
    blocks = sum(len(d.blocks) for d in docs)
    flags = sum(len(d.flags) for d in docs)
    langs = sorted({d.lang or "?" for d in docs})
    out.print(f"\n[bold]sample corpus[/]: {escape(str(corpus))}")
    out.print(f"[bold]database[/]:      {escape(db)}")
    out.print(f"[bold]export[/]:        {escape(str(jsonl))} ({n} records)")
    out.print(
        f"documents: {len(docs)} in {', '.join(langs)}; blocks: {blocks} "
        f"({set_aside} set aside); flags: {flags}; stories: {n_stories}; events: {n_events}"
    )
    out.print(
        f"\nnext: newsline show {docs[0].id if docs else 'ID'} --db {escape(db)}\n"
        f"      newsline timeline --db {escape(db)} --format md\n"
        f"      newsline serve --db {escape(db)}"
    )


def _help_paragraphs_flow() -> None:
    """Join the lines of each paragraph of every command's docstring. Typer's
    rich help keeps a docstring's line breaks (all of a paragraph's in the
    command's own --help; those of the first in `newsline --help`), so a
    paragraph broke where the source line did, mid-sentence, before the
    terminal's edge. A paragraph starting with \\b stays verbatim, as in click."""
    import inspect

    for info in app.registered_commands:
        if info.help is None and info.callback is not None and info.callback.__doc__:
            paragraphs = inspect.cleandoc(info.callback.__doc__).split("\n\n")
            info.help = "\n\n".join(
                p if p.startswith("\b") else " ".join(p.split("\n")) for p in paragraphs
            )


_help_paragraphs_flow()


def main() -> None:  # pragma: no cover - the console entry point is newsline.__main__.main
    from .__main__ import main as entry

    entry()


if __name__ == "__main__":  # pragma: no cover
    main()
