"""How close a piece of a document is to a canonical question: content words, scored once.

Councils reword, abbreviate and reorder questions, so wordings are compared on their content
words (stop-words from rules/phrasings.yaml dropped, light stemming), half token-set and half
token-sort. Each canonical wording is normalised once per process; each document text once, and
scored against a questionnaire's wordings once (the scores are kept for the next question).
"""
from __future__ import annotations

import functools
import re

import numpy as np
from rapidfuzz import fuzz, process, utils
from rapidfuzz.distance import Indel

from pipeline.rules import Question, Rules

TOPIC_CAP = 84  # the best score a short topic label can reach: a fuzzy match, never exact


@functools.cache
def stopword_set(rules: Rules) -> frozenset:
    """The words ignored when comparing wordings (rules/phrasings.yaml `stopwords`)."""
    return frozenset(str(w).lower() for w in rules.phrasings["stopwords"])


_WORD = re.compile(r"[a-z]+")
_QUOTES = re.compile(r"[‘’“”'\"]")
ROW_CACHE = 1024  # texts whose scores are kept per questionnaire (a few documents' worth)
CACHED_TEXT_CHARS = 2000  # longer texts (a whole paragraph on one line) are not kept


def word_stems(text: str, stop: frozenset, min_len: int = 1) -> set[str]:
    """The content words of `text` by their first five letters ("policies" -> "polic")."""
    return {w[:5] for w in _WORD.findall(text.lower()) if w not in stop and len(w) >= min_len}


def content(text: str, stopwords: frozenset) -> str:
    """Lower-cased content words, lightly stemmed: "What are the Annual costs?" -> "annual cost".

    Cached for question-sized texts: one document's question texts are compared with every
    questionnaire; memory stays bounded whatever the documents hold.
    """
    if len(text) > CACHED_TEXT_CHARS:
        return _content(text, stopwords)
    return _cached_content(text, stopwords)


@functools.lru_cache(maxsize=1 << 13)
def _cached_content(text: str, stopwords: frozenset) -> str:
    return _content(text, stopwords)


def _content(text: str, stopwords: frozenset) -> str:
    text = _QUOTES.sub("", text)
    return " ".join(_stem(w) for w in utils.default_process(text).split() if w not in stopwords)


@functools.lru_cache(maxsize=1 << 14)
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


class _WordingTable:
    """Every wording of a questionnaire's questions, and the scores of each text seen.

    A text (its content words) is scored against all wordings in one `cdist` call and its
    best score per question kept: refining pairs, assigning them and placing anchors ask
    about the same texts again. Raw scores are taken in double precision, so `score_rows`
    equals `text_score` exactly, and rounded to single precision for `score_matrix` as
    rapidfuzz's `cdist` gives them by default (the thresholds were tuned on those values).
    """

    def __init__(self, questions: tuple[Question, ...], stop: frozenset):
        flat, spans = [], []
        for q in questions:
            ws = wordings(q, stop)
            spans.append((len(flat), len(flat) + len(ws)))
            flat.extend(ws)
        self.flat = flat
        self.spans = spans
        self.wlen = np.array([len(w) for w in flat], dtype=float)
        # the questions that have wordings, and where each one's wordings start
        self.filled = np.array([j for j, (a, b) in enumerate(spans) if b > a], dtype=int)
        self.starts = np.array([a for a, b in spans if b > a], dtype=int)
        self.rows: dict[str, tuple[np.ndarray, np.ndarray]] = {}  # content -> (exact, single)
        # for token-set scoring: each wording's unique words, sorted, and which words of a
        # vocabulary each wording holds, so the words a text shares with it come in one product
        sets = [frozenset(w.split()) for w in flat]
        self.set_strings = [" ".join(sorted(ws)) for ws in sets]
        self.set_lens = np.array([len(w) for w in self.set_strings], dtype=np.int64)
        self.sort_strings = [" ".join(sorted(w.split())) for w in flat]  # words sorted, repeats kept
        self.sort_lens = np.array([len(w) for w in self.sort_strings], dtype=np.int64)
        self.repeats = np.array([j for j, (ws, w) in enumerate(zip(sets, flat)) if len(ws) != len(w.split())],
                                dtype=int)  # the wordings that repeat a word
        self.vocab = {t: k for k, t in enumerate(sorted(frozenset().union(*sets)))}
        self.token_lens = np.array([len(t) for t in self.vocab], dtype=float)
        self.holds = np.zeros((len(self.vocab), len(flat)))
        for j, ws in enumerate(sets):
            self.holds[[self.vocab[t] for t in ws], j] = 1.0
        self.holds_chars = self.holds * self.token_lens[:, None]  # each held word's letters
        self.n_words = np.array([len(ws) for ws in sets], dtype=float)
        self.word_chars = np.array([sum(len(t) for t in ws) for ws in sets], dtype=float)

    def scores(self, contents: list[str], single: bool, shared: "_Shared | None" = None) -> np.ndarray:
        """Best score per question, one row per content string. With `shared`, texts not seen
        yet are scored against every questionnaire's wordings at once (`_Shared`)."""
        found, missing = {}, []
        for c in dict.fromkeys(contents):
            row = self.rows.get(c)
            if row is None:
                missing.append(c)
            else:
                found[c] = row
        if missing:
            found.update(shared.fill(self, missing) if shared is not None else self._fill(missing))
        k = 1 if single else 0
        if not contents:
            return np.zeros((0, len(self.spans)))
        return np.stack([found[c][k] for c in contents])

    def _fill(self, missing: list[str]) -> dict[str, tuple[np.ndarray, np.ndarray]]:
        return self._store(missing, *self.raw(missing))

    def raw(self, texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
        """Token-set and token-sort ratios of every text against every wording."""
        if not self.flat:
            return np.zeros((len(texts), 0)), np.zeros((len(texts), 0))
        tset, dist, lens, sets = self._token_set_parts(texts)
        return tset, self._token_sort(texts, sets, dist, lens)

    def _token_sort(self, texts: list[str], sets: list[frozenset], dist: np.ndarray,
                    lens: np.ndarray) -> np.ndarray:
        """`fuzz.token_sort_ratio` of every text against every wording, exactly as `cdist` gives
        it: `100 * (1 - distance / (len1 + len2))`, the Indel distance of the sorted words.
        Where neither the text nor the wording repeats a word, the sorted words are the sorted
        unique words, whose distances the token-set scoring has already; the rest are scored."""
        again = [i for i, (ws, t) in enumerate(zip(sets, texts)) if len(ws) != len(t.split())]
        if again or self.repeats.size:  # a text or a wording repeats a word: those again
            dist, lens = dist.copy(), lens.copy()
            ordered = [" ".join(sorted(t.split())) for t in texts]
            if again:
                lens[again] = [len(ordered[i]) for i in again]
                dist[again] = process.cdist([ordered[i] for i in again], self.sort_strings,
                                            scorer=Indel.distance, processor=None, dtype=np.int64, workers=1)
            if self.repeats.size:
                dist[:, self.repeats] = process.cdist(ordered, [self.sort_strings[j] for j in self.repeats],
                                                      scorer=Indel.distance, processor=None,
                                                      dtype=np.int64, workers=1)
        wording_lens = self.sort_lens
        total = lens[:, None] + wording_lens[None, :]
        with np.errstate(divide="ignore", invalid="ignore"):
            return np.where(total > 0, 100.0 * (1.0 - dist / total), 100.0)

    def _store(self, missing: list[str], tset: np.ndarray,
               tsort: np.ndarray) -> dict[str, tuple[np.ndarray, np.ndarray]]:
        """The best scores per question of `missing` from their raw ratios, kept for next time."""
        return self._keep(missing, *self._best(missing, tset, tsort))

    def _best(self, missing: list[str], tset: np.ndarray, tsort: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """The best score per question of each text, in double and in single precision."""
        exact = self._per_question(self._combine(missing, tset, tsort))
        single = self._per_question(self._combine(missing, tset.astype(np.float32), tsort.astype(np.float32)))
        return exact, single

    def _keep(self, missing: list[str], exact: np.ndarray,
              single: np.ndarray) -> dict[str, tuple[np.ndarray, np.ndarray]]:
        """`missing` with their best scores per question (`_best`), kept for next time."""
        if len(self.rows) + len(missing) > ROW_CACHE:
            self.rows.clear()
        new = {c: (exact[k], single[k]) for k, c in enumerate(missing)}
        self.rows.update((c, row) for c, row in new.items() if len(c) <= CACHED_TEXT_CHARS)
        return new

    def _token_set(self, texts: list[str]) -> np.ndarray:
        return self._token_set_parts(texts)[0]

    def _token_set_parts(self, texts: list[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray, list]:
        """`fuzz.token_set_ratio` of every text against every wording, exactly as `cdist` gives it.

        rapidfuzz's token-set ratio splits each string's unique words into the shared ones
        (`sect`) and the rest of each (`ab`, `ba`, sorted and joined). With no word shared it is
        the Indel ratio of the two sorted unique-word strings: one `cdist` of Indel distances
        (as cheap as token-sort) gives those. With words shared it is 100 when one side has no
        other word, else the best of the Indel ratio of `ab` to `ba` and two ratios that
        depend on lengths only; the lengths come from the wordings' rows of the text's words, and `ab` to `ba`
        is scored (by `token_set_ratio` itself) only where the length bound leaves it
        able to win. Every value equals rapidfuzz's to the last bit (tests/test_wording.py).
        """
        n, m = len(texts), len(self.flat)
        sets = [frozenset(t.split()) for t in texts]
        strings = [" ".join(sorted(ws)) for ws in sets]
        lens = np.array([len(t) for t in strings], dtype=np.int64)
        dist = process.cdist(strings, self.set_strings, scorer=Indel.distance, processor=None,
                             dtype=np.int64, workers=1)
        total = lens[:, None] + self.set_lens[None, :]
        with np.errstate(divide="ignore", invalid="ignore"):
            out = np.where(total > 0, 100.0 - 100.0 * dist / total, 100.0)
        held_by, held_ids = [], []  # the texts holding a word of the vocabulary, and their words
        for i, ws in enumerate(sets):
            ids = [k for k in map(self.vocab.get, ws) if k is not None]
            if ids:
                held_by.append((i, len(held_ids)))
                held_ids.extend(ids)
        if held_by:
            # words shared with each wording, and their letters: the wordings' rows of the
            # text's words, summed (a gather, not a matrix product: BLAS would start threads)
            rows_at = np.array([at for _, at in held_by])
            shared = np.zeros((n, m))
            shared_chars = np.zeros((n, m))
            which = np.array([i for i, _ in held_by])
            shared[which] = np.add.reduceat(self.holds[held_ids], rows_at, axis=0)
            shared_chars[which] = np.add.reduceat(self.holds_chars[held_ids], rows_at, axis=0)
            n_words = np.array([len(ws) for ws in sets], dtype=float)[:, None]
            chars = np.array([sum(len(t) for t in ws) for ws in sets], dtype=float)[:, None]
            ab_n, ba_n = n_words - shared, self.n_words[None, :] - shared
            sect = shared_chars + shared - 1  # len(" ".join(shared words))
            ab = chars - shared_chars + ab_n - 1
            ba = self.word_chars[None, :] - shared_chars + ba_n - 1
            sect_ab, sect_ba = sect + 1 + ab, sect + 1 + ba
            with np.errstate(divide="ignore", invalid="ignore"):
                by_length = np.maximum(100 - 100 * (1 + ab) / (sect + sect_ab),
                                       100 - 100 * (1 + ba) / (sect + sect_ba))
                best_rest = 100 - 100 * np.abs(ab - ba) / (sect_ab + sect_ba)  # Indel >= length gap
            some = shared > 0
            whole = some & ((ab_n == 0) | (ba_n == 0))
            out[whole] = 100.0
            lengths_win = some & ~whole & (best_rest <= by_length)
            out[lengths_win] = by_length[lengths_win]
            rows, cols = np.nonzero(some & ~whole & ~lengths_win)
            if rows.size:
                out[rows, cols] = process.cpdist([texts[i] for i in rows], [self.flat[j] for j in cols],
                                                 scorer=fuzz.token_set_ratio, processor=None,
                                                 dtype=np.float64, workers=1)
        out[np.array([not ws for ws in sets], dtype=bool), :] = 0.0
        out[:, self.n_words == 0] = 0.0
        return out, dist, lens, sets  # with the sorted unique words' distances, for token-sort

    def _combine(self, contents: list[str], tset: np.ndarray, tsort: np.ndarray) -> np.ndarray:
        """Per wording: the topic-label cap or the half-and-half blend, 0 for empty texts."""
        qlen = np.array([len(c) for c in contents], dtype=float)[:, None]
        wlen = self.wlen[None, :]
        short = qlen < 0.5 * wlen
        combined = np.where(short, np.minimum(tset, TOPIC_CAP), 0.5 * tset + 0.5 * tsort)
        combined[(qlen == 0).ravel(), :] = 0.0
        combined[:, (wlen == 0).ravel()] = 0.0
        return combined

    def _per_question(self, combined: np.ndarray) -> np.ndarray:
        """The best wording of each question (0 for a question without wordings), in one
        `maximum.reduceat` over the wordings' columns (each question's are contiguous)."""
        out = np.zeros((combined.shape[0], len(self.spans)))
        if self.filled.size and combined.shape[0]:
            best = np.maximum.reduceat(combined, self.starts, axis=1)
            out[:, self.filled] = np.maximum(0.0, best)
        return out


@functools.lru_cache(maxsize=64)
def _table(questions: tuple[Question, ...], stop: frozenset) -> _WordingTable:
    return _WordingTable(questions, stop)


class _Shared:
    """Every questionnaire's wordings as one table: a document's texts are compared with all
    the questionnaires in turn, so a text not seen yet is scored against all of them in one
    pass and each questionnaire's table keeps its columns (the per-pair ratios, and so each
    question's best, are the same whichever wordings are scored beside them)."""

    def __init__(self, question_sets: list[tuple[Question, ...]], stop: frozenset):
        self.tables = {qs: _table(qs, stop) for qs in question_sets}
        self.whole = _WordingTable(tuple(q for qs in self.tables for q in qs), stop)
        self.columns, at = [], 0  # (table, its first question's column in `whole`, past its last)
        for qs, table in self.tables.items():
            self.columns.append((table, at, at + len(qs)))
            at += len(qs)

    def fill(self, asking: _WordingTable, missing: list[str]) -> dict[str, tuple[np.ndarray, np.ndarray]]:
        if all(table is not asking for table, _, _ in self.columns):
            return asking._fill(missing)  # a table built again since (not one of these)
        exact, single = self.whole._best(missing, *self.whole.raw(missing))
        out: dict = {}
        for table, a, b in self.columns:
            new = table._keep(missing, exact[:, a:b], single[:, a:b])
            if table is asking:
                out = new
        return out


@functools.lru_cache(maxsize=8)
def _shared(rules: Rules, stop: frozenset) -> _Shared:
    return _Shared([qn.questions for qn in rules.questionnaires.values()], stop)


def _shared_for(questions: tuple[Question, ...], rules: Rules, stop: frozenset) -> _Shared | None:
    """The shared table when `questions` are a questionnaire's of `rules`, else None."""
    shared = _shared(rules, stop)
    return shared if questions in shared.tables and len(shared.tables) > 1 else None


def text_score(question_text: str, question: Question, rules: Rules) -> float:
    """Best similarity (0-100) of a document's question text to a canonical wording.

    Compares content words only, half token-set (rewordings that keep the key words) and
    half token-sort (penalising extra or missing words), so "Is there one ICB you mainly fund
    with?" scores high against q9 and low against q8 although both mention ICBs.
    """
    stop = stopword_set(rules)
    q = content(question_text, stop)
    return max((_pair_score(q, w) for w in wordings(question, stop)), default=0.0)


def score_rows(texts: list[str], questions: tuple[Question, ...], rules: Rules) -> np.ndarray:
    """`text_score` of every text against every question (double precision), one row per text."""
    stop = stopword_set(rules)
    return _table(questions, stop).scores([content(t, stop) for t in texts], single=False,
                                          shared=_shared_for(questions, rules, stop))


def score_matrix(texts: list[str], questions: tuple[Question, ...], rules: Rules) -> np.ndarray:
    """text_score of every text against every question, each text normalised once.

    Scores are rounded to single precision, as rapidfuzz's `cdist` gives them by default
    (thresholds were tuned on these values).

    >>> score_matrix(["Do you have a joint funding policy?"], qn.questions, rules).shape  # doctest: +SKIP
    (1, 12)
    """
    stop = stopword_set(rules)
    table = _table(questions, stop)
    if not texts or not table.flat:
        return np.zeros((len(texts), len(questions)))
    return table.scores([content(t, stop) for t in texts], single=True,
                        shared=_shared_for(questions, rules, stop))
