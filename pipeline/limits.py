"""How much work one input file may take: the `limits:` section of rules/thresholds.yaml.

Public bodies send odd files: a 300 KB DOCX that unpacks to 100 MB, a 50 MB text file with
no line breaks, a 20,000-page PDF. Each file is read in a worker process (`pipeline.worker`)
under these limits; a file over one is stopped and recorded in `errors` with the limit it
hit and what to do, and the run goes on.

The checks here are cheap and run before the expensive work: a zip's member sizes (declared
in its directory, then counted while inflating, so a lying directory is caught too), a PDF's
page count, the length of the text. Wall time and memory are enforced by the worker.
"""
from __future__ import annotations

import io
import zipfile
import zlib
from dataclasses import dataclass, fields
from typing import Any

from pipeline.errors import FoiError

THRESHOLDS = "rules/thresholds.yaml"


class LimitError(FoiError):
    """A file needs more work than `limits:` allows; its message names the limit."""

    stage = "limits"


@dataclass(frozen=True)
class Limits:
    """The per-file limits; the defaults are those shipped in rules/thresholds.yaml."""

    max_seconds: float = 120
    max_memory_mb: int = 1024
    max_unpacked_mb: int = 100
    max_pages: int = 2000
    max_chars: int = 2_000_000
    max_line_chars: int = 20_000

    def raise_hint(self, name: str) -> str:
        return f"or raise limits.{name} in {THRESHOLDS}"


def limits_from(raw: Any, source: str, problems: list[str]) -> Limits:
    """The `limits:` mapping as `Limits`, each problem appended with its location.

    A missing section gives the defaults; an unknown key or a value that is not a positive
    number is a problem (`rules/thresholds.yaml: limits.max_pages: expected a positive
    number, got 'many'`).
    """
    if raw is None:
        return Limits()
    if not isinstance(raw, dict):
        problems.append(f"{source}: limits: expected a mapping of limits, got {raw!r}")
        return Limits()
    known = {f.name: f for f in fields(Limits)}
    values = {}
    for key, value in raw.items():
        if key not in known:
            problems.append(f"{source}: limits.{key}: unknown limit (known: {', '.join(known)})")
        elif isinstance(value, bool) or not isinstance(value, (int, float)) or value <= 0:
            problems.append(f"{source}: limits.{key}: expected a positive number, got {value!r}")
        else:
            values[key] = value if key == "max_seconds" else int(value)
    return Limits(**values)


def check_chars(text: str, limits: Limits, what: str = "text") -> None:
    """A text longer than `max_chars` is a `LimitError`."""
    if len(text) > limits.max_chars:
        raise LimitError(
            f"its {what} is {len(text):,} characters, over the limit of {limits.max_chars:,} "
            "(limits.max_chars)",
            hint=f"split the file into smaller parts, {limits.raise_hint('max_chars')}")


def check_pages(pages: int, limits: Limits) -> None:
    """A PDF of more than `max_pages` pages is a `LimitError`."""
    if pages > limits.max_pages:
        raise LimitError(
            f"has {pages:,} pages, over the limit of {limits.max_pages:,} (limits.max_pages)",
            hint=f"split the PDF into parts of fewer pages, {limits.raise_hint('max_pages')}")


_CHUNK = 1 << 16


#: A zip of at most this many bytes unpacked keeps its members for the reader (`unpacked`).
KEEP_UNPACKED = 8 * 1024 * 1024
_UNPACKED: list = [None, {}]  # (the bytes last checked, their members that inflated whole)


def take_unpacked(data: bytes) -> dict[str, bytes]:
    """The members `check_zip` inflated whole when it last checked these very bytes (by
    name, as `ZipFile.read(name)` gives them), so a reader need not inflate them again;
    empty for other bytes. A member missing here is read as usual (and fails as usual).
    Given once: they are not kept after."""
    found = _UNPACKED[1] if _UNPACKED[0] is data else {}
    _UNPACKED[:] = [None, {}]
    return found


def check_zip(data: bytes, limits: Limits) -> None:
    """A zip (DOCX, ODT) that unpacks to more than `max_unpacked_mb` is a `LimitError`.

    The sizes the zip's directory declares are summed first; then every member is inflated
    in chunks and counted before python-docx reads it whole. (Python's
    zipfile never inflates a member past its declared size: a member that lies about it
    fails its CRC check instead, which the reader reports.) A zip that
    cannot be opened is left to the reader, which says so in its own words. The members of
    a zip under `KEEP_UNPACKED` are kept for the reader (`unpacked`).
    """
    _UNPACKED[:] = [None, {}]
    cap = limits.max_unpacked_mb * 1024 * 1024
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError):
        return
    with archive:
        members = archive.infolist()
        declared = sum(m.file_size for m in members)
        if declared > cap:
            raise _unpacked_error(declared, limits, "declares")
        keep = declared <= KEEP_UNPACKED
        kept: dict[str, bytes] = {}
        total = 0
        for member in members:
            chunks = []
            try:
                with archive.open(member) as stream:
                    while chunk := stream.read(_CHUNK):
                        total += len(chunk)
                        if total > cap:
                            raise _unpacked_error(total, limits, "inflates to over")
                        if keep:
                            chunks.append(chunk)
            except (zipfile.BadZipFile, NotImplementedError, RuntimeError, EOFError, ValueError,
                    OSError, zlib.error):
                continue  # a broken or encrypted member: the reader reports it
            except zipfile.LargeZipFile:
                raise _unpacked_error(cap + 1, limits, "declares") from None
            if keep and total <= KEEP_UNPACKED and archive.NameToInfo.get(member.filename) is member:
                kept[member.filename] = b"".join(chunks)  # what ZipFile.read(its name) gives
    if keep and total <= KEEP_UNPACKED:
        _UNPACKED[:] = [data, kept]


def _unpacked_error(size: int, limits: Limits, verb: str) -> LimitError:
    return LimitError(
        f"is a zip (DOCX) that {verb} {size / 1048576:,.0f} MB unpacked, over the limit of "
        f"{limits.max_unpacked_mb:,} MB (limits.max_unpacked_mb); it may be a zip bomb",
        hint=f"open it in Word and save it again or as PDF, {limits.raise_hint('max_unpacked_mb')}")


def break_long_lines(text: str, limits: Limits) -> str:
    """Lines longer than `max_line_chars` broken at a space (else at the limit).

    A file with no line breaks at all (a 5 MB one-line export) is otherwise one "line" to
    every line-based step; broken into lines of reading length, the work stays linear.
    Normal responses, whose paragraphs are far shorter, are unchanged.

    >>> break_long_lines("a b c d", Limits(max_line_chars=4))
    'a b\\nc d'
    """
    width = limits.max_line_chars
    if len(text) <= width or all(len(line) <= width for line in text.split("\n")):
        return text
    out = []
    for line in text.split("\n"):
        while len(line) > width:
            cut = line.rfind(" ", width // 2, width + 1)
            if cut <= 0:
                out.append(line[:width])
                line = line[width:]
            else:  # the space becomes the line break: offsets are unchanged
                out.append(line[:cut])
                line = line[cut + 1:]
        out.append(line)
    return "\n".join(out)
