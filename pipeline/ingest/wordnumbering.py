"""Word's automatic list numbering, replayed so the text shows the "1." a reader sees.

The number in front of a Word list item is not in the paragraph's text: the paragraph
points at a list (`w:numPr`, directly or through its style), the list at a definition in
numbering.xml, and Word counts as it lays the document out. `read_numbering` parses the
definitions once per document and `ListNumberer` counts through the paragraphs in order.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Mapping

W_NS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _w(tag: str) -> str:
    return W_NS + tag


def _val(element, child: str) -> str | None:
    """The w:val of `element`'s child `child`, or None when there is no such child."""
    node = element.find(_w(child)) if element is not None else None
    return None if node is None else node.get(_w("val"))


def _int(value: str | None, default: int | None) -> int | None:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


# --- Numbering definitions ------------------------------------------------------------


@dataclass(frozen=True)
class Level:
    """One level of a list definition (`w:lvl`)."""

    start: int = 0  # ECMA-376: an absent w:start means 0
    fmt: str = "decimal"
    text: str = ""  # w:lvlText, e.g. "%1." or "(%2)"
    restart: int | None = None  # w:lvlRestart; None restarts after any shallower level
    legal: bool = False  # w:isLgl: show every referenced level as a decimal
    style: str = ""  # w:pStyle: the paragraph style that selects this level


@dataclass(frozen=True)
class ListInstance:
    """A `w:num`: which abstract list it counts in, with its level overrides."""

    abstract_id: str
    levels: Mapping[int, Level]
    start_overrides: Mapping[int, int] = field(default_factory=dict)


@dataclass(frozen=True)
class Numbering:
    """Everything needed to number a paragraph, read once per document."""

    instances: Mapping[str, ListInstance]
    style_numbering: Mapping[str, tuple[str | None, int | None]]  # styleId -> numId, ilvl
    default_style: str = ""


def read_level(lvl) -> Level:
    return Level(
        start=_int(_val(lvl, "start"), 0),
        fmt=_val(lvl, "numFmt") or "decimal",
        text=_val(lvl, "lvlText") or "",
        restart=_int(_val(lvl, "lvlRestart"), None),
        legal=lvl.find(_w("isLgl")) is not None
        and _val(lvl, "isLgl") not in ("0", "false", "off"),
        style=_val(lvl, "pStyle") or "",
    )


def read_levels(parent) -> dict[int, Level]:
    return {_int(lvl.get(_w("ilvl")), 0): read_level(lvl) for lvl in parent.findall(_w("lvl"))}


def read_style_numbering(styles) -> tuple[dict[str, tuple[str | None, int | None]], str]:
    """Each paragraph style's numbering (numId, ilvl), following `w:basedOn`.

    A "List Number" style usually carries `<w:numPr><w:numId w:val="5"/></w:numPr>`, so
    its paragraphs are numbered though they have no numbering of their own.
    """
    if styles is None:
        return {}, ""
    own: dict[str, tuple[str | None, int | None]] = {}
    parent: dict[str, str] = {}
    default = ""
    # Numbering styles (w:type="numbering") are read too: numStyleLink points at them.
    for style in styles.findall(_w("style")):
        style_id = style.get(_w("styleId")) or ""
        is_paragraph = style.get(_w("type")) == "paragraph"
        if is_paragraph and style.get(_w("default")) in ("1", "true", "on"):
            default = style_id
        parent[style_id] = _val(style, "basedOn") or ""
        num_pr = style.find(f"{_w('pPr')}/{_w('numPr')}")
        if num_pr is not None:
            own[style_id] = (_val(num_pr, "numId"), _int(_val(num_pr, "ilvl"), None))
    resolved = {}
    for style_id in parent:
        current, seen = style_id, set()
        while current and current not in own and current not in seen:
            seen.add(current)
            current = parent.get(current, "")
        if current in own:
            resolved[style_id] = own[current]
    return resolved, default


def read_numbering(numbering, styles) -> Numbering:
    """Parse numbering.xml (may be None) with the styles it links to."""
    style_numbering, default_style = read_style_numbering(styles)
    if numbering is None:
        return Numbering({}, style_numbering, default_style)
    abstracts = {a.get(_w("abstractNumId")): a for a in numbering.findall(_w("abstractNum"))}
    nums = {n.get(_w("numId")): n for n in numbering.findall(_w("num"))}

    def abstract_of(num, depth: int = 0) -> str | None:
        abstract_id = _val(num, "abstractNumId")
        link = _val(abstracts.get(abstract_id), "numStyleLink")
        # A numStyleLink points at a numbering style whose own num holds the levels.
        if link and depth < 3:
            linked_num = nums.get(style_numbering.get(link, (None, None))[0])
            if linked_num is not None and linked_num is not num:
                return abstract_of(linked_num, depth + 1)
        return abstract_id

    instances = {}
    for num_id, num in nums.items():
        abstract_id = abstract_of(num)
        if abstract_id not in abstracts:
            continue
        levels = read_levels(abstracts[abstract_id])
        overrides = {}
        for override in num.findall(_w("lvlOverride")):
            ilvl = _int(override.get(_w("ilvl")), 0)
            start = _int(_val(override, "startOverride"), None)
            if start is not None:
                overrides[ilvl] = start
            levels.update({ilvl: level for level in read_levels(override).values()})
        instances[num_id] = ListInstance(abstract_id, levels, overrides)
    return Numbering(instances, style_numbering, default_style)


def paragraph_numbering(p, numbering: Numbering) -> tuple[str, int] | None:
    """The (numId, ilvl) a paragraph is numbered with, directly or through its style."""
    ppr = p.find(_w("pPr"))
    style_id = _val(ppr, "pStyle") or numbering.default_style
    direct = ppr.find(_w("numPr")) if ppr is not None else None
    style_num, style_ilvl = numbering.style_numbering.get(style_id, (None, None))
    num_id = _val(direct, "numId") if direct is not None else None
    num_id = num_id if num_id is not None else style_num
    instance = numbering.instances.get(num_id) if num_id not in (None, "0") else None
    if instance is None:
        return None
    ilvl = _int(_val(direct, "ilvl"), None) if direct is not None else None
    if ilvl is None:
        ilvl = style_ilvl
    if ilvl is None:  # a style-linked list picks the level whose w:pStyle is this style
        ilvl = next((i for i, lv in instance.levels.items() if lv.style == style_id), 0)
    return num_id, ilvl


# --- Rendering numbers ---------------------------------------------------------------


def to_roman(n: int) -> str:
    """Lower-case Roman numerals, as Word's lowerRoman format writes them.

    >>> to_roman(14)
    'xiv'
    """
    out = []
    for value, letters in ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"),
                           (90, "xc"), (50, "l"), (40, "xl"), (10, "x"), (9, "ix"),
                           (5, "v"), (4, "iv"), (1, "i")):
        count, n = divmod(n, value)
        out.append(letters * count)
    return "".join(out)


def to_letters(n: int) -> str:
    """Word's letter numbering: a..z, then aa, bb, ... (27 -> "aa")."""
    if n < 1:
        return str(n)
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)


def format_number(n: int, fmt: str) -> str:
    """A counter in a `w:numFmt`; formats we do not know fall back to decimal.

    >>> [format_number(4, f) for f in ("decimal", "lowerLetter", "upperRoman", "none")]
    ['4', 'd', 'IV', '']
    """
    if fmt == "lowerLetter":
        return to_letters(n)
    if fmt == "upperLetter":
        return to_letters(n).upper()
    if fmt == "lowerRoman":
        return to_roman(n) if n > 0 else str(n)
    if fmt == "upperRoman":
        return to_roman(n).upper() if n > 0 else str(n)
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt == "none":
        return ""
    return str(n)


_LEVEL_REF = re.compile(r"%([1-9])")


def render_label(level: Level, levels: Mapping[int, Level], counters: Mapping[int, int]) -> str:
    """The label Word shows for a paragraph, e.g. "Q%1" -> "Q3", "%1.%2" -> "2.1".

    Bullets of any glyph become "-"; an empty label (numFmt "none") becomes "".
    """
    if level.fmt == "bullet":
        return "-"

    def number(match: re.Match) -> str:
        ref = int(match.group(1)) - 1
        ref_level = levels.get(ref, Level(start=1))
        value = counters.get(ref, ref_level.start)
        return format_number(value, "decimal" if level.legal else ref_level.fmt)

    return _LEVEL_REF.sub(number, level.text).strip()


class ListNumberer:
    """Replays Word's list counters through a document, one paragraph at a time.

    Counters belong to the abstract list, not to the `w:num`: two nums over one abstract
    list continue each other, as in Word, unless a num restarts a level with
    `w:startOverride` (applied the first time that num is used at that level).
    """

    def __init__(self, numbering: Numbering):
        self.numbering = numbering
        self.counters: dict[str, dict[int, int]] = {}
        self.seen: set[tuple[str, int]] = set()

    def label(self, p) -> str:
        """The label for paragraph `p` followed by a space, or "" when it has none."""
        found = paragraph_numbering(p, self.numbering)
        if found is None:
            return ""
        num_id, ilvl = found
        instance = self.numbering.instances[num_id]
        level = instance.levels.get(ilvl)
        if level is None:
            return ""
        counters = self.counters.setdefault(instance.abstract_id, {})
        if (num_id, ilvl) not in self.seen:
            self.seen.add((num_id, ilvl))
            if ilvl in instance.start_overrides:
                counters[ilvl] = instance.start_overrides[ilvl] - 1
        counters[ilvl] = counters[ilvl] + 1 if ilvl in counters else level.start
        for deeper in [k for k in counters if k > ilvl]:
            restart = instance.levels.get(deeper, Level()).restart
            if restart is None or (restart > 0 and ilvl < restart):
                del counters[deeper]
        text = render_label(level, instance.levels, counters)
        return f"{text} " if text else ""
