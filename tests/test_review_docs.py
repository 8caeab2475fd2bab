"""Every review command and option is documented in the README (sqlite-utils' habit)."""
from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.cli import review

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", sorted(review.commands))
def test_review_command_and_its_options_are_in_the_readme(name):
    command = review.commands[name]
    assert f"foi review {name}" in README
    for param in command.params:
        for opt in getattr(param, "opts", []):
            if opt.startswith("--"):
                assert opt in README, f"`foi review {name} {opt}` is not documented in README.md"
