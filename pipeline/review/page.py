"""The HTML of the review page, as pure functions of what it shows.

Every piece of text from a document, a table or the ledger goes through `html.escape`
before it reaches the page: FOI answers are text from outside and may hold markup. The
only markup added around document text is `<mark>` for the evidence, placed by character
offsets on the escaped pieces. Scripts and styles carry a per-response nonce, and the
page's Content-Security-Policy allows nothing else, so even a missed escape could not run.

Keyboard: a = accept, c = correct (focus the value box; Enter saves), n = not applicable,
j / k = next / previous item, / = filter by field.
"""
from __future__ import annotations

import html
from dataclasses import dataclass, field
from typing import Mapping, Sequence
from urllib.parse import urlencode

from pipeline.corrections import Correction, shown_value
from pipeline.model import State
from pipeline.review.queue import MARK_CLOSE, MARK_OPEN

#: Characters of document text shown either side of the evidence in a very long document.
TEXT_WINDOW = 20_000
OTHER_STATES = tuple(s.value for s in State
                     if s not in (State.ANSWERED, State.NOT_APPLICABLE))

_CSS = """
body{font:15px/1.45 system-ui,sans-serif;margin:0;color:#1d1d1f}
header{padding:.6em 1em;background:#243447;color:#fff;display:flex;gap:2em;align-items:center}
header h1{font-size:1.1em;margin:0}
#progress{font-weight:600}
main{display:grid;grid-template-columns:minmax(16em,24em) 1fr;height:calc(100vh - 3em)}
nav{overflow:auto;border-right:1px solid #ccc;padding:.5em}
nav ol{padding-left:1.6em;margin:.5em 0}
nav li{margin:.15em 0}
nav li.done a{color:#777}
nav li.current{background:#fff3c4}
nav .who{color:#555;font-size:.85em}
section{overflow:auto;padding:0 1.2em 2em}
.box{border:1px solid #ddd;border-radius:4px;padding:.5em .8em;margin:.6em 0;background:#fafafa}
.answer,.doc{white-space:pre-wrap;font-family:ui-monospace,monospace;font-size:.9em}
.doc{max-height:28em;overflow:auto;border:1px solid #ddd;padding:.6em;background:#fff;position:relative}
mark{background:#ffd54f;padding:0 .1em}
.reason{color:#8a3b00}
.error{background:#fde2e1;border:1px solid #d93025;padding:.5em .8em}
.info{background:#e6f4ea;border:1px solid #188038;padding:.5em .8em}
form.decide input[name=value]{width:24em}
form.decide input[name=comment]{width:18em}
button{margin:.2em .2em .2em 0}
kbd{border:1px solid #aaa;border-radius:3px;padding:0 .25em;font-size:.85em;background:#fff}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.2em 1em;margin:.4em 0}
dt{color:#555}
"""

_SCRIPT = """
document.addEventListener('keydown', function (e) {
  var t = e.target;
  if (t.matches('input, textarea, select')) { if (e.key === 'Escape') t.blur(); return; }
  if (e.ctrlKey || e.metaKey || e.altKey) return;
  function click(id) { var el = document.getElementById(id); if (el) { e.preventDefault(); el.click(); } }
  if (e.key === 'a') click('accept');
  else if (e.key === 'n') click('not-applicable');
  else if (e.key === 'j') click('next');
  else if (e.key === 'k') click('prev');
  else if (e.key === 'c' || e.key === '/') {
    var box = document.getElementById(e.key === 'c' ? 'value' : 'filter-field');
    if (box) { e.preventDefault(); box.focus(); if (box.select) box.select(); }
  }
});
document.querySelectorAll('select.autosubmit').forEach(function (s) {
  s.addEventListener('change', function () { s.form.submit(); });
});
var mark = document.getElementById('evidence'), doc = document.getElementById('document');
if (mark && doc) doc.scrollTop = Math.max(0, mark.offsetTop - doc.clientHeight / 3);
"""


def esc(text: object) -> str:
    """Text made safe for HTML content and attribute values (quotes too)."""
    return html.escape("" if text is None else str(text), quote=True)


@dataclass(frozen=True)
class View:
    """Everything one rendering of the page shows."""

    items: Sequence[Mapping]  # the queue rows in the current filter, in queue order
    total: int  # rows in the whole queue
    done_total: int  # rows of the whole queue with a decision in the ledger
    decisions: Mapping[str, Correction]  # item key -> its latest decision
    current: Mapping | None
    token: str
    nonce: str
    filters: Mapping[str, str] = field(default_factory=dict)
    field_options: Sequence[str] = ()
    respondent_options: Sequence[str] = ()
    document_text: str | None = None
    document_note: str = ""
    message: str = ""
    is_error: bool = False
    value: str | None = None  # what the reviewer typed, shown again after a refusal
    comment: str = ""


def item_key(row: Mapping) -> str:
    """The URL-safe id of a queue row: doc_id:field:item."""
    return f"{row['doc_id']}:{row['field']}:{int(row['item'] or 0)}"


def who(row: Mapping) -> str:
    """The respondent, or the file name when the respondent was not recognised."""
    return row.get("respondent") or row.get("source_file") or ""


def link(key: str | None, filters: Mapping[str, str]) -> str:
    query = {k: v for k, v in filters.items() if v}
    if key:
        query["k"] = key
    return "/?" + urlencode(query) if query else "/"


def highlighted_answer(row: Mapping) -> str:
    """The answer with its evidence marked, from the queue's `answer_highlighted`."""
    marked = row.get("answer_highlighted") or row.get("answer_text") or ""
    start = marked.find(MARK_OPEN)
    end = marked.find(MARK_CLOSE, start + len(MARK_OPEN)) if start >= 0 else -1
    if start < 0 or end < 0:
        return esc(marked)
    return (esc(marked[:start]) + "<mark>" + esc(marked[start + len(MARK_OPEN):end])
            + "</mark>" + esc(marked[end + len(MARK_CLOSE):]))


def highlighted_document(text: str, start: object, end: object) -> str:
    """The document text escaped, the evidence span in `<mark id="evidence">`.

    A very long document is cut to TEXT_WINDOW characters either side of the evidence.
    """
    try:
        s, e = int(start), int(end)
    except (TypeError, ValueError):
        s = e = -1
    if not 0 <= s <= e <= len(text):
        return esc(text[:2 * TEXT_WINDOW]) + ("\n[…]" if len(text) > 2 * TEXT_WINDOW else "")
    lo, hi = max(0, s - TEXT_WINDOW), min(len(text), e + TEXT_WINDOW)
    return ("[…]\n" if lo else "") + esc(text[lo:s]) + '<mark id="evidence">' + esc(text[s:e]) \
        + "</mark>" + esc(text[e:hi]) + ("\n[…]" if hi < len(text) else "")


def _options(name: str, element_id: str, options: Sequence[str], chosen: str, label: str) -> str:
    opts = [f'<option value="">{esc(label)}</option>']
    for o in options:
        selected = " selected" if o == chosen else ""
        opts.append(f'<option value="{esc(o)}"{selected}>{esc(o)}</option>')
    return (f'<select name="{name}" id="{element_id}" class="autosubmit" '
            f'aria-label="{esc(label)}">{"".join(opts)}</select>')


def _queue_list(view: View) -> str:
    current = item_key(view.current) if view.current else ""
    lines = []
    for row in view.items:
        key = item_key(row)
        classes = [c for c in ("done" if key in view.decisions else "",
                               "current" if key == current else "") if c]
        mark = "✓ " if key in view.decisions else ""
        lines.append(
            f'<li class="{" ".join(classes)}"><a href="{esc(link(key, view.filters))}">{mark}'
            f'{esc(row["field"])}{"[" + esc(row["item"]) + "]" if int(row["item"] or 0) else ""}'
            f'</a> <span class="who">{esc(who(row))}</span></li>')
    if not lines:
        return "<p>Nothing to review here.</p>"
    return "<ol>" + "".join(lines) + "</ol>"


def _decision_text(c: Correction) -> str:
    what = c.corrected_value if not c.corrected_state else f"[{c.corrected_state}]"
    by = f" by {c.reviewer}" if c.reviewer else ""
    when = f" at {c.timestamp}" if c.timestamp else ""
    return f"Decided: {what}{by}{when}"


def _neighbours(view: View) -> tuple[str | None, str | None]:
    keys = [item_key(r) for r in view.items]
    if not view.current or not keys:
        return None, None
    here = keys.index(item_key(view.current)) if item_key(view.current) in keys else -1
    prev_key = keys[here - 1] if here > 0 else None
    next_key = keys[here + 1] if 0 <= here < len(keys) - 1 else None
    return prev_key, next_key


def _item_panel(view: View) -> str:
    row = view.current
    if row is None:
        return "<p>Choose an item from the list, or press <kbd>j</kbd>.</p>"
    key = item_key(row)
    proposed = shown_value(row)
    answered = (row.get("state") or State.ANSWERED.value) == State.ANSWERED.value
    prev_key, next_key = _neighbours(view)
    nav = []
    if prev_key:
        nav.append(f'<a id="prev" href="{esc(link(prev_key, view.filters))}">← previous (k)</a>')
    if next_key:
        nav.append(f'<a id="next" href="{esc(link(next_key, view.filters))}">next (j) →</a>')
    parts = [f'<p>{" · ".join(nav)}</p>' if nav else ""]
    if view.message:
        parts.append(f'<div class="{"error" if view.is_error else "info"}" role="status">'
                     f'{esc(view.message)}</div>')
    parts.append(f'<h2>{esc(row["field"])}{"[" + esc(row["item"]) + "]" if int(row["item"] or 0) else ""}'
                 f' <small>— {esc(who(row))}</small></h2>')
    parts.append(f'<p class="reason"><strong>Why it is here:</strong> {esc(row.get("reason") or row.get("reasons"))}</p>')
    parts.append('<dl>'
                 f'<dt>Question</dt><dd>{esc(row.get("question_text") or "(not found)")}</dd>'
                 f'<dt>Proposed</dt><dd id="proposed"><strong>{esc(proposed or "(nothing could be read)")}</strong>'
                 f' <small>confidence {float(row.get("confidence") or 0):.2f} · {esc(row.get("extractor"))}'
                 f'{" · flags: " + esc(row.get("flags")) if row.get("flags") else ""}</small></dd>'
                 f'<dt>Evidence</dt><dd>{esc(row.get("evidence"))}</dd>'
                 f'<dt>Source</dt><dd>{esc(row.get("source_file"))}'
                 f'{", page " + esc(row.get("page")) if row.get("page") not in (None, "") else ""}</dd>'
                 '</dl>')
    parts.append(f'<div class="box answer" id="answer">{highlighted_answer(row)}</div>')
    decision = view.decisions.get(key)
    if decision is not None:
        parts.append(f'<p class="info" id="decided">{esc(_decision_text(decision))}</p>')
    value = view.value if view.value is not None else (row.get("value") or "" if answered else "")
    hidden = "".join(f'<input type="hidden" name="{esc(k)}" value="{esc(v)}">'
                     for k, v in (("token", view.token), ("k", key), *view.filters.items()))
    accept = ('<button type="submit" id="accept" name="action" value="accept">Accept '
              '<kbd>a</kbd></button>' if proposed else "")
    states = "".join(f'<option value="{s}">{s.replace("_", " ")}</option>' for s in OTHER_STATES)
    parts.append(
        f'<form class="decide" method="post" action="/decide">{hidden}'
        f'<p><input id="value" name="value" value="{esc(value)}" autocomplete="off" '
        f'aria-label="corrected value"> '
        f'<button type="submit" id="correct" name="action" value="correct">Correct <kbd>c</kbd> '
        f'then Enter</button></p>'
        f'<p>{accept}'
        f'<button type="submit" id="not-applicable" name="action" value="not_applicable">'
        f'Not applicable <kbd>n</kbd></button> '
        f'<select name="state" id="state" aria-label="other state">{states}</select>'
        f'<button type="submit" id="set-state" name="action" value="state">Set state</button></p>'
        f'<p><input name="comment" value="{esc(view.comment)}" placeholder="comment (optional)" '
        f'aria-label="comment"></p></form>')
    parts.append("<h3>Source document</h3>")
    if view.document_text is not None:
        parts.append(f'<div class="doc" id="document">'
                     f'{highlighted_document(view.document_text, row.get("char_start"), row.get("char_end"))}</div>')
    else:
        parts.append(f'<p class="box" id="document">{esc(view.document_note)}</p>')
    return "".join(parts)


def render_page(view: View) -> str:
    """The whole review page for `view`."""
    done_here = sum(1 for r in view.items if item_key(r) in view.decisions)
    filters = (
        '<form method="get" action="/">'
        + _options("field", "filter-field", view.field_options, view.filters.get("field", ""), "all fields")
        + " "
        + _options("respondent", "filter-respondent", view.respondent_options,
                   view.filters.get("respondent", ""), "all respondents")
        + ' <noscript><button type="submit">Filter</button></noscript></form>')
    return (
        '<!doctype html><html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        '<title>FOI review</title>'
        f'<style nonce="{esc(view.nonce)}">{_CSS}</style></head><body>'
        '<header><h1>FOI review</h1>'
        f'<span id="progress">{view.done_total} of {view.total} done</span>'
        f'<span id="progress-view">{done_here} of {len(view.items)} in this view</span>'
        f'{filters}</header>'
        f'<main><nav aria-label="queue">{_queue_list(view)}</nav>'
        f'<section>{_item_panel(view)}'
        '<p><small>Keys: <kbd>a</kbd> accept · <kbd>c</kbd> correct · <kbd>n</kbd> not applicable · '
        '<kbd>j</kbd>/<kbd>k</kbd> next/previous · <kbd>/</kbd> filter · <kbd>Esc</kbd> leave a box'
        '</small></p></section></main>'
        f'<script nonce="{esc(view.nonce)}">{_SCRIPT}</script></body></html>')
