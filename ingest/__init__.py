"""ingest: from bytes to pages of lines and words with boxes and confidences (all NFC).

    from ingest import inspect, read_pages
    source = inspect(path, settings)            # cheap: type, sha256, page count, limits
    for page in read_pages(path, settings):     # streams one page at a time
        ...

Modules: detect (magic bytes, sha256), pdf (pdfium/pdfplumber documents, rendering), images
(PNG/JPEG/TIFF headers, EXIF, dpi), textlayer (pdfplumber words), layout (lines and reading
order), prepare (measured page clean-up), tesseract (the one place Tesseract runs), postocr
(glyphs the vie model cannot output, sure domain slips), ocr (image -> Page), reader (the entry
points).
"""

from ingest.reader import inspect, read_pages

__all__ = ["inspect", "read_pages"]
