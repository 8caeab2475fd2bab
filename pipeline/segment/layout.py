"""Step 3 of segmentation: question/answer pairs from layout alone, for any request.

This is the fallback when no questionnaire matches, and the source of tables and of answers
given first; `anchors` places a known questionnaire's questions. Layouts handled
(docs/layouts.md):

- question and answer on one line: ``Q1 Do you have a framework? No.``
- a question line, then ``Response:``/``Answer:`` line(s), or the answer as plain paragraphs;
- every question listed first, then every answer numbered (often under a "Response" or
  "Decision" heading); the question may be restated in front of its answer;
- table rows (``1 | question | answer``), as every reader renders tables;
- numbering ``1.``, ``1)``, ``Q1``, ``Question 1 -``, ``1 -``, ``Q2a``, ``5(a)``, ``(b)``,
  roman or lettered answers, a bare ``2.``, lists that restart at 1, bullets, or none;
- answer labels on the question's line or alone below it (``Reply``), told from headings;
- unnumbered request lines restated over their answers.

It knows nothing of any questionnaire. When it cannot tell where a question ends and its
answer begins (``10. Does the council have a policy. No``), the pair's answer is empty and
`anchors.refine_pairs` finishes the job once the canonical wording is known.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field, replace

from rapidfuzz import fuzz

from pipeline.model import QAPair
from pipeline.patterns import AnyOf
from pipeline.rules import Rules
from pipeline.segment.lines import (FIGURE_GIVEN, MORE_REFS, QUESTION_REF, TABLE_SEP, Line, bare_number, expand_refs, split_inline_subquestions, numbering_scheme, parse_number, parse_roman_or_letter,
                                    split_lines, strip_span)
from pipeline.segment import letters, zones
from pipeline.segment.compound import split_compound
from pipeline.segment.inline import split_after_request
from pipeline.segment.pairs import make_pair, with_answer
from pipeline.segment.wording import stopword_set, word_stems

# A second number after the first: one answer given to two questions ("10 and 11.", "3 & 4)").
_JOINED = re.compile(r"(?:and|&|/)\s*(?:q\.?\s*)?(\d{1,2}[a-z]?)\s*[.):\-–]\s*", re.IGNORECASE)



@dataclass
class _Unit:
    """A run of lines that starts at a numbered line, an answer marker or a table row."""

    number: str
    body_start: int
    body_end: int
    phase: str
    label_start: int
    marker_at: int | None = None  # offset of the answer after a "Response:" marker
    cells: tuple[tuple[int, int], tuple[int, int]] | None = None  # table: (question, answer)
    lines: list[Line] = field(default_factory=list)
    refs: tuple[str, ...] = ()  # question numbers a topic heading cites: "Spend (Q5 to Q5c)"
    section: int = 0  # counts the section headings before the unit ("NHS partners")
    listed: bool = False  # holds the lettered items its question lists ("a) Nursing", "b) ...")
    asked: bool = False  # under an explicit request heading ("Request:", "You asked:")


@functools.cache
def _patterns(rules: Rules) -> dict:
    p = rules.phrasings
    flags = re.IGNORECASE
    markers = sorted((re.escape(m) for m in p["answer_markers"]), key=len, reverse=True)
    return {
        # "Response:", and "Response 3:" under "Request 3: ..." (the number repeats the question's)
        "marker_line": re.compile(r"^(?:%s)(?:\s+(?:to\s+)?(?:q(?:uestion)?\.?\s*)?\d{1,2}[a-z]?)?\s*(?:[:\-–]\s*|$)"
                                  % "|".join(markers), flags),
        # one label answering a range of questions: "Our response 1- 4:", "Answer to Q2 and Q3:" (t10)
        "marker_range": re.compile(r"^(?:%s)\s+(?:to\s+)?(?P<refs>(?:q(?:uestions?)?\.?\s*)?\d{1,2}[a-z]?\s*(?:-|–|to|and|&)\s*"
                                   r"(?:q\.?\s*)?\d{1,2}[a-z]?)\s*:?\s*$" % "|".join(markers), flags),
        "marker_inline": re.compile(r"(?:^|(?<=[?.:)]\s)|(?<=[?.:)]))\s*\b(?:response|answer|our response|reply)"
                                    r"(?:\s+\d{1,2}[a-z]?)?\s*[:\-–]\s*", flags),
        "request": [re.compile(r"^%s\s*:?$" % pat, flags) for pat in p["headings"]["request"]],
        "response": [re.compile(r"^%s\s*:?$" % pat, flags) for pat in p["headings"]["response"]],
        "closing": [re.compile(pat, flags) for pat in p["closing"]],
        "quoted": [re.compile(pat, flags) for pat in p["quoted"]],
        "attachment": [re.compile(pat, flags) for pat in p.get("attachment_start", ())],
        "refs": re.compile(rf"\((?P<refs>{QUESTION_REF}(?:{MORE_REFS})*)\)\s*:?\s*$", flags),
    }


@functools.cache
def _any_of(rules: Rules) -> dict[str, AnyOf]:
    """The pattern lists asked "does any match?", each in one regex pass."""
    return {name: AnyOf(_patterns(rules)[name]) for name in ("request", "response", "closing", "quoted", "attachment")}


_BULLET = re.compile(r"^[-–•*·]\s*")
_DIGIT = re.compile(r"\d")
_AFFIRMS = re.compile(r"\s*(?:yes|no)\b|\s*(?:i|we)\s+(?:can|cannot|can't|do|does|did|have|hold|confirm)\b",
                             re.IGNORECASE)
_OPENS_WITH_ANSWER = re.compile(r"\s*(yes|no|not|none|nil|n/?a|partly|partially|see)\b", re.IGNORECASE)
# what may follow a heading on its line: "Response 15-10-2015", "Request 101000381666"
_HEADING_TAIL = re.compile(r"\s*[:\-–]?\s*(?:\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}|\d{1,2}(?:st|nd|rd|th)? [A-Za-z]+ \d{4}|\d{5,})\s*$")


SECTION_ROW_MAX_WORDS = 12


def _section_row(lines: list[Line], i: int, cells: int) -> bool:
    """A short line between rows of a table of `cells` columns: a merged section row, after
    which the table (and its header's column roles) goes on."""
    if len(lines[i].text.split()) > SECTION_ROW_MAX_WORDS:
        return False
    nxt = next((ln for ln in lines[i + 1:] if ln.text.strip()), None)
    return nxt is not None and nxt.text.count(TABLE_SEP) + 1 == cells


def _heading(line: str, rules: Rules) -> str:
    """"request" or "response" for a line that heads the request or the answers, else ""."""
    text = _HEADING_TAIL.sub("", _BULLET.sub("", line.strip())).rstrip(":").strip()
    if not text or len(text.split()) > 6:
        return ""
    pats = _patterns(rules)
    for kind in ("response", "request"):
        if _any_of(rules)[kind].match(text):
            return kind
    return ""


def _is_closing(line: str, rules: Rules) -> bool:
    head = line.strip()[:120]
    return _any_of(rules)["closing"].search(head)


def _table_unit(text: str, line: Line, rules: Rules, phase: str,
                roles: tuple[str, ...] | None = None) -> _Unit | None:
    """A Q/A table row: ``1 | question | answer`` or ``question | answer``.

    Under a header row (``No. | Question | Response | Exemption applied``) each cell is read
    by its column's role, so an extra column is never taken for the answer.
    """
    cells, pos = [], line.start
    for part in line.text.split(TABLE_SEP):
        s, e = strip_span(text, pos, pos + len(part))
        cells.append((s, e, part.strip()))
        pos += len(part) + len(TABLE_SEP)
    if all(zones.is_header_cell(c[2], rules) or not c[2] for c in cells):
        return None
    if roles and len(cells) < len(roles) and line.text.rstrip().endswith("|"):
        # "2 | Cllr Dunmore, Lead Member. |": the last columns (an exemption) left empty
        cells = [(cs, ce, text[cs:ce]) for cs, ce, _ in cells]
        cells += [(line.end, line.end, "")] * (len(roles) - len(cells))
    if roles and len(roles) == len(cells) and ("question" in roles or {"number", "answer"} <= set(roles)):
        return _table_unit_by_roles(text, line, cells, roles, phase)
    number = ""
    if cells and (_NUMBER_CELL.fullmatch(cells[0][2]) or re.fullmatch(r"\(?[a-h]\)", cells[0][2])):
        number = re.sub(r"[^0-9a-z]", "", cells[0][2].lower()).lstrip("q").replace("uestion", "")
        cells = cells[1:]
    else:
        parsed = parse_number(cells[0][2], rules) if cells else None
        if parsed:
            number = parsed[0]
            s = cells[0][0] + parsed[1]
            cells[0] = (s, cells[0][1], cells[0][2][parsed[1]:])
    cells = [c for c in cells if c[2]] or cells
    if len(cells) < 2:
        if not number:
            return None
        q = cells[0] if cells else (line.end, line.end, "")
        return _Unit(number, q[0], q[1], phase, line.start, cells=((q[0], q[1]), (q[1], q[1])),
                     lines=[line])
    q, a = cells[0], cells[-1]
    if len(cells) > 2:  # a middle column (e.g. "Category") belongs with the question
        q = (cells[0][0], cells[-2][1], "")
    return _Unit(number, q[0], a[1], phase, line.start, cells=((q[0], q[1]), (a[0], a[1])),
                 lines=[line])


_NUMBER_CELL = re.compile(r"(?:q(?:uestion)?\s*)?\d{1,2}[a-z]?\.?", re.IGNORECASE)


def _table_unit_by_roles(text: str, line: Line, cells: list, roles: tuple[str, ...], phase: str) -> _Unit | None:
    by_role: dict[str, tuple] = {}
    for cell, role in zip(cells, roles):
        by_role.setdefault(role, cell)
    a = by_role.get("answer")
    # "Q | Answer | Exemption" over "1 | 602 |": no question column, the number says which
    q = by_role.get("question") or (a[0], a[0], "")
    a = a or (q[1], q[1], "")
    number = re.sub(r"[^0-9a-z]", "", by_role["number"][2].lower()).lstrip("q") if "number" in by_role else ""
    if not number and _NUMBER_CELL.fullmatch(q[2]):
        # "Question | Response" over "1 | Annabel Fordyce ...": the question column holds only the
        # number of a question listed above, so the row answers that question
        number = re.sub(r"[^0-9a-z]", "", q[2].lower()).lstrip("q").replace("uestion", "")
        q = (q[0], q[0], "")
    elif not number and (lead := _CELL_NUMBER.match(q[2])):
        # "1. How many branches do you run? | 12 branches. | Y": the number opens the question
        number, q = lead.group("n").lower(), (q[0] + lead.end(), q[1], q[2][lead.end():])
    if not q[2] and not a[2]:
        return None  # a section row spanning the table
    return _Unit(number, q[0], a[1], phase, line.start, cells=((q[0], q[1]), (a[0], a[1])), lines=[line])


_CELL_NUMBER = re.compile(r"\s*(?:q(?:uestion)?\s*)?(?P<n>\d{1,2}[a-z]?)\s*[.):\-–]\s+", re.IGNORECASE)


def _units(text: str, rules: Rules) -> list[_Unit]:
    lines = split_inline_subquestions(split_lines(text))
    pats = _patterns(rules)
    numbered_lines = sum(1 for ln in lines if parse_number(ln.text, rules))
    question_lines = numbered_lines < 2  # unnumbered questions: a line ending with "?"
    units: list[_Unit] = []
    current: _Unit | None = None
    phase = "request"
    closed = False
    last_number = ""
    section = 0
    roles = None
    scheme = numbering_scheme(lines, rules)
    arabic_answers = asked = False
    requested: list[str] = []
    quote_until = None  # index of the label that closes a request quoted in a letter
    interleaved = False  # a quoted message answered between its lines
    sub_of, sub_next = "", 0  # "If yes:" then "1. ... 2. ...": parts a, b of question sub_of
    for i, ln in enumerate(lines):
        stripped = ln.text.strip()
        if not stripped:
            continue
        if _CONDITIONAL_INTRO.match(stripped) and current is not None and current.number.isdigit() \
                and phase != "response" and i + 1 < len(lines) \
                and (nxt := parse_number(lines[i + 1].text, rules)) and nxt[0] == "1":
            sub_of, sub_next = current.number, 1
            continue
        if phase != "quoted" and not interleaved and _any_of(rules)["quoted"].search(stripped):
            # answers typed between the quoted questions: those are the reply's questions
            interleaved = zones.answered_inline(lines, i, rules)
            current, phase, closed = None, "request" if interleaved else "quoted", False
            continue
        if _any_of(rules)["attachment"].search(stripped):
            current, phase, closed = None, "request", False  # an attached reply starts afresh
            continue
        if (phase == "quoted" or interleaved) and stripped.startswith(">"):
            ln = _unquote(ln)
            stripped = ln.text.strip()
            if not stripped:
                continue
        if quote_until is not None:  # inside a letter's quoted request, or at its label
            if i < quote_until and current is not None:
                current.body_end = ln.end
                current.lines.append(ln)
            elif i < quote_until:
                indent = len(ln.text) - len(ln.text.lstrip())
                current = _Unit("", ln.start + indent, ln.end, phase, ln.start, lines=[ln], asked=True)
                units.append(_in_section(current, section))
            else:
                current.marker_at, current.body_end = ln.end, ln.end
                current.lines.append(ln)
                quote_until, phase, closed = None, "response", False
            continue
        if phase != "quoted" and letters.is_request_intro(stripped, rules):
            quote_until = letters.quoted_request_end(lines, i, rules, lambda s: _heading(s, rules) == "response")
            if quote_until is not None:
                current, phase, asked = None, "request", True
                continue
        kind = _heading(stripped, rules)
        if kind == "response" and current is not None and current.cells is None and current.marker_at is None \
                and (len(current.lines) == 1 or current.lines[-1].text.rstrip().endswith("?")) \
                and zones.is_answer_label(stripped, rules) \
                and not _numbered_next(lines, i, rules) and not _after_question_list(units):
            kind = ""  # "Reply" right under a question, not over numbered answers, labels its answer
        if kind and phase != "quoted" and not parse_number(ln.text, rules):
            current, phase, closed = None, kind, False
            asked = kind == "request"
            continue
        if TABLE_SEP not in ln.text:
            if roles is not None and _section_row(lines, i, len(roles)):
                current = None  # "Section A – People receiving aftercare" across the table
                continue
            roles = None
        elif (header := zones.header_roles(stripped, rules)) is not None:
            roles, current = header, None
            continue
        elif zones.is_metadata(stripped, rules) and current is None:
            continue  # a page's metadata row ("Reference | FOI 2025/1514"), not a question
        if TABLE_SEP in ln.text and roles is not None and not any(
                cell.strip(" |") for cell in ln.text.split(TABLE_SEP)[1:]):
            current = None  # "Part 2 – Arrangements with health |  |  |": a section row
            continue
        if TABLE_SEP in ln.text:
            unit = _table_unit(text, ln, rules, phase, roles)
            if current is not None and not closed and current.cells is None \
                    and (unit is None or not unit.number):
                # a data table inside an answer ("Service type | Packages"), not a Q/A row
                current.body_end = ln.end
                current.lines.append(ln)
                continue
            current = None
            if unit:
                units.append(_in_section(unit, section))
                last_number = unit.number or last_number
                closed = False
            continue
        refs = pats["refs"].search(stripped)
        if refs and len(stripped.split()) <= 14 and not parse_number(ln.text, rules):
            indent = len(ln.text) - len(ln.text.lstrip())
            current = _Unit("", ln.start + indent, ln.end, phase, ln.start, lines=[ln],
                            refs=expand_refs(refs.group("refs")))
            units.append(_in_section(current, section))
            closed = False
            continue
        ranged = pats["marker_range"].match(stripped)
        if ranged:
            refs = expand_refs(ranged.group("refs"))
            current = _Unit(refs[0], ln.end, ln.end, phase, ln.start, lines=[ln], refs=refs)
            units.append(_in_section(current, section))
            closed = False
            continue
        if _is_section_heading(stripped, lines, i, last_number, rules):
            current = None  # "NHS partners" before numbering that starts again at 1
            section += 1
            continue
        parsed = parse_number(ln.text, rules, parent=last_number if scheme != "letter" else "") \
            or _bare_label(ln.text, last_number, units)
        if parsed is None and scheme in ("roman", "letter"):
            parsed = parse_roman_or_letter(ln.text, scheme)
        elif parsed is None and phase == "response" and not arabic_answers:
            parsed = parse_roman_or_letter(ln.text, "roman")  # answers i-vi to questions 1-6
        elif parsed and phase == "response":
            arabic_answers = True
        if parsed and _list_item_of(current, parsed, last_number, ln.text, rules, units):
            current.body_end = ln.end  # "4. ... for the following care types:" / "a) Nursing: £1000"
            current.lines.append(ln)
            current.listed = True
            continue
        if sub_of and parsed and parsed[0] == str(sub_next) and phase != "response":
            parsed, sub_next = (f"{sub_of}{chr(96 + sub_next)}", parsed[1]), sub_next + 1
        elif parsed:
            sub_of = ""
        if parsed and not _is_closing(ln.text[parsed[1]:], rules):
            number, label_len = parsed
            joined = _JOINED.match(ln.text, label_len)  # "10 and 11. There is no policy..."
            refs = (number, joined.group(1).lower()) if joined else ()
            if joined:
                label_len = joined.end()
            current = _Unit(number, ln.start + label_len, ln.end, phase, ln.start, lines=[ln], refs=refs,
                            asked=asked)
            units.append(_in_section(current, section))
            last_number, closed = (refs[-1] if refs else number), False
            continue
        if _is_closing(stripped, rules):
            current, closed = None, True
            continue
        marker = pats["marker_line"].match(ln.text.lstrip())
        if not marker and current is not None and zones.is_answer_label(stripped, rules):
            marker = re.match(r".*", ln.text.lstrip())  # a label written as a sentence: "Our response is:"
        if marker:
            answer_at = ln.start + (len(ln.text) - len(ln.text.lstrip())) + marker.end()
            if current is not None and current.marker_at is None and current.cells is None:
                current.marker_at = answer_at
                current.body_end = ln.end
                current.lines.append(ln)
            else:
                current = _Unit("", answer_at, ln.end, phase, ln.start, marker_at=answer_at, lines=[ln])
                units.append(_in_section(current, section))
            closed = False
            continue
        if asked and phase == "request" and current is None and len(stripped.split()) >= 4:
            requested.append(stripped)  # an unnumbered line of the request ("The number rejected.")
        if phase == "response" and requested and not parse_number(ln.text, rules) \
                and _restates(stripped, requested):
            # the request's own line restated over its answer ("The number rejected:")
            indent = len(ln.text) - len(ln.text.lstrip())
            current = _Unit("", ln.start + indent, ln.end, phase, ln.start, lines=[ln])
            units.append(_in_section(current, section))
            closed = False
            continue
        bullet = _BULLET.match(stripped)
        asks = len(stripped) > 15 and (stripped.endswith("?") or (
            "?" in stripped and zones.reads_as_question(stripped, rules)) or (
            bullet is not None and zones.reads_as_question(stripped[bullet.end():], rules)))
        if question_lines and asks:
            opened = [ln]
            prev = lines[i - 1] if i else None
            if stripped[0].islower() and prev is not None and prev.text.strip() \
                    and not prev.text.rstrip().endswith((".", "?", "!", ":")):
                opened = [prev, ln]  # the question began on the line before ("... local" / "authority?")
                if current is not None and current.lines and current.lines[-1] is prev:
                    current.lines.pop()
                    if current.lines:
                        current.body_end = current.lines[-1].end
                    else:
                        units.remove(current)  # the unit was only that line
            first = opened[0]
            indent = len(first.text) - len(first.text.lstrip())
            if bullet is not None and len(opened) == 1:
                indent += bullet.end()  # "- How many children;" : the bullet is not the question
            current = _Unit("", first.start + indent, ln.end, phase, first.start, lines=opened)
            units.append(_in_section(current, section))
            closed = False
            continue
        if current is not None and not closed and current.cells is None:
            current.body_end = ln.end
            current.lines.append(ln)
    return units


def _restates(line: str, requested: list[str]) -> bool:
    """True when `line` repeats one of the request's unnumbered lines (nearly word for word)."""
    asked = line.rstrip(":.?; ").lower()
    return len(asked.split()) >= 4 and any(
        fuzz.ratio(asked, r.rstrip(":.?; ").lower()) >= 85 for r in requested)


def _bare_label(line: str, last_number: str, units: list[_Unit]) -> tuple[str, int] | None:
    """A bare number that continues the numbering ("2." after "1."), not an answer ("17.")."""
    bare = bare_number(line)
    if bare is None:
        return None
    base, own = _base_number(last_number), _base_number(bare[0])
    if bare[0] == "1" or (base is not None and own == base + 1) or any(u.number == bare[0] for u in units):
        return bare
    if bare[0][-1:].isalpha() and (own == 1 or own == base or (base is not None and own == base + 1)):
        return bare  # "1b." after "1a.", "2a." after "1c.": labels of sub-questions over their answers
    return None


def _numbered_next(lines: list[Line], i: int, rules: Rules) -> bool:
    """True when numbered answers follow line `i`, perhaps under a section heading."""
    following = [ln.text for ln in lines[i + 1:] if ln.text.strip()][:2]

    def numbered(t: str) -> bool:
        return bool(parse_number(t, rules) or bare_number(t) or parse_roman_or_letter(t, "roman"))

    if not following:
        return False
    if numbered(following[0]):
        return True
    short = len(following[0].split()) <= 6 and not following[0].rstrip().endswith((".", "?", ":"))
    return short and len(following) > 1 and numbered(following[1])


def _after_question_list(units: list[_Unit]) -> bool:
    """True when the last two units are questions still waiting for answers (a request list)."""
    if len(units) < 2:
        return False
    prev, cur = units[-2], units[-1]
    if prev.number and cur.number.startswith(prev.number) and cur.number != prev.number:
        return False  # "2." then "2a)": a question and its part, not a list
    return len(prev.lines) == 1 and prev.cells is None and prev.marker_at is None


def _asks_anew(text: str, unit: _Unit, waiting: QAPair, rules: Rules) -> bool:
    """True when a unit numbered like a waiting question asks a question of its own."""
    first = text[unit.body_start:unit.lines[0].end].strip()
    body = text[unit.body_start:unit.body_end]
    if not first.endswith("?"):
        if not zones.asks_for(first, rules):
            return False
        # "1. Of the total (q.2) please provide ...": a request of its own, even when it opens
        # with the words of the question before it; only a near copy restates that question
        asked = " ".join(waiting.question.split()).lower()
        flat = " ".join(first.split()).lower()
        if flat.startswith(asked):
            return zones.asks_for(flat[len(asked):], rules)
        return fuzz.ratio(asked, flat) < 90
    return restated_length(waiting.question, body) is None \
        and fuzz.token_set_ratio(waiting.question, first) < 80


def _list_item_of(current: _Unit | None, parsed: tuple[str, int], last_number: str, line: str,
                  rules: Rules, units: list[_Unit] = ()) -> bool:
    """True for "a) Nursing: £1000" under "4. ... for the following care types:".

    The lettered lines list what the question asks about, or give the parts of an answer
    already begun ("Yes." then "a. The framework includes the ICB."); they are not
    questions of their own unless they ask one.
    """
    number, label = parsed
    if current is None or current.cells is not None or not last_number or current.number != last_number:
        return False
    if not (number[:-1] == last_number and number[-1:].isalpha()) or line.rstrip().endswith("?"):
        return False
    if re.match(r"\s*(?:q|\d)", line, re.IGNORECASE):
        return False  # "Q3a." / "3a)" names a sub-question of its own
    first = current.lines[0].text
    if first.rstrip().endswith(":"):
        return True
    if bare_number(first) is not None:
        # "2." over "a) 0", "b) 0" answers a question 2 asked before; a "1." that opens the
        # request has lettered questions of its own ("a) The number of adults ...: 65")
        return any(u.number == current.number for u in units if u is not current) \
            or not zones.reads_as_question(line[label:], rules) and len(line[label:].split()) < 8
    answered = len(current.lines) > 1 or current.marker_at is not None
    return answered and not zones.reads_as_question(line[label:], rules)


def _in_section(unit: _Unit, section: int) -> _Unit:
    unit.section = section
    return unit


def _unquote(line: Line) -> Line:
    """The line without its e-mail quoting ("> > 3) which ICBs..." -> "3) which ICBs...")."""
    m = re.match(r"\s*(?:>\s?)+", line.text)
    return Line(line.start + m.end(), line.end, line.text[m.end():]) if m else line


def _base_number(number: str) -> int | None:
    m = re.match(r"\d+", number)
    return int(m.group(0)) if m else None


def _is_section_heading(stripped: str, lines: list[Line], i: int, last_number: str,
                        rules: Rules) -> bool:
    """A short unpunctuated line after which the numbering starts again ("Contacts" / "1.").

    Sections that number their questions from 1 each ("Systems and activity", "NHS
    partners") would otherwise run each heading into the previous answer. A short answer
    ("Mosaic") is told apart by what follows it: the numbering goes on instead of restarting.
    """
    if len(stripped.split()) > 6 or stripped[-1] in ".?:;,!)" or TABLE_SEP in stripped \
            or re.search(r"[:£$%]", stripped):
        return False
    if parse_number(stripped, rules) or _is_closing(stripped, rules):
        return False
    nxt = next((ln for ln in lines[i + 1:] if ln.text.strip()), None)
    parsed = parse_number(nxt.text, rules) if nxt else None
    if not parsed:
        return False
    following, previous = _base_number(parsed[0]), _base_number(last_number)
    if following is None:
        return False
    return previous is None or following < previous or parsed[0] == last_number


# What goes on asking after a "?" on the question's line.
_REQUEST_TAIL = re.compile(r"(please(?! (see|find|note|refer|be aware))|can you|could you|if (so|yes|not|possible)|and if so|i would|i'd|for (each|both|all)|"
                           r"broken down|split by|in (each|the) (year|case)|e\.g\.|\(e\.g|i\.e\.)\b", re.IGNORECASE)
_FIGURES_LINE = re.compile(r"[\s\d.,£%()*<>/-]+")


def still_asks(rest: str) -> bool:
    """True when the rest of a question's line goes on asking ("If so, please share ...",
    "Can you ...?"): it is more of the request, not the answer."""
    line = rest.split("\n", 1)[0].strip()
    return bool(line) and (_REQUEST_TAIL.match(line) is not None or line.endswith("?"))


def _asked_on(between: str) -> bool:
    """True when the text between two "?" goes on asking: on the same line, or a sentence
    begun on the question's line and wrapped onto the next ("...at a panel? Where a
    percentage\nsplit is used, what does the ICB pay?"), with no sentence ending in between."""
    if "\n" not in between:
        return True
    head, _, tail = between.partition("\n")
    return bool(head.strip()) and "\n" not in tail and not re.search(r"[.!](?:\s|$)", between)


def _split_question_mark(text: str, start: int, end: int) -> int | None:
    """Where the answer starts after the question's last "?" on its opening run of lines."""
    body = text[start:end]
    first = body.find("?")
    if first < 0:
        return None
    cut = first
    while True:
        nxt = body.find("?", cut + 1)
        if nxt < 0 or nxt - cut > 160 or not _asked_on(body[cut + 1:nxt]):
            break
        cut = nxt
    rest = body[cut + 1:]
    if not rest.strip():
        return None
    line_rest = rest.split("\n", 1)[0].strip()
    if line_rest and (_REQUEST_TAIL.match(line_rest) or re.fullmatch(r"\([^()]*\)", line_rest)):
        return None  # "How many? Please detail by year." / "... Rate? (excluding FNC)": still the request
    return start + cut + 1


def _split_topic(text: str, unit: _Unit, rules: Rules) -> int | None:
    """'Q4) Care packages per week – approx. 1,250': a short label, a separator, the answer."""
    first = text[unit.body_start:unit.lines[0].end]
    limit = rules.phrasings["topic_max_chars"]
    best = None
    for sep in rules.phrasings["topic_separators"]:
        i = first.find(sep)
        rest = first[i + len(sep):].strip() if i > 0 else ""
        if rest.endswith("?"):
            continue  # "Is there one ICB you mainly fund with - which?" is all question
        if 0 < i <= limit and rest and (best is None or i < best[0]):
            best = (i, len(sep))
    if best is None:
        return None
    return unit.body_start + best[0] + best[1]


_ANSWER_OPENING = re.compile(r"(?:(?<=[.?:])|(?<=\w))\s+(please see|see attached|please find|see the attached)\b", re.IGNORECASE)
_ANSWER_ENDING = re.compile(r"\s+(n/?a|not held|not applicable|none|nil)\.?\s*$", re.IGNORECASE)


def _split_answer_phrase(text: str, unit: _Unit) -> int | None:
    """'3.Please supply any reports n/a', '2.Please supply the form Please see attached':
    an answer that opens with a pointer or is one closing word, on the question's line."""
    first = text[unit.body_start:unit.lines[0].end]
    for rx in (_ANSWER_OPENING, _ANSWER_ENDING):
        m = rx.search(first)
        if m and len(first[:m.start()].split()) >= 4:
            return unit.body_start + m.start(1)
    return None


# what opens an answer written after a question's colon: a figure or an answer word
_ANSWER_AFTER_COLON = re.compile(r"[£<>~]?\d|(yes|no|none|nil|n/?a|not|nothing|zero)\b|.*\b(not|no)\b", re.IGNORECASE)


def _split_colon(text: str, unit: _Unit, rules: Rules) -> int | None:
    """'b) The number of adults placed out of area with a mental health disorder: 29': a long
    question, a colon, and a short answer on the same line (a figure or a statement)."""
    first = text[unit.body_start:unit.lines[0].end]
    at = first.rfind(": ")
    if at < 0:
        return None
    head, rest = first[:at], first[at + 2:].strip()
    if len(head.split()) < 8 or not rest or len(rest.split()) > 15 or zones.asks_for(rest, rules) \
            or zones.reads_as_question(rest, rules) or not _ANSWER_AFTER_COLON.match(rest):
        return None
    return unit.body_start + at + 2


def _figures_split(unit: _Unit) -> int | None:
    """A wrapped question followed by a line of figures only ("458 625 546 413 379")."""
    for ln in unit.lines[1:]:
        if ln.text.strip() and _FIGURES_LINE.fullmatch(ln.text) and _DIGIT.search(ln.text):
            return ln.start
    return None


# "Question 3 –" names the question it answers, whatever sections lie between
_NAMES_QUESTION = re.compile(r"\s*(?:q|question)\s*\d", re.IGNORECASE)
_POLITE_REQUEST = re.compile(r"(?:if (?:possible|available|so),?\s+)?(?:please|could you|can you|would you)\b", re.IGNORECASE)
_FIRST_SENTENCE = re.compile(r"[^\n]*?(?:[.?!](?=\s)|$)", re.MULTILINE)


def _still_requests(text: str, start: int, end: int, rules: Rules) -> bool:
    """True when what follows a question's cut opens with more of the request ("If possible,
    please supply ...") and gives no figure: the question goes on; its answer comes later."""
    first = _FIRST_SENTENCE.match(text[start:end].strip()).group(0)
    return bool(_POLITE_REQUEST.match(first)) and zones.asks_for(first, rules) and not FIGURE_GIVEN.search(first)


def _split_tab(text: str, unit: _Unit) -> int | None:
    """"1. Contact details for the DASS<TAB>Neil Brockbank": a Word "Question<TAB>Answer"
    line; the answer starts after the tabs."""
    line = unit.lines[0]
    tab = text.find("\t", unit.body_start, line.end)
    if tab < 0 or not text[unit.body_start:tab].strip():
        return None
    after = tab
    while after < line.end and text[after] in " \t":
        after += 1
    return after if after < line.end else None


def _first_line_split(unit: _Unit) -> int | None:
    """For a multi-line unit with no "?", the answer is the lines after the first one."""
    if len(unit.lines) < 2 or unit.lines[-1].text.rstrip().endswith("?"):
        return None  # one question wrapped over its lines, ending with "?"
    first, second = unit.lines[0], unit.lines[1].text.lstrip()
    if first.text.rstrip().endswith((".", ":", "?", ")")):
        return unit.lines[1].start
    # a heading-like question ("Provider of the main case management system") whose next
    # line opens a new sentence; a wrapped question continues in lower case instead
    if second[:1].isupper() or second[:1].isdigit() or second[:1] in "£$<*":
        return unit.lines[1].start
    return None


def inline_marker(text: str, start: int, end: int, rules: Rules) -> tuple[int, int] | None:
    """(where the question ends, where the answer starts) at an inline "Response:" label."""
    m = _patterns(rules)["marker_inline"].search(text, start, end)
    return (m.start(), m.end()) if m else None


_DIGIT_RUNS = re.compile(r"\d+")


def restated_length(question: str, body: str) -> int | None:
    """Length of `body`'s prefix that restates `question` (exactly or nearly), else None."""
    q = " ".join(question.split()).lower()
    if not q or _AFFIRMS.match(body):
        return None  # "I can confirm our Trust provides ...": the question's words, affirmed
    b = body.lower()
    flat = " ".join(b.split())
    if flat.startswith(q):
        # map back through whitespace: walk body until q's characters are consumed
        consumed, i = 0, 0
        while i < len(body) and consumed < len(q):
            if body[i].isspace():
                if consumed < len(q) and q[consumed] == " ":
                    consumed += 1
                while i < len(body) and body[i].isspace():
                    i += 1
                continue
            consumed += 1
            i += 1
        return i
    window = body[: len(q) + 20]
    al = fuzz.partial_ratio_alignment(q, window.lower())
    if al and al.score >= 90 and al.dest_start <= 3:
        # "Of these, 402 were receiving CHC ...": a figure the question does not hold is the
        # answer, said in the question's words, not the question restated
        if set(_DIGIT_RUNS.findall(body[:al.dest_end])) - set(_DIGIT_RUNS.findall(q)):
            return None
        return al.dest_end
    return None


def segment_pairs(text: str, rules: Rules) -> list[QAPair]:
    """Find every question/answer pair in `text`.

    >>> [p.number for p in segment_pairs("Q1 Any framework? No.\\nQ1a If yes, with health? N/A", rules)]  # doctest: +SKIP
    ['1', '1a']
    """
    pairs: list[QAPair] = []
    # number -> pairs still waiting for their answer, oldest first: sections that each number
    # their questions from 1 are answered in the same order as they were asked
    open_by_number: dict[str, list[int]] = {}
    opened_in: dict[int, tuple[str, int]] = {}  # pair index -> (phase, section) of its question
    units = _units(text, rules)
    asked_later = _request_after_reply(text, units, rules)
    asked_units = {id(u) for u in asked_later.values()}
    for unit in units:
        if unit.phase == "quoted" or id(unit) in asked_units:
            continue  # the request quoted under a reply: paired with its answers below
        if unit.refs and unit.number and any(open_by_number.get(n) for n in unit.refs):
            for k, number in enumerate(unit.refs):  # "10 and 11." answers both listed questions
                if open_by_number.get(number):
                    idx = open_by_number[number].pop(0)
                    pairs[idx] = replace(with_answer(text, pairs[idx], unit.body_start, unit.body_end),
                                         by_reference=k > 0)
            continue
        if unit.refs:
            pairs.extend(_reference_pairs(text, unit, len(pairs), rules))
            continue
        if unit.cells is not None:
            (qs, qe), (a_s, a_e) = unit.cells
            if open_by_number.get(unit.number) and not text[qs:qe].strip():
                idx = open_by_number[unit.number].pop(0)
                pairs[idx] = with_answer(text, pairs[idx], a_s, a_e)
                continue
            pairs.append(make_pair(len(pairs), unit.number, text, (qs, qe), (a_s, a_e)))
            continue
        waiting = open_by_number[unit.number][0] if open_by_number.get(unit.number) else None
        if waiting is not None and opened_in[waiting] != (unit.phase, unit.section) \
                and opened_in[waiting][0] == unit.phase and not _NAMES_QUESTION.match(text, unit.label_start):
            waiting = None  # the next section of the request, numbered from 1 again
        if waiting is not None and (unit.marker_at is None or unit.marker_at > unit.lines[0].end) \
                and _asks_anew(text, unit, pairs[waiting], rules):
            waiting = None  # "1." again, but asking another question (a list that restarts at 1)
        if waiting is None and not unit.number and unit.marker_at is not None \
                and unit.marker_at == unit.body_start and pairs and not pairs[-1].answer:
            waiting = len(pairs) - 1  # a bare "Response:" paragraph answers the pair before it
        if waiting is not None:
            prev = pairs[waiting]
            body = text[unit.body_start:unit.body_end]
            cut = unit.marker_at
            if cut is None:
                restated = restated_length(prev.question, body)
                cut = unit.body_start + restated if restated is not None else unit.body_start
            pairs[waiting] = with_answer(text, prev, cut, unit.body_end)
            if open_by_number.get(unit.number):
                open_by_number[unit.number].pop(0)
            continue
        asked = asked_later.get(unit.number) if unit.number else None
        if asked is not None and _is_bare_answer(text, unit, rules):
            pairs.append(_answer_to_quoted(text, len(pairs), unit, asked, rules))
            continue
        if unit.marker_at is not None:
            q, a = (unit.body_start, unit.marker_at), (unit.marker_at, unit.body_end)
            # the marker word itself sits before marker_at; trim it from the question
            marker_line = next((ln for ln in unit.lines if ln.start <= unit.marker_at <= ln.end), None)
            if marker_line is not None and marker_line.start > unit.body_start:
                q = (unit.body_start, marker_line.start)
        else:
            inline = _patterns(rules)["marker_inline"].search(text, unit.body_start, unit.body_end)
            cut = inline.end() if inline and inline.start() > unit.body_start else None
            q_end = inline.start() if cut else None
            if cut is None and (unit.listed and unit.asked or _lists_what_it_asks(text, unit)):
                q_end = None  # a question and the items it lists, under "Request:": answered later
            elif cut is None:
                cut = (_split_tab(text, unit) or _split_question_mark(text, unit.body_start, unit.body_end)
                       or _split_answer_phrase(text, unit) or _split_topic(text, unit, rules)
                       or _split_colon(text, unit, rules)
                       or split_after_request(text, unit.body_start, unit.lines[0].end, rules)
                       or _first_line_split(unit) or _figures_split(unit))
                q_end = cut
            if cut is not None and _still_requests(text, cut, unit.body_end, rules):
                cut = None  # "If possible, please supply the information in a spreadsheet."
            if cut is None:
                q, a = (unit.body_start, unit.body_end), (unit.body_end, unit.body_end)
            else:
                q, a = (unit.body_start, q_end), (cut, unit.body_end)
        pair = make_pair(len(pairs), unit.number, text, q, a)
        waiting_same = [i for i in open_by_number.get(unit.number, [])
                        if fuzz.ratio(pairs[i].question.lower(), pair.question.lower()) >= 92]
        if unit.number and waiting_same and not pair.answer:
            continue  # the same question listed twice with no answer: keep the first
        pairs.append(pair)
        if unit.number and not pair.answer:
            open_by_number.setdefault(unit.number, []).append(pair.index)
            opened_in[pair.index] = (unit.phase, unit.section)
    pairs = _share_response_section(text, pairs, units, rules)
    pairs = _split_lettered_pairs(text, pairs)
    pairs = split_compound(text, pairs, rules)
    pairs = _share_joint_answer(text, pairs)
    pairs = _share_closing_answer(text, pairs, rules)
    # a bare "1." whose lettered lines became questions of their own holds nothing itself
    kept = [p for p in pairs if p.question or p.answer]
    return pairs if len(kept) == len(pairs) else [replace(p, index=i) for i, p in enumerate(kept)]


_MARKER = re.compile(r"[*†‡]+")
_MARKED_PARAGRAPH = re.compile(r"(?:^|\n)[ \t]*(?P<mark>[*†‡]+)[ \t]*[A-Za-z(\d]")


# "If yes:" alone on its line, over a list numbered from 1 again: the parts of the question
_CONDITIONAL_INTRO = re.compile(r"(?:if (?:yes|so|not|no)|where (?:this|that) is the case)\b[^.?]{0,40}:$", re.IGNORECASE)
_YEARS = re.compile(r"\b(?:19|20)\d\d(?:\s*[/-]\s*\d{2,4})?\b|\b\d{2}/\d{2}\b")
_ITEM_LABEL = re.compile(r"^\s*\(?(?:[ivx]{1,4}|[a-h])[.)]\s*", re.IGNORECASE)


def _lists_what_it_asks(text: str, unit: _Unit) -> bool:
    """A question ending in ":" whose listed items name only what it asks for, with no figure
    but years ("... for the following financial years:" / "i) 2016/17," / "ii) 2017/18"):
    the list is the question's, not an answer."""
    if len(unit.lines) < 2 or not text[unit.body_start:unit.lines[0].end].rstrip().endswith(":"):
        return False
    items = unit.lines[1:]
    return all(_ITEM_LABEL.match(ln.text) and not re.search(r"\d", _YEARS.sub("", _ITEM_LABEL.sub("", ln.text, count=1)))
               for ln in items)


def _unanswered(pair: QAPair, rules: Rules) -> bool:
    """No answer of its own: nothing, a footnote marker ("*"), or more request text."""
    answer = pair.answer.strip()
    return not answer or _MARKER.fullmatch(answer) is not None or zones.asks_for(answer, rules)


_INLINE_PART = re.compile(r"(?:^|(?<=\s))\(?([a-h])\)\s+(?=\S)")


def _split_lettered_pairs(text: str, pairs: list[QAPair]) -> list[QAPair]:
    """A question of lettered parts answered part by part in one table row ("1 | a) How many
    ...? b) How many of these ...? | a) 612 people ... b) 389 of these ..."): one pair per
    part, numbered 1a, 1b, ... and matched by its own words. Parts over several lines are
    left to `split_compound`, which keeps a heading such as "(£000)" with its figures."""
    out: list[QAPair] = []
    split = False
    for p in pairs:
        q_parts = list(_INLINE_PART.finditer(p.question))
        a_parts = list(_INLINE_PART.finditer(p.answer))
        letters = [m.group(1) for m in q_parts]
        if len(letters) < 2 or letters != list("abcdefgh"[:len(letters)]) \
                or [m.group(1) for m in a_parts] != letters or "\n" in p.question + p.answer:
            out.append(p if p.index == len(out) else replace(p, index=len(out)))
            continue
        split = True
        q_ends = [m.start() for m in q_parts[1:]] + [len(p.question)]
        a_ends = [m.start() for m in a_parts[1:]] + [len(p.answer)]
        for qm, qe, am, ae in zip(q_parts, q_ends, a_parts, a_ends):
            out.append(make_pair(len(out), f"{p.number}{qm.group(1)}" if p.number else "", text,
                                 (p.q_start + qm.end(), p.q_start + qe), (p.a_start + am.end(), p.a_start + ae)))
    return out if split else pairs


def _share_response_section(text: str, pairs: list[QAPair], units: list[_Unit], rules: Rules) -> list[QAPair]:
    """Questions listed (under "Request:" or on their own), then a "Response:" heading over
    prose that answers them all at once, numbered nowhere ("In issuing our response the
    council have applied S12 ..."), or that prose first ("Our Response: We do not hold ...",
    then "You asked: 1. ... 2. ..."): each question, whole, gets that prose as its answer, by
    reference when there are several. Prose under topic headings ("Case management system" /
    "We use Mosaic ...") answers question by question instead. Nothing changes when any answer sits under the
    heading already or the prose is only boilerplate."""
    if not pairs or not units or any(u.phase == "response" for u in units):
        return pairs
    first, after = min(u.label_start for u in units), max(u.body_end for u in units)
    lines = split_lines(text)
    before_ok = all(u.asked for u in units)  # the questions stand under "You asked:" or the like
    for k, head in enumerate(lines):
        if not (head.start >= after or (before_ok and head.end <= first)) \
                or _heading(head.text, rules) != "response":
            continue
        block = []
        for ln in lines[k + 1:]:
            if (head.end <= first and ln.start >= first) or _heading(ln.text, rules) \
                    or _is_closing(ln.text, rules) or zones.is_boilerplate(ln.text.strip(), rules):
                break
            if ln.text.strip():
                block.append(ln)
        if block:
            break
    else:
        return pairs
    a_start, a_end = block[0].start, block[-1].end
    headings = sum(1 for ln in block[:-1] if len(ln.text.split()) <= 6
                   and not ln.text.rstrip().endswith((".", "?", "!", ":", ";", ",")) and not _BULLET.match(ln.text.strip()))
    if headings >= 2:
        return pairs  # topic headings with their own answers under "Our response", not one for all
    answered = [p for p in pairs if p.answer and p.question]
    if any(not p.q_start <= p.a_start < after for p in answered) or (len(answered) > 1 and not before_ok):
        return pairs  # answered already: only a request's own lines may be read as its answers
    answer = text[a_start:a_end].strip()
    out = []
    for p in pairs:
        if not p.question:
            out.append(p)
            continue
        q_start, q_end = strip_span(text, p.q_start, max(p.q_end, p.a_end))
        out.append(replace(p, question=text[q_start:q_end], q_start=q_start, q_end=q_end, answer=answer,
                           a_start=a_start, a_end=a_end, by_reference=len(pairs) > 1))
    return out


# "Questions 5 and 6:", "Q5 & Q6 -", "Answer to questions 5-7.", "Questions 5 and 6 are
# answered together" opening an answer
_JOINT_LABEL = re.compile(
    rf"\s*(?:(?:our\s+)?(?:answer|response|reply)\s+to\s+)?(?P<refs>{QUESTION_REF}(?:{MORE_REFS})+)"
    r"(?:\s*[:.\-–]|\s+(?:are|is|have been|were)\s+answered\b|\s+(?:together|jointly)\b)", re.IGNORECASE)


def _share_joint_answer(text: str, pairs: list[QAPair]) -> list[QAPair]:
    """An answer that opens by naming the questions it answers ("Questions 5 and 6: In
    2023/24 the Council spent ...", "Q1, 1a and 1b: No.") also answers the others it names
    that have no answer of their own, before or after it, marked as answered by reference;
    each field then reads its own figure from it by its labels ("the Council spent ...",
    "the ICB contributed ..."). The label itself is not part of the answer."""
    out = list(pairs)
    for k, pair in enumerate(pairs):
        label = _JOINT_LABEL.match(pair.answer)
        if not label or not pair.number:
            continue
        named = set(expand_refs(label.group("refs")))
        if pair.number not in named:
            continue
        shared = with_answer(text, pair, pair.a_start + label.end(), pair.a_end)
        out[k] = shared if shared.answer else pair
        for step in (-1, 1):
            i = k + step
            while 0 <= i < len(pairs) and pairs[i].number in named and not pairs[i].answer.strip():
                out[i] = replace(pairs[i], answer=out[k].answer, a_start=out[k].a_start, a_end=out[k].a_end,
                                 by_reference=True)
                i += step
    return out


def _share_closing_answer(text: str, pairs: list[QAPair], rules: Rules) -> list[QAPair]:
    """One answer written after several unanswered questions answers each of them.

    Two layouts (docs/layouts.md): questions marked "*" with no answer of their own, then
    one paragraph opening with "*" after the last of them (``How old were they?*`` ...
    ``*To work this out would take ...``); and a request whose questions are all listed with
    no answer, then one sentence covering the whole request (``We do not hold this
    information as the Trust does not ...``). The copies are marked as answered by
    reference, so their values go to review.
    """
    last = next((i for i in range(len(pairs) - 1, -1, -1) if pairs[i].question and pairs[i].answer), None)
    if last is None or last == 0:
        return pairs
    closing = pairs[last]
    footnote = _MARKED_PARAGRAPH.search(closing.answer)
    run = []
    for i in range(last - 1, -1, -1):
        if not pairs[i].question or not _unanswered(pairs[i], rules):
            break
        run.append(i)
    if not run:
        return _share_blanket_inside(text, pairs, rules)
    if footnote is not None:
        mark = footnote.group("mark")
        marked = [i for i in run if pairs[i].question.rstrip().endswith(mark) or pairs[i].answer.strip() == mark]
        run = run[:next((k for k, i in enumerate(run) if i not in marked), len(run))]
        if not run:
            return pairs
        start = closing.a_start + footnote.start("mark")
        shared = with_answer(text, closing, start, closing.a_end)
        if closing.answer.strip().startswith(mark):
            pairs[last] = shared
    elif last == len(run) and zones.is_blanket_answer(closing.answer, rules):
        shared = closing  # every question of the request is unanswered but this one
    else:
        return _share_blanket_inside(text, pairs, rules)
    for i in run:
        pairs[i] = replace(pairs[i], answer=shared.answer, a_start=shared.a_start, a_end=shared.a_end,
                           by_reference=True)
    return pairs


# Fewest unanswered questions in a row, inside a request others of whose questions are
# answered, that one blanket answer after them is taken to cover (t02: three questions,
# then one "not held ... cost limit" paragraph; a single empty question is more often
# one the body skipped).
_MIN_SHARED_RUN = 2


def _share_blanket_inside(text: str, pairs: list[QAPair], rules: Rules) -> list[QAPair]:
    """Unanswered questions in a row, then a blanket answer: each of them gets it.

    Where the rest of the request is answered question by question (docs/layouts.md
    ``unnumbered_restated_prose``: t02), a run of questions with nothing under them
    followed by one whose answer covers them all ("The information requested is not held
    centrally ... the cost of compliance would exceed the appropriate limit"). By reference,
    so their values go to review. A question with an answer label between it and the next
    one ("Response:" over "2,406") is not unanswered, whatever the pairing made of it.
    """
    out = list(pairs)
    for k, closing in enumerate(pairs):
        if not (closing.question and closing.answer.strip()) or not zones.is_blanket_answer(closing.answer, rules):
            continue
        run = []
        for i in range(k - 1, -1, -1):
            between = text[pairs[i].q_end:pairs[i + 1].q_start].splitlines()
            if not pairs[i].question or not _unanswered(pairs[i], rules) \
                    or any(zones.is_answer_label(line.strip(), rules) for line in between if line.strip()):
                break  # answered, or an answer label stands between it and the next question
            run.append(i)
        if len(run) < _MIN_SHARED_RUN:
            continue
        for i in run:
            out[i] = replace(pairs[i], answer=closing.answer, a_start=closing.a_start, a_end=closing.a_end,
                             by_reference=True)
    return out


def _request_after_reply(text: str, units: list[_Unit], rules: Rules) -> dict[str, _Unit]:
    """The questions of a request quoted (or restated) after the answers, by number.

    An e-mail reply often answers "1. Jonathan Prew" first and quotes the request below;
    the numbers pair them. Returns {number: unit}, or {} when fewer than three answers share
    a number with the request.
    """
    replied = False
    asked: dict[str, _Unit] = {}
    for unit in units:
        late_request = unit.phase == "request" and replied
        if unit.phase == "response" or (unit.phase == "request" and not late_request and unit.number):
            replied = replied or unit.phase == "response"
        if (unit.phase == "quoted" or late_request) and unit.number and unit.cells is None:
            asked.setdefault(unit.number, unit)
    answered = {u.number for u in units if u.phase not in ("quoted",) and u.number
                and asked.get(u.number) is not u}
    if len(answered & asked.keys()) >= 3:
        return asked
    return _restarted_request(text, units, rules)


def _restarted_request(text: str, units: list[_Unit], rules: Rules) -> dict[str, _Unit]:
    """The request forwarded under a reply that answered it by number ("1. 219", "2. 64",
    then the original e-mail: "1) How many people ...?"): the numbering starts again, the
    first run holds bare answers and the second questions. {number: unit} of the second run,
    or {} when there is no such pair of runs sharing at least three numbers."""
    numbered = [u for u in units if u.number and u.cells is None and u.phase != "quoted"]
    if not numbered:
        return {}
    again = next((j for j, u in enumerate(numbered) if j >= 3 and u.number == numbered[0].number), None)
    if again is None:
        return {}
    first = {u.number: u for u in numbered[:again]}
    second: dict[str, _Unit] = {}
    for u in numbered[again:]:
        second.setdefault(u.number, u)
    shared = first.keys() & second.keys()
    if len(shared) < 3:
        return {}
    bare = sum(_is_bare_answer(text, first[n], rules) and not zones.reads_as_question(
        text[first[n].body_start:first[n].body_end], rules) for n in shared)
    asking = sum(zones.reads_as_question(text[second[n].body_start:second[n].body_end], rules)
                 for n in shared)
    return second if 2 * bare > len(shared) and 2 * asking > len(shared) else {}


def _is_bare_answer(text: str, unit: _Unit, rules: Rules) -> bool:
    """True when a numbered paragraph is only an answer: no "?", no "Response:" marker."""
    if unit.cells is not None or unit.marker_at is not None:
        return False
    first = text[unit.body_start:unit.lines[0].end]
    if "?" in first:
        return False
    return _patterns(rules)["marker_inline"].search(text, unit.body_start, unit.body_end) is None


def _words_within(label: str, question: str, rules: Rules) -> bool:
    """True when a short label before an answer names its question ("Copy of policy – N/A").

    Half the label's content words must appear in the question (compared on their first
    five letters, so "policy" finds "policies"). A label with a figure ("2022/23 gross cost:")
    or one that opens with an answer word ("Yes – NHS GM") is part of the answer.
    """
    if _DIGIT.search(label) or _OPENS_WITH_ANSWER.match(label):
        return False
    stop = stopword_set(rules)
    label_words = word_stems(label, stop)
    return bool(label_words) and 2 * len(label_words & word_stems(question, stop)) >= len(label_words)


def _answer_to_quoted(text: str, index: int, unit: _Unit, asked: _Unit, rules: Rules) -> QAPair:
    """Pair a reply's bare numbered answer with the request's question of the same number."""
    body = text[unit.body_start:unit.body_end]
    question = text[asked.body_start:asked.body_end]
    restated = restated_length(question.strip(), body)
    cut = unit.body_start + restated if restated is not None else unit.body_start
    if restated is None:
        label_end = _split_topic(text, unit, rules)
        if label_end is not None and _words_within(text[unit.body_start:label_end], question, rules):
            cut = label_end  # "Joint funding policy – No." answers "whether you have a policy"
    pair = make_pair(index, unit.number, text, (asked.body_start, asked.body_end), (cut, unit.body_end))
    if not pair.answer and cut > unit.body_start:
        pair = make_pair(index, unit.number, text, (asked.body_start, asked.body_end),
                     (unit.body_start, unit.body_end))
    return pair


def _reference_pairs(text: str, unit: _Unit, index: int, rules: Rules) -> list[QAPair]:
    """One pair per question number a topic heading cites, all sharing its answer."""
    if unit.marker_at is not None:
        marker_line = next((ln for ln in unit.lines if ln.start <= unit.marker_at <= ln.end), unit.lines[0])
        q, a = (unit.body_start, max(marker_line.start, unit.lines[0].end)), (unit.marker_at, unit.body_end)
    elif unit.number and not zones.reads_as_question(text[unit.body_start:unit.lines[0].end], rules):
        # "2a. & 2b. This information is not recorded ...": an answer given to both labels
        q, a = (unit.body_start, unit.body_start), (unit.body_start, unit.body_end)
    else:
        q, a = (unit.body_start, unit.lines[0].end), (unit.lines[0].end, unit.body_end)
    base = make_pair(index, "", text, q, a)
    return [replace(base, index=index + k, number=number, by_reference=True)
            for k, number in enumerate(unit.refs)]
