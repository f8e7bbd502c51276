"""Render held-out set 16 (text written by hand in `minutes_p.py`, `minutes_q.py` — dev/ — and
`minutes_r.py` — test/) to PDFs with truth files, with the renderer of samples/heldout2/make.py.

    python -m samples.heldout16.make          # rewrites samples/heldout16/dev/* and samples/heldout16/test/*
"""

from __future__ import annotations

from pathlib import Path

from samples.heldout2.make import build

from .minutes_p import DOCS as DOCS_P
from .minutes_q import DOCS as DOCS_Q
from .minutes_r import DOCS as DOCS_R

ROOT = Path(__file__).resolve().parent


def main() -> None:
    build(DOCS_P + DOCS_Q + DOCS_R, ROOT)


if __name__ == "__main__":
    main()
