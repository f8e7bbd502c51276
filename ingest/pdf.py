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


class Renderer:
    """pdfium for one file: page count and rendering.

    pdfium keeps every object it has parsed (image streams included) until the document is
    closed: rendering a 300-page scan grew by ~1.3 MB a page. So the document is reopened
    after every ``REOPEN_EVERY`` renders (opening costs under a millisecond).
    """

    REOPEN_EVERY = 20

    def __init__(self, path: Path):
        self.path = path
        self.doc = open_pdfium(path)
        self.count = len(self.doc)
        self._renders = 0

    def render(self, index: int, dpi: int, max_pixels: int) -> Image.Image:
        if self._renders and self._renders % self.REOPEN_EVERY == 0:
            self.doc.close()
            self.doc = open_pdfium(self.path)
        self._renders += 1
        try:
            return render(self.doc, index, dpi, max_pixels)
        except pdfium.PdfiumError as exc:
            raise BienbanError("corrupt_pdf", f"page {index + 1}: {exc}") from exc

    def _page(self, index: int):
        try:
            return self.doc[index]
        except pdfium.PdfiumError as exc:
            raise BienbanError("corrupt_pdf", f"page {index + 1}: {exc}") from exc

    def visible_chars(self, index: int) -> int:
        """Non-blank characters in the page's text layer (invisible OCR text counts too)."""
        page = self._page(index)
        try:
            textpage = page.get_textpage()
            try:
                text = textpage.get_text_range()
            finally:
                textpage.close()
        finally:
            page.close()
        return sum(1 for ch in text if not ch.isspace())

    def close(self) -> None:
        self.doc.close()


class TextLayer:
    """pdfplumber for one file, asked only for pages that have text.

    pdfminer (under pdfplumber) caches every object it parses for the life of the document,
    so the document is reopened after every ``REOPEN_EVERY`` pages read; pages are closed
    (``page.close()`` flushes pdfplumber's per-page caches) as soon as they are read.
    """

    REOPEN_EVERY = 50

    def __init__(self, path: Path):
        self.path = path
        self.pdf: pdfplumber.PDF | None = None
        self._reads = 0

    def _open(self) -> pdfplumber.PDF:
        try:
            return pdfplumber.open(str(self.path), password="")
        except Exception as exc:
            raise BienbanError("corrupt_pdf", f"pdfplumber: {exc}") from exc

    @contextlib.contextmanager
    def page(self, index: int):
        if self.pdf is not None and self._reads and self._reads % self.REOPEN_EVERY == 0:
            self.pdf.close()
            self.pdf = None
        if self.pdf is None:
            self.pdf = self._open()
        self._reads += 1
        page = self.pdf.pages[index]
        try:
            yield page
        finally:
            page.close()

    def close(self) -> None:
        if self.pdf is not None:
            self.pdf.close()


@contextlib.contextmanager
def open_documents(path: Path) -> Iterator[tuple[Renderer, TextLayer]]:
    """Both readers for one file, closed at the end."""
    renderer = Renderer(path)
    text = TextLayer(path)
    try:
        yield renderer, text
    finally:
        text.close()
        renderer.close()


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
