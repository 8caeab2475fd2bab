"""The parsers' words, loaded once from `rules/vocabulary.yaml`, validated, and compiled.

Every word list the value parsers use (scale words, period markers, number words, month
names, labels...) lives in the YAML file so that a new phrasing needs no Python change.
`validate_vocabulary` reports every problem at once with its location, e.g.
`rules/vocabulary.yaml: scales.k: 'lots' is not a positive number`.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Mapping

import yaml

from pipeline.errors import RulesError

VOCABULARY_PATH = Path(__file__).resolve().parents[2] / "rules" / "vocabulary.yaml"

# What each top-level section must look like. "words": a list of strings; "groups": a
# mapping of the named groups to lists of strings; "*_map": a mapping of word -> number.
_SECTIONS: dict[str, tuple[str, tuple[str, ...]]] = {
    "currency": ("groups", ("prefix", "suffix", "thousands_headings", "millions_headings")),
    "scales": ("scale_map", ()),
    "periods": ("groups", ("weekly", "annual")),
    "approx_markers": ("words", ()),
    "lower_bound_markers": ("words", ()),
    "number_words": ("number_word_map", ()),
    "number_word_stop_phrases": ("words", ()),
    "nil_words": ("words", ()),
    "suppression": ("groups", ("symbols", "phrases", "after", "whole_answer")),
    "ranges": ("groups", ("connectors", "openers", "joiners")),
    "count_nouns": ("words", ()),
    "count_noun_modifiers": ("words", ()),
    "duration_units": ("words", ()),
    "number_word_openers": ("words", ()),
    "count_excluded_prefixes": ("groups", ()),
    "year_context": ("groups", ("before", "after")),
    "time_suffixes": ("words", ()),
    "percent_words": ("words", ()),
    "months": ("month_map", ()),
    "weekdays": ("weekday_map", ()),
    "fiscal_year": ("groups", ("labels", "year_end_phrases", "date_connectors")),
    "labels": ("groups", ("foi_reference", "foi_reference_generic", "foi_reference_requester",
                          "response_date", "response_date_generic", "not_response_date")),
    "reference_prefixes": ("words", ()),
    "reference_not_references": ("words", ()),
}
_OPTIONAL = {"version"}


def normalise_word(text: str) -> str:
    """Lower case with single spaces, the form vocabulary keys are compared in.

    >>> normalise_word("Per  Week")
    'per week'
    """
    return " ".join(text.lower().split())


def _check_words(value: object, where: str) -> list[str]:
    if not isinstance(value, list) or not value:
        return [f"{where}: expected a non-empty list of words, got {type(value).__name__}"]
    problems, seen = [], {}
    for i, word in enumerate(value):
        if not isinstance(word, str) or not word.strip():
            problems.append(f"{where}[{i}]: {word!r} is not a non-empty string")
            continue
        key = normalise_word(word)
        if key in seen:
            problems.append(f"{where}[{i}]: {word!r} repeats {where}[{seen[key]}]")
        else:
            seen[key] = i
    return problems


def _number_ok(kind: str, value: object) -> str:
    """An empty string when `value` suits a map of `kind`, else what is wrong with it."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return "is not a number"
    if kind == "scale_map":
        return "" if value > 0 else "is not a positive number"
    if not isinstance(value, int):
        return "is not a whole number"
    if kind == "month_map":
        return "" if 1 <= value <= 12 else "is not a month number 1-12"
    if kind == "weekday_map":
        return "" if 0 <= value <= 6 else "is not a weekday number 0-6 (0 = Monday)"
    ok = 0 <= value <= 19 or (value % 10 == 0 and value <= 90) or value in (100, 1000)
    return "" if ok else "is not 0-19, a multiple of ten up to 90, 100 or 1000"


def _check_map(kind: str, value: object, where: str) -> list[str]:
    if not isinstance(value, dict) or not value:
        return [f"{where}: expected a non-empty mapping of word: number"]
    problems = []
    for word, number in value.items():
        if not isinstance(word, str) or not word.strip():
            problems.append(f"{where}: key {word!r} is not a non-empty string")
            continue
        wrong = _number_ok(kind, number)
        if wrong:
            problems.append(f"{where}.{word}: {number!r} {wrong}")
    if kind in ("month_map", "weekday_map") and not problems:
        want = set(range(1, 13)) if kind == "month_map" else set(range(7))
        missing = sorted(want - set(value.values()))
        if missing:
            problems.append(f"{where}: no name for number(s) {missing}")
    return problems


def _check_groups(value: object, required: tuple[str, ...], where: str) -> list[str]:
    if not isinstance(value, dict) or not value:
        return [f"{where}: expected a mapping of group name: list of words"]
    problems = [f"{where}: missing group {name!r}" for name in required if name not in value]
    for name, words in value.items():
        problems += _check_words(words, f"{where}.{name}")
    return problems


def validate_vocabulary(data: object, source: str) -> list[str]:
    """Every problem in a loaded vocabulary, each starting with `source` and its location.

    An empty list means the vocabulary is usable. Example of a messy input and its report:
    `{"scales": {"k": "lots"}}` gives, among the missing sections,
    `"rules/vocabulary.yaml: scales.k: 'lots' is not a number"`.
    """
    if not isinstance(data, dict):
        return [f"{source}: the top level must be a mapping of section names, "
                f"got {type(data).__name__}"]
    problems = [f"{source}: unknown section {key!r} (known: {', '.join(_SECTIONS)})"
                for key in data if key not in _SECTIONS and key not in _OPTIONAL]
    for key, (kind, required) in _SECTIONS.items():
        where = f"{source}: {key}"
        if key not in data:
            problems.append(f"{where}: missing section")
        elif kind == "words":
            problems += _check_words(data[key], where)
        elif kind == "groups":
            problems += _check_groups(data[key], required, where)
            if key == "periods" and isinstance(data[key], dict):
                # Period names become flags and regex group names: "weekly", "annual".
                problems += [f"{where}.{name}: a period name must be lower-case letters"
                             for name in data[key] if not re.fullmatch(r"[a-z_]+", str(name))]
        else:
            problems += _check_map(kind, data[key], where)
    return problems


def word_alternation(words) -> str:
    """A regex alternation of `words`: longest first, escaped, whole words, flexible spaces.

    A word that starts (ends) with a letter may not be glued to a letter before (after) it,
    so "m" matches in "£1.6m" and "1.6 m" but not in "more"; digits may touch it, so "pw"
    matches in "£31,848.11pw". The guards are hoisted out of the alternatives (with a
    look-ahead on the possible first characters) because a guard on each of fifty
    alternatives made these patterns four to ten times slower on long documents.
    """
    by_start: dict[bool, list[str]] = {True: [], False: []}
    for word in sorted({normalise_word(w) for w in words}, key=lambda w: (-len(w), w)):
        by_start[word[0].isalpha()].append(word)
    groups = []
    for alpha_start, group in by_start.items():
        if not group:
            continue
        bodies = []
        for word in group:
            body = r"\s+".join(re.escape(piece) for piece in word.split(" "))
            bodies.append(body + r"(?![A-Za-z])" if word[-1].isalpha() else body)
        first = "".join(sorted({re.escape(w[0]) for w in group}))
        guard = r"(?<![A-Za-z])" if alpha_start else ""
        groups.append(f"{guard}(?=[{first}])(?:{'|'.join(bodies)})")
    return "(?:" + "|".join(groups) + ")"


@dataclass(frozen=True, eq=False)
class Vocabulary:
    """The validated vocabulary; `alt` and `regex` give its word lists as patterns."""

    source: str
    data: Mapping[str, object]
    maps: Mapping[str, Mapping[str, object]]  # map sections keyed by normalised word

    def words(self, section: str, group: str | None = None) -> tuple[str, ...]:
        """The words of a section (or of one group of it); for maps, their keys."""
        value = self.data[section]
        if group is not None:
            value = value[group]
        return tuple(value)

    def number(self, section: str, word: str) -> object:
        """The number a map section gives `word` (compared normalised), or None.

        Scale factors come back as Decimal so that money stays exact to the penny.
        """
        return self.maps[section].get(normalise_word(word))

    @functools.lru_cache(maxsize=None)  # noqa: B019 - one Vocabulary lives for the run
    def alt(self, section: str, group: str | None = None) -> str:
        """The words of a section or group as a regex alternation, to compose patterns.

        Without `group`, a grouped section gives the words of all its groups.
        """
        value = self.data[section]
        if group is None and isinstance(value, dict) and section in _GROUPED_SECTIONS:
            return word_alternation(w for words in value.values() for w in words)
        return word_alternation(self.words(section, group))

    @staticmethod
    def regex(pattern: str) -> re.Pattern:
        """`pattern` compiled case-insensitively, once per pattern."""
        return _compile(pattern)


HEDGE_WINDOW = 30  # characters before a value searched for "c.", "approximately", "over"
_HEDGES = (("approx", "approx_markers"), ("at_least", "lower_bound_markers"))


def hedge_flags(vocab: Vocabulary, text: str, start: int) -> tuple[str, ...]:
    """Flags for a hedge right before `start`: "approx" ("c.", "approximately"), "at_least"
    ("over", "in excess of"). Example of messy input: "c.£7.6m" at the "£" -> ("approx",).
    """
    flags = ()
    for flag, section in _HEDGES:
        pattern = vocab.regex(rf"{vocab.alt(section)}[^\S\n]*$")
        if pattern.search(text, max(0, start - HEDGE_WINDOW), start):
            flags += (flag,)
    return flags


_GROUPED_SECTIONS = {key for key, (kind, _) in _SECTIONS.items() if kind == "groups"}


@functools.cache
def _compile(pattern: str) -> re.Pattern:
    return re.compile(pattern, re.IGNORECASE)


def vocabulary_from_data(data: object, source: str) -> Vocabulary:
    """A Vocabulary from already-parsed YAML; raises RulesError listing every problem."""
    problems = validate_vocabulary(data, source)
    if problems:
        raise RulesError(problems)
    maps = {}
    for key, (kind, _) in _SECTIONS.items():
        if kind.endswith("_map"):
            convert = (lambda n: Decimal(str(n))) if kind == "scale_map" else int
            maps[key] = {normalise_word(w): convert(n) for w, n in data[key].items()}
    return Vocabulary(source=source, data=data, maps=maps)


def load_vocabulary(path: str | Path | None = None) -> Vocabulary:
    """Read, validate and return the vocabulary (once per file; default rules/vocabulary.yaml).

    The pipeline takes it from its `Rules` (`rules.vocabulary`, loaded with the rest of the
    rules folder); a finder called on its own (`find_counts(text)`) falls back to this.
    Raises RulesError naming the file when it is missing, not YAML, or invalid.
    """
    return _load_vocabulary(Path(path or VOCABULARY_PATH).resolve())


@functools.cache
def _load_vocabulary(file: Path) -> Vocabulary:
    try:
        data = yaml.load(file.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except FileNotFoundError:
        raise RulesError([f"{file}: file not found; the value parsers need it"]) from None
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        raise RulesError([f"{file}: not valid YAML: {exc}"]) from None
    return vocabulary_from_data(data, str(file))
