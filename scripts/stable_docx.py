"""Word files whose bytes do not change between builds, for the held-out build scripts.

Fixed core properties and zip timestamps make a rebuilt DOCX byte-identical; Word's
automatic "1." numbering is defined in numbering.xml so the number is not in the text.
"""
from __future__ import annotations

import datetime as dt
import io
import zipfile

import docx
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

FIXED_TIME = dt.datetime(2024, 1, 1, 0, 0, 0)
ZIP_TIME = (1980, 1, 1, 0, 0, 0)


def new_docx() -> docx.document.Document:
    """A blank Word document with fixed core properties, so saved bytes are stable."""
    document = docx.Document()
    props = document.core_properties
    props.author = "Information Governance"
    props.last_modified_by = "Information Governance"
    props.created = FIXED_TIME
    props.modified = FIXED_TIME
    props.revision = 1
    document.styles["Normal"].font.size = Pt(11)
    return document


def add_decimal_list(document: docx.document.Document, num_id: int) -> int:
    """Define a "1." list with id `num_id` in numbering.xml and return the id.

    Word draws the "1." from this definition; the paragraph text never contains it,
    which is the trap this document sets for readers that only look at run text.
    """
    numbering = document.part.numbering_part.element
    abstract = OxmlElement("w:abstractNum")
    abstract.set(qn("w:abstractNumId"), str(num_id))
    level = OxmlElement("w:lvl")
    level.set(qn("w:ilvl"), "0")
    for tag, value in (("w:start", "1"), ("w:numFmt", "decimal"),
                       ("w:lvlText", "%1."), ("w:lvlJc", "left")):
        child = OxmlElement(tag)
        child.set(qn("w:val"), value)
        level.append(child)
    ppr = OxmlElement("w:pPr")
    ind = OxmlElement("w:ind")
    ind.set(qn("w:left"), "360")
    ind.set(qn("w:hanging"), "360")
    ppr.append(ind)
    level.append(ppr)
    abstract.append(level)
    first_num = numbering.find(qn("w:num"))
    if first_num is None:
        numbering.append(abstract)
    else:
        first_num.addprevious(abstract)
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), str(num_id))
    ref = OxmlElement("w:abstractNumId")
    ref.set(qn("w:val"), str(num_id))
    num.append(ref)
    numbering.append(num)
    return num_id


def number_paragraph(paragraph, num_id: int) -> None:
    """Attach a paragraph to list `num_id` at level 0 (Word numbers it on display)."""
    ppr = paragraph._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    ilvl = OxmlElement("w:ilvl")
    ilvl.set(qn("w:val"), "0")
    numid = OxmlElement("w:numId")
    numid.set(qn("w:val"), str(num_id))
    numpr.append(ilvl)
    numpr.append(numid)
    ppr.append(numpr)


def docx_bytes(document: docx.document.Document) -> bytes:
    """Save to bytes with every zip entry stamped with one fixed time."""
    raw = io.BytesIO()
    document.save(raw)
    fixed = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(raw.getvalue())) as src, \
            zipfile.ZipFile(fixed, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o644 << 16
            dst.writestr(entry, src.read(info.filename))
    return fixed.getvalue()
