"""Step 3a of segmentation: the text cut into units, each starting at a numbered line, an
answer marker or a table row, with the phase (request, response, quoted) and section it
sits in. `layout` pairs them."""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from pipeline.model import QAPair
from pipeline.patterns import AnyOf
from pipeline.rules import Rules
from pipeline.segment import letters, zones
from pipeline.segment.lines import (MORE_REFS, QUESTION_REF, TABLE_SEP, Line, bare_number, expand_refs,
                                    numbering_scheme, parse_number, parse_roman_or_letter,
                                    split_inline_subquestions, split_lines, strip_span)


# A second number after the first: one answer given to two questions ("10 and 11.", "3 & 4)").
# A range after the first: "3. -5. Not held." answers 3, 4 and 5.
_JOINED = re.compile(r"(?P<joiner>and|&|/|[-–](?=\s*\d))\s*(?:q\.?\s*)?(\d{1,2}[a-z]?)\s*[.):\-–]\s*", re.IGNORECASE)


# "If yes:" alone on its line, over a list numbered from 1 again: the parts of the question
CONDITIONAL_INTRO = re.compile(r"(?:if (?:yes|so|not|no)|where (?:this|that) is the case)\b[^.?]{0,40}:$", re.IGNORECASE)


@dataclass
class Unit:
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


# "Questions 1, 2 and 10", "Questions 3 to 4a": several question numbers named at a line's start
_NAMED_REFS = rf"^questions\s+(?P<refs>\d{{1,2}}[a-z]?(?:{MORE_REFS})+)"


@functools.cache
def layout_patterns(rules: Rules) -> dict:
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
        # "Questions 1 to 3: How many ...? ..." - the questions a label names, written after it
        "refs_lead": re.compile(_NAMED_REFS + r"\s*[:.\-–]\s+(?=\S)", flags),
        # a heading over one answer to several questions: "Questions 3 to 4a", "Questions 1 and 2"
        "refs_heading": re.compile(_NAMED_REFS + r"\s*[:.\-–]?\s*$", flags),
    }


@functools.cache
def _any_of(rules: Rules) -> dict[str, AnyOf]:
    """The pattern lists asked "does any match?", each in one regex pass."""
    return {name: AnyOf(layout_patterns(rules)[name]) for name in ("request", "response", "closing", "quoted", "attachment")}


BULLET = re.compile(r"^[-–•*·]\s*")
DIGIT = re.compile(r"\d")
AFFIRMS = re.compile(r"\s*(?:yes|no)\b|\s*(?:i|we)\s+(?:can|cannot|can't|do|does|did|have|hold|confirm)\b",
                             re.IGNORECASE)
OPENS_WITH_ANSWER = re.compile(r"\s*(yes|no|not|none|nil|n/?a|partly|partially|see)\b", re.IGNORECASE)
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


def heading_of(line: str, rules: Rules) -> str:
    """"request" or "response" for a line that heads the request or the answers, else ""."""
    text = BULLET.sub("", line.strip())
    if text[-1:].isdigit():  # a date or reference closing the line ends in a digit: else none to drop
        text = _HEADING_TAIL.sub("", text)
    text = text.rstrip(":").strip()
    if not text or len(text.split()) > 6:
        return ""
    for kind in ("response", "request"):
        if _any_of(rules)[kind].match(text):
            return kind
    return ""


def is_closing(line: str, rules: Rules) -> bool:
    head = line.strip()[:120]
    return _any_of(rules)["closing"].search(head)


def _table_unit(text: str, line: Line, rules: Rules, phase: str,
                roles: tuple[str, ...] | None = None) -> Unit | None:
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
        return Unit(number, q[0], q[1], phase, line.start, cells=((q[0], q[1]), (q[1], q[1])),
                     lines=[line])
    q, a = cells[0], cells[-1]
    if len(cells) > 2:  # a middle column (e.g. "Category") belongs with the question
        q = (cells[0][0], cells[-2][1], "")
    return Unit(number, q[0], a[1], phase, line.start, cells=((q[0], q[1]), (a[0], a[1])),
                 lines=[line])


_NUMBER_CELL = re.compile(r"(?:q(?:uestion)?\s*)?\d{1,2}[a-z]?\.?", re.IGNORECASE)


def _table_unit_by_roles(text: str, line: Line, cells: list, roles: tuple[str, ...], phase: str) -> Unit | None:
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
    return Unit(number, q[0], a[1], phase, line.start, cells=((q[0], q[1]), (a[0], a[1])), lines=[line])


_CELL_NUMBER = re.compile(r"\s*(?:q(?:uestion)?\s*)?(?P<n>\d{1,2}[a-z]?)\s*[.):\-–]\s+", re.IGNORECASE)


def find_units(text: str, rules: Rules) -> list[Unit]:
    lines = split_inline_subquestions(split_lines(text))
    pats = layout_patterns(rules)
    numbered_lines = sum(1 for ln in lines if parse_number(ln.text, rules))
    question_lines = numbered_lines < 2  # unnumbered questions: a line ending with "?"
    units: list[Unit] = []
    current: Unit | None = None
    phase = "request"
    closed = False
    last_number = ""
    section = 0
    roles = None
    scheme = numbering_scheme(lines, rules)
    arabic_answers = asked = False
    requested: list[str] = []
    quote_until = None  # index of the label that closes a request quoted in a letter
    interleaved = checked_inline = False  # a quoted message answered between its lines
    sub_of, sub_next = "", 0  # "If yes:" then "1. ... 2. ...": parts a, b of question sub_of
    for i, ln in enumerate(lines):
        stripped = ln.text.strip()
        if not stripped:
            continue
        if CONDITIONAL_INTRO.match(stripped) and current is not None and current.number.isdigit() \
                and phase != "response" and i + 1 < len(lines) \
                and (nxt := parse_number(lines[i + 1].text, rules)) and nxt[0] == "1":
            sub_of, sub_next = current.number, 1
            continue
        if phase != "quoted" and (not interleaved or not stripped.startswith(">")) \
                and _any_of(rules)["quoted"].search(stripped):
            # answers typed between the quoted questions: those are the reply's questions
            interleaved = zones.answered_inline(lines, i, rules)
            current, phase, closed = None, "request" if interleaved else "quoted", False
            continue
        if _any_of(rules)["attachment"].search(stripped):
            current, phase, closed = None, "request", False  # an attached reply starts afresh
            continue
        if stripped.startswith(">") and phase != "quoted" and not interleaved and not checked_inline:
            # quoted questions with no "wrote:" line over them, answered between their lines
            checked_inline = True
            if zones.answered_inline(lines, i - 1, rules):
                interleaved, current, phase, closed = True, None, "request", False
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
                current = Unit("", ln.start + indent, ln.end, phase, ln.start, lines=[ln], asked=True)
                units.append(_in_section(current, section))
            else:
                current.marker_at, current.body_end = ln.end, ln.end
                current.lines.append(ln)
                quote_until, phase, closed = None, "response", False
            continue
        if phase != "quoted" and letters.is_request_intro(stripped, rules):
            quote_until = letters.quoted_request_end(lines, i, rules, lambda s: heading_of(s, rules) == "response")
            if quote_until is not None:
                current, phase, asked = None, "request", True
                continue
        kind = heading_of(stripped, rules)
        if kind == "response" and current is not None and current.cells is None and current.marker_at is None \
                and (len(current.lines) == 1 or current.lines[-1].text.rstrip().endswith("?")) \
                and zones.is_answer_label(stripped, rules) \
                and not _numbered_next(lines, i, rules, roman=not current.number[:1].isdigit()) \
                and not _after_question_list(units):
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
        lead = pats["refs_lead"].match(stripped)
        if lead and "?" in stripped:
            # "Questions 1 to 3: How many ...? How many of these ...? How many ...?" over one
            # answer (a table by borough): each question it names gets that answer
            indent = len(ln.text) - len(ln.text.lstrip())
            current = Unit("", ln.start + indent + lead.end(), ln.end, phase, ln.start, lines=[ln],
                           refs=expand_refs(lead.group("refs")))
            units.append(_in_section(current, section))
            closed = False
            continue
        refs = pats["refs"].search(stripped)
        if refs and len(stripped.split()) <= 14 and not parse_number(ln.text, rules):
            indent = len(ln.text) - len(ln.text.lstrip())
            current = Unit("", ln.start + indent, ln.end, phase, ln.start, lines=[ln],
                            refs=expand_refs(refs.group("refs")))
            units.append(_in_section(current, section))
            closed = False
            continue
        ranged = pats["marker_range"].match(stripped) or pats["refs_heading"].match(stripped)
        if ranged:
            refs = expand_refs(ranged.group("refs"))
            current = Unit(refs[0], ln.end, ln.end, phase, ln.start, lines=[ln], refs=refs)
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
        if parsed and not is_closing(ln.text[parsed[1]:], rules):
            number, label_len = parsed
            joined = _JOINED.match(ln.text, label_len)  # "10 and 11. There is no policy..."
            refs = () if not joined else expand_refs(f"{number} to {joined.group(2)}") \
                if joined["joiner"] in "-–" else (number, joined.group(2).lower())
            if joined:
                label_len = joined.end()
            current = Unit(number, ln.start + label_len, ln.end, phase, ln.start, lines=[ln], refs=refs,
                            asked=asked)
            units.append(_in_section(current, section))
            last_number, closed = (refs[-1] if refs else number), False
            continue
        if is_closing(stripped, rules):
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
                current = Unit("", answer_at, ln.end, phase, ln.start, marker_at=answer_at, lines=[ln])
                units.append(_in_section(current, section))
            closed = False
            continue
        if asked and phase == "request" and current is None and len(stripped.split()) >= 4:
            requested.append(stripped)  # an unnumbered line of the request ("The number rejected.")
        if phase == "response" and requested and not parse_number(ln.text, rules) \
                and _restates(stripped, requested):
            # the request's own line restated over its answer ("The number rejected:")
            indent = len(ln.text) - len(ln.text.lstrip())
            current = Unit("", ln.start + indent, ln.end, phase, ln.start, lines=[ln])
            units.append(_in_section(current, section))
            closed = False
            continue
        bullet = BULLET.match(stripped)
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
            current = Unit("", first.start + indent, ln.end, phase, first.start, lines=opened)
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


def _bare_label(line: str, last_number: str, units: list[Unit]) -> tuple[str, int] | None:
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


def _numbered_next(lines: list[Line], i: int, rules: Rules, roman: bool = True) -> bool:
    """True when numbered answers follow line `i`, perhaps under a section heading. With
    `roman` false (under question "1", "(i) North locality: 241" is a breakdown inside its
    answer), roman numerals do not count."""
    following = [ln.text for ln in lines[i + 1:] if ln.text.strip()][:2]

    def numbered(t: str) -> bool:
        return bool(parse_number(t, rules) or bare_number(t) or roman and parse_roman_or_letter(t, "roman"))

    if not following:
        return False
    if numbered(following[0]):
        return True
    short = len(following[0].split()) <= 6 and not following[0].rstrip().endswith((".", "?", ":"))
    return short and len(following) > 1 and numbered(following[1])


def _after_question_list(units: list[Unit]) -> bool:
    """True when the last two units are questions still waiting for answers (a request list)."""
    if len(units) < 2:
        return False
    prev, cur = units[-2], units[-1]
    if prev.number and cur.number.startswith(prev.number) and cur.number != prev.number:
        return False  # "2." then "2a)": a question and its part, not a list
    return len(prev.lines) == 1 and prev.cells is None and prev.marker_at is None


def asks_anew(text: str, unit: Unit, waiting: QAPair, rules: Rules) -> bool:
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


def _list_item_of(current: Unit | None, parsed: tuple[str, int], last_number: str, line: str,
                  rules: Rules, units: list[Unit] = ()) -> bool:
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


def _in_section(unit: Unit, section: int) -> Unit:
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
    if parse_number(stripped, rules) or is_closing(stripped, rules):
        return False
    nxt = next((ln for ln in lines[i + 1:] if ln.text.strip()), None)
    parsed = parse_number(nxt.text, rules) if nxt else None
    if not parsed:
        return False
    following, previous = _base_number(parsed[0]), _base_number(last_number)
    if following is None:
        return False
    return previous is None or following < previous or parsed[0] == last_number


_DIGIT_RUNS = re.compile(r"\d+")


def restated_length(question: str, body: str) -> int | None:
    """Length of `body`'s prefix that restates `question` (exactly or nearly), else None."""
    q = " ".join(question.split()).lower()
    if not q or AFFIRMS.match(body):
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
