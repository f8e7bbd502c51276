"""Render held-out set 18 (text written by hand in `minutes_v.py`, `minutes_w.py` — dev/ — and
`minutes_x.py` — test/) to PDFs with truth files, with the renderer of samples/heldout2/make.py.

    python -m samples.heldout18.make          # rewrites samples/heldout18/dev/* and samples/heldout18/test/*
"""

from __future__ import annotations

from pathlib import Path

from samples.heldout2.make import build

from .minutes_v import DOCS as DOCS_V
from .minutes_w import DOCS as DOCS_W
from .minutes_x import DOCS as DOCS_X

ROOT = Path(__file__).resolve().parent


def main() -> None:
    build(DOCS_V + DOCS_W + DOCS_X, ROOT)


if __name__ == "__main__":
    main()
