"""The review web page (Flask, server-rendered Jinja2, no JavaScript needed).

Routes: ``/`` the queue with filters and name search; ``/case/<id>`` one case with every field,
its source sentence, the highlighted articles side by side, conflicts and the audit trail;
``/stats`` the figures and charts of the queue's cases (same filters, server-rendered SVG);
``POST /case/<id>/<action>`` for accept, needs_edit, reopen, reject, edit, duplicate and split.
"""

from __future__ import annotations

import json
import re
import secrets
from dataclasses import asdict
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from flask import (
    Flask,
    Response,
    abort,
    current_app,
    g,
    redirect,
    render_template,
    request,
    url_for,
)
from jinja2 import ChoiceLoader, PackageLoader
from werkzeug.wrappers import Response as BaseResponse

from output.exporters import atom_format
from output.merge import CASE_FIELDS
from output.report import all_charts, case_figures
from output.report.figures import numbers
from output.report.labels import code_label, country_name, method_label
from output.review import captured, security
from output.review.glossing import field_terms, sentence_parts
from output.review.highlight import segments, sentence_around
from output.store import ReviewError, Store, open_store
from output.store.clock import utc_now
from output.store.queries import STATUSES, CaseFilter

PAGE_SIZE = 100


def display(value: Any) -> str:
    """A field value as a reviewer reads and edits it: lists comma-joined, null empty."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value)


# The accepted range of each numeric query parameter; anything else is a 400, not a 500.
INT_PARAMS = {
    "year": (1, 9999),
    "page": (1, 1_000_000),
    "limit": (1, atom_format.MAX_FEED_LIMIT),
}
_ASCII_NUMBER = re.compile(r"[0-9]{1,9}")


def _int_or_none(name: str) -> int | None:
    """The query parameter ``name`` as an int in its range (``INT_PARAMS``), None when absent
    or empty; abort(400) for anything else (``?year=99999999999999999999``, ``?page=²``)."""
    raw = (request.args.get(name) or "").strip()
    if not raw:
        return None
    low, high = INT_PARAMS[name]
    if not _ASCII_NUMBER.fullmatch(raw) or not low <= int(raw) <= high:
        abort(400, f"{name} must be a number from {low} to {high}")
    return int(raw)


def _filters() -> CaseFilter:
    args = request.args
    return CaseFilter(
        status=args.get("status") or None,
        site=args.get("site") or None,
        year=_int_or_none("year"),
        country=args.get("country") or None,
        method=args.get("method") or None,
        q=args.get("q") or None,
    )


def _field_rows(case: dict[str, Any]) -> list[dict[str, Any]]:
    """One row per field: value, origin, source mention and the sentence its evidence sits in."""
    by_id = {m["id"]: m for m in case["mentions"]}
    rows = []
    for name in CASE_FIELDS:
        entry = case["fields"].get(name, {"value": None, "mention_id": None})
        mention = by_id.get(entry.get("mention_id") or "")
        sentence, site = "", None
        if mention is not None:
            site = mention["site"]
            for ev in mention["record"].get("evidence", []):
                if ev["field"] == name:
                    sentence = sentence_around(mention["text"], ev["start"], ev["end"])
                    break
        rows.append(
            {
                "name": name,
                "value": display(entry.get("value")),
                "origin": entry.get("origin", "machine"),
                "reviewer": entry.get("reviewer"),
                "machine_value": display(entry.get("machine_value")),
                "mention_id": entry.get("mention_id"),
                "site": site,
                "sentence": sentence,
                "terms": field_terms(case, name, entry.get("mention_id")),
                "sentence_parts": sentence_parts(name, sentence),
                "conflicts": [
                    {
                        "value": display(c["value"]),
                        "sites": [by_id[m]["site"] for m in c["mention_ids"] if m in by_id],
                    }
                    for c in entry.get("conflicts", [])
                ],
            }
        )
    return rows


def store() -> Store:
    """One store (one connection pool) for the app, opened on first use."""
    opened: list[Store] = current_app.extensions["returnwatch_store"]
    if not opened:
        opened.append(open_store(current_app.config["RW_DB"]))
    return opened[0]


def reviewer() -> str | None:
    return request.cookies.get(security.REVIEWER_COOKIE) or None


def _token_redirect(expected: str) -> BaseResponse | None:
    """The token in the URL (a link the operator shared) becomes a cookie; None when absent.
    Without a valid token (URL, cookie or header) the request is refused."""
    if security.same(request.args.get("token"), expected):
        args = {k: v for k, v in request.args.items() if k != "token"}
        target = security.local_path(request.path) + ("?" + urlencode(args) if args else "")
        response = redirect(target)
        response.set_cookie(security.TOKEN_COOKIE, expected, httponly=True, samesite="Strict")
        return response
    presented = request.cookies.get(security.TOKEN_COOKIE) or request.headers.get(
        "X-Returnwatch-Token"
    )
    if not security.same(presented, expected):
        abort(403, "an access token is required")
    return None


def guard() -> BaseResponse | None:
    """Before every request: the Host, the origin of a change, the token, the form token."""
    if not security.host_allowed(request.headers.get("Host"), current_app.config["RW_HOSTS"]):
        abort(400, "unknown Host: this server answers only to its own address")
    if request.method not in ("GET", "HEAD", "OPTIONS") and not security.same_origin(
        request.host, request.headers.get("Origin"), request.headers.get("Referer")
    ):
        abort(403, "request from another site refused (Origin or Referer)")
    expected = current_app.config["RW_TOKEN"]
    if expected:
        response = _token_redirect(expected)
        if response is not None:
            return response
    g.csrf = request.cookies.get(security.CSRF_COOKIE) or security.new_csrf()
    if request.method == "POST" and not security.same(
        request.form.get("csrf"), request.cookies.get(security.CSRF_COOKIE)
    ):
        abort(403, "missing or wrong form token; reload the page")
    return None


def headers(response: Response) -> Response:
    response.headers["Content-Security-Policy"] = (
        "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
        "frame-ancestors 'none'; base-uri 'none'"
    )
    response.headers["X-Content-Type-Options"] = "nosniff"
    if request.endpoint == "captured_copy":
        response.headers["Content-Security-Policy"] += captured.EXTRA_POLICY
    # same-origin: the server's own form posts carry Origin and Referer (checked above),
    # other sites learn nothing (a case URL names a person)
    response.headers["Referrer-Policy"] = "same-origin"
    csrf = g.get("csrf")  # None when the request was refused before the guard set it
    if csrf and request.cookies.get(security.CSRF_COOKIE) != csrf:
        response.set_cookie(security.CSRF_COOKIE, csrf, httponly=True, samesite="Strict")
    return response


def queue() -> str:
    filters = _filters()
    page = _int_or_none("page") or 1
    rows, total = store().list_cases(filters, limit=PAGE_SIZE, offset=(page - 1) * PAGE_SIZE)
    return render_template(
        "queue.html",
        rows=rows,
        total=total,
        page=page,
        pages=max((total + PAGE_SIZE - 1) // PAGE_SIZE, 1),
        filters=filters,
        facets=store().facets(),
        reviewer=reviewer(),
        stats_args={k: v for k, v in request.args.items() if k != "page" and v},
        feed_url=_feed_url(filters),
    )


def stats() -> str:
    """The figures and charts of the cases the queue shows under the same filters."""
    filters = _filters()
    figures = case_figures(store(), filters)
    return render_template(
        "stats.html",
        f=figures,
        numbers=numbers(figures),
        charts=all_charts(figures),
        filters=filters,
        facets=store().facets(),
        reviewer=reviewer(),
        queue_args={k: v for k, v in request.args.items() if k != "page" and v},
    )


def _feed_url(filters: CaseFilter) -> str:
    """The feed of the cases the queue shows (its filters, without the page)."""
    query = atom_format.canonical_params(asdict(filters))
    return url_for("feed") + ("?" + urlencode(query) if query else "")


def feed() -> Response:
    """The Atom feed of the cases the queue's filters select, most recently changed first."""
    filters = _filters()
    limit = _int_or_none("limit") or atom_format.FEED_LIMIT
    data = atom_format.render(
        store().recent_cases(filters, limit=limit),
        base_url=request.url_root,
        params=asdict(filters),
        generated_at=utc_now(),
    )
    return Response(data, mimetype="application/atom+xml")


def set_reviewer() -> BaseResponse | str:
    next_url = security.local_path(request.values.get("next"), url_for("queue"))
    if request.method == "POST":
        name = (request.form.get("reviewer") or "").strip()
        if name:
            response = redirect(next_url)
            response.set_cookie(
                security.REVIEWER_COOKIE,
                name,
                max_age=3600 * 24 * 365,
                httponly=True,
                samesite="Strict",
            )
            return response
    return render_template("reviewer.html", next_url=next_url, reviewer=reviewer())


def render_case(case_id: str, error: str | None = None, status: int = 200) -> Response:
    case = store().get_case(case_id)
    if case is None:
        abort(404, f"no case {case_id}")
    for mention in case["mentions"]:
        mention["segments"] = segments(mention["text"], mention["record"].get("evidence", []))
    html = render_template(
        "case.html",
        case=case,
        rows=_field_rows(case),
        error=error,
        reviewer=reviewer(),
        statuses=STATUSES,
    )
    return Response(html, status=status)


def case_page(case_id: str) -> Response:
    return render_case(case_id)


def _apply(case_id: str, action: str, name: str) -> str:
    """Carry out a review action; the case to show afterwards."""
    form = request.form
    note = form.get("note") or None
    if action in ("accept", "needs_edit", "reopen"):
        store().set_status(case_id, action, name, note)
    elif action == "reject":
        store().reject(case_id, name, form.get("reason", ""))
    elif action == "edit":
        store().edit_field(case_id, name, form.get("field", ""), form.get("value", ""), note)
    elif action == "duplicate":
        target = form.get("target", "").strip()
        store().mark_duplicate(case_id, target, name, note)
        return target
    elif action == "split":
        return store().split_case(case_id, form.getlist("mention"), name, note)
    else:
        abort(404, f"unknown action {action}")
    return case_id


def act(case_id: str, action: str) -> BaseResponse:
    name = reviewer()
    if not name:
        return redirect(url_for("set_reviewer", next=url_for("case_page", case_id=case_id)))
    try:
        target = _apply(case_id, action, name)
    except ReviewError as exc:
        return render_case(case_id, error=str(exc), status=400)
    return redirect(url_for("case_page", case_id=target))


def case_json(case_id: str) -> Response:
    case = store().get_case(case_id)
    if case is None:
        abort(404)
    return Response(json.dumps(case, ensure_ascii=False, default=str), mimetype="application/json")


def captured_copy(document_id: str) -> Response:
    return captured.download(document_id, store().get_document(document_id))


def create_app(
    db: str | Path | None = None,
    *,
    token: str | None = None,
    host: str = "127.0.0.1",
    allowed_hosts: tuple[str, ...] = (),
) -> Flask:
    """The review app over the store at ``db``; with ``token`` every request must present it.
    It answers only requests whose Host header names a loopback name, ``host`` (the address
    it serves) or one of ``allowed_hosts``."""
    app = Flask(__name__)
    app.config["RW_HOSTS"] = security.allowed_hosts(host, allowed_hosts)
    app.config["RW_DB"] = db
    app.config["RW_TOKEN"] = token
    app.jinja_env.autoescape = True
    app.jinja_env.globals["display"] = display
    # the report's chart and count partials, shared with /stats
    app.jinja_loader = ChoiceLoader(
        [app.jinja_loader, PackageLoader("output.report", "templates")]  # type: ignore[list-item]
    )
    app.jinja_env.globals.update(
        country_name=country_name, method_label=method_label, code_label=code_label
    )
    app.extensions["returnwatch_store"] = []
    app.before_request(guard)
    app.after_request(headers)
    app.add_url_rule("/", "queue", queue, methods=["GET"])
    app.add_url_rule("/stats", "stats", stats, methods=["GET"])
    app.add_url_rule("/feed.atom", "feed", feed, methods=["GET"])
    app.add_url_rule("/reviewer", "set_reviewer", set_reviewer, methods=["GET", "POST"])
    app.add_url_rule("/case/<case_id>", "case_page", case_page, methods=["GET"])
    app.add_url_rule("/case/<case_id>/<action>", "act", act, methods=["POST"])
    app.add_url_rule("/case/<case_id>.json", "case_json", case_json, methods=["GET"])
    app.add_url_rule(
        "/document/<document_id>/captured", "captured_copy", captured_copy, methods=["GET"]
    )
    app.secret_key = secrets.token_bytes(32)
    return app
