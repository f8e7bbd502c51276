"""Truth files (`X.truth.json`, docs/CONTRACTS.md) and their validation against the data model."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

from bienban.model import Absentee, Attendance, Chair, Guest, Meeting, Secretary, Votes

from .content import BOOK_FLAGS, MINUTE_FLAGS

DAMAGES = ("clean", "moderate", "harsh", "rotated", "stamp", "photocopy",  # photocopy: samples/heldout3
           "bleed", "fax", "phone",  # samples/heldout18
           "seal")  # samples/heldout19


def nfc(obj):
    if isinstance(obj, str):
        return unicodedata.normalize("NFC", obj)
    if isinstance(obj, list):
        return [nfc(x) for x in obj]
    if isinstance(obj, dict):
        return {k: nfc(v) for k, v in obj.items()}
    return obj


def make_truth(file: str, origin: str, damage: str | None, rotation: int, page_texts: list[str],
               minutes: list[dict], flags: list[str], extra: dict | None = None) -> dict:
    t = {
        "file": file, "origin": origin, "damage": damage, "rotation": rotation,
        "pages": [{"number": i, "text": txt} for i, txt in enumerate(page_texts, 1)],
        "minutes": minutes, "flags": [f for f in BOOK_FLAGS if f in flags],
    }
    if extra:
        t.update(extra)
    return nfc(t)


def write_truth(out_file: Path, truth: dict) -> Path:
    p = out_file.parent / (out_file.stem + ".truth.json")
    p.write_text(json.dumps(truth, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return p


def validate(truth: dict) -> list[str]:
    """Problems with a truth dict (empty list when it follows the contract)."""
    errs = []
    required = {"file", "origin", "damage", "rotation", "pages", "minutes", "flags"}
    missing = required - set(truth)
    if missing:
        errs.append(f"missing keys {sorted(missing)}")
        return errs
    if truth["origin"] not in ("born-digital", "scan", "mixed"):
        errs.append(f"bad origin {truth['origin']!r}")
    if truth["damage"] not in (None, *DAMAGES):
        errs.append(f"bad damage {truth['damage']!r}")
    if truth["rotation"] not in (0, 90, 180, 270):
        errs.append(f"bad rotation {truth['rotation']!r}")
    if truth["origin"] == "born-digital" and truth["damage"] is not None:
        errs.append("born-digital file with damage")
    for i, p in enumerate(truth["pages"], 1):
        if p.get("number") != i or not isinstance(p.get("text"), str):
            errs.append(f"page {i} malformed")
        elif unicodedata.normalize("NFC", p["text"]) != p["text"]:
            errs.append(f"page {i} text not NFC")
    npages = len(truth["pages"])
    for f in truth["flags"]:
        if f not in BOOK_FLAGS:
            errs.append(f"unknown book flag {f}")
    for k, m in enumerate(truth["minutes"]):
        where = f"minute {k}"
        keys = {"pages", "meeting", "chair", "secretary", "attendance", "conclusion", "resolutions", "assignments", "flags"}
        if set(m) != keys:
            errs.append(f"{where}: keys {sorted(set(m) ^ keys)}")
            continue
        try:
            Meeting(**m["meeting"])
            if m["chair"] is not None:
                Chair(**m["chair"])
            if m["secretary"] is not None:
                Secretary(**m["secretary"])
            att = dict(m["attendance"])
            att["absentees"] = [Absentee(**a) for a in att["absentees"]]
            att["guests"] = [Guest(**g) for g in att["guests"]]
            Attendance(**att)
            for r in m["resolutions"]:
                if set(r) - {"text", "votes"}:
                    errs.append(f"{where}: resolution keys {sorted(r)}")
                if r.get("votes") is not None:
                    Votes(**r["votes"])
            for a in m["assignments"]:
                if set(a) != {"assignee", "task", "deadline"} or not a["assignee"] or not a["task"]:
                    errs.append(f"{where}: assignment {a}")
        except Exception as e:  # pydantic ValidationError or TypeError
            errs.append(f"{where}: {e}")
            continue
        if not isinstance(m["conclusion"], bool):
            errs.append(f"{where}: conclusion not bool")
        if not m["pages"] or any(not (1 <= p <= npages) for p in m["pages"]):
            errs.append(f"{where}: pages {m['pages']} outside 1..{npages}")
        for f in m["flags"]:
            if f not in MINUTE_FLAGS:
                errs.append(f"{where}: unknown flag {f}")
        a = m["attendance"]
        if a["total"] is not None and a["present"] is not None and a["absent"] is not None:
            if a["present"] + a["absent"] + (a["exempt"] or 0) != a["total"]:
                errs.append(f"{where}: attendance does not add up")
        if a["absentees"] and len(a["absentees"]) > (a["absent"] or 0):  # a page may name only some absentees
            errs.append(f"{where}: absentee list length")
    return errs
