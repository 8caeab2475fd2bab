"""The spaCy pipeline, built lazily once per process (never at import time).

No statistical English model can be downloaded here, so the project works with
`spacy.blank("en")` plus rule components; if `en_core_web_sm` happens to be installed it is
used for tokenisation only, so results do not depend on it.
"""
from __future__ import annotations

import functools
import re
import sys
import types


def _import_spacy():
    """spaCy, imported without its command line.

    `import spacy` also imports `spacy.cli` (typer, weasel, requests, httpx: 0.4 s of CPU,
    most of a one-file run's start-up) only to offer `spacy.info`. A stand-in for
    `spacy.cli.info` is in place while spaCy is imported and removed after, so `spacy.info`
    and a later `import spacy.cli` still reach the real command line.
    """
    if "spacy" in sys.modules:
        return sys.modules["spacy"]
    cli, info = types.ModuleType("spacy.cli"), types.ModuleType("spacy.cli.info")
    cli.__path__ = []

    def real_info(*args, **kwargs):
        from spacy.cli.info import info as spacy_info
        return spacy_info(*args, **kwargs)

    info.info = real_info
    sys.modules.setdefault("spacy.cli", cli)
    sys.modules.setdefault("spacy.cli.info", info)
    try:
        import spacy
    finally:
        for name, stand_in in (("spacy.cli.info", info), ("spacy.cli", cli)):
            if sys.modules.get(name) is stand_in:
                del sys.modules[name]
    if getattr(spacy, "cli", None) is cli:
        del spacy.cli
    return spacy


@functools.cache
def get_nlp():
    """A tokeniser-only English pipeline (statistical components disabled if present)."""
    spacy = _import_spacy()  # on first use: importing spaCy costs about 0.6 s of CPU
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
        matcher.add(label, list(nlp.tokenizer.pipe([*phrases, *plurals(phrases)])))
    return matcher


def plurals(phrases) -> list[str]:
    """The plural of each phrase ending in a lower-case noun-like word: "joint panels" is
    "joint panel" ("panel" -> "panels", "matrix" and "50/50" are left alone; "DST" is a name).

    >>> plurals(["joint panel", "DST", "matrix", "policy", "case by case"])
    ['joint panels', 'policies', 'case by cases']
    """
    out = []
    for phrase in phrases:
        last = phrase.rsplit(" ", 1)[-1]
        if not re.fullmatch(r"[a-z]{3,}", last) or last.endswith(("s", "x", "ch", "sh")):
            continue
        out.append(phrase[:-1] + "ies" if re.search(r"[^aeiou]y$", last) else phrase + "s")
    return out


@functools.cache
def _screen(vocabulary: tuple[tuple[str, tuple[str, ...]], ...]) -> re.Pattern | None:
    """A pattern found wherever a phrase of `vocabulary` could match, or None (no screen).

    A match is a run of tokens whose lower-case texts are the phrase's, with at most
    whitespace between them, so each phrase's characters, in order, with any whitespace
    between, ignoring case, find every match (and some that are not). A text without any
    of them has no match, and spaCy need not even be imported for it. Phrases that are
    not ASCII get no screen (their lower-casing is not one character to one character).
    """
    parts = []
    for _, phrases in vocabulary:
        for phrase in phrases:
            if not phrase.isascii():
                return None
            parts.append(r"\s*".join(re.escape(ch) for ch in phrase if not ch.isspace()))
    return re.compile("|".join(f"(?:{p})" for p in parts) or "(?!)", re.IGNORECASE)


_SPACE_RUN = re.compile(r"(?<=\S)(?:[ \t]*\n[ \t]*|[ \t]{2,})(?=\S)")


def find_phrases(text: str, vocabulary: tuple[tuple[str, tuple[str, ...]], ...]) -> list[tuple[str, int, int]]:
    """Every `(label, char_start, char_end)` whose phrase occurs in `text` as whole tokens.

    >>> find_phrases("We use the DST and a joint funding panel", (("dst", ("DST",)),))
    [('dst', 11, 14)]
    """
    screen = _screen(vocabulary)
    if screen is not None and not screen.search(text):
        return []
    nlp = get_nlp()
    # a phrase wrapped at a line end ("adult\nDecision Support\nTool" in a PDF column, or
    # "apportionment\n   tool" under a numbered item) or spaced out is still the phrase; a
    # blank line between its words is not. Each such run of white space is read as one
    # space, and `at` maps the offsets back to the text's.
    flat, at = _single_spaced(text)
    doc = nlp.make_doc(flat)
    matcher = phrase_matcher(vocabulary)
    out = []
    for match_id, start, end in matcher(doc):
        span = doc[start:end]
        out.append((nlp.vocab.strings[match_id], at[span.start_char], at[span.end_char - 1] + 1))
    return sorted(out, key=lambda t: (t[1], -t[2]))


def _single_spaced(text: str) -> tuple[str, list[int]]:
    """`text` with each run of white space between words that holds no blank line made one
    space, and for each of its characters the offset of that character in `text`."""
    parts, at, pos = [], [], 0
    for m in _SPACE_RUN.finditer(text):
        parts.append(text[pos:m.start()])
        at.extend(range(pos, m.start()))
        parts.append(" ")
        at.append(m.start())
        pos = m.end()
    parts.append(text[pos:])
    at.extend(range(pos, len(text)))
    return "".join(parts), at
