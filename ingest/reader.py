"""The two entry points of ingest: ``inspect`` (cheap checks) and ``read_pages`` (streaming)."""

from __future__ import annotations

import gc
from pathlib import Path
from typing import Iterable, Iterator

from bienban.config import Settings
from bienban.errors import BienbanError
from bienban.model import Page, Source
from ingest import detect, images, pdf
from ingest.textlayer import MIN_CHARS, chars, has_text, read_text_page


def _check_size(path: Path, settings: Settings) -> int:
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise
    if size == 0:
        raise BienbanError("empty_file")
    if size > settings.max_file_bytes:
        raise BienbanError("file_too_large", f"{size} bytes > {settings.max_file_bytes}")
    return size


def _check_pages(n: int, settings: Settings) -> None:
    if n > settings.max_pages:
        raise BienbanError("too_many_pages", f"{n} > {settings.max_pages}")


def inspect(path: Path, settings: Settings) -> Source:
    """Media type by magic bytes, sha256, page count; limits enforced; nothing rendered.

    Raises ``BienbanError`` with ``empty_file``, ``file_too_large``, ``unsupported_type``,
    ``corrupt_pdf``, ``encrypted_pdf``, ``too_many_pages``, ``corrupt_image`` or
    ``image_too_large``.
    """
    path = Path(path)
    _check_size(path, settings)
    kind = detect.media_type(path)
    if kind == detect.PDF:
        count = pdf.page_count(path)
    else:
        count = images.frame_count(path, settings)
    _check_pages(count, settings)
    return Source(path=str(path), sha256=detect.sha256(path), media_type=kind, page_count=count)


def _selected(numbers: Iterable[int] | None, count: int) -> list[int]:
    if numbers is None:
        return list(range(1, count + 1))
    chosen = list(numbers)
    for n in chosen:
        if not 1 <= n <= count:
            raise ValueError(f"page {n} out of range 1..{count}")
    return chosen


def read_pages(
    path: Path, settings: Settings, numbers: Iterable[int] | None = None
) -> Iterator[Page]:
    """Yield pages one at a time, in bounded memory.

    PDF pages with a text layer are read with pdfplumber; other pages are rendered at
    ``settings.render_dpi`` (PDF) or decoded (PNG/JPEG/TIFF), prepared and OCRed.
    ``numbers`` (1-based) selects pages.
    """
    path = Path(path)
    _check_size(path, settings)
    kind = detect.media_type(path)
    if kind == detect.PDF:
        yield from _read_pdf(path, settings, numbers)
    else:
        yield from _read_image(path, settings, numbers)


def _read_pdf(path: Path, settings: Settings, numbers) -> Iterator[Page]:
    with pdf.open_documents(path) as (renderer, text_layer):
        count = renderer.count
        _check_pages(count, settings)
        for n in _selected(numbers, count):
            page = None
            # pdfium (fast, C) tells whether the page has a text layer; only then pdfplumber
            if renderer.visible_chars(n - 1) >= MIN_CHARS:
                with text_layer.page(n - 1) as ppage:
                    try:
                        glyphs = chars(ppage)
                    except Exception as exc:  # pdfminer chokes on a broken content stream
                        raise BienbanError("corrupt_pdf", f"page {n}: {exc}") from exc
                    if has_text(glyphs):
                        page = read_text_page(ppage, n, glyphs)
                    del glyphs
            if page is None:
                from ingest.ocr import ocr_page

                image = renderer.render(n - 1, settings.render_dpi, settings.max_image_pixels)
                try:
                    page = ocr_page(image, n, settings, dpi=settings.render_dpi)
                finally:
                    image.close()
                    del image
            yield page
            if n % 16 == 0:
                gc.collect()


def _read_image(path: Path, settings: Settings, numbers) -> Iterator[Page]:
    from ingest.ocr import ocr_page

    with images.open_image(path, settings) as img:
        count = images.n_frames(img)
        _check_pages(count, settings)
        for n in _selected(numbers, count):
            frame, dpi = images.load_frame(img, n - 1, settings)
            try:
                page = ocr_page(frame, n, settings, dpi=dpi)
            finally:
                frame.close()
                del frame
            yield page
