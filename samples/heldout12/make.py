"""Render the twelfth held-out set (text written by hand in `minutes_g.py`, `minutes_h.py` — dev/ — and
`minutes_j.py` — test/) to PDFs with truth files, with the renderer of samples/heldout2/make.py.

    python -m samples.heldout12.make          # rewrites samples/heldout12/dev/* and samples/heldout12/test/*
"""

from __future__ import annotations

from pathlib import Path

from samples.heldout2.make import build

from .minutes_g import DOCS as DOCS_G
from .minutes_h import DOCS as DOCS_H
from .minutes_j import DOCS as DOCS_J

ROOT = Path(__file__).resolve().parent


def main() -> None:
    build(DOCS_G + DOCS_H + DOCS_J, ROOT)


if __name__ == "__main__":
    main()
