"""The spaCy pipeline, built lazily once per process (never at import time).

No statistical English model can be downloaded here, so the project works with
`spacy.blank("en")` plus rule components; if `en_core_web_sm` happens to be installed it is
used for tokenisation only, so results do not depend on it.
"""
from __future__ import annotations

import functools


@functools.cache
def get_nlp():
    """A tokeniser-only English pipeline (statistical components disabled if present)."""
    import spacy  # imported on first use: importing spaCy costs about a second of CPU

    try:
        return spacy.load("en_core_web_sm", exclude=["parser", "ner", "lemmatizer", "tagger",
                                                      "attribute_ruler", "tok2vec", "senter"])
    except OSError:
        return spacy.blank("en")


@functools.cache
def phrase_matcher(vocabulary: tuple[tuple[str, tuple[str, ...]], ...]):
    """A case-insensitive PhraseMatcher over `(label, phrases)` pairs, built once per vocabulary."""
    from spacy.matcher import PhraseMatcher

    nlp = get_nlp()
    matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
    for label, phrases in vocabulary:
        matcher.add(label, list(nlp.tokenizer.pipe(phrases)))
    return matcher


def find_phrases(text: str, vocabulary: tuple[tuple[str, tuple[str, ...]], ...]) -> list[tuple[str, int, int]]:
    """Every `(label, char_start, char_end)` whose phrase occurs in `text` as whole tokens.

    >>> find_phrases("We use the DST and a joint funding panel", (("dst", ("DST",)),))
    [('dst', 11, 14)]
    """
    nlp = get_nlp()
    doc = nlp.make_doc(text)
    matcher = phrase_matcher(vocabulary)
    out = []
    for match_id, start, end in matcher(doc):
        span = doc[start:end]
        out.append((nlp.vocab.strings[match_id], span.start_char, span.end_char))
    return sorted(out, key=lambda t: (t[1], -t[2]))
