"""Render the eleventh held-out set (text written by hand in `minutes_s.py`, `minutes_w.py` — dev/ — and
`minutes_v.py` — test/) to PDFs with truth files, with the renderer of samples/heldout2/make.py.

    python -m samples.heldout11.make          # rewrites samples/heldout11/dev/* and samples/heldout11/test/*
"""

from __future__ import annotations

from pathlib import Path

from samples.heldout2.make import build

from .minutes_s import DOCS as DOCS_S
from .minutes_w import DOCS as DOCS_W
from .minutes_v import DOCS as DOCS_V

ROOT = Path(__file__).resolve().parent


def main() -> None:
    build(DOCS_S + DOCS_W + DOCS_V, ROOT)


if __name__ == "__main__":
    main()
