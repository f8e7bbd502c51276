"""Render the fifth held-out set (text written by hand in `minutes_f.py`, `minutes_g.py` — dev/ — and
`minutes_z.py` — test/) to PDFs with truth files, with the renderer of samples/heldout2/make.py.

    python -m samples.heldout5.make          # rewrites samples/heldout5/dev/* and samples/heldout5/test/*
"""

from __future__ import annotations

from pathlib import Path

from samples.heldout2.make import build

from .minutes_f import DOCS as DOCS_F
from .minutes_g import DOCS as DOCS_G
from .minutes_z import DOCS as DOCS_Z

ROOT = Path(__file__).resolve().parent


def main() -> None:
    build(DOCS_F + DOCS_G + DOCS_Z, ROOT)


if __name__ == "__main__":
    main()
