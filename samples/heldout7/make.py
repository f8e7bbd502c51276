"""Render the seventh held-out set (text written by hand in `minutes_l.py`, `minutes_t.py` — dev/ — and
`minutes_x.py` — test/) to PDFs with truth files, with the renderer of samples/heldout2/make.py.

    python -m samples.heldout7.make          # rewrites samples/heldout7/dev/* and samples/heldout7/test/*
"""

from __future__ import annotations

from pathlib import Path

from samples.heldout2.make import build

from .minutes_l import DOCS as DOCS_L
from .minutes_t import DOCS as DOCS_T
from .minutes_x import DOCS as DOCS_X

ROOT = Path(__file__).resolve().parent


def main() -> None:
    build(DOCS_L + DOCS_T + DOCS_X, ROOT)


if __name__ == "__main__":
    main()
