"""The review page through Flask's test client: queue, case page, actions, escaping, guards."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from flask.testing import FlaskClient
from store_samples import CCDI_URL, CHINADAILY_URL, HOSTILE_URL, LIU_URL, case_of, fill, run_cli

from output.review import create_app
from output.review.security import BindRefused, check_bind
from output.store import open_store

pytest_plugins = ["store_fixtures"]  # store_db: a SQLite file, then a PostgreSQL schema


@pytest.fixture()
def db(store_db: Path) -> Path:
    with open_store(store_db) as store:
        fill(store)
    return store_db


def client_for(db: Path, reviewer: str | None = "Ana", token: str | None = None) -> FlaskClient:
    client = create_app(db, token=token).test_client()
    if reviewer:
        client.set_cookie("rw_reviewer", reviewer)
    return client


def csrf(client: FlaskClient, path: str = "/") -> str:
    page = client.get(path).get_data(as_text=True)
    match = re.search(r'name="csrf" value="([^"]+)"', page)
    cookie = client.get_cookie("rw_csrf")
    assert cookie is not None
    return match.group(1) if match else cookie.value


def case_id(db: Path, url: str) -> str:
    with open_store(db) as store:
        return str(case_of(store, url)["id"])


def test_queue_lists_and_filters(db: Path) -> None:
    client = client_for(db)
    page = client.get("/").get_data(as_text=True)
    assert "Cases <small>(5)</small>" in page and "陈立文" in page and "刘海燕" in page
    by_country = client.get("/?country=US").get_data(as_text=True)
    assert "刘海燕" in by_country and "陈立文" not in by_country
    by_site = client.get("/?site=chinadaily").get_data(as_text=True)
    assert "Cases <small>(1)</small>" in by_site and "陈立文" in by_site
    by_year = client.get("/?year=2022").get_data(as_text=True)
    assert "Cases <small>(2)</small>" in by_year and "王某" in by_year
    by_method = client.get("/?method=deported").get_data(as_text=True)
    assert "Cases <small>(2)</small>" in by_method
    by_pinyin = client.get("/?q=Liwen").get_data(as_text=True)
    assert "Cases <small>(1)</small>" in by_pinyin and "陈立文" in by_pinyin
    assert "Cases <small>(0)</small>" in client.get("/?status=accepted").get_data(as_text=True)
    # The search reads names only, not other fields (gender 'male' is no name).
    assert "Cases <small>(0)</small>" in client.get("/?q=male").get_data(as_text=True)
    assert "Cases <small>(2)</small>" in client.get("/?q=王某").get_data(as_text=True)


def test_case_page_shows_fields_sentences_sources_and_conflicts(db: Path) -> None:
    client = client_for(db)
    page = client.get(f"/case/{case_id(db, CCDI_URL)}").get_data(as_text=True)
    # Source sentence of birth_year, from the CCDI profile paragraph.
    assert "陈立文，男，1963年5月出生，原宁波市国土资源局局长，涉嫌受贿罪，2013年4月外逃。" in page
    # The conflict from China Daily, with its site.
    assert "director of the Ningbo land resources bureau <small>(chinadaily)</small>" in page
    # Three sources side by side, evidence highlighted.
    assert page.count('<article class="mention') == 3
    assert '<mark title="fled_to" data-fields="fled_to">加拿大</mark>' in page
    assert CHINADAILY_URL in page


def test_scraped_markup_is_inert(db: Path) -> None:
    client = client_for(db)
    page = client.get(f"/case/{case_id(db, HOSTILE_URL)}").get_data(as_text=True)
    assert "<script>alert" not in page and "<img src=x" not in page and "<b>=HYPERLINK" not in page
    assert "&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;外逃人员周明远回国投案" in page
    assert "&lt;img src=x onerror=&#34;alert(&#39;body&#39;)&#34;&gt;" in page
    queue = client.get("/").get_data(as_text=True)
    assert "<script" not in queue
    response = client.get("/")
    assert "script-src" not in response.headers["Content-Security-Policy"]
    assert "default-src 'none'" in response.headers["Content-Security-Policy"]


def test_accept_records_reviewer_in_audit_trail(db: Path) -> None:
    client = client_for(db, reviewer="Ana Lima")
    cid = case_id(db, LIU_URL)
    token = csrf(client, f"/case/{cid}")
    response = client.post(f"/case/{cid}/accept", data={"csrf": token, "note": "two sources agree"})
    assert response.status_code == 302
    with open_store(db) as store:
        case = store.get_case(cid)
    assert case is not None and case["status"] == "accepted"
    (review,) = case["reviews"]
    assert review["reviewer"] == "Ana Lima" and review["action"] == "accept"
    assert review["changes"] == [{"field": "status", "from": "pending", "to": "accepted"}]
    assert review["note"] == "two sources agree"


def test_actions_need_a_reviewer_name_and_a_form_token(db: Path) -> None:
    cid = case_id(db, LIU_URL)
    anonymous = client_for(db, reviewer=None)
    token = csrf(anonymous, f"/case/{cid}")
    response = anonymous.post(f"/case/{cid}/accept", data={"csrf": token})
    assert response.status_code == 302 and "/reviewer" in response.headers["Location"]
    named = client_for(db)
    assert named.post(f"/case/{cid}/accept", data={}).status_code == 403
    assert named.post(f"/case/{cid}/accept", data={"csrf": "forged"}).status_code == 403
    with open_store(db) as store:
        case = store.get_case(cid)
    assert case is not None and case["status"] == "pending" and case["reviews"] == []


def test_reviewer_name_is_asked_once_and_kept(db: Path) -> None:
    client = client_for(db, reviewer=None)
    token = csrf(client, "/reviewer")
    response = client.post("/reviewer", data={"csrf": token, "reviewer": "Bo", "next": "/"})
    assert response.status_code == 302
    cookie = client.get_cookie("rw_reviewer")
    assert cookie is not None and cookie.value == "Bo"
    assert 'reviewer: <strong id="reviewer-name">Bo</strong>' in client.get("/").get_data(
        as_text=True
    )


def test_reject_needs_a_reason(db: Path) -> None:
    client = client_for(db)
    cid = case_id(db, LIU_URL)
    token = csrf(client, f"/case/{cid}")
    refused = client.post(f"/case/{cid}/reject", data={"csrf": token, "reason": " "})
    assert refused.status_code == 400
    assert "Refused: a rejection needs a reason" in refused.get_data(as_text=True)
    client.post(f"/case/{cid}/reject", data={"csrf": token, "reason": "aggregate figure"})
    with open_store(db) as store:
        case = store.get_case(cid)
    assert case is not None and case["status"] == "rejected"
    assert case["reviews"][-1]["note"] == "aggregate figure"


def test_edit_validated_against_schema(db: Path) -> None:
    client = client_for(db)
    cid = case_id(db, LIU_URL)
    token = csrf(client, f"/case/{cid}")
    bad = client.post(
        f"/case/{cid}/edit", data={"csrf": token, "field": "fled_to", "value": "America"}
    )
    assert bad.status_code == 400
    assert "Refused: fled_to: &#39;AMERICA&#39; does not match" in bad.get_data(as_text=True)
    bad_year = client.post(
        f"/case/{cid}/edit", data={"csrf": token, "field": "birth_year", "value": "1850"}
    )
    assert "birth_year: 1850 is less than the minimum of 1900" in bad_year.get_data(as_text=True)
    good = client.post(
        f"/case/{cid}/edit", data={"csrf": token, "field": "fled_to", "value": "us, ca"}
    )
    assert good.status_code == 302
    with open_store(db) as store:
        case = store.get_case(cid)
    assert case is not None
    assert case["fields"]["fled_to"]["value"] == ["US", "CA"]
    assert case["fields"]["fled_to"]["origin"] == "reviewer"
    assert case["countries"] == ["CA", "US"]
    (review,) = case["reviews"]
    assert review["changes"] == [{"field": "fled_to", "from": ["US"], "to": ["US", "CA"]}]


def test_mark_duplicate_and_split(db: Path) -> None:
    client = client_for(db)
    chen = case_id(db, CCDI_URL)
    liu = case_id(db, LIU_URL)
    token = csrf(client, f"/case/{liu}")
    client.post(f"/case/{liu}/duplicate", data={"csrf": token, "target": chen})
    with open_store(db) as store:
        folded = store.get_case(liu)
        target = store.get_case(chen)
    assert folded is not None and folded["status"] == "duplicate" and folded["duplicate_of"] == chen
    assert target is not None and len(target["mentions"]) == 4
    liu_mention = next(m["id"] for m in target["mentions"] if m["url"] == LIU_URL)
    response = client.post(
        f"/case/{chen}/split",
        data={"csrf": token, "mention": [liu_mention], "note": "other person"},
    )
    assert response.status_code == 302
    new_id = response.headers["Location"].rsplit("/", 1)[-1]
    with open_store(db) as store:
        split_off = store.get_case(new_id)
        remaining = store.get_case(chen)
    assert split_off is not None and [m["url"] for m in split_off["mentions"]] == [LIU_URL]
    assert split_off["name"] == "刘海燕" and split_off["status"] == "pending"
    assert remaining is not None and len(remaining["mentions"]) == 3
    assert [r["action"] for r in remaining["reviews"]] == ["absorb", "split"]


def test_token_required_when_set(db: Path) -> None:
    client = client_for(db, token="s3cret-token")
    assert client.get("/").status_code == 403
    assert client.get("/?token=wrong").status_code == 403
    entry = client.get("/?token=s3cret-token&status=pending")
    assert entry.status_code == 302 and entry.headers["Location"] == "/?status=pending"
    assert client.get("/").status_code == 200
    other = client_for(db, token="s3cret-token")
    assert other.get("/", headers={"X-Returnwatch-Token": "s3cret-token"}).status_code == 200


def test_binding_beyond_loopback_needs_a_token() -> None:
    check_bind("127.0.0.1", None)
    check_bind("::1", None)
    check_bind("localhost", None)
    with pytest.raises(BindRefused, match="refusing to serve on 0.0.0.0"):
        check_bind("0.0.0.0", None)
    with pytest.raises(BindRefused):
        check_bind("192.168.1.5", "")
    check_bind("0.0.0.0", "s3cret")


def test_cli_review_refuses_public_bind(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cli(["review", "--db", str(db), "--host", "0.0.0.0", "--port", "1"]) == 2
    assert "refusing to serve on 0.0.0.0" in capsys.readouterr().err
