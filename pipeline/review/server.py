"""`foi review serve`: the review page on http://127.0.0.1:PORT/, writing to the ledger.

Built on the standard library's `http.server`: one reviewer on one machine needs no web
framework. The page lists the queue (filters by field and respondent, progress "n of N
done"), shows the selected item's question, answer and source document with the evidence
marked, and takes accept / correct / not-applicable decisions, which are checked exactly as
`foi review import` checks a sheet and appended to the same corrections ledger.

Only the local machine can reach it, and only the page it served can post to it:

- the socket is bound to 127.0.0.1, never to all interfaces;
- the Host header must name 127.0.0.1 or localhost with the server's port (a DNS-rebinding
  page elsewhere sends its own host name);
- decisions are POST only, carry a random per-session token that is written into the page
  (another site cannot read it), and a cross-site Origin or Sec-Fetch-Site is refused.

The queue is re-read when `review_queue.csv` changes (after `foi extract`), and the ledger
on every request, so the page and `foi review import` can be used side by side.
"""
from __future__ import annotations

import hmac
import html
import secrets
import threading
from dataclasses import dataclass
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Mapping
from urllib.parse import parse_qs, urlsplit

from pipeline.corrections import append_corrections, load_ledger
from pipeline.errors import FoiError
from pipeline.model import State
from pipeline.review.decide import DecisionProblem, ReviewContext, check_decision
from pipeline.review.page import View, item_key, link, render_page, who
from pipeline.review.texts import DocumentTexts
from pipeline.rules import Rules, load_rules
from pipeline.write import read_table

HOST = "127.0.0.1"
FILTERS = ("field", "respondent")
MAX_BODY = 64 * 1024  # a decision is a few hundred bytes


class RequestRefused(Exception):
    """A request the page did not make (wrong host, origin or token)."""

    def __init__(self, status: HTTPStatus, message: str):
        self.status = status
        super().__init__(message)


@dataclass
class _Snapshot:
    stamp: tuple
    queue: list[dict]
    ctx: ReviewContext


class ReviewApp:
    """The review page's state and actions, independent of HTTP (tests call it directly)."""

    def __init__(self, processed: Path, corrections: Path, raw_roots: list[Path],
                 reviewer: str = "", rules: Rules | None = None, token: str | None = None):
        self.processed = Path(processed)
        self.corrections = Path(corrections)
        self.reviewer = reviewer
        self.rules = rules or load_rules()
        self.token = token or secrets.token_urlsafe(32)
        self.texts = DocumentTexts(raw_roots)
        self._lock = threading.Lock()
        self._snapshot: _Snapshot | None = None
        self._flash = ""
        self.snapshot()  # fail at start, with a clear message, if the outputs are missing

    # -- data ------------------------------------------------------------------------------
    def _stamp(self) -> tuple:
        names = ("review_queue.csv", "documents.csv", "answers.csv")
        return tuple((p.stat().st_mtime_ns, p.stat().st_size) if p.exists() else None
                     for p in (self.processed / n for n in names))

    def snapshot(self) -> _Snapshot:
        """The queue and the run's tables, re-read when `foi extract` has rewritten them."""
        stamp = self._stamp()
        with self._lock:
            if self._snapshot is None or self._snapshot.stamp != stamp:
                queue = read_table(self.processed, "review_queue")
                ctx = ReviewContext.load(self.processed, self.rules)
                self._snapshot = _Snapshot(stamp, queue, ctx)
            return self._snapshot

    def decisions(self, queue: list[dict]) -> dict[str, object]:
        ledger = load_ledger(self.corrections, problems=[])
        keys = {item_key(r) for r in queue}
        return {f"{d}:{f}:{i}": c for (d, f, i), c in ledger.items() if f"{d}:{f}:{i}" in keys}

    # -- pages -----------------------------------------------------------------------------
    def view(self, params: Mapping[str, str], nonce: str, message: str = "", is_error: bool = False,
             value: str | None = None, comment: str = "") -> View:
        snap = self.snapshot()
        queue = snap.queue
        filters = {k: params[k] for k in FILTERS if params.get(k)}
        items = _filtered(queue, filters)
        decisions = self.decisions(queue)
        wanted = params.get("k", "")
        current = next((r for r in items if item_key(r) == wanted), None)
        if current is None and wanted:
            current = next((r for r in queue if item_key(r) == wanted), None)
        if current is None:
            current = next((r for r in items if item_key(r) not in decisions), items[0] if items else None)
        text, note = None, ""
        if current is not None:
            doc = snap.ctx.documents.get(current["doc_id"], {"doc_id": current["doc_id"],
                                                             "source_file": current["source_file"]})
            found = self.texts.get(doc)
            text, note = found.text, found.note
        return View(
            items=items, total=len(queue), done_total=len(decisions), decisions=decisions,
            current=current, token=self.token, nonce=nonce, filters=filters,
            field_options=sorted({r["field"] for r in queue}),
            respondent_options=sorted({who(r) for r in queue}),
            document_text=text, document_note=note, message=message, is_error=is_error,
            value=value, comment=comment)

    def decide(self, form: Mapping[str, str]) -> tuple[str | None, str]:
        """Record the decision posted from the page; return (next item key, message).

        Raises DecisionProblem when the decision is refused (the page shows why).
        """
        snap = self.snapshot()
        key = form.get("k", "")
        row = next((r for r in snap.queue if item_key(r) == key), None)
        if row is None:
            raise DecisionProblem([f"item {key!r} is not in the review queue (was it re-run?)"])
        action = form.get("action", "")
        if action == "accept":
            answered = (row.get("state") or State.ANSWERED.value) == State.ANSWERED.value
            value, state = (row.get("value") or "", "") if answered else ("", row["state"])
        elif action == "correct":
            value, state = form.get("value", ""), ""
        elif action == "not_applicable":
            value, state = "", State.NOT_APPLICABLE.value
        elif action == "state":
            value, state = "", form.get("state", "")
        else:
            raise DecisionProblem([f"unknown action {action!r}"])
        decision = check_decision(snap.ctx, row["doc_id"], row["field"], row["item"], value, state,
                                  self.reviewer, form.get("comment", ""))
        append_corrections(self.corrections, [decision.correction])
        c = decision.correction
        what = c.corrected_value if not c.corrected_state else f"[{c.corrected_state}]"
        message = (f"Accepted {what} for {row['field']} ({who(row)})" if decision.accepted
                   else f"Recorded {what} for {row['field']} ({who(row)})")
        with self._lock:
            self._flash = message
        return self._next_key(form, key), message

    def _next_key(self, form: Mapping[str, str], key: str) -> str | None:
        """The next undecided item after `key` in the current filter, wrapping around."""
        queue = self.snapshot().queue
        keys = [item_key(r) for r in _filtered(queue, form)]
        if key not in keys:
            return key
        decided = self.decisions(queue)
        here = keys.index(key)
        return next((k for k in keys[here + 1:] + keys[:here] if k not in decided), key)

    def pop_flash(self) -> str:
        """The message about the last decision, shown once on the page that follows it."""
        with self._lock:
            message, self._flash = self._flash, ""
        return message


def _filtered(queue: list[dict], filters: Mapping[str, str]) -> list[dict]:
    return [r for r in queue
            if (not filters.get("field") or r["field"] == filters["field"])
            and (not filters.get("respondent") or who(r) == filters["respondent"])]


class _Handler(BaseHTTPRequestHandler):
    server: "ReviewServer"
    server_version = "foi-review"
    sys_version = ""

    def log_message(self, format: str, *args) -> None:  # noqa: A002 - the base class's name
        if self.server.verbose:
            super().log_message(format, *args)

    # -- checks ----------------------------------------------------------------------------
    def _check_host(self) -> None:
        port = self.server.server_address[1]
        allowed = {f"{HOST}:{port}", f"localhost:{port}"}
        if self.headers.get("Host", "") not in allowed:
            raise RequestRefused(HTTPStatus.BAD_REQUEST,
                                 f"unexpected Host header; open http://{HOST}:{port}/")

    def _check_post(self, form: Mapping[str, str]) -> None:
        port = self.server.server_address[1]
        origin = self.headers.get("Origin")
        if origin is not None and origin not in (f"http://{HOST}:{port}", f"http://localhost:{port}"):
            raise RequestRefused(HTTPStatus.FORBIDDEN, "cross-site request refused")
        if self.headers.get("Sec-Fetch-Site", "same-origin") not in ("same-origin", "none"):
            raise RequestRefused(HTTPStatus.FORBIDDEN, "cross-site request refused")
        if not hmac.compare_digest(form.get("token", "").encode(), self.server.app.token.encode()):
            raise RequestRefused(HTTPStatus.FORBIDDEN,
                                 "the page is out of date or not this server's; reload it")

    # -- responses -------------------------------------------------------------------------
    def _send(self, status: HTTPStatus, body: str, nonce: str = "", location: str = "") -> None:
        data = body.encode("utf-8")
        self.send_response(status)
        if location:
            self.send_header("Location", location)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.send_header("Cache-Control", "no-store")
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("X-Frame-Options", "DENY")
        # "no-referrer" would make Chromium send "Origin: null" with the page's own form posts
        self.send_header("Referrer-Policy", "same-origin")
        self.send_header("Content-Security-Policy",
                         f"default-src 'none'; style-src 'nonce-{nonce}'; script-src 'nonce-{nonce}'; "
                         "form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(data)

    def _refuse(self, exc: RequestRefused) -> None:
        self._send(exc.status, f"<!doctype html><title>refused</title><p>{exc}</p>")

    def _page(self, params: Mapping[str, str], status: HTTPStatus = HTTPStatus.OK, **extra) -> None:
        nonce = secrets.token_urlsafe(16)
        try:
            view = self.server.app.view(params, nonce, **extra)
        except FoiError as exc:  # an unreadable table or ledger: say which, and what to do
            return self._send(HTTPStatus.INTERNAL_SERVER_ERROR,
                              f"<!doctype html><title>error</title><p>{html.escape(str(exc))}</p>")
        self._send(status, render_page(view), nonce=nonce)

    def do_GET(self) -> None:  # noqa: N802 - the base class's name
        try:
            self._check_host()
        except RequestRefused as exc:
            return self._refuse(exc)
        url = urlsplit(self.path)
        if url.path != "/":
            return self._send(HTTPStatus.NOT_FOUND, "<!doctype html><title>not found</title><p>not found</p>")
        params = {k: v[-1] for k, v in parse_qs(url.query).items()}
        self._page(params, message=self.server.app.pop_flash())

    do_HEAD = do_GET

    def do_POST(self) -> None:  # noqa: N802 - the base class's name
        try:
            self._check_host()
            if urlsplit(self.path).path != "/decide":
                raise RequestRefused(HTTPStatus.NOT_FOUND, "not found")
            length = int(self.headers.get("Content-Length") or 0)
            if length > MAX_BODY:
                raise RequestRefused(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, "request too large")
            body = self.rfile.read(length).decode("utf-8", errors="replace")
            form = {k: v[-1] for k, v in parse_qs(body, keep_blank_values=True).items()}
            self._check_post(form)
        except (RequestRefused, ValueError) as exc:
            refused = exc if isinstance(exc, RequestRefused) else RequestRefused(HTTPStatus.BAD_REQUEST, str(exc))
            return self._refuse(refused)
        filters = {k: form[k] for k in FILTERS if form.get(k)}
        try:
            next_key, _ = self.server.app.decide(form)
        except FoiError as exc:
            return self._send(HTTPStatus.INTERNAL_SERVER_ERROR,
                              f"<!doctype html><title>error</title><p>Not recorded: "
                              f"{html.escape(str(exc))}</p>")
        except DecisionProblem as exc:
            return self._page({**filters, "k": form.get("k", "")}, HTTPStatus.BAD_REQUEST,
                              message=f"Not recorded: {exc}", is_error=True,
                              value=form.get("value"), comment=form.get("comment", ""))
        self._send(HTTPStatus.SEE_OTHER, "", location=link(next_key, filters))


class ReviewServer(ThreadingHTTPServer):
    """The HTTP server of the review page; `app` holds its state."""

    daemon_threads = True

    def __init__(self, app: ReviewApp, port: int = 0, verbose: bool = False):
        self.app = app
        self.verbose = verbose
        super().__init__((HOST, port), _Handler)

    @property
    def url(self) -> str:
        return f"http://{HOST}:{self.server_address[1]}/"


def make_server(processed: Path, corrections: Path, raw_roots: list[Path], port: int = 0,
                reviewer: str = "", verbose: bool = False) -> ReviewServer:
    """A review server bound to 127.0.0.1:`port` (0: any free port), not yet serving.

    >>> server = make_server(Path("data/processed"), Path("data/corrections"), [Path("data/raw")])  # doctest: +SKIP
    >>> threading.Thread(target=server.serve_forever, daemon=True).start()  # doctest: +SKIP
    """
    app = ReviewApp(processed, corrections, raw_roots, reviewer=reviewer)
    return ReviewServer(app, port, verbose)
