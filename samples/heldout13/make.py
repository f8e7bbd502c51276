"""Render held-out set 13 (text written by hand in `minutes_a.py`, `minutes_b.py` — dev/ — and
`minutes_c.py` — test/) to PDFs with truth files, with the renderer of samples/heldout2/make.py.

    python -m samples.heldout13.make          # rewrites samples/heldout13/dev/* and samples/heldout13/test/*
"""

from __future__ import annotations

from pathlib import Path

from samples.heldout2.make import build

from .minutes_a import DOCS as DOCS_A
from .minutes_b import DOCS as DOCS_B
from .minutes_c import DOCS as DOCS_C

ROOT = Path(__file__).resolve().parent


def main() -> None:
    build(DOCS_A + DOCS_B + DOCS_C, ROOT)


if __name__ == "__main__":
    main()
