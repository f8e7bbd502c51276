"""Render held-out set 15 (text written by hand in `minutes_k.py`, `minutes_m.py` — dev/ — and
`minutes_n.py` — test/) to PDFs with truth files, with the renderer of samples/heldout2/make.py.

    python -m samples.heldout15.make          # rewrites samples/heldout15/dev/* and samples/heldout15/test/*
"""

from __future__ import annotations

from pathlib import Path

from samples.heldout2.make import build

from .minutes_k import DOCS as DOCS_K
from .minutes_m import DOCS as DOCS_M
from .minutes_n import DOCS as DOCS_N

ROOT = Path(__file__).resolve().parent


def main() -> None:
    build(DOCS_K + DOCS_M + DOCS_N, ROOT)


if __name__ == "__main__":
    main()
