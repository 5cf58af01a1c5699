"""The catalogue of errors reportcheck reports to its users.

Every failure a user can cause (a missing file, a binary file, a bad fact
sheet, no language model) is a :class:`ReportcheckError` carrying a stable
code from :data:`CATALOGUE`.  The CLI prints it as one line, ``reportcheck:
PATH: message [code]``, and exits with status 2, so scripts and CI can tell
trouble (2) from conflicts found (1) without parsing tracebacks.
``reportcheck serve`` answers the same errors as JSON with an HTTP status
(:data:`reportcheck.serve.errors.HTTP_STATUS` maps each code to one).
"""

from __future__ import annotations

from dataclasses import dataclass

#: code -> what the code means; the message of each error says the specifics.
CATALOGUE: dict[str, str] = {
    "file-missing": "the path does not exist",
    "file-is-directory": "a directory was given where a file was expected",
    "file-unreadable": "the file cannot be read (permissions, a symlink loop, an I/O error)",
    "file-empty": "the file holds no text",
    "file-binary": "the file is binary data, not text",
    "file-encoding": "the file's text encoding could not be determined",
    "file-too-large": "the file is larger than the configured limit",
    "directory-empty": "a directory given as input holds no report files",
    "settings-invalid": "reportcheck.toml or [tool.reportcheck] in pyproject.toml is not valid",
    "model-missing": "no spaCy English pipeline could be loaded",
    "rules-invalid": "a packaged rule file does not match its schema",
    "bad-option": "a command-line option has an invalid value",
    "output-exists": "the output file exists and --force was not given",
    "output-failed": "the output file could not be written",
    "extra-missing": "an optional feature's packages are not installed (pip install 'reportcheck[EXTRA]')",
    "cluster-unreachable": "no Dask scheduler answered at the address given",
    "cache-unwritable": "the cache folder (REPORTCHECK_CACHE_DIR, else the user cache folder) "
    "cannot be written",
    "facts-invalid": "the fact sheet is not valid YAML, does not match the fact sheet schema, "
    "or holds a value that cannot be read",
    "manifest-invalid": "the dates manifest (batch --dates) cannot be read, or a line of it is not "
    "a report path and a YYYY-MM-DD date",
    "facts-unsafe": "the fact sheet uses YAML refused for safety (aliases, deep nesting, Python tags)",
    # the HTTP server's own (reportcheck serve); its answers carry these codes as the CLI's lines do
    "bad-request": "the HTTP request is malformed: not the JSON or form fields the endpoint takes",
    "unsupported-type": "the request or an uploaded report is of a type reportcheck does not read",
    "request-too-large": "the HTTP request body is larger than the server's limit (--max-body)",
    "unauthorized": "the server needs its token (Authorization: Bearer TOKEN, or the page's session)",
    "not-found": "no such page or endpoint on the server",
    "busy": "the server's queue is full; try again after the Retry-After seconds",
    "internal-error": "a bug in reportcheck (the server's log holds the traceback; please report it)",
    "timeout": "the request ran past the server's time limit (--time-limit)",
    "request-timeout": "the client sent its request body too slowly (--read-time-limit)",
}


@dataclass
class ReportcheckError(Exception):
    """An error the user can act on: which file, what is wrong, and its code."""

    code: str
    message: str
    path: str | None = None

    def __post_init__(self) -> None:
        if self.code not in CATALOGUE:
            raise ValueError(f"unknown error code {self.code!r}")
        super().__init__(self.one_line())

    def one_line(self) -> str:
        """The single line the CLI prints: where, what, and the code."""
        where = f"{self.path}: " if self.path else ""
        return f"{where}{self.message} [{self.code}]"
