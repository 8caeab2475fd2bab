"""Figures split by a dimension inside one answer: years, age bands, a total.

"2022/23: £14,906,215; 2023/24: £16,388,902" answers one money question with two figures,
each for a year; "18-64: 312; 65 and over: 1,140; total 1,452" gives a count per age band
and the total. This module finds the labels and which figure each labels, so that every
figure can be kept as its own row with its `dimension`, and so that the numbers inside a
label ("18-64", "65 and over", "2023") are never read as figures themselves.

The label patterns and separators are data: `dimensions` in rules/phrasings.yaml.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from pipeline.extract.dates import find_fiscal_years
from pipeline.rules import Rules

KINDS = ("total", "year", "age_band")  # checked in this order; the first label found wins
_LEFT = r"(?<![\w/£$.,\-–])"  # a label is not the tail of a longer number or word
_RIGHT = r"(?![\w/%])"
# A figure: optionally hedged or suppressed, optionally with a currency sign.
_FIGURE = r"(?=(?:c\.|ca\.|approx\.?|approximately|about|around|~)?[ \t]*[£$<]?[ \t]*\d)"
_HEDGE_SKIP = re.compile(r"[ \t]*(?:c\.|ca\.|approx\.?|approximately|about|around|~)?[ \t]*[£$<]?[ \t]*",
                         re.IGNORECASE)


@dataclass(frozen=True)
class DimensionLabel:
    """One label in an answer: `text[start:end]` is the label, `label` its canonical form.

    `figure_at` is where the figure it labels starts (a label before its figure) or ends
    (a label after it, `after=True`).
    """

    kind: str  # "total" | "year" | "age_band"
    label: str  # "total", "2022/23", "18-64", "65 and over"
    start: int
    end: int
    figure_at: int
    after: bool = False


@functools.cache
def _patterns(rules: Rules) -> dict:
    spec = rules.phrasings.get("dimensions") or {}
    labels = spec.get("labels") or {}
    before = "|".join(f"(?:{p})" for p in spec.get("before") or [r"[ \t]*:[ \t]*"])
    after = "|".join(f"(?:{p})" for p in spec.get("after") or [])
    flags = re.IGNORECASE
    out = {"before": {}, "after": None}
    for kind in KINDS:
        alts = "|".join(f"(?:{p})" for p in labels.get(kind) or [])
        if alts:
            out["before"][kind] = re.compile(
                rf"{_LEFT}(?P<label>{alts}){_RIGHT}(?P<sep>{before}){_FIGURE}", flags)
    year = "|".join(f"(?:{p})" for p in labels.get("year") or [])
    if year and after:
        # "£6.1m (2022/23)", "£6.7m in 2023/24": the label follows the figure
        out["after"] = re.compile(rf"(?P<sep>{after}){_LEFT}(?P<label>{year}){_RIGHT}", flags)
    return out


def _canonical(kind: str, raw: str, rules: Rules) -> str:
    if kind == "year":
        fy = find_fiscal_years(raw, vocab=rules.vocabulary)
        return str(fy[0].value) if fy else re.sub(r"\D", "", raw)[-4:]
    if kind == "total":
        return "total"
    text = " ".join(raw.lower().split())
    return re.sub(r"^aged?\s+", "", text).replace("–", "-").replace(" - ", "-")


def find_dimension_labels(text: str, rules: Rules) -> list[DimensionLabel]:
    """Every label written right before a figure (or a year right after one), in order.

    >>> [(d.kind, d.label) for d in find_dimension_labels("18-64: 312; 65+: 1,140; total 1,452", rules)]  # doctest: +SKIP
    [('age_band', '18-64'), ('age_band', '65+'), ('total', 'total')]
    """
    if not text:
        return []
    pats = _patterns(rules)
    taken = bytearray(len(text))
    found: list[DimensionLabel] = []
    for kind, rx in pats["before"].items():
        for m in rx.finditer(text):
            s, e = m.span("label")
            if 1 in taken[s:e]:
                continue
            taken[s:e] = b"\1" * (e - s)
            found.append(DimensionLabel(kind, _canonical(kind, m["label"], rules), s, e, m.end()))
    if pats["after"] is not None:
        for m in pats["after"].finditer(text):
            s, e = m.span("label")
            if 1 in taken[s:e]:
                continue
            taken[s:e] = b"\1" * (e - s)
            found.append(DimensionLabel("year", _canonical("year", m["label"], rules), s, e,
                                        m.start(), after=True))
    return sorted(found, key=lambda d: d.start)


def label_for(labels: list[DimensionLabel], start: int, end: int, text: str) -> DimensionLabel | None:
    """The label of the figure at `text[start:end]`, if one is written next to it."""
    for d in labels:
        if d.after:
            if d.figure_at == end or (end <= d.figure_at and not text[end:d.figure_at].strip(" \t)")):
                return d
        elif d.figure_at <= start and _HEDGE_SKIP.fullmatch(text, d.figure_at, start):
            return d
    for d in labels:  # "2023/24 | 14,282 | 6,905": a row's first cell labels each of its cells
        if not d.after and d.end <= start and " | " in text[d.end:start] and "\n" not in text[d.end:start] \
                and not text[text.rfind("\n", 0, d.start) + 1:d.start].strip(" \t|"):
            return d
    return None


def inside_label(labels: list[DimensionLabel], start: int, end: int) -> bool:
    """True when `text[start:end]` lies within a label ("64" in "18-64: 312")."""
    return any(d.start <= start and end <= d.end for d in labels)
