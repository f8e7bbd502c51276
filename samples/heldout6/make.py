"""Render the sixth held-out set (text written by hand in `minutes_h.py`, `minutes_j.py` — dev/ — and
`minutes_u.py` — test/) to PDFs with truth files, with the renderer of samples/heldout2/make.py.

    python -m samples.heldout6.make          # rewrites samples/heldout6/dev/* and samples/heldout6/test/*
"""

from __future__ import annotations

from pathlib import Path

from samples.heldout2.make import build

from .minutes_h import DOCS as DOCS_H
from .minutes_j import DOCS as DOCS_J
from .minutes_u import DOCS as DOCS_U

ROOT = Path(__file__).resolve().parent


def main() -> None:
    build(DOCS_H + DOCS_J + DOCS_U, ROOT)


if __name__ == "__main__":
    main()
