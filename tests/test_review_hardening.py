"""The review page closed to other sites (issue 10, items 9-11): Host allow-list against DNS
rebinding, Origin/Referer on state-changing requests, redirects only to own paths, 400 for
out-of-range numbers."""

from __future__ import annotations

from pathlib import Path

import pytest
from store_samples import LIU_URL, case_of, fill

from output.review import create_app
from output.review.security import allowed_hosts, host_allowed, local_path, same_origin
from output.store import open_store


@pytest.fixture()
def db(tmp_path: Path) -> Path:
    path = tmp_path / "review.sqlite"
    with open_store(path) as store:
        fill(store)
    return path


def _client(db: Path, **kwargs):  # type: ignore[no-untyped-def]
    client = create_app(db, **kwargs).test_client()
    client.set_cookie("rw_reviewer", "Ana")
    return client


def _case(db: Path) -> str:
    with open_store(db) as store:
        return str(case_of(store, LIU_URL)["id"])


def _csrf(client, path: str) -> str:  # type: ignore[no-untyped-def]
    client.get(path)
    cookie = client.get_cookie("rw_csrf")
    assert cookie is not None
    return str(cookie.value)


def _status(db: Path, cid: str) -> str:
    with open_store(db) as store:
        case = store.get_case(cid)
    assert case is not None
    return str(case["status"])


@pytest.mark.parametrize(
    "host", ["127.0.0.1:8765", "localhost:8765", "[::1]:8765", "127.0.0.1", "LOCALHOST"]
)
def test_loopback_host_names_are_answered(db, host):
    assert _client(db).get("/", headers={"Host": host}).status_code == 200


@pytest.mark.parametrize(
    "host", ["evil.example", "evil.example:8765", "127.0.0.1.evil.example", "localhost.evil"]
)
def test_a_rebound_host_name_is_refused_for_reads_and_writes(db, host):
    client = _client(db)
    cid = _case(db)
    token = _csrf(client, f"/case/{cid}")
    assert client.get(f"/case/{cid}", headers={"Host": host}).status_code == 400
    response = client.post(f"/case/{cid}/accept", data={"csrf": token}, headers={"Host": host})
    assert response.status_code == 400
    assert _status(db, cid) == "pending"


def test_the_configured_host_and_allowed_names_are_answered(db):
    client = _client(db, host="192.0.2.7", allowed_hosts=("review.lab",))
    assert client.get("/", headers={"Host": "192.0.2.7:8765"}).status_code == 200
    assert client.get("/", headers={"Host": "review.lab"}).status_code == 200
    assert client.get("/", headers={"Host": "other.lab"}).status_code == 400
    assert allowed_hosts("0.0.0.0") == frozenset({"localhost", "127.0.0.1", "::1"})
    assert not host_allowed(None, allowed_hosts("127.0.0.1"))


def test_a_post_from_another_origin_is_refused(db):
    client = _client(db)
    cid = _case(db)
    token = _csrf(client, f"/case/{cid}")
    for headers in (
        {"Origin": "http://evil.example"},
        {"Origin": "null"},
        {"Origin": "http://localhost:9999"},
        {"Referer": "http://evil.example/page"},
    ):
        response = client.post(f"/case/{cid}/accept", data={"csrf": token}, headers=headers)
        assert response.status_code == 403, headers
    assert _status(db, cid) == "pending"
    own = {"Origin": "http://localhost"}  # the test client's own host
    response = client.post(f"/case/{cid}/accept", data={"csrf": token}, headers=own)
    assert response.status_code == 302
    assert _status(db, cid) == "accepted"


def test_same_origin_rules():
    assert same_origin("127.0.0.1:8765", "http://127.0.0.1:8765", None)
    assert same_origin("127.0.0.1:8765", None, "http://127.0.0.1:8765/case/x")
    assert same_origin("127.0.0.1:8765", None, None)  # not a browser: the form token decides
    assert not same_origin("127.0.0.1:8765", "http://127.0.0.1:8766", None)
    assert not same_origin("127.0.0.1:8765", "javascript:x", None)


@pytest.mark.parametrize(
    "target",
    [
        "/\t/evil.example/",
        "/\n/evil.example/",
        "//evil.example/",
        "/\\evil.example/",
        "\\\\evil.example",
        "https://evil.example/",
        "http:evil.example",
        " /x",
        "",
    ],
)
def test_next_never_leaves_the_server(db, target):
    client = _client(db)
    token = _csrf(client, "/reviewer")
    response = client.post("/reviewer", data={"csrf": token, "reviewer": "Ana", "next": target})
    assert response.status_code == 302
    assert response.headers["Location"] == "/"
    assert local_path(target) == "/"


def test_next_keeps_an_own_path(db):
    client = _client(db)
    token = _csrf(client, "/reviewer")
    response = client.post(
        "/reviewer", data={"csrf": token, "reviewer": "Ana", "next": "/case/x?y=1"}
    )
    assert response.headers["Location"] == "/case/x?y=1"


def test_token_redirect_never_goes_to_another_host(db):
    client = create_app(db, token="s3cret").test_client()
    response = client.get("/?token=s3cret", environ_overrides={"PATH_INFO": "//evil.example/"})
    assert response.status_code == 302
    assert not response.headers["Location"].startswith("//")


@pytest.mark.parametrize(
    "query",
    [
        "year=99999999999999999999",
        "page=99999999999999999999",
        "year=0",
        "page=0",
        "year=-1",
        "year=%C2%B2",  # superscript two: str.isdigit() says yes, int() says no
        "year=%D9%A3",  # Arabic-Indic three
        "page=abc",
    ],
)
def test_out_of_range_numbers_are_400_not_500(db, query):
    assert _client(db).get(f"/?{query}").status_code == 400


def test_numbers_in_range_still_filter(db):
    client = _client(db)
    assert client.get("/?year=2022&page=1").status_code == 200
    assert client.get("/?year=&page=").status_code == 200
