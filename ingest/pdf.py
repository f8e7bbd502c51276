"""Open PDFs once per file (pdfium to render and count, pdfplumber for text layers)."""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Iterator

import pdfplumber
import pypdfium2 as pdfium
from PIL import Image

from bienban.errors import BienbanError

# FPDF_ERR_* codes from fpdfview.h
_ERR_PASSWORD = 4
_ERR_SECURITY = 5


def _check_tail(path: Path) -> None:
    """A PDF cut short in transfer has no ``%%EOF`` near its end; pdfium would half-repair it."""
    size = path.stat().st_size
    with open(path, "rb") as fh:
        fh.seek(max(0, size - 4096))
        tail = fh.read()
    if b"%%EOF" not in tail:
        raise BienbanError("corrupt_pdf", "truncated: no %%EOF marker")


def open_pdfium(path: Path) -> pdfium.PdfDocument:
    """Open with pdfium; an empty user password is tried automatically."""
    _check_tail(path)
    try:
        doc = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        if getattr(exc, "err_code", None) in (_ERR_PASSWORD, _ERR_SECURITY):
            raise BienbanError("encrypted_pdf") from exc
        raise BienbanError("corrupt_pdf", str(exc)) from exc
    try:
        len(doc)
    except Exception as exc:  # pragma: no cover - pdfium raises on load, not here
        doc.close()
        raise BienbanError("corrupt_pdf", str(exc)) from exc
    return doc


def page_count(path: Path) -> int:
    doc = open_pdfium(path)
    try:
        n = len(doc)
    finally:
        doc.close()
    if n < 1:
        raise BienbanError("corrupt_pdf", "no pages")
    return n


@contextlib.contextmanager
def open_documents(path: Path) -> Iterator[tuple[pdfium.PdfDocument, pdfplumber.PDF]]:
    """Both documents, opened once for the whole file and closed at the end."""
    doc = open_pdfium(path)
    try:
        try:
            plumber = pdfplumber.open(str(path), password="")
        except Exception as exc:
            raise BienbanError("corrupt_pdf", f"pdfplumber: {exc}") from exc
        try:
            yield doc, plumber
        finally:
            plumber.close()
    finally:
        doc.close()


def render(doc: pdfium.PdfDocument, index: int, dpi: int, max_pixels: int) -> Image.Image:
    """Render one page (0-based) to an RGB image at ``dpi``; the pixel limit is checked first."""
    page = doc[index]
    try:
        w_pt, h_pt = page.get_size()
        scale = dpi / 72.0
        if w_pt * scale * h_pt * scale > max_pixels:
            raise BienbanError(
                "image_too_large",
                f"page {index + 1}: {w_pt:.0f}x{h_pt:.0f} pt at {dpi} dpi",
            )
        bitmap = page.render(scale=scale, rev_byteorder=True, may_draw_forms=True)
        try:
            image = bitmap.to_pil().convert("RGB")
        finally:
            bitmap.close()
    finally:
        page.close()
    image.info["dpi"] = (dpi, dpi)
    return image
