"""The layout grid: one response's content, laid out twelve ways, written in five formats.

A response's CONTENT (letterhead, reference, date, questions and answers, closing) is data in
`tests/fixtures/layouts/<stem>.yaml`, taken from one of the project's example responses; its
gold is that example's own gold file (`gold:` names it). A layout is a function
`layout_<name>(content) -> list[Block]` that puts the same words on the page another way
(numbered inline, "Response:" lines, a table, questions first and answers after ...), and a
format writer turns the blocks into a TXT, DOCX, PDF, HTML or EML file. Whatever the layout
and the format, the pipeline should read the same values: `check_fields` compares its result
with the gold by the rules of the project-independent scorer (`shared/tools/score.py`).

    content = load_content("herts_asc_numbered")
    path = render(content, "table_header", "docx", tmp_path)
    failures = [c for c in check_fields(content.gold(), run(path)) if c.failed]

Used by `tests/test_layout_invariance.py` (a sample) and `bench/bench_layouts.py` (all of it).
A cross-reference inside an answer is written `{ref:5}` in the content and each layout names
question 5 its own way ("question 5", "question (e)", "question v" ...).
"""
from __future__ import annotations

import datetime as dt
import html
import io
import re
import textwrap
from dataclasses import dataclass, replace
from email.utils import format_datetime
from pathlib import Path
from typing import Callable, Mapping, Sequence
from xml.sax.saxutils import escape

import docx
import yaml
from builders import (add_abstract_numbering, add_list_instance, add_table, make_eml,
                      make_flow_pdf, make_html, make_text, set_numbering)

from pipeline.evaluate import collapse_rows, document_columns, gold_matches, is_negative

ROOT = Path(__file__).resolve().parent.parent
CONTENT_DIR = Path(__file__).resolve().parent / "fixtures" / "layouts"
FORMATS = ("txt", "docx", "pdf", "html", "eml")
WRAP_WIDTH = 70
#: FOIA sections a table's "Exemption applied" column names when an answer cites one.
EXEMPTION_SECTIONS = {"12", "14", "21", "22", "30", "31", "36", "40", "41", "43"}
_REF = re.compile(r"\{ref:([0-9a-z]+)\}")
_DATE = re.compile(r"(\d{1,2}) (January|February|March|April|May|June|July|August|September"
                   r"|October|November|December) (\d{4})")


# --- content ---------------------------------------------------------------------------

@dataclass(frozen=True)
class Item:
    number: str                      # as the example numbers it: "1", "4a"
    question: str
    answer: tuple[str, ...]          # paragraphs
    table: tuple[tuple[str, ...], ...] = ()  # a small table after the paragraphs, header first


@dataclass(frozen=True)
class Content:
    stem: str
    gold_path: str
    questionnaire: str
    letterhead: tuple[str, ...]
    reference: str                   # the reference line as written: "Our ref: FOI-123"
    date: str                        # the date line as written: "Date: 3 July 2024"
    salutation: str
    title: str
    intro: str
    items: tuple[Item, ...]
    closing: tuple[str, ...]
    signature: tuple[str, ...]

    def gold(self) -> dict:
        import json
        return json.loads((ROOT / self.gold_path).read_text(encoding="utf-8"))["gold"]

    @property
    def response_date(self) -> dt.date:
        day, month, year = _DATE.search(self.date).groups()
        return dt.datetime.strptime(f"{day} {month} {year}", "%d %B %Y").date()

    @property
    def reference_value(self) -> str:
        return self.reference.split()[-1]

    @property
    def plainly_numbered(self) -> bool:
        """Numbered 1, 2, 3 ... with no sub-questions, as a word processor's list would be."""
        return all(it.number == str(i) for i, it in enumerate(self.items, start=1))


def content_stems() -> list[str]:
    return sorted(p.stem for p in CONTENT_DIR.glob("*.yaml"))


def load_content(stem: str) -> Content:
    data = yaml.safe_load((CONTENT_DIR / f"{stem}.yaml").read_text(encoding="utf-8"))
    items = []
    for it in data["items"]:
        answer = it["answer"] if isinstance(it["answer"], list) else [it["answer"]]
        items.append(Item(str(it["number"]), it["question"], tuple(answer),
                          tuple(tuple(str(c) for c in row) for row in it.get("table") or ())))
    return Content(stem, data["gold"], data["questionnaire"], tuple(data["letterhead"]),
                   data["reference"], data["date"], data["salutation"], data.get("title") or "",
                   data.get("intro") or "", tuple(items), tuple(data.get("closing") or ()),
                   tuple(data.get("signature") or ()))


def with_refs(content: Content, name: Callable[[Item], str]) -> Content:
    """`{ref:N}` replaced by what this layout calls question N."""
    by_number = {it.number: it for it in content.items}

    def fill(text: str) -> str:
        return _REF.sub(lambda m: name(by_number[m.group(1)]), text)

    items = tuple(replace(it, answer=tuple(fill(a) for a in it.answer)) for it in content.items)
    return replace(content, intro=fill(content.intro), items=items,
                   closing=tuple(fill(c) for c in content.closing))


# --- blocks ----------------------------------------------------------------------------

@dataclass(frozen=True)
class Block:
    """One paragraph-like thing on the page. Text may hold "\\n" (hard line breaks)."""

    kind: str                          # heading | para | item | table | quote
    text: str = ""
    marker: str = ""                   # item: its number as shown ("1.", "b)", "Q3.")
    numbering: tuple = ()              # item: (numFmt, lvlText, list id) when Word numbers it
    rows: tuple = ()                   # table rows (header first); quote: the quoted lines
    level: int = 1                     # heading level
    tight: bool = False                # plain text: no blank line before this block


def para(text: str, tight: bool = False) -> Block:
    return Block("para", text, tight=tight)


def heading(text: str, level: int = 1) -> Block:
    return Block("heading", text, level=level)


def item(marker: str, text: str, numbering: tuple = (), tight: bool = False) -> Block:
    return Block("item", text, marker=marker, numbering=numbering, tight=tight)


def table(rows) -> Block:
    return Block("table", rows=tuple(tuple(r) for r in rows))


def letter_head(c: Content) -> list[Block]:
    out = [para(line, tight=i > 0) for i, line in enumerate(c.letterhead)]
    out += [para(c.reference), para(c.date, tight=True), para(c.salutation)]
    if c.title:
        out.append(heading(c.title))
    if c.intro:
        out.append(para(c.intro))
    return out


def sign_off(c: Content) -> list[Block]:
    return [para(t) for t in c.closing] + [para(t, tight=i > 0) for i, t in enumerate(c.signature)]


def answer_blocks(it: Item, *, label: str = "", alone: bool = False, tight: bool = True,
                  gap: bool = True) -> list[Block]:
    """The answer's paragraphs (and table), the first `tight` under its question; with
    `label` ("Response:") before the first paragraph or, `alone`, on a line of its own."""
    paras = list(it.answer)
    out = []
    if label and alone:
        out.append(para(label, tight=tight))
    elif label:
        paras[0] = f"{label} {paras[0]}"
    for i, text in enumerate(paras):
        out.append(para(text, tight=tight if i == 0 else (tight or not gap)))
    if it.table:
        out.append(table(it.table))
    return out


def flat_answer(it: Item) -> str:
    """The answer as one cell: paragraphs joined, a table's rows as "label: value"."""
    rows = "; ".join(": ".join(row) for row in it.table[1:])
    return " ".join([*it.answer, rows]).strip()


def letter(i: int) -> str:
    return chr(97 + i) if i < 26 else chr(97 + i % 26) * (i // 26 + 1)


def roman(n: int) -> str:
    out = ""
    for value, digits in ((10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while n >= value:
            out, n = out + digits, n - value
    return out


def _ordinal(c: Content) -> dict[str, int]:
    return {it.number: i for i, it in enumerate(c.items)}


def _decimal(c: Content, list_id: str, text: str = "%1.") -> tuple:
    return ("decimal", text, list_id) if c.plainly_numbered else ()


# --- the twelve layouts ----------------------------------------------------------------

def layout_inline(c: Content) -> list[Block]:
    """"1. How many packages? 1,204" — question and answer on one line, no gaps."""
    c = with_refs(c, lambda it: f"question {it.number}")
    body = []
    for it in c.items:
        first, *rest = it.answer
        # a question worded as a heading ("Number of people ...") gets the colon a writer
        # would put before its answer
        question = it.question if it.question[-1] in ".?:!" else f"{it.question}:"
        body.append(item(f"{it.number}.", f"{question} {first}", _decimal(c, "qa"),
                         tight=bool(body)))
        body += answer_blocks(replace(it, answer=tuple(rest)), tight=True) if rest or it.table else []
    return letter_head(c) + body + sign_off(c)


def layout_label_same_line(c: Content) -> list[Block]:
    """The question numbered, then "Response: answer" on the next line."""
    c = with_refs(c, lambda it: f"question {it.number}")
    body = []
    for it in c.items:
        body.append(item(f"{it.number}.", it.question, _decimal(c, "q")))
        body += answer_blocks(it, label="Response:")
    return letter_head(c) + body + sign_off(c)


OWN_LINE_LABELS = ("Response:", "Answer:", "Reply")


def layout_label_own_line(c: Content) -> list[Block]:
    """"Q3. question", then "Response:" (or "Answer:", "Reply") alone, the answer below."""
    c = with_refs(c, lambda it: f"Q{it.number}")
    body = []
    for i, it in enumerate(c.items):
        body.append(item(f"Q{it.number}.", it.question, _decimal(c, "q", "Q%1.")))
        body += answer_blocks(it, label=OWN_LINE_LABELS[i % 3], alone=True)
    return letter_head(c) + body + sign_off(c)


def layout_lettered(c: Content) -> list[Block]:
    """a) b) c) ... in order (sub-questions too), each answer after "Answer:"."""
    order = _ordinal(c)
    c = with_refs(c, lambda it: f"question ({letter(order[it.number])})")
    body = []
    for i, it in enumerate(c.items):
        body.append(item(f"{letter(i)})", it.question, ("lowerLetter", "%1)", "q")))
        body += answer_blocks(it, label="Answer:")
    return letter_head(c) + body + sign_off(c)


def layout_roman(c: Content) -> list[Block]:
    """i. ii. iii. ... in order, the answer as plain paragraphs right under the question."""
    order = _ordinal(c)
    c = with_refs(c, lambda it: f"question {roman(order[it.number] + 1)}")
    body = []
    for i, it in enumerate(c.items):
        body.append(item(f"{roman(i + 1)}.", it.question, ("lowerRoman", "%1.", "q")))
        body += answer_blocks(it)
    return letter_head(c) + body + sign_off(c)


def layout_dash_numbering(c: Content) -> list[Block]:
    """"Question 1 - question", then "1 - answer" under it."""
    c = with_refs(c, lambda it: f"question {it.number}")
    body = []
    for it in c.items:
        body.append(para(f"Question {it.number} - {it.question}"))
        body += answer_blocks(it, label=f"{it.number} -")
    return letter_head(c) + body + sign_off(c)


def layout_questions_then_answers(c: Content) -> list[Block]:
    """Every question under "Your request", then every answer numbered under "Response"."""
    c = with_refs(c, lambda it: f"question {it.number}")
    body = [heading("Your request", 2)]
    body += [item(f"{it.number}.", it.question, _decimal(c, "q"), tight=i > 0)
             for i, it in enumerate(c.items)]
    body.append(heading("Response", 2))
    for it in c.items:
        first, *rest = it.answer
        body.append(item(f"{it.number}.", first, _decimal(c, "a")))
        body += answer_blocks(replace(it, answer=tuple(rest)), tight=True) if rest or it.table else []
    return letter_head(c) + body + sign_off(c)


def layout_answers_first(c: Content) -> list[Block]:
    """An e-mail reply: reference, numbered answers, the sign-off and the body's name as
    the signature, then the request quoted below ("On ... wrote:" and "> " lines): answers
    and questions meet only by number."""
    c = with_refs(c, lambda it: f"question {it.number}")
    body = [para(c.reference), para(c.date, tight=True), para(c.salutation)]
    if c.intro:
        body.append(para(c.intro))
    for it in c.items:
        first, *rest = it.answer
        body.append(item(f"{it.number}.", first, _decimal(c, "a"), tight=True))
        body += answer_blocks(replace(it, answer=tuple(rest)), tight=True) if rest or it.table else []
    body += sign_off(c)
    body += [para(line, tight=i > 0) for i, line in enumerate(c.letterhead)]
    asked = dt.datetime.combine(c.response_date - dt.timedelta(days=28), dt.time(8, 15))
    name = c.letterhead[0].title() if c.letterhead[0].isupper() else c.letterhead[0]
    quoted = [f"Dear {name},", "",
              "Under the Freedom of Information Act 2000 please could you tell me:", "",
              *(f"{it.number}. {it.question}" for it in c.items), "", "Yours faithfully,",
              "A Requester"]
    attribution = f"On {asked:%a, %d %b %Y at %H:%M}, A Requester <requester@example.org> wrote:"
    return body + [Block("quote", attribution, rows=tuple(quoted))]


def layout_headings_prose(c: Content) -> list[Block]:
    """Each question as a heading (no number), the answer as prose under it."""
    c = with_refs(c, lambda it: f'the question "{it.question}"')
    body = []
    for it in c.items:
        body.append(heading(it.question, 2))
        body += answer_blocks(it, tight=False)
    return letter_head(c) + body + sign_off(c)


def exemption_cell(it: Item) -> str:
    found = []
    for number, sub in re.findall(r"\bsection (\d+)(\(\d+\))?", flat_answer(it), re.I):
        if number in EXEMPTION_SECTIONS and f"Section {number}{sub}" not in found:
            found.append(f"Section {number}{sub}")
    return ", ".join(found)


def layout_table_header(c: Content) -> list[Block]:
    """One table "No. | Question | Response | Exemption applied"."""
    c = with_refs(c, lambda it: f"question {it.number}")
    rows = [("No.", "Question", "Response", "Exemption applied")]
    rows += [(it.number, it.question, flat_answer(it), exemption_cell(it)) for it in c.items]
    return letter_head(c) + [table(rows)] + sign_off(c)


def _wrap(block: Block) -> Block:
    if block.kind == "table" or block.kind == "quote":
        return block
    lead = f"{block.marker} " if block.marker else ""
    text = textwrap.fill(lead + block.text, WRAP_WIDTH, break_long_words=False,
                         break_on_hyphens=False)
    return replace(block, kind="para" if block.kind == "item" else block.kind, text=text,
                   marker="", numbering=())


def layout_wrapped(c: Content) -> list[Block]:
    """As PDFs and e-mails arrive: every line hard-wrapped at ~70 characters, the answer
    straight under its question with no blank line, a blank line between pairs."""
    c = with_refs(c, lambda it: f"question {it.number}")
    body = []
    for it in c.items:
        body.append(item(f"{it.number}.", it.question))
        body += answer_blocks(it, gap=False)
    return [_wrap(b) for b in letter_head(c) + body + sign_off(c)]


REQUESTER_ADDRESS = ("A Requester", "12 Example Road", "Newtown", "NT1 2AB")
PERIOD_LINE = "01 April 2023 to 31 March 2024"
COST_LIMIT = ("Section 12 of the Freedom of Information Act 2000 allows a public authority to "
              "refuse a request where the cost of complying would exceed the appropriate "
              "limit. For local government and the NHS the limit is £450, which represents 18 "
              "hours of work at £25 an hour. Where a request would exceed the limit we will "
              "contact you to discuss narrowing it.")
REVIEW_RIGHTS = ("If you are dissatisfied with the handling of your request, you have the right "
                 "to ask for an internal review. Internal review requests should be submitted "
                 "within 40 working days of the date of receipt of this response. If you are "
                 "not content with the outcome of the internal review, you have the right to "
                 "apply directly to the Information Commissioner for a decision: Information "
                 "Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire "
                 "SK9 5AF, telephone 0303 123 1113.")


def layout_boilerplate_top_bottom(c: Content) -> list[Block]:
    """A formal letter: address block, the request restated with its period on a line that
    starts with digits, cost-limit and right-of-review paragraphs at the top and again at
    the bottom, around "Response:" answers."""
    c = with_refs(c, lambda it: f"question {it.number}")
    received = c.response_date - dt.timedelta(days=28)
    top = [para(line, tight=i > 0) for i, line in enumerate(c.letterhead)]
    top += [para(line, tight=i > 0) for i, line in enumerate(REQUESTER_ADDRESS)]
    top += [para(c.reference), para(c.date, tight=True), para(c.salutation)]
    if c.title:
        top.append(heading(c.title))
    top += [para(f"Your request was received on {received.day} {received:%B %Y}. You asked "
                 "for the information set out below, covering the period:"),
            para(PERIOD_LINE, tight=True),
            para("Where figures for that period were not available we have given the most "
                 "recent complete year, as stated in each answer."),
            heading("Cost of compliance", 2), para(COST_LIMIT),
            heading("Your rights", 2), para(REVIEW_RIGHTS)]
    if c.intro:
        top.append(para(c.intro))
    body = []
    for it in c.items:
        body.append(item(f"{it.number}.", it.question, _decimal(c, "q")))
        body += answer_blocks(it, label="Response:")
    bottom = [heading("Cost of compliance", 2), para(COST_LIMIT),
              heading("Right of review", 2), para(REVIEW_RIGHTS), *sign_off(c),
              para(f"{c.letterhead[0]} is a data controller registered with the Information "
                   "Commissioner. Printed on recycled paper.")]
    return top + body + bottom


LAYOUTS: dict[str, Callable[[Content], list[Block]]] = {
    name[len("layout_"):]: fn for name, fn in globals().items() if name.startswith("layout_")}
#: Layouts whose EML carries the Word file as an attachment (letters); the others are
#: typed into the e-mail body.
ATTACHED_IN_EML = {"lettered", "roman", "headings_prose", "table_header",
                   "boilerplate_top_bottom"}


# --- formats ---------------------------------------------------------------------------

def blocks_to_text(blocks: Sequence[Block]) -> str:
    parts = []
    for b in blocks:
        if b.kind == "table":
            text = "\n".join(" | ".join(row) for row in b.rows)
        elif b.kind == "quote":
            text = "\n".join([b.text, *(f"> {line}".rstrip() for line in b.rows)])
        elif b.kind == "item":
            text = f"{b.marker} {b.text}"
        else:
            text = b.text
        parts.append(("\n" if b.tight and parts else "\n\n" if parts else "") + text)
    return "".join(parts) + "\n"


def write_txt(blocks, path: Path, content: Content) -> Path:
    return make_text(path, blocks_to_text(blocks))


def build_docx(blocks: Sequence[Block]):
    document = docx.Document()
    lists: dict[str, str] = {}
    for b in blocks:
        if b.kind == "heading":
            document.add_heading(b.text, level=b.level)
        elif b.kind == "table":
            add_table(document, b.rows)
        elif b.kind == "quote":
            document.add_paragraph(b.text)
            for line in b.rows:
                document.add_paragraph(f"> {line}".rstrip())
        elif b.kind == "item" and b.numbering:
            fmt, lvl_text, list_id = b.numbering
            if list_id not in lists:
                lists[list_id] = add_list_instance(
                    document, add_abstract_numbering(document, [(fmt, lvl_text)]))
            p = document.add_paragraph(b.text, style="List Paragraph")
            set_numbering(p, lists[list_id])
        else:
            text = f"{b.marker} {b.text}" if b.kind == "item" else b.text
            document.add_paragraph(text)  # "\n" in a run is written as Word's line break
    return document


def write_docx(blocks, path: Path, content: Content) -> Path:
    build_docx(blocks).save(str(path))
    return path


def _pdf_text(text: str) -> str:
    return escape(text).replace("\n", "<br/>")


def write_pdf(blocks, path: Path, content: Content) -> Path:
    items = []
    for b in blocks:
        if b.kind == "heading":
            items.append(f"<b>{_pdf_text(b.text)}</b>")
        elif b.kind == "table":
            widths = [34, 150, 197, 70] if len(b.rows[0]) == 4 else None
            items.append(("table", [list(r) for r in b.rows], {"grid": True, "widths": widths}))
        elif b.kind == "quote":
            items.append(_pdf_text("\n".join([b.text, *(f"> {line}" for line in b.rows)])))
        elif b.kind == "item":
            items.append(_pdf_text(f"{b.marker} {b.text}"))
        else:
            items.append(_pdf_text(b.text))
    return make_flow_pdf(path, items, footer=["Page {page} of {pages}"],
                         later_header=[content.reference])


_HTML_LIST_TYPES = {("decimal", "%1."): "1", ("lowerLetter", "%1)"): "a",
                    ("lowerRoman", "%1."): "i"}


def blocks_to_html(blocks: Sequence[Block]) -> str:
    e = html.escape
    out, counters = [], {}
    open_list = None
    for b in blocks:
        kind = _HTML_LIST_TYPES.get(b.numbering[:2]) if b.kind == "item" and b.numbering else None
        if open_list and (kind is None or b.numbering[2] != open_list or not b.tight):
            out.append("</ol>")
            open_list = None
        if kind:
            list_id = b.numbering[2]
            counters[list_id] = counters.get(list_id, 0) + 1
            if open_list is None:
                out.append(f'<ol type="{kind}" start="{counters[list_id]}">')
                open_list = list_id
            out.append(f"<li>{e(b.text)}</li>")
            continue
        text = e(b.text).replace("\n", "<br>\n")
        if b.kind == "heading":
            out.append(f"<h{b.level + 1}>{text}</h{b.level + 1}>")
        elif b.kind == "table":
            head = "".join(f"<th>{e(c)}</th>" for c in b.rows[0])
            body = "".join("<tr>" + "".join(f"<td>{e(c)}</td>" for c in row) + "</tr>"
                           for row in b.rows[1:])
            out.append(f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>")
        elif b.kind == "quote":
            quoted = "".join(f"<p>{e(line)}</p>" for line in b.rows if line)
            out.append(f"<p>{text}</p><blockquote>{quoted}</blockquote>")
        elif b.kind == "item":
            out.append(f"<p>{e(b.marker)} {text}</p>")
        else:
            out.append(f"<p>{text}</p>")
    if open_list:
        out.append("</ol>")
    return "\n".join(out)


def write_html(blocks, path: Path, content: Content) -> Path:
    e = html.escape
    name = content.letterhead[0]
    body = f"""
<div class="cookie-banner" role="region"><p>We use cookies to make this site work.</p>
  <button>Accept all cookies</button></div>
<a class="skip-link" href="#content">Skip to main content</a>
<header class="site-header"><a href="/">{e(name)}</a>
  <nav><ul><li><a href="/bins">Bins and recycling</a></li><li><a href="/tax">Council tax</a></li>
  <li><a href="/foi">Freedom of information</a></li></ul></nav></header>
<main id="content">
  <ol class="breadcrumbs"><li><a href="/">Home</a></li><li><a href="/foi">FOI</a></li>
    <li><a href="/foi/log">Disclosure log</a></li></ol>
  <h1>Disclosure log: {e(content.reference_value)}</h1>
{blocks_to_html(blocks)}
  <div class="page-feedback"><h2>Was this page helpful?</h2><button>Yes</button>
    <button>No</button></div>
</main>
<footer><p>&copy; {e(name)}</p><ul><li><a href="/privacy">Privacy</a></li>
  <li><a href="/accessibility">Accessibility statement</a></li></ul></footer>
"""
    return make_html(path, body, title=f"FOI {content.reference_value} | {name}")


def write_eml(blocks, path: Path, content: Content, *, attach: bool = False) -> Path:
    sent = dt.datetime.combine(content.response_date, dt.time(10, 2),
                               tzinfo=dt.timezone(dt.timedelta(hours=1)))
    subject = f"RE: Freedom of Information request {content.reference_value}"
    attachments = []
    if attach:
        note = [content.salutation, "",
                "Please find attached our response to your Freedom of Information request.",
                "", "Kind regards,", *content.signature[-2:]]
        body = "\n".join(note) + "\n"
        data = io.BytesIO()
        build_docx(blocks).save(data)
        attachments = [(f"FOI response {content.reference_value.replace('/', '-')}.docx",
                        data.getvalue())]
    else:
        body = blocks_to_text(blocks)
    return make_eml(path, body, subject=subject, date=format_datetime(sent),
                    sender=f"Information Governance <foi@{content.stem.split('_')[0]}.example>",
                    attachments=attachments)


WRITERS = {"txt": write_txt, "docx": write_docx, "pdf": write_pdf, "html": write_html,
           "eml": write_eml}


def render(content: Content, layout: str, fmt: str, folder: Path) -> Path:
    """Write `content` laid out as `layout` in format `fmt` into `folder`; its path."""
    blocks = LAYOUTS[layout](content)
    path = Path(folder) / f"{content.stem}-{layout}.{fmt}"
    if fmt == "eml":
        return write_eml(blocks, path, content, attach=layout in ATTACHED_IN_EML)
    return WRITERS[fmt](blocks, path, content)


# --- comparing with the gold: the project's own evaluator (the rules of score.py) -------

@dataclass(frozen=True)
class FieldCheck:
    field: str
    gold: object
    got: object             # a state name, the list of values, or None
    positive: bool          # the gold has a value or state (not null / [])
    predicted: bool
    auto: bool              # predicted and every row auto
    ok: bool

    @property
    def missed(self) -> bool:
        """A gold value or state the pipeline did not give (auto or review)."""
        return self.positive and not self.ok

    @property
    def contradicts(self) -> bool:
        """An auto value that is not the gold's."""
        return self.auto and not self.ok

    @property
    def failed(self) -> bool:
        return self.missed or self.contradicts


def rows_by_field(result) -> dict[str, list[dict]]:
    """The result's answer rows by field; document fields from the document row when the
    answers have none (as score.py reads documents.csv)."""
    by_field: dict[str, list[dict]] = {}
    for row in result.answers:
        by_field.setdefault(row["field"], []).append(row)
    for name in document_columns():
        if result.document.get(name) and not by_field.get(name):
            by_field[name] = [{"state": "answered", "value": result.document[name],
                               "status": "auto"}]
    return by_field


def check_fields(gold: Mapping, result) -> list[FieldCheck]:
    rows = rows_by_field(result)
    checks = []
    for name, spec in gold.items():
        pred = collapse_rows(rows.get(name, []))
        negative = is_negative(spec)
        ok = (pred is None) if negative else gold_matches(spec, pred)
        auto = pred is not None and pred.is_auto
        got = None if pred is None else pred.shown
        checks.append(FieldCheck(name, spec, got, not negative, pred is not None, auto, ok))
    return checks


def run(path: Path):
    """The pipeline's result for one file, through its public entry points."""
    from pipeline.ingest import ingest
    from pipeline.run import process_document
    return process_document(ingest(Path(path)))
