"""Clean a scanned page's picture before OCR: straighten it, then make it black and white.

A letter put through the office copier comes out a degree or two askew, on grey paper.
Tesseract reads a tilted line as a slope of characters: it splits it into two lines, or
joins it with the next, and its word confidences drop. So before OCR:

1. `estimate_skew`: the angle (−5°..5°) at which the page's ink lines up best with the
   rows, by the projection-profile method: at the right angle the ink falls into a few
   full rows (the text lines) and empty ones between them, so the sum of squared row
   counts is largest. The search runs on a copy no larger than `SEARCH_SIZE` pixels, on
   the coordinates of its ink pixels (no image is rotated during the search): first every
   `COARSE_STEP` degrees, then every `FINE_STEP` around the best.
2. `straighten`: the page rotated back by that angle (white fills the corners).
3. `binarise`: black ink on white paper at Otsu's threshold (the grey level that best
   separates the page's two populations of pixels), so a grey background or toner dust
   does not reach Tesseract.

Cost, measured on A4 pages at 300 dpi (2480 × 3508 pixels, 8.7 MB in greyscale) on one
core: about 0.3 s a page in all (skew search 0.03 s, bilinear rotation 0.16 s, threshold
0.07 s, the rest converting the rendered RGB page to grey), next to 2-3 s for Tesseract
itself (`bench/bench_scans.py` prints it). The search costs the same on any page size,
since it runs on a copy of at most `SEARCH_SIZE` pixels a side. Memory stays within a few
copies of the page: the greyscale image, its rotated copy and the 1-bit result (1.1 MB),
plus the search copy and its ink coordinates.
"""
from __future__ import annotations

import numpy as np
from PIL import Image

MAX_SKEW_DEGREES = 5.0  # scanners and copiers rarely tilt a page more; beyond, a page is sideways
COARSE_STEP = 0.5
FINE_STEP = 0.05
SEARCH_SIZE = 1000  # pixels, the longer side of the copy the angle is searched on (~85 dpi on A4)
# Below this a rotation only blurs the glyphs: 0.2° moves the end of a 6-inch line by 6
# pixels at 300 dpi, a seventh of a line of 11 pt text, which Tesseract takes in its stride.
MIN_SKEW_DEGREES = 0.2
MIN_INK_PIXELS = 200  # fewer: a blank or nearly blank page, nothing to line up


def clean_scan(image: Image.Image) -> tuple[Image.Image, float]:
    """A greyscale page straightened and binarised for OCR, and the skew it had (degrees,
    counter-clockwise as seen on screen).

    A page copied 1.5° anticlockwise on grey paper comes back level, black on white, with
    1.5 (give or take a few hundredths).
    """
    image = image.convert("L")
    angle = estimate_skew(image)
    return binarise(straighten(image, angle)), angle


def estimate_skew(image: Image.Image) -> float:
    """The page's skew in degrees counter-clockwise, within ±`MAX_SKEW_DEGREES`; 0.0 for a
    page with too little ink to tell."""
    small = image.convert("L")
    small.thumbnail((SEARCH_SIZE, SEARCH_SIZE), Image.Resampling.BOX)
    pixels = np.asarray(small)
    if pixels.min() == pixels.max():
        return 0.0
    ys, xs = np.nonzero(pixels <= otsu_threshold(pixels))
    if len(ys) < MIN_INK_PIXELS:
        return 0.0
    ys = ys - small.height / 2
    xs = xs - small.width / 2

    def alignment(angle: float) -> float:
        # The row each ink pixel lands in once the page is turned back by `angle`: a line
        # tilted anticlockwise rises to the right, y = -x·tan(angle) with y pointing down.
        theta = np.radians(angle)
        rows = np.rint(ys * np.cos(theta) + xs * np.sin(theta)).astype(np.int64)
        counts = np.bincount(rows - rows.min())
        return float(np.dot(counts, counts))

    coarse = np.arange(-MAX_SKEW_DEGREES, MAX_SKEW_DEGREES + FINE_STEP, COARSE_STEP)
    best = max(coarse, key=alignment)
    fine = np.arange(best - COARSE_STEP, best + COARSE_STEP + FINE_STEP / 2, FINE_STEP)
    fine = fine[np.abs(fine) <= MAX_SKEW_DEGREES]
    return round(float(max(fine, key=alignment)), 2)


def straighten(image: Image.Image, angle: float) -> Image.Image:
    """`image` turned back by `angle` degrees, the same size, corners filled with white;
    unchanged when the skew is too small to matter."""
    if abs(angle) < MIN_SKEW_DEGREES:
        return image
    return image.rotate(-angle, resample=Image.Resampling.BILINEAR, fillcolor=255)


def binarise(image: Image.Image) -> Image.Image:
    """A 1-bit image: black where `image` is at or below Otsu's threshold, white above. A
    page of one grey level has nothing to separate and is returned as it is."""
    pixels = np.asarray(image)
    if pixels.min() == pixels.max():
        return image
    threshold = otsu_threshold(pixels)
    table = [0 if level <= threshold else 255 for level in range(256)]
    return image.point(table).convert("1", dither=Image.Dither.NONE)


def otsu_threshold(pixels: np.ndarray) -> int:
    """The grey level (0-255) that splits `pixels` into ink (at or below it) and paper with
    the largest variance between the two (Otsu, 1979).

    >>> otsu_threshold(np.array([[20, 20, 30], [200, 210, 220]], dtype=np.uint8))
    30
    """
    hist = np.bincount(pixels.ravel(), minlength=256).astype(np.float64)
    levels = np.arange(256, dtype=np.float64)
    weight = np.cumsum(hist)  # pixels at or below each level
    mass = np.cumsum(hist * levels)
    total, total_mass = weight[-1], mass[-1]
    with np.errstate(divide="ignore", invalid="ignore"):
        between = (total_mass * weight - mass * total) ** 2 / (weight * (total - weight))
    return int(np.nanargmax(np.where(np.isfinite(between), between, np.nan)))
