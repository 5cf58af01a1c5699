"""What the user typed on the command line, turned into a list of reports.

A desk hands reportcheck files, a folder of the day's copy, or a report piped
in (``-``).  :func:`expand_inputs` turns those arguments into
:class:`ReportSource` records, in a stable order: files as given, a
directory's report files sorted by name, standard input read once as bytes.
Nothing is decoded here; :func:`load_source` does that with the load stage's
own errors (missing, empty, binary...), so a source is a small picklable
value that a worker process can load by itself.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from reportcheck.errors import ReportcheckError
from reportcheck.load import BYTES_PER_CHAR, DEFAULT_MAX_CHARS, LoadedReport, load_bytes, load_report

#: file extensions a directory's reports have; anything else in the folder is left alone
REPORT_EXTENSIONS = (".txt", ".text", ".md", ".markdown", ".html", ".htm")
#: the argument that means standard input, and the name its report gets
STDIN_ARGUMENT = "-"
STDIN_NAME = "<stdin>"


@dataclass(frozen=True)
class ReportSource:
    """One report to load: a file path, or bytes already read (standard input)."""

    name: str  #: what findings call the report: the path as given, or ``<stdin>``
    data: bytes | None = None  #: the bytes, when they do not come from a file
    #: the report's own publication date (a dates manifest), which wins over the page's
    date: dt.date | None = None

    @property
    def is_file(self) -> bool:
        return self.data is None


def is_report_file(path: Path) -> bool:
    """A visible file with a report extension."""
    return not path.name.startswith(".") and path.suffix.lower() in REPORT_EXTENSIONS and path.is_file()


def directory_reports(directory: Path, *, recursive: bool = False) -> list[Path]:
    """The report files in ``directory``, sorted by name (by relative path when recursive).

    Hidden files and folders are skipped: editors and sync tools keep their
    own copies there (``.report.txt.swp``, ``.git``)."""
    if recursive:
        found = []
        for root, folders, files in os.walk(directory):
            folders[:] = sorted(f for f in folders if not f.startswith("."))
            found += [Path(root) / name for name in files]
        candidates = sorted(found, key=lambda p: p.relative_to(directory).parts)
    else:
        candidates = sorted(directory.iterdir(), key=lambda p: p.name)
    reports = [path for path in candidates if is_report_file(path)]
    if not reports:
        kinds = ", ".join(REPORT_EXTENSIONS)
        where = " or its subfolders" if recursive else ""
        raise ReportcheckError(
            "directory-empty", f"holds no report files ({kinds}){where}", os.fspath(directory)
        )
    return reports


def read_stdin(stream: BinaryIO | None = None, *, max_chars: int = DEFAULT_MAX_CHARS) -> bytes:
    """Standard input as bytes, read to the end once (at most the size limit, plus one byte)."""
    if stream is None:
        stream = sys.stdin.buffer
    return stream.read(max_chars * BYTES_PER_CHAR + 1)


def expand_inputs(
    arguments: Sequence[str | os.PathLike[str]],
    *,
    recursive: bool = False,
    stdin: BinaryIO | None = None,
    max_chars: int = DEFAULT_MAX_CHARS,
) -> list[ReportSource]:
    """The reports the arguments name: files as given, directories expanded, ``-`` read once.

    A path that does not exist is kept as a file: loading it gives the load
    stage's one-line ``file-missing`` error, with its spelling hints."""
    sources: list[ReportSource] = []
    stdin_used = False
    for argument in arguments:
        shown = os.fspath(argument)
        if shown == STDIN_ARGUMENT:
            if stdin_used:
                raise ReportcheckError("bad-option", "standard input ('-') can be read only once")
            stdin_used = True
            sources.append(ReportSource(STDIN_NAME, read_stdin(stdin, max_chars=max_chars)))
        elif Path(shown).is_dir():
            found = directory_reports(Path(shown), recursive=recursive)
            sources += [ReportSource(os.fspath(path)) for path in found]
        else:
            sources.append(ReportSource(shown))
    return sources


def load_source(
    source: ReportSource, *, date: dt.date | None = None, max_chars: int = DEFAULT_MAX_CHARS
) -> LoadedReport:
    """Load one source as :func:`~reportcheck.load.load_report` loads a file;
    the source's own date (a manifest's) wins over ``date``."""
    date = source.date or date
    if source.data is None:
        return load_report(source.name, date=date, max_chars=max_chars)
    return load_bytes(source.data, path=source.name, date=date, max_chars=max_chars)


#: characters that separate a manifest line's path from its date
_MANIFEST_SEPARATORS = (",", "\t")


def read_manifest(path: str | os.PathLike[str]) -> dict[str, dt.date]:
    """A dates manifest: each line a report's path and its publication date.

    A desk's copy spans days and years, so one ``--date`` cannot resolve
    every report's "Saturday"; the manifest gives each its own.  Lines are
    ``PATH,YYYY-MM-DD`` (or tab-separated); blank lines, ``#`` comments and a
    ``path,date`` header are skipped.  Paths are as the batch is given them,
    or relative to the manifest's folder.  Keys are resolved absolute paths.
    A bad line is a one-line ``manifest-invalid`` error naming the file and
    the line."""
    shown = os.fspath(path)
    try:
        lines = Path(path).read_text(encoding="utf-8-sig").splitlines()
    except FileNotFoundError:
        raise ReportcheckError("manifest-invalid", "does not exist", shown) from None
    except (OSError, UnicodeDecodeError) as error:
        raise ReportcheckError(
            "manifest-invalid", f"cannot be read ({error.__class__.__name__})", shown
        ) from None
    dates: dict[str, dt.date] = {}
    for number, line in enumerate(lines, start=1):
        entry = _manifest_entry(line, number, shown)
        if entry is not None:
            report, date = entry
            dates[_manifest_key(report, Path(path).parent)] = date
    return dates


def _manifest_entry(line: str, number: int, shown: str) -> tuple[str, dt.date] | None:
    text = line.strip()
    if not text or text.startswith("#"):
        return None
    separator = next((s for s in _MANIFEST_SEPARATORS if s in text), None)
    if separator is None:
        raise ReportcheckError(
            "manifest-invalid", f"line {number}: expected PATH,YYYY-MM-DD, got {text[:60]!r}", shown
        )
    report, _, written = (part.strip() for part in text.rpartition(separator))
    if number == 1 and written.lower() == "date":
        return None  # a header
    try:
        date = dt.date.fromisoformat(written)
    except ValueError:
        raise ReportcheckError(
            "manifest-invalid", f"line {number}: {written[:40]!r} is not a date (YYYY-MM-DD)", shown
        ) from None
    if not report:
        raise ReportcheckError("manifest-invalid", f"line {number}: no report path before the date", shown)
    return report, date


def _manifest_key(report: str, folder: Path) -> str:
    candidate = Path(report)
    if not candidate.is_absolute() and not candidate.exists():
        candidate = folder / candidate
    return os.fspath(candidate.resolve())


def dated_sources(sources: Sequence[ReportSource], dates: dict[str, dt.date]) -> list[ReportSource]:
    """The sources, each given its manifest date when the manifest lists it."""
    return [
        ReportSource(source.name, source.data, dates.get(os.fspath(Path(source.name).resolve())))
        if source.is_file
        else source
        for source in sources
    ]
