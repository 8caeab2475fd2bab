"""People's names, e-mail addresses and telephone numbers in contact answers.

No statistical NER is available offline, so a name is a run of two to four capitalised words
(initials and hyphenated or apostrophised surnames allowed) that are not job-title or
organisation words from `rules/phrasings.yaml`; titles (Cllr, Dr, ...) are stripped.
"""
from __future__ import annotations

import functools
import re

from pipeline.model import Found
from pipeline.rules import Rules

_WORD = re.compile(r"[A-Z][a-zA-Z'’\-]*\.?|[A-Z]\.")


@functools.cache
def _vocab(rules: Rules) -> dict:
    p = rules.phrasings
    return {
        "titles": {t.lower().rstrip(".") for t in p["person"]["titles"]},
        "not_name": {w.lower() for w in p["person"]["not_name"]},
        "email": re.compile(p["email"]),
        "phone": re.compile(p["phone"]),
        "redaction": [re.compile(r, re.IGNORECASE) for r in p["redaction"]],
    }


def _is_name_word(word: str, vocab: dict) -> bool:
    bare = word.rstrip(".").lower().strip("'’")
    if not bare or bare in vocab["not_name"] or bare in vocab["titles"]:
        return False
    if word.isupper() and len(word.rstrip(".")) > 1:
        return False  # acronyms (DASS, ICB) are not names
    return word[0].isupper()


def find_people(text: str, rules: Rules) -> list[Found]:
    """Every person's name in `text`, titles stripped.

    >>> [f.value for f in find_people("Cllr Jane O'Neill – Cabinet Member for Adults", rules)]  # doctest: +SKIP
    ["Jane O'Neill"]
    """
    vocab = _vocab(rules)
    masked = vocab["email"].sub(lambda m: " " * len(m.group(0)), text)
    out: list[Found] = []
    tokens = list(re.finditer(r"\S+", masked))
    run: list[re.Match] = []

    def flush():
        words = [m for m in run]
        while words and words[0].group(0).rstrip(".,").lower() in vocab["titles"]:
            words.pop(0)
        if 2 <= len(words) <= 4 and not all(len(w.group(0).rstrip(".,")) <= 2 for w in words):
            start, end = words[0].start(), words[-1].end()
            while end > start and text[end - 1] in ",;:()":
                end -= 1
            value = " ".join(text[start:end].split())
            out.append(Found(value, start, end, text[start:end], "person"))
        run.clear()

    for tok in tokens:
        word = tok.group(0)
        core = word.strip("(),;:\"“”")
        is_title = core.rstrip(".").lower() in vocab["titles"] and core[:1].isupper()
        if core and (is_title or (_WORD.fullmatch(core) and _is_name_word(core, vocab))):
            run.append(tok)
            if word.endswith((",", ";", ":", ")")) or (word.endswith(".") and len(core) > 2):
                flush()
        else:
            flush()
    flush()
    return out


def is_redacted(text: str, rules: Rules) -> tuple[int, int] | None:
    """Span of a redaction marker ("[redacted]", "xxx", "withheld") in `text`, if any."""
    for rx in _vocab(rules)["redaction"]:
        m = rx.search(text)
        if m:
            return m.start(), m.end()
    return None


def find_redactions(text: str, rules: Rules) -> list[tuple[int, int]]:
    """The span of every redaction marker in `text`, in order of the patterns."""
    return [m.span() for rx in _vocab(rules)["redaction"] for m in rx.finditer(text)]


def find_emails(text: str, rules: Rules) -> list[Found]:
    return [Found(m.group(0).rstrip("."), m.start(), m.start() + len(m.group(0).rstrip(".")),
                  m.group(0).rstrip("."), "email")
            for m in _vocab(rules)["email"].finditer(text)]


def find_phones(text: str, rules: Rules) -> list[Found]:
    out = []
    for m in _vocab(rules)["phone"].finditer(text):
        digits = re.sub(r"\D", "", m.group(0))
        if 10 <= len(digits) <= 13:
            out.append(Found(" ".join(m.group(0).split()), m.start(), m.end(), m.group(0), "phone"))
    return out
