"""Render held-out set 19 (text written by hand in `minutes_d.py`, `minutes_e.py` — dev/ — and
`minutes_f.py` — test/) to PDFs with truth files, with the renderer of samples/heldout2/make.py.

    python -m samples.heldout19.make          # rewrites samples/heldout19/dev/* and samples/heldout19/test/*
"""

from __future__ import annotations

from pathlib import Path

from samples.heldout2.make import build

from .minutes_d import DOCS as DOCS_D
from .minutes_e import DOCS as DOCS_E
from .minutes_f import DOCS as DOCS_F

ROOT = Path(__file__).resolve().parent


def main() -> None:
    build(DOCS_D + DOCS_E + DOCS_F, ROOT)


if __name__ == "__main__":
    main()
