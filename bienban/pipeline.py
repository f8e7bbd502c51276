"""The one pipeline: bytes -> pages (ingest) -> minutes and flags (extract).

The CLI runs it in-process; the Celery workers run the very same stage functions page by page.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from bienban.config import Settings
from bienban.model import Document, Page, Source


def process(
    path: Path,
    settings: Settings,
    on_source: Callable[[Source], None] | None = None,
    on_page: Callable[[Page], None] | None = None,
) -> Document:
    """Read one input file into a Document. Raises BienbanError for a file it cannot read."""
    from extract import extract
    from ingest import inspect, read_pages

    source = inspect(path, settings)
    if on_source:
        on_source(source)
    pages: list[Page] = []
    for page in read_pages(path, settings):
        pages.append(page)
        if on_page:
            on_page(page)
    minutes, flags = extract(pages, settings)
    return Document(source=source, pages=pages, minutes=minutes, flags=flags)
