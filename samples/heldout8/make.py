"""Render the eighth held-out set (text written by hand in `minutes_i.py`, `minutes_o.py` — dev/ — and
`minutes_xt.py` — test/) to PDFs with truth files, with the renderer of samples/heldout2/make.py.

    python -m samples.heldout8.make          # rewrites samples/heldout8/dev/* and samples/heldout8/test/*
"""

from __future__ import annotations

from pathlib import Path

from samples.heldout2.make import build

from .minutes_i import DOCS as DOCS_I
from .minutes_o import DOCS as DOCS_O
from .minutes_xt import DOCS as DOCS_XT

ROOT = Path(__file__).resolve().parent


def main() -> None:
    build(DOCS_I + DOCS_O + DOCS_XT, ROOT)


if __name__ == "__main__":
    main()
