"""Data computed from packaged files, kept in the user cache directory.

Some start-up work gives the same answer on every run until a rule file or
a dependency changes: pint's unit registry takes longer to build than the
conversion factors it yields take to read back.  :func:`cached` keeps such
results as pickles named by a hash of everything they depend on, so a
changed input simply misses and rebuilds.  The cache is only ever a
shortcut: a missing, stale, damaged or read-only cache directory means the
work is done as on a fresh machine, never an error.

The directory is the gazetteer's (``REPORTCHECK_CACHE_DIR`` or the
platform's user cache directory), so one setting moves all of it.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import pickle
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TypeVar, cast

T = TypeVar("T")

#: where the caches go instead of the user cache directory (tests, read-only homes)
CACHE_ENV = "REPORTCHECK_CACHE_DIR"
#: bumped when the way entries are stored changes
FORMAT_VERSION = 1
#: an entry of other inputs is dropped once it has gone this long unused: an
#: upgrade's leftovers go, while two installed versions sharing one cache
#: folder (a project's venv and a global install) keep each its own entry
#: instead of deleting each other's and rebuilding on every run
IDLE_DAYS = 14


def cache_dir() -> Path:
    """The folder for cached data (created on the first write, not here)."""
    folder = os.environ.get(CACHE_ENV)
    if not folder:
        from platformdirs import user_cache_dir

        folder = user_cache_dir("reportcheck")
    return Path(folder)


def cache_key(parts: Sequence[str]) -> str:
    """A short hash of everything an entry depends on."""
    joined = "\0".join([str(FORMAT_VERSION), *parts])
    return hashlib.sha256(joined.encode()).hexdigest()[:16]


def mark_used(path: Path) -> None:
    """Note that an entry was just read (its modification time), so
    :func:`remove_idle` keeps it; a read-only cache is no error."""
    with contextlib.suppress(OSError):
        os.utime(path)


def remove_idle(current: Path, pattern: str, idle_days: float = IDLE_DAYS) -> None:
    """Drop the entries matching ``pattern`` beside ``current`` that have not
    been used for ``idle_days``; ``current`` itself is always kept."""
    cutoff = time.time() - idle_days * 86400
    for other in current.parent.glob(pattern):
        with contextlib.suppress(OSError):
            if other != current and other.stat().st_mtime < cutoff:
                other.unlink()


def _read(path: Path) -> tuple[bool, object]:
    try:
        with path.open("rb") as handle:
            value = pickle.load(handle)
        mark_used(path)
        return True, value
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ValueError, TypeError, ImportError):
        return False, None


def _write(path: Path, value: object) -> None:
    """Write atomically (a concurrent reader sees the old file or the new one) and
    drop the entries of the same name that other inputs left unused."""
    temporary = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        descriptor, temporary = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(descriptor, "wb") as handle:
            pickle.dump(value, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temporary, path)
        temporary = None
        name = path.name.rsplit("-", 1)[0]
        remove_idle(path, f"{name}-*.pickle")
    except OSError:
        if temporary is not None:
            with contextlib.suppress(OSError):
                os.unlink(temporary)


def cached(name: str, parts: Sequence[str], build: Callable[[], T], check: type | None = None) -> T:
    """``build()``, or its result from an earlier run given the same ``parts``.

    ``check`` is the type the value must have; anything else read back (a
    file from another version) is rebuilt."""
    path = cache_dir() / f"{name}-{cache_key(parts)}.pickle"
    found, value = _read(path)
    if found and (check is None or isinstance(value, check)):
        return cast(T, value)  # what build() made, as check (when given) confirms
    value = build()
    _write(path, value)
    return value
