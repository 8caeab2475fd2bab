"""Read old Word (.doc) and OpenDocument (.odt) responses by converting them to DOCX.

Both formats are read well by one program only, LibreOffice, so we ask it to save a DOCX
copy (`soffice --headless --convert-to docx`) in a temporary folder and read that with the
DOCX reader. The `Document` keeps the original file's id (sha256 of its bytes) and format.

Each conversion runs with a profile of its own: LibreOffice allows one running instance
per profile, so two workers (`foi extract --jobs 2`) sharing the user's profile would have
one of them fail at random. A conversion that takes longer than CONVERT_TIMEOUT_S
(a password prompt nobody can answer, a damaged file) is stopped, with its child
processes, and reported.
"""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
from dataclasses import replace
from pathlib import Path

from pipeline.errors import IngestError
from pipeline.ingest.text import document_id
from pipeline.model import Document

SOFFICE_NAMES = ("soffice", "libreoffice")
CONVERT_TIMEOUT_S = 180
INSTALL_HINT = ("install LibreOffice: apt-get install libreoffice-writer, or save it as "
                "DOCX in Word or LibreOffice")


def find_soffice() -> str | None:
    """The LibreOffice program on PATH, or None."""
    for name in SOFFICE_NAMES:
        found = shutil.which(name)
        if found:
            return found
    return None


def run_soffice(command: list[str], path: Path) -> subprocess.CompletedProcess:
    """Run a conversion; on timeout stop LibreOffice and everything it started."""
    process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, start_new_session=True)
    try:
        stdout, stderr = process.communicate(timeout=CONVERT_TIMEOUT_S)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.communicate()
        raise IngestError(
            f"could not be converted: LibreOffice took longer than {CONVERT_TIMEOUT_S} s",
            path=str(path),
            hint="the file may be damaged or password-protected; open it in Word or "
                 "LibreOffice and save it as DOCX") from None
    return subprocess.CompletedProcess(command, process.returncode, stdout, stderr)


def convert_to_docx(path: Path, data: bytes, suffix: str | None = None) -> bytes:
    """The bytes of a DOCX copy of `data` made by LibreOffice (`suffix`: what it really is)."""
    suffix = suffix or path.suffix.lower()
    soffice = find_soffice()
    if soffice is None:
        raise IngestError(
            f"is a {suffix} file, which needs LibreOffice to read, and "
            "LibreOffice (soffice) is not installed", path=str(path), hint=INSTALL_HINT)
    with tempfile.TemporaryDirectory(prefix="foi-office-") as tmp:
        folder = Path(tmp)
        # A plain name: the original may hold characters soffice reads as options or URLs.
        source = folder / f"response{suffix}"
        source.write_bytes(data)
        command = [soffice, f"-env:UserInstallation={(folder / 'profile').as_uri()}",
                   "--headless", "--norestore", "--convert-to", "docx",
                   "--outdir", str(folder / "out"), str(source)]
        result = run_soffice(command, path)
        converted = folder / "out" / "response.docx"
        if not converted.exists():
            detail = (result.stderr or result.stdout).decode("utf-8", "replace").strip()
            raise IngestError(
                "could not be converted to DOCX by LibreOffice "
                f"(exit status {result.returncode}{'; ' + detail[-300:] if detail else ''})",
                path=str(path),
                hint="the file may be damaged, password-protected or not really a "
                     f"{suffix} file; open it in Word or LibreOffice and save "
                     "it as DOCX")
        return converted.read_bytes()


def ingest_office(path: Path, data: bytes, source_name: str, suffix: str | None = None) -> Document:
    """Read a .doc or .odt response through a DOCX copy made by LibreOffice.

    A Word 97 file "FOI 0193.doc" whose questions are an automatic numbered list reads
    "1. Who is your Director of Adult Social Services?" as the DOCX reader gives it, with
    `doc_id` the sha256 of the .doc file's own bytes and `format` "doc".
    """
    suffix = suffix or path.suffix.lower()
    from pipeline.ingest.docx import ingest_docx  # python-docx only when a file is converted

    document = ingest_docx(path, convert_to_docx(path, data, suffix), source_name)
    return replace(document, doc_id=document_id(data), format=suffix.lstrip("."))
