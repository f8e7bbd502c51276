"""OCR on photocopy-damaged scans, with the moderate and committed scans as regression guards.

    python -m bench.photocopy [--only CLASS ...] [--save FILE] [--baseline FILE] [-q]

Classes (every page of each file is read with ``ingest.read_pages``, as the CLI does):
  photocopy  samples/heldout{3,4,5}/dev/*scan-photocopy.pdf (the six committed photocopies)
  extra      more photocopies made now with samples/heldout2/make.py's ``scan(pdf, "photocopy", ...)``
             from born-digital dev PDFs that no committed scan was made from (first two pages each)
  bleed, fax, phone
             the same pages made now with the damage of that name (samples/heldout18): the next page
             showing through, a black-and-white fax at 200 dpi, a slanted phone photo on a desk
  moderate   samples/heldout*/dev/*scan-moderate*.pdf
  scans      samples/scans/* (clean, moderate, harsh, rotated, stamp, mixed)
Never reads samples/heldout*/test/. CER and text normalisation are bench.ocr's; seconds are per page
(render + prepare + OCR, one thread). ``--save`` writes the per-page figures as JSON, ``--baseline``
prints them beside this run's.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import tempfile
import time
from collections import defaultdict
from pathlib import Path

os.environ["OMP_THREAD_LIMIT"] = "1"

from bench.ocr import cer, norm  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
CLASSES = ["photocopy", "extra", "bleed", "fax", "phone", "moderate", "scans"]
MADE = {"extra": "photocopy", "bleed": "bleed", "fax": "fax", "phone": "phone"}  # class -> scan() damage
# (born-digital dev PDF, dpi): tables, a typewriter face, ranks, centred tables, leader dots; none
# is the source of a committed scan. Seeds are 7000 + index.
EXTRA = [
    ("heldout2/dev/dev-03-hcm-ward-tables-low-attendance.pdf", 300),
    ("heldout2/dev/dev-21-namdinh-kindergarten-centred-table-clean.pdf", 250),
    ("heldout3/dev/a05-thanhhoa-police-ranks-clean.pdf", 300),
    ("heldout3/dev/a06-quangtri-retired-mono-low-unexcused.pdf", 250),
    ("heldout3/dev/b04-angiang-bank-combined-absent-table-low.pdf", 300),
    ("heldout4/dev/d03-namdinh-hospital-thematic-80min.pdf", 250),
    ("heldout4/dev/e09-gialai-commune-police-ranks-clean.pdf", 300),
    ("heldout5/dev/f02-phutho-credit-coop-combined-105min.pdf", 250),
    ("heldout5/dev/g03-binhdinh-ward-task-table-clean.pdf", 300),
    ("heldout5/dev/f07-laocai-forestry-form-dots-not-approved.pdf", 300),  # leader dots "……"
]
EXTRA_PAGES = 2


def _truth(path: Path) -> list[str]:
    t = json.loads(path.with_name(path.name.rsplit(".", 1)[0] + ".truth.json").read_text("utf-8"))
    return [p["text"] for p in t["pages"]]


def items(only: set[str], tmp: Path) -> list[tuple[str, Path, list[int], list[str]]]:
    """(class, file, page numbers, truth texts) to read."""
    out = []
    dev = sorted(SAMPLES.glob("heldout*/dev/*.pdf"))
    for cls in ("photocopy", "moderate"):  # the committed dev scans of that damage
        for p in dev if cls in only else []:
            if f"scan-{cls}" in p.name:
                truth = _truth(p)
                out.append((cls, p, list(range(1, len(truth) + 1)), truth))
    for cls, damage in MADE.items():
        if cls not in only:
            continue
        from samples.heldout2.make import scan

        for i, (rel, dpi) in enumerate(EXTRA):
            src = SAMPLES / rel
            dpi = 200 if damage == "fax" else dpi
            pdf, _ = scan(src.read_bytes(), damage, 7000 + i, dpi)
            path = tmp / f"{src.stem}-{damage}-{dpi}.pdf"
            path.write_bytes(pdf)
            truth = _truth(src)[:EXTRA_PAGES]
            out.append((cls, path, list(range(1, len(truth) + 1)), truth))
    if "scans" in only:
        for t in sorted((SAMPLES / "scans").glob("*.truth.json")):
            meta = json.loads(t.read_text("utf-8"))
            truth = [p["text"] for p in meta["pages"]]
            out.append(("scans", t.parent / meta["file"], list(range(1, len(truth) + 1)), truth))
    return out


class _Steps(logging.Handler):
    """Catches ingest.ocr's debug line "page N prepared: steps measures"."""

    def __init__(self):
        super().__init__(logging.DEBUG)
        self.last: list[str] = []

    def emit(self, record):
        if record.msg.startswith("page %s prepared"):
            self.last = list(record.args[1])


def run(args) -> int:
    from rapidfuzz.distance import Levenshtein

    from bienban.config import Settings
    from ingest import inspect, read_pages

    settings = Settings()
    steps = _Steps()
    log = logging.getLogger("ingest.ocr")
    log.addHandler(steps)
    log.setLevel(logging.DEBUG)
    only = set(args.only or CLASSES)
    rows = []
    with tempfile.TemporaryDirectory(prefix="bench-photocopy-") as tmp:
        for kind, path, numbers, truths in items(only, Path(tmp)):
            inspect(path, settings)
            pages = read_pages(path, settings, numbers)
            for n, ref in zip(numbers, truths):
                t0 = time.perf_counter()
                page = next(pages)
                secs = time.perf_counter() - t0
                dist = Levenshtein.distance(norm(page.text), norm(ref))
                row = {"class": kind, "file": path.name, "page": n, "cer": cer(page.text, ref),
                       "edits": dist, "chars": len(norm(ref)), "seconds": round(secs, 2),
                       "steps": steps.last if page.method == "ocr" else ["text layer"]}
                rows.append(row)
                if not args.quiet:
                    print(f"{kind:9s} {path.name[:44]:44s} p{n} CER {row['cer']:7.2%} {secs:5.1f}s "
                          f"{' '.join(row['steps'])}", flush=True)
    base = _by_key(json.loads(Path(args.baseline).read_text())) if args.baseline else {}
    _table(rows, base)
    if args.save:
        Path(args.save).write_text(json.dumps(rows, ensure_ascii=False, indent=1))
    return 0


def _by_key(rows):
    return {(r["class"], r["file"], r["page"]): r for r in rows}


def _table(rows, base) -> None:
    groups = defaultdict(list)
    for r in rows:
        groups[r["class"]].append(r)
    head = f"{'class':9s} {'pages':>5s} {'mean CER':>9s} {'pooled CER':>10s} {'s/page':>7s}"
    if base:
        head += f" | {'before mean':>11s} {'pooled':>7s} {'s/page':>7s}"
    print("\nCER = edit distance / truth chars (NFC, whitespace-normalised); "
          "pooled = all edits / all chars")
    print(head)
    print("-" * len(head))
    for kind in CLASSES:
        rs = groups.get(kind)
        if not rs:
            continue
        line = f"{kind:9s} {len(rs):5d} {_mean(r['cer'] for r in rs):9.2%} {_pooled(rs):10.2%} " \
               f"{_mean(r['seconds'] for r in rs):7.2f}"
        old = [base[k] for k in ((r["class"], r["file"], r["page"]) for r in rs) if k in base]
        if base and old:
            line += f" | {_mean(r['cer'] for r in old):11.2%} {_pooled(old):7.2%} " \
                    f"{_mean(r['seconds'] for r in old):7.2f}"
        print(line)


def _mean(xs) -> float:
    xs = list(xs)
    return sum(xs) / len(xs) if xs else float("nan")


def _pooled(rs) -> float:
    return sum(r["edits"] for r in rs) / max(1, sum(r["chars"] for r in rs))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.photocopy", description=__doc__.split("\n")[0])
    ap.add_argument("--only", nargs="+", choices=CLASSES, help="classes to read (default: all)")
    ap.add_argument("--save", help="write per-page figures (JSON) here")
    ap.add_argument("--baseline", help="a --save file of an earlier run, printed beside this one")
    ap.add_argument("-q", "--quiet", action="store_true", help="no line per page (CER, seconds, steps run)")
    return run(ap.parse_args(argv))


if __name__ == "__main__":
    raise SystemExit(main())
