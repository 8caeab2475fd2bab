"""Cluster the questions of many responses to one request into the request's questions.

Every response restates the request in its own way: reworded ("Annual cost of this care to
the Council for 2022/23" / "What did this care cost the Council in the last full year?"),
renumbered, reordered, abbreviated to a topic ("Main ICB for joint funding"). Each response's
question/answer pairs (`pipeline.segment.segment_pairs`) are clustered across documents by
average-linkage agglomeration over

- the similarity of their content words (the same measure `pipeline.match` uses: half
  token-set, half token-sort, a short topic label capped below an exact match),
- a bonus when both carry the same question number and a small penalty when they differ
  (only for documents whose numbers are unique: numbering restarted per section says
  nothing), and
- a cannot-link constraint: two pairs of one document are never the same question.

Clusters that (nearly) no document shares are then joined at a lower bar, and so are those
the documents number alike: one question asked in two families of wording. A cluster that
enough documents share is a question of the request; its number is the one
most of its documents give it.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

import numpy as np
from rapidfuzz import fuzz, process

from pipeline.rules import Rules
from pipeline.segment.wording import TOPIC_CAP, content, stopword_set

#: Similarity (0-100) two clusters need to be merged into one question.
MERGE_AT = 56.0
#: Similarity at which two clusters that (nearly) no response shares are joined.
JOIN_AT = 48.0
#: Added to the similarity of two restatements carrying the same question number.
NUMBER_BONUS = 12.0
#: Subtracted when both carry numbers and they differ (a reordered response keeps its wording).
NUMBER_PENALTY = 4.0
#: Share of the responses a cluster must appear in to be proposed as a question. A question
#: of the request is restated by most replies (rarely fewer than half); a third leaves room
#: for replies whose layout hid some questions, and drops the one-off headings and the
#: rewordings that only a few replies share.
MIN_SHARE = 0.34
#: A question text longer than this is a paragraph the layout could not split, not a question.
MAX_QUESTION_CHARS = 600


@dataclass(frozen=True)
class Restatement:
    """One response's wording of a question, with the answer it gave."""

    doc: int  # index of the response in the batch
    source_file: str
    position: int  # order of the pair in its response
    number: str  # "4a", or "" when unnumbered or when the response's numbering is not unique
    question: str
    answer: str


@dataclass(frozen=True)
class QuestionCluster:
    """The restatements of one question across the responses (rarely two from one response:
    a reply that restates the request above its answers)."""

    members: tuple[Restatement, ...]
    number: str = ""

    @property
    def support(self) -> int:
        return len({m.doc for m in self.members})

    @property
    def mean_position(self) -> float:
        return float(np.mean([m.position for m in self.members]))


def _similarity(items: list[Restatement], rules: Rules) -> np.ndarray:
    stop = stopword_set(rules)
    contents = [content(r.question, stop) for r in items]
    tset = process.cdist(contents, contents, scorer=fuzz.token_set_ratio, processor=None, workers=1)
    tsort = process.cdist(contents, contents, scorer=fuzz.token_sort_ratio, processor=None, workers=1)
    length = np.array([max(1, len(c)) for c in contents], dtype=float)
    short = (length[:, None] < 0.5 * length[None, :]) | (length[None, :] < 0.5 * length[:, None])
    sim = np.where(short, np.minimum(tset, TOPIC_CAP), 0.5 * tset + 0.5 * tsort).astype(float)
    numbers = np.array([r.number for r in items], dtype=object)
    numbered = numbers != ""
    both = numbered[:, None] & numbered[None, :]
    same = numbers[:, None] == numbers[None, :]
    sim += np.where(both & same, NUMBER_BONUS, 0.0) - np.where(both & ~same, NUMBER_PENALTY, 0.0)
    docs = np.array([r.doc for r in items])
    sim[docs[:, None] == docs[None, :]] = -np.inf  # one document never restates a question twice
    return sim


def _agglomerate(sim: np.ndarray, merge_at: float) -> list[list[int]]:
    """Average-linkage clustering; a pair that may not link (-inf) keeps its clusters apart."""
    n = len(sim)
    sim = sim.copy()
    np.fill_diagonal(sim, -np.inf)
    size = np.ones(n)
    groups: dict[int, list[int]] = {i: [i] for i in range(n)}
    alive = np.ones(n, dtype=bool)
    while len(groups) > 1:
        flat = int(np.argmax(sim))
        a, b = divmod(flat, n)
        if not np.isfinite(sim[a, b]) or sim[a, b] < merge_at:
            break
        merged = (size[a] * sim[a] + size[b] * sim[b]) / (size[a] + size[b])
        merged[~alive] = -np.inf
        sim[a, :] = merged
        sim[:, a] = merged
        sim[a, a] = -np.inf
        sim[b, :] = -np.inf
        sim[:, b] = -np.inf
        alive[b] = False
        size[a] += size[b]
        groups[a].extend(groups.pop(b))
    return list(groups.values())


def _modal_number(members: list[Restatement]) -> str:
    """The number most of a cluster's numbered members give it, if a majority agree."""
    votes = Counter(m.number for m in members if m.number)
    if not votes:
        return ""
    number, n = votes.most_common(1)[0]
    return number if n > sum(votes.values()) / 2 else ""


def _join_by_number(groups: list[list[Restatement]]) -> list[list[Restatement]]:
    """Join clusters of several restatements that carry the same number and share no
    response: one question whose
    replies fall into two families of wording ("Main ICB" / "Is there one ICB you mainly
    fund with?") is still one question when the replies number it alike."""
    groups = sorted(groups, key=len, reverse=True)
    out: list[list[Restatement]] = []
    for g in groups:
        number = _modal_number(g)
        docs = {m.doc for m in g}
        home = next((o for o in out if number and len(g) >= 2 and _modal_number(o) == number
                     and not docs & {m.doc for m in o}), None)
        if home is None:
            out.append(list(g))
        else:
            home.extend(g)
    return out


def _join_families(groups: list[list[int]], sim: np.ndarray, docs: list[int], join_at: float) -> list[list[int]]:
    """Join clusters of several restatements that are one question in two families of
    wording ("Please give the contact details of the DASS" / "Who is your DASS?").

    Two clusters join, best first, when their restatements are on average `join_at` alike
    and they share at most a few responses (a reply that restates the request above its
    answers holds the question twice)."""
    big = [list(g) for g in groups if len(g) >= 2]
    rest = [g for g in groups if len(g) < 2]
    while True:
        best, pair = join_at, None
        for i, a in enumerate(big):
            docs_a = {docs[k] for k in a}
            for j in range(i + 1, len(big)):
                b = big[j]
                shared = len(docs_a & {docs[k] for k in b})
                if shared > max(1, 0.15 * min(len(a), len(b))):
                    continue
                block = sim[np.ix_(a, b)]
                score = float(block[np.isfinite(block)].mean()) if np.isfinite(block).any() else -np.inf
                if score >= best:
                    best, pair = score, (i, j)
        if pair is None:
            return big + rest
        i, j = pair
        big[i].extend(big.pop(j))


def _natural_key(number: str) -> tuple:
    m = re.fullmatch(r"(\d+)(.*)", number or "")
    return (int(m.group(1)), m.group(2)) if m else (10_000, number)


def _numbers(clusters: list[list[Restatement]]) -> list[str]:
    """Each cluster's number: the one most of its members give it, each number used once."""
    wanted = []
    for i, members in enumerate(clusters):
        votes = Counter(m.number for m in members if m.number)
        for number, n in votes.most_common():
            wanted.append((n, -i, number, i))
    wanted.sort(reverse=True)
    out = [""] * len(clusters)
    used: set[str] = set()
    for n, _, number, i in wanted:
        if out[i] or number in used or n < max(1, len(clusters[i]) // 3):
            continue
        out[i] = number
        used.add(number)
    return out


def cluster_questions(items: list[Restatement], rules: Rules, n_docs: int,
                      min_share: float = MIN_SHARE, merge_at: float = MERGE_AT,
                      join_at: float = JOIN_AT) -> list[QuestionCluster]:
    """The questions the responses share, in the request's order.

    `items` are every response's restatements; a cluster found in fewer than `min_share` of
    the `n_docs` responses (and in fewer than two, unless there is one response) is left
    out: an introduction, a heading or a question only one council added.
    """
    items = [r for r in items if content(r.question, stopword_set(rules)) and len(r.question) <= MAX_QUESTION_CHARS]
    if not items:
        return []
    sim = _similarity(items, rules)
    groups = _agglomerate(sim, merge_at)
    # clusters that no response shares are often one question in two families of wording
    # ("Please give the contact details of the DASS" / "Who is your DASS?"): join them at a
    # lower bar, counting only the clusters several responses make
    groups = _join_families(groups, sim, [r.doc for r in items], join_at)
    need = 1 if n_docs == 1 else max(2, int(np.ceil(min_share * n_docs)))
    kept = [sorted(g, key=lambda r: r.doc) for g in _join_by_number([[items[i] for i in g] for g in groups])]
    kept = [g for g in kept if len({m.doc for m in g}) >= need]
    numbers = _numbers(kept)
    clusters = [QuestionCluster(tuple(g), number) for g, number in zip(kept, numbers)]
    # the request's order: by number where the responses agree on one, else where they ask it
    relative = [np.mean([m.position for m in c.members]) for c in clusters]
    return [c for c, _ in sorted(zip(clusters, relative), key=lambda cr: (
        _natural_key(cr[0].number) if cr[0].number else _interpolated(cr[1], clusters, relative), cr[1]))]


def _interpolated(position: float, clusters: list[QuestionCluster], relative: list[float]) -> tuple:
    """A sort key for an unnumbered cluster: just after the numbered cluster asked before it."""
    before = [(_natural_key(c.number), p) for c, p in zip(clusters, relative) if c.number and p <= position]
    if not before:
        return (0, "")
    key = max(before, key=lambda kp: kp[1])[0]
    return (key[0], key[1] + "~")
