"""Draft a questionnaire from a batch of responses to one request: `foi questionnaire draft`.

A researcher with twenty replies and no questionnaire yet gets a YAML file that already
works: the questions the replies share, in the request's order and numbering, each with the
other wordings seen as aliases and a field whose type the answers suggest. The steps:

1. `read_responses`: ingest each file (any supported format) and cut it into
   question/answer pairs (`pipeline.segment.segment_pairs`); a file that cannot be read is
   reported and skipped;
2. `pipeline.draft.cluster.cluster_questions`: the same question across the replies;
3. `pipeline.draft.fields.propose_fields`: each question's fields from its answers;
4. `pipeline.draft.render.render_yaml`: the YAML, every proposal marked with its evidence;
5. `check_draft`: the draft validated as the pipeline will load it, and detected (or not)
   in each reply it came from.

    >>> batch = read_responses([Path("replies/")], rules)  # doctest: +SKIP
    >>> draft = draft_questionnaire(batch, rules, "s117_aftercare")  # doctest: +SKIP
    >>> print(render_yaml(draft))  # doctest: +SKIP
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path

import numpy as np
from rapidfuzz import fuzz

from pipeline.draft.cluster import QuestionCluster, Restatement, cluster_questions
from pipeline.draft.fields import DraftField, propose_fields
from pipeline.errors import FoiError
from pipeline.ingest import ingest
from pipeline.rules import Rules, validate_questionnaire
from pipeline.segment import segment_pairs
from pipeline.segment.wording import content, stopword_set
from pipeline.valuetypes._common import Context


@dataclass(frozen=True)
class Response:
    """One reply: its file, its text and the question/answer pairs found in it."""

    source_file: str
    text: str
    pairs: tuple


@dataclass(frozen=True)
class Batch:
    """The replies read; the files that could not be read (`problems`) and those read but
    holding no question (`unused`: a covering letter, a refusal), each with why."""

    responses: tuple[Response, ...]
    problems: tuple[str, ...] = ()
    unused: tuple[str, ...] = ()


@dataclass(frozen=True)
class DraftQuestion:
    """A proposed question: its number and wordings as the replies gave them, its fields."""

    id: str
    number: str
    text: str
    aliases: tuple[str, ...]
    fields: tuple[tuple[str, DraftField], ...]  # (proposed name, field)
    support: int  # replies that ask it
    parent: str = ""


@dataclass(frozen=True)
class Draft:
    """A proposed questionnaire, ready for `pipeline.draft.render.render_yaml`."""

    id: str
    title: str
    keywords: tuple[str, ...]
    questions: tuple[DraftQuestion, ...]
    n_responses: int
    sources: tuple[str, ...] = field(default=())  # the replies it was drafted from


def read_responses(paths: list[Path], rules: Rules) -> Batch:
    """Every file under `paths` read into question/answer pairs; unreadable files reported."""
    from pipeline.run import collect_files

    missing = [str(p) for p in paths if not Path(p).exists()]
    if missing:
        raise FoiError(f"{', '.join(missing)}: no such file or folder",
                       hint="check the paths you gave to `foi questionnaire draft`")
    responses, problems, unused = [], [], []
    for path in collect_files(paths):
        try:
            doc = ingest(path)
        except FoiError as exc:
            problems.append(str(exc))
            continue
        pairs = tuple(segment_pairs(doc.text, rules))
        if not any(p.question.strip() for p in pairs):
            unused.append(f"{path}: no question was found in it, so it adds nothing to the draft "
                          f"(a covering letter or a refusal; check it holds the reply)")
            continue
        responses.append(Response(str(path), doc.text, pairs))
    return Batch(tuple(responses), tuple(problems), tuple(unused))


def restatements(batch: Batch) -> list[Restatement]:
    """Every reply's pairs as restatements; numbers dropped where a reply's numbering repeats."""
    out = []
    for k, response in enumerate(batch.responses):
        numbers = [p.number for p in response.pairs if p.number]
        unique = len(numbers) == len(set(numbers))
        for p in response.pairs:
            if p.question.strip():
                out.append(Restatement(k, response.source_file, p.index, p.number if unique else "",
                                       p.question, p.answer))
    return out


_LABEL = re.compile(r"^(?:(?:q|question)\s*\.?\s*\d{1,2}[a-z]?\b[.):\-–]?|\d{1,2}[a-z]?[.)])\s+", re.IGNORECASE)


def _clean(wording: str) -> str:
    """A restated question as a wording: one line, without its number label ("Q1a ") or the
    trailing ';' of a list item."""
    text = _LABEL.sub("", " ".join(wording.split())).strip(" ;,-–—:")
    return text[:1].upper() + text[1:] if text else text


_SENTENCE_END = re.compile(r"[.?!](?=\s+[A-Z0-9£(\"“])")


def _first_sentence(wording: str) -> str:
    """A wording far longer than its question's others has its answer glued on ("Please
    supply a copy. A copy is attached."): keep its first sentence."""
    m = _SENTENCE_END.search(wording)
    return wording[:m.end()] if m else wording


def _wordings(cluster: QuestionCluster, rules: Rules) -> tuple[str, list[str]]:
    """The representative wording (closest to all the others) and the other distinct ones."""
    stop = stopword_set(rules)
    cleaned = [_clean(m.question) for m in cluster.members]
    typical = float(np.median([len(t) for t in cleaned]))
    texts = list(dict.fromkeys(_first_sentence(t) if len(t) > 1.6 * typical else t for t in cleaned))
    contents = [content(t, stop) for t in texts]
    if len(texts) == 1:
        return texts[0], []
    sim = np.array([[fuzz.token_set_ratio(a, b, processor=None) for b in contents] for a in contents])

    def rank(i: int) -> tuple:
        looks_asked = texts[i].endswith("?") or bool(re.match(r"(?i)(please|how|what|which|who|is|are|do|does|has|have)\b", texts[i]))
        return (looks_asked, sim[i].mean() - (len(texts[i]) > 250) * 20)
    best = max(range(len(texts)), key=rank)
    seen = {contents[best]}
    aliases = []
    for i, t in enumerate(texts):
        if i != best and contents[i] and contents[i] not in seen:
            seen.add(contents[i])
            aliases.append(t)
    return texts[best], aliases


def _name_words(wordings: list[list[str]], rules: Rules, most: int = 2) -> list[list[str]]:
    """For each question (its wordings), the words that best name it: used by most of its
    wordings and by few other questions' ("care packages" over "council", "please")."""
    stop = stopword_set(rules) | {"please", "give", "provide", "tell", "whether", "many", "much", "number", "current",
                                  "currently", "each", "most", "main", "name", "details", "contact"}
    bags = [[set(w for w in re.findall(r"[a-z][a-z0-9]+", t.lower()) if w not in stop and len(w) > 2)
             for t in texts] for texts in wordings]
    df = Counter(w for bag in bags for w in set().union(*bag))
    n = max(1, len(bags))
    out = []
    for texts, bag in zip(wordings, bags):
        within = Counter(w for b in bag for w in b)
        score = {w: within[w] / len(bag) * np.log(1 + n / df[w]) for w in within}
        best = sorted(score, key=lambda w: -score[w])[:most]
        order = re.findall(r"[a-z][a-z0-9]+", " ".join(texts).lower())
        out.append(sorted(best, key=order.index))
    return out


def _field_names(qid: str, words: list[str], fields: list[DraftField], taken: set[str]) -> list[str]:
    """`q4_care_packages_count`: the question's id, its naming words and the type's ending."""
    stem = "_".join(words) or "answer"
    out = []
    for f in fields:
        name = re.sub(r"[^a-z0-9_]+", "_", f"{qid}_{stem}{f.suffix}".lower()).strip("_")
        base, k = name, 2
        while name in taken:
            name, k = f"{base}_{k}", k + 1
        taken.add(name)
        out.append(name)
    return out


def _keywords(batch: Batch, questions: list[tuple[str, list[str]]], rules: Rules, most: int = 8) -> tuple[str, ...]:
    """Two-word phrases of the questions that most replies use anywhere in their text."""
    stop = stopword_set(rules)
    phrases: Counter = Counter()
    for text, _ in questions:
        words = re.findall(r"[a-z][a-z0-9']+", text.lower())
        for a, b in zip(words, words[1:]):
            if a not in stop and b not in stop and len(a) > 2 and len(b) > 2:
                phrases[f"{a} {b}"] += 1
    lowered = [r.text.lower() for r in batch.responses]
    cover = {p: sum(1 for t in lowered if p in t) for p in phrases}
    ranked = sorted((p for p in phrases if cover[p] >= 0.5 * len(lowered)), key=lambda p: (-cover[p], -phrases[p], p))
    return tuple(ranked[:most])


def draft_questionnaire(batch: Batch, rules: Rules, qn_id: str, title: str = "",
                        min_share: float | None = None) -> Draft:
    """The questionnaire the replies in `batch` answer, as a `Draft` ready to render."""
    from pipeline.entities import load_gazetteer

    n = len(batch.responses)
    options = {} if min_share is None else {"min_share": min_share}
    clusters = cluster_questions(restatements(batch), rules, n, **options)
    ctx = Context(rules=rules, gazetteer=load_gazetteer(rules.directory))
    worded = [_wordings(c, rules) for c in clusters]
    words = _name_words([[w, *a] for w, a in worded], rules)
    questions, taken_ids, taken_names, owner = [], set(), set(), {}
    stop = stopword_set(rules)
    for k, (cluster, (text, aliases), qwords) in enumerate(zip(clusters, worded, words), 1):
        qid = f"q{cluster.number}" if cluster.number and re.fullmatch(r"[0-9a-z]+", cluster.number) else f"q_{k}"
        while qid in taken_ids:
            qid += "_"
        taken_ids.add(qid)
        # a wording two questions share can only ever match one of them: keep it on the first
        own = []
        for w in [text, *aliases]:
            c = content(w, stop)
            if c and owner.setdefault(c, qid) == qid:
                own.append(w)
        text, aliases = (own[0], own[1:]) if own else (text, [])
        fields = propose_fields(text, [m.answer for m in cluster.members], ctx, tuple(aliases))
        names = _field_names(qid, qwords, fields, taken_names)
        questions.append(DraftQuestion(qid, cluster.number, text, tuple(aliases), tuple(zip(names, fields)),
                                       cluster.support))
    ids = {q.number: q.id for q in questions if q.number}
    questions = [replace(q, parent=ids.get(re.match(r"\d+", q.number).group(0), "")
                         if q.number and re.fullmatch(r"\d+[a-z]+", q.number) else "") for q in questions]
    keywords = _keywords(batch, [(q.text, list(q.aliases)) for q in questions], rules)
    return Draft(qn_id, title or f"{qn_id.replace('_', ' ').capitalize()} (drafted from {n} responses)",
                 keywords, tuple(questions), n, tuple(r.source_file for r in batch.responses))


@dataclass(frozen=True)
class DraftCheck:
    """What `check_draft` found: problems that stop the draft loading, and detection per reply."""

    problems: tuple[str, ...]
    detected: tuple[str, ...]
    missed: tuple[tuple[str, str], ...]  # (file, why not detected)


def check_draft(yaml_text: str, source: str, batch: Batch, rules: Rules) -> DraftCheck:
    """Validate the drafted YAML as the rules loader does, then run detection over every reply
    with the draft added to (or replacing its namesake in) the loaded questionnaires."""
    import yaml

    from pipeline.match import match_document

    qn, problems = validate_questionnaire(yaml.safe_load(yaml_text), source)
    if qn is None:
        return DraftCheck(tuple(problems), (), ())
    others = {k: v for k, v in rules.questionnaires.items()
              if k != qn.id and Path(v.source).resolve() != Path(source).resolve()}
    trial = replace(rules, questionnaires={**others, qn.id: qn})
    detected, missed = [], []
    for response in batch.responses:
        result = match_document(response.text, list(response.pairs), trial)
        if result.questionnaire == qn.id:
            detected.append(response.source_file)
        else:
            missed.append((response.source_file, f"detected as {result.questionnaire}: {result.reason}"))
    return DraftCheck((), tuple(detected), tuple(missed))
