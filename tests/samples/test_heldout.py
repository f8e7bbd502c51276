"""The held-out set (samples/heldout): truth files follow the contract, agree with themselves, and the
born-digital PDFs really contain the truth text. Not a test of the extractor's accuracy."""

from __future__ import annotations

import json
import unicodedata
from collections import Counter
from pathlib import Path

import pdfplumber
import pytest

from bienban.model import Absentee, Attendance, Chair, Guest, Meeting, Secretary, Votes

HELDOUT = Path(__file__).resolve().parents[2] / "samples" / "heldout" / "files"
TRUTHS = sorted(HELDOUT.glob("*.truth.json"))
MINUTE_FLAGS = {"missing_conclusion", "missing_assignments", "missing_vote", "not_approved", "no_discussion",
                "low_attendance", "unexcused_absence", "short_meeting", "unfilled_template"}
MINUTE_KEYS = {"pages", "meeting", "chair", "secretary", "attendance", "conclusion", "resolutions",
               "assignments", "flags"}


def load(p: Path) -> dict:
    return json.loads(p.read_text(encoding="utf-8"))


def words(text: str) -> Counter:
    return Counter(unicodedata.normalize("NFC", text).split())




def test_set_shape():
    assert len(TRUTHS) >= 12
    origins = Counter(load(p)["origin"] for p in TRUTHS)
    assert origins["born-digital"] >= 10 and origins["scan"] >= 2
    flags = Counter(f for p in TRUTHS if load(p)["origin"] == "born-digital"
                    for m in load(p)["minutes"] for f in m["flags"])
    assert set(flags) == MINUTE_FLAGS                       # every defect is present somewhere
    clean = [p for p in TRUTHS if load(p)["origin"] == "born-digital" and not load(p)["minutes"][0]["flags"]]
    assert len(clean) >= 3


@pytest.mark.parametrize("path", TRUTHS, ids=lambda p: p.stem)
def test_truth_follows_contract(path):
    t = load(path)
    assert {"file", "origin", "damage", "rotation", "pages", "minutes", "flags"} <= set(t)
    assert (HELDOUT / t["file"]).exists()
    assert t["origin"] in ("born-digital", "scan") and t["rotation"] == 0 and t["flags"] == []
    assert (t["damage"] is None) == (t["origin"] == "born-digital")
    for i, p in enumerate(t["pages"], 1):
        assert p["number"] == i and p["text"] == unicodedata.normalize("NFC", p["text"]) and p["text"]
    assert len(t["minutes"]) == 1
    for m in t["minutes"]:
        assert set(m) == MINUTE_KEYS
        Meeting(**m["meeting"])
        if m["chair"] is not None:
            Chair(**m["chair"])
        if m["secretary"] is not None:
            Secretary(**m["secretary"])
        a = dict(m["attendance"])
        Attendance(**{**a, "absentees": [Absentee(**x) for x in a["absentees"]],
                      "guests": [Guest(**g) for g in a["guests"]]})
        for r in m["resolutions"]:
            assert set(r) <= {"text", "votes"}
            if r["votes"] is not None:
                Votes(**r["votes"])
        for x in m["assignments"]:
            assert set(x) == {"assignee", "task", "deadline"} and x["assignee"] and x["task"]
        assert isinstance(m["conclusion"], bool)
        assert m["pages"] == list(range(1, len(t["pages"]) + 1))
        assert set(m["flags"]) <= MINUTE_FLAGS and len(set(m["flags"])) == len(m["flags"])
    try:   # the generator's own validator, when importable, must agree too
        from samples.generator.truth import validate
    except ImportError:  # pragma: no cover
        return
    assert validate(t) == []


@pytest.mark.parametrize("path", TRUTHS, ids=lambda p: p.stem)
def test_labels_agree_with_flags(path):
    """The flags that follow from the labels are exactly the ones given (the others are read from text)."""
    m = load(path)["minutes"][0]
    a, mt, f = m["attendance"], m["meeting"], set(m["flags"])
    assert a["present"] + a["absent"] + (a["exempt"] or 0) == a["total"]
    assert len(a["absentees"]) == a["absent"]
    assert a["absent_excused"] + a["absent_unexcused"] == a["absent"]
    assert sum(1 for x in a["absentees"] if x["excused"] is False) == a["absent_unexcused"]
    assert ("low_attendance" in f) == (a["present"] < 0.9 * (a["total"] - (a["exempt"] or 0)))
    assert ("unexcused_absence" in f) == (a["absent_unexcused"] > 0)
    assert ("missing_conclusion" in f) == (not m["conclusion"])
    assert ("missing_vote" in f) == (not m["resolutions"])
    assert ("missing_assignments" in f) == (not m["assignments"])
    h0, m0 = map(int, mt["start_time"].split(":"))
    h1, m1 = map(int, mt["end_time"].split(":"))
    combined = mt["kind"] == "regular" and mt["topic"] is not None
    assert ("short_meeting" in f) == ((h1 * 60 + m1) - (h0 * 60 + m0) < (120 if combined else 90))
    text = "\n".join(p["text"] for p in load(path)["pages"])
    assert ("unfilled_template" in f) == ("……" in text or "ghi rõ họ tên" in text)


@pytest.mark.parametrize("path", [p for p in TRUTHS if load(p)["origin"] == "born-digital"], ids=lambda p: p.stem)
def test_pdf_text_is_the_truth_text(path):
    t = load(path)
    with pdfplumber.open(HELDOUT / t["file"]) as doc:
        assert len(doc.pages) == len(t["pages"])
        for page, tp in zip(doc.pages, t["pages"]):
            got = page.extract_text()
            assert words(got) == words(tp["text"]), (t["file"], tp["number"])
            # single-column lines (the long ones) come back in the same order
            got_lines = [" ".join(unicodedata.normalize("NFC", ln).split()) for ln in got.splitlines()]
            long = [" ".join(ln.split()) for ln in tp["text"].splitlines() if len(ln) > 45]
            it = iter(got_lines)
            assert all(ln in it for ln in long), (t["file"], tp["number"])
    # the labelled names and values are words of the document
    body = " ".join(" ".join(p["text"].split()) for p in t["pages"])
    m = t["minutes"][0]
    names = [m["chair"]["name"], m["secretary"]["name"]]
    names += [x["name"] for x in m["attendance"]["absentees"]] + [g["name"] for g in m["attendance"]["guests"]]
    names += [x["assignee"] for x in m["assignments"]]
    for s in names + [m["meeting"]["cell"], m["meeting"]["party_committee"]] + (
            [m["meeting"]["location"]] if m["meeting"]["location"] else []):
        assert s in body, s
    for x in m["assignments"]:
        assert x["task"] in body, x["task"]
        assert x["deadline"] is None or x["deadline"] in body, x["deadline"]
    for x in m["attendance"]["absentees"]:
        assert x["reason"] in body, x["reason"]


@pytest.mark.parametrize("path", [p for p in TRUTHS if load(p)["origin"] == "scan"], ids=lambda p: p.stem)
def test_scan_is_image_only_twin(path):
    t = load(path)
    twin = load(HELDOUT / (Path(t["scan_of"]).stem + ".truth.json"))
    assert t["pages"] == twin["pages"] and t["minutes"] == twin["minutes"]
    assert len(t["skew"]) == len(t["pages"])
    with pdfplumber.open(HELDOUT / t["file"]) as doc:
        assert len(doc.pages) == len(t["pages"])
        for page in doc.pages:
            assert not page.chars and len(page.images) == 1


def test_committed_size_is_small():
    assert sum(p.stat().st_size for p in HELDOUT.iterdir() if p.is_file()) < 1_500_000
