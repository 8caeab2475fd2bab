"""What every value type shares: a reader's `Context` and `Candidate`, a parser's `Reading`
and `ValueProblem`, and the helpers several types use.

A reader (`read(text, spec, ctx)`) returns `Candidate`s with offsets into `text`; it never
decides review or confidence thresholds, only how strongly the text supports each candidate
(`strength`) and why a person should look (`reasons`). The field stage turns them into
Values. A parser (`parse(text, spec, ctx)`) reads a value a reviewer typed by hand, with the
same finders, into the canonical form the reader writes, which is what lets a correction
equal to the proposed value count as accepting it; a value that does not read as its type
is refused with a message that says what was expected.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date

from pipeline.extract.dimension import find_dimension_labels, inside_label, label_for
from pipeline.rules import Rules

SHORT_ANSWER = 40  # an answer this short that holds one value states it outright
#: The data dictionary's note on every numeric type (count, money, percent).
NUMBER_NOTE = ("ranges, suppressed small numbers (<5) and approximations are flagged and sent to "
               "review; a figure split by year or age band keeps its part in dimension")
_PLAIN_NUMBER = re.compile(r"^[£\s]*-?\d[\d,]*(\.\d+)?\s*$")


@dataclass(frozen=True)
class Context:
    """What a reader may need beyond the text: rules, entity gazetteer, the response date.

    A reviewer's parser gets the same; its gazetteer may be None (loaded when needed)."""

    rules: Rules
    gazetteer: object
    on_date: date | None = None
    respondent_code: str = ""
    expected_icbs: tuple[str, ...] = ()


@dataclass(frozen=True)
class Candidate:
    value: str
    start: int
    end: int
    value_num: float | None = None
    code: str = ""
    unit: str = ""
    strength: str = "sentence"  # explicit | sentence | hedged | inferred
    flags: tuple[str, ...] = ()
    reasons: tuple[str, ...] = field(default=())
    extractor: str = ""


class ValueProblem(ValueError):
    """A reviewer's value that does not read as its field's type; the message says why."""


@dataclass(frozen=True)
class Reading:
    """A reviewer's value in canonical form, as an `answers` row holds it."""

    value: str
    value_num: float | None = None
    value_code: str = ""
    unit: str = ""


def vocab_of(ctx: Context | None):
    """The value vocabulary of the run's rules (None: the finders load rules/vocabulary.yaml)."""
    return ctx.rules.vocabulary if ctx is not None and ctx.rules is not None else None


def strength_of(text: str, n_found: int) -> str:
    """`explicit` for a short answer holding one value ("£1.6m"), else `sentence`."""
    return "explicit" if n_found == 1 and len(text.strip()) <= SHORT_ANSWER else "sentence"


def num_text(x: float) -> str:
    """A number as the tables write it: `3.1`, `12`, `33.33`."""
    return f"{x:.2f}".rstrip("0").rstrip(".") if x != int(x) else str(int(x))


def by_dimension(text: str, cands: list[Candidate], ctx: Context) -> list[Candidate]:
    """Figures split by year, age band or total ("18-64: 312; 65 and over: 1,140; total
    1,452"): numbers inside the labels are dropped, each figure is flagged
    `dimension:<label>`, and the total (else the latest year) comes first; a total under
    the rows of several years sums them, so the latest year comes before it."""
    labels = find_dimension_labels(text, ctx.rules)
    if not labels:
        return cands
    cands = [c for c in cands if not inside_label(labels, c.start, c.end)]
    tagged = [(c, label_for(labels, c.start, c.end, text)) for c in cands]
    found = {d.label for _, d in tagged if d}
    if len(found) < 2 and not (found == {"total"} and len(cands) > 1):
        return cands  # "Herefordshire: 96 Worcestershire: 311 Total: 407" still puts the total first
    out = [(replace(c, flags=c.flags + (f"dimension:{d.label}",)) if d else c, d)
           for c, d in tagged]

    # a total over several years' rows sums them: the latest year comes first
    years = len({d.label for _, d in tagged if d and d.kind == "year"})
    total_rank = 2 if years >= 2 else 0

    def rank(item):
        d = item[1]
        if d is None:
            return (3, 0)
        if d.kind == "total":
            return (total_rank, 0)
        return (1, -int(d.label[:4])) if d.kind == "year" else (1, 0)
    return [c for c, _ in sorted(out, key=rank)]


def plain_number(text: str) -> float | None:
    """A reviewer's bare number ("1656101.72", "£1,969"), else None."""
    if not _PLAIN_NUMBER.match(text):
        return None
    return float(text.replace("£", "").replace(",", "").strip())


def only_one(found: list, text: str, what: str):
    """The one usable value a finder found in a reviewer's text; ValueProblem for none or several."""
    usable = [f for f in found if f.value is not None]
    if len(usable) == 1:
        return usable[0]
    if not usable:
        raise ValueProblem(f"{text!r} does not read as {what}")
    raise ValueProblem(f"{text!r} holds {len(usable)} values; give just one ({what})")


def phrase_vocab(mapping: dict) -> tuple:
    """A questionnaire's `label: [phrases]` mapping as `find_phrases` takes it."""
    return tuple((label, tuple(phrases)) for label, phrases in mapping.items())


def choose(spec, text: str, choices: dict) -> Reading:
    """A reviewer's choice among a field's labels, whatever its case ("Gross" -> `gross`)."""
    word = text.strip()
    by_fold = {str(c).casefold(): str(c) for c in choices}
    if word.casefold() in by_fold:
        return Reading(by_fold[word.casefold()])
    raise ValueProblem(f"{text!r} is not one of {', '.join(map(str, choices))} (allowed for {spec.name})")
