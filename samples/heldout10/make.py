"""Render the tenth held-out set (text written by hand in `minutes_m.py`, `minutes_p.py` — dev/ — and
`minutes_r.py` — test/) to PDFs with truth files, with the renderer of samples/heldout2/make.py.

    python -m samples.heldout10.make          # rewrites samples/heldout10/dev/* and samples/heldout10/test/*
"""

from __future__ import annotations

from pathlib import Path

from samples.heldout2.make import build

from .minutes_m import DOCS as DOCS_M
from .minutes_p import DOCS as DOCS_P
from .minutes_r import DOCS as DOCS_R

ROOT = Path(__file__).resolve().parent


def main() -> None:
    build(DOCS_M + DOCS_P + DOCS_R, ROOT)


if __name__ == "__main__":
    main()
