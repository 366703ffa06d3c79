"""Serving the review app: loopback by default, any other address only with an access token."""

from __future__ import annotations

import os
from pathlib import Path

from werkzeug.serving import run_simple

from output.review import security
from output.review.app import create_app
from output.store import check_store


def serve(
    db: str | Path | None = None,
    *,
    host: str = "127.0.0.1",
    port: int = 8765,
    token: str | None = None,
    allowed_hosts: tuple[str, ...] = (),
) -> None:
    """Serve the review page until interrupted. Refuses a non-loopback host without a token;
    answers only Host headers naming loopback, ``host`` or one of ``allowed_hosts``."""
    token = token or os.environ.get(security.TOKEN_ENV) or None
    security.check_bind(host, token)
    check_store(db)  # create or migrate now, and fail now on a bad store
    app = create_app(db, token=token, host=host, allowed_hosts=allowed_hosts)
    run_simple(host, port, app, threaded=True)
