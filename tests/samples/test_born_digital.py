"""The born-digital generator: deterministic, readable back, truth files follow the contract."""

from __future__ import annotations

import json
import random
import unicodedata
from collections import Counter
from pathlib import Path

import pdfplumber
import pytest

from samples.generator import sets
from samples.generator.truth import validate

ROOT = Path(__file__).resolve().parents[2]
COMMITTED = ROOT / "samples"


def words(text: str) -> Counter:
    return Counter(unicodedata.normalize("NFC", text).split())


@pytest.fixture(scope="module")
def generated(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("bd")
    sets.demo_born_digital(out, 7)
    return out / "born-digital"


def test_deterministic_for_a_seed(tmp_path, generated):
    sets.demo_born_digital(tmp_path, 7)
    for f in sorted(generated.iterdir()):
        assert (tmp_path / "born-digital" / f.name).read_bytes() == f.read_bytes(), f.name


def test_other_seed_differs(tmp_path, generated):
    sets.demo_born_digital(tmp_path, 8)
    a = json.loads(next(generated.glob("*.truth.json")).read_text())
    b = json.loads(next((tmp_path / "born-digital").glob("*.truth.json")).read_text())
    assert a["pages"][0]["text"] != b["pages"][0]["text"]


@pytest.mark.parametrize("where", ["generated", "committed"])
def test_truth_text_equals_pdf_text(where, generated):
    folder = generated if where == "generated" else COMMITTED / "born-digital"
    pdfs = sorted(folder.glob("*.pdf"))
    assert pdfs
    for pdf in pdfs:
        truth = json.loads((pdf.parent / (pdf.stem + ".truth.json")).read_text(encoding="utf-8"))
        with pdfplumber.open(pdf) as doc:
            assert len(doc.pages) == len(truth["pages"])
            for page, tp in zip(doc.pages, truth["pages"]):
                got = page.extract_text()
                # same words (catches missing glyphs, wrong ToUnicode, NFD) ...
                assert words(got) == words(tp["text"]), (pdf.name, tp["number"])
                # ... and the body lines in the same order (header and signature columns read differently)
                got_lines = [" ".join(unicodedata.normalize("NFC", ln).split()) for ln in got.splitlines()]
                body = [" ".join(ln.split()) for ln in tp["text"].splitlines()][8:-6]
                it = iter(got_lines)
                assert all(ln in it for ln in body), (pdf.name, tp["number"])

def test_random_minutes_read_back_and_validate(tmp_path):
    """Many random styles/fonts/defects: every truth validates and every word comes back."""
    for i in range(6):
        rng = random.Random(i)
        pdf, r = sets.born_digital(tmp_path, f"m{i}", rng, 2024, rng.randint(1, 12),
                                   rng.choice(["regular", "thematic", "combined"]), sets.random_defects(rng))
        truth = json.loads((tmp_path / f"m{i}.truth.json").read_text(encoding="utf-8"))
        assert validate(truth) == []
        with pdfplumber.open(pdf) as doc:
            for page, tp in zip(doc.pages, truth["pages"]):
                assert words(page.extract_text()) == words(tp["text"]), (i, tp["number"], r.style["family"])


def test_committed_truth_files_validate():
    files = sorted(COMMITTED.rglob("*.truth.json"))
    assert files
    for f in files:
        t = json.loads(f.read_text(encoding="utf-8"))
        assert validate(t) == [], f.name
        assert (f.parent / t["file"]).exists(), t["file"]
