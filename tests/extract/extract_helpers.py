"""Build Page objects from plain text (one Line per text line, fake boxes) for extract tests."""

from __future__ import annotations

from pathlib import Path

from bienban.model import Line, Page

TEXTS = Path(__file__).parent / "texts"
LINE_H = 14.0


def pages_from_text(text: str, lines_per_page: int = 60, confidence: float | None = None,
                    method: str = "text-layer", first: int = 1) -> list[Page]:
    rows = text.splitlines()
    pages = []
    for k in range(0, max(len(rows), 1), lines_per_page):
        chunk = rows[k:k + lines_per_page]
        lines = [Line(text=t, bbox=(50.0, 40.0 + i * LINE_H, 50.0 + 5.5 * len(t), 40.0 + i * LINE_H + 11))
                 for i, t in enumerate(chunk) if t.strip()]
        pages.append(Page(number=first + len(pages), method=method, text="\n".join(chunk), confidence=confidence,
                          width=595, height=842, unit="pt", lines=lines))
    return pages


def load(name: str) -> str:
    return (TEXTS / name).read_text(encoding="utf-8")


def pages_from_blocks(blocks: list, tmp_path: Path, style: dict | None = None) -> list[Page]:
    """Blocks of the held-out renderer (samples/heldout2) drawn to a real PDF and read back through ingest, for
    rules that need the page's layout (where a line was wrapped, table columns)."""
    from bienban.config import Settings
    from ingest import read_pages
    from samples.heldout2.make import render

    pdf, _, _ = render({"style": style or {"family": "serif", "size": 13, "justify": True},
                        "minutes": [{"blocks": blocks}]})
    path = tmp_path / "minute.pdf"
    path.write_bytes(pdf)
    return list(read_pages(path, Settings()))
