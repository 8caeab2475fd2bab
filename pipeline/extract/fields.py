"""The extract stage: matched QA pairs in, one `Value` per field (or list item) out.

For each canonical question it reads the answer's state (N/A, not held, withheld, see other),
follows pointers to other answers, falls back to a parent question's answer for an unanswered
sub-question, and runs the field's typed reader. Confidence multiplies how well the question
matched with how plainly the answer states the value; thresholds live in rules/thresholds.yaml.
"""
from __future__ import annotations


import functools
import re
from dataclasses import dataclass, replace

from pipeline.extract.dates import find_fiscal_years
from pipeline.extract.mask import applies_exemption, blank_spans, masked_spans, reading_text, reflow
from pipeline.extract.person import find_redactions, is_redacted
from pipeline.extract.states import StateReading, classify_state, find_exemptions, mentions_state
from pipeline.extract.typed import READERS, Candidate, Context
from pipeline.extract.yesno import read_restatement
from pipeline.match import MatchResult
from pipeline.model import Document, QAPair, SourceRef, State, Status, Value
from pipeline.patterns import AnyOf
from pipeline.rules import FieldSpec, Question, Questionnaire, Rules
from pipeline.segment import stopword_set, word_stems
from pipeline.segment.anchors import FIGURE_GIVEN
from pipeline.segment.lines import TABLE_SEP
from pipeline.segment.zones import BOILERPLATE, QUOTED, zoned_lines

# Field types whose absence from an answer is worth a reviewer's look when it is the
# question's main field (secondary fields such as an e-mail are often simply not given).
_MAIN_TYPES = ("money", "count", "percent", "person", "entity", "yesno", "boolean")
_STATE_CONF = {"whole": "explicit", "lead": "sentence"}

# "Health: 11% (approx. £7.6m)", "- Education – 6%", "Other | 0%": a short label without
# figures, then the value. Lines and "; "-separated parts are the segments.
_LABELLED = re.compile(r"[ \t]*(?:[-•*][ \t]+)?(?P<label>[A-Za-z][A-Za-z &/'’(),.-]{0,40}?)[ \t]*(?::|–|—| - |\|)[ \t]*(?=\S)")


def labelled_segments(text: str) -> list[tuple[str, int, int]]:
    """The "Label: value" segments of an answer as (label, start, end) offsets into `text`.

    >>> labelled_segments("Spend: £68.9m\\nHealth: 11%; Education: 6%")
    [('Spend', 0, 13), ('Health', 14, 25), ('Education', 26, 40)]
    """
    out = []
    for m in re.finditer(r"[^\n;]+", text):
        seg = _LABELLED.match(m.group(0))
        if seg:
            out.append((seg.group("label").strip(), m.start(), m.end()))
    return out


@dataclass(frozen=True)
class _Source:
    """The text a field is read from: an answer (or question) span of the document."""

    text: str
    offset: int  # where `text` starts in the document
    pair: QAPair
    strength_cap: str = ""  # a weaker strength forced on every reading (followed pointer, parent)
    flags: tuple[str, ...] = ()
    reasons: tuple[str, ...] = ()


def match_confidence(kind: str, score: float, rules: Rules) -> float:
    """How much a value inherits from the question match (1.0 for an exact wording)."""
    m = rules.thresholds["match"]
    if kind == "exact":
        return rules.conf("match_exact")
    if kind == "fuzzy":
        span = max(1.0, m["exact"] - m["accept"])
        share = min(1.0, max(0.0, (score - m["accept"]) / span))
        return rules.conf("match_fuzzy") + (rules.conf("match_exact") - rules.conf("match_fuzzy")) * share
    return rules.conf("match_number_only")


_ORDER = ("explicit", "sentence", "hedged", "inferred")


_OPENING_YESNO = re.compile(r"\s*(?:yes|no)\b[.,;:\s-]*", re.IGNORECASE)


def _weakest(a: str, b: str) -> str:
    if not b:
        return a
    return max(a, b, key=_ORDER.index)


def _make_value(doc: Document, spec: FieldSpec, src: _Source, cand: Candidate, item: int,
                base_conf: float, rules: Rules, extra_reasons: tuple[str, ...] = ()) -> Value:
    start, end = src.offset + cand.start, src.offset + cand.end
    strength = _weakest(cand.strength, src.strength_cap)
    conf = base_conf * rules.conf(strength)
    flags = tuple(dict.fromkeys(cand.flags + src.flags))
    if doc.is_ocr(start):
        flags += ("ocr",)
        # Only a doubtful word costs confidence: a figure Tesseract read cleanly is as
        # good as typed text, and one misread digit ("2,l46") is enough to doubt it.
        lowest = doc.ocr_confidence(start, end)
        if lowest is None or lowest < rules.ocr_word_min:
            conf *= rules.conf("ocr")
            extra_reasons += (f"OCR words doubtful (lowest confidence {lowest:g})"
                              if lowest is not None else "OCR word confidence unknown",)
    reasons = tuple(dict.fromkeys(cand.reasons + src.reasons + extra_reasons))
    return Value(
        field=spec.name, question_id=spec.question_id, state=State.ANSWERED, value=cand.value,
        value_num=cand.value_num, value_code=cand.code, unit=cand.unit, item=item,
        confidence=round(conf, 3), status=Status.REVIEW, extractor=cand.extractor,
        source=SourceRef(doc.source_file, doc.page_at(start), start, end, doc.locator_at(start)),
        evidence=doc.text[start:end], flags=flags, reasons=reasons,
    )


PROSE_REASON = "read from a reply written as prose, on the sentence that says the question's words: check it answers this question"
S21_COPY_REASON = "withheld under section 21 as published elsewhere: count the copy as provided?"


def _state_value(doc: Document, spec: FieldSpec, state: State, pair: QAPair, start: int, end: int,
                 conf: float, flags: tuple[str, ...] = (), reasons: tuple[str, ...] = (),
                 extractor: str = "state") -> Value:
    a, b = pair.a_start + start, pair.a_start + end
    if b <= a:
        a, b = pair.q_start, pair.q_end
    return Value(
        field=spec.name, question_id=spec.question_id, state=state, confidence=round(conf, 3),
        status=Status.REVIEW, extractor=extractor,
        source=SourceRef(doc.source_file, doc.page_at(a), a, b, doc.locator_at(a)),
        evidence=doc.text[a:b], flags=flags, reasons=reasons,
    )


_TOTAL = re.compile(r"\b(total|overall|grand total|all)\b", re.IGNORECASE)


_YEAR_DIMENSION = re.compile(r"(?:19|20)\d\d(?:[/-]\d{2,4})?")


def _dimension(cand: Candidate) -> str:
    return next((f.split(":", 1)[1] for f in cand.flags if f.startswith("dimension:")), "")


def _near_own_label(text: str, cands: list[Candidate], labels: tuple[str, ...], strict: bool) -> list[Candidate]:
    """The candidates a field's own label word comes just before, nearest first.

    "Health contributed £1,764,800 (4%), education £3,088,400 (7%)": the health share is the
    figure after "Health", not the first figure. When no candidate is near a label, `strict`
    (reading another question's answer) gives none rather than an unlabelled total.
    """
    words = re.compile(r"\b(?:%s)\b" % "|".join(re.escape(w) for w in labels), re.IGNORECASE)
    # "£1,673,233 (4.3%) was funded by health and £3,307,554 (8.5%) by education": a label
    # in the figure's own clause (before or after it) names it first
    own = [c for c in cands if words.search(_clause_of(text, c.start, c.end))]
    if own:
        return own
    scored = []
    for c in cands:
        before = re.split(r"[.;\n]", text[max(0, c.start - 45):c.start])[-1]
        hits = list(words.finditer(before))
        if hits:
            scored.append((len(before) - hits[-1].end(), c))
    if scored:
        return [c for _, c in sorted(scored, key=lambda t: t[0])]
    # "Financial year | Council spend (£000) | ICB contribution (£000)": a label in a column's
    # header picks that column's figures; figures outside the table stay unless `strict`
    headers = {id(c): _column_header(text, c.start) for c in cands}
    if any(words.search(h) for h in headers.values()):
        return [c for c in cands if words.search(headers[id(c)]) or not (strict or headers[id(c)])]
    return [] if strict else cands


_CLAUSE_END = re.compile(r"[.;\n]|,(?!\d{3})|\band\b|\bwhile\b|\bwhereas\b", re.IGNORECASE)


def _clause_of(text: str, start: int, end: int) -> str:
    """The clause holding text[start:end], between commas (not a figure's), full stops,
    semicolons, line breaks and "and"."""
    before = text[max(0, start - 80):start]
    cut = [m.end() for m in _CLAUSE_END.finditer(before)]
    head = before[cut[-1]:] if cut else before
    after = text[end:end + 80]
    m = _CLAUSE_END.search(after)
    return head + text[start:end] + (after[:m.start()] if m else after)


def _of_asked_year(text: str, cands: list[Candidate], question: str, rules) -> Candidate | None:
    """The one candidate for the single financial year the question asks about ("for the
    last full year 2022/23"): its row's year, or the year written just before it in its
    sentence ("The last full year requested (2022/23) was £63,117k"). None when the question names no year, several, or no candidate is for it."""
    vocab = rules.vocabulary
    asked = {f.value for f in find_fiscal_years(question, vocab=vocab)}
    if len(asked) != 1:
        return None
    (year,) = asked

    def for_year(c: Candidate) -> bool:
        if _dimension(c) == year:
            return True
        before = re.split(r"[.;\n]", text[max(0, c.start - 60):c.start])[-1]
        return [f.value for f in find_fiscal_years(before, vocab=vocab)][-1:] == [year]
    hits = [c for c in cands if for_year(c)]
    return hits[0] if hits and len({c.value for c in hits}) == 1 else None


def _column_header(text: str, pos: int) -> str:
    """The header cell over the table cell holding `pos` ("Financial year | Council spend
    (£000) | ICB contribution (£000)" over "2023/24 | 14,282 | 6,905"): the first line of
    the run of lines with as many cells, when it is another line. "" otherwise."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    line = text[start:len(text) if end < 0 else end]
    cells = line.count(TABLE_SEP)
    if not cells:
        return ""
    column = text[start:pos].count(TABLE_SEP)
    top = None
    while start > 0:
        prev_start = text.rfind("\n", 0, start - 1) + 1
        prev = text[prev_start:start - 1]
        if prev.count(TABLE_SEP) != cells:
            break
        top, start = prev, prev_start
    return top.split(TABLE_SEP)[column] if top is not None else ""


_FIGURE_TYPES = ("count", "money", "percent")


def _suppressed(cand: Candidate) -> bool:
    return cand.value_num is None and "suppressed" in cand.flags


def _in_question_column(text: str, cands: list[Candidate], question: str, stop: frozenset,
                        weights: dict[str, float]) -> list[Candidate]:
    """The candidates under the table column whose header shares the most words with the
    question, each word weighed by how few questions use it ("Discharged from s117 in year"
    for "How many people were discharged ...", not "People receiving s117 aftercare"),
    figures outside the table after them; all of them when no header shares more than the
    others, or when a figure stated before the table comes first.""" 
    headers = {id(c): _column_header(text, c.start) for c in cands}
    distinct = {h for h in headers.values() if h}
    in_digits = [c for c in cands if any(ch.isdigit() for ch in text[c.start:c.end])]
    if len(distinct) < 2 or not in_digits or not headers[id(min(in_digits, key=lambda c: c.start))]:
        return cands  # (a figure stated before the table answers; the table is detail)
    asked = _singular(word_stems(question, stop))
    shared = {h: round(sum(weights.get(w, 1.0) for w in _singular(word_stems(h, stop)) & asked), 6) for h in distinct}
    best = max(shared.values())
    winners = [h for h, n in shared.items() if n == best]
    if not best or len(winners) > 1:
        return cands
    return [c for c in cands if headers[id(c)] == winners[0]] + [c for c in cands if not headers[id(c)]]


def _singular(stems: set[str]) -> set[str]:
    """Word stems without a plural "s" ("icbs" -> "icb"), so a header "ICB (£)" names the
    question's "ICBs"."""
    return {w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w for w in stems}


def _in_total_line(text: str, cands: list[Candidate]) -> Candidate | None:
    """The one candidate on a "Total | 10,262" line of a breakdown, if there is exactly one."""
    totals = [(s, e) for label, s, e in labelled_segments(text) if _TOTAL.search(label)]
    hits = [c for c in cands for s, e in totals if s <= c.start < e]
    return hits[0] if len(hits) == 1 else None


_CONTACT_LABELS = {"email": re.compile(r"\be-?mail\b", re.IGNORECASE),
                   "phone": re.compile(r"\b(tel|telephone|phone|mobile)\b", re.IGNORECASE)}


def _labelled_as_other_contact(before: str, kind: str) -> bool:
    """True when the redaction follows another contact's label: "Email: xxx" is no phone."""
    token = re.search(r"\S*$", before).group(0)
    if "@" in token or "." in token:  # "helen.ms@xxxxxx.gov.uk": an address, so the e-mail
        return kind != "email"
    near = before[-60:]
    return any(rx.search(near) for k, rx in _CONTACT_LABELS.items() if k != kind) \
        and not _CONTACT_LABELS[kind].search(near)


_NEGATED_CLAUSE = re.compile(r"\b(no|not|never|none|neither|nor)\b|n't\b", re.IGNORECASE)


def _restating_clause(text: str, q: Question, parent: Question | None, rules: Rules) -> tuple[int, int] | None:
    """The span of the clause of `text` that restates sub-question `q`, if one does.

    Words compare on their first five letters. A clause qualifies when at least two of its
    content words, and half of them, come from the sub-question, one of them a word that
    sets the sub-question apart from its parent ("only" in "is this the only criteria?").
    """
    stop = stopword_set(rules) | {"if", "yes", "so", "this"}

    def words(s: str) -> set[str]:
        return word_stems(s, stop, min_len=3)

    asked = set().union(*(words(w) for w in q.wordings))
    own = asked - set().union(set(), *(words(w) for w in (parent.wordings if parent else ())))
    best, best_key = None, (0, 0, 0.0)
    for m in re.finditer(r"[^.;:!?\n]+", text):
        mine = words(m.group(0))
        if not mine:
            continue
        shared = len(mine & asked)
        key = (len(mine & own), shared, shared / len(mine))
        if key[0] >= 1 and shared >= 2 and key[2] >= 0.5 and key > best_key:
            lead = len(m.group(0)) - len(m.group(0).lstrip())
            best, best_key = (m.start() + lead, m.end()), key
    return best


def _takes_question_state(index: int, spec: FieldSpec) -> bool:
    """Whether a refusal or "not held" for the whole question is recorded on this field.

    Tags describe an answer and a weekly figure is an optional second form of an annual
    one: neither is itself withheld or not held, so they stay empty.
    """
    if spec.list and spec.type == "tags" or _describes_question(index, spec):
        return False
    return index == 0 or spec.period != "weekly"


def _describes_question(index: int, spec: FieldSpec) -> bool:
    """A later field saying which year or date the figures are for, which the question
    itself may give ("What was the spend in 2023/24?"): read, not refused with the figure."""
    return index > 0 and spec.type in ("fiscal_year", "date") and "question" in spec.search


class _QuestionReader:
    """Reads every field of every question of one document; remembers values for later checks."""

    def __init__(self, doc: Document, match: MatchResult, qn: Questionnaire, ctx: Context):
        self.doc, self.match, self.qn, self.ctx, self.rules = doc, match, qn, ctx, ctx.rules
        self.pairs = list(match.pairs)
        self.by_question = {p.question_id: p for p in self.pairs if p.question_id}
        self.values: dict[str, list[Value]] = {}
        self._child_src: dict[int, _Source] = {}  # list items read from a sub-question's answer

    @functools.cached_property
    def _word_weights(self) -> dict[str, float]:
        """1 / the number of the questionnaire's questions each word stem appears in: the
        words that tell one question from another weigh most ("discharged" over "people")."""
        stop = stopword_set(self.rules)
        counts: dict[str, int] = {}
        for q in self.qn.questions:
            for w in _singular(word_stems(" ".join(q.wordings), stop)):
                counts[w] = counts.get(w, 0) + 1
        return {w: 1.0 / n for w, n in counts.items()}

    # -- sources ---------------------------------------------------------------------------
    def _children(self, q: Question) -> list[QAPair]:
        return [self.by_question[c.id] for c in self.qn.questions
                if c.parent == q.id and c.id in self.by_question and self.by_question[c.id].answer]

    def _follow(self, pair: QAPair, target: str) -> QAPair | None:
        if target:
            for p in self.pairs:
                if p.number == target and p.index != pair.index and p.answer:
                    return p
            qn_q = next((q for q in self.qn.questions if q.number == target), None)
            if qn_q and qn_q.id in self.by_question:
                return self.by_question[qn_q.id]
            return None
        earlier = [p for p in self.pairs if p.index < pair.index and p.answer]
        return earlier[-1] if earlier else None  # "as above"

    def _first_yesno(self, question_id: str) -> str:
        q = self.qn.question(question_id)
        for spec in (q.fields if q else ()):
            if spec.type == "yesno":
                vals = self.values.get(spec.name) or []
                if vals and vals[0].state == State.ANSWERED:
                    return vals[0].value
                if vals:
                    return vals[0].state.value
        return ""

    # -- per question ----------------------------------------------------------------------
    def read(self, q: Question) -> list[Value]:
        pair = self.by_question.get(q.id)
        if pair is None or not pair.answer.strip():
            return self._unanswered(q, pair)
        base = match_confidence(self.match.kinds.get(q.id, "number"), pair.match_score, self.rules)
        reading = classify_state(pair.answer, self.rules)
        src = _Source(pair.answer, pair.a_start, pair)
        if pair.placement == "prose":
            src = replace(src, flags=("prose",), reasons=(PROSE_REASON,))
        if reading.state == State.SEE_OTHER:
            target = self._follow(pair, reading.target)
            if target is None or classify_state(target.answer, self.rules).state == State.SEE_OTHER:
                return [_state_value(self.doc, s, State.SEE_OTHER, pair, reading.start, reading.end,
                                     base * self.rules.conf("sentence"),
                                     reasons=("answer points elsewhere; check the pointed-to answer",))
                        for s in q.fields if not s.list]
            src = _Source(target.answer, target.a_start, target, "inferred", ("see_other",),
                          (f"followed a pointer to question {target.number or target.question_id}",))
            reading = classify_state(target.answer, self.rules)
        # "We do not record this ... we would need to read over 1,000 records ... section 12":
        # not held in the form asked, and refused on cost: the answer is a refusal
        cited = find_exemptions(src.text, self.rules) if reading.state in (State.NOT_HELD, State.WITHHELD) else []
        if reading.state == State.NOT_HELD:
            cost = next((c for c in cited if c.tag == "s12" and c.explicit), None)
            if cost is not None:
                reading = StateReading(State.WITHHELD, cost.start, cost.end)
        # a figure given beside a "not held" ("does not hold an annual figure ... the ICB
        # contribution is £118,540 per week") is read, for review; a refusal's figures are the
        # work it would take ("read each of the 1,204 files by hand")
        if reading.state not in (State.ANSWERED, State.SEE_OTHER) and not (
                reading.state == State.NOT_HELD
                and FIGURE_GIVEN.search(reading_text(src.text, self.rules, q.wordings))):
            whole = reading.end - reading.start >= len(src.text.strip()) - 1
            conf = base * self.rules.conf("explicit" if whole else "sentence")
            s21_only = reading.state == State.WITHHELD and {c.tag for c in cited} == {"s21"}
            out = [_state_value(self.doc, s, reading.state, src.pair, reading.start, reading.end, conf,
                                flags=src.flags, reasons=src.reasons + (
                                    # a copy "exempt under section 21" is published elsewhere:
                                    # some count it as provided, others as withheld
                                    (S21_COPY_REASON,) if s21_only and s.type == "boolean" else ()))
                   for i, s in enumerate(q.fields) if _takes_question_state(i, s)]
            # "... spend in 2023/24?" - "Not held.": the year is only the question's, and
            # writers differ on recording it for a figure that is not given
            asked = replace(src, reasons=src.reasons + (
                f"the figure is {reading.state.value.replace('_', ' ')}: record the question's date or year?",))
            for i, spec in enumerate(q.fields):
                if _describes_question(i, spec):
                    out.extend(self._field(spec, q, asked, base, main=False, refused=True))
            return out
        out: list[Value] = []
        for i, spec in enumerate(q.fields):
            values = self._field(spec, q, src, base, main=(i == 0))
            # recorded at once: a later field of the same question may be gated on this one
            self.values.setdefault(spec.name, []).extend(values)
            out.extend(values)
        return out

    def _unanswered(self, q: Question, pair: QAPair | None) -> list[Value]:
        if not q.parent:
            return self._not_found(q, pair)
        parent_value = self._first_yesno(q.parent)
        parent_pair = self.by_question.get(q.parent)
        if q.when_parent_no and parent_value in ("no", State.NOT_APPLICABLE.value) and parent_pair:
            conf = self.rules.conf("derived")
            state = State(q.when_parent_no)
            reasons = (PROSE_REASON,) if parent_pair.placement == "prose" else ()
            return [_state_value(self.doc, s, state, parent_pair, 0, len(parent_pair.answer), conf,
                                 flags=("derived",), reasons=reasons, extractor="parent_no")
                    for s in q.fields if not s.list]
        if parent_pair is None or not parent_pair.answer or parent_value in ("no",):
            return []
        # the parent's answer often covers its sub-questions ("1. Yes, including the ICB ...")
        base = match_confidence(self.match.kinds.get(q.parent, "number"), parent_pair.match_score, self.rules)
        src = _Source(parent_pair.answer, parent_pair.a_start, parent_pair, "inferred", ("from_parent",),
                      (f"sub-question has no answer of its own; read from question {parent_pair.number or q.parent}",))
        out: list[Value] = []
        for spec in q.fields:
            if spec.type in ("yesno", "boolean"):
                out.extend(self._yesno_in_parent(spec, q, src, base))
                continue
            if spec.type == "text":
                continue
            out.extend(self._field(spec, q, src, base, main=False))
        return out

    def _not_found(self, q: Question, pair: QAPair | None) -> list[Value]:
        """No answer to a question of the detected questionnaire: one review row for its
        first field, so a question the reply skipped (or the pipeline missed) is never a
        silent blank. Its span is the question when it was found, else none."""
        spec = next((s for s in q.fields if not s.list), None)
        if spec is None:
            return []
        start, end = (pair.q_start, pair.q_end) if pair is not None else (0, 0)
        reason = ("the question was found but no answer to it" if pair is not None
                  else "the question was not found in the response: answered elsewhere, or not at all?")
        return [Value(field=spec.name, question_id=q.id, state=State.NOT_ANSWERED, value="", confidence=0.0,
                      status=Status.REVIEW, extractor="not_found",
                      source=SourceRef(self.doc.source_file, self.doc.page_at(start), start, end,
                                       self.doc.locator_at(start)),
                      evidence=self.doc.text[start:end], reasons=(reason,))]

    def _yesno_in_parent(self, spec: FieldSpec, q: Question, src: _Source, base: float) -> list[Value]:
        """A sub-question's yes/no stated inside its parent's answer, for a reviewer to confirm.

        "4. The continuing care framework is used ... It is not the only criterion: ..." answers
        4b ("is this the only criteria?"). The clause that repeats most of the sub-question's
        words is read; the parent's own opening yes/no is not the sub-question's.
        """
        found = _restating_clause(src.text, q, self.qn.question(q.parent), self.rules)
        if found is None and spec.type == "boolean":
            # "Yes. ... It can be viewed on the council's website": a copy attached or linked is
            # said anywhere in the parent's answer; its opening yes/no is the parent's own
            opening = _OPENING_YESNO.match(src.text)
            skip = opening.end() if opening else 0
            cands = READERS[spec.type](blank_spans(reading_text(src.text, self.rules), [(0, skip)]), spec, self.ctx)
            return [self._value(spec, src, cands[0], 0, base)] if cands else []
        if found is None:
            return []
        start, end = found
        # read from where the clause begins when its line is a wrapped one ("... there is no\n
        # shared percentage"): a denial before the line break is the clause's
        flowed = reflow(src.text)
        start = max(flowed.rfind(c, 0, start) for c in ".;:!?\n") + 1
        start += len(src.text[start:end]) - len(src.text[start:end].lstrip())
        clause = src.text[start:end]
        cands = READERS[spec.type](reading_text(clause, self.rules), spec, self.ctx)
        if cands:
            cand = replace(cands[0], start=cands[0].start + start, end=cands[0].end + start)
        else:
            negated = bool(_NEGATED_CLAUSE.search(clause))
            value = ("no" if negated else "yes") if spec.type == "yesno" else ("false" if negated else "true")
            cand = Candidate(value, start, end, strength="inferred", extractor=spec.type)
        sub = replace(src, reasons=src.reasons + (f"read from the clause \"{' '.join(clause.split())[:80]}\"",))
        return [self._value(spec, sub, cand, 0, base)]

    def _gate(self, spec: FieldSpec) -> bool:
        if not spec.answered_only_if_yes:
            return True
        vals = self.values.get(spec.answered_only_if_yes) or []
        return bool(vals) and vals[0].state == State.ANSWERED and vals[0].value != "no"

    def _answers_earlier_question(self, pair: QAPair) -> bool:
        """True when `pair` shares its answer with an earlier pair (a heading citing Q4, Q4b)."""
        return pair.by_reference and any(p.a_start == pair.a_start and p.index < pair.index
                                         for p in self.pairs)

    @staticmethod
    def _labelled_line(spec: FieldSpec, text: str) -> tuple[int, int] | None:
        """The one "Label: value" line of `text` the field's labels name, if there is one.

        An answer that covers several fields ("Health: 11%\\nEducation: 6%") gives each
        field its own line. The whole answer is still read, so that a heading such as
        "All figures in £000" above the line applies to it.
        """
        if not spec.labels:
            return None
        segments = labelled_segments(text)
        if len(segments) < 2:
            return None
        words = [re.compile(r"\b%s\b" % re.escape(w), re.IGNORECASE) for w in spec.labels]
        hits = [seg for seg in segments if any(w.search(seg[0]) for w in words)]
        return hits[0][1:] if len(hits) == 1 else None

    def _field(self, spec: FieldSpec, q: Question, src: _Source, base: float, main: bool,
               refused: bool = False) -> list[Value]:
        """The values of one field; `refused`: the answer refuses or lacks the question's
        figure, so only a year or date the question itself gives is read."""
        if not self._gate(spec):
            return []
        if spec.type in ("yesno", "boolean", "enum") and self._answers_earlier_question(src.pair):
            # "Continuing care criteria (Q4, Q4b): Yes, ..." - the opening yes is Q4's
            src = replace(src, strength_cap=_weakest("inferred", src.strength_cap),
                          reasons=src.reasons + (f"one answer covers several questions; "
                                                 f"check it answers question {src.pair.number}",))
        reader = READERS[spec.type]
        # values come from the answer's own words: boilerplate, citations and quotes blanked
        cands = reader(reading_text(src.text, self.rules, q.wordings, numbers=spec.type != "tags"), spec, self.ctx)
        line = self._labelled_line(spec, src.text)
        if len({d for c in cands if _YEAR_DIMENSION.fullmatch(d := _dimension(c))}) > 1:
            # "2021/22 £36.1m ... Total £121.4m": a sum over years is no year's figure,
            # even on the line the field's label ("total") names
            if line is not None and all(_dimension(c) == "total" for c in cands if line[0] <= c.start < line[1]):
                line = None
            cands = [c for c in cands if _dimension(c) != "total"]
        if line is not None:
            cands = [c for c in cands if line[0] <= c.start < line[1]]
        use = src
        if spec.list and spec.type == "tags" and not src.strength_cap:
            for child in self._children(q):
                child_src = _Source(child.answer, child.a_start, child)
                more = [c for c in reader(reading_text(child.answer, self.rules, q.wordings), spec, self.ctx)
                        if c.value not in {x.value for x in cands}]
                for c in more:
                    cands.append(c)
                    self._child_src[id(c)] = child_src
        if not cands and "question" in spec.search:
            qtext = src.pair.question
            cands = reader(qtext, spec, self.ctx)
            use = _Source(qtext, src.pair.q_start, src.pair, src.strength_cap,
                          src.flags + ("from_question",), src.reasons)
        # an answer shared by several questions gives each field only the figure its label names
        shared = bool(src.strength_cap) or src.pair.by_reference
        if spec.labels and cands and (len(cands) > 1 or shared):
            cands = _near_own_label(use.text, cands, spec.labels, strict=shared)
        if len(cands) > 1 and spec.type in _FIGURE_TYPES:
            # (a question restated for several: "Questions 1 to 3: ...? ...?" names them all)
            asked = q.text if src.pair.by_reference else " ".join((q.text, src.pair.question))
            cands = _in_question_column(use.text, cands, asked, stopword_set(self.rules), self._word_weights)
        if not cands and spec.type == "yesno" and not src.strength_cap:
            # "NHS Devon ICB does contribute to ...": the question restated as the answer; a
            # refusal or "not held" said before it governs the answer instead
            r = read_restatement(src.text, (*q.wordings, src.pair.question), stopword_set(self.rules))
            said = [span for st in (State.WITHHELD, State.NOT_HELD)
                    if (span := mentions_state(src.text, st, self.rules))]
            if r is not None and r.value in spec.allowed and all(span[0] >= r.end for span in said):
                cands = [Candidate(r.value, r.start, r.end, strength=r.strength, reasons=r.reasons,
                                   extractor="yesno:restated")]
        if not cands:
            return self._missing(spec, src, base, main)
        first = min(cands, key=lambda c: c.start)
        if use is src and _suppressed(first) and (all(_suppressed(c) for c in cands)
                                                   or mentions_state(src.text, State.WITHHELD, self.rules)):
            # "Fewer than five (<5); the exact number is withheld": a suppressed count is withheld
            c = first  # ("Fewer than five. Where a figure is under five ... withheld under section 40(2)")
            return [_state_value(self.doc, spec, State.WITHHELD, src.pair, c.start, c.end,
                                 base * self.rules.conf("sentence"), flags=("suppressed",),
                                 reasons=(f"the figure is given only as '{c.value}': withheld",))]
        if spec.type not in ("email", "phone", "person", "text") and not (
                refused and "from_question" in use.flags):
            # "... each of the 2,684 records by hand, so section 12 applies to this part":
            # a figure beside a refusal or "not held" is for a person to read
            said = next((st for st in (State.WITHHELD, State.NOT_HELD)
                         if mentions_state(src.text, st, self.rules)), None)
            if said is not None:
                use = replace(use, reasons=use.reasons + (
                    f"the answer also says the information is {said.value.replace('_', ' ')}",))
        if spec.list:
            return [self._value(spec, self._child_src.pop(id(c), use), c, i, base) for i, c in enumerate(cands)]
        if len(cands) > 1 and all(_dimension(c) for c in cands) \
                and len({_dimension(c) for c in cands}) == len(cands):
            # "2022/23: £14.9m; 2023/24: £16.4m": one row per year, the total or latest first
            return [self._value(spec, use, c, i, base) for i, c in enumerate(cands)]
        extra = ()
        distinct = list(dict.fromkeys(c.value for c in cands))
        chosen = cands[0]
        if spec.type == "date" and len(distinct) > 1:
            # "31 March 2022 - 233 / 31 March 2023 - 251 / 31 March 2024 - 268": the latest
            # date, as the figures' latest year comes first
            chosen = max(cands, key=lambda c: c.value)
        if len(distinct) > 1:
            asked = None if spec.type == "fiscal_year" else _of_asked_year(
                use.text, cands, src.pair.question, self.rules)  # "figures for 2022/23 are not available"
            over_years = len({d for c in cands if (d := _dimension(c)) and _YEAR_DIMENSION.fullmatch(d)}) >= 2
            # a total under several years' rows sums them: the first (latest) year is taken
            total = None if asked or over_years else _in_total_line(use.text, cands)
            chosen = asked or total or chosen
            taken = "the asked year's" if asked else "the total" if total else "the first"
            extra = (f"answer holds several values ({', '.join(distinct[:4])}); {taken} was taken",)
            base *= self.rules.conf("several_candidates")
        return [self._value(spec, use, chosen, 0, base, extra)]

    def _value(self, spec, src, cand, item, base, extra=()) -> Value:
        return _make_value(self.doc, spec, src, cand, item, base, self.rules, extra)

    def _missing(self, spec: FieldSpec, src: _Source, base: float, main: bool) -> list[Value]:
        """No value of the field's type in the answer: a state it mentions, or a review item."""
        for state in (State.WITHHELD, State.NOT_HELD):
            span = mentions_state(src.text, state, self.rules)
            if span:
                return [_state_value(self.doc, spec, state, src.pair, *span, base * self.rules.conf("inferred"),
                                     reasons=(f"answer mentions {state.value} but also says more",))]
        if spec.type in ("email", "phone") and main is False:
            span = is_redacted(src.text, self.rules)
            if span and not _labelled_as_other_contact(src.text[:span[0]], spec.type):
                return [_state_value(self.doc, spec, State.WITHHELD, src.pair, *span,
                                     base * self.rules.conf("sentence"), flags=("redacted",))]
            return []
        # an enum is never left silently empty: its phrases are the only way to read it
        if src.strength_cap or not (spec.type == "enum" or (main and spec.type in _MAIN_TYPES)):
            return []
        lead = len(src.text) - len(src.text.lstrip())
        start = src.offset + lead
        end = start + min(300, len(src.text.strip()))
        reason = (f"none of {spec.name}'s values ({', '.join(spec.values)}) is stated in the answer"
                  if spec.type == "enum" else f"no {spec.type} value could be read from the answer")
        return [Value(
            field=spec.name, question_id=spec.question_id, state=State.ANSWERED, value="",
            confidence=0.0, status=Status.REVIEW, extractor=f"{spec.type}:unparsed",
            source=SourceRef(self.doc.source_file, self.doc.page_at(start), start, end,
                             self.doc.locator_at(start)),
            evidence=self.doc.text[start:end], reasons=(reason,),
        )]


def extract_fields(doc: Document, match: MatchResult, qn: Questionnaire, ctx: Context) -> list[Value]:
    """Every field of `qn` read from the matched pairs of `doc` (before derivation and checks)."""
    reader = _QuestionReader(doc, match, qn, ctx)
    out: list[Value] = []
    for q in qn.questions:
        values = reader.read(q)
        for v in values:
            recorded = reader.values.setdefault(v.field, [])
            if v not in recorded:
                recorded.append(v)
        out.extend(values)
    return out


def extract_outcome(doc: Document, values: list[Value], rules: Rules) -> list[Value]:
    """Two document-level values: how the request was met, and how many redactions it has.

    `foi_outcome` is `refused` when a refusal notice turns down the whole request and little
    was answered, `ncnd` when the body neither confirms nor denies, `partly_withheld` when an
    exemption or a withheld answer appears, else `answered`. `redactions` counts the
    redaction markers of rules/phrasings.yaml ("[redacted]", "xxx", "█").
    """
    answered = sum(1 for v in values if v.state == State.ANSWERED and v.field != "exemptions")
    refusal = _first_refusal(doc.text, rules)
    ncnd = next((v for v in values if v.field == "exemptions" and v.value == "ncnd"), None)
    withheld = next((v for v in values if v.state == State.WITHHELD
                     or (v.field == "exemptions" and v.value != "ncnd")), None)
    if refusal and answered < 3:
        outcome, span = "refused", refusal
    elif ncnd is not None:
        outcome, span = "ncnd", (ncnd.source.char_start, ncnd.source.char_end)
    elif withheld is not None and withheld.source is not None:
        outcome, span = "partly_withheld", (withheld.source.char_start, withheld.source.char_end)
    else:
        outcome, span = "answered", (0, 0)
    marks = find_redactions(doc.text, rules)
    rspan = min(marks, key=lambda span: span[0]) if marks else (0, 0)
    return [_document_value(doc, "foi_outcome", outcome, None, span, rules),
            _document_value(doc, "redactions", str(len(marks)), float(len(marks)), rspan, rules)]


@functools.cache
def _refusal_patterns(rules: Rules) -> AnyOf:
    return AnyOf([re.compile(p, re.IGNORECASE) for p in rules.phrasings.get("refusal_notice", ())])


def _first_refusal(text: str, rules: Rules) -> tuple[int, int] | None:
    """The earliest refusal-notice phrase in `text`, if there is one."""
    return _refusal_patterns(rules).first(text)


def _document_value(doc: Document, name: str, value: str, num: float | None,
                    span: tuple[int, int], rules: Rules) -> Value:
    start, end = span
    return Value(
        field=name, question_id="", state=State.ANSWERED, value=value, value_num=num,
        confidence=rules.conf("sentence"), status=Status.REVIEW, extractor=name,
        source=SourceRef(doc.source_file, doc.page_at(start), start, end, doc.locator_at(start)),
        evidence=doc.text[start:end],
    )


def extract_exemptions(doc: Document, pairs: list[QAPair], rules: Rules) -> list[Value]:
    """The FOIA sections a response cites, one item each, tied to the answer that cites it."""
    spec = FieldSpec(name="exemptions", type="enum", question_id="")
    out = []
    # a section cited in boilerplate (review rights, a general cost-limit explanation) is
    # not an exemption applied to this request: boilerplate lines and sentences are
    # blanked, offsets kept, and so is quoted request text. A line or sentence in which the
    # body applies the section ("this would exceed the appropriate limit, so it is refused
    # under section 12") is kept.
    lines, zones = zoned_lines(doc.text, rules)
    masked = "\n".join(" " * len(ln.text) if zone == QUOTED or (
                            zone == BOILERPLATE and not applies_exemption(ln.text, rules)) else ln.text
                        for ln, zone in zip(lines, zones))
    masked = blank_spans(masked, masked_spans(masked, rules, citations=False, quotes=False))
    for item, cit in enumerate(find_exemptions(masked, rules)):
        pair = next((p for p in pairs if p.a_start <= cit.start < p.a_end), None)
        conf = rules.conf("explicit" if cit.explicit else "inferred")
        reasons = () if cit.explicit else ("exemption inferred from wording, no section cited",)
        out.append(Value(
            field=spec.name, question_id=pair.question_id if pair else "", state=State.ANSWERED,
            value=cit.tag, item=item, confidence=round(conf, 3), status=Status.REVIEW,
            extractor="exemption",
            source=SourceRef(doc.source_file, doc.page_at(cit.start), cit.start, cit.end,
                             doc.locator_at(cit.start)),
            evidence=doc.text[cit.start:cit.end], reasons=reasons,
        ))
    return out
