"""extract: pages -> minutes + flags (pure functions on the data model, no I/O).

    from extract import extract
    minutes, book_flags = extract(pages, settings)

Layout: text (folding, numbers, dates) · cues (every pattern and the flag table, as data) ·
lines (flat lines, page furniture) · nlp (spaCy blank "vi" + Matcher for names) · split (book ->
minutes) · segment (minute -> sections) · fields (facts with evidence) · checks · score.
"""

from __future__ import annotations

from typing import Sequence

from bienban.config import Settings
from bienban.model import Flag, Minute, Page, Section


def extract(pages: Sequence[Page], settings: Settings | None = None) -> tuple[list[Minute], list[Flag]]:
    from extract.pipeline import extract_book

    return extract_book(pages, settings or Settings())


__all__ = ["extract", "Flag", "Minute", "Page", "Section"]
