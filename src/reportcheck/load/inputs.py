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
    """Load one source as :func:`~reportcheck.load.load_report` loads a file."""
    if source.data is None:
        return load_report(source.name, date=date, max_chars=max_chars)
    return load_bytes(source.data, path=source.name, date=date, max_chars=max_chars)
