"""Helpers for building the heldout10 Word documents (python-docx)."""
import datetime
import io
import zipfile

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, RGBColor, Cm

FIXED = datetime.datetime(2024, 1, 1, 9, 0, 0)


def new_doc(font="Arial", size=11, author="Information Governance"):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = parse_xml(f'<w:rFonts {nsdecls("w")}/>')
        rpr.append(rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(a), font)
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1
    cp.title = ""
    for s in d.sections:
        s.left_margin = Cm(2.2)
        s.right_margin = Cm(2.2)
        s.top_margin = Cm(2.0)
        s.bottom_margin = Cm(2.0)
    return d


def fmt_run(r, bold=None, italic=None, color=None, size=None, underline=None):
    if bold is not None:
        r.bold = bold
    if italic is not None:
        r.italic = italic
    if underline is not None:
        r.underline = underline
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    if size:
        r.font.size = Pt(size)
    return r


def para(container, text="", bold=None, italic=None, color=None, size=None,
         align=None, style=None, space_after=None, underline=None):
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    if text:
        fmt_run(p.add_run(text), bold, italic, color, size, underline)
    if align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def runs(container, parts, style=None, align=None, space_after=None):
    """parts: list of (text, dict(bold=.., italic=.., color=..))."""
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    for part in parts:
        if isinstance(part, str):
            p.add_run(part)
        else:
            t, f = part
            fmt_run(p.add_run(t), **f)
    if align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def cell_text(cell, text, bold=None, italic=None, color=None, size=None):
    """Replace a cell's text; '\n\n' starts a new paragraph."""
    chunks = text.split("\n\n")
    p = cell.paragraphs[0]
    for i, ch in enumerate(chunks):
        if i:
            p = cell.add_paragraph()
        lines = ch.split("\n")
        for j, ln in enumerate(lines):
            r = p.add_run(ln)
            fmt_run(r, bold, italic, color, size)
            if j < len(lines) - 1:
                r.add_break()
    return cell


def shade(cell, fill="D9D9D9"):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def set_widths(table, widths_cm):
    table.autofit = False
    grid = table._tbl.tblGrid
    cols = grid.findall(qn("w:gridCol"))
    for gc, w in zip(cols, widths_cm):
        gc.set(qn("w:w"), str(int(Cm(w).twips)))
    for row in table.rows:
        for i, w in enumerate(widths_cm):
            if i < len(row.cells):
                row.cells[i].width = Cm(w)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    trPr.append(parse_xml(f'<w:tblHeader {nsdecls("w")}/>'))


def table(container, rows, header=True, widths=None, style="Table Grid", head_fill="D9D9D9",
          size=None, head_color=None):
    t = container.add_table(rows=0, cols=len(rows[0]))
    if style:
        t.style = style
    for ri, r in enumerate(rows):
        cells = t.add_row().cells
        for ci, v in enumerate(r):
            if v is None:
                continue
            is_head = header and ri == 0
            cell_text(cells[ci], str(v), bold=True if is_head else None, size=size,
                      color=head_color if is_head else None)
            if is_head and head_fill:
                shade(cells[ci], head_fill)
    if header:
        repeat_header(t.rows[0])
    if widths:
        set_widths(t, widths)
    return t


def merged_row(t, text, fill="BDD7EE", bold=True, color=None):
    row = t.add_row()
    c = row.cells[0].merge(row.cells[-1])
    cell_text(c, text, bold=bold, color=color)
    shade(c, fill)
    return row


# ---------- numbering ----------
_LVL = ('<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
        '<w:lvlText w:val="{txt}"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="{left}" w:hanging="{hang}"/></w:pPr>{rpr}</w:lvl>')


def add_numbering(doc, levels):
    """levels: list of (numFmt, lvlText, left_twips, hanging_twips, bold).
    Returns a numId usable with set_num."""
    numbering = doc.part.numbering_part.element
    existing = [int(a.get(qn("w:abstractNumId"))) for a in numbering.findall(qn("w:abstractNum"))]
    aid = max(existing + [0]) + 10
    lv = ""
    for i, (fmt, txt, left, hang, bold) in enumerate(levels):
        rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
        lv += _LVL.format(i=i, fmt=fmt, txt=txt, left=left, hang=hang, rpr=rpr)
    absnum = parse_xml(f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{aid}">'
                       f'<w:multiLevelType w:val="multilevel"/>{lv}</w:abstractNum>')
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absnum)
    else:
        numbering.append(absnum)
    nums = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    nid = max(nums + [0]) + 1
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="{nid}"><w:abstractNumId w:val="{aid}"/></w:num>'))
    return nid


def set_num(p, num_id, ilvl=0):
    pPr = p._p.get_or_add_pPr()
    pPr.append(parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>'))
    return p


# ---------- text box (VML, as Word writes for compatibility) ----------
def textbox(paragraph, lines, left_pt=300, top_pt=0, width_pt=170, height_pt=80, border=True):
    """Anchor a floating text box holding `lines` (list of (text, bold)) in `paragraph`."""
    W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    ps = ""
    for text, bold in lines:
        b = "<w:rPr><w:b/><w:sz w:val=\"18\"/></w:rPr>" if bold else "<w:rPr><w:sz w:val=\"18\"/></w:rPr>"
        text = text.replace("&", "&amp;")
        ps += f'<w:p><w:pPr><w:spacing w:after="0"/></w:pPr><w:r>{b}<w:t xml:space="preserve">{text}</w:t></w:r></w:p>'
    stroked = "t" if border else "f"
    xml = (f'<w:r xmlns:w="{W}" xmlns:v="urn:schemas-microsoft-com:vml" '
           f'xmlns:o="urn:schemas-microsoft-com:office:office"><w:pict>'
           f'<v:rect style="position:absolute;margin-left:{left_pt}pt;margin-top:{top_pt}pt;'
           f'width:{width_pt}pt;height:{height_pt}pt;z-index:251659264;mso-position-horizontal-relative:text;'
           f'mso-position-vertical-relative:text" stroked="{stroked}" strokecolor="#1F3864" filled="f">'
           f'<v:textbox inset="4pt,4pt,4pt,4pt"><w:txbxContent>{ps}</w:txbxContent></v:textbox>'
           f'</v:rect></w:pict></w:r>')
    paragraph._p.append(parse_xml(xml))
    return paragraph


def header_table(section, left_lines, right_lines, widths=(9.5, 7.0), line=True):
    """Letterhead in the page header: a borderless two-column table."""
    hdr = section.header
    hdr.is_linked_to_previous = False
    t = hdr.add_table(rows=1, cols=2, width=Cm(sum(widths)))
    for cell, lines, al in ((t.rows[0].cells[0], left_lines, None), (t.rows[0].cells[1], right_lines, "right")):
        first = True
        for text, f in lines:
            p = cell.paragraphs[0] if first else cell.add_paragraph()
            first = False
            fmt_run(p.add_run(text), **f)
            p.paragraph_format.space_after = Pt(0)
            if al == "right":
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    set_widths(t, widths)
    # drop the empty first paragraph python-docx leaves above the table
    first_p = hdr.paragraphs[0]
    if not first_p.text:
        first_p._p.getparent().remove(first_p._p)
    if line:
        p = hdr.add_paragraph()
        pPr = p._p.get_or_add_pPr()
        pPr.append(parse_xml(f'<w:pBdr {nsdecls("w")}><w:bottom w:val="single" w:sz="8" w:space="1" w:color="1F3864"/></w:pBdr>'))
    return t


def footer_text(section, text, page_numbers=False, size=8):
    ftr = section.footer
    ftr.is_linked_to_previous = False
    p = ftr.paragraphs[0]
    fmt_run(p.add_run(text), size=size, color="595959")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if page_numbers:
        p2 = ftr.add_paragraph()
        p2.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        r = p2.add_run("Page ")
        fmt_run(r, size=size)
        for instr in ("PAGE",):
            r1 = p2.add_run()
            r1._r.append(parse_xml(f'<w:fldChar {nsdecls("w")} w:fldCharType="begin"/>'))
            r2 = p2.add_run()
            r2._r.append(parse_xml(f'<w:instrText {nsdecls("w")} xml:space="preserve"> {instr} </w:instrText>'))
            r3 = p2.add_run()
            r3._r.append(parse_xml(f'<w:fldChar {nsdecls("w")} w:fldCharType="end"/>'))
    return p


def landscape(section):
    from docx.enum.section import WD_ORIENT
    section.orientation = WD_ORIENT.LANDSCAPE
    w, h = section.page_width, section.page_height
    if w < h:
        section.page_width, section.page_height = h, w


def save_deterministic(doc, path):
    """Save, then rewrite the zip with fixed timestamps so rebuilds are byte-identical."""
    buf = io.BytesIO()
    doc.save(buf)
    buf.seek(0)
    src = zipfile.ZipFile(buf)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(info.filename))
    with open(path, "wb") as f:
        f.write(out.getvalue())
