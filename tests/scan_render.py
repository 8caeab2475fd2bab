"""Render a plain-text reply as a scanned letter: pictures of A4 pages, a little askew, on
grey paper, saved as an image-only PDF with no text layer.

Shared by the OCR tests (`tests/test_ocr.py`) and the scan benchmark
(`bench/bench_scans.py`), so both read the same kind of scan. Independent of the pipeline:
only Pillow.

    make_scan_pdf(Path("reply.pdf"), "Q1 How many ...?\\nThere were 2,146.", angle=1.5)
"""
from __future__ import annotations

from pathlib import Path
from typing import Sequence

from PIL import Image, ImageDraw, ImageFont

A4_INCHES = (8.27, 11.69)
FONT_FILES = ("/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
              "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
              "/Library/Fonts/Arial.ttf", "C:/Windows/Fonts/arial.ttf")
PAPER, INK = 236, 35  # a photocopy: grey paper, not quite black toner


def load_font(size_px: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    """A sans-serif TrueType font at `size_px`, or Pillow's own when none is installed."""
    for name in FONT_FILES:
        if Path(name).exists():
            return ImageFont.truetype(name, size_px)
    return ImageFont.load_default(size=size_px)


def wrap(line: str, font, width: float) -> list[str]:
    """`line` broken at spaces into pieces no wider than `width` pixels."""
    pieces, current = [], ""
    for word in line.split(" "):
        candidate = f"{current} {word}" if current else word
        if current and font.getlength(candidate) > width:
            pieces.append(current)
            current = word
        else:
            current = candidate
    return pieces + [current]


def render_pages(text: str, *, dpi: int = 300, font_pt: float = 11,
                 margin_in: float = 1.0) -> list[Image.Image]:
    """`text` typeset on A4 pages (greyscale, level), one line per line of `text`, long
    lines wrapped, a blank line as a gap."""
    width, height = (round(inches * dpi) for inches in A4_INCHES)
    margin = round(margin_in * dpi)
    font = load_font(round(font_pt * dpi / 72))
    step = round(font_pt * 1.45 * dpi / 72)
    lines = [piece for line in text.splitlines()
             for piece in (wrap(line.strip(), font, width - 2 * margin) if line.strip() else [""])]
    pages: list[Image.Image] = []
    y = height  # start a page on the first line
    for line in lines:
        if y + step > height - margin:
            pages.append(Image.new("L", (width, height), PAPER))
            draw, y = ImageDraw.Draw(pages[-1]), margin
            if not line:
                continue
        if line:
            draw.text((margin, y), line, fill=INK, font=font)
        y += step
    return pages or [Image.new("L", (width, height), PAPER)]


def tilt(page: Image.Image, angle: float) -> Image.Image:
    """`page` turned `angle` degrees anticlockwise, as a sheet fed askew into a scanner."""
    return page.rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=PAPER)


def save_pdf(pages: Sequence[Image.Image], path: Path, dpi: int = 300) -> Path:
    """The pages as an image-only PDF (JPEG pictures, as scanners write them)."""
    path = Path(path)
    pages[0].save(path, "PDF", resolution=dpi, save_all=True, append_images=list(pages[1:]))
    return path


def make_scan_pdf(path: Path, text: str, *, angle: float = 1.5, dpi: int = 300) -> Path:
    """`text` as a scanned letter at `dpi`, every page tilted by `angle` degrees."""
    return save_pdf([tilt(page, angle) for page in render_pages(text, dpi=dpi)], path, dpi)
