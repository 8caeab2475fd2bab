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
from pipeline.rules import YESNO_VALUES, FieldSpec
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
    probes = _probes()
    for answer in given:
        for key, spec in probes.items():
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


_EXAMPLES = re.compile(r"(?:for example|for instance|e\.g\.?|eg|such as|i\.e\.?)[,:]?\s+(?P<list>[^()?]+)", re.IGNORECASE)
_ARTICLE = re.compile(r"^(?:a|an|the|by|via|at|on)\s+", re.IGNORECASE)


def _listed_options(wordings: list[str]) -> list[str]:
    """The choices a question lists: "(for example a fixed percentage, case by case, or
    agreed at panel)" -> ['fixed percentage', 'case by case', 'agreed at panel']."""
    out: list[str] = []
    for wording in wordings:
        for m in _EXAMPLES.finditer(wording):
            for part in re.split(r",|;|\bor\b|\bsuch as\b", m.group("list")):
                option = part.strip(" .").lower()
                while _ARTICLE.match(option):
                    option = _ARTICLE.sub("", option)
                if option and len(option.split()) <= 5 and option not in out:
                    out.append(option)
    return out


def _label(phrase: str) -> str:
    """An enum value's name from its phrase: "Case by case" -> `case_by_case`, "50/50" -> `50_50`."""
    return re.sub(r"[^a-z0-9]+", "_", phrase.lower()).strip("_")


def _enum_from_options(options: list[str], given: list[str]) -> dict | None:
    """The listed choices that at least two answers (and a quarter of them) use."""
    low = [" ".join(a.lower().split()) for a in given]
    used = {o: sum(1 for a in low if o in a or o.replace(" ", "-") in a) for o in options}
    values = {_label(o): [o] for o in options if used[o] >= max(2, 0.25 * len(given)) and _label(o)}
    return values if len(values) >= 2 else None


def _enum(given: list[str]) -> dict | None:
    """Values for an enum: short answers that recur ("Monthly", "Quarterly", "Annually")."""
    short = [re.sub(r"[^\w\s/-]", "", a).strip().lower() for a in given if len(a.split()) <= ENUM_WORDS]
    if len(short) < max(3, 0.6 * len(given)):
        return None
    counts = Counter(s for s in short if s)
    recurring = {s: n for s, n in counts.items() if n >= 2}
    if len(recurring) < 2 or sum(recurring.values()) < 0.6 * len(short) or len(recurring) > 8:
        return None
    values = {}
    for phrase in sorted(recurring, key=lambda s: -recurring[s]):
        if _label(phrase):
            values.setdefault(_label(phrase), [phrase])
    return values if len(values) >= 2 else None


def _main_type(question: str, ev: _Evidence) -> str:
    """The type most answers hold, tipped by what the question asks; "" when none fits."""
    s = ev.shares
    asks_money, asks_count = bool(_ASKS_MONEY.search(question)), bool(_ASKS_COUNT.search(question))
    asks_yesno = bool(_ASKS_YESNO.search(question))
    money, percent = max(s.get("money", 0), s.get("money_weekly", 0)), s.get("percent", 0)
    scores = {
        "percent": percent + (0.2 if _ASKS_PERCENT.search(question) else 0),
        "money": money + (0.2 if asks_money else 0) - (0.3 if asks_count and not asks_money else 0),
        # figures in a money or percent answer are not counts
        "count": s.get("count", 0) + (0.25 if asks_count else 0) - 0.5 * money - 0.5 * percent,
        "yesno": s.get("yesno", 0) + (0.15 if asks_yesno else -0.15),
        "person": s.get("person", 0) + (0.1 if _ASKS_NAME.search(question) else -0.6),
        # "Please provide a copy": answered by attaching it or saying why not
        "boolean": s.get("boolean", 0) + (0.2 if _ASKS_DOCUMENT.search(question) else -0.6),
        **{f"entity:{k}": s.get(f"entity:{k}", 0) for k in ("icb", "council", "product", "vendor")},
    }
    main, score = max(scores.items(), key=lambda kv: kv[1])
    if asks_yesno and s.get("yesno", 0) >= MAIN_SHARE and main.startswith("entity:"):
        return "yesno"  # "Does it include health (e.g. the ICB)?": yes/no first, the body beside it
    if score >= MAIN_SHARE:
        return main
    if money + percent >= MAIN_SHARE and min(money, percent) > 0:
        return "money" if money >= percent else "percent"  # "£310k" in some answers, "0.3%" in others
    return ""


def _money_field(ev: _Evidence) -> DraftField:
    weekly = ev.shares.get("money_weekly", 0) > ev.shares.get("money", 0)
    key = "money_weekly" if weekly else "money"
    return DraftField("money", {"period": "weekly" if weekly else "annual",
                                "plausible": _plausible(ev.values.get(key, []), "money")},
                      _share_text(ev, key, "an amount"), "_weekly_gbp" if weekly else "_gbp")


def _percent_field(ev: _Evidence) -> DraftField:
    return DraftField("percent", {"plausible": [0, 100]}, _share_text(ev, "percent", "a percentage"), "_pct")


def _main_field(main: str, answers: list[str], ev: _Evidence, ctx: Context) -> DraftField:
    if main == "money":
        return _money_field(ev)
    if main == "percent":
        return _percent_field(ev)
    if main == "count":
        return DraftField("count", {"plausible": _plausible(ev.values.get("count", []), "count")},
                          _share_text(ev, "count", "a count"), "_count")
    if main == "yesno":
        seen = set(ev.values.get("yesno", []))
        allowed = ["yes", "no"] + [v for v in ("partial", "case_by_case") if v in seen]
        return DraftField("yesno", {"allowed": allowed}, _share_text(ev, "yesno", "a yes or no"))
    if main.startswith("entity:"):
        kind = main.split(":")[1]
        listed = _many_named(answers, kind, ctx)
        return DraftField("entity", {"entity": kind, **({"list": True} if listed else {})},
                          _share_text(ev, main, f"a known {kind}"), f"_{kind}" + ("s" if listed else ""))
    if main == "boolean":
        return DraftField("boolean", {}, _share_text(ev, "boolean", "a document given or refused"), "_provided")
    return DraftField("person", {}, _share_text(ev, "person", "a person's name"), "_name")


def _second_fields(main: str, question: str, ev: _Evidence) -> list[DraftField]:
    """What often comes with the main value: a date "as at" under a count, the year of an
    amount, an e-mail beside a name, the body a yes names ("Yes, with the ICB")."""
    s, out = ev.shares, []
    money, percent = max(s.get("money", 0), s.get("money_weekly", 0)), s.get("percent", 0)
    if main == "person":
        out += [DraftField(k, {}, _share_text(ev, k, what), f"_{k}")
                for k, what in (("email", "an e-mail address"), ("phone", "a phone number"))
                if s.get(k, 0) >= EXTRA_SHARE]
    # both kinds when the answers mix them, else the other only when many answers give it
    if main == "money" and (percent >= EXTRA_SHARE or 0 < percent and money < MAIN_SHARE):
        out.append(_percent_field(ev))  # "£2.18m (4.9% of the total)"
    if main == "percent" and (money >= EXTRA_SHARE or 0 < money and percent < MAIN_SHARE):
        out.append(_money_field(ev))
    if main in ("count", "money", "percent") and s.get("date", 0) >= EXTRA_SHARE > s.get("fiscal_year", 0):
        out.append(DraftField("date", {}, _share_text(ev, "date", "a date"), "_as_at"))
    if main in ("money", "count") and s.get("fiscal_year", 0) >= EXTRA_SHARE:
        out.append(DraftField("fiscal_year", {"search": ["answer", "question"]},
                              _share_text(ev, "fiscal_year", "a financial year"), "_year"))
    if main == "yesno" and _ASKS_WHICH.search(question):
        entity = max((k for k in s if k.startswith("entity:")), key=lambda k: s[k], default="")
        if entity and s[entity] >= EXTRA_SHARE:
            kind = entity.split(":")[1]
            out.append(DraftField("entity", {"entity": kind}, _share_text(ev, entity, f"a known {kind}"), f"_{kind}"))
    return out


def propose_fields(question: str, answers: list[str], ctx: Context, wordings: tuple[str, ...] = ()) -> list[DraftField]:
    """The fields a question's answers suggest, the main one first; `wordings` are the
    question's other wordings (choices listed in them may become an enum's values).

    >>> [f.type for f in propose_fields("How many people ...?", ["1,204", "987 as at 31 March 2024"], ctx)]  # doctest: +SKIP
    ['count', 'date']
    """
    ev = _evidence(answers, ctx)
    if ev.n == 0:
        return [DraftField("text", why="no answer gave a value; free text until one does")]
    main = _main_type(question, ev)
    if main:
        return [_main_field(main, answers, ev, ctx), *_second_fields(main, question, ev)]
    s = ev.shares
    if s.get("fiscal_year", 0) >= MAIN_SHARE:
        return [DraftField("fiscal_year", {}, _share_text(ev, "fiscal_year", "a financial year"), "_year")]
    if s.get("date", 0) >= MAIN_SHARE or (_ASKS_DATE.search(question) and s.get("date", 0) >= EXTRA_SHARE):
        return [DraftField("date", {}, _share_text(ev, "date", "a date"), "_date")]
    given = [a for a in answers if a.strip() and classify_state(a, ctx.rules).state == State.ANSWERED]
    values = _enum_from_options(_listed_options([question, *wordings]), given) or _enum(given)
    if values:
        return [DraftField("enum", {"values": values},
                           f"{len(given)} answers use {len(values)} recurring phrases: {', '.join(values)}", "_kind")]
    best = max(s, key=s.get, default="")
    hint = f"; closest: {best} in {round(s[best] * ev.n)} of {ev.n}" if best and s[best] > 0.2 else ""
    return [DraftField("text", {}, f"no type fits most of the {ev.n} answers{hint}")]


def _many_named(answers: list[str], kind: str, ctx: Context) -> bool:
    """True when at least a quarter of the answers name two or more bodies of `kind`."""
    spec = _spec("entity", entity=kind)
    many = sum(1 for a in answers if len({c.code or c.value for c in value_type("entity").read(a, spec, ctx)}) >= 2)
    return many >= max(1, 0.25 * len(answers))
