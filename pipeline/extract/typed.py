"""The answer reader of each field type, as the field stage looks them up.

Each type's reader is declared with the rest of the type in `pipeline/valuetypes/` (one
module per type); `READERS` is derived from that registry, so it never needs editing.

    >>> READERS["percent"]("3.10% of the total", spec, ctx)[0].value  # doctest: +SKIP
    '3.1'
"""
from __future__ import annotations

from pipeline.valuetypes import value_types
from pipeline.valuetypes._common import Candidate, Context

__all__ = ["READERS", "Candidate", "Context"]

READERS = {name: vt.read for name, vt in value_types().items()}
