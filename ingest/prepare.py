"""Prepare a page image for OCR, choosing each step by MEASURING the page.

Blanket binarisation made mild scans worse, and every step costs time, so each step runs only
when a cheap measurement says the page needs it:

==================  =======================================  ====================================
step                measured on                              runs when
==================  =======================================  ====================================
red-stamp removal   HSV of a downscaled copy                 colour page with red ink (seal) or
                                                             blue ink (signature) over the text
page crop           the outer strip on each side against     every side >= 60 grey levels below
                    the paper; the largest bright region's   the paper (a photo of a page on a
                    four corners                             desk): warp the page to a rectangle
even columns        paper level of each column (its 80th     <= 8 columns >= 15 grey levels below
                    percentile down the page)                their neighbours, fainter than text
                                                             (copier streak), or an edge >= 80
                                                             below the paper (gutter shadow);
                                                             divide by the level
despeck             small ink dots with no letter near them  >= 100 a megapixel, counted on a
                    (or smaller than any dot of text) and    half-size copy (toner specks); paint
                    at most one other dot near               them paper
orientation         text-line direction (components after    upright pages: nothing more. A turn
                    a smear along vs across the lines) +     is taken from the look when both
                    ascender/descender balance per line      signals are strong; else OSD (--psm 0,
                                                             half size), else OCR confidence of a
                                                             band at the candidate turns
deskew              projection-profile search +-6 degrees    |skew| >= 0.3 degrees
rescale             the page's dpi                           dpi < 0.6x or > 1.6x render_dpi
background flatten  background spread, paper level,          uneven or dark paper, faint ink, a
                    ink contrast (on a downscaled copy;      photo (divide by the estimated background)
                    ink = darker strokes of the ink mask)
denoise             residual noise on paper pixels,          noise x 255 / contrast > 10 (bilateral)
                    relative to the ink contrast
==================  =======================================  ====================================
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Callable

import cv2
import numpy as np

# --- thresholds (one table; tuned on the bench set, see bench/ocr.py) ---------------------
SMALL_WIDTH = 640  # px, width of the copy used for measuring
RED_MIN_FRACTION = 0.0005  # of page pixels, to call a page stamped
SKEW_MIN_DEG = 0.3
SKEW_RANGE_DEG = 6.0
AXIS_RATIO = 1.6  # components across / along the lines, to trust the line direction
UPRIGHT_RATIO = 1.25  # ink above / below the x-height band to trust "not upside down"
OSD_MIN_CONF = 2.0
# the cheap look alone decides a turn when both its signals are this strong
SURE_AXIS = 2.5
SURE_UPDOWN = 2.0
FLATTEN_SPREAD = 28  # grey levels of background variation across the page
FLATTEN_PAPER = 190  # paper darker than this
FLATTEN_CONTRAST = 110  # paper minus ink below this
RESCALE_BELOW = 0.6  # x target dpi: 200 dpi scans read as well unscaled, and 2x faster
RESCALE_ABOVE = 1.6
# residual noise on paper pixels relative to the ink contrast (what Tesseract will see once the
# page is stretched to black on white); bench: clean <1, stamp ~4, moderate 3.5-5, harsh 19-23
DENOISE_RELATIVE = 10.0
# photocopies: a faint streak along the page and a dark gutter shadow at one edge, both constant
# down the page (paper level per column). bench: photocopy streak 32-40, shadow 112-125; every
# other class streak 0, shadow <= 64 (harsh: dark uneven paper, which flattening handles)
STREAK_MIN = 15  # grey levels a narrow run of columns sits below its neighbours
STREAK_MAX_WIDTH = 8  # px at 300 dpi; wider dips are shading, not a streak
SHADOW_MIN = 80  # grey levels the edge is below the paper
PAPER_PERCENTILE = 80  # of a column's pixels: paper even where text is dense (or runs down the page)
SHADE_WINDOW = 31  # px, columns in the running median that gives the paper under a streak
# toner specks: small ink dots with no letter near them and at most one other dot (punctuation
# and marks sit by a letter, leader dots in rows). Sizes at 300 dpi.
SPECK_MAX_SIDE = 7
SPECK_MAX_AREA = 40
SPECK_TINY_AREA = 10  # a speck this small is one even by a letter: text's dots are >= 19
SPECK_CLEAR = 10  # px from the nearest letter; 2x this to the nearest other dots
# specks (clear of letters) per megapixel of the 1280 px wide copy: photocopy 208-351, harsh
# noise <= 56, every other class <= 27
SPECKS_MIN_DENSITY = 100
SPECK_BAND = 512  # rows at a time
# a page photographed on a desk: the desk shows on every side, far darker than the paper. A scan's
# edges are paper, or dark on one side only (gutter shadow), so they never meet this on all four.
SURROUND_STRIP = 0.015  # of the shorter side: the outer strip measured on each side
SURROUND_BELOW = 60  # grey levels each strip's median sits below the paper
PAGE_MIN_AREA = 0.3  # of the photo: a smaller bright region is not the page


@dataclass
class Prepared:
    image: np.ndarray  # uint8 greyscale, upright, ready for Tesseract
    rotation: int = 0  # clockwise degrees applied (multiples of 90)
    skew: float = 0.0  # degrees of skew corrected
    scale: float = 1.0  # prepared pixels per input pixel
    steps: list[str] = field(default_factory=list)
    measures: dict = field(default_factory=dict)


# --- helpers -------------------------------------------------------------------------------


def _resize_width(img: np.ndarray, width: int) -> tuple[np.ndarray, float]:
    f = width / img.shape[1]
    if f >= 1:
        return img, 1.0
    return cv2.resize(img, None, fx=f, fy=f, interpolation=cv2.INTER_AREA), f


def page_corners(small: np.ndarray) -> np.ndarray | None:
    """The page's corners (tl, tr, br, bl) on the small copy when it lies on a darker surround."""
    h, w = small.shape
    e = max(2, int(SURROUND_STRIP * min(h, w)))
    paper = float(np.percentile(small, 80))
    sides = [small[:e], small[-e:], small[:, :e], small[:, -e:]]
    if any(float(np.median(x)) > paper - SURROUND_BELOW for x in sides):
        return None
    edge = max(float(np.median(x)) for x in sides)
    bright = (small > (paper + edge) / 2).astype(np.uint8)
    k = max(5, w // 40) | 1  # closes the text and the gaps between lines
    bright = cv2.morphologyEx(bright, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_RECT, (k, k)))
    contours, _ = cv2.findContours(bright, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    if not contours:
        return None
    hull = cv2.convexHull(max(contours, key=cv2.contourArea))
    if cv2.contourArea(hull) < PAGE_MIN_AREA * h * w:
        return None
    quad = cv2.approxPolyDP(hull, 0.02 * cv2.arcLength(hull, True), True).reshape(-1, 2)
    if len(quad) != 4:
        quad = cv2.boxPoints(cv2.minAreaRect(hull))
    quad = quad.astype(np.float32)
    s, d = quad.sum(axis=1), np.diff(quad, axis=1).ravel()
    return np.float32([quad[s.argmin()], quad[d.argmin()], quad[s.argmax()], quad[d.argmax()]])


def crop_page(grey: np.ndarray, corners: np.ndarray) -> np.ndarray:
    """Warp the quadrilateral ``corners`` (full-size pixels) to an upright rectangle of its size."""
    tl, tr, br, bl = corners
    w = int(round(max(np.linalg.norm(tr - tl), np.linalg.norm(br - bl))))
    h = int(round(max(np.linalg.norm(bl - tl), np.linalg.norm(br - tr))))
    target = np.float32([[0, 0], [w - 1, 0], [w - 1, h - 1], [0, h - 1]])
    m = cv2.getPerspectiveTransform(corners, target)
    return cv2.warpPerspective(grey, m, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)


def rotate90(img: np.ndarray, clockwise: int) -> np.ndarray:
    k = (clockwise // 90) % 4
    return np.ascontiguousarray(np.rot90(img, -k)) if k else img


def rotate_small(img: np.ndarray, degrees: float, border: int = 0) -> np.ndarray:
    """Rotate counter-clockwise by ``degrees`` about the centre, same size."""
    h, w = img.shape[:2]
    m = cv2.getRotationMatrix2D((w / 2, h / 2), degrees, 1.0)
    return cv2.warpAffine(img, m, (w, h), flags=cv2.INTER_NEAREST, borderValue=border)


def deskew(img: np.ndarray, degrees: float) -> np.ndarray:
    """Rotate the full page counter-clockwise by ``degrees``, growing the canvas, paper fill."""
    h, w = img.shape[:2]
    m = cv2.getRotationMatrix2D((w / 2, h / 2), degrees, 1.0)
    cos, sin = abs(m[0, 0]), abs(m[0, 1])
    nw, nh = int(h * sin + w * cos), int(h * cos + w * sin)
    m[0, 2] += nw / 2 - w / 2
    m[1, 2] += nh / 2 - h / 2
    paper = int(np.percentile(img[:: 8, :: 8], 90))
    return cv2.warpAffine(img, m, (nw, nh), flags=cv2.INTER_LINEAR, borderValue=paper)


# --- measurements --------------------------------------------------------------------------


def background(small: np.ndarray) -> np.ndarray:
    """Paper estimate: close away the text (dark strokes), then smooth."""
    k = max(5, small.shape[1] // 60) | 1
    closed = cv2.morphologyEx(small, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_RECT, (k, k)))
    # a box filter: the closing already removed the strokes; 20x cheaper than a wide median
    return cv2.blur(closed, (2 * k + 1, 2 * k + 1))


def ink_mask(small: np.ndarray, bg: np.ndarray | None = None) -> np.ndarray:
    bg = background(small) if bg is None else bg
    norm = cv2.divide(small, np.maximum(bg, 1), scale=255)
    _, mask = cv2.threshold(norm, 0, 1, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)
    # drop specks: a text stroke survives a 2x2 opening at this size, salt noise does not
    return cv2.morphologyEx(mask, cv2.MORPH_OPEN, np.ones((2, 2), np.uint8))


def _profile_energy(mask: np.ndarray, degrees: float) -> float:
    rows = rotate_small(mask, degrees).sum(axis=1).astype(np.float64)
    total = rows.sum()
    if total <= 0:
        return 0.0
    return float(np.square(np.diff(rows)).sum() / (total * total))


def best_angle(mask: np.ndarray, span: float = SKEW_RANGE_DEG, step: float = 1.0) -> tuple[float, float]:
    """(angle, energy) maximising the sharpness of the row profile (text lines horizontal)."""
    angles = np.arange(-span, span + 1e-9, step)
    scores = [_profile_energy(mask, a) for a in angles]
    i = int(np.argmax(scores))
    best, score = float(angles[i]), scores[i]
    fine = np.arange(best - 0.6 * step, best + 0.6 * step + 1e-9, step / 10)
    for a in fine:
        s = _profile_energy(mask, a)
        if s > score:
            best, score = float(a), s
    return best, score


def upright_ratio(mask: np.ndarray) -> tuple[float, int]:
    """Ink above / below each text line's x-height band (Vietnamese: marks and ascenders above).

    > 1 means upright, < 1 upside down. Returns (ratio, number of lines used).
    """
    rows = mask.sum(axis=1).astype(np.float64)
    if rows.max() <= 0:
        return 1.0, 0
    on = rows > 0.02 * rows.max()
    above = below = 0.0
    lines = 0
    i, n = 0, len(rows)
    while i < n:
        if not on[i]:
            i += 1
            continue
        j = i
        while j < n and on[j]:
            j += 1
        band = rows[i:j]
        if len(band) >= 4:
            peak = band.max()
            core = np.nonzero(band >= 0.5 * peak)[0]
            a, b = core[0], core[-1]
            above += band[:a].sum()
            below += band[b + 1 :].sum()
            lines += 1
        i = j
    if lines == 0:
        return 1.0, 0
    return (above + 1.0) / (below + 1.0), lines


@dataclass
class Look:
    """What the cheap measurements say about a page."""

    axis: str  # "horizontal" | "vertical" | "unsure"
    axis_ratio: float
    skew: float  # degrees (counter-clockwise rotation that levels the lines)
    rotation: int | None  # clockwise turn to upright, None when unsure
    updown_ratio: float
    lines: int


def axis_ratio(mask: np.ndarray) -> float:
    """Components after a vertical smear / after a horizontal smear.

    A short smear along the text merges letters into line-long blobs (few components); across
    the text it merges almost nothing. >> 1: lines run horizontally; << 1: vertically.
    """
    k = max(3, mask.shape[1] // 70)
    across = cv2.connectedComponents(cv2.dilate(mask, np.ones((k, 1), np.uint8)))[0]
    along = cv2.connectedComponents(cv2.dilate(mask, np.ones((1, k), np.uint8)))[0]
    return across / max(1, along)


def _copies(grey: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(mid, small): 2x and 1x SMALL_WIDTH copies; one pass over the full page."""
    mid, _ = _resize_width(grey, 2 * SMALL_WIDTH)
    small, _ = _resize_width(mid, SMALL_WIDTH)
    return mid, small


def look(
    grey: np.ndarray,
    small: np.ndarray | None = None,
    bg: np.ndarray | None = None,
    mid: np.ndarray | None = None,
) -> Look:
    if small is None or mid is None:
        mid, small = _copies(grey)
    bg = background(small) if bg is None else bg
    mask = ink_mask(small, bg)
    ratio = axis_ratio(mask)
    if ratio >= AXIS_RATIO:
        axis, base = "horizontal", 0
    elif ratio <= 1 / AXIS_RATIO:
        axis, base = "vertical", 90
    else:
        axis, base = "unsure", 0
    angle, _ = best_angle(rotate90(mask, base) if base else mask)
    # look at the lines on a sharper copy for the up/down decision
    mid_mask = ink_mask(mid, cv2.resize(bg, (mid.shape[1], mid.shape[0]), interpolation=cv2.INTER_LINEAR))
    if base:
        mid_mask = rotate90(mid_mask, base)
    mid_mask = rotate_small(mid_mask, angle)
    ud, lines = upright_ratio(mid_mask)
    rotation = None
    if axis != "unsure" and lines >= 3:
        if ud >= UPRIGHT_RATIO:
            rotation = base
        elif ud <= 1 / UPRIGHT_RATIO:
            rotation = (base + 180) % 360
    return Look(axis, ratio, angle, rotation, ud, lines)


@dataclass
class PaperLook:
    paper: float
    spread: float
    contrast: float
    noise: float

    def needs_flatten(self) -> bool:
        return (
            self.spread > FLATTEN_SPREAD
            or self.paper < FLATTEN_PAPER
            or self.contrast < FLATTEN_CONTRAST
        )

    @property
    def relative_noise(self) -> float:
        return self.noise * 255.0 / max(self.contrast, 1.0)

    def needs_denoise(self) -> bool:
        return self.relative_noise > DENOISE_RELATIVE


def paper_look(grey: np.ndarray, small: np.ndarray | None = None, bg: np.ndarray | None = None) -> PaperLook:
    if small is None:
        small, _ = _resize_width(grey, SMALL_WIDTH)
    bg = background(small) if bg is None else bg
    # ignore the outer 4% (scanner edges, lid shadows on the border are fine to keep)
    h, w = bg.shape
    inner = bg[h // 25 : h - h // 25, w // 25 : w - w // 25]
    paper = float(np.median(inner))
    spread = float(np.percentile(inner, 95) - np.percentile(inner, 5))
    # the darker strokes of what is ink: a page-wide percentile is paper on a sparse page
    mask = ink_mask(small, bg)
    ink = float(np.percentile(small[mask > 0], 10)) if mask.any() else float(np.percentile(small, 1))
    # noise on a full-resolution central crop: residual of paper pixels well away from ink
    H, W = grey.shape
    cy, cx, r = H // 2, W // 2, min(H, W) // 9
    crop = grey[cy - r : cy + r, cx - r : cx + r].astype(np.float32)
    smooth = cv2.blur(crop, (15, 15))
    near_ink = cv2.dilate((crop < smooth - 30).astype(np.uint8), np.ones((9, 9), np.uint8))
    resid = crop - cv2.GaussianBlur(crop, (0, 0), 2.0)
    sel = near_ink == 0
    noise = float(resid[sel].std()) if sel.sum() > 100 else 0.0
    return PaperLook(paper, spread, paper - ink, noise)


@dataclass
class Shading:
    """What runs down the page: paper level per column, a faint narrow streak, a dark edge (gutter
    shadow)."""

    paper: float
    level: np.ndarray  # paper level of each column (the running median, the streak's own)
    streak: float  # grey levels the deepest narrow run sits below its neighbours (0: none)
    shadow: float  # grey levels the darker edge sits below the paper

    def needs_evening(self) -> bool:
        return self.streak >= STREAK_MIN or self.shadow >= SHADOW_MIN


def shading(grey: np.ndarray, dpi: int) -> Shading:
    prof = np.percentile(grey[::8], PAPER_PERCENTILE, axis=0).astype(np.float32)
    # a running median follows a shadow but not a streak
    base = cv2.medianBlur(prof.astype(np.uint8)[None, :], SHADE_WINDOW)[0].astype(np.float32)
    paper = float(np.median(prof))
    ink = float(np.percentile(grey[:: 8, :: 8], 1))
    # a streak is faint: a run as dark as the text is a rule down a page-long table, which
    # Tesseract needs to keep the table's rows together
    dip = base - prof
    faint = (dip >= STREAK_MIN) & (dip < 0.5 * (paper - ink))
    level, streak = base.copy(), 0.0
    widest = max(1, round(STREAK_MAX_WIDTH * dpi / 300))
    for x0, x1 in _runs(faint):
        if x1 - x0 <= widest:
            # and 2 px either side: its blurred rim is below the dip threshold but still grey
            level[max(0, x0 - 2) : x1 + 2] = prof[max(0, x0 - 2) : x1 + 2]
            streak = max(streak, float(dip[x0:x1].max()))
    edge = max(1, grey.shape[1] // 12)
    shadow = paper - float(min(base[:edge].min(), base[-edge:].min()))
    return Shading(paper, level, streak, shadow)


def _runs(flags: np.ndarray) -> list[tuple[int, int]]:
    """[start, end) of each run of True."""
    d = np.diff(np.concatenate(([0], flags.astype(np.int8), [0])))
    return list(zip(np.nonzero(d == 1)[0].tolist(), np.nonzero(d == -1)[0].tolist()))


# --- steps ---------------------------------------------------------------------------------


def suppress_red(rgb: np.ndarray) -> tuple[np.ndarray, float]:
    """Paint red and blue ink (seals, signatures) the paper colour; black text under it stays.

    Returns (image, fraction of pixels repainted). Cheap exit on pages without red.
    """
    small, _ = _resize_width(rgb, SMALL_WIDTH)
    if _red_mask(small).mean() < RED_MIN_FRACTION:
        return rgb, 0.0
    mask = _red_mask(rgb)
    frac = float(mask.mean())
    if frac < RED_MIN_FRACTION:
        return rgb, 0.0
    # take in the anti-aliased rim of the strokes, but never dark (black-ink) pixels
    hsv = cv2.cvtColor(rgb, cv2.COLOR_RGB2HSV)
    grown = cv2.dilate(mask, np.ones((3, 3), np.uint8))
    rim = (grown > 0) & (hsv[..., 1] > 40) & (hsv[..., 2] > 110)
    mask = (mask > 0) | rim
    paper = np.median(rgb[:: 7, :: 7].reshape(-1, 3)[
        rgb[:: 7, :: 7].reshape(-1, 3).sum(axis=1) >= np.percentile(rgb[:: 7, :: 7].sum(axis=2), 60)
    ], axis=0)
    out = rgb.copy()
    out[mask] = paper.astype(np.uint8)
    return out, frac


def _red_mask(rgb: np.ndarray) -> np.ndarray:
    """Bright, saturated red (seals) or blue (ballpoint signatures over the typed names).

    Typed text, even when printed slightly blue, is dark (V < 90) and is never taken.
    """
    hsv = cv2.cvtColor(rgb, cv2.COLOR_RGB2HSV)
    h, s, v = hsv[..., 0], hsv[..., 1], hsv[..., 2]
    red = (h <= 10) | (h >= 165)
    blue = (h >= 100) & (h <= 130)
    return ((red | blue) & (s >= 80) & (v >= 90)).astype(np.uint8)


def even_columns(grey: np.ndarray, shade: Shading) -> np.ndarray:
    """Divide each column by its paper level: lifts a copier streak and a gutter shadow to paper."""
    gain = shade.paper / np.maximum(shade.level, 1.0)
    out = np.empty_like(grey)
    for y in range(0, grey.shape[0], 256):  # in bands: a float copy of the page is 35 MB
        out[y : y + 256] = np.clip(grey[y : y + 256] * gain, 0, 255)
    return out


def specks(
    grey: np.ndarray, dpi: float, threshold: float | None = None, by_letters: bool = True
) -> tuple[np.ndarray, np.ndarray, float]:
    """(stats of the page's ink components, which of them are specks, the ink threshold: Otsu's
    unless given).

    A speck is a small ink component that has at most one other small one near it (leader dots
    come in rows) and either no letter within SPECK_CLEAR px (a full stop or a tone mark sits by
    its letter) or, ``by_letters``, is smaller than any dot of text.
    """
    f = dpi / 300
    if threshold is None:
        threshold, ink = cv2.threshold(grey, 0, 1, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)
    else:
        ink = (grey <= threshold).astype(np.uint8)
    _, _, stats, centres = cv2.connectedComponentsWithStats(ink, connectivity=8)
    stats, centres = stats[1:], centres[1:]
    x, y, w, h, area = stats.T
    small = (w <= SPECK_MAX_SIDE * f) & (h <= SPECK_MAX_SIDE * f) & (area <= SPECK_MAX_AREA * f * f)
    # each small component as its area (and as one) at its centre: ink in a box beyond its
    # own is a letter's
    cx, cy = centres[small, 0].astype(int), centres[small, 1].astype(int)
    dots = np.zeros(ink.shape, np.uint8)  # areas are < 255
    dots[cy, cx] = area[small]
    ink_sums, dot_ink_sums = cv2.integral(ink), cv2.integral(dots)
    dots[cy, cx] = 1
    dot_sums = cv2.integral(dots)
    c = max(1, round(SPECK_CLEAR * f))

    def letter_near(*grow):
        return _box_sums(ink_sums, stats, *grow) > _box_sums(dot_ink_sums, stats, *grow)

    # and further to the left on its own rows: a typewriter's full stop sits mid-cell, ~12 px
    # after its letter
    no_letter = ~letter_near(c, c, c, c) & ~letter_near(3 * c // 2, 0, 0, 0)
    tiny = (area <= SPECK_TINY_AREA * f * f) if by_letters else False
    few_dots = _box_sums(dot_sums, stats, *(2 * c,) * 4) <= 2  # itself and one more
    return stats, small & (no_letter | tiny) & few_dots, threshold


def _box_sums(sums: np.ndarray, stats: np.ndarray, left: int, right: int, up: int, down: int):
    """Sum in each component's box grown by the given px on each side, from an integral image."""
    H, W = sums.shape[0] - 1, sums.shape[1] - 1
    x, y, w, h = stats[:, 0], stats[:, 1], stats[:, 2], stats[:, 3]
    x0, x1 = np.clip(x - left, 0, W), np.clip(x + w + right, 0, W)
    y0, y1 = np.clip(y - up, 0, H), np.clip(y + h + down, 0, H)
    return sums[y1, x1] - sums[y0, x1] - sums[y1, x0] + sums[y0, x0]


def remove_specks(grey: np.ndarray, dpi: int, threshold: float, paper: np.ndarray) -> np.ndarray:
    """Paint the specks paper (``paper``: level per column), found band by band: the integral
    images of a whole page would take ~100 MB."""
    H, W = grey.shape
    margin = round((3 * SPECK_CLEAR + SPECK_MAX_SIDE) * dpi / 300)  # all a speck's test looks at
    out = grey.copy()
    for top in range(0, H, SPECK_BAND):
        y0 = max(0, top - margin)
        stats, alone, _ = specks(grey[y0 : top + SPECK_BAND + margin], dpi, threshold)
        core = (stats[:, 1] >= top - y0) & (stats[:, 1] < top + SPECK_BAND - y0)
        for x, y, w, h, _ in stats[alone & core]:
            # grown by a pixel: the blurred rim of a speck is not ink to Otsu but still a grey dot
            x0, x1 = max(0, x - 1), min(W, x + w + 1)
            box = out[max(0, y0 + y - 1) : min(H, y0 + y + h + 1), x0:x1]
            dot = cv2.dilate((box <= threshold).astype(np.uint8), np.ones((3, 3), np.uint8)) > 0
            box[dot] = np.broadcast_to(paper[x0:x1].astype(np.uint8), box.shape)[dot]
    return out


def flatten(grey: np.ndarray) -> np.ndarray:
    """Divide by the estimated background, then stretch ink to black and paper to white."""
    small, f = _resize_width(grey, SMALL_WIDTH * 2)
    bg = background(small)
    bg = cv2.resize(bg, (grey.shape[1], grey.shape[0]), interpolation=cv2.INTER_LINEAR)
    norm = cv2.divide(grey, np.maximum(bg, 1), scale=255)
    lo = float(np.percentile(norm[:: 4, :: 4], 0.5))
    if lo < 200:
        # clipped, not convertScaleAbs: its absolute value turned ink below `lo` pale (hollow
        # letters on sparse pages, where `lo` falls in the strokes)
        lut = np.clip((np.arange(256) - lo) * 255.0 / (255.0 - lo), 0, 255).astype(np.uint8)
        norm = cv2.LUT(norm, lut)
    return norm


def denoise(grey: np.ndarray) -> np.ndarray:
    """Edge-preserving smoothing: on the bench's harsh pages it beat a 3x3 median and
    binarisation (which lost faint strokes) at ~0.15 s a page."""
    return cv2.bilateralFilter(grey, 7, 40, 5)


def denoise_strong(grey: np.ndarray) -> np.ndarray:
    """Non-local means, ~3 s a page: only for a noisy page whose first OCR failed. On sparse
    harsh pages (a closing paragraph and signatures on grey noise) Tesseract's segmentation
    took the noise for content and read almost nothing (CER 0.79-1.0); after this, 0.08-0.19."""
    return cv2.fastNlMeansDenoising(grey, None, h=25, templateWindowSize=7, searchWindowSize=21)


# --- the whole preparation -----------------------------------------------------------------


def prepare(
    image: np.ndarray,
    dpi: int,
    target_dpi: int,
    osd: Callable[[np.ndarray, int], tuple[int, float] | None] | None = None,
    confidence_at: Callable[[np.ndarray, int], float] | None = None,
) -> Prepared:
    """Measure, then run only the steps the page needs. ``image`` is RGB or greyscale uint8.

    ``osd(img, dpi) -> (clockwise_rotation, confidence) | None`` and
    ``confidence_at(img, dpi) -> mean word confidence`` are the Tesseract hooks (injected so
    this module never runs a program itself).
    """
    out = Prepared(image=image)
    if image.ndim == 3:
        if _is_colour(image):
            image, frac = suppress_red(image)
            if frac:
                out.steps.append("red-stamp")
                out.measures["red_fraction"] = round(frac, 5)
        grey = cv2.cvtColor(image, cv2.COLOR_RGB2GRAY)
    else:
        grey = image
    del image

    # resolution: Tesseract reads best at ~300 dpi
    if dpi < RESCALE_BELOW * target_dpi or dpi > RESCALE_ABOVE * target_dpi:
        out.scale = target_dpi / dpi
        interp = cv2.INTER_CUBIC if out.scale > 1 else cv2.INTER_AREA
        grey = cv2.resize(grey, None, fx=out.scale, fy=out.scale, interpolation=interp)
        out.steps.append(f"rescale x{out.scale:.2f}")
        dpi = target_dpi

    # a photo of the page on a desk: keep the page alone, squared (the desk is ink to every later step)
    small, f = _resize_width(grey, SMALL_WIDTH)
    corners = page_corners(small)
    if corners is not None:
        grey = crop_page(grey, corners / f)
        out.steps.append("page-crop")
    del small
    # streaks, shadows and specks first: they mislead the look (a dark edge is ink on every line)
    shade = shading(grey, dpi)
    out.measures.update(streak=round(shade.streak), shadow=round(shade.shadow))
    if shade.needs_evening():
        grey = even_columns(grey, shade)
        out.steps.append("even-columns")
        paper_level = np.full(grey.shape[1], shade.paper, np.float32)
    else:
        paper_level = shade.level
    mid, small = _copies(grey)
    # counted on the half-size copy (4x cheaper), away from letters (noise by letters on a harsh
    # page looks alike), removed at full size
    _, alone, threshold = specks(mid, dpi * mid.shape[1] / grey.shape[1], by_letters=False)
    out.measures["specks"] = int(alone.sum())
    if alone.sum() / (mid.size / 1e6) >= SPECKS_MIN_DENSITY:
        grey = remove_specks(grey, dpi, threshold, paper_level)
        out.steps.append("despeck")
        mid, small = _copies(grey)
    del shade, paper_level, alone
    bg = background(small)
    seen = look(grey, small, bg, mid)
    paper = paper_look(grey, small, bg)  # rotation-invariant: measured once, up front
    del mid, small, bg
    out.measures.update(
        axis=seen.axis, axis_ratio=round(seen.axis_ratio, 2), updown=round(seen.updown_ratio, 2),
        lines=seen.lines, skew=round(seen.skew, 2),
    )
    rotation = seen.rotation
    if rotation != 0:
        rotation = _decide_rotation(grey, dpi, seen, osd, confidence_at, out)
    if rotation:
        grey = rotate90(grey, rotation)
        out.rotation = rotation
        out.steps.append(f"rotate {rotation}")
        if rotation != seen.rotation:
            seen = look(grey)  # lines measured in the wrong frame; measure skew again
    if abs(seen.skew) >= SKEW_MIN_DEG:
        grey = deskew(grey, seen.skew)
        out.skew = round(seen.skew, 2)
        out.steps.append(f"deskew {seen.skew:+.2f}")

    out.measures.update(
        paper=round(paper.paper), spread=round(paper.spread), contrast=round(paper.contrast),
        noise=round(paper.noise, 1), relative_noise=round(paper.relative_noise, 1),
    )
    if paper.needs_flatten() or "page-crop" in out.steps:  # (a photo's light always falls off somewhere)
        grey = flatten(grey)
        out.steps.append("flatten")
    if paper.needs_denoise():
        grey = denoise(grey)
        out.steps.append("denoise")
    out.image = grey
    return out


def _is_colour(rgb: np.ndarray) -> bool:
    small = rgb[:: 16, :: 16].astype(np.int16)
    spread = small.max(axis=2) - small.min(axis=2)
    return float(np.percentile(spread, 99.9)) > 40


def _decide_rotation(grey, dpi, seen: Look, osd, confidence_at, out: Prepared) -> int:
    """Cheap look unsure or says turned: ask OSD on a half-size copy, then OCR confidence."""
    if seen.rotation is not None and seen.lines >= 8 and (
        max(seen.axis_ratio, 1 / max(seen.axis_ratio, 1e-6)) >= SURE_AXIS
        and max(seen.updown_ratio, 1 / max(seen.updown_ratio, 1e-6)) >= SURE_UPDOWN
    ):
        out.measures["orientation_by"] = "look"
        return seen.rotation
    if osd is not None:
        half, f = _resize_width(grey, grey.shape[1] // 2)
        got = osd(half, max(70, int(dpi * f)))
        if got is not None:
            rot, conf = got
            out.measures.update(osd_rotation=rot, osd_conf=round(conf, 2))
            axis_ok = (
                seen.axis == "unsure"
                or (seen.axis == "horizontal") == (rot in (0, 180))
            )
            if conf >= OSD_MIN_CONF and axis_ok and (seen.rotation is None or seen.rotation == rot):
                return rot
    # an unsure look that OSD does not back is not trusted with a turn (a fax's specks and broken
    # strokes once made it turn an upright page over): OCR a band at each candidate turn, keep the
    # most confident
    if confidence_at is None:
        return seen.rotation or 0
    if seen.axis == "horizontal":
        candidates = [0, 180]
    elif seen.axis == "vertical":
        candidates = [90, 270]
    else:
        candidates = [0, 90, 180, 270]
    best, best_conf = 0, -1.0
    for rot in candidates:
        turned = rotate90(grey, rot)
        h = turned.shape[0]
        band = turned[int(h * 0.3) : int(h * 0.55)]
        conf = confidence_at(band, dpi)
        out.measures[f"conf_{rot}"] = round(conf, 3)
        if conf > best_conf:
            best, best_conf = rot, conf
    out.steps.append("orientation-by-confidence")
    return best
