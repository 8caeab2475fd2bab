"""Build the e-mail (.eml) and RTF examples in data/raw from sources in data/examples_src.

    .venv/bin/python scripts/build_other_formats.py

The output is byte-for-byte repeatable: fixed dates and boundaries, no timestamps.
"""
from __future__ import annotations

from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SRC, RAW = ROOT / "data" / "examples_src", ROOT / "data" / "raw"


def build_eml() -> None:
    """A reply sent as a plain-text e-mail: answers first, the request quoted below."""
    body = (SRC / "medway_asc_reply.txt").read_text(encoding="utf-8")
    msg = EmailMessage(policy=SMTP)
    msg["From"] = "Information Governance <foi@medway.example>"
    msg["To"] = "A Requester <requester@example.org>"
    msg["Date"] = "Tue, 30 Jan 2024 15:02:11 +0000"
    msg["Subject"] = "RE: FOI - joint funding in adult social care [Ref: MC-FOI-24-0117]"
    msg["Message-ID"] = "<mc-foi-24-0117@medway.example>"
    msg.set_content(body)
    (RAW / "medway_asc_reply.eml").write_bytes(msg.as_bytes())


def _rtf_text(text: str) -> str:
    """Escape text for RTF: braces, backslashes, and anything beyond ASCII as \\uN?."""
    out = []
    for ch in text:
        if ch in "\\{}":
            out.append("\\" + ch)
        elif ord(ch) > 127:
            out.append(f"\\u{ord(ch) if ord(ch) < 32768 else ord(ch) - 65536}?")
        else:
            out.append(ch)
    return "".join(out)


def build_rtf() -> None:
    """A letter as a word processor saves it in RTF: paragraphs, then a Q/A table."""
    lines = (SRC / "york_csc_letter.txt").read_text(encoding="utf-8").split("\n")
    parts = [r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0 Arial;}}{\info{\title FOI response}}",
             r"\viewkind4\uc1\pard\f0\fs22 "]
    for line in lines:
        if " | " in line:
            cells = line.split(" | ")
            widths = [900, 5200, 9600][-len(cells):] if len(cells) <= 3 else []
            parts.append(r"\trowd\trgaph108" + "".join(rf"\cellx{w}" for w in widths))
            parts.append("".join(r"\pard\intbl " + _rtf_text(c) + r"\cell " for c in cells) + r"\row")
        else:
            parts.append(r"\pard " + _rtf_text(line) + r"\par")
    parts.append("}")
    (RAW / "york_csc_letter.rtf").write_text("\n".join(parts) + "\n", encoding="ascii")


if __name__ == "__main__":
    build_eml()
    build_rtf()
