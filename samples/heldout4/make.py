"""Render the fourth held-out set (text written by hand in `minutes_d.py`, `minutes_e.py` — dev/ — and
`minutes_y.py` — test/) to PDFs with truth files, with the renderer of samples/heldout2/make.py.

    python -m samples.heldout4.make          # rewrites samples/heldout4/dev/* and samples/heldout4/test/*
"""

from __future__ import annotations

from pathlib import Path

from samples.heldout2.make import build

from .minutes_d import DOCS as DOCS_D
from .minutes_e import DOCS as DOCS_E
from .minutes_y import DOCS as DOCS_Y

ROOT = Path(__file__).resolve().parent


def main() -> None:
    build(DOCS_D + DOCS_E + DOCS_Y, ROOT)


if __name__ == "__main__":
    main()
