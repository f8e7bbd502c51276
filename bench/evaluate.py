"""Evaluate extraction against ground truth: python -m bench.evaluate [--data DIR ...] [-v]

Runs the real pipeline on every `X.pdf|png|tif|tiff|jpg` that has an `X.truth.json` beside it
(`ingest.inspect` + `ingest.read_pages`, then `extract.extract`) and prints, per group
(born-digital, scan, book):
  * exact-match accuracy per field (strings compared after NFC and whitespace normalisation),
  * precision / recall per flag code (minute and book level),
  * book splitting: truth minute boundaries found (a predicted minute with the same first page
    and the same meeting date, or the same page list),
  * extraction time in ms per page (ingest time excluded; printed apart).
A written part (samples/parts, rendered by `python -m samples.parts.make`) is grouped by its kind ("part:opening")
and scored only on the fields and flags its truth lists under `scored`.
Ingested pages are cached by sha256 under --cache (OCR is slow); --no-cache re-reads.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import unicodedata
from collections import defaultdict
from pathlib import Path

from bienban.config import Settings
from bienban.model import Page

# samples/heldout{2,…,17}/test are left out on purpose: each is scored alone, in aggregate only (their READMEs)
DEFAULT_DIRS = ["samples/born-digital", "samples/scans", "samples/book", "samples/heldout", "samples/heldout2/dev",
                "samples/heldout3/dev", "samples/heldout4/dev", "samples/heldout5/dev", "samples/heldout6/dev",
                "samples/heldout7/dev", "samples/heldout8/dev", "samples/heldout9/dev",
                "samples/heldout10/dev", "samples/heldout11/dev",
                "samples/heldout12/dev", "samples/heldout13/dev", "samples/heldout14/dev",
                "samples/heldout15/dev", "samples/heldout16/dev",
                "samples/heldout17/dev", "samples/heldout18/dev",
                "samples/heldout19/dev"]
EXTS = (".pdf", ".png", ".tif", ".tiff", ".jpg", ".jpeg")

MEETING_FIELDS = ["kind", "topic", "date", "month", "year", "start_time", "end_time", "location", "cell",
                  "party_committee"]
ATT_FIELDS = ["total", "present", "absent", "absent_excused", "absent_unexcused", "exempt"]


def norm(v):
    if isinstance(v, str):
        return " ".join(unicodedata.normalize("NFC", v).split())
    return v


def read(path: Path, settings: Settings, cache: Path | None) -> tuple[list[Page], float]:
    from ingest import inspect, read_pages

    t0 = time.perf_counter()
    src = inspect(path, settings)
    if cache is not None:
        cf = cache / f"{src.sha256}.json"
        if cf.exists():
            pages = [Page.model_validate(p) for p in json.loads(cf.read_text(encoding="utf-8"))]
            return pages, 0.0
    pages = list(read_pages(path, settings))
    dt = time.perf_counter() - t0
    if cache is not None:
        cache.mkdir(parents=True, exist_ok=True)
        cf.write_text(json.dumps([p.model_dump(mode="json") for p in pages], ensure_ascii=False), encoding="utf-8")
    return pages, dt


def minute_values(m: dict) -> dict[str, object]:
    """Flatten a truth minute or a predicted minute (model_dump by alias) to comparable fields."""
    out: dict[str, object] = {}
    meet = m.get("meeting") or {}
    for f in MEETING_FIELDS:
        out[f"meeting.{f}"] = norm(meet.get(f))
    chair = m.get("chair") or {}
    out["chair.name"] = norm(chair.get("name"))
    out["chair.role"] = norm(chair.get("role"))
    out["secretary.name"] = norm((m.get("secretary") or {}).get("name"))
    att = m.get("attendance") or {}
    for f in ATT_FIELDS:
        out[f"attendance.{f}"] = att.get(f)
    out["attendance.absentees"] = sorted(((norm(a["name"]), a.get("excused")) for a in att.get("absentees") or []),
                                         key=str)
    out["attendance.guests"] = sorted(norm(g["name"]) for g in att.get("guests") or [])
    c = m.get("conclusion")
    out["conclusion"] = bool(c) if not isinstance(c, bool) else c
    votes = []
    for r in m.get("resolutions") or []:
        v = r.get("votes") or {}
        votes.append((v.get("for"), v.get("against"), v.get("abstain")))
    out["resolutions.votes"] = sorted(votes, key=str)
    out["assignments"] = sorted(((norm(a["assignee"]), norm(a.get("deadline"))) for a in m.get("assignments") or []),
                                key=str)
    out["pages"] = list(m.get("pages") or [])
    return out


def match(truth: list[dict], pred: list[dict]) -> list[tuple[dict, dict | None]]:
    """Pair each truth minute with the unused predicted minute sharing most pages (then the date)."""
    used: set[int] = set()
    pairs = []
    for t in truth:
        best, best_score = None, -1.0
        for k, p in enumerate(pred):
            if k in used:
                continue
            overlap = len(set(t["pages"]) & set(p["pages"]))
            same_date = (t.get("meeting") or {}).get("date") == (p.get("meeting") or {}).get("date")
            score = overlap + (2 if same_date else 0) + (1 if t["pages"][0] == p["pages"][0] else 0)
            if overlap and score > best_score:
                best, best_score = k, score
        if best is not None:
            used.add(best)
        pairs.append((t, pred[best] if best is not None else None))
    return pairs


class Tally:
    def __init__(self) -> None:
        self.fields: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        self.flags: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])  # tp, fp, fn
        self.boundaries = [0, 0]
        self.pages = 0
        self.extract_s = 0.0
        self.ingest_s = 0.0
        self.files = 0
        self.misses: list[str] = []

    def field(self, name: str, ok: bool, detail: str = "") -> None:
        self.fields[name][0] += ok
        self.fields[name][1] += 1
        if not ok and detail:
            self.misses.append(f"{name}: {detail}")

    def flagset(self, truth: set[str], pred: set[str], where: str = "") -> None:
        for c in truth | pred:
            if c in truth and c in pred:
                self.flags[c][0] += 1
            elif c in pred:
                self.flags[c][1] += 1
                self.misses.append(f"flag FP {c} {where}")
            else:
                self.flags[c][2] += 1
                self.misses.append(f"flag FN {c} {where}")


def evaluate_file(path: Path, truth: dict, settings: Settings, cache: Path | None, tally: Tally) -> None:
    from extract import extract

    pages, ingest_s = read(path, settings, cache)
    t0 = time.perf_counter()
    minutes, book_flags = extract(pages, settings)
    tally.extract_s += time.perf_counter() - t0
    tally.ingest_s += ingest_s
    tally.pages += len(pages)
    tally.files += 1
    pred = [m.model_dump(by_alias=True, mode="json") for m in minutes]
    for m, pm in zip(pred, minutes):
        m["conclusion"] = pm.conclusion is not None
        m["flags"] = [f.code for f in pm.flags]
    # a written part (samples/parts) is scored on what it is about, not on the skeleton around it
    scored = truth.get("scored")
    for t, p in match(truth["minutes"], pred):
        where = f"{path.name} p{t['pages']}"
        tv = minute_values(t)
        pv = minute_values(p) if p is not None else {k: None for k in tv}
        for k, v in tv.items():
            if scored is None or k in scored["fields"]:
                tally.field(k, pv[k] == v, f"{where} truth={v!r} got={pv[k]!r}")
        pf = set(p["flags"]) if p else set()
        if scored is not None:
            pf &= set(scored["flags"])
        tally.flagset(set(t["flags"]), pf, where)
    if len(truth["minutes"]) > 1:
        starts = {(p["pages"][0], (p.get("meeting") or {}).get("date")) for p in pred}
        plist = [p["pages"] for p in pred]
        for t in truth["minutes"]:
            found = (t["pages"][0], t["meeting"].get("date")) in starts or t["pages"] in plist
            tally.boundaries[0] += found
            tally.boundaries[1] += 1
            if not found:
                tally.misses.append(f"boundary missed {path.name} pages {t['pages']}")
        tally.boundaries[1] += 0
        extra = len(pred) - len(truth["minutes"])
        if extra > 0:
            tally.misses.append(f"{path.name}: {extra} false minute starts")
    tally.flagset(set(truth["flags"]), {f.code for f in book_flags}, f"{path.name} (book)")


def group_of(truth: dict) -> str:
    if truth.get("group"):
        return truth["group"]
    if len(truth["minutes"]) > 1:
        return "book"
    return truth.get("origin") or "other"


def report(name: str, t: Tally) -> tuple[int, int]:
    print(f"\n== {name}: {t.files} files, {t.pages} pages ==")
    ok_all = n_all = 0
    for f, (ok, n) in sorted(t.fields.items()):
        ok_all += ok
        n_all += n
        print(f"  {f:28s} {ok / n:6.3f}  ({ok}/{n})")
    if n_all:
        print(f"  {'FIELDS OVERALL':28s} {ok_all / n_all:6.3f}  ({ok_all}/{n_all})")
    print("  flag                        precision recall (tp fp fn)")
    for c, (tp, fp, fn) in sorted(t.flags.items()):
        p = tp / (tp + fp) if tp + fp else 1.0
        r = tp / (tp + fn) if tp + fn else 1.0
        print(f"  {c:28s} {p:6.3f} {r:6.3f}   ({tp} {fp} {fn})")
    tp = sum(v[0] for v in t.flags.values())
    fp = sum(v[1] for v in t.flags.values())
    fn = sum(v[2] for v in t.flags.values())
    if tp + fp + fn:
        print(f"  {'FLAGS OVERALL':28s} {tp / (tp + fp) if tp + fp else 1:6.3f} {tp / (tp + fn) if tp + fn else 1:6.3f}"
              f"   ({tp} {fp} {fn})")
    key = [f for f in t.fields if f.startswith("attendance.") and f.split(".")[1] in ATT_FIELDS] + \
        ["meeting.date", "chair.name", "secretary.name"]
    ok = sum(t.fields[f][0] for f in key if f in t.fields)
    n = sum(t.fields[f][1] for f in key if f in t.fields)
    if n:
        print(f"  {'KEY (attendance #, date, chair, secretary)':28s} {ok / n:6.3f}  ({ok}/{n})")
    if t.boundaries[1]:
        print(f"  book boundaries found: {t.boundaries[0]}/{t.boundaries[1]}")
    if t.pages:
        print(f"  extract: {1000 * t.extract_s / t.pages:.1f} ms/page; ingest: {t.ingest_s:.1f} s (0 = cached)")
    return ok_all, n_all


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.evaluate", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", nargs="+", type=Path, default=None, help="folders with X.* + X.truth.json")
    ap.add_argument("--cache", type=Path, default=Path("/tmp/bienban-bench-cache"))
    ap.add_argument("--no-cache", action="store_true")
    ap.add_argument("-v", "--verbose", action="store_true", help="list every miss")
    a = ap.parse_args(argv)
    dirs = a.data or [Path(d) for d in DEFAULT_DIRS if Path(d).is_dir()]
    settings = Settings()
    cache = None if a.no_cache else a.cache
    import extract.nlp  # load spaCy once, outside the timing

    extract.nlp.get()
    groups: dict[str, Tally] = defaultdict(Tally)
    for d in dirs:
        for tf in sorted(Path(d).rglob("*.truth.json")):
            try:
                truth = json.loads(tf.read_text(encoding="utf-8"))
                src = tf.parent / truth["file"]
                if not src.exists() or src.suffix.lower() not in EXTS:
                    continue
                g = group_of(truth)
                evaluate_file(src, truth, settings, cache, groups[g])
            except Exception as e:  # a file being rewritten, an unreadable input: say so, go on
                print(f"skipped {tf.name}: {type(e).__name__}: {e}", file=sys.stderr)
    total = Tally()
    for name in sorted(groups):
        t = groups[name]
        report(name, t)
        if a.verbose:
            for m in t.misses:
                print("   -", m)
        for k, v in t.fields.items():
            total.fields[k][0] += v[0]
            total.fields[k][1] += v[1]
        for k, v in t.flags.items():
            for i in range(3):
                total.flags[k][i] += v[i]
        total.pages += t.pages
        total.files += t.files
        total.extract_s += t.extract_s
        total.boundaries = [total.boundaries[0] + t.boundaries[0], total.boundaries[1] + t.boundaries[1]]
    if len(groups) > 1:
        report("ALL", total)
    return 0


if __name__ == "__main__":
    sys.exit(main())
