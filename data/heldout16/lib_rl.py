"""reportlab layouts for heldout16: a letterhead-heavy letter, a two-column leaflet, a boxed Q/A grid."""
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table,
                                TableStyle, KeepTogether)
from reportlab.rl_config import defaultPageSize  # noqa: F401
import reportlab.rl_config

reportlab.rl_config.invariant = 1  # deterministic output

W, H = A4
BODY = ParagraphStyle("body", fontName="Helvetica", fontSize=9.5, leading=12.5, alignment=TA_LEFT, spaceAfter=5)
BOLD = ParagraphStyle("bold", parent=BODY, fontName="Helvetica-Bold")
LAB = ParagraphStyle("lab", parent=BODY, fontName="Helvetica-Bold", textColor=colors.HexColor("#0B5394"),
                     spaceAfter=1)
TITLE = ParagraphStyle("title", parent=BODY, fontName="Helvetica-Bold", fontSize=12, leading=15, spaceAfter=8)
SMALL = ParagraphStyle("small", parent=BODY, fontSize=8, leading=10)


def _esc(t):
    return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br/>")


def _P(t, st=BODY):
    return Paragraph(_esc(t), st)


def letterhead(path, c):
    """A letter with a coloured band, a right-hand address column on page 1 and Q / Response: / answer."""
    band_col = colors.HexColor(c.get("band_color", "#1B4F72"))

    def first(canv, doc):
        canv.saveState()
        canv.setFillColor(band_col)
        canv.rect(0, H - 3.0 * cm, W, 3.0 * cm, stroke=0, fill=1)
        canv.setFillColor(colors.white)
        canv.setFont("Helvetica-Bold", 20)
        canv.drawString(2 * cm, H - 1.7 * cm, c["band"])
        canv.setFont("Helvetica", 9)
        canv.drawString(2 * cm, H - 2.4 * cm, c["band_sub"])
        canv.setFillColor(colors.black)
        canv.setFont("Helvetica", 8.5)
        y = H - 3.8 * cm
        for line in c["side"]:
            canv.drawRightString(W - 1.8 * cm, y, line)
            y -= 11
        _foot(canv, doc)
        canv.restoreState()

    def later(canv, doc):
        canv.saveState()
        canv.setFont("Helvetica-Oblique", 8)
        canv.drawString(2 * cm, H - 1.2 * cm, c["band"] + " – continued")
        _foot(canv, doc)
        canv.restoreState()

    def _foot(canv, doc):
        canv.setFont("Helvetica", 7.5)
        canv.drawCentredString(W / 2, 1.1 * cm, f"{c['footer']} {doc.page}")

    doc = BaseDocTemplate(path, pagesize=A4, title=c["title"], author=c["band"])
    f1 = Frame(2 * cm, 2 * cm, W - 4 * cm, H - 2 * cm - 3.5 * cm - 3.3 * cm, id="f1")
    f2 = Frame(2 * cm, 2 * cm, W - 4 * cm, H - 4 * cm, id="f2")
    doc.addPageTemplates([PageTemplate(id="first", frames=[f1], onPage=first, autoNextPageTemplate="later"),
                          PageTemplate(id="later", frames=[f2], onPage=later)])
    story = [_P(c["title"], TITLE)]
    story += [_P(t) for t in c["intro"]]
    for q, lab, a in c["qa"]:
        story.append(KeepTogether([_P(q, BOLD), _P(lab, LAB), _P(a), Spacer(1, 3)]))
    story.append(Spacer(1, 6))
    story += [_P(t, SMALL if len(t) > 120 else BODY) for t in c["closing"]]
    doc.build(story)


def twocol(path, c):
    """A two-column leaflet-style response: running header, text flowing down two columns."""
    def page(canv, doc):
        canv.saveState()
        canv.setFillColor(colors.HexColor(c.get("rule_color", "#6A1B9A")))
        canv.rect(1.5 * cm, H - 1.9 * cm, W - 3 * cm, 0.12 * cm, stroke=0, fill=1)
        canv.setFillColor(colors.black)
        canv.setFont("Helvetica-Bold", 10)
        canv.drawString(1.5 * cm, H - 1.6 * cm, c["running_left"])
        canv.setFont("Helvetica", 8)
        canv.drawRightString(W - 1.5 * cm, H - 1.6 * cm, c["running_right"])
        canv.drawCentredString(W / 2, 1.0 * cm, f"Page {doc.page}")
        canv.restoreState()

    doc = BaseDocTemplate(path, pagesize=A4, title=c["title"], author=c["running_left"])
    gap = 0.8 * cm
    colw = (W - 3 * cm - gap) / 2
    fl = Frame(1.5 * cm, 1.6 * cm, colw, H - 4 * cm, id="l")
    fr = Frame(1.5 * cm + colw + gap, 1.6 * cm, colw, H - 4 * cm, id="r")
    doc.addPageTemplates([PageTemplate(id="two", frames=[fl, fr], onPage=page)])
    story = [_P(c["title"], TITLE)]
    story += [_P(t) for t in c["intro"]]
    for q, a in c["qa"]:
        story.append(_P(q, BOLD))
        story.append(_P(a))
    story += [_P(t, SMALL) for t in c["closing"]]
    doc.build(story)


def grid(path, c):
    """A boxed grid: header block, then a 3-column table (No. | Request | Response) with wrapped cells."""
    def page(canv, doc):
        canv.saveState()
        canv.setFont("Helvetica-Bold", 13)
        canv.drawString(2 * cm, H - 1.6 * cm, c["org"])
        canv.setFont("Helvetica", 8)
        canv.drawString(2 * cm, H - 2.0 * cm, c["org_sub"])
        canv.line(2 * cm, H - 2.2 * cm, W - 2 * cm, H - 2.2 * cm)
        canv.drawRightString(W - 2 * cm, 1.1 * cm, f"{c['footer']} | page {doc.page}")
        canv.restoreState()

    doc = BaseDocTemplate(path, pagesize=A4, title=c["title"], author=c["org"])
    fr = Frame(2 * cm, 1.8 * cm, W - 4 * cm, H - 4.4 * cm, id="f")
    doc.addPageTemplates([PageTemplate(id="g", frames=[fr], onPage=page)])
    story = [_P(c["title"], TITLE)]
    meta = Table([[_P(k, BOLD), _P(v)] for k, v in c["meta"]], colWidths=[4 * cm, 9 * cm])
    meta.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                              ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#EEF3F8"))]))
    story += [meta, Spacer(1, 8)]
    story += [_P(t) for t in c["intro"]]
    data = [[_P("No.", BOLD), _P("Request", BOLD), _P("Response", BOLD)]]
    for n, q, a in c["qa"]:
        data.append([_P(n), _P(q), _P(a)])
    t = Table(data, colWidths=[1.3 * cm, 6.7 * cm, 9 * cm], repeatRows=1)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.black),
                           ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D5E8D4"))]))
    story += [t, Spacer(1, 8)]
    story += [_P(t2, SMALL) for t2 in c["closing"]]
    doc.build(story)


KINDS = {"letterhead": letterhead, "twocol": twocol, "grid": grid}
