"""Old Word (.doc) and OpenDocument (.odt) files, read through a LibreOffice DOCX copy."""
from __future__ import annotations

import hashlib
import shutil
import stat

import pytest
from builders import check_document, make_docx, soffice_convert

from pipeline.errors import IngestError
from pipeline.ingest import ingest
from pipeline.ingest import office

needs_soffice = pytest.mark.skipif(shutil.which("soffice") is None,
                                   reason="LibreOffice (soffice) is not installed")
ITEMS = [
    "Our ref: HBC/FOI/25/0412",
    "Gross cost: \u00a348,906,215.77 \u2013 \u201cas published\u201d",
    ("numbered", ["Who is your DASS?", ["Their e-mail?"], "How many packages?"]),
    ("bullets", ["Education", "Housing"]),
    ("table", [["No.", "Question", "Response"], ["4", "Care packages", "1,588"],
               ["5", "Annual cost", "\u00a348.9m"]]),
    "Yours sincerely,",
]


@pytest.fixture(scope="module")
def converted(tmp_path_factory):
    """A DOCX made with python-docx, and LibreOffice's .odt and .doc copies of it."""
    folder = tmp_path_factory.mktemp("office")
    source = make_docx(folder / "reply.docx", ITEMS)
    for target in ("odt", "doc:MS Word 97"):
        soffice_convert(source, target, folder)
    return folder


@needs_soffice
@pytest.mark.parametrize("suffix", ["odt", "doc"])
def test_converted_copies_read_like_the_docx(converted, suffix):
    path = converted / f"reply.{suffix}"
    doc = ingest(path)
    check_document(doc)
    assert doc.text == ingest(converted / "reply.docx").text
    assert doc.text.split("\n")[2:4] == ["1. Who is your DASS?", "a) Their e-mail?"]
    assert doc.format == suffix
    assert doc.doc_id == hashlib.sha256(path.read_bytes()).hexdigest()
    assert doc.locator_at(doc.text.index("1,588")) == "table 1 row 2 cell 3"


@needs_soffice
def test_a_damaged_file_is_an_error_naming_it(tmp_path):
    path = tmp_path / "FOI 0412.doc"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512)
    with pytest.raises(IngestError) as info:
        ingest(path)
    assert "FOI 0412.doc" in str(info.value)
    assert "DOCX" in info.value.hint


def test_without_libreoffice_the_error_says_how_to_install_it(tmp_path, monkeypatch):
    path = tmp_path / "FOI 0412.odt"
    path.write_bytes(b"PK\x03\x04 an OpenDocument file")
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    with pytest.raises(IngestError) as info:
        ingest(path)
    assert "FOI 0412.odt: is a .odt file, which needs LibreOffice" in str(info.value)
    assert "apt-get install libreoffice-writer" in info.value.hint
    assert "save it as DOCX" in info.value.hint


def fake_soffice(folder, script: str) -> None:
    """Put a program called soffice that runs `script` first on PATH."""
    folder.mkdir()
    program = folder / "soffice"
    program.write_text("#!/bin/sh\n" + script + "\n")
    program.chmod(program.stat().st_mode | stat.S_IEXEC)


def test_a_conversion_that_hangs_is_stopped(tmp_path, monkeypatch):
    fake_soffice(tmp_path / "bin", f"{shutil.which('sleep')} 30")
    monkeypatch.setenv("PATH", str(tmp_path / "bin"))
    monkeypatch.setattr(office, "CONVERT_TIMEOUT_S", 0.5)
    path = tmp_path / "reply.doc"
    path.write_bytes(b"\xd0\xcf\x11\xe0")
    with pytest.raises(IngestError, match="reply.doc: could not be converted: LibreOffice "
                                          "took longer than 0.5 s"):
        ingest(path)


def test_a_conversion_that_fails_reports_what_libreoffice_said(tmp_path, monkeypatch):
    fake_soffice(tmp_path / "bin", "echo 'Error: source file could not be loaded' >&2; exit 1")
    monkeypatch.setenv("PATH", str(tmp_path / "bin"))
    path = tmp_path / "reply.odt"
    path.write_bytes(b"PK\x03\x04")
    with pytest.raises(IngestError) as info:
        ingest(path)
    assert "exit status 1; Error: source file could not be loaded" in str(info.value)
