"""OCR for PDF pages without a usable text layer, with the Tesseract command-line tool.

Scanned replies (a signed letter put through the office copier) have pages that are one
picture each. Such a page is rendered at `OCR_RESOLUTION` dpi with pypdfium2 (through
pdfplumber) and read by `tesseract`, run as a subprocess with a timeout: no Python
binding to install, and a page that hangs Tesseract costs one warning, not the run.

Before OCR the picture is straightened and made black on white (`scan_image`): a page
fed into the scanner askew otherwise reads as sloping lines split or run together.

Tesseract's TSV output gives every word with its box and its confidence, so OCR'd lines
carry positions like the text layer's lines (running headers and footers are found on
scans too), and each word says how sure Tesseract was of it.

Tesseract is a system package, not a Python one; `tesseract_binary` says whether it is
there, and `INSTALL_HINT` says how to get it.
"""
from __future__ import annotations

import csv
import io
import os
import shutil
import subprocess

from pipeline.errors import IngestError
from pipeline.ingest.pdf_layout import TextLine, Word
from pipeline.ingest.scan_image import clean_scan

TESSERACT = "tesseract"
OCR_LANGUAGE = "eng"
OCR_RESOLUTION = 300  # dpi: Tesseract's accuracy drops quickly below 300 on 10 pt text
OCR_TIMEOUT_SECONDS = 120
POINTS_PER_INCH = 72

INSTALL_HINT = ("install Tesseract OCR (`apt-get install tesseract-ocr` on Debian or "
                "Ubuntu, `brew install tesseract` on macOS) and extract again")


class OcrError(IngestError):
    """Tesseract could not read one page."""


def tesseract_binary() -> str | None:
    """The path of the `tesseract` program, or None when it is not installed."""
    return shutil.which(TESSERACT)


def ocr_page(page, binary: str) -> list[TextLine]:
    """The lines Tesseract reads on a pdfplumber `page`, in points like the text layer.

    Raises `OcrError` when Tesseract fails or runs past `OCR_TIMEOUT_SECONDS`.
    """
    return parse_tsv(run_tesseract(render_page(page), binary),
                     scale=POINTS_PER_INCH / OCR_RESOLUTION)


def render_page(page) -> bytes:
    """The page as a PNG at `OCR_RESOLUTION` dpi, straightened and black on white
    (`scan_image.clean_scan`: about 0.3 s a page, a tenth of Tesseract's time)."""
    image, _ = clean_scan(page.to_image(resolution=OCR_RESOLUTION).original)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def run_tesseract(png: bytes, binary: str) -> str:
    """Tesseract's TSV for one page image given as PNG bytes.

    OMP_THREAD_LIMIT=1 keeps Tesseract on one core: pages are OCR'd one at a time inside a
    run that may already use every core (`foi extract --jobs`), and Tesseract's own
    threads then only slow everything down.
    """
    command = [binary, "stdin", "stdout", "-l", OCR_LANGUAGE, "--dpi", str(OCR_RESOLUTION),
               "tsv"]
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    try:
        done = subprocess.run(command, input=png, capture_output=True, env=env,
                              timeout=OCR_TIMEOUT_SECONDS, check=False)
    except subprocess.TimeoutExpired as exc:
        raise OcrError(f"Tesseract took more than {OCR_TIMEOUT_SECONDS} s on one page",
                       hint="check the page by eye") from exc
    except OSError as exc:
        raise OcrError(f"Tesseract could not be started ({exc})", hint=INSTALL_HINT) from exc
    if done.returncode != 0:
        message = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise OcrError(f"Tesseract failed ({message[-1] if message else done.returncode})",
                       hint=f"check that the '{OCR_LANGUAGE}' language data is installed")
    return done.stdout.decode("utf-8", "replace")


def parse_tsv(tsv: str, scale: float) -> list[TextLine]:
    """Tesseract TSV rows into lines of words, in Tesseract's reading order.

    Word rows (level 5) are grouped by their (block, paragraph, line) numbers; pixel
    boxes are multiplied by `scale` to give points. Each word keeps Tesseract's
    confidence (the `conf` column, 0-100), so a figure read from a smudged word can be
    told from one read cleanly.

    >>> tsv = ("level\\tpage_num\\tblock_num\\tpar_num\\tline_num\\tword_num\\tleft\\ttop\\t"
    ...        "width\\theight\\tconf\\ttext\\n"
    ...        "5\\t1\\t1\\t1\\t1\\t1\\t300\\t300\\t100\\t40\\t96\\tQ4\\n"
    ...        "5\\t1\\t1\\t1\\t1\\t2\\t420\\t300\\t200\\t40\\t95\\t2,146\\n")
    >>> [line.text for line in parse_tsv(tsv, scale=0.24)]
    ['Q4 2,146']
    """
    lines: dict[tuple[str, str, str], list[Word]] = {}
    for row in csv.DictReader(io.StringIO(tsv), delimiter="\t", quoting=csv.QUOTE_NONE):
        text = (row.get("text") or "").strip()
        if row.get("level") != "5" or not text:
            continue
        left, top = float(row["left"]) * scale, float(row["top"]) * scale
        right = left + float(row["width"]) * scale
        bottom = top + float(row["height"]) * scale
        key = (row["block_num"], row["par_num"], row["line_num"])
        lines.setdefault(key, []).append(
            Word(text, left, right, top, bottom, confidence=word_confidence(row.get("conf"))))
    return [TextLine(tuple(words)) for words in lines.values()]


def word_confidence(conf: str | None) -> float | None:
    """Tesseract's confidence in a word, or None when it gives none ("-1", missing).

    >>> word_confidence("96.541504"), word_confidence("-1")
    (96.5, None)
    """
    try:
        value = float(conf or "")
    except ValueError:
        return None
    return round(value, 1) if value >= 0 else None
