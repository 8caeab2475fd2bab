"""A small, real run for the review tests: one response in, every output table out.

The response is an adult social care reply written for these tests, with markup in one
answer (a reviewer's page must show it as text) and several values the pipeline is unsure
of, so the review queue is never empty.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pipeline.run import run_extract
from pipeline.write import read_table

SCRIPT = "<script>alert('pwned')</script>"

RESPONSE = f"""Essex County Council
Information Governance Team, County Hall, Chelmsford CM1 1QH

Freedom of Information Act 2000 - Response
Our reference: FOI-ECC-24-03817
Date of response: 14 May 2024

Subject of request: Adult Social Care - Joint Funding

1. Please give the contact details of the Director of Adult Social Services (DASS) for your authority. Marianne Holloway, Executive Director for Adult Social Care, email marianne.holloway@essex.gov.uk, telephone 0333 013 8417
2. Please give the contact details of the cabinet member holding the Adult Social Care portfolio (if there is one). Cllr Owen Bradwell {SCRIPT}, Cabinet Member for Adult Social Care and Health; write to him at County Hall, Market Road, Chelmsford CM1 1QH
3. Who supplies your main case management system? Adult social care records are held in Liquid Logic LAS, supplied by System C.
4. How many current weekly care packages does the Council pay some or all of the cost of? 13,482 people were receiving at least one service funded wholly or in part by the Council on 31 March 2024.
5. What did this care cost the Local Authority over the most recent complete year (2022/23)? Gross expenditure on commissioned care in 2022/23 was £512.6m.
6. How many of those packages does an ICB jointly fund? 612
7. What was the annual cost of care funded by ICBs for these cases? £14,873,220 in 2022/23.
8. Which ICB or ICBs serve the Local Authority's area? Three: MSE ICB, HWE ICB and SNEE ICB.
9. Is there one ICB that the Local Authority mainly joint funds with, and if so which one? Yes - MSE ICB.
10. Is there a Joint Funding Policy in place between the Local Authority and any ICB? Yes.
11. Please supply a copy. A copy of the protocol is attached.
12. Is there a Joint Funding Tool, or a documented methodology, that the Local Authority uses to work out funding splits? Yes. Joint funding is considered after the Decision Support Tool has been completed, and each case is ratified at a monthly joint funding panel.

Information Governance Team
Essex County Council
"""


@dataclass(frozen=True)
class Run:
    raw: Path
    processed: Path
    corrections: Path

    def extract(self) -> None:
        run_extract([self.raw], self.processed, self.corrections)

    def table(self, name: str) -> list[dict]:
        return read_table(self.processed, name)


def make_run(root: Path, text: str = RESPONSE, name: str = "essex_review.txt") -> Run:
    """Write the response under `root/raw` and run `foi extract` on it."""
    raw = root / "raw"
    raw.mkdir(parents=True, exist_ok=True)
    (raw / name).write_text(text, encoding="utf-8")
    run = Run(raw, root / "processed", root / "corrections")
    run.extract()
    return run
