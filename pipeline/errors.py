"""One base exception for the project; every message names the file and says what to do.

The library raises these; only the CLI prints them and sets exit codes.
"""
from __future__ import annotations


class FoiError(Exception):
    """Base of every error this project raises on purpose."""

    stage = "pipeline"

    def __init__(self, message: str, *, path: str = "", hint: str = ""):
        self.path = path
        self.hint = hint
        text = f"{path}: {message}" if path else message
        if hint:
            text = f"{text} ({hint})"
        super().__init__(text)


class IngestError(FoiError):
    """A file could not be read into text."""

    stage = "ingest"


class RulesError(FoiError):
    """The files in rules/ are invalid. Carries every problem found, with its location."""

    stage = "rules"

    def __init__(self, problems: list[str]):
        self.problems = list(problems)
        listing = "\n".join(f"  - {p}" for p in self.problems)
        super().__init__(f"{len(self.problems)} problem(s) in rules:\n{listing}",
                         hint="fix each listed entry, then run `foi rules validate`")


class CorrectionsError(FoiError):
    """A corrections ledger or review file could not be read or written."""

    stage = "corrections"
