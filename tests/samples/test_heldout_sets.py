"""The hand-written held-out sets (samples/heldout2 … heldout19, each dev/ + test/): truth files follow
the contract, their labels agree with themselves and with the book-level definitions, the born-digital PDFs
really contain the truth text, the scans are image-only (twins where they have one), and
`python -m samples.heldout2.make` … `…heldout19.make` give the same bytes.
Not a test of the extractor's accuracy: never run the extractor here."""

from __future__ import annotations

import json
import unicodedata
from collections import Counter
from pathlib import Path

import pdfplumber
import pytest

from bienban.model import Absentee, Attendance, Chair, Guest, Meeting, Secretary, Votes

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
SETS = [SAMPLES / f"heldout{n}" for n in range(2, 20)]
TRUTHS = [p for root in SETS for p in sorted((root / "dev").glob("*.truth.json")) + sorted((root / "test").glob("*.truth.json"))]
MINUTE_FLAGS = {"missing_conclusion", "missing_assignments", "missing_vote", "not_approved", "no_discussion",
                "low_attendance", "unexcused_absence", "short_meeting", "unfilled_template"}
BOOK_FLAGS = ["missing_month", "no_thematic_in_quarter", "repeated_absence"]
MINUTE_KEYS = {"pages", "meeting", "chair", "secretary", "attendance", "conclusion", "resolutions",
               "assignments", "flags"}


def load(p: Path) -> dict:
    return json.loads(p.read_text(encoding="utf-8"))


def words(text: str) -> Counter:
    return Counter(unicodedata.normalize("NFC", text).split())


def flat(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


def minute_text(t: dict, m: dict) -> str:
    return "\n".join(t["pages"][n - 1]["text"] for n in m["pages"])


def ids(p: Path) -> str:
    return f"{p.parent.parent.name}/{p.parent.name}/{p.stem.removesuffix('.truth')}"


@pytest.mark.parametrize("root", SETS, ids=lambda r: r.name)
def test_set_shape(root):
    DEV, TEST = root / "dev", root / "test"
    dev, test = sorted(DEV.glob("*.truth.json")), sorted(TEST.glob("*.truth.json"))
    assert 5 <= len(dev) <= 30 and 12 <= len(test) <= 16
    ts = {p: load(p) for p in dev + test}
    scans = [p for p, t in ts.items() if t["origin"] == "scan"]
    assert len(scans) >= 4 and any(p.parent == DEV for p in scans) and any(p.parent == TEST for p in scans)
    books = [p for p, t in ts.items() if len(t["minutes"]) > 1]
    assert any(p.parent == TEST for p in books) and any(p.parent == DEV for p in books)
    assert any(4 <= len(ts[p]["minutes"]) <= 6 and ts[p]["flags"] for p in books)
    # every book flag is measured on the set's books (all three on one test book in heldout2 … heldout7)
    assert {f for p in books for f in ts[p]["flags"]} == set(BOOK_FLAGS)
    test_flags = Counter(f for p in test for m in ts[p]["minutes"] for f in m["flags"])
    assert set(test_flags) == MINUTE_FLAGS                        # every defect is measured on test/
    clean = [p for p in test if ts[p]["origin"] == "born-digital" and len(ts[p]["minutes"]) == 1
             and not ts[p]["minutes"][0]["flags"]]
    assert len(clean) >= 3
    # the stems are unique across both folders, so a score can name a file without its folder
    assert len({p.name for p in ts}) == len(ts)


@pytest.mark.parametrize("path", TRUTHS, ids=ids)
def test_truth_follows_contract(path):
    t = load(path)
    assert {"file", "origin", "damage", "rotation", "pages", "minutes", "flags"} <= set(t)
    assert (path.parent / t["file"]).exists()
    assert t["origin"] in ("born-digital", "scan") and t["rotation"] == 0
    assert (t["damage"] is None) == (t["origin"] == "born-digital")
    assert t["flags"] == [f for f in BOOK_FLAGS if f in t["flags"]]
    for i, p in enumerate(t["pages"], 1):
        assert p["number"] == i and p["text"] == unicodedata.normalize("NFC", p["text"]) and p["text"]
    assert t["minutes"]
    for m in t["minutes"]:
        assert set(m) == MINUTE_KEYS
        Meeting(**m["meeting"])
        assert m["meeting"]["kind"] in ("regular", "thematic") and m["meeting"]["cell"] and m["meeting"]["date"]
        if m["chair"] is not None:
            Chair(**m["chair"])
        if m["secretary"] is not None:
            Secretary(**m["secretary"])
        a = dict(m["attendance"])
        Attendance(**{**a, "absentees": [Absentee(**x) for x in a["absentees"]],
                      "guests": [Guest(**g) for g in a["guests"]]})
        for r in m["resolutions"]:
            assert set(r) == {"text", "votes"} and r["text"]
            Votes(**r["votes"])
            assert any(r["votes"][k] is not None for k in ("for", "against", "abstain", "percent_for"))
        for x in m["assignments"]:
            assert set(x) == {"assignee", "task", "deadline"} and x["assignee"] and x["task"]
        assert isinstance(m["conclusion"], bool)
        assert m["pages"] == list(range(m["pages"][0], m["pages"][-1] + 1))
        assert set(m["flags"]) <= MINUTE_FLAGS and m["flags"] == sorted(set(m["flags"]))
    covered = sorted({n for m in t["minutes"] for n in m["pages"]})
    assert covered == list(range(1, len(t["pages"]) + 1))
    try:   # the generator's own validator, when importable, must agree too
        from samples.generator.truth import validate
    except ImportError:  # pragma: no cover
        return
    assert validate(t) == []


@pytest.mark.parametrize("path", TRUTHS, ids=ids)
def test_labels_agree_with_flags(path):
    """The flags that follow from the labels are exactly the ones given (the others are read from text)."""
    t = load(path)
    for m in t["minutes"]:
        a, mt, f = m["attendance"], m["meeting"], set(m["flags"])
        assert a["present"] + a["absent"] + (a["exempt"] or 0) == a["total"]
        assert a["absent_excused"] + a["absent_unexcused"] == a["absent"]
        if a["absentees"]:  # absentees are listed only where the page names them; a page may name only some
            assert len(a["absentees"]) <= a["absent"]
            assert sum(1 for x in a["absentees"] if x["excused"] is False) <= a["absent_unexcused"]
            assert sum(1 for x in a["absentees"] if x["excused"] is True) <= a["absent_excused"]
        assert ("low_attendance" in f) == (a["present"] < 0.9 * (a["total"] - (a["exempt"] or 0)))
        assert ("unexcused_absence" in f) == (a["absent_unexcused"] > 0)
        assert ("missing_conclusion" in f) == (not m["conclusion"])
        assert ("missing_vote" in f) == (not m["resolutions"])
        assert ("missing_assignments" in f) == (not m["assignments"])
        h0, m0 = map(int, mt["start_time"].split(":"))
        h1, m1 = map(int, mt["end_time"].split(":"))
        combined = mt["kind"] == "regular" and mt["topic"] is not None
        assert ("short_meeting" in f) == ((h1 * 60 + m1) - (h0 * 60 + m0) < (120 if combined else 90))
        text = minute_text(t, m)
        assert ("unfilled_template" in f) == ("……" in text or "ghi rõ họ tên" in text or "(ghi rõ" in text)
        for r in m["resolutions"]:
            v = r["votes"]
            counted = [v[k] for k in ("for", "against", "abstain") if v[k] is not None]
            assert sum(counted) <= a["present"]
        if mt["month"] and mt["date"]:
            assert int(mt["date"][:4]) == mt["year"]


def book_flags(ms: list[dict]) -> list[str]:
    """Book-level flags of a book that covers part of a year: months and quarters are judged inside the
    span the book covers (first to last meeting month); a quarter counts only when the span holds all of it."""
    months = sorted({(m["meeting"]["year"], m["meeting"]["month"]) for m in ms})
    first, last = months[0][0] * 12 + months[0][1] - 1, months[-1][0] * 12 + months[-1][1] - 1
    regular = {(m["meeting"]["year"] * 12 + m["meeting"]["month"] - 1) for m in ms if m["meeting"]["kind"] == "regular"}
    thematic_q = {(m["meeting"]["year"] * 12 + m["meeting"]["month"] - 1) // 3 for m in ms
                  if m["meeting"]["kind"] == "thematic" or m["meeting"]["topic"]}
    out = []
    if any(k not in regular for k in range(first, last + 1)):
        out.append("missing_month")
    full_quarters = [q for q in range(first // 3, last // 3 + 1) if q * 3 >= first and q * 3 + 2 <= last]
    if any(q not in thematic_q for q in full_quarters):
        out.append("no_thematic_in_quarter")
    counts = Counter(x["name"] for m in ms for x in m["attendance"]["absentees"] if x["excused"] is False)
    if max(counts.values(), default=0) >= 3:
        out.append("repeated_absence")
    return out


@pytest.mark.parametrize("path", [p for p in TRUTHS if len(load(p)["minutes"]) > 1], ids=ids)
def test_book_structure_and_flags(path):
    t = load(path)
    ms = t["minutes"]
    assert t["flags"] == book_flags(ms) and t["flags"]
    dates = [m["meeting"]["date"] for m in ms]
    assert dates == sorted(dates)
    for prev, nxt in zip(ms, ms[1:]):
        assert nxt["pages"][0] in (prev["pages"][-1], prev["pages"][-1] + 1)
    # at least one minute starts mid-page, right after the previous one's signatures
    assert any(nxt["pages"][0] == prev["pages"][-1] for prev, nxt in zip(ms, ms[1:]))
    if path.parent.name == "dev":     # the dev books: every minute after the first starts mid-page
        assert all(nxt["pages"][0] == prev["pages"][-1] for prev, nxt in zip(ms, ms[1:]))
    assert len({m["meeting"]["cell"] for m in ms}) == 1


@pytest.mark.parametrize("path", [p for p in TRUTHS if load(p)["origin"] == "born-digital"], ids=ids)
def test_pdf_text_is_the_truth_text(path):
    t = load(path)
    with pdfplumber.open(path.parent / t["file"]) as doc:
        assert len(doc.pages) == len(t["pages"])
        for page, tp in zip(doc.pages, t["pages"]):
            got = page.extract_text()
            assert words(got) == words(tp["text"]), (t["file"], tp["number"])
            # single-column lines (the long ones) come back in the same order
            got_lines = [flat(ln) for ln in got.splitlines()]
            long = [flat(ln) for ln in tp["text"].splitlines() if len(ln) > 45]
            it = iter(got_lines)
            assert all(ln in it for ln in long), (t["file"], tp["number"])


@pytest.mark.parametrize("path", TRUTHS, ids=ids)
def test_labelled_values_are_on_the_page(path):
    """Names, cell, committee, location, reasons, guests' roles, tasks and deadlines are written on the
    minute's own pages (the truth holds values as written, not normalised ones)."""
    t = load(path)
    for m in t["minutes"]:
        body = flat(minute_text(t, m))
        body_words = set(body.split())
        mt, a = m["meeting"], m["attendance"]
        vals = [m["chair"]["name"], m["secretary"]["name"]]
        # a minute of a book typed on with no header of its own takes the cell of the book's first minute
        inherited = m is not t["minutes"][0] and mt["cell"] == t["minutes"][0]["meeting"]["cell"] \
            and mt["party_committee"] == t["minutes"][0]["meeting"]["party_committee"]
        vals += [] if inherited else [mt["cell"], mt["party_committee"]]
        vals += [mt["location"]] if mt["location"] else []
        vals += [mt["topic"]] if mt["topic"] else []
        vals += [x["name"] for x in a["absentees"]] + [x["reason"] for x in a["absentees"] if x["reason"]]
        vals += [g["name"] for g in a["guests"]] + [g["role"] for g in a["guests"] if g["role"]]
        if m["chair"]["role"]:
            vals.append(m["chair"]["role"])
        for s in vals:
            assert flat(s) in body, s
        for x in m["assignments"]:     # a task, name or deadline in a ruled table may wrap in its cell: then its words
            assert flat(x["task"]) in body or set(flat(x["task"]).split()) <= body_words, x["task"]
            assert not x["deadline"] or flat(x["deadline"]) in body or set(flat(x["deadline"]).split()) <= body_words
            assert flat(x["assignee"]) in body or set(flat(x["assignee"]).split()) <= body_words, x["assignee"]
        for title in ("đồng chí ", "đ/c ", "Đ/c ", "đc ", "Đc "):
            for s in [m["chair"]["name"], m["secretary"]["name"]] + [x["name"] for x in a["absentees"]]:
                assert not s.startswith(title), s


@pytest.mark.parametrize("path", [p for p in TRUTHS if load(p)["origin"] == "scan"], ids=ids)
def test_scan_is_image_only(path):
    t = load(path)
    assert len(t["skew"]) == len(t["pages"]) and t["dpi"] in (200, 250, 300)
    if t["damage"] == "moderate":
        assert all(0.8 <= abs(s) <= 1.8 for s in t["skew"])
    if t.get("scan_of"):
        twin = load(path.parent / (Path(t["scan_of"]).stem + ".truth.json"))
        assert t["pages"] == twin["pages"] and t["minutes"] == twin["minutes"] and t["flags"] == twin["flags"]
    with pdfplumber.open(path.parent / t["file"]) as doc:
        assert len(doc.pages) == len(t["pages"])
        for page in doc.pages:
            assert not page.chars and len(page.images) == 1
            im = page.images[0]
            assert abs(im["srcsize"][0] / (page.width / 72) - t["dpi"]) < 3


def _docs(root: Path) -> list[dict]:
    if root.name == "heldout2":
        from samples.heldout2.make import ALL_DOCS
        return ALL_DOCS
    if root.name == "heldout3":
        from samples.heldout3.make import DOCS_A, DOCS_B, DOCS_C
        return DOCS_A + DOCS_B + DOCS_C
    if root.name == "heldout4":
        from samples.heldout4.make import DOCS_D, DOCS_E, DOCS_Y
        return DOCS_D + DOCS_E + DOCS_Y
    if root.name == "heldout5":
        from samples.heldout5.make import DOCS_F, DOCS_G, DOCS_Z
        return DOCS_F + DOCS_G + DOCS_Z
    if root.name == "heldout6":
        from samples.heldout6.make import DOCS_H, DOCS_J, DOCS_U
        return DOCS_H + DOCS_J + DOCS_U
    if root.name == "heldout7":
        from samples.heldout7.make import DOCS_L, DOCS_T, DOCS_X
        return DOCS_L + DOCS_T + DOCS_X
    if root.name == "heldout8":
        from samples.heldout8.make import DOCS_I, DOCS_O, DOCS_XT
        return DOCS_I + DOCS_O + DOCS_XT
    if root.name == "heldout9":
        from samples.heldout9.make import DOCS_K, DOCS_N, DOCS_Q
        return DOCS_K + DOCS_N + DOCS_Q
    if root.name == "heldout10":
        from samples.heldout10.make import DOCS_M, DOCS_P, DOCS_R
        return DOCS_M + DOCS_P + DOCS_R
    if root.name == "heldout11":
        from samples.heldout11.make import DOCS_S, DOCS_V, DOCS_W
        return DOCS_S + DOCS_W + DOCS_V
    if root.name == "heldout12":
        from samples.heldout12.make import DOCS_G, DOCS_H, DOCS_J
        return DOCS_G + DOCS_H + DOCS_J
    if root.name == "heldout13":
        from samples.heldout13.make import DOCS_A, DOCS_B, DOCS_C
        return DOCS_A + DOCS_B + DOCS_C
    if root.name == "heldout14":
        from samples.heldout14.make import DOCS_D, DOCS_E, DOCS_F
        return DOCS_D + DOCS_E + DOCS_F
    if root.name == "heldout15":
        from samples.heldout15.make import DOCS_K, DOCS_M, DOCS_N
        return DOCS_K + DOCS_M + DOCS_N
    if root.name == "heldout16":
        from samples.heldout16.make import DOCS_P, DOCS_Q, DOCS_R
        return DOCS_P + DOCS_Q + DOCS_R
    if root.name == "heldout17":
        from samples.heldout17.make import DOCS_S, DOCS_T, DOCS_U
        return DOCS_S + DOCS_T + DOCS_U
    if root.name == "heldout18":
        from samples.heldout18.make import DOCS_V, DOCS_W, DOCS_X
        return DOCS_V + DOCS_W + DOCS_X
    from samples.heldout19.make import DOCS_D, DOCS_E, DOCS_F
    return DOCS_D + DOCS_E + DOCS_F


@pytest.mark.parametrize("root", SETS, ids=lambda r: r.name)
def test_born_digital_files_are_reproduced_byte_for_byte(root):
    from samples.heldout2.make import render

    n = 0
    for doc in _docs(root):
        if not doc.get("born_digital", True):
            continue
        pdf, pages, spans = render(doc)
        f = root / doc["folder"] / f"{doc['name']}.pdf"
        assert f.read_bytes() == pdf, f.name
        t = load(f.with_suffix(".truth.json"))
        assert [p["text"] for p in t["pages"]] == pages and [m["pages"] for m in t["minutes"]] == spans
        n += 1
    assert n >= 10


@pytest.mark.parametrize("root", SETS, ids=lambda r: r.name)
def test_committed_size_is_small(root):
    assert sum(p.stat().st_size for d in (root / "dev", root / "test") for p in d.iterdir() if p.is_file()) < 6_000_000
