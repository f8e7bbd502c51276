"""The written parts (samples/parts): every label follows the conventions that can be checked, every label string is
written in its part, the skeleton never states a scored value, and a rendered part's truth names what it scores.
Not a test of the extractor's accuracy: the extractor runs once here, to see that bench.evaluate scores only the
fields and flags a part is about."""

from __future__ import annotations

import json
import unicodedata
from collections import Counter

import pytest

from samples.parts import skeleton
from samples.parts.make import build, check, load, modules

MODULES = modules()
PARTS = [(name, part) for name in MODULES for part in load(name)[1]]


def flat(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


def written(blocks: list) -> str:
    """The words a part puts on the page, header columns and table cells included."""
    out = []
    for kind, *args in blocks:
        if kind == "header":
            out += args[0] + args[1]
        elif kind == "table":
            out += [c[1] for c in args[0]] + [cell for row in args[1] for cell in row]
        elif kind in ("para", "center"):
            out.append(args[0])
    return flat(" ".join(out))


def test_writers_and_folders():
    folders = {name: load(name)[0] for name in MODULES}
    assert set(folders.values()) == {"dev", "test"}
    assert sum(f == "dev" for f in folders.values()) >= 2 and sum(f == "test" for f in folders.values()) >= 2
    for name in MODULES:
        mod = __import__(f"samples.parts.{name}", fromlist=["PARTS"])
        assert mod.__doc__ and "without reading" in mod.__doc__  # who wrote it, and how
        kinds = Counter(p["kind"] for p in mod.PARTS)
        assert set(kinds) == set(skeleton.KINDS) and min(kinds.values()) >= 10
    ids = [p["id"] for _, p in PARTS]
    assert len(ids) == len(set(ids))
    assert all(p["id"].startswith(name.removeprefix("writer_") + "-") for name, p in PARTS)


@pytest.mark.parametrize("name,part", PARTS, ids=[p["id"] for _, p in PARTS])
def test_labels_follow_the_conventions_and_are_written(name, part):
    assert check(part) == []
    t, text = part["truth"], written(part["blocks"])
    said = []
    if part["kind"] == "opening":
        said += [x["name"] for x in (t.get("chair"), t.get("secretary")) if x]
        said += [a["name"] for a in t["attendance"]["absentees"]] + [g["name"] for g in t["attendance"]["guests"]]
        said += [t["location"]] if t.get("location") else []
    elif part["kind"] == "head":
        said += [x for x in (t["cell"], t["party_committee"], t["topic"]) if x]
    else:
        said += [a["assignee"] for a in t["assignments"]] + [a["deadline"] for a in t["assignments"] if a["deadline"]]
    assert [s for s in said if flat(s) not in text] == []


def test_the_skeleton_states_no_scored_value():
    """Around an opening the skeleton names no end time; around a head, no date; names are its own."""
    text = written(skeleton.opening({}) + skeleton.MIDDLE + skeleton.body({}))
    assert "ngày" not in text.split("Thời gian")[1].split("Địa điểm")[0]
    assert "kết thúc cùng ngày" in text and " giờ" not in text.split("kết thúc")[1]
    people = {skeleton.CHAIR, skeleton.SECRETARY, skeleton.SPEAKER, skeleton.ASSIGNEE}
    for _, part in PARTS:
        assert not any(p in written(part["blocks"]) for p in people)


def test_a_rendered_part_is_scored_on_what_it_is_about(tmp_path):
    from bench.evaluate import Tally, evaluate_file
    from bienban.config import Settings

    name = next(n for n in MODULES if load(n)[0] == "dev")
    assert build(tmp_path, [name]) == 0
    folder = tmp_path / "dev"
    for kind in skeleton.KINDS:
        truth_file = sorted(folder.glob(f"*-{ {'head': 'head', 'opening': 'open', 'body': 'body'}[kind]}-01.truth.json"))[0]
        truth = json.loads(truth_file.read_text(encoding="utf-8"))
        assert truth["group"] == f"part:{kind}" and truth["scored"]["fields"] == skeleton.SCORED[kind][0]
        tally = Tally()
        evaluate_file(folder / truth["file"], truth, Settings(), None, tally)
        assert set(tally.fields) == set(skeleton.SCORED[kind][0])
        assert set(tally.flags) <= set(skeleton.SCORED[kind][1])
