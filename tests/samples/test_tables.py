"""Ruled tables in generated minutes (absentee table, assignment table): drawn as a grid, read back by
pdfplumber exactly as the truth text says (row by row, a row's n-th cell lines joined by a space), labels
consistent with the cells; scans carry them too; the committed demo set does not change."""

from __future__ import annotations

import json
import random
import re
import unicodedata
from collections import Counter
from pathlib import Path

import numpy as np
import pdfplumber
import pytest

from samples.generator import damage as D
from samples.generator import sets
from samples.generator.tables import Tables
from samples.generator.truth import validate

ROOT = Path(__file__).resolve().parents[2]
COMMITTED = ROOT / "samples"
TITLE = re.compile(r"^(đồng chí|đ/c|đc)\s+", re.IGNORECASE)
UNEXCUSED = re.compile(r"^(vắng )?không (có )?lý do$|^không báo cáo$|^không xin phép$", re.IGNORECASE)


def norm(s: str) -> str:
    return " ".join(unicodedata.normalize("NFC", s).split())


def words(text: str) -> Counter:
    return Counter(unicodedata.normalize("NFC", text).split())


def bare_words(text: str) -> Counter:
    return Counter(w.strip(",;.") for w in unicodedata.normalize("NFC", text).split())


def forced(kind: str, seed: int) -> Tables:
    return Tables(random.Random(f"t{seed}"), force=frozenset({kind}))


def table_minute(tmp_path: Path, kind: str, seed: int):
    """A born-digital minute that has absentees and (unless missing) assignments, with a table of `kind`."""
    rng = random.Random(seed)
    defects = {"unexcused_absence"} if seed % 2 else {"low_attendance"}
    pdf, r = sets.born_digital(tmp_path, f"{kind}-{seed}", rng, 2024, rng.randint(1, 12),
                               rng.choice(["regular", "combined", "thematic"]), defects, tables=forced(kind, seed))
    truth = json.loads((tmp_path / f"{kind}-{seed}.truth.json").read_text(encoding="utf-8"))
    return pdf, r, truth


def check_read_back(pdf: Path, r, truth: dict) -> None:
    """pdfplumber returns the truth's words on every page, and each table line as one line, in order."""
    with pdfplumber.open(pdf) as doc:
        assert len(doc.pages) == len(truth["pages"])
        got = [page.extract_text() for page in doc.pages]
    for text, tp in zip(got, truth["pages"]):
        assert words(text) == words(tp["text"]), tp["number"]
    for t in r.tables:
        for page in t["pages"]:
            got_lines = [norm(ln) for ln in got[page - 1].splitlines()]
            truth_lines = [norm(ln) for ln in truth["pages"][page - 1]["text"].splitlines()]
            mine = [norm(txt) for i, txt in t["lines"] if i == page - 1]
            assert mine and all(ln in truth_lines for ln in mine)
            it = iter(got_lines)
            assert all(ln in it for ln in mine), (pdf.name, page, mine)   # same lines, same order
        # the body line before the table and the one after it frame it in pdfplumber's reading too
        first, last = t["pages"][0] - 1, t["pages"][-1] - 1
        tl = [norm(ln) for ln in truth["pages"][first]["text"].splitlines()]
        gl = [norm(ln) for ln in got[first].splitlines()]
        head = norm(t["lines"][0][1])
        assert gl[: gl.index(head)][-1:] == tl[: tl.index(head)][-1:]
        tl = [norm(ln) for ln in truth["pages"][last]["text"].splitlines()]
        gl = [norm(ln) for ln in got[last].splitlines()]
        end = norm(t["lines"][-1][1])
        assert gl[gl.index(end) + 1:][:1] == tl[tl.index(end) + 1:][:1]


@pytest.mark.parametrize("seed", range(6))
def test_absentee_table(tmp_path, seed):
    pdf, r, truth = table_minute(tmp_path, "absentees", seed)
    assert validate(truth) == []
    assert [t["kind"] for t in r.tables] == ["absentees"]
    assert truth["tables"] == [{k: t[k] for k in ("minute", "kind", "pages", "rows")} for t in r.tables]
    check_read_back(pdf, r, truth)
    m = truth["minutes"][0]
    a = m["attendance"]
    rows = a["absentees"]
    assert rows and len(rows) == a["absent"] == r.tables[0]["rows"]
    assert a["present"] + a["absent"] + a["exempt"] == a["total"]
    assert a["absent_excused"] == sum(x["excused"] is True for x in rows)
    assert a["absent_unexcused"] == sum(x["excused"] is False for x in rows)
    assert ("unexcused_absence" in m["flags"]) == (a["absent_unexcused"] > 0)
    table_text = "\n".join(txt for _i, txt in r.tables[0]["lines"])
    for x in rows:
        assert not TITLE.match(x["name"]) and x["name"].split()[0] in table_text
        if x["reason"] is None:
            assert x["excused"] is False  # an empty reason cell: absent without reason
        else:
            assert x["reason"].split()[0] in table_text
            assert x["excused"] is (not UNEXCUSED.match(x["reason"]))
    # the count line ahead of the table states the number of absentees
    page = truth["pages"][r.tables[0]["pages"][0] - 1]["text"]
    before = page[: page.index(norm(r.tables[0]["lines"][0][1]))]
    assert re.search(rf"vắng(?:\s+mặt)?:?\s+0?{a['absent']}\s+đồng\s+chí", before, re.IGNORECASE)


@pytest.mark.parametrize("seed", range(6))
def test_assignment_table(tmp_path, seed):
    pdf, r, truth = table_minute(tmp_path, "assignments", seed)
    assert validate(truth) == []
    assert [t["kind"] for t in r.tables] == ["assignments"]
    check_read_back(pdf, r, truth)
    m = truth["minutes"][0]
    asg = m["assignments"]
    assert asg and "missing_assignments" not in m["flags"]
    # one assignment per row, two where a cell names two people (same task and deadline, consecutive)
    per_task = Counter(x["task"] for x in asg)
    assert len(per_task) == r.tables[0]["rows"] and set(per_task.values()) <= {1, 2}
    table_words = bare_words("\n".join(txt for _i, txt in r.tables[0]["lines"]))
    header = norm(r.tables[0]["lines"][0][1])
    for x in asg:
        assert not TITLE.match(x["assignee"])
        assert "," not in x["assignee"] and not bare_words(x["assignee"]) - table_words, x["assignee"]
        assert x["task"][0].isupper() and not bare_words(x["task"]) - table_words
        if x["deadline"] is not None:
            assert not bare_words(x["deadline"]) - table_words
    if all(x["deadline"] is None for x in asg):
        assert not re.search(r"Thời|Hoàn thành", header)   # no deadline column


def test_both_tables_and_many_styles(tmp_path):
    """Both kinds in one minute, over many styles and fonts."""
    both = Tables(random.Random(1), force=frozenset({"absentees", "assignments"}))
    for i in range(8):
        rng = random.Random(50 + i)
        both.rng = random.Random(i)
        pdf, r = sets.born_digital(tmp_path, f"b{i}", rng, 2023, rng.randint(1, 12), "regular",
                                   {"unexcused_absence"}, tables=both)
        truth = json.loads((tmp_path / f"b{i}.truth.json").read_text(encoding="utf-8"))
        assert validate(truth) == []
        assert sorted(t["kind"] for t in r.tables) == ["absentees", "assignments"]
        check_read_back(pdf, r, truth)
        with pdfplumber.open(pdf) as doc:       # a ruled grid: horizontal and vertical lines on the page
            p = doc.pages[r.tables[0]["pages"][0] - 1]
            assert sum(1 for ln in p.lines if ln["height"] == 0) >= 3
            assert sum(1 for ln in p.lines if ln["width"] == 0) >= 3


@pytest.mark.parametrize("seed", range(3))
def test_table_across_pages(tmp_path, seed):
    """A long table breaks between rows (never inside one); each page's truth text holds its rows, as
    pdfplumber reads them, and the top rule is drawn again on the new page."""
    from samples.generator.content import para
    from samples.generator.layout import Layout, random_style, write_pdf
    from samples.generator.render import Rendered
    from samples.generator.tables import TABLE_TASKS, _table_block

    rng = random.Random(seed)
    lay = Layout(random_style(rng))
    fill = {"q": "Lê Văn Tư", "y": 2024, "m2": 9, "h": "thôn 3", "Q": "III"}
    rows = [[str(k), TABLE_TASKS[k % len(TABLE_TASKS)].format(**fill), f"Đ/c Nguyễn Văn {chr(65 + k % 26)}",
             f"{k}/9/2024"] for k in range(1, 31)]
    cols = [{"w": 0.08, "head": "TT", "align": "c"}, {"w": 0.5, "head": "Nội dung công việc", "align": "l"},
            {"w": 0.27, "head": "Người thực hiện", "align": "l"}, {"w": 0.15, "head": "Thời hạn", "align": "c"}]
    blocks = [para("Mở đầu biên bản " * 40)] + [_table_block(rng, cols, rows, "assignments", "assignments"),
                                                   para("Biên bản kết thúc lúc 10 giờ cùng ngày.")]
    lay.add_minute(blocks)
    lay.finish()
    pdf = tmp_path / "long.pdf"
    write_pdf(lay.pages, pdf)
    r = Rendered(lay.pages, [], lay.s, lay.tables)
    (t,) = r.tables
    assert len(t["pages"]) >= 2 and t["rows"] == 30
    truth = {"pages": [{"number": i, "text": p.text} for i, p in enumerate(lay.pages, 1)]}
    check_read_back(pdf, r, truth)
    # rows in order; the page changes only where a row starts (a row is never split)
    row, prev_page = 0, t["lines"][0][0]
    for page, txt in t["lines"][1:]:
        starts_row = txt.split()[0] == str(row + 1)
        row += starts_row
        assert page == prev_page or starts_row
        prev_page = page
    assert row == 30
    with pdfplumber.open(pdf) as doc:
        for n in t["pages"]:
            assert sum(1 for ln in doc.pages[n - 1].lines if ln["height"] == 0) >= 3


def test_one_page_minute_with_tables_fits():
    both = Tables(random.Random(3), force=frozenset({"absentees", "assignments"}))
    r, _cell, _plan = sets.one_minute(random.Random(9), 2024, 4, "regular", {"unexcused_absence"}, pages=1,
                                      tables=both)
    assert len(r.pages) == 1 and {t["kind"] for t in r.tables} == {"absentees", "assignments"}


def longest_dark_run(img: np.ndarray) -> int:
    """The longest horizontal run of dark pixels in any row (a table rule, not text)."""
    small = img[::2, ::2]
    bg = np.percentile(small, 90)
    dark = small < bg * 0.6
    best = 0
    for row in dark:
        if row.sum() < 150:
            continue
        d = np.diff(np.concatenate([[0], row.astype(np.int8), [0]]))
        starts, ends = np.nonzero(d == 1)[0], np.nonzero(d == -1)[0]
        best = max(best, int((ends - starts).max()))
    return best * 2


def test_tables_in_scans(tmp_path):
    """The scan path renders the same PDF: the grid is on the image, the truth says where the tables are."""
    both = Tables(random.Random(5), force=frozenset({"absentees", "assignments"}))
    r, cell, _ = sets.one_minute(random.Random(12), 2024, 9, "regular", {"unexcused_absence"}, pages=1, tables=both)
    path = sets.write_scan(tmp_path, "s", r, cell, "clean", "png", np.random.default_rng(1))
    t = json.loads((tmp_path / "s.truth.json").read_text(encoding="utf-8"))
    assert validate(t) == [] and {x["kind"] for x in t["tables"]} == {"absentees", "assignments"}
    from PIL import Image
    img = np.asarray(Image.open(path).convert("L"))
    assert longest_dark_run(img) > img.shape[1] * 0.5          # a rule across most of the text width
    plain, cell2, _ = sets.one_minute(random.Random(12), 2024, 9, "regular", {"unexcused_absence"}, pages=1)
    assert not plain.tables
    a, _dpi = D.damage("clean", sets._pdf_bytes(plain), 0, np.random.default_rng(1))
    assert longest_dark_run(a) < img.shape[1] * 0.3            # no tables, no long rules


def test_table_stream_is_independent():
    """Drawing tables does not shift the minute's other draws: everything but attendance and assignments
    is the same as the table-less minute of the same seed."""
    for i in range(4):
        plain, _c, _p = sets.one_minute(random.Random(i), 2024, 3, "regular", {"unexcused_absence"})
        both = Tables(random.Random(i), force=frozenset({"absentees", "assignments"}))
        tab, _c, _p = sets.one_minute(random.Random(i), 2024, 3, "regular", {"unexcused_absence"}, tables=both)
        a, b = plain.minutes[0], tab.minutes[0]
        for k in ("meeting", "chair", "secretary", "conclusion", "resolutions", "flags"):
            assert a[k] == b[k], k
        for k in ("total", "present", "absent", "exempt", "guests"):
            assert a["attendance"][k] == b["attendance"][k], k
        assert plain.style == tab.style


def test_eval_and_book_sets_draw_tables_at_about_30_percent(tmp_path):
    picks = sets.table_picks(777, 40, "eval")
    assert len(picks) == 12 and picks == sets.table_picks(777, 40, "eval")
    r, _cell, plans, flags = sets.make_book(4, 2023, frozenset(sets.BOOK_FLAGS), tables=True)
    with_tables = {t["minute"] for t in r.tables}
    assert 0.2 <= len(with_tables) / len(plans) <= 0.4
    for m in r.minutes:     # labels stay consistent in a book with tables
        a = m["attendance"]
        assert a["present"] + a["absent"] + a["exempt"] == a["total"]
        assert ("unexcused_absence" in m["flags"]) == (a["absent_unexcused"] > 0)
    counts = Counter(x["name"] for m in r.minutes for x in m["attendance"]["absentees"] if x["excused"] is False)
    assert ("repeated_absence" in flags) == (max(counts.values(), default=0) >= 3)


def test_committed_demo_files_unchanged(tmp_path):
    """Tables are drawn only in the eval and book sets: the demo set still renders the committed bytes."""
    sets.demo_born_digital(tmp_path, 2023)
    for f in sorted((COMMITTED / "born-digital").iterdir()):
        assert (tmp_path / "born-digital" / f.name).read_bytes() == f.read_bytes(), f.name
    sets.demo_book(tmp_path, 2023)
    for f in sorted((COMMITTED / "book").iterdir()):
        assert (tmp_path / "book" / f.name).read_bytes() == f.read_bytes(), f.name
