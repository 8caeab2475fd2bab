"""The DOCX package reader (`read_package`) reads what python-docx would: the same Document
from every DOCX of the project, and the same Document or the same error from damaged ones
(anything unusual is opened by python-docx itself); a template's numbering is read once."""
from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

import pipeline.ingest.docx as docx_reader
from pipeline.errors import FoiError
from pipeline.ingest import ingest
from pipeline.limits import Limits, check_zip, take_unpacked

ROOT = Path(__file__).resolve().parent.parent
DOCX = sorted((ROOT / "data" / "raw").glob("*.docx")) + sorted((ROOT / "data" / "heldout8" / "raw").glob("*.docx"))


def _python_docx_only(data, members=None):
    raise docx_reader.Unusual("python-docx opens every file in this run")


def read(data: bytes, monkeypatch, fast: bool):
    """The Document (or the error's type, message and hint) as ingest makes it, with the
    package read by `read_package` or by python-docx alone (the reader before it)."""
    with monkeypatch.context() as m:
        if not fast:
            m.setattr(docx_reader, "read_package", _python_docx_only)
        try:
            check_zip(data, Limits())
            if not fast:
                take_unpacked(data)  # python-docx inflated every member itself
            return docx_reader.ingest_docx(Path("r.docx"), data, "r.docx")
        except Exception as exc:  # noqa: BLE001 - compared, whatever it is
            return type(exc).__name__, str(exc), getattr(exc, "hint", None)


def rewrite(data: bytes, name: str, edit) -> bytes:
    """The DOCX with member `name` edited (`edit(bytes)`; None drops the member)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            body = src.read(item.filename)
            if item.filename == name:
                body = edit(body)
                if body is None:
                    continue
            dst.writestr(item.filename, body)
    return out.getvalue()


@pytest.mark.parametrize("path", DOCX, ids=lambda p: p.name)
def test_the_same_document_as_python_docx(path, monkeypatch):
    data = path.read_bytes()
    docx_reader.read_package(data)  # read without falling back
    fast = read(data, monkeypatch, fast=True)
    assert fast == read(data, monkeypatch, fast=False)
    assert fast.text.strip()


def _sub(old: bytes, new: bytes):
    def edit(body: bytes) -> bytes:
        assert old in body, old
        return body.replace(old, new, 1)
    return edit


DAMAGE = {
    "styles not XML": ("word/styles.xml", lambda b: b[:len(b) // 2]),
    "settings not XML": ("word/settings.xml", lambda b: b"<w:settings"),
    "numbering missing": ("word/numbering.xml", lambda b: None),
    "theme missing": ("word/theme/theme1.xml", lambda b: None),
    "no content types": ("[Content_Types].xml", lambda b: None),
    "macro-enabled main part": ("[Content_Types].xml", _sub(b"document.main+xml", b"document.macroEnabled.main+xml")),
    "no content type for xml": ("[Content_Types].xml", _sub(b'Extension="xml"', b'Extension="xmlx"')),
    "relationship id used twice": ("word/_rels/document.xml.rels", _sub(b'Id="rId2"', b'Id="rId1"')),
    "numbering related twice": ("word/_rels/document.xml.rels",
                                lambda b: b.replace(b"</Relationships>", b'<Relationship Id="rId99" Type="http://'
                                                    b'schemas.openxmlformats.org/officeDocument/2006/relationships/'
                                                    b'numbering" Target="numbering.xml"/></Relationships>')),
    "external numbering": ("word/_rels/document.xml.rels",
                           _sub(b'numbering.xml"', b'numbering.xml" TargetMode="External"')),
    "target missing": ("word/_rels/document.xml.rels", _sub(b'Target="styles.xml"', b'Target="nowhere.xml"')),
    "no body": ("word/document.xml", _sub(b"<w:body>", b"<w:bodyx>")),
}


@pytest.mark.parametrize("damage", sorted(DAMAGE))
def test_a_damaged_package_reads_or_fails_as_with_python_docx(damage, monkeypatch):
    name, edit = DAMAGE[damage]
    data = rewrite((ROOT / "data" / "raw" / "herts_asc_numbered.docx").read_bytes(), name, edit)
    fast = read(data, monkeypatch, fast=True)
    assert fast == read(data, monkeypatch, fast=False)


def test_a_template_seen_before_is_not_read_again(monkeypatch):
    data = (ROOT / "data" / "raw" / "herts_asc_numbered.docx").read_bytes()
    first = docx_reader.read_package(bytes(bytearray(data)))
    assert first.numbering.style_numbering and first.numbering.instances
    parsed = []
    real = docx_reader.parse_xml
    monkeypatch.setattr(docx_reader, "parse_xml", lambda xml: parsed.append(len(xml)) or real(xml))
    again = docx_reader.read_package(bytes(bytearray(data)))  # another file with the same bytes
    assert again.numbering is first.numbering
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        styles = len(archive.read("word/styles.xml"))
    assert parsed and styles not in parsed  # the document was parsed, the styles were not


def test_the_limits_check_hands_its_members_to_the_reader_once():
    data = (ROOT / "data" / "raw" / "herts_asc_numbered.docx").read_bytes()
    check_zip(data, Limits())
    members = take_unpacked(data)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert members == {n: archive.read(n) for n in archive.namelist()}
    assert take_unpacked(data) == {}  # given once
    check_zip(data, Limits())
    assert take_unpacked(bytes(bytearray(data))) == {}  # other bytes (an equal copy) get nothing
    with pytest.raises(FoiError):
        check_zip(data, Limits(max_unpacked_mb=0))
    assert take_unpacked(data) == {}
    assert ingest(ROOT / "data" / "raw" / "herts_asc_numbered.docx").text.startswith(
        docx_reader.ingest_docx(Path("x"), data, "x").text[:40])
