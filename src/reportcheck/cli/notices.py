"""What commands say on stderr besides errors: the first run's wait, and the file written.

The library never prints; it tells a callback how far the place index
build has got (:func:`reportcheck.knowledge.gazetteer.build_place_index`), and
this module decides what a person sees.  On a terminal that is a transient
progress bar; in a log (stderr not a terminal) one plain line before the
build, so the log says why the first run was slow; with ``--quiet`` nothing.
After ``-o FILE`` one line names the file and what it holds.
"""

from __future__ import annotations

import sys
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from rich.console import Console

if TYPE_CHECKING:
    from rich.progress import Progress, TaskID

    from reportcheck.facts.result import CheckResult
    from reportcheck.models import Comparison, ExtractedReport

#: what the first run says; builds measured on the shared 2-core development
#: machine took 11-22 s (most 12-17 s), depending on its load
INDEX_NOTICE = "reportcheck: building the place index (first run only, about 15 s)..."


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


class IndexNotice:
    """The progress callback of a place index build, shown on stderr.

    Nothing at all is shown unless a build starts (the callback is only
    called then), and the notice is shown once per build."""

    def __init__(self, quiet: bool = False, console: Console | None = None):
        self.quiet = quiet
        self.console = console or Console(stderr=True)
        self.started = False
        self._bar: Progress | None = None
        self._task: TaskID | None = None

    def __call__(self, done: int, total: int) -> None:
        if self.quiet:
            return
        if not self.started:
            self.started = True
            if self.console.is_terminal:
                self._bar = _index_bar(self.console)
                self._bar.start()
                self._task = self._bar.add_task("index", total=total)
            else:
                print(INDEX_NOTICE, file=sys.stderr, flush=True)
        if self._bar is not None and self._task is not None:  # set together
            self._bar.update(self._task, completed=done, total=total)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.stop()
            self._bar = None

    def __enter__(self) -> IndexNotice:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.close()


def _index_bar(console: Console) -> Progress:
    """The notice on one line and the bar below it (both fit 80 columns), gone when done."""
    from rich.progress import BarColumn, Progress, TaskProgressColumn, TimeElapsedColumn
    from rich.text import Text

    class IndexProgress(Progress):
        def get_renderables(self):
            yield Text(INDEX_NOTICE)
            yield self.make_tasks_table(self.tasks)

    return IndexProgress(
        BarColumn(), TaskProgressColumn(), TimeElapsedColumn(), console=console, transient=True
    )


def prepare_place_index(quiet: bool = False) -> None:
    """Build the place index before a command's work when there is none yet,
    saying so (see the module docstring); a second run finds it and says nothing.

    Batch calls it in the parent, so its worker processes find the index
    built instead of each building (and announcing) its own."""
    from reportcheck.knowledge.gazetteer import build_place_index

    with IndexNotice(quiet) as notice:
        index = build_place_index(progress=notice)
    if index.built and not index.stored and not quiet:
        print(
            f"reportcheck: cannot write the place index to {index.path.parent}; it is built again "
            "on every run (set REPORTCHECK_CACHE_DIR to a folder you can write)",
            file=sys.stderr,
        )


def say_wrote(output: Path | None, holds: str | None = None, *, quiet: bool = False) -> None:
    """``wrote report.html (2 conflicts, 14 findings)`` on stderr after ``-o``;
    nothing when the output went to stdout or with ``--quiet``."""
    if output is None or quiet:
        return
    print(f"wrote {output}" + (f" ({holds})" if holds else ""), file=sys.stderr)


def comparison_counts(comparison: Comparison) -> str:
    """What a compare or batch file holds: its conflicts and all its findings, as the JSON counts them."""
    from reportcheck.models import Status

    conflicts = sum(1 for finding in comparison.findings if finding.status is Status.conflict)
    return f"{_plural(conflicts, 'conflict')}, {_plural(len(comparison.findings), 'finding')}"


def check_counts(result: CheckResult) -> str:
    """What a check file holds: the facts the article conflicts with, and all the sheet's facts."""
    from reportcheck.facts.result import FactStatus

    conflicts = result.summary()[FactStatus.conflict.value]
    return f"{_plural(conflicts, 'conflict')}, {_plural(len(result.facts), 'fact')}"


def claim_counts(extracted: ExtractedReport) -> str:
    """What an extract file holds: every claim found."""
    return _plural(len(extracted.claims), "claim")
