"""The HTML reader: the response found among page chrome, lists, tables, encodings."""
from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from builders import check_document, make_html

from pipeline.errors import IngestError
from pipeline.ingest import ingest

ROOT = Path(__file__).resolve().parent.parent


def read(tmp_path, body: str, **options):
    doc = ingest(make_html(tmp_path / "log.html", body, **options))
    check_document(doc)
    return doc


def lines(doc) -> list[str]:
    return [line for line in doc.text.split("\n") if line]


# --- Finding the response among the chrome ----------------------------------------------

CHROME_PAGE = """
<a href="#main" class="govuk-skip-link">Skip to main content</a>
<div id="global-cookie-message" class="cookieBanner"><p>We use some essential cookies.</p>
  <button>Accept</button><a href="/cookies">View cookies</a></div>
<header class="site-header"><a href="/">Castlemere Council</a>
  <form action="/search"><input name="q"><button>Search</button></form></header>
<nav aria-label="Main"><ul><li><a href="/bins">Bins and recycling</a></li>
  <li><a href="/tax">Council tax</a></li></ul></nav>
<main id="main">
  <nav class="breadcrumb"><a href="/">Home</a> &gt; <a href="/foi">FOI</a></nav>
  <div class="breadcrumbs">Home / FOI / Disclosure log</div>
  <h1>Joint funding of care packages</h1>
  <p>Q4 How many care packages? 1,588 as at 31 March 2025.</p>
  <script>track("page");</script>
  <p hidden>Draft answer: 1,500</p>
  <p style="display: none">Old answer</p>
  <div class="share-this"><a href="https://x.example">Share on X</a></div>
  <section class="page-feedback"><h2>Was this page helpful?</h2>
    <button>Yes</button><button>No</button></section>
</main>
<aside><h2>Related content</h2><a href="/foi/other">Another request</a></aside>
<footer><p>&copy; Castlemere Council, Town Hall</p></footer>
"""


def test_only_the_response_is_read_from_a_page_full_of_chrome(tmp_path):
    doc = read(tmp_path, CHROME_PAGE)
    assert lines(doc) == ["Joint funding of care packages",
                          "Q4 How many care packages? 1,588 as at 31 March 2025."]
    assert doc.format == "html"


def test_without_landmarks_the_container_holding_the_text_is_chosen(tmp_path):
    body = """
<div id="wrapper">
  <div id="logo">Castlemere Council</div>
  <div class="left-col"><ul><li><a href="/a">Adult care</a></li><li><a href="/b">Children</a></li>
    <li><a href="/c">Housing</a></li></ul></div>
  <div id="content-area">
    <h2>Response</h2>
    <p>1. Our Director of Adult Social Services is Dr Helena Marchetti-Shaw, who leads the
       adult social care directorate.</p>
    <p>2. The cabinet member for adult social care is Councillor Owen Pritchard-Lowe.</p>
    <p>3. Our case management system is Liquidlogic LAS, supplied by System C, and it is
       used alongside ContrOCC for payments to care providers.</p>
  </div>
</div>"""
    doc = read(tmp_path, body)
    assert lines(doc)[0] == "Response"
    assert "Castlemere Council" not in doc.text and "Housing" not in doc.text
    assert lines(doc)[3].startswith("3. Our case management system is Liquidlogic LAS")


def test_a_main_element_holding_only_the_title_is_not_trusted(tmp_path):
    body = """<main><h1>FOI 0412</h1></main>
<div id="body-text"><p>Q4 How many care packages does the council fund each week? 1,588.</p>
<p>Q6 How many of these are jointly funded with the ICB? 112 packages are jointly funded.</p>
</div>"""
    assert lines(read(tmp_path, body)) == [
        "Q4 How many care packages does the council fund each week? 1,588.",
        "Q6 How many of these are jointly funded with the ICB? 112 packages are jointly funded."]


def test_a_page_wrapped_in_one_form_is_not_thrown_away(tmp_path):
    body = """<form id="aspnetForm" method="post">
  <div class="sidebar"><a href="/x">Home</a></div>
  <div id="content"><p>Q6 How many are jointly funded? 112</p>
  <p>Q7 What is the ICB's annual cost? &pound;2,184,600.00</p></div></form>"""
    assert lines(read(tmp_path, body)) == ["Q6 How many are jointly funded? 112",
                                          "Q7 What is the ICB's annual cost? \u00a32,184,600.00"]


def test_an_articles_own_header_and_footer_are_content(tmp_path):
    body = """<header><a href="/">Site</a></header>
<article><header><h1>FOI 0412</h1><p>Date of response: 14 May 2025</p></header>
<p>Q10 Yes.</p><footer><p>Published 20 May 2025</p></footer></article>
<footer>Site footer</footer>"""
    assert lines(read(tmp_path, body)) == ["FOI 0412", "Date of response: 14 May 2025",
                                          "Q10 Yes.", "Published 20 May 2025"]


def test_lists_of_links_are_dropped_but_answers_with_links_are_kept(tmp_path):
    body = """<main><p>Q11 A copy is published: <a href="/p.pdf">joint funding protocol</a>.</p>
<h3>Related pages</h3><ul><li><a href="/1">Adult care</a></li><li><a href="/2">Carers</a></li>
<li><a href="/3">Direct payments</a></li></ul></main>"""
    assert lines(read(tmp_path, body)) == [
        "Q11 A copy is published: joint funding protocol.", "Related pages"]


def test_a_page_with_nothing_but_chrome_is_an_error(tmp_path):
    path = make_html(tmp_path / "Disclosure 0412.html",
                     "<nav><a href='/'>Home</a></nav><script>load()</script>")
    with pytest.raises(IngestError) as info:
        ingest(path)
    assert "Disclosure 0412.html: has no readable text" in str(info.value)
    assert "JavaScript" in info.value.hint


# --- Text: whitespace, line breaks, entities ------------------------------------------------


def test_whitespace_collapses_like_a_browser_and_br_breaks_lines(tmp_path):
    body = """<main><p>Q5   Annual
    cost:<br>Gross &pound;48,906,215.77&nbsp;(2022/23) &amp; net <b>&pound;41.2m</b>&#8211;see
    note</p><pre>Col A   Col B
1       2</pre></main>"""
    assert lines(read(tmp_path, body)) == [
        "Q5 Annual cost:", "Gross \u00a348,906,215.77 (2022/23) & net \u00a341.2m\u2013see note",
        "Col A   Col B", "1       2"]


def test_text_between_blocks_is_a_paragraph_of_its_own(tmp_path):
    doc = read(tmp_path, "<main><div>Our reply<p>Q1 Yes</p>follows here</div></main>")
    assert lines(doc) == ["Our reply", "Q1 Yes", "follows here"]
    assert [doc.locator_at(doc.text.index(w)) for w in ("Our", "Q1", "follows")] == [
        "paragraph 1", "paragraph 2", "paragraph 3"]


def test_struck_out_text_is_left_out(tmp_path):
    assert lines(read(tmp_path, "<main><p>Q4 <del>1,500</del><ins>1,588</ins></p></main>")) == [
        "Q4 1,588"]


# --- Lists -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "html, expected",
    [
        pytest.param("<ol><li>a</li><li>b</li></ol>", ["1. a", "2. b"], id="plain"),
        pytest.param('<ol start="5"><li>a</li><li>b</li></ol>', ["5. a", "6. b"], id="start"),
        pytest.param('<ol type="a"><li>a</li><li>b</li></ol>', ["a. a", "b. b"], id="letters"),
        pytest.param('<ol type="I" start="3"><li>a</li></ol>', ["III. a"], id="roman_start"),
        pytest.param('<ol reversed><li>a</li><li>b</li><li>c</li></ol>', ["3. a", "2. b", "1. c"],
                     id="reversed"),
        pytest.param('<ol><li>a</li><li value="7">b</li><li>c</li></ol>', ["1. a", "7. b", "8. c"],
                     id="li_value"),
        pytest.param('<ol style="list-style-type: lower-roman"><li>a</li><li>b</li></ol>',
                     ["i. a", "ii. b"], id="css_roman"),
        pytest.param('<ol style="list-style: none"><li>a</li></ol>', ["a"], id="css_none"),
        pytest.param("<ul><li>Education</li><li>Housing</li></ul>", ["- Education", "- Housing"],
                     id="bullets"),
        pytest.param("<ol><li>Q2 Partners?<ul><li>Education</li></ul></li><li>Q3</li></ol>",
                     ["1. Q2 Partners?", "- Education", "2. Q3"], id="nested"),
        pytest.param("<ol><li><p>Q1 Framework?</p><p>No.</p></li></ol>",
                     ["1. Q1 Framework?", "No."], id="paragraphs_in_item"),
    ],
)
def test_list_items_carry_the_marker_the_browser_draws(tmp_path, html, expected):
    assert lines(read(tmp_path, f"<main>{html}</main>")) == expected


def test_lists_restarting_at_one_in_every_block_keep_their_numbers(tmp_path):
    body = "<main><h2>Request</h2><ol><li>Cost?</li><li>Count?</li></ol>" \
           "<h2>Response</h2><ol><li>&pound;1.6m</li><li>112</li></ol></main>"
    doc = read(tmp_path, body)
    assert lines(doc) == ["Request", "1. Cost?", "2. Count?", "Response", "1. \u00a31.6m", "2. 112"]
    assert doc.locator_at(doc.text.index("112")) == "list 2 item 2"
    assert doc.locator_at(doc.text.index("Response")) == "heading 2"


def test_definition_lists_read_term_colon_definition(tmp_path):
    body = """<main><dl><dt>Reference</dt><dd>HBC/FOI/25/0412</dd>
<dt>Date responded:</dt><dd>14 May 2025</dd><dt>Service</dt><dt>Keywords</dt>
<dd>care</dd><dd>NHS</dd></dl></main>"""
    doc = read(tmp_path, body)
    assert lines(doc) == ["Reference: HBC/FOI/25/0412", "Date responded: 14 May 2025",
                          "Service", "Keywords: care", "NHS"]
    assert doc.locator_at(doc.text.index("14 May")) == "definition list 1 item 2"


# --- Tables --------------------------------------------------------------------------------


def test_table_rows_are_pipe_joined_lines_with_cell_locators(tmp_path):
    body = """<main><p>Our answers:</p><table><caption>Table 1</caption>
<thead><tr><th>No.</th><th>Question</th><th>Response</th></tr></thead>
<tbody><tr><td>4</td><td>Care packages</td><td><p class="MsoNormal">1,588</p></td></tr>
<tr><td></td><td></td><td></td></tr>
<tr><td>5</td><td>Annual cost</td><td>Gross<br>&pound;48.9m</td></tr></tbody></table>
<p>End.</p></main>"""
    doc = read(tmp_path, body)
    assert doc.text.split("\n")[1:7] == [
        "Table 1", "No. | Question | Response", "4 | Care packages | 1,588",
        "5 | Annual cost | Gross \u00a348.9m", "", "End."]
    assert doc.locator_at(doc.text.index("Gross")) == "table 1 row 4 cell 3"


def test_spanned_cells_leave_empty_cells_so_columns_line_up(tmp_path):
    body = """<main><table>
<tr><td rowspan="2">Q5</td><td>Gross</td><td>&pound;48.9m</td></tr>
<tr><td>Net</td><td>&pound;41.2m</td></tr>
<tr><td colspan="2">Total</td><td>&pound;90.1m</td></tr></table></main>"""
    assert lines(read(tmp_path, body)) == [
        "Q5 | Gross | \u00a348.9m", " | Net | \u00a341.2m", "Total |  | \u00a390.1m"]


def test_nested_table_is_flattened_into_its_cell_row_by_row(tmp_path):
    body = """<main><table><tr><td>Q5 Split</td><td>As follows:
<table><tr><td>Health</td><td>46%</td></tr><tr><td>Education</td><td>54%</td></tr></table>
</td></tr></table></main>"""
    assert lines(read(tmp_path, body)) == ["Q5 Split | As follows: Health 46%; Education 54%"]


def test_layout_tables_read_as_paragraphs(tmp_path):
    body = """<table role="presentation"><tr><td><h1>FOI 0412</h1><p>Q1 Yes</p></td>
<td><p>Q2 No</p></td></tr></table>"""
    assert lines(read(tmp_path, body)) == ["FOI 0412", "Q1 Yes", "Q2 No"]


# --- Encodings -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "charset, encoding, warned",
    [
        pytest.param("utf-8", "utf-8", False, id="utf8"),
        pytest.param("windows-1252", "cp1252", False, id="declared_1252"),
        pytest.param("ISO-8859-1", "cp1252", False, id="latin1_read_as_1252"),
        pytest.param(None, "utf-8", False, id="undeclared_utf8"),
        pytest.param(None, "cp1252", True, id="undeclared_1252"),
        pytest.param("utf-8", "cp1252", True, id="declared_utf8_but_1252"),
        pytest.param(None, "utf-8-sig", False, id="utf8_bom"),
        pytest.param("utf-16", "utf-16", False, id="utf16_bom"),
    ],
)
def test_pound_signs_and_quotes_survive_every_encoding(tmp_path, charset, encoding, warned):
    doc = read(tmp_path, "<main><p>\u201cGross\u201d cost \u00a348.9m \u2013 2022/23</p></main>",
               charset=charset, encoding=encoding)
    assert lines(doc) == ["\u201cGross\u201d cost \u00a348.9m \u2013 2022/23"]
    assert bool(doc.warnings) is warned


def test_http_equiv_and_xml_declarations_are_honoured(tmp_path):
    page = ('<?xml version="1.0" encoding="windows-1252"?>\n<html><head>'
            '<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">'
            '</head><body><p>Cost \u00a3450k</p></body></html>')
    path = tmp_path / "old.htm"
    path.write_bytes(page.encode("cp1252"))
    doc = ingest(path)
    assert lines(doc) == ["Cost \u00a3450k"] and not doc.warnings


# --- The project's example --------------------------------------------------------------------


def test_the_southend_disclosure_log_example(tmp_path):
    path = ROOT / "data" / "raw" / "southend_asc_disclosure_log.html"
    doc = ingest(path)
    check_document(doc)
    assert doc.doc_id == hashlib.sha256(path.read_bytes()).hexdigest()
    assert lines(doc)[1:3] == ["Reference: FOI/SCC/26/0571", "Date received: 24 March 2026"]
    assert "4. 2,104 (as at 2 March 2026)." in lines(doc)
    assert doc.locator_at(doc.text.index("2,104")) == "list 2 item 4"
    assert "Home > Council" not in doc.text and "Civic Centre" not in doc.text


def test_a_definition_list_of_questions_keeps_each_question_on_its_own_line(tmp_path):
    page = tmp_path / "log.html"
    page.write_text("<html><body><main><dl><dt>Date responded</dt><dd>3 May 2024</dd>"
                    "<dt>How many joint funded packages were in place?</dt><dd>96 packages.</dd></dl>"
                    "</main></body></html>", encoding="utf-8")
    text = ingest(page).text
    assert "Date responded: 3 May 2024" in text
    assert "How many joint funded packages were in place?\n96 packages." in text


def test_the_page_title_is_kept_beside_the_text_not_in_it(tmp_path):
    from pipeline.ingest import ingest

    page = tmp_path / "p.html"
    page.write_text("<html><head><title>FOI &amp; EIR 12 |\n Anytown Council</title></head>"
                    "<body><main><p>1. How many branches? 12.</p></main></body></html>", encoding="utf-8")
    doc = ingest(page)
    assert doc.title == "FOI & EIR 12 | Anytown Council"
    assert "Anytown" not in doc.text
