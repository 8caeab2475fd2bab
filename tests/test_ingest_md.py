"""Markdown responses (.md) read as the text a reader of the rendered page sees
(pipeline/ingest/md.py). The documents are written for the tests."""
from __future__ import annotations

import pytest
from builders import make_text

from pipeline.errors import IngestError
from pipeline.ingest import ingest
from pipeline.ingest.md import inline_text

PAGE = """---
title: FOI 2025/0412
---

# Response to your request

Our ref: **HBC/FOI/25/0412**

Setext heading
==============

## Answers

| No. | Question | Response |
|----:|:---------|----------|
| 1 | How many *care* packages? | 1,588 |
| 2 | Which tool? | The DST \\| a local matrix |
| 3 | Cost? | [£48.9m](https://example.gov.uk/costs) |

* A bullet
+ Another
  - nested
1. Numbered with `code`

> 4. Please provide a copy of the policy.

```
kept  as it is
```
***
Yours sincerely,
"""


def test_a_markdown_page_reads_as_plain_text_with_its_table(tmp_path):
    doc = ingest(make_text(tmp_path / "reply.md", PAGE))
    assert doc.format == "md"
    lines = doc.text.split("\n")
    assert "Response to your request" in lines and "Our ref: HBC/FOI/25/0412" in lines
    assert "Setext heading" in lines and "==============" not in lines
    start = lines.index("No. | Question | Response")
    assert lines[start:start + 5] == ["No. | Question | Response",
                                      "1 | How many care packages? | 1,588",
                                      "2 | Which tool? | The DST | a local matrix",
                                      "3 | Cost? | £48.9m", ""]
    assert ["- A bullet", "- Another", "  - nested", "1. Numbered with code"] == \
        lines[start + 5:start + 9]
    assert "> 4. Please provide a copy of the policy." in lines
    assert "kept  as it is" in lines and "```" not in doc.text
    assert lines[-2] == "Yours sincerely,"


def test_lines_are_located_by_their_line_in_the_file(tmp_path):
    doc = ingest(make_text(tmp_path / "reply.md", PAGE))
    assert doc.locator_at(doc.text.index("1,588")) == "line 16"
    assert doc.locator_at(doc.text.index("Our ref")) == "line 7"


@pytest.mark.parametrize("text, plain", [
    pytest.param("**bold** and __strong__", "bold and strong", id="strong"),
    pytest.param("*it* and _it_", "it and it", id="emphasis"),
    pytest.param("not_held and snake_case_words", "not_held and snake_case_words", id="underscores_in_words"),
    pytest.param("2 * 3 * 4", "2 * 3 * 4", id="spaced_asterisks"),
    pytest.param("![council logo](logo.png) Reply", "council logo Reply", id="image"),
    pytest.param("<https://example.gov.uk>", "https://example.gov.uk", id="autolink"),
    pytest.param("£5 &amp; 10% \\*", "£5 & 10% *", id="entities_and_escapes"),
    pytest.param("line<br>break", "line break", id="br"),
    pytest.param("`**not bold**`", "**not bold**", id="code_keeps_marks"),
    pytest.param("~~withdrawn~~ answer", "withdrawn answer", id="strike"),
])
def test_inline_marks_are_taken_away(text, plain):
    assert inline_text(text) == plain


def test_an_empty_markdown_file_is_refused(tmp_path):
    with pytest.raises(IngestError):
        ingest(make_text(tmp_path / "empty.md", "   \n\n"))
