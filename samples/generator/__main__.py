"""python -m samples.generator --out DIR [--set demo|bench|book|eval] [--seed N] [--count N] [--year Y]"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from . import sets


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m samples.generator", description=__doc__)
    ap.add_argument("--out", type=Path, required=True, help="output folder")
    ap.add_argument("--set", dest="set_", choices=["demo", "bench", "book", "eval"], default="demo")
    ap.add_argument("--seed", type=int, default=2023)
    ap.add_argument("--count", type=int, default=None,
                    help="bench: pages per damage class (8); eval: minutes (40)")
    ap.add_argument("--year", type=int, default=2023, help="book: the calendar year of the book")
    a = ap.parse_args(argv)
    a.out.mkdir(parents=True, exist_ok=True)
    if a.set_ == "demo":
        files = sets.demo(a.out, a.seed)
    elif a.set_ == "bench":
        files = sets.bench(a.out, a.seed, a.count or 8)
    elif a.set_ == "book":
        files = sets.book_set(a.out, a.seed, a.year)
    else:
        files = sets.eval_set(a.out, a.seed, a.count or 40)
    for f in files:
        print(f)
    return 0


if __name__ == "__main__":
    sys.exit(main())
