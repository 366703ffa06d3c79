"""The review server's guards: loopback-only unless a token is set, token check, CSRF check.

The page shows scraped text from sites that may be hostile and lets a reviewer change the case
database, so: the server binds to loopback by default, any other address requires an access token
(checked on every request), and every form carries a per-browser CSRF value (double-submit).
"""

from __future__ import annotations

import hmac
import ipaddress
import secrets
from urllib.parse import urlsplit

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


# Names a browser on this machine uses for a loopback server; with the configured host (and
# --allowed-host names) the only Host headers answered: a page of another site that rebinds its
# own name to 127.0.0.1 (DNS rebinding) sends its own name, and is refused.
LOOPBACK_NAMES = frozenset({"localhost", "127.0.0.1", "::1"})
_UNSPECIFIED = frozenset({"0.0.0.0", "::", ""})


def host_name(host_header: str) -> str:
    """The host name of a Host (or Origin netloc) value, lower-case, without port or brackets."""
    value = host_header.strip().lower()
    if value.startswith("["):
        return value[1 : value.find("]")] if "]" in value else value
    return value.rsplit(":", 1)[0] if value.count(":") == 1 else value


def allowed_hosts(bind_host: str, extra: tuple[str, ...] = ()) -> frozenset[str]:
    """The host names the server answers to: loopback names, the address it binds (unless it
    is the unspecified address 0.0.0.0 / ::) and any names given."""
    names = set(LOOPBACK_NAMES) | {host_name(h) for h in extra if h}
    if host_name(bind_host) not in _UNSPECIFIED:
        names.add(host_name(bind_host))
    return frozenset(names)


def host_allowed(host_header: str | None, allowed: frozenset[str]) -> bool:
    if not host_header:
        return False
    name = host_name(host_header)
    return name in allowed or is_loopback(name)


def same_origin(request_host: str, origin: str | None, referer: str | None) -> bool:
    """Whether a state-changing request comes from the server's own pages: its Origin (else its
    Referer) names the same host and port. A browser sends Origin with every cross-site POST;
    a request with neither (a script, not a browser) is left to the form token."""
    source = origin if origin is not None else referer
    if source is None:
        return True
    if source == "null":
        return False
    parts = urlsplit(source)
    return parts.scheme in ("http", "https") and parts.netloc.lower() == request_host.lower()


def local_path(target: str | None, default: str = "/") -> str:
    """``target`` when it is a path on this server, else ``default``: never a URL with a scheme
    or host, never ``//host`` or ``/\\host`` (which browsers read as another host), never a
    control character or space (browsers drop tabs and newlines: ``/\\t/evil.example``)."""
    if not target or not target.startswith("/") or target.startswith(("//", "/\\")):
        return default
    if any(ord(c) <= 0x20 or ord(c) == 0x7F or c == "\\" for c in target):
        return default
    parts = urlsplit(target)
    if parts.scheme or parts.netloc:
        return default
    return target
