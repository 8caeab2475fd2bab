"""How close a piece of a document is to a canonical question: content words, scored once.

Councils reword, abbreviate and reorder questions, so wordings are compared on their content
words (stop-words from rules/phrasings.yaml dropped, light stemming), half token-set and half
token-sort. Each canonical wording is normalised once per process; each document text once
per call of `score_matrix`.
"""
from __future__ import annotations

import functools
import re

import numpy as np
from rapidfuzz import fuzz, process, utils

from pipeline.rules import Question, Rules

TOPIC_CAP = 84  # the best score a short topic label can reach: a fuzzy match, never exact


@functools.cache
def stopword_set(rules: Rules) -> frozenset:
    """The words ignored when comparing wordings (rules/phrasings.yaml `stopwords`)."""
    return frozenset(str(w).lower() for w in rules.phrasings["stopwords"])


def word_stems(text: str, stop: frozenset, min_len: int = 1) -> set[str]:
    """The content words of `text` by their first five letters ("policies" -> "polic")."""
    return {w[:5] for w in re.findall(r"[a-z]+", text.lower()) if w not in stop and len(w) >= min_len}


def content(text: str, stopwords: frozenset) -> str:
    """Lower-cased content words, lightly stemmed: "What are the Annual costs?" -> "annual cost"."""
    text = re.sub(r"[‘’“”'\"]", "", text)
    return " ".join(_stem(w) for w in utils.default_process(text).split() if w not in stopwords)


def _stem(word: str) -> str:
    """Fold the plural and a few derived forms that rewordings swap freely.

    >>> [_stem(w) for w in ("splits", "policies", "methodology", "icbs", "process")]
    ['split', 'policy', 'method', 'icb', 'process']
    """
    if word.endswith("ology") and len(word) > 7:
        return word[:-5]
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 3:
        return word[:-1]
    return word


@functools.cache
def wordings(question: Question, stopwords: frozenset) -> tuple[str, ...]:
    return tuple(content(w, stopwords) for w in question.wordings)


def _pair_score(q: str, w: str) -> float:
    if not q or not w:
        return 0.0
    if len(q) < 0.5 * len(w):
        # a short topic label ("Main ICB", "DASS"): its words must appear in the wording,
        # and it never counts as an exact match
        return min(fuzz.token_set_ratio(q, w, processor=None), TOPIC_CAP)
    return 0.5 * fuzz.token_set_ratio(q, w, processor=None) + 0.5 * fuzz.token_sort_ratio(q, w, processor=None)


def text_score(question_text: str, question: Question, rules: Rules) -> float:
    """Best similarity (0-100) of a document's question text to a canonical wording.

    Compares content words only, half token-set (rewordings that keep the key words) and
    half token-sort (penalising extra or missing words), so "Is there one ICB you mainly fund
    with?" scores high against q9 and low against q8 although both mention ICBs.
    """
    stop = stopword_set(rules)
    q = content(question_text, stop)
    return max((_pair_score(q, w) for w in wordings(question, stop)), default=0.0)


def score_matrix(texts: list[str], questions: tuple[Question, ...], rules: Rules) -> np.ndarray:
    """text_score of every text against every question, each text normalised once.

    >>> score_matrix(["Do you have a joint funding policy?"], qn.questions, rules).shape  # doctest: +SKIP
    (1, 12)
    """
    stop = stopword_set(rules)
    contents = [content(t, stop) for t in texts]
    flat, owner = [], []
    for j, q in enumerate(questions):
        for w in wordings(q, stop):
            flat.append(w)
            owner.append(j)
    out = np.zeros((len(texts), len(questions)))
    if not texts or not flat:
        return out
    tset = process.cdist(contents, flat, scorer=fuzz.token_set_ratio, processor=None, workers=1)
    tsort = process.cdist(contents, flat, scorer=fuzz.token_sort_ratio, processor=None, workers=1)
    qlen = np.array([len(c) for c in contents], dtype=float)[:, None]
    wlen = np.array([len(w) for w in flat], dtype=float)[None, :]
    short = qlen < 0.5 * wlen
    combined = np.where(short, np.minimum(tset, TOPIC_CAP), 0.5 * tset + 0.5 * tsort)
    combined[(qlen == 0).ravel(), :] = 0.0
    combined[:, (wlen == 0).ravel()] = 0.0
    for k, j in enumerate(owner):
        out[:, j] = np.maximum(out[:, j], combined[:, k])
    return out
