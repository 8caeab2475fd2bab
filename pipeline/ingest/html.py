"""Read web pages: council disclosure-log entries saved from a browser, HTML e-mail bodies.

A saved page is mostly not the response: navigation, breadcrumbs, cookie banners, search
boxes, "Was this page helpful?" widgets, related links, the site footer. We find the
response in three steps, each a small function:

1. `decode_html`: the bytes become text using the byte-order mark, then the charset the
   page declares (`<meta charset>`, `http-equiv`, an XML declaration), then UTF-8, then
   Windows-1252 (with a warning, as for plain text).
2. `strip_chrome`: scripts, styles, forms, `<nav>`, `<aside>`, hidden elements, the
   page's own `<header>`/`<footer>` (not an article's), and elements whose id, class or
   role says cookie, banner, breadcrumb, menu, footer, skip link, feedback or sharing are
   removed. `content_root` then prefers `<main>`, `role=main` or `<article>`, and failing
   those descends from `<body>` into the child holding nearly all its non-link text.
3. `htmlrender.render_html`: headings, paragraphs, lists numbered as the browser shows
   them, definition lists as "Term: definition", and tables as " | " rows.

The vocabulary of page chrome (NOISE_TOKENS and friends) is about HTML, not about FOI
responses, so it lives here rather than in rules/.
"""
from __future__ import annotations

import codecs
import re
from pathlib import Path

import lxml.html
from lxml import etree

from pipeline.errors import IngestError
from pipeline.ingest.sniff import utf16_without_bom
from pipeline.ingest.htmlrender import BLOCK_TAGS, SKIPPED, render_html
from pipeline.ingest.layout import TextBuilder
from pipeline.ingest.text import FALLBACK_ENCODING, decode_text, document_id
from pipeline.model import Document, Page

# Never part of a response, wherever they are.
HARD_NOISE_TAGS = frozenset({
    "script", "style", "noscript", "template", "head", "title", "meta", "link", "nav",
    "aside", "button", "select", "input", "textarea", "option", "iframe", "svg", "canvas",
    "object", "embed", "map", "dialog", "img", "picture", "video", "audio",
})
# Usually page chrome, but some sites wrap the whole page in one (ASP.NET's <form>), so
# these go only when they hold a minority of the text (see NOISE_MAX_SHARE).
SOFT_NOISE_TAGS = frozenset({"form"})
# A page's own header and footer; inside <article> or <main> they belong to the content.
PAGE_CHROME_TAGS = frozenset({"header", "footer"})
NOISE_ROLES = frozenset({
    "navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar",
    "toolbar", "dialog", "alertdialog", "alert",
})
# Words of id/class names (split at "-", "_", spaces and camelCase) that mark chrome.
NOISE_TOKENS = frozenset({
    "cookie", "cookies", "consent", "gdpr", "banner", "breadcrumb", "breadcrumbs", "nav",
    "navbar", "navigation", "menu", "menubar", "megamenu", "footer", "skip", "skiplink",
    "feedback", "share", "sharing", "sharethis", "social", "related", "sidebar",
    "pagination", "helpful", "rating", "survey", "masthead", "toolbar", "print", "search",
})
# ... also as the end of one long word ("sitefooter", "mainnav", "cookiebanner").
NOISE_SUFFIXES = ("footer", "nav", "menu", "banner", "breadcrumb", "breadcrumbs", "cookies")
# Header-ish names, noise only outside the content (an article's "entry-header" is not).
CHROME_TOKENS = frozenset({"header", "masthead", "topbar"})
NOISE_MAX_SHARE = 0.5  # a "noise" element holding more of the text than this is kept
CONTENT_SHARE = 0.85  # descend into a child holding at least this share of the text
LANDMARK_MIN_SHARE = 0.3  # a <main> or <article> must hold this share of the page's text
LINK_LIST_MIN_ITEMS = 3  # a list of this many items that are all links is navigation

_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""",
                           re.IGNORECASE)
_XML_DECLARATION = re.compile(r"""^\s*<\?xml[^>]*\?>""")
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""")
# Browsers read a page labelled Latin-1 or ASCII as Windows-1252, which is where "£" and
# curly quotes in such pages really come from, and a page labelled UTF-16 that has no
# byte-order mark as UTF-8 (the WHATWG Encoding standard); we read them the same way.
_BROWSER_CODECS = {"latin_1": "cp1252", "iso8859_1": "cp1252", "ascii": "cp1252",
                   "utf_16": "utf_8", "utf_16_le": "utf_8", "utf_16_be": "utf_8"}
# libxml2 stops at 256 levels unless told the tree may be huge: deeper text would be lost.
_PARSER = lxml.html.HTMLParser(huge_tree=True)
_NOT_READ = SKIPPED | {"script", "style", "noscript", "template", "head"}
# libxml2's own ceiling even for a huge tree; past it the wrapper tags are taken out first
_LIBXML_DEPTH = re.compile(r"Excessive depth")
_WRAPPER_TAGS = re.compile(r"</?(?:div|span|font|section|article|main|center|b|i|u|em|strong)\b[^>]*>",
                           re.IGNORECASE)
MAX_DEPTH = 200  # deeper elements are unwrapped before the (recursive) renderer walks them
_CODEC_LABELS = {"cp1252": "Windows-1252", "latin-1": "Latin-1", "utf-8-sig": "UTF-8"}


# --- Decoding ----------------------------------------------------------------------------


def declared_charset(data: bytes) -> str | None:
    """The codec a page declares in its first few kilobytes, as Python names it, or None.

    >>> declared_charset(b'<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">')
    'cp1252'
    """
    head = data[:4096]
    match = _XML_ENCODING.match(head) or _META_CHARSET.search(head)
    if not match:
        return None
    try:
        name = codecs.lookup(match.group(1).decode("ascii")).name
    except LookupError:
        return None
    name = name.replace("-", "_")
    return _BROWSER_CODECS.get(name, name)


def decode_html(data: bytes) -> tuple[str, list[str]]:
    """The page's text and any warning about how it was decoded.

    A byte-order mark wins, then the declared charset, then UTF-8, then Windows-1252.
    A page that declares UTF-8 but holds Windows-1252 bytes (a page edited in an old tool)
    is decoded as Windows-1252 with a warning rather than refused.
    """
    for bom, codec in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                       (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return data.decode(codec), []
    bomless = utf16_without_bom(data)
    if bomless:  # a page saved as "Unicode" without a mark: it would read as NULs
        return data[: len(data) // 2 * 2].decode(bomless), []
    declared = declared_charset(data)
    if declared:
        try:
            return data.decode(declared), []
        except UnicodeDecodeError:
            text, codec = decode_text(data)
            label = _CODEC_LABELS.get(codec, codec)
            return text, [f"the page declares charset {declared.replace('_', '-')} but is "
                          f"not; decoded as {label} (check that '£' reads correctly)"]
    text, codec = decode_text(data)
    if codec == FALLBACK_ENCODING or codec == "latin-1":
        return text, [f"the page declares no charset and is not UTF-8; decoded as "
                      f"{_CODEC_LABELS[codec]} (check that '£' reads correctly)"]
    return text, []


def parse_html(path: Path, text: str):
    """The page's `<html>` element; a page lxml cannot parse is an `IngestError`."""
    if "\x00" in text:
        raise IngestError(
            "contains NUL bytes, so it is not an HTML page (UTF-16 without a byte-order "
            "mark?)", path=str(path),
            hint="open it in a browser and save it again as 'Web page, HTML only'")
    try:
        text = _XML_DECLARATION.sub("", text, count=1)
        root = lxml.html.document_fromstring(text, parser=_PARSER)
        if any(_LIBXML_DEPTH.search(str(e)) for e in _PARSER.error_log):
            # nested past 2048: every wrapper tag becomes a line break, the text is kept
            root = lxml.html.document_fromstring(_WRAPPER_TAGS.sub("<br>", text), parser=_PARSER)
            if any(_LIBXML_DEPTH.search(str(e)) for e in _PARSER.error_log):
                raise IngestError(
                    "is nested more than 2048 elements deep, and its text cannot be read",
                    path=str(path), hint="open it in a browser and print it to PDF")
    except (etree.ParserError, ValueError) as exc:
        raise IngestError(
            f"could not be parsed as HTML ({exc})", path=str(path),
            hint="open it in a browser and save it again, or print it to PDF") from exc
    flatten_deep(root)
    return root


def flatten_deep(root, max_depth: int = MAX_DEPTH) -> None:
    """Flatten what is nested deeper than `max_depth`, keeping its text in order.

    Page builders nest `<div>`s hundreds deep; the renderer walks the tree recursively, so
    an element at `max_depth` keeps its text, and its descendants' text, as runs separated
    by line breaks where a block element began or ended (a deep table or list is read as
    lines of text).
    """
    stack = [(root, 0)]
    while stack:
        element, depth = stack.pop()
        if depth >= max_depth and len(element):
            _flatten(element)
            continue
        stack.extend((child, depth + 1) for child in element)


def _flatten(element) -> None:
    runs, skipping = [element.text or ""], 0
    for event, node in etree.iterwalk(element, events=("start", "end")):
        if node is element:
            continue
        tag = node.tag if isinstance(node.tag, str) else ""
        breaks = tag in BLOCK_TAGS or tag == "br"
        if event == "start":
            if tag in _NOT_READ or not tag:
                skipping += 1
            elif not skipping:
                if breaks:
                    runs.append("")
                runs[-1] += node.text or ""
            continue
        if tag in _NOT_READ or not tag:
            skipping -= 1
        elif not skipping and breaks:
            runs.append("")
        if not skipping:
            runs[-1] += node.tail or ""
    tail = element.tail
    for child in list(element):
        element.remove(child)
    element.tail = tail
    element.text = runs[0]
    for run in runs[1:]:
        etree.SubElement(element, "br").tail = run


# --- Finding the response ------------------------------------------------------------------


def class_tokens(element) -> set[str]:
    """The lower-case words of an element's id and class attributes.

    >>> sorted(class_tokens(lxml.html.fragment_fromstring('<div id="mainNav" class="govuk-cookie_banner">')))
    ['banner', 'cookie', 'govuk', 'main', 'nav']
    """
    raw = f"{element.get('id', '')} {element.get('class', '')}"
    return {word.lower() for word in re.split(r"[^A-Za-z0-9]+", _CAMEL.sub(" ", raw)) if word}


def is_hidden(element) -> bool:
    return (element.get("hidden") is not None or element.get("aria-hidden") == "true"
            or bool(_HIDDEN_STYLE.search(element.get("style", ""))))


def is_named_noise(element, in_content: bool) -> bool:
    """True when the element's id, class or role says it is page chrome."""
    if (element.get("role") or "").lower() in NOISE_ROLES:
        return True
    tokens = class_tokens(element)
    if tokens & NOISE_TOKENS or any(t.endswith(NOISE_SUFFIXES) for t in tokens):
        return True
    return not in_content and bool(tokens & CHROME_TOKENS)


def inside_content(element) -> bool:
    """True inside `<article>` or `<main>`, where a `<header>` is the article's own."""
    return any(a.tag in ("article", "main") or a.get("role") == "main"
               for a in element.iterancestors())


def text_length(element) -> int:
    """How much readable text an element holds, not counting the text of links."""
    links = sum(len(a.text_content()) for a in element.iter("a"))
    return max(0, len(element.text_content().strip()) - links)


def strip_hard_noise(root) -> None:
    """Remove comments, scripts, navigation and hidden elements: never content."""
    for node in list(root.iter()):
        if not isinstance(node.tag, str):
            node.drop_tree()
        elif node.tag in HARD_NOISE_TAGS or is_hidden(node):
            node.drop_tree()


def strip_chrome(root) -> None:
    """Remove elements named or placed like page chrome that hold a minority of the text.

    The share test keeps a page whose outermost wrapper happens to be called
    "page-with-sidebar", or is an ASP.NET `<form>`, from being thrown away whole.
    """
    total = text_length(root) or 1
    for node in list(root.iter()):
        if node is root or node.getparent() is None or not isinstance(node.tag, str):
            continue  # the root, a comment, or an element dropped just before
        in_content = inside_content(node)
        chrome = (node.tag in SOFT_NOISE_TAGS or is_named_noise(node, in_content)
                  or (node.tag in PAGE_CHROME_TAGS and not in_content))
        if (chrome and node.tag not in ("main", "article")
                and not node.xpath("boolean(.//main | .//article)")
                and text_length(node) <= NOISE_MAX_SHARE * total):
            node.drop_tree()


def strip_link_lists(root) -> None:
    """Remove lists whose every item is only a link: "Related pages", "In this section"."""
    for lst in list(root.iter("ul", "ol", "menu")):
        items = lst.findall("li")
        if len(items) >= LINK_LIST_MIN_ITEMS and all(
                item.find(".//a") is not None and text_length(item) == 0 for item in items):
            lst.drop_tree()


def content_root(body):
    """The element holding the response: a landmark if the page has one, else the
    innermost element that holds nearly all the text of `<body>`.

    A landmark holding little of the page's text (a template that wraps only the page
    title in `<main>`) is not trusted.
    """
    landmarks = body.xpath(".//main | .//*[@role='main']") or body.xpath(".//article")
    if landmarks:
        best = max(landmarks, key=text_length)
        if text_length(best) >= LANDMARK_MIN_SHARE * text_length(body):
            return best
    node = body
    while True:
        children = [c for c in node if isinstance(c.tag, str)]
        if not children:
            return node
        best = max(children, key=text_length)
        if text_length(best) < CONTENT_SHARE * text_length(node):
            return node
        node = best


def html_to_text(path: Path, text: str, *, page: bool = True) -> TextBuilder:
    """The response in decoded HTML as text with blocks.

    With `page` (a saved web page), chrome is stripped and the content root is chosen.
    An e-mail body (`page=False`) has no chrome, and its quoted request may well be longer
    than the reply above it, so all of it is kept; only scripts and styles go.
    """
    if not text.strip():
        return TextBuilder()  # lxml refuses an empty document; an empty body is no error
    document = parse_html(path, text)
    root = document.find("body")
    if root is None:
        root = document
    strip_hard_noise(root)
    if page:
        root = content_root(root)
        strip_chrome(root)
        strip_link_lists(root)
    return render_html(root)


def ingest_html(path: Path, data: bytes, source_name: str) -> Document:
    """Read a saved web page into a `Document` with one page.

    A disclosure-log page whose `<main>` holds "<h2>Response</h2><ol><li>2,104 (as at 2
    March 2026)</li>..." reads "Response\\n1. 2,104 (as at 2 March 2026)\\n..."; the
    breadcrumb, cookie banner and footer around it are left out.
    """
    decoded, warnings = decode_html(data)
    out = html_to_text(path, decoded)
    text = out.text()
    title = page_title(decoded)
    if not text.strip():
        raise IngestError(
            "has no readable text once navigation, scripts and page furniture are removed",
            path=str(path),
            hint="check that the page was saved after it finished loading (some sites "
                 "load the response with JavaScript); if so, print it to PDF instead")
    return Document(
        doc_id=document_id(data),
        source_file=source_name,
        format="html",
        text=text,
        pages=(Page(1, 0, len(text)),),
        blocks=tuple(out.blocks),
        warnings=tuple(warnings),
        title=title,
    )


_TITLE = re.compile(r"<title[^>]*>(.*?)</title\s*>", re.IGNORECASE | re.DOTALL)
TITLE_MAX_CHARS = 300


def page_title(decoded: str) -> str:
    """The page's `<title>`, as one line of plain text ("" when it has none)."""
    m = _TITLE.search(decoded, 0, 200_000)
    if not m:
        return ""
    try:
        plain = lxml.html.fromstring(f"<p>{m.group(1)}</p>").text_content() if m.group(1).strip() else ""
    except (etree.ParserError, ValueError):  # a title lxml cannot read is no title
        return ""
    return " ".join(plain.split())[:TITLE_MAX_CHARS]
