"""Render the ninth held-out set (text written by hand in `minutes_k.py`, `minutes_n.py` — dev/ — and
`minutes_q.py` — test/) to PDFs with truth files, with the renderer of samples/heldout2/make.py.

    python -m samples.heldout9.make          # rewrites samples/heldout9/dev/* and samples/heldout9/test/*
"""

from __future__ import annotations

from pathlib import Path

from samples.heldout2.make import build

from .minutes_k import DOCS as DOCS_K
from .minutes_n import DOCS as DOCS_N
from .minutes_q import DOCS as DOCS_Q

ROOT = Path(__file__).resolve().parent


def main() -> None:
    build(DOCS_K + DOCS_N + DOCS_Q, ROOT)


if __name__ == "__main__":
    main()
