"""Letters that quote the request under a sentence introducing it (docs/layouts.md
``letter_quoted_request``: t07, t08, t09).

A letter says "You requested the following information:" (or "the Trust received an email
requesting the following information."), quotes the request as it came, then answers under a
short label ("Our response is:", "Response"). PDF line breaks cut the quoted request
mid-sentence, so no line of it is a question on its own: the question is every line from the
introducing sentence to the label. A request quoted as a numbered list is left to the
numbering (its items may be answered one by one).
"""
from __future__ import annotations

import functools
import re

from pipeline.rules import Rules
from pipeline.segment import zones
from pipeline.segment.lines import Line, parse_number

# the introducing sentence is short: a request of its own ("I would like the following
# information: ...") runs on longer
_INTRO_MAX_WORDS = 20


@functools.cache
def _intro_patterns(rules: Rules) -> tuple[re.Pattern, ...]:
    return tuple(re.compile(p, re.IGNORECASE) for p in rules.layout.get("request_intro", ()))


def is_request_intro(line: str, rules: Rules) -> bool:
    """True for the sentence that introduces a quoted request.

    >>> is_request_intro("You requested the following information:", rules)  # doctest: +SKIP
    True
    """
    s = line.strip()
    return bool(s) and s[-1] in ".:" and len(s.split()) <= _INTRO_MAX_WORDS \
        and any(rx.search(s) for rx in _intro_patterns(rules))


def quoted_request_end(lines: list[Line], i: int, rules: Rules, is_response_heading) -> int | None:
    """Index of the label line that closes the request quoted after intro line `i`, else None.

    None when the quoted request is numbered (each item is a question of its own), when a
    closing line or the text's end comes first, or when nothing stands between the intro and
    the label.
    """
    quoted = 0
    for k in range(i + 1, len(lines)):
        s = lines[k].text.strip()
        if not s:
            continue
        if zones.is_answer_label(s, rules) or is_response_heading(s):
            return k if quoted else None
        if parse_number(lines[k].text, rules) or zones.is_boilerplate(s, rules):
            return None
        quoted += 1
    return None
