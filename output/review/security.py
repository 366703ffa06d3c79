"""The review server's guards: loopback-only unless a token is set, token check, CSRF check.

The page shows scraped text from sites that may be hostile and lets a reviewer change the case
database, so: the server binds to loopback by default, any other address requires an access token
(checked on every request), and every form carries a per-browser CSRF value (double-submit).
"""

from __future__ import annotations

import hmac
import ipaddress
import secrets

TOKEN_COOKIE = "rw_token"
CSRF_COOKIE = "rw_csrf"
REVIEWER_COOKIE = "rw_reviewer"
TOKEN_ENV = "RETURNWATCH_REVIEW_TOKEN"


class BindRefused(Exception):
    """A non-loopback address was asked for without an access token."""


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def check_bind(host: str, token: str | None) -> None:
    if not is_loopback(host) and not token:
        raise BindRefused(
            f"refusing to serve on {host}: not a loopback address; set an access token "
            f"(--token or ${TOKEN_ENV}) to serve on other addresses"
        )


def same(a: str | None, b: str | None) -> bool:
    return bool(a) and bool(b) and hmac.compare_digest(str(a), str(b))


def new_csrf() -> str:
    return secrets.token_urlsafe(24)
