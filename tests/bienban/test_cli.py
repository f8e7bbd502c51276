"""The `bienban` command as a user runs it: real files in, JSON files out."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

from bienban.cli import output_stems, walk_inputs
from bienban.model import json_schema

ROOT = Path(__file__).resolve().parents[2]
BORN_DIGITAL = sorted((ROOT / "samples" / "born-digital").glob("*.pdf"))


def run_cli(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "bienban.cli", *args],
        capture_output=True, text=True, cwd=ROOT, env=env, timeout=600,
    )


def test_folders_are_walked_recursively_in_sorted_order(tmp_path):
    for name in ["b/2.pdf", "a.png", "b/1.TIF", "notes.md", "b/x.truth.json", ".hidden/c.pdf"]:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_bytes(b"x")
    named = tmp_path / "notes.md"
    found = [p.relative_to(tmp_path).as_posix() for p in walk_inputs([tmp_path, named])]
    # a folder yields only document files; a file named on the command line is always tried
    assert found == ["a.png", "b/1.TIF", "b/2.pdf", "notes.md"]


def test_output_stems_stay_unique():
    assert output_stems([Path("x/a.pdf"), Path("y/a.png"), Path("b.pdf"), Path("z/a.tif")]) == [
        "a", "a-2", "b", "a-3"]


def test_published_schema_is_generated_from_the_model():
    published = json.loads((ROOT / "docs" / "bienban-1.schema.json").read_text(encoding="utf-8"))
    assert published == json_schema(), "run: bienban schema > docs/bienban-1.schema.json"


def test_process_writes_results_and_errors_and_goes_on(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "a-empty.pdf").write_bytes(b"")
    (inputs / "b-letter.docx").write_bytes(b"PK\x03\x04" + b"\x00" * 60)
    good = BORN_DIGITAL[0]
    out = tmp_path / "out"

    done = run_cli("process", str(inputs), str(inputs / "b-letter.docx"), str(good), "--out", str(out))

    assert done.returncode == 1, done.stderr
    assert json.loads((out / "a-empty.error.json").read_text())["error"]["code"] == "empty_file"
    assert json.loads((out / "b-letter.error.json").read_text())["error"]["code"] == "unsupported_type"
    result = json.loads((out / f"{good.stem}.json").read_text(encoding="utf-8"))
    jsonschema.validate(result, json_schema())
    assert result["source"]["page_count"] == len(result["pages"]) >= 1
    assert result["minutes"], "a sample minute book yields at least one minute"
    assert "2 with errors" in done.stdout


def test_process_exit_status_is_zero_when_every_file_reads(tmp_path):
    done = run_cli("process", str(BORN_DIGITAL[0]), "--out", str(tmp_path))
    assert done.returncode == 0, done.stderr
    assert not list(tmp_path.glob("*.error.json"))


def test_jobs_2_writes_the_same_files_as_jobs_1(tmp_path):
    """Two real sample books and a bad file, read one at a time and then two processes at once."""
    inputs = tmp_path / "in"
    inputs.mkdir()
    for sample in BORN_DIGITAL[:2]:
        (inputs / sample.name).write_bytes(sample.read_bytes())
    (inputs / "empty.pdf").write_bytes(b"")  # fails alone, in its process; the others go on
    outputs = {}
    for jobs in ("1", "2"):
        out = tmp_path / f"out-{jobs}"
        done = run_cli("process", str(inputs), "--out", str(out), "--jobs", jobs)
        assert done.returncode == 1, done.stderr
        assert "2 of 3 files read" in done.stdout
        outputs[jobs] = {p.name: p.read_bytes() for p in sorted(out.iterdir())}
    assert sorted(outputs["1"]) == sorted([f"{p.stem}.json" for p in BORN_DIGITAL[:2]] + ["empty.error.json"])
    assert outputs["2"] == outputs["1"]
