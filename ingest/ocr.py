"""Image -> Page: prepare (measured steps), OCR with Tesseract, rebuild lines from words."""

from __future__ import annotations

import logging
import time

import numpy as np
from PIL import Image

from bienban.config import Settings
from bienban.errors import BienbanError
from bienban.model import Page
from ingest import postocr
from ingest import prepare as prep
from ingest import tesseract
from ingest.layout import WordBox, build_lines, mean_confidence, page_text

log = logging.getLogger(__name__)

OSD_TIMEOUT = 30.0  # seconds; OSD failing only means "unsure"
RETRY_BELOW_CONFIDENCE = 0.8  # a denoised page read less surely than this is read again, denoised harder
THIN_READ = 0.6  # … and one whose reading has fewer lines than this share of the text lines seen on it
RECOVER_MIN_CONFIDENCE = 0.6  # a line the layout left out, read again, is kept when read at least this surely


class _Deadline:
    """One page's time budget (settings.ocr_timeout) shared by every Tesseract call on it."""

    def __init__(self, seconds: float):
        self.seconds = seconds
        self.end = time.monotonic() + seconds

    def left(self) -> float:
        left = self.end - time.monotonic()
        if left <= 0:
            raise BienbanError("ocr_timeout", f"page > {self.seconds:g} s")
        return left


def _hooks(settings: Settings, deadline: _Deadline | None = None):
    deadline = deadline or _Deadline(settings.ocr_timeout)

    def osd(img: np.ndarray, dpi: int):
        got = tesseract.osd(img, dpi=dpi, timeout=min(OSD_TIMEOUT, deadline.left()))
        return (got.rotate, got.confidence) if got else None

    def confidence_at(img: np.ndarray, dpi: int) -> float:
        words = tesseract.words(
            img, lang=settings.ocr_language, dpi=dpi, timeout=deadline.left(), psm=6
        )
        if not words:
            return 0.0
        # confident AND plenty of words: an upside-down band yields few, unsure "words"
        good = [w.confidence for w in words if len(w.text) > 1]
        return float(sum(good)) / max(1, len(words)) if good else 0.0

    return osd, confidence_at


def ocr_page(image: Image.Image, number: int, settings: Settings, dpi: int) -> Page:
    """OCR one page image (RGB or L, already upright per EXIF) into a Page in input pixels."""
    deadline = _Deadline(settings.ocr_timeout)
    exif_rotation = int(image.info.get("exif_rotation", 0) or 0)
    arr = np.asarray(image.convert("RGB") if image.mode not in ("RGB", "L") else image)
    osd, confidence_at = _hooks(settings, deadline)
    prepared = prep.prepare(arr, dpi, settings.render_dpi, osd=osd, confidence_at=confidence_at)
    del arr
    log.debug("page %s prepared: %s %s", number, prepared.steps, prepared.measures)
    ocr_dpi = round(dpi * prepared.scale)
    words = tesseract.words(
        prepared.image, lang=settings.ocr_language, dpi=ocr_dpi, timeout=deadline.left()
    )
    # a thin reading: Tesseract took most of a noisy page's text for picture (sure of the little it read)
    thin = len({x.group for x in words}) < THIN_READ * prepared.measures.get("lines", 0)
    if "denoise" in prepared.steps and (_confidence(words) < RETRY_BELOW_CONFIDENCE or thin):
        # measured outcome, not a blanket step: only pages whose first reading failed pay for it
        again = tesseract.words(
            prep.denoise_strong(prepared.image), lang=settings.ocr_language, dpi=ocr_dpi,
            timeout=deadline.left(),
        )
        if _confidence(again) > _confidence(words) or (
            thin and len(again) > 2 * len(words) and _confidence(again) >= RETRY_BELOW_CONFIDENCE
        ):
            words = again
            prepared.steps.append("denoise-strong")
    words += _left_out(prepared, words, settings, ocr_dpi, deadline)
    postocr.restore_leaders(prepared.image, words)
    postocr.drop_flat(words)
    words = [x for x in words if x.text]
    h, w = prepared.image.shape[:2]
    if prepared.scale != 1.0:  # report boxes in the input's pixel scale
        s = 1.0 / prepared.scale
        words = [
            WordBox(x.text, x.x0 * s, x.y0 * s, x.x1 * s, x.y1 * s, x.confidence, x.group)
            for x in words
        ]
        w, h = round(w * s), round(h * s)
    lines = build_lines(words, ndigits=1, fix=postocr.fix_line, page_width=w)
    return Page(
        number=number,
        method="ocr",
        text=page_text(lines),
        confidence=mean_confidence(lines),
        rotation=(exif_rotation + prepared.rotation) % 360,
        skew=prepared.skew,
        width=w,
        height=h,
        unit="px",
        lines=lines,
    )


def _left_out(prepared: prep.Prepared, words: list[WordBox], settings: Settings, dpi: int,
              deadline: _Deadline) -> list[WordBox]:
    """The lines the page layout left out, each read on its own (psm 7: one line), in page pixels."""
    out: list[WordBox] = []
    for n_box, (x0, y0, x1, y1) in enumerate(postocr.dropped_lines(prepared.image, words)):
        again = tesseract.words(prepared.image[y0:y1, x0:x1], lang=settings.ocr_language, dpi=dpi,
                                timeout=deadline.left(), psm=7)
        if not again or _confidence(again) < RECOVER_MIN_CONFIDENCE:
            continue
        part, last = 0, None
        for x in sorted(again, key=lambda x: x.x0):
            if last is not None and x.x0 - last.x1 > 3 * max(x.height, last.height):
                part += 1  # the header's two columns side by side: two lines, as the layout would give
            out.append(WordBox(x.text, x.x0 + x0, x.y0 + y0, x.x1 + x0, x.y1 + y0, x.confidence,
                               ("dropped", n_box, part)))
            last = x
        prepared.steps.append("recover-line")
    return out


def _confidence(words: list[WordBox]) -> float:
    return sum(w.confidence for w in words) / len(words) if words else 0.0


def prepare_only(image: Image.Image, settings: Settings, dpi: int) -> prep.Prepared:
    """The preparation alone (for the benchmark and for debugging)."""
    arr = np.asarray(image.convert("RGB") if image.mode not in ("RGB", "L") else image)
    osd, confidence_at = _hooks(settings)
    return prep.prepare(arr, dpi, settings.render_dpi, osd=osd, confidence_at=confidence_at)
