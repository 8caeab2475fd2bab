"""An e-mail reply that answers between the lines of the quoted request."""
from __future__ import annotations

from pipeline.rules import load_rules
from pipeline.segment import segment_pairs
from pipeline.segment.lines import split_lines
from pipeline.segment.zones import QUOTED, line_zones

RULES = load_rules()

REPLY = """Dear Sam,

Our answers are under each of your questions below.

Kind regards,
Libraries FOI team

-----Original Message-----
From: Sam Reader <sam@example.org>
Sent: 2 May 2025 10:00
Subject: FOI request

> 1. How many readers used the home delivery service in 2024?

ANSWER: 412 readers.

> 2. Is there a charge for the service?

ANSWER: No.

> 3. Who runs it?

The libraries team, with 30 volunteer drivers.
"""

QUOTED_UNDER = """Dear Sam,

1. 412 readers.
2. No.
3. The libraries team.

-----Original Message-----
> 1. How many readers used the home delivery service in 2024?
> 2. Is there a charge for the service?
> 3. Who runs it?
"""


def test_answers_between_the_quoted_questions_pair_with_them():
    pairs = {p.number: (p.question, p.answer) for p in segment_pairs(REPLY, RULES)}
    assert pairs["1"] == ("How many readers used the home delivery service in 2024?", "412 readers.")
    assert pairs["2"][1] == "No."
    assert pairs["3"][1] == "The libraries team, with 30 volunteer drivers."
    zones = line_zones(split_lines(REPLY), RULES)
    assert QUOTED not in zones[REPLY[:REPLY.index("> 1.")].count("\n"):]


def test_a_request_quoted_whole_under_the_answers_stays_quoted():
    lines = split_lines(QUOTED_UNDER)
    zones = line_zones(lines, RULES)
    assert all(z == QUOTED for ln, z in zip(lines, zones) if ln.text.startswith(">"))
