"""Small helpers that make python-docx write the Word features real FOI templates use:
automatic numbering, content controls, text boxes, footnotes, hyperlinks, tracked insertions,
shading, borderless tables. Raw WordprocessingML where python-docx has no API."""
import copy
import io
import zipfile

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, RGBColor

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def new_doc(font="Arial", size=11):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml(f"<w:rFonts {nsdecls('w')}/>")
        rpr.append(rf)
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rf.set(qn(a), font)
    cp = d.core_properties
    cp.author = "Information Governance"
    cp.title = "Freedom of Information response"
    return d


def letterhead(d, lines, footer_lines, right=True):
    sec = d.sections[0]
    h = sec.header
    p = h.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT if right else WD_ALIGN_PARAGRAPH.LEFT
    for i, ln in enumerate(lines):
        r = p.add_run(ln)
        if i == 0:
            r.bold = True
            r.font.size = Pt(14)
        else:
            r.font.size = Pt(9)
        if i < len(lines) - 1:
            r.add_break()
    f = sec.footer
    fp = f.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for i, ln in enumerate(footer_lines):
        r = fp.add_run(ln)
        r.font.size = Pt(8)
        if i < len(footer_lines) - 1:
            r.add_break()


# ---------- numbering ----------
_NUM_COUNTER = [900]


def add_numbering(d, lvl0="%1.", lvl1="%2)", fmt0="decimal", fmt1="lowerLetter"):
    """Add an abstractNum with two levels and return its numId."""
    npart = d.part.numbering_part.element
    _NUM_COUNTER[0] += 1
    aid = _NUM_COUNTER[0]
    xml = (
        f'<w:abstractNum {W} w:abstractNumId="{aid}"><w:multiLevelType w:val="hybridMultilevel"/>'
        f'<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="{fmt0}"/><w:lvlText w:val="{lvl0}"/>'
        f'<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="426" w:hanging="426"/></w:pPr></w:lvl>'
        f'<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="{fmt1}"/><w:lvlText w:val="{lvl1}"/>'
        f'<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="851" w:hanging="425"/></w:pPr></w:lvl>'
        f'</w:abstractNum>'
    )
    absn = parse_xml(xml)
    # abstractNums must precede nums
    first_num = npart.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absn)
    else:
        npart.append(absn)
    nid = aid
    npart.append(parse_xml(f'<w:num {W} w:numId="{nid}"><w:abstractNumId w:val="{aid}"/></w:num>'))
    return nid


def set_num(p, numid, ilvl=0):
    ppr = p._p.get_or_add_pPr()
    ppr.insert(0, parse_xml(f'<w:numPr {W}><w:ilvl w:val="{ilvl}"/><w:numId w:val="{numid}"/></w:numPr>'))


# ---------- runs ----------
def run_xml(text, bold=False, italic=False, color=None):
    rpr = ""
    if bold or italic or color:
        rpr = "<w:rPr>" + ("<w:b/>" if bold else "") + ("<w:i/>" if italic else "") + \
              (f'<w:color w:val="{color}"/>' if color else "") + "</w:rPr>"
    parts = text.split("\n")
    inner = ""
    for i, part in enumerate(parts):
        if i:
            inner += "<w:br/>"
        segs = part.split("\t")
        for j, s in enumerate(segs):
            if j:
                inner += "<w:tab/>"
            if s:
                inner += f'<w:t xml:space="preserve">{esc(s)}</w:t>'
    return f"<w:r {W}>{rpr}{inner}</w:r>"


def add_runs(p, text, bold=False, italic=False):
    p._p.append(parse_xml(run_xml(text, bold, italic)))


_INS = [100]


def add_ins(p, text, author="FOI Team", date="2025-01-01T09:00:00Z"):
    _INS[0] += 1
    p._p.append(parse_xml(
        f'<w:ins {W} w:id="{_INS[0]}" w:author="{esc(author)}" w:date="{date}">'
        + run_xml(text).replace(f"<w:r {W}>", "<w:r>") + "</w:ins>"))


def add_hyperlink(p, text, url):
    rid = p.part.relate_to(url, RT.HYPERLINK, is_external=True)
    p._p.append(parse_xml(
        f'<w:hyperlink {W} xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
        f'r:id="{rid}" w:history="1"><w:r><w:rPr><w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr>'
        f'<w:t xml:space="preserve">{esc(text)}</w:t></w:r></w:hyperlink>'))


# ---------- footnotes ----------
def _footnotes_part(d):
    dp = d.part
    for rel in dp.rels.values():
        if rel.reltype == RT.FOOTNOTES:
            return rel.target_part
    xml = (f'<w:footnotes {W}>'
           '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
           '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
           '</w:footnotes>')
    part = Part(PackURI("/word/footnotes.xml"),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                xml.encode("utf-8"), dp.package)
    part._fn = [xml]
    dp.relate_to(part, RT.FOOTNOTES)
    return part


def add_footnote(d, p, text):
    part = _footnotes_part(d)
    cur = part._fn[0]
    n = cur.count('<w:footnote ') - 1
    fn = (f'<w:footnote w:id="{n}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
          f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
          f'<w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:t xml:space="preserve"> {esc(text)}</w:t></w:r></w:p></w:footnote>')
    cur = cur.replace("</w:footnotes>", fn + "</w:footnotes>")
    part._fn[0] = cur
    part._blob = cur.encode("utf-8")
    p._p.append(parse_xml(f'<w:r {W}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                          f'<w:footnoteReference w:id="{n}"/></w:r>'))


# ---------- content controls ----------
_SDT = [500]


def add_sdt_block(d, tag, text, after=None):
    """Block-level rich-text content control holding one or more paragraphs."""
    _SDT[0] += 1
    paras = "".join(f"<w:p>{run_xml(t).replace(f'<w:r {W}>', '<w:r>')}</w:p>" for t in text.split("\n\n"))
    el = parse_xml(
        f'<w:sdt {W}><w:sdtPr><w:alias w:val="{esc(tag)}"/><w:tag w:val="{esc(tag)}"/>'
        f'<w:id w:val="{_SDT[0]}"/></w:sdtPr><w:sdtContent>{paras}</w:sdtContent></w:sdt>')
    body = d.element.body
    body.insert(len(body) - 1, el)  # before sectPr
    return el


# ---------- text boxes (VML) ----------
_TB = [700]


def add_textbox_para(d, text, height_pt=60):
    _TB[0] += 1
    paras = "".join(f"<w:p>{run_xml(t).replace(f'<w:r {W}>', '<w:r>')}</w:p>" for t in text.split("\n\n"))
    xml = (f'<w:p {W} xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
           f'<w:r><w:pict><v:shape id="TextBox{_TB[0]}" o:spid="_x0000_s{_TB[0]}" type="#_x0000_t202" '
           f'style="width:450pt;height:{height_pt}pt;mso-position-horizontal:left" strokecolor="#7f7f7f">'
           f'<v:textbox><w:txbxContent>{paras}</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>')
    el = parse_xml(xml)
    body = d.element.body
    body.insert(len(body) - 1, el)
    return el


# ---------- shading / tables ----------
def shade_para(p, fill="E7E6E6", border=True):
    ppr = p._p.get_or_add_pPr()
    if border:
        ppr.append(parse_xml(
            f'<w:pBdr {W}><w:top w:val="single" w:sz="4" w:space="4" w:color="808080"/>'
            f'<w:left w:val="single" w:sz="4" w:space="4" w:color="808080"/>'
            f'<w:bottom w:val="single" w:sz="4" w:space="4" w:color="808080"/>'
            f'<w:right w:val="single" w:sz="4" w:space="4" w:color="808080"/></w:pBdr>'))
    ppr.append(parse_xml(f'<w:shd {W} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def shade_cell(cell, fill="D9E2F3"):
    tcpr = cell._tc.get_or_add_tcPr()
    tcpr.append(parse_xml(f'<w:shd {W} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def borderless(table):
    tblpr = table._tbl.tblPr
    tblpr.append(parse_xml(
        f'<w:tblBorders {W}><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
        f'<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>'))


def cell_text(cell, text, bold=False):
    p = cell.paragraphs[0]
    lines = text.split("\n\n")
    add_runs(p, lines[0], bold=bold)
    for ln in lines[1:]:
        q = cell.add_paragraph()
        add_runs(q, ln, bold=bold)
    return p


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml(f'<w:tblHeader {W}/>'))


# ---------- save deterministically ----------
def save(d, path):
    # flush footnote blobs
    for rel in d.part.rels.values():
        if rel.reltype == RT.FOOTNOTES:
            rel.target_part._blob = rel.target_part._fn[0].encode("utf-8")
    buf = io.BytesIO()
    d.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, zin.read(info.filename))
    with open(path, "wb") as f:
        f.write(out.getvalue())
    return out.getvalue()


def set_col_widths(table, widths_cm):
    """Set gridCol and every cell width (LibreOffice reads the grid)."""
    from docx.shared import Cm
    grid = table._tbl.tblGrid
    cols = grid.findall(qn("w:gridCol"))
    for gc, w in zip(cols, widths_cm):
        gc.set(qn("w:w"), str(int(w * 567)))
    for row in table.rows:
        cells = row.cells
        if len({id(c._tc) for c in cells}) < len(cells):
            continue  # merged section row keeps its span
        for c, w in zip(cells, widths_cm):
            c.width = Cm(w)
    table.autofit = False
