"""What a running server is set to: where it listens, who may call it, how much it takes.

The limits exist because a newsroom server is shared: one pasted wire dump or
a script gone wrong must not starve every other desk, nor grow the process's
memory without bound.  :class:`ServeSettings` is plain data (no web framework
imported), so the CLI can build it, and refuse a bad one, before the
optional packages load.
"""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass, field

from reportcheck.compare.confidence import DEFAULT_MIN_CONFIDENCE
from reportcheck.knowledge.tolerance import DEFAULT, Tolerances
from reportcheck.load import DEFAULT_MAX_CHARS

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8321
#: requests waiting for the worker beyond the one being worked on; a full queue answers 503
DEFAULT_QUEUE = 8
#: seconds a request may take, waiting included, before it is answered 504
DEFAULT_TIME_LIMIT = 120.0
#: seconds a client may take to send its request body once its headers are in, before it is
#: answered 408: a client that dribbles a body a byte at a time must not hold the server
DEFAULT_READ_TIME_LIMIT = 30.0
#: seconds an idle HTTP/1.1 connection is kept open for a next request: long enough for the page's
#: follow-up calls (a download after a compare), short enough that idle sockets from every desk
#: do not pile up; a proxy that keeps connections to reportcheck open must drop them sooner
KEEP_ALIVE_SECONDS = 15
#: the whole request body, all reports and the fact sheet together
DEFAULT_MAX_BODY = 10_000_000
#: names the HTTP Host header may carry when the server listens on loopback only: a
#: page on another site that rebinds its DNS name to 127.0.0.1 is refused
LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "[::1]", "::1")


def is_loopback(host: str) -> bool:
    """Whether ``host`` (an address or ``localhost``) is reachable from this machine only."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


@dataclass(frozen=True)
class ServeSettings:
    """One server's settings; the CLI's options fill them, tests build them directly."""

    host: str = DEFAULT_HOST
    port: int = DEFAULT_PORT
    token: str | None = None  #: required on every /v1 request when set
    model: str | None = None
    max_chars: int = DEFAULT_MAX_CHARS  #: per report, as the CLI's --max-chars
    max_body: int = DEFAULT_MAX_BODY  #: bytes per request
    #: one worker: the spaCy pipeline is shared and not documented thread-safe, and
    #: parsing holds the GIL, so a second thread would add risk and little speed
    workers: int = 1
    queue: int = DEFAULT_QUEUE
    time_limit: float = DEFAULT_TIME_LIMIT
    #: seconds to receive a request's body; then 408 request-timeout
    read_time_limit: float = DEFAULT_READ_TIME_LIMIT
    tolerances: Tolerances = field(default=DEFAULT)
    #: a compare's --min-confidence when a request gives none (settings key min_confidence)
    min_confidence: float = DEFAULT_MIN_CONFIDENCE
    #: run a small compare at start-up so the first caller waits no longer than the next
    warm_up: bool = True
    #: extract half of a compare's reports in a helper process, on another core
    #: (:mod:`reportcheck.serve.helper`); the CLI turns it on where there are two cores
    helper: bool = False

    def allowed_hosts(self) -> list[str]:
        """Host headers accepted: loopback names on loopback, any behind a token on another address."""
        return list(LOOPBACK_HOSTS) if is_loopback(self.host) else ["*"]
