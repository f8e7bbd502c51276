"""Render the written parts into labelled minutes: python -m samples.parts.make --out DIR [--only MODULE] [--scans N]

Each part (samples/parts/writer_*.py) is set into the neutral skeleton (skeleton.py) and rendered with the
held-out renderer (samples/heldout2/make.py) to DIR/<folder>/<id>.pdf with <id>.truth.json beside it, in the
format of docs/CONTRACTS.md plus `scored` (the fields and flags the part is about) and `group` ("part:<kind>"),
which bench.evaluate honours. `--scans N` also renders every N-th part as a moderate 250 dpi scan
(<id>-scan.pdf), read by OCR. The labels are checked first (`check`); a part that breaks a convention of
README.md stops the run with its id. Nothing here is committed: the same bytes come back on every run.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib
import json
import re
import sys
from pathlib import Path

from samples.heldout.make import nfc, write_truth
from samples.heldout2.make import render, scan
from samples.parts.skeleton import KINDS, SCORED, compose

ROOT = Path(__file__).resolve().parent
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_TIME = re.compile(r"\d{2}:\d{2}")


def modules() -> list[str]:
    return sorted(p.stem for p in ROOT.glob("writer_*.py"))


def load(name: str) -> tuple[str, list[dict]]:
    mod = importlib.import_module(f"samples.parts.{name}")
    return mod.FOLDER, mod.PARTS


def check(part: dict) -> list[str]:
    """The conventions of README.md that can be checked mechanically; returns what is wrong."""
    bad: list[str] = []
    kind, t = part.get("kind"), part.get("truth") or {}
    if kind not in KINDS:
        return [f"kind {kind!r} is not one of {KINDS}"]
    if not part.get("blocks"):
        bad.append("no blocks")
    allowed = set(SCORED[kind][1])
    if not set(t.get("flags", [])) <= allowed:
        bad.append(f"flags {sorted(set(t['flags']) - allowed)} are not {kind} flags")
    flags = set(t.get("flags", []))
    for k in ("date",):
        if t.get(k) is not None and not _DATE.fullmatch(t[k]):
            bad.append(f"{k} {t[k]!r} is not YYYY-MM-DD")
    for k in ("start_time", "end_time"):
        if t.get(k) is not None and not _TIME.fullmatch(t[k]):
            bad.append(f"{k} {t[k]!r} is not HH:MM")
    if kind == "head":
        missing = {"kind", "topic", "date", "month", "year", "cell", "party_committee"} - set(t)
        if missing:
            bad.append(f"head truth lacks {sorted(missing)}")
        if t.get("kind") not in ("regular", "thematic"):
            bad.append("head kind must be 'regular' or 'thematic'")
    elif kind == "opening":
        a = t.get("attendance") or {}
        need = {"total", "present", "absent", "absent_excused", "absent_unexcused", "exempt", "absentees", "guests"}
        if need - set(a):
            bad.append(f"attendance lacks {sorted(need - set(a))}")
            return bad
        tot, pre, ab, ex, un, exm = (a[k] for k in ("total", "present", "absent", "absent_excused",
                                                    "absent_unexcused", "exempt"))
        if None not in (tot, pre, ab, exm) and tot != pre + ab + exm:
            bad.append(f"total {tot} != present {pre} + absent {ab} + exempt {exm}")
        if None not in (ab, ex, un) and ab != ex + un:
            bad.append(f"absent {ab} != excused {ex} + unexcused {un}")
        if ab is not None and len(a["absentees"]) > ab:
            bad.append("more absentees named than absent")
        named_unexcused = sum(1 for x in a["absentees"] if x["excused"] is False)
        if un is not None and named_unexcused > un:
            bad.append("more named absentees without reason than absent_unexcused")
        if ("unexcused_absence" in flags) != bool((un or 0) > 0 or named_unexcused):
            bad.append("unexcused_absence must be flagged exactly when someone is absent without reason")
        due = (tot - (exm or 0)) if tot is not None else (pre + ab if None not in (pre, ab) else None)
        if pre is not None and due:
            if ("low_attendance" in flags) != (pre < 0.9 * due):
                bad.append(f"low_attendance must be flagged exactly when present {pre} < 90% of {due}")
        for who in ("chair", "secretary"):
            if t.get(who) is not None and not (t[who].get("name") or "").strip():
                bad.append(f"{who} without a name: use null")
    else:
        for k in ("conclusion", "resolutions", "assignments"):
            if k not in t:
                bad.append(f"body truth lacks {k}")
        if bad:
            return bad
        if ("missing_conclusion" in flags) == bool(t["conclusion"]):
            bad.append("missing_conclusion must be flagged exactly when conclusion is false")
        if ("missing_assignments" in flags) == bool(t["assignments"]):
            bad.append("missing_assignments must be flagged exactly when there is no assignment")
        if "missing_vote" in flags and t["resolutions"] and not part.get("vote_not_on_conclusion"):
            bad.append("missing_vote with resolutions: set 'vote_not_on_conclusion': True if that is meant")
        if "missing_vote" not in flags and not t["resolutions"]:
            bad.append("no resolution but no missing_vote flag")
        for x in t["assignments"]:
            if not (x.get("assignee") or "").strip():
                bad.append("an assignment without an assignee")
    return bad


def truth_file(file: str, pages: list[str], minute: dict, part: dict, origin: str, extra: dict) -> dict:
    scored = minute.pop("scored")
    m = {"pages": list(range(1, len(pages) + 1)), **minute, "flags": sorted(minute["flags"])}
    t = {"file": file, "origin": origin, "damage": extra.pop("damage", None), "rotation": 0,
         "pages": [{"number": i, "text": p} for i, p in enumerate(pages, 1)],
         "minutes": [m], "flags": [], "group": f"part:{part['kind']}", "part": part["id"], "scored": scored, **extra}
    return json.loads(nfc(json.dumps(t, ensure_ascii=False)))


def build(out: Path, names: list[str], scans: int = 0) -> int:
    seen: set[str] = set()
    problems = []
    work = []
    for name in names:
        folder, parts = load(name)
        for part in parts:
            pid = part.get("id", "?")
            if pid in seen:
                problems.append(f"{name}: {pid}: id used twice")
            seen.add(pid)
            problems += [f"{name}: {pid}: {b}" for b in check(part)]
            work.append((folder, part))
    if problems:
        print("\n".join(problems), file=sys.stderr)
        return 1
    for folder, part in work:
        blocks, minute, style = compose(part)
        pdf, pages, _ = render({"style": style, "minutes": [{"blocks": blocks}]})
        d = out / folder
        d.mkdir(parents=True, exist_ok=True)
        (d / f"{part['id']}.pdf").write_bytes(pdf)
        write_truth(d / f"{part['id']}.truth.json", truth_file(f"{part['id']}.pdf", pages, dict(minute), part,
                                                                "born-digital", {}))
        h = int(hashlib.sha256(part["id"].encode()).hexdigest(), 16)
        if scans and h % scans == 0:
            img, skews = scan(pdf, "moderate", h % 10_000, 250)
            (d / f"{part['id']}-scan.pdf").write_bytes(img)
            write_truth(d / f"{part['id']}-scan.truth.json",
                        truth_file(f"{part['id']}-scan.pdf", pages, dict(compose(part)[1]), part, "scan",
                                   {"damage": "moderate", "skew": skews, "dpi": 250}))
    print(f"{len(work)} parts from {len(names)} module(s) written under {out}")
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m samples.parts.make", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--only", nargs="+", help="module names (writer_p ...); default: all")
    ap.add_argument("--scans", type=int, default=0, help="also scan every N-th part (0: none)")
    a = ap.parse_args(argv)
    return build(a.out, a.only or modules(), a.scans)


if __name__ == "__main__":
    sys.exit(main())
