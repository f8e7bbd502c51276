"""Scans do what their damage class claims; truth labels agree with their own flags; the book's
book-level flags follow from its minutes."""

from __future__ import annotations

import json
import random
from pathlib import Path

import cv2
import numpy as np
import pdfplumber
import pypdfium2 as pdfium
import pytest
from PIL import Image, ImageOps

from samples.generator import damage as D
from samples.generator import sets

ROOT = Path(__file__).resolve().parents[2]
SCANS = ROOT / "samples" / "scans"
BOOK = ROOT / "samples" / "book" / "book-2024.truth.json"


def truth_of(path: Path) -> dict:
    return json.loads((path.parent / (path.stem + ".truth.json")).read_text(encoding="utf-8"))


def render(pdf: Path, index: int, dpi: int, color: bool = False) -> np.ndarray:
    doc = pdfium.PdfDocument(str(pdf))
    try:
        img = doc[index].render(scale=dpi / 72, grayscale=not color).to_pil()
    finally:
        doc.close()
    return np.asarray(img.convert("RGB" if color else "L"))


@pytest.fixture(scope="module")
def page_pdf(tmp_path_factory) -> bytes:
    r, _cell, _plan = sets.one_minute(random.Random(11), 2024, 5, "regular", set(), pages=1)
    return sets._pdf_bytes(r)


def skew_angle(gray: np.ndarray) -> float:
    """Projection-profile skew estimate in degrees (small image, coarse steps)."""
    small = cv2.resize(gray, None, fx=0.35, fy=0.35, interpolation=cv2.INTER_AREA)
    bg = cv2.medianBlur(cv2.dilate(small, np.ones((7, 7), np.uint8)), 21)
    ink = (small.astype(np.float32) < bg.astype(np.float32) * 0.75).astype(np.float32)
    best, best_a = -1.0, 0.0
    h, w = ink.shape
    for a in np.arange(-3.0, 3.01, 0.25):
        m = cv2.getRotationMatrix2D((w / 2, h / 2), a, 1.0)
        rows = cv2.warpAffine(ink, m, (w, h)).sum(axis=1)
        score = float(np.var(rows))
        if score > best:
            best, best_a = score, a
    return -best_a


@pytest.mark.parametrize("rotation", [90, 180, 270])
def test_rotated_is_really_rotated(page_pdf, rotation):
    upright = D.rasterize(page_pdf, 0, 200)
    a, dpi = D.damage("rotated", page_pdf, 0, np.random.default_rng(1), rotation=rotation)
    if rotation in (90, 270):
        assert a.shape == upright.shape[::-1]
    # turning it clockwise by `rotation` brings it back upright
    back = np.rot90(a, -{90: 1, 180: 2, 270: 3}[rotation])
    assert back.shape == upright.shape
    diff_back = np.abs(back.astype(int) - upright.astype(int)).mean()
    wrong = np.rot90(back, 2)
    assert diff_back < 3 < np.abs(wrong.astype(int) - upright.astype(int)).mean()


def test_moderate_is_skewed_grey_and_200dpi(page_pdf):
    info: dict = {}
    a, dpi = D.damage("moderate", page_pdf, 0, np.random.default_rng(2), info=info)
    assert dpi == 200
    assert 190 < np.median(a) < 240           # grey paper
    assert 1.0 <= abs(info["skew"]) <= 2.5
    assert abs(skew_angle(a) - info["skew"]) <= 0.5    # the recorded skew is the one on the page


def test_harsh_has_uneven_light_and_noise(page_pdf):
    a, dpi = D.damage("harsh", page_pdf, 0, np.random.default_rng(3), dpi=150)
    small = cv2.resize(a, None, fx=0.4, fy=0.4, interpolation=cv2.INTER_AREA)
    bg = cv2.medianBlur(cv2.dilate(small, np.ones((5, 5), np.uint8)), 31).astype(float)
    assert np.percentile(bg, 95) / max(1.0, np.percentile(bg, 5)) > 2.0    # strongly uneven lighting
    flat = a[: a.shape[0] // 20, a.shape[1] // 3: a.shape[1] // 2].astype(float)   # top margin strip
    assert flat.std() > 5                                                     # visible noise


def test_stamp_has_red_seal_near_signature(page_pdf):
    r, cell, _ = sets.one_minute(random.Random(11), 2024, 5, "regular", set(), pages=1)
    a, dpi = D.damage("stamp", page_pdf, 0, np.random.default_rng(4), seal_xy=r.pages[0].seal_at,
                      seal_texts=(cell.committee, cell.cell), dpi=120)
    assert a.ndim == 3
    red = (a[..., 0] > 150) & (a[..., 1] < 110) & (a[..., 2] < 110)
    assert red.sum() > 500
    ys, xs = np.nonzero(red)
    sx, sy = (v * dpi / 72 for v in r.pages[0].seal_at)
    assert abs(np.median(xs) - sx) < dpi * 0.5 and abs(np.median(ys) - sy) < dpi * 0.5


def test_committed_scans_are_what_they_claim():
    exif = SCANS / "scan-04-rotated-exif.jpg"
    im = Image.open(exif)
    assert im.getexif().get(0x0112) == D.EXIF_FOR_ROTATION[truth_of(exif)["rotation"]]
    upright = ImageOps.exif_transpose(im)
    assert im.width > im.height and upright.height > upright.width
    harsh = Image.open(SCANS / "scan-03-harsh.jpg")
    assert "dpi" not in harsh.info                                # no dpi metadata on purpose
    tif = Image.open(SCANS / "scan-07-clean-2p-bilevel.tif")
    assert tif.n_frames == len(truth_of(SCANS / "scan-07-clean-2p-bilevel.tif")["pages"]) == 2
    assert tif.mode == "1"
    stamp = SCANS / "scan-06-stamp.pdf"
    last = render(stamp, len(truth_of(stamp)["pages"]) - 1, 40, color=True)
    assert ((last[..., 0] > 150) & (last[..., 1] < 110) & (last[..., 2] < 110)).sum() > 50
    with pdfplumber.open(stamp) as pdf:
        assert all(not (p.extract_text() or "").strip() for p in pdf.pages)  # image-only
    mixed = SCANS / "scan-08-mixed-text-and-scan.pdf"
    t = truth_of(mixed)
    with pdfplumber.open(mixed) as pdf:
        for p, origin in zip(pdf.pages, t["page_origins"]):
            assert bool((p.extract_text() or "").strip()) == (origin == "born-digital")
            assert bool(p.images) == (origin == "scan")


def test_scan_generation_is_deterministic(tmp_path):
    outs = []
    for k in range(2):
        d = tmp_path / str(k)
        d.mkdir()
        rng = sets.rng_for(5, "t")
        r, cell, _ = sets.one_minute(rng, 2023, 3, "regular", set(), pages=1)
        p = sets.write_scan(d, "s", r, cell, "moderate", "jpg", sets.np_rng(5, "t"))
        outs.append((p.read_bytes(), (d / "s.truth.json").read_bytes()))
    assert outs[0] == outs[1]


# --- labels agree with flags -----------------------------------------------------------------


def minutes_flags(m: dict) -> set[str]:
    """Recompute the label-derivable minute flags from the labels themselves."""
    out = set()
    a = m["attendance"]
    if a["present"] / (a["total"] - (a["exempt"] or 0)) < 0.9:
        out.add("low_attendance")
    if a["absent_unexcused"]:
        out.add("unexcused_absence")
    meet = m["meeting"]
    (h1, m1), (h2, m2) = (map(int, meet["start_time"].split(":")), map(int, meet["end_time"].split(":")))
    combined = meet["kind"] == "regular" and meet["topic"]
    if (h2 * 60 + m2) - (h1 * 60 + m1) < (120 if combined else 90):
        out.add("short_meeting")
    if not m["conclusion"]:
        out.add("missing_conclusion")
    if not m["resolutions"]:
        out.add("missing_vote")
    if not m["assignments"]:
        out.add("missing_assignments")
    return out


DERIVABLE = {"low_attendance", "unexcused_absence", "short_meeting", "missing_conclusion", "missing_vote",
             "missing_assignments"}


def test_labels_agree_with_flags():
    truths = [json.loads(p.read_text(encoding="utf-8")) for p in (ROOT / "samples").rglob("*.truth.json")]
    for i in range(25):
        rng = random.Random(100 + i)
        r, _c, _p = sets.one_minute(rng, 2024, rng.randint(1, 12), rng.choice(sets.KINDS), sets.random_defects(rng))
        truths.append({"minutes": r.minutes})
    for t in truths:
        for m in t["minutes"]:
            assert minutes_flags(m) == set(m["flags"]) & DERIVABLE, m["flags"]


def recompute_book_flags(ms: list[dict]) -> list[str]:
    regular_months = {m["meeting"]["month"] for m in ms if m["meeting"]["kind"] == "regular"}
    thematic_q = {(m["meeting"]["month"] - 1) // 3 for m in ms if m["meeting"]["kind"] == "thematic" or m["meeting"]["topic"]}
    counts: dict[str, int] = {}
    for m in ms:
        for a in m["attendance"]["absentees"]:
            if a["excused"] is False:
                counts[a["name"]] = counts.get(a["name"], 0) + 1
    expect = []
    if len(regular_months) < 12:
        expect.append("missing_month")
    if len(thematic_q) < 4:
        expect.append("no_thematic_in_quarter")
    if max(counts.values(), default=0) >= 3:
        expect.append("repeated_absence")
    return expect


def test_book_flags_follow_from_minutes():
    t = json.loads(BOOK.read_text(encoding="utf-8"))
    ms = t["minutes"]
    assert 11 <= len(ms) <= 14
    assert len({m["meeting"]["year"] for m in ms}) == 1
    pages = [p for m in ms for p in m["pages"]]
    assert pages == list(range(1, len(t["pages"]) + 1))
    assert t["flags"] == recompute_book_flags(ms) == ["missing_month", "no_thematic_in_quarter", "repeated_absence"]


@pytest.mark.parametrize("chosen", [(), ("missing_month",), ("no_thematic_in_quarter", "repeated_absence")])
def test_book_defects_are_what_was_asked(tmp_path, chosen):
    pdf = sets.write_book_pdf(tmp_path, "b", 3, 2022, frozenset(chosen))
    t = truth_of(pdf)
    assert t["flags"] == recompute_book_flags(t["minutes"]) == [f for f in sets.BOOK_FLAGS if f in chosen]


def test_cli_eval_set(tmp_path):
    from samples.generator.__main__ import main
    from samples.generator.truth import validate

    assert main(["--set", "eval", "--count", "2", "--seed", "4", "--out", str(tmp_path)]) == 0
    truths = sorted(tmp_path.glob("*.truth.json"))
    assert len(truths) == 2
    for f in truths:
        t = json.loads(f.read_text(encoding="utf-8"))
        assert validate(t) == [] and (tmp_path / t["file"]).exists()
