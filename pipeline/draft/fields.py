"""Propose each drafted question's fields and their types from the answers it received.

Every answer is read with the project's own value readers (`pipeline.valuetypes`), as if
the question had a field of each type; the share of answers each type reads a value from is
the evidence. A type becomes a field when enough answers hold it, and the wording of the
question tips close calls ("How many ...?" toward a count, "cost"/"spend" toward money).
Answers that only state why nothing is given ("Not held", "Withheld under s40") are no
evidence either way and are left out of the shares.

The result is a proposal: each field carries the evidence that made it (`why`), which the
drafted YAML shows next to it for the researcher to confirm, rename or change.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field

from pipeline.extract.states import classify_state
from pipeline.model import State
from pipeline.rules import YESNO_VALUES, FieldSpec, Rules
from pipeline.valuetypes import value_type
from pipeline.valuetypes._common import Context

#: Share of the answers that must hold a type for it to be the question's main field.
MAIN_SHARE = 0.5
#: Share for a second field beside the main one (a date "as at" under a count).
EXTRA_SHARE = 0.4
#: An answer this short (in words) that recurs across responses is a choice among values.
ENUM_WORDS = 4

_ASKS_COUNT = re.compile(r"\bhow many\b|\bnumber of\b|\bcount of\b", re.IGNORECASE)
_ASKS_MONEY = re.compile(r"£|\bcost|\bspen[dt]|\bexpenditure\b|\bpaid\b|\bpay\b|\bamount\b|\bbudget|\bcontribut|"
                         r"\bhow much\b|\bvalue\b|\bfund(?:ed|ing)? by\b", re.IGNORECASE)
_ASKS_PERCENT = re.compile(r"percent|%|\bproportion\b|\bshare\b|\bratio\b|\bsplit\b", re.IGNORECASE)
_ASKS_YESNO = re.compile(r"^\W*(?:(?:and|or|if (?:so|yes)|also|in addition)\W+)?(?:do|does|did|is|are|was|were|has|have|had|"
                         r"can|will|would|should)\b|\bwhether\b", re.IGNORECASE)
_ASKS_DATE = re.compile(r"\bwhen\b|\bdate\b", re.IGNORECASE)
_ASKS_NAME = re.compile(r"\bname\b|\bwho\b|\bcontact details\b", re.IGNORECASE)
_ASKS_WHICH = re.compile(r"\bwhich\b|\bwho\b|\bname\b", re.IGNORECASE)
_ASKS_DOCUMENT = re.compile(r"\bcopy\b|\bcopies\b|\bshare\b.{0,40}\b(?:terms|agreement|policy|protocol|document)|"
                            r"\b(?:provide|send|supply|attach)\b.{0,30}\b(?:terms|agreement|policy|protocol|document|them|it)\b",
                            re.IGNORECASE)


@dataclass(frozen=True)
class DraftField:
    """A proposed field: its type, the options the type needs, and the evidence for it."""

    type: str
    options: dict = field(default_factory=dict)  # entity, period, allowed, values, search, plausible
    why: str = ""
    suffix: str = ""  # ending of the proposed name: "_gbp", "_count", "_as_at"


@dataclass(frozen=True)
class _Evidence:
    n: int  # answers that give something (not a state)
    shares: dict  # type or "entity:<kind>" -> share of those answers that hold it
    examples: dict  # the same key -> a short value read, for the comment
    values: dict  # the same key -> every value read (numbers for money/count/percent)


def _spec(ftype: str, **options) -> FieldSpec:
    allowed = options.pop("allowed", ())
    return FieldSpec(name="draft", type=ftype, question_id="draft", allowed=tuple(allowed), **options)


def _probes() -> dict[str, FieldSpec]:
    probes = {
        "money": _spec("money", period="annual"),
        "money_weekly": _spec("money", period="weekly"),
        "count": _spec("count"),
        "percent": _spec("percent"),
        "yesno": _spec("yesno", allowed=YESNO_VALUES),
        "date": _spec("date"),
        "fiscal_year": _spec("fiscal_year"),
        "person": _spec("person"),
        "boolean": _spec("boolean"),
        "email": _spec("email"),
        "phone": _spec("phone"),
    }
    for kind in ("icb", "council", "product", "vendor"):
        probes[f"entity:{kind}"] = _spec("entity", entity=kind)
    return probes


def _readable(cand) -> bool:
    """A candidate worth counting as evidence: a value, not a range or a guess from a bare figure."""
    if cand.value_num is None and cand.extractor in ("money", "count", "percent"):
        return False
    return "bare" not in cand.flags and "no_symbol" not in cand.flags


def _evidence(answers: list[str], ctx: Context) -> _Evidence:
    given = [a for a in answers if a.strip() and classify_state(a, ctx.rules).state == State.ANSWERED]
    hits: Counter = Counter()
    examples: dict[str, str] = {}
    values: dict[str, list] = {}
    for answer in given:
        for key, spec in _probes().items():
            cands = [c for c in value_type(spec.type).read(answer, spec, ctx) if _readable(c)]
            if key.startswith("money") and key != "money_weekly":
                cands = [c for c in cands if "unit_rate" not in c.flags]
            if not cands:
                continue
            hits[key] += 1
            examples.setdefault(key, answer[cands[0].start:cands[0].end])
            values.setdefault(key, []).append(cands[0].value_num if cands[0].value_num is not None
                                              else cands[0].value)
    n = len(given)
    return _Evidence(n, {k: hits[k] / n for k in hits} if n else {}, examples, values)


def _plausible(numbers: list, ftype: str) -> list | None:
    """A generous [min, max]: zero to ten times the largest value seen, rounded up to a power of ten."""
    if ftype == "percent":
        return [0, 100]
    nums = [float(x) for x in numbers if isinstance(x, (int, float))]
    if not nums or max(nums) <= 0:
        return None
    return [0, int(10 ** math.ceil(math.log10(max(nums) * 10)))]


def _share_text(ev: _Evidence, key: str, what: str) -> str:
    hits = round(ev.shares.get(key, 0.0) * ev.n)
    example = ev.examples.get(key, "")
    shown = f", e.g. {' '.join(example.split())[:40]!r}" if example else ""
    return f"{hits} of {ev.n} answers hold {what}{shown}"


def _enum(given: list[str]) -> dict | None:
    """Values for an enum: short answers that recur ("Monthly", "Quarterly", "Annually")."""
    short = [re.sub(r"[^\w\s/-]", "", a).strip().lower() for a in given if len(a.split()) <= ENUM_WORDS]
    if len(short) < max(3, 0.6 * len(given)):
        return None
    counts = Counter(s for s in short if s)
    recurring = {s: n for s, n in counts.items() if n >= 2}
    if len(recurring) < 2 or sum(recurring.values()) < 0.6 * len(short) or len(recurring) > 8:
        return None
    out = {}
    for phrase in sorted(recurring, key=lambda s: -recurring[s]):
        label = re.sub(r"[^a-z0-9]+", "_", phrase).strip("_")
        if label and re.match(r"[a-z]", label) and label not in out:
            out[label] = [phrase]
    return out if len(out) >= 2 else None


def propose_fields(question: str, answers: list[str], ctx: Context) -> list[DraftField]:
    """The fields a question's answers suggest, the main one first.

    >>> [f.type for f in propose_fields("How many people ...?", ["1,204", "987 as at 31 March"], ctx)]  # doctest: +SKIP
    ['count', 'date']
    """
    ev = _evidence(answers, ctx)
    s = ev.shares
    if ev.n == 0:
        return [DraftField("text", why="no answer gave a value; free text until one does")]
    out: list[DraftField] = []
    asks_money, asks_count = bool(_ASKS_MONEY.search(question)), bool(_ASKS_COUNT.search(question))
    asks_pct, asks_yesno = bool(_ASKS_PERCENT.search(question)), bool(_ASKS_YESNO.search(question))
    money = max(s.get("money", 0), s.get("money_weekly", 0))
    weekly = s.get("money_weekly", 0) > s.get("money", 0)
    scores = {
        "percent": s.get("percent", 0) + (0.2 if asks_pct else 0),
        "money": money + (0.2 if asks_money else 0) - (0.3 if asks_count and not asks_money else 0),
        "count": s.get("count", 0) + (0.25 if asks_count else 0) - (0.5 * money) - 0.5 * s.get("percent", 0),
        "yesno": s.get("yesno", 0) + (0.15 if asks_yesno else -0.15),
    }
    for kind in ("icb", "council", "product", "vendor"):
        scores[f"entity:{kind}"] = s.get(f"entity:{kind}", 0)
    scores["person"] = s.get("person", 0) + (0.1 if _ASKS_NAME.search(question) else -0.6)
    # "Please provide a copy": answered by attaching it or saying why not
    scores["boolean"] = s.get("boolean", 0) + (0.2 if _ASKS_DOCUMENT.search(question) else -0.6)
    ranked = sorted(scores.items(), key=lambda kv: -kv[1])
    main, score = ranked[0]
    if score < MAIN_SHARE:
        main = ""
    if main == "money":
        key = "money_weekly" if weekly else "money"
        out.append(DraftField("money", {"period": "weekly" if weekly else "annual",
                                        "plausible": _plausible(ev.values.get(key, []), "money")},
                              _share_text(ev, key, "an amount"), "_weekly_gbp" if weekly else "_gbp"))
    elif main == "count":
        out.append(DraftField("count", {"plausible": _plausible(ev.values.get("count", []), "count")},
                              _share_text(ev, "count", "a count"), "_count"))
    elif main == "percent":
        out.append(DraftField("percent", {"plausible": [0, 100]}, _share_text(ev, "percent", "a percentage"), "_pct"))
    elif main == "yesno":
        seen = Counter(v for v in ev.values.get("yesno", []))
        allowed = ["yes", "no"] + [v for v in ("partial", "case_by_case") if seen.get(v)]
        out.append(DraftField("yesno", {"allowed": allowed}, _share_text(ev, "yesno", "a yes or no"), ""))
    elif main.startswith("entity:"):
        kind = main.split(":")[1]
        listed = sum(1 for v in ev.values.get(main, [])) and _many_named(answers, kind, ctx)
        out.append(DraftField("entity", {"entity": kind, **({"list": True} if listed else {})},
                              _share_text(ev, main, f"a known {kind}"), f"_{kind}" + ("s" if listed else "")))
    elif main == "boolean":
        out.append(DraftField("boolean", {}, _share_text(ev, "boolean", "a document given or refused"), "_provided"))
    elif main == "person":
        out.append(DraftField("person", {}, _share_text(ev, "person", "a person's name"), "_name"))
    # second fields: what often comes with the main one
    if main == "person":
        for extra in ("email", "phone"):
            if s.get(extra, 0) >= EXTRA_SHARE:
                out.append(DraftField(extra, {}, _share_text(ev, extra, f"an {extra}" if extra == "email" else "a phone number"),
                                      f"_{extra}"))
    if main in ("count", "money", "percent") and s.get("date", 0) >= EXTRA_SHARE and not s.get("fiscal_year", 0) >= EXTRA_SHARE:
        out.append(DraftField("date", {}, _share_text(ev, "date", "a date"), "_as_at"))
    if main == "money" and s.get("percent", 0) >= EXTRA_SHARE:  # "£2.18m (4.9% of the total)"
        out.append(DraftField("percent", {"plausible": [0, 100]}, _share_text(ev, "percent", "a percentage"), "_pct"))
    if main in ("money", "count") and s.get("fiscal_year", 0) >= EXTRA_SHARE:
        out.append(DraftField("fiscal_year", {"search": ["answer", "question"]},
                              _share_text(ev, "fiscal_year", "a financial year"), "_year"))
    if main == "yesno" and _ASKS_WHICH.search(question):
        entity = max((k for k in s if k.startswith("entity:")), key=lambda k: s[k], default="")
        if entity and s[entity] >= EXTRA_SHARE:
            out.append(DraftField("entity", {"entity": entity.split(":")[1]},
                                  _share_text(ev, entity, f"a known {entity.split(':')[1]}"), f"_{entity.split(':')[1]}"))
    if out:
        return out
    if s.get("fiscal_year", 0) >= MAIN_SHARE:
        return [DraftField("fiscal_year", {}, _share_text(ev, "fiscal_year", "a financial year"), "_year")]
    if s.get("date", 0) >= MAIN_SHARE or (_ASKS_DATE.search(question) and s.get("date", 0) >= EXTRA_SHARE):
        return [DraftField("date", {}, _share_text(ev, "date", "a date"), "_date")]
    given = [a for a in answers if a.strip() and classify_state(a, ctx.rules).state == State.ANSWERED]
    values = _enum(given)
    if values:
        return [DraftField("enum", {"values": values}, f"{len(given)} answers use {len(values)} recurring phrases")]
    best = ranked[0]
    hint = f"; closest: {best[0]} in {round(s.get(best[0].replace('money', 'money'), 0) * ev.n)} of {ev.n}" if best[1] > 0.2 else ""
    return [DraftField("text", {}, f"no type fits most of the {ev.n} answers{hint}", "")]


def _many_named(answers: list[str], kind: str, ctx: Context) -> bool:
    """True when at least a quarter of the answers name two or more bodies of `kind`."""
    spec = _spec("entity", entity=kind)
    many = sum(1 for a in answers if len({c.code or c.value for c in value_type("entity").read(a, spec, ctx)}) >= 2)
    return many >= max(1, 0.25 * len(answers))
