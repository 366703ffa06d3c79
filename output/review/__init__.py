"""The local review web page: ``create_app(db)`` and ``serve(db, host, port, token)``."""

from output.review.app import create_app
from output.review.server import serve

__all__ = ["create_app", "serve"]
