"""Render held-out set 17 (text written by hand in `minutes_s.py`, `minutes_t.py` — dev/ — and
`minutes_u.py` — test/) to PDFs with truth files, with the renderer of samples/heldout2/make.py.

    python -m samples.heldout17.make          # rewrites samples/heldout17/dev/* and samples/heldout17/test/*
"""

from __future__ import annotations

from pathlib import Path

from samples.heldout2.make import build

from .minutes_s import DOCS as DOCS_S
from .minutes_t import DOCS as DOCS_T
from .minutes_u import DOCS as DOCS_U

ROOT = Path(__file__).resolve().parent


def main() -> None:
    build(DOCS_S + DOCS_T + DOCS_U, ROOT)


if __name__ == "__main__":
    main()
