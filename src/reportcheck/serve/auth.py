"""The server's token: a bearer token for tools, a same-site, HTTP-only cookie for the page.

A server bound to another address than loopback must have a token (the CLI
refuses to start without one).  Tools send ``Authorization: Bearer TOKEN``;
the page asks a person for the token once and trades it at
``POST /v1/session`` for a cookie that scripts cannot read (HttpOnly) and
that other sites' pages cannot send (SameSite=Strict), so a form on another
site cannot make a signed-in browser call the API.  The cookie holds an HMAC
of the token, not the token itself.
"""

from __future__ import annotations

import hashlib
import hmac

from fastapi import Request

from reportcheck.errors import ReportcheckError

COOKIE = "reportcheck_session"
#: what the session cookie's value is derived from, besides the token
SESSION_PURPOSE = b"reportcheck serve session v1"


def session_value(token: str) -> str:
    """The cookie's value for a server with ``token``: proves the token was given, without holding it."""
    return hmac.new(token.encode("utf-8"), SESSION_PURPOSE, hashlib.sha256).hexdigest()


def _same(given: str, expected: str) -> bool:
    return hmac.compare_digest(given.encode("utf-8"), expected.encode("utf-8"))


def token_matches(token: str, given: str) -> bool:
    return _same(given, token)


def authorized(request: Request, token: str | None) -> bool:
    """Whether a request may use the API: no token set, or the bearer token, or the session cookie."""
    if token is None:
        return True
    scheme, _, given = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() == "bearer" and _same(given.strip(), token):
        return True
    cookie = request.cookies.get(COOKIE)
    return cookie is not None and _same(cookie, session_value(token))


def require_token(request: Request) -> None:
    """The dependency every ``/v1`` endpoint but the session's has."""
    if not authorized(request, request.app.state.settings.token):
        raise ReportcheckError(
            "unauthorized", "this server needs its token: send Authorization: Bearer TOKEN"
        )
