"""Question-wording scores: the fast token-set and token-sort scoring equal rapidfuzz's, bit for bit."""
import random

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from rapidfuzz import fuzz, process

from pipeline.rules import load_rules
from pipeline.segment.wording import _table, content, stopword_set

RULES = load_rules()
STOP = stopword_set(RULES)
TABLES = [_table(qn.questions, STOP) for qn in RULES.questionnaires.values()]
WORDS = sorted({w for t in TABLES for s in t.flat for w in s.split()})


def reference(table, texts, scorer=fuzz.token_set_ratio):
    return process.cdist(texts, table.flat, scorer=scorer, processor=None, dtype=np.float64, workers=1)


def same_as_rapidfuzz(table, texts):
    token_set, token_sort = table.raw(texts)
    return (np.array_equal(token_set, reference(table, texts))
            and np.array_equal(token_sort, reference(table, texts, fuzz.token_sort_ratio)))


def test_token_set_equals_rapidfuzz_on_reworded_questions():
    rng = random.Random(7)
    texts = ["", "a", "a a", "fund fund polic", "total annual cost placement", "icb icb"]
    for table in TABLES:
        for wording in table.flat[:20]:
            words = wording.split()
            texts.append(wording)  # the wording itself: 100
            texts.append(" ".join(words[:-1]))  # a word missing
            texts.append(" ".join(words + [rng.choice(WORDS)]))  # a word added
            texts.append(" ".join(rng.sample(words, len(words))))  # reordered
            texts.append(" ".join(w[:-1] for w in words))  # every word cut short: no word shared
    texts += [content("Do you have a Joint Funding Policy with the ICBs?", STOP),
              content("What was the total spend on external placements in 2023/24?", STOP)]
    for table in TABLES:
        assert same_as_rapidfuzz(table, texts)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(st.sampled_from(WORDS + ["x", "yy", "zzz"]), max_size=9).map(" ".join),
                min_size=1, max_size=12))
def test_token_set_equals_rapidfuzz_on_any_words(texts):
    for table in TABLES:
        assert same_as_rapidfuzz(table, texts)


def test_scoring_every_questionnaire_at_once_gives_each_its_own_scores():
    from pipeline.segment.wording import _WordingTable, score_matrix, score_rows

    texts = ["Do you have a joint funding policy with the ICB?", "What was the total spend on placements?",
             "Which supplier provides your case management system?", "Total", "",
             "Is the split fixed or agreed case by case? Case by case"]
    for qn in RULES.questionnaires.values():
        alone = _WordingTable(qn.questions, STOP)  # not shared, nothing cached
        contents = [content(t, STOP) for t in texts]
        assert np.array_equal(score_matrix(texts, qn.questions, RULES), alone.scores(contents, single=True))
        assert np.array_equal(score_rows(texts, qn.questions, RULES), alone.scores(contents, single=False))
