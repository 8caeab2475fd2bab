"""Load and validate everything under rules/: questionnaires, phrasings and thresholds.

Validation collects every problem with its location before raising, so a researcher who
writes a new questionnaire sees all their mistakes at once:

    rules/questionnaires/s117.yaml: questions[3].fields[0].type: 'mony' is not one of ...
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from pipeline.errors import RulesError
from pipeline.extract.vocabulary import Vocabulary, load_vocabulary
from pipeline.limits import Limits, limits_from

RULES_DIR = Path(__file__).resolve().parent.parent / "rules"

from pipeline.valuetypes import NAMES as FIELD_TYPES  # one module per type in pipeline/valuetypes/
ENTITY_KINDS = ("icb", "council", "product", "vendor")
YESNO_VALUES = ("yes", "no", "partial", "case_by_case")
PERIODS = ("annual", "weekly")
DERIVE_OPS = ("weekly_to_annual", "percent_of")
CHECKS = {
    "weekly_annual": ("weekly", "annual"),
    "not_greater": ("small", "large"),
    "percent_of_total": ("percent", "amount", "total"),
    "percent_sum": ("fields",),
}
STATES = ("not_applicable", "not_held", "withheld", "see_other", "not_answered")

# libyaml's safe loader when PyYAML was built with it: the same objects, ten times faster
YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass(frozen=True)
class FieldSpec:
    name: str
    type: str
    question_id: str
    entity: str = ""
    list: bool = False
    period: str = ""
    allowed: tuple[str, ...] = ()
    values: dict = field(default_factory=dict)  # enum value -> phrases
    tags: dict = field(default_factory=dict)  # tag -> phrases
    true_when: tuple[str, ...] = ()
    false_when: tuple[str, ...] = ()
    partial_when: tuple[str, ...] = ()
    search: tuple[str, ...] = ("answer",)
    derive: dict = field(default_factory=dict)
    answered_only_if_yes: str = ""
    importance: int = 1
    # Words that name this field in an answer laid out as "Label: value" lines ("Health: 11%"):
    # when the answer has such lines, the field is read from the line its label names.
    labels: tuple[str, ...] = ()
    description: str = ""  # what the field means, for the data dictionary (pipeline/dictionary.py)
    # The smallest and largest value a careful reader would believe for this field
    # ("plausible: [1000, 2000000000]"); a value outside goes to review, never `auto`.
    plausible: tuple[float, float] | None = None


@dataclass(frozen=True, eq=False)  # hashed by identity: loaded once, used as a cache key
class Question:
    id: str
    number: str
    text: str
    aliases: tuple[str, ...]
    fields: tuple[FieldSpec, ...]
    parent: str = ""
    when_parent_no: str = ""

    @property
    def wordings(self) -> tuple[str, ...]:
        return (self.text, *self.aliases)


@dataclass(frozen=True)
class Questionnaire:
    id: str
    title: str
    keywords: tuple[str, ...]
    questions: tuple[Question, ...]
    checks: tuple[dict, ...]
    source: str = ""

    @functools.cached_property
    def fields(self) -> dict[str, FieldSpec]:
        return {f.name: f for q in self.questions for f in q.fields}

    def question(self, question_id: str) -> Question | None:
        return next((q for q in self.questions if q.id == question_id), None)


@dataclass(frozen=True)
class DocumentField:
    """A document-level field (rules/document_fields.yaml): respondent, reference, dates, ...

    `spec` is the field as a questionnaire field would be (type, list, enum values,
    description); `unit` is what the data dictionary says it is measured in; `documents`
    says it is also a column of `documents`, `wide` that it is a column of every wide table;
    `review_as` is the type a reviewer's corrected value is read as.
    """

    spec: FieldSpec
    unit: str = ""
    documents: bool = False
    wide: bool = False
    review_as: str = ""

    @property
    def name(self) -> str:
        return self.spec.name


DOCUMENT_FIELD_KEYS = ("name", "type", "list", "description", "values", "values_from", "unit",
                       "documents", "wide", "review_as")


def validate_document_fields(data: Any, source: str, phrasings: dict
                             ) -> tuple[dict[str, DocumentField], list[str]]:
    """rules/document_fields.yaml as DocumentFields by name, and every problem found."""
    problems: list[str] = []
    raw_fields = data.get("fields") if isinstance(data, dict) else None
    if not isinstance(raw_fields, list) or not raw_fields:
        return {}, [f"{source}: fields: expected a non-empty list of fields"]
    out: dict[str, DocumentField] = {}
    for i, raw in enumerate(raw_fields):
        where = f"{source}: fields[{i}]"
        if not isinstance(raw, dict):
            problems.append(f"{where}: expected a mapping with name and type, got {raw!r}")
            continue
        for key in sorted(set(raw) - set(DOCUMENT_FIELD_KEYS)):
            problems.append(f"{where}: unknown key {key!r} (known: {', '.join(DOCUMENT_FIELD_KEYS)})")
        name, ftype = raw.get("name"), raw.get("type")
        if not isinstance(name, str) or not re.fullmatch(r"[a-z][a-z0-9_]*", name or ""):
            problems.append(f"{where}.name: {name!r} must be a lower_snake_case name")
            continue
        if name in out:
            problems.append(f"{where}.name: {name!r} is declared twice")
        for key, value in (("type", ftype), ("review_as", raw.get("review_as") or ftype)):
            if value not in FIELD_TYPES:
                problems.append(f"{where}.{key}: {value!r} is not one of {', '.join(FIELD_TYPES)}")
        if raw.get("values_from") not in (None, "exemptions"):
            problems.append(f"{where}.values_from: only 'exemptions' (rules/phrasings.yaml) is known")
        values = raw.get("values") or (list((phrasings or {}).get("exemptions") or {})
                                       if raw.get("values_from") else [])
        if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
            problems.append(f"{where}.values: expected a list of value names")
            values = []
        if ftype == "enum" and not values:
            problems.append(f"{where}.values: an enum needs values (or values_from)")
        spec = FieldSpec(name=name, type=str(ftype), question_id="", list=bool(raw.get("list")),
                         values={v: [v] for v in values},
                         description=str(raw.get("description") or ""))
        out[name] = DocumentField(spec=spec, unit=str(raw.get("unit") or ""),
                                  documents=bool(raw.get("documents")), wide=bool(raw.get("wide")),
                                  review_as=str(raw.get("review_as") or ftype))
    return out, problems


@dataclass(frozen=True, eq=False)  # hashed by identity: loaded once, used as a cache key
class Rules:
    questionnaires: dict[str, Questionnaire]
    phrasings: dict
    thresholds: dict
    directory: Path
    layout: dict = field(default_factory=dict)  # rules/layout.yaml: the words that decide zones
    vocabulary: Vocabulary | None = None  # rules/vocabulary.yaml: how values are written
    limits: Limits = field(default_factory=Limits)  # thresholds.yaml limits: work per file
    #: rules/document_fields.yaml: the fields every response has, by name, in file order
    document_fields: dict[str, DocumentField] = field(default_factory=dict)

    @property
    def review_below(self) -> float:
        return float(self.thresholds["review_below"])

    def conf(self, name: str) -> float:
        return float(self.thresholds["confidence"][name])

    @property
    def ocr_word_min(self) -> float:
        """The lowest Tesseract word confidence (0-100) an OCR'd value is trusted at."""
        return float(self.thresholds["ocr"]["word_min"])


def _read_yaml(path: Path, problems: list[str]) -> Any:
    try:
        return yaml.load(path.read_text(encoding="utf-8"), Loader=YAML_LOADER)
    except (OSError, yaml.YAMLError) as exc:
        problems.append(f"{path}: cannot be read as YAML: {exc}")
        return None


def _check_regexes(patterns: Any, where: str, problems: list[str]) -> None:
    if isinstance(patterns, dict):
        for key, sub in patterns.items():
            _check_regexes(sub, f"{where}.{key}", problems)
    elif isinstance(patterns, list):
        for i, p in enumerate(patterns):
            if not isinstance(p, str):
                problems.append(f"{where}[{i}]: expected a pattern string, got {p!r}")
                continue
            try:
                re.compile(p)
            except re.error as exc:
                problems.append(f"{where}[{i}]: {p!r} is not a valid pattern: {exc}")


def _phrases(value: Any, where: str, problems: list[str]) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        problems.append(f"{where}: expected a list of non-empty phrases "
                        f"(quote phrases such as '50:50' that YAML would read as numbers)")
        return ()
    return tuple(value)


def _field_spec(raw: Any, where: str, qid: str, problems: list[str]) -> FieldSpec | None:
    if not isinstance(raw, dict):
        problems.append(f"{where}: expected a mapping with name and type, got {raw!r}")
        return None
    name, ftype = raw.get("name"), raw.get("type")
    ok = True
    if not isinstance(name, str) or not re.fullmatch(r"[a-z][a-z0-9_]*", name or ""):
        problems.append(f"{where}.name: {name!r} must be a lower_snake_case name")
        ok = False
    if ftype not in FIELD_TYPES:
        problems.append(f"{where}.type: {ftype!r} is not one of {', '.join(FIELD_TYPES)}")
        ok = False
    known = {"name", "type", "entity", "list", "period", "allowed", "values", "tags", "true_when",
             "false_when", "partial_when", "search", "derive", "answered_only_if_yes", "importance",
             "labels", "description", "plausible"}
    for key in sorted(set(raw) - known):
        problems.append(f"{where}: unknown key {key!r} (known: {', '.join(sorted(known))})")
    if ftype == "entity" and raw.get("entity") not in ENTITY_KINDS:
        problems.append(f"{where}.entity: {raw.get('entity')!r} is not one of {', '.join(ENTITY_KINDS)}")
        ok = False
    if raw.get("period", "") not in ("", *PERIODS):
        problems.append(f"{where}.period: {raw.get('period')!r} is not one of {', '.join(PERIODS)}")
    # YAML 1.1 reads a bare yes/no as a boolean; a researcher writing `[yes, no]` means the words.
    allowed = tuple({True: "yes", False: "no"}.get(a, a) if isinstance(a, bool) else a
                    for a in (raw.get("allowed") or (YESNO_VALUES[:2] if ftype == "yesno" else ())))
    for i, a in enumerate(allowed):
        if a not in YESNO_VALUES:
            problems.append(f"{where}.allowed[{i}]: {a!r} is not one of {', '.join(YESNO_VALUES)}")
    values = raw.get("values") or {}
    tags = raw.get("tags") or {}
    if ftype == "enum" and not values:
        problems.append(f"{where}.values: an enum needs values, each with its phrases")
    if ftype == "tags" and not tags:
        problems.append(f"{where}.tags: a tags field needs tags, each with its phrases")
    for key, phrases in {**values, **tags}.items():
        _phrases(phrases, f"{where}.{'values' if key in values else 'tags'}.{key}", problems)
    for key in ("true_when", "false_when", "partial_when"):
        if key in raw:
            _phrases(raw[key], f"{where}.{key}", problems)
    derive = raw.get("derive") or {}
    if derive and derive.get("op") not in DERIVE_OPS:
        problems.append(f"{where}.derive.op: {derive.get('op')!r} is not one of {', '.join(DERIVE_OPS)}")
    search = tuple(raw.get("search") or ("answer",))
    for i, s in enumerate(search):
        if s not in ("answer", "question"):
            problems.append(f"{where}.search[{i}]: {s!r} is not 'answer' or 'question'")
    if "labels" in raw:
        _phrases(raw["labels"], f"{where}.labels", problems)
    plausible = _plausible(raw.get("plausible"), ftype, f"{where}.plausible", problems)
    if not ok:
        return None
    return FieldSpec(
        name=name, type=ftype, question_id=qid, entity=raw.get("entity", ""),
        list=bool(raw.get("list", False)), period=raw.get("period", ""), allowed=allowed,
        values=dict(values), tags=dict(tags),
        true_when=tuple(raw.get("true_when") or ()), false_when=tuple(raw.get("false_when") or ()),
        partial_when=tuple(raw.get("partial_when") or ()),
        search=search, derive=dict(derive), answered_only_if_yes=raw.get("answered_only_if_yes", ""),
        importance=int(raw.get("importance", 1)),
        labels=tuple(str(w) for w in raw.get("labels") or ()),
        description=str(raw.get("description") or ""),
        plausible=plausible,
    )


NUMERIC_TYPES = ("money", "count", "percent")


def _plausible(raw: Any, ftype: str, where: str, problems: list[str]) -> tuple[float, float] | None:
    """A field's `plausible: [min, max]`, checked: two numbers, min below max, numeric type."""
    if raw is None:
        return None
    if ftype not in NUMERIC_TYPES:
        problems.append(f"{where}: only {', '.join(NUMERIC_TYPES)} fields have a plausible range")
        return None
    if (not isinstance(raw, list) or len(raw) != 2
            or not all(isinstance(x, (int, float)) and not isinstance(x, bool) for x in raw)
            or raw[0] >= raw[1]):
        problems.append(f"{where}: expected [min, max], two numbers with min below max, got {raw!r}")
        return None
    return float(raw[0]), float(raw[1])


def validate_questionnaire(data: Any, source: str) -> tuple[Questionnaire | None, list[str]]:
    """Check one questionnaire mapping; return it (or None) and every problem found."""
    problems: list[str] = []
    if not isinstance(data, dict):
        return None, [f"{source}: expected a mapping with id, title and questions"]
    qn_id = data.get("id")
    if not isinstance(qn_id, str) or not re.fullmatch(r"[a-z][a-z0-9_]*", qn_id or ""):
        problems.append(f"{source}: id: {qn_id!r} must be a lower_snake_case name")
    if not isinstance(data.get("title"), str):
        problems.append(f"{source}: title: a questionnaire needs a title")
    raw_questions = data.get("questions")
    if not isinstance(raw_questions, list) or not raw_questions:
        problems.append(f"{source}: questions: expected a non-empty list")
        raw_questions = []
    questions, seen_q, seen_f = [], set(), set()
    for i, rq in enumerate(raw_questions):
        where = f"{source}: questions[{i}]"
        if not isinstance(rq, dict):
            problems.append(f"{where}: expected a mapping, got {rq!r}")
            continue
        qid = rq.get("id")
        if not isinstance(qid, str) or not qid:
            problems.append(f"{where}.id: every question needs an id")
            continue
        if qid in seen_q:
            problems.append(f"{where}.id: {qid!r} is used twice")
        seen_q.add(qid)
        if not isinstance(rq.get("text"), str) or not rq.get("text"):
            problems.append(f"{where}.text: every question needs its wording")
        aliases = rq.get("aliases") or []
        if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
            problems.append(f"{where}.aliases: expected a list of wordings")
            aliases = []
        if rq.get("when_parent_no", "") not in ("", *STATES):
            problems.append(f"{where}.when_parent_no: {rq.get('when_parent_no')!r} is not a state")
        fields = []
        for j, rf in enumerate(rq.get("fields") or []):
            spec = _field_spec(rf, f"{where}.fields[{j}]", qid, problems)
            if spec is None:
                continue
            if spec.name in seen_f:
                problems.append(f"{where}.fields[{j}].name: {spec.name!r} is defined twice")
            seen_f.add(spec.name)
            fields.append(spec)
        questions.append(Question(
            id=qid, number=str(rq.get("number", "")).lower(), text=str(rq.get("text") or ""),
            aliases=tuple(aliases), fields=tuple(fields), parent=rq.get("parent", ""),
            when_parent_no=rq.get("when_parent_no", ""),
        ))
    for q in questions:
        if q.parent and q.parent not in seen_q:
            problems.append(f"{source}: question {q.id}: parent {q.parent!r} is not a question id")
    checks = data.get("checks") or []
    for i, chk in enumerate(checks):
        where = f"{source}: checks[{i}]"
        kind = chk.get("check") if isinstance(chk, dict) else None
        if kind not in CHECKS:
            problems.append(f"{where}.check: {kind!r} is not one of {', '.join(CHECKS)}")
            continue
        for key in CHECKS[kind]:
            names = chk.get(key)
            for name in names if isinstance(names, list) else [names]:
                if name not in seen_f:
                    problems.append(f"{where}.{key}: {name!r} is not a field of this questionnaire")
    for spec in (f for q in questions for f in q.fields):
        for ref in (spec.derive.get("from"), spec.derive.get("percent"), spec.derive.get("total"),
                    spec.answered_only_if_yes or None):
            if ref and ref not in seen_f:
                problems.append(f"{source}: field {spec.name}: refers to unknown field {ref!r}")
    if problems:
        return None, problems
    return Questionnaire(
        id=qn_id, title=data["title"], keywords=tuple(data.get("keywords") or ()),
        questions=tuple(questions), checks=tuple(checks), source=source,
    ), []


def validate_phrasings(data: Any, source: str) -> list[str]:
    problems: list[str] = []
    if not isinstance(data, dict):
        return [f"{source}: expected a mapping"]
    for key in ("states", "yesno", "boolean", "exemptions", "headings", "answer_markers", "closing"):
        if key not in data:
            problems.append(f"{source}: {key}: missing section")
    required = {"yesno": ("yes", "no", "partial", "case_by_case", "hedges"),
                "boolean": ("true", "false"), "states": STATES}
    for section, keys in required.items():
        for key in keys:
            if key not in (data.get(section) or {}):
                problems.append(f"{source}: {section}.{key}: missing (quote yes/no/true/false keys: "
                                f"YAML reads them as booleans)")
    for key, value in data.items():
        if key == "answer_markers":
            continue  # plain words, escaped when compiled
        _check_regexes(value, f"{source}: {key}", problems)
    return problems


LAYOUT_WORDS = ("answer_labels", "metadata_keys")
LAYOUT_PATTERNS = ("mask_sentences", "applying", "request_phrases", "blanket_answer", "boilerplate", "foi_signal", "contents", "question_openers", "letterhead", "request_intro")
TABLE_ROLES = ("number", "question", "answer", "other")


def validate_layout(data: Any, source: str) -> list[str]:
    """rules/layout.yaml: word lists are lists of strings, patterns compile, table roles exist."""
    if not isinstance(data, dict):
        return [f"{source}: expected a mapping"]
    problems: list[str] = []
    for key in LAYOUT_WORDS + LAYOUT_PATTERNS:
        value = data.get(key)
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            problems.append(f"{source}: {key}: expected a list of strings (quote words such as 'no')")
    for key in LAYOUT_PATTERNS:
        _check_regexes(data.get(key) or [], f"{source}: {key}", problems)
    header = data.get("table_header")
    if not isinstance(header, dict):
        problems.append(f"{source}: table_header: expected a mapping of column roles")
    else:
        for role in TABLE_ROLES:
            cells = header.get(role)
            if not isinstance(cells, list) or not all(isinstance(v, str) for v in cells):
                problems.append(f"{source}: table_header.{role}: expected a list of strings (quote 'no')")
        for role in header:
            if role not in TABLE_ROLES:
                problems.append(f"{source}: table_header.{role}: unknown role (use one of {', '.join(TABLE_ROLES)})")
    return problems


def load_rules(directory: Path | str | None = None) -> Rules:
    """Load and validate rules/ once per directory; raise RulesError listing every problem."""
    return _load_rules(Path(directory or RULES_DIR).resolve())


@functools.cache
def _load_rules(directory: Path) -> Rules:
    problems: list[str] = []
    questionnaires: dict[str, Questionnaire] = {}
    qdir = directory / "questionnaires"
    files = sorted(qdir.glob("*.yaml")) + sorted(qdir.glob("*.yml"))
    if not files:
        problems.append(f"{qdir}: no questionnaire files (*.yaml) found")
    for path in files:
        data = _read_yaml(path, problems)
        if data is None:
            continue
        qn, found = validate_questionnaire(data, str(path))
        problems.extend(found)
        if qn is not None:
            if qn.id in questionnaires:
                problems.append(f"{path}: id {qn.id!r} is already used by {questionnaires[qn.id].source}")
            questionnaires[qn.id] = qn
    phrasings = _read_yaml(directory / "phrasings.yaml", problems) or {}
    problems.extend(validate_phrasings(phrasings, str(directory / "phrasings.yaml")))
    layout = _read_yaml(directory / "layout.yaml", problems) or {}
    problems.extend(validate_layout(layout, str(directory / "layout.yaml")))
    thresholds = _read_yaml(directory / "thresholds.yaml", problems) or {}
    if not isinstance(thresholds.get("review_below"), (int, float)):
        problems.append(f"{directory / 'thresholds.yaml'}: review_below: expected a number 0-1")
    for key in ("match", "confidence", "ocr", "checks"):
        if not isinstance(thresholds.get(key), dict):
            problems.append(f"{directory / 'thresholds.yaml'}: {key}: missing section")
    ocr = thresholds.get("ocr")
    word_min = ocr.get("word_min") if isinstance(ocr, dict) else None
    if isinstance(ocr, dict) and not (isinstance(word_min, (int, float))
                                      and not isinstance(word_min, bool) and 0 <= word_min <= 101):
        problems.append(f"{directory / 'thresholds.yaml'}: ocr.word_min: expected a Tesseract "
                        f"word confidence 0-100 (101: every OCR'd value is doubtful), "
                        f"got {word_min!r}")
    limits = limits_from(thresholds.get("limits"), str(directory / "thresholds.yaml"), problems)
    document_fields, found = validate_document_fields(
        _read_yaml(directory / "document_fields.yaml", problems),
        str(directory / "document_fields.yaml"), phrasings)
    problems.extend(found)
    clash = sorted(set(document_fields) & {f for qn in questionnaires.values() for f in qn.fields})
    if clash:
        problems.append(f"{directory / 'document_fields.yaml'}: {', '.join(clash)}: a document-level "
                        f"field's name is also a questionnaire field's; rename one")
    vocabulary = None
    try:
        vocabulary = load_vocabulary(directory / "vocabulary.yaml")
    except RulesError as exc:
        problems.extend(exc.problems)
    if problems:
        raise RulesError(problems)
    return Rules(questionnaires=questionnaires, phrasings=phrasings, thresholds=thresholds,
                 directory=directory, layout=layout, vocabulary=vocabulary, limits=limits,
                 document_fields=document_fields)
