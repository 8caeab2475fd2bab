"""`foi review serve` over real HTTP: escaping, request checks, decisions into the ledger."""
from __future__ import annotations

import html
import http.client
import re
import threading
from urllib.parse import urlencode

import pytest

from pipeline.corrections import read_ledger
from pipeline.review.page import highlighted_document, item_key
from pipeline.review.server import make_server
from pipeline.review.texts import DocumentTexts
from review_helpers import SCRIPT, make_run


@pytest.fixture
def run(tmp_path):
    return make_run(tmp_path)


@pytest.fixture
def server(run):
    srv = make_server(run.processed, run.corrections, [run.raw], port=0, reviewer="ann")
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    yield srv
    srv.shutdown()
    srv.server_close()


def request(server, method, path, body=None, host=None, headers=None):
    port = server.server_address[1]
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    conn.putrequest(method, path, skip_host=True)
    conn.putheader("Host", host or f"127.0.0.1:{port}")
    data = urlencode(body).encode() if body is not None else b""
    if body is not None:
        conn.putheader("Content-Type", "application/x-www-form-urlencoded")
    conn.putheader("Content-Length", str(len(data)))
    for k, v in (headers or {}).items():
        conn.putheader(k, v)
    conn.endheaders(data)
    resp = conn.getresponse()
    text = resp.read().decode("utf-8")
    conn.close()
    return resp, text


def key_of(run, field):
    return item_key(next(r for r in run.table("review_queue") if r["field"] == field))


def test_listens_on_localhost_only(server):
    assert server.server_address[0] == "127.0.0.1"


def test_document_text_is_escaped_everywhere(run, server):
    resp, page = request(server, "GET", "/?" + urlencode({"k": key_of(run, "portfolio_holder_name")}))
    assert resp.status == 200
    assert SCRIPT not in page
    assert html.escape(SCRIPT) in page  # in the answer box and in the source document
    assert page.count("<script") == 1  # only the page's own, with its nonce
    nonce = re.search(r'<script nonce="([^"]+)">', page).group(1)
    csp = resp.getheader("Content-Security-Policy")
    assert f"script-src 'nonce-{nonce}'" in csp and "default-src 'none'" in csp
    assert '<mark id="evidence">Owen Bradwell</mark>' in page


def test_highlighting_escapes_around_the_mark():
    text = "a <b> 1969 </b>"
    assert highlighted_document(text, 6, 10) == 'a &lt;b&gt; <mark id="evidence">1969</mark> &lt;/b&gt;'


def test_progress_and_filters(run, server):
    _, page = request(server, "GET", "/")
    total = len(run.table("review_queue"))
    assert f'id="progress">0 of {total} done' in page
    _, page = request(server, "GET", "/?field=icbs_covering")
    assert 'id="progress-view">0 of 3 in this view' in page
    assert page.count('<li class') == 3


def test_a_foreign_host_is_refused(server):
    resp, _ = request(server, "GET", "/", host="evil.example:80")
    assert resp.status == 400


def test_a_post_without_the_page_token_is_refused(run, server):
    resp, _ = request(server, "POST", "/decide", {"k": key_of(run, "icbs_covering"), "action": "accept"})
    assert resp.status == 403
    assert read_ledger(run.corrections) == []


def test_a_cross_site_post_is_refused_even_with_the_token(run, server):
    form = {"token": server.app.token, "k": key_of(run, "icbs_covering"), "action": "accept"}
    resp, _ = request(server, "POST", "/decide", form, headers={"Origin": "http://evil.example"})
    assert resp.status == 403
    resp, _ = request(server, "POST", "/decide", form, headers={"Origin": "null"})
    assert resp.status == 403
    resp, _ = request(server, "POST", "/decide", form, headers={"Sec-Fetch-Site": "cross-site"})
    assert resp.status == 403
    assert read_ledger(run.corrections) == []


def test_decisions_are_posts_only(server):
    resp, _ = request(server, "GET", "/decide?action=accept")
    assert resp.status == 404


def test_accept_and_correct_write_the_ledger_and_move_on(run, server):
    token = server.app.token
    holder = key_of(run, "portfolio_holder_name")
    resp, _ = request(server, "POST", "/decide", {"token": token, "k": holder, "action": "accept"},
                      headers={"Origin": f"http://127.0.0.1:{server.server_address[1]}"})
    assert resp.status == 303
    assert "k=" in resp.getheader("Location") and holder not in resp.getheader("Location")
    count = key_of(run, "care_packages_count")
    resp, _ = request(server, "POST", "/decide", {"token": token, "k": count, "action": "correct",
                                                  "value": "13,500", "comment": "checked"})
    assert resp.status == 303
    ledger = read_ledger(run.corrections)
    assert [(c.field, c.corrected_value, c.reviewer) for c in ledger] == [
        ("portfolio_holder_name", "Owen Bradwell", "ann"), ("care_packages_count", "13500", "ann")]
    assert ledger[1].comment == "checked"
    _, page = request(server, "GET", resp.getheader("Location"))
    assert "2 of 5 done" in page and "Recorded 13500 for care_packages_count" in page


def test_a_refused_value_is_shown_and_not_recorded(run, server):
    form = {"token": server.app.token, "k": key_of(run, "care_packages_count"), "action": "correct",
            "value": "lots <b>"}
    resp, page = request(server, "POST", "/decide", form)
    assert resp.status == 400
    assert "Not recorded:" in page and "&#x27;lots &lt;b&gt;&#x27;" in page
    assert 'value="lots &lt;b&gt;"' in page  # what was typed comes back to be fixed
    assert read_ledger(run.corrections) == []


def test_not_applicable_and_other_states(run, server):
    token = server.app.token
    request(server, "POST", "/decide", {"token": token, "k": key_of(run, "portfolio_holder_name"),
                                        "action": "not_applicable"})
    request(server, "POST", "/decide", {"token": token, "k": key_of(run, "care_packages_count"),
                                        "action": "state", "state": "withheld"})
    assert [(c.corrected_value, c.corrected_state) for c in read_ledger(run.corrections)] == [
        ("", "not_applicable"), ("", "withheld")]


def test_missing_or_changed_source_files_are_explained(run):
    doc = run.table("documents")[0]
    assert "start `foi review serve` with --raw" in DocumentTexts([run.raw / "elsewhere"]).get(doc).note
    (run.raw / doc["source_file"]).write_text("changed", encoding="utf-8")
    found = DocumentTexts([run.raw]).get(doc)
    assert found.text is None and "has changed since the last `foi extract`" in found.note
