"""Read a PDF page's text layer with pdfplumber (born-digital pages)."""

from __future__ import annotations

from bienban.model import Page
from ingest.layout import WordBox, build_lines, page_text

# A page with fewer visible characters than this is treated as an image page and OCRed.
MIN_CHARS = 8


def has_text(plumber_page) -> bool:
    n = 0
    for ch in plumber_page.chars:
        # invisible text (render mode 3, e.g. an OCR layer) still counts as a text layer
        if ch.get("text", "").strip():
            n += 1
            if n >= MIN_CHARS:
                return True
    return False


def read_text_page(plumber_page, number: int) -> Page:
    raw = plumber_page.extract_words(
        x_tolerance=3, y_tolerance=3, keep_blank_chars=False, use_text_flow=False
    )
    words = [WordBox(w["text"], w["x0"], w["top"], w["x1"], w["bottom"]) for w in raw]
    lines = build_lines(words, page_width=float(plumber_page.width))
    return Page(
        number=number,
        method="text-layer",
        text=page_text(lines),
        confidence=None,
        rotation=0,
        skew=None,
        width=round(float(plumber_page.width)),
        height=round(float(plumber_page.height)),
        unit="pt",
        lines=lines,
    )
