"""Writing output files without ever losing what the user had.

The data goes to a temporary file in the target's directory, is flushed to
disk, then renamed over the target in one step: a failure or Ctrl-C leaves
either the old file or the new one, never half of one.  An existing file is
only replaced when the user said ``--force``.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

from reportcheck.errors import ReportcheckError


def _mode_for(path: Path) -> int:
    """The permissions a new file gets (the umask's), or the old file's when replacing it.

    mkstemp makes its file readable by the owner only; an export handed to a
    desk must not end up that way."""
    if path.exists():
        return path.stat().st_mode & 0o777
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.exists() and b.exists() and os.path.samefile(a, b)
    except OSError:
        return False


def check_output(path: Path | None, *, force: bool = False, inputs: Iterable[str | Path] = ()) -> None:
    """Refuse an output path before the work, not after it: a directory, one
    of the reports being read (even with ``--force``: the user's copy would be
    lost), or an existing file without ``--force``."""
    if path is None:
        return
    path = Path(path)
    if any(_same_file(path, Path(source)) for source in inputs):
        raise ReportcheckError(
            "output-failed", "is one of the reports being read; give another -o", str(path)
        )
    if path.is_dir():
        raise ReportcheckError("output-failed", "it is a directory", str(path))
    if path.exists() and not force:
        raise ReportcheckError("output-exists", "exists; use --force to overwrite it", str(path))


def write_atomic(path: Path, data: str | bytes, *, force: bool = False) -> None:
    """Write ``data`` to ``path`` atomically; refuse to overwrite without ``force``."""
    path = Path(path)
    check_output(path, force=force)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    directory = path.parent if str(path.parent) else Path(".")
    try:
        fd, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
    except OSError as error:
        raise ReportcheckError("output-failed", error.strerror or str(error), str(path)) from None
    try:
        os.chmod(temporary, _mode_for(path))
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except BaseException as error:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        if isinstance(error, OSError):
            raise ReportcheckError("output-failed", error.strerror or str(error), str(path)) from None
        raise
