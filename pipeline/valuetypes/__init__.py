"""The value types a questionnaire field may have: one module each, one registry.

A type is a module here named after it (`money.py`, `fiscal_year.py`) that declares

    TYPE = ValueType(name="money", read=read_money, parse=parse_money, unit=...)

with everything the pipeline knows about the type: how to read it from an answer
(`read`: answer text -> `Candidate`s), how to read a reviewer's corrected value (`parse`:
text -> `Reading`, or `ValueProblem` saying what was expected) and how the data dictionary
describes it (`unit`, and for some types `allowed` values and a `note`), and the type of
its column in the per-questionnaire (wide) tables (`column`: "float64" for money and
percentages, "int64" for counts, "date", "boolean", else "string"). Every table that
dispatches on a field's type is derived from these declarations: the type names a
questionnaire may use (`pipeline.rules.FIELD_TYPES`), the answer readers
(`pipeline.extract.typed.READERS`), the reviewer's parser
(`pipeline.review.values.read_reviewer_value`) and the dictionary's units
(`pipeline.dictionary`). Adding a type is adding its module.

The names are the module names, found without importing the modules: the rules loader
needs the names to validate a questionnaire, and the type modules import the rules (for
`FieldSpec`), so the modules themselves are loaded on first use of `value_types()`.
Modules whose name starts with `_` hold shared parts and are not types.

    >>> value_type("percent").parse("3.10%", spec, ctx).value  # doctest: +SKIP
    '3.1'
"""
from __future__ import annotations

import functools
import importlib
import pkgutil
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable, Union

if TYPE_CHECKING:
    from pipeline.rules import FieldSpec

#: A part of a type's description that is the same for every field ("GBP") or depends on
#: the field (an entity's kind, an enum's values).
Described = Union[str, Callable[["FieldSpec"], str]]

#: Every type name, in alphabetical order: the names a questionnaire's `type:` may take.
NAMES: tuple[str, ...] = tuple(sorted(
    m.name for m in pkgutil.iter_modules(__path__) if not m.name.startswith("_")))


@dataclass(frozen=True)
class ValueType:
    """Everything the pipeline knows about one value type.

    `read(text, spec, ctx)` returns the `Candidate`s an answer holds; `parse(text, spec,
    ctx)` returns a reviewer's value in canonical form (the form `read` writes), or raises
    `ValueProblem`. `unit`, `allowed` and `note` are the data dictionary's `unit`,
    `allowed_values` and a sentence added to the field's notes, each a text or a function of
    the field's spec. `column` is the type of the field's column in its questionnaire's wide
    table (one of `pipeline.tables.WIDE_DTYPES`; a list field is always "string").
    """

    name: str
    read: Callable
    parse: Callable
    unit: Described
    allowed: Described = ""
    note: Described = ""
    column: str = "string"

    def __post_init__(self):
        problems = [f"{part} must be a function" for part in ("read", "parse")
                    if not callable(getattr(self, part))]
        problems += [f"{part} must be a text or a function of the field's spec"
                     for part in ("unit", "allowed", "note")
                     if not (isinstance(getattr(self, part), str) or callable(getattr(self, part)))]
        from pipeline.tables import WIDE_DTYPES
        if self.column not in WIDE_DTYPES:
            problems.append(f"column {self.column!r} must be one of {WIDE_DTYPES}")
        if not re.fullmatch(r"[a-z][a-z0-9_]*", self.name or ""):
            problems.append(f"name {self.name!r} must be lower_snake_case")
        if problems:
            raise ValueError(f"value type {self.name!r}: " + "; ".join(problems))

    def unit_of(self, spec: FieldSpec) -> str:
        return _described(self.unit, spec)

    def allowed_of(self, spec: FieldSpec) -> str:
        return _described(self.allowed, spec)

    def note_of(self, spec: FieldSpec) -> str:
        return _described(self.note, spec)


def _described(part: Described, spec: FieldSpec) -> str:
    return part(spec) if callable(part) else part


def type_of_module(module) -> ValueType:
    """The `TYPE` a type module declares; ValueError when it declares none or another name."""
    name = module.__name__.rsplit(".", 1)[-1]
    declared = getattr(module, "TYPE", None)
    if not isinstance(declared, ValueType):
        raise ValueError(f"pipeline/valuetypes/{name}.py: declare the type as "
                         f"TYPE = ValueType(name={name!r}, read=..., parse=..., unit=...)")
    if declared.name != name:
        raise ValueError(f"pipeline/valuetypes/{name}.py: TYPE is named {declared.name!r}; "
                         f"a type's name is its module's name")
    return declared


@functools.cache
def value_types() -> dict[str, ValueType]:
    """Every value type by name, loading the type modules on first use."""
    return {name: type_of_module(importlib.import_module(f"{__name__}.{name}")) for name in NAMES}


def value_type(name: str) -> ValueType:
    """The value type called `name`; KeyError when there is none (a field spec is validated first)."""
    return value_types()[name]
