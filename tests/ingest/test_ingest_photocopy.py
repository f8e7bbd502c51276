"""Photocopy-damaged scans (pale toner, gutter shadow, toner specks, a streak; samples/heldout2/make.py)
and the OCR clean-up that goes with them. The page tests run real Tesseract on one A4 page."""

from __future__ import annotations

import numpy as np
import pytest
from rapidfuzz.distance import Levenshtein

from ingest import postocr, prepare, read_pages
from ingest.layout import WordBox
from ingest_makers import BODY, HEADER_LEFT, HEADER_RIGHT, TITLE, page_image, render, text_pdf

TRUTH = " ".join(HEADER_LEFT + HEADER_RIGHT + TITLE + BODY)


def _cer(text: str) -> float:
    return Levenshtein.distance(" ".join(text.split()), TRUTH) / len(TRUTH)


@pytest.fixture(scope="module")
def copies(tmp_path_factory):
    """(photocopy PDF, moderate scan PDF) of one minute page, as the held-out sets make them."""
    from samples.heldout2.make import scan

    tmp = tmp_path_factory.mktemp("photocopy")
    pdf = text_pdf(tmp / "page.pdf").read_bytes()
    out = []
    for damage in ("photocopy", "moderate"):
        path = tmp / f"{damage}.pdf"
        path.write_bytes(scan(pdf, damage, 11, 300)[0])
        out.append(path)
    return out


def _grey(path) -> np.ndarray:
    return np.asarray(render(path, 300).convert("L"))


def test_photocopy_steps_run_only_on_photocopies(tmp_path, copies):
    photocopy, moderate = copies
    steps = prepare.prepare(_grey(photocopy), 300, 300).steps
    assert "even-columns" in steps and "despeck" in steps
    for other in (_grey(moderate), np.asarray(page_image(tmp_path).convert("L"))):
        steps = prepare.prepare(other, 300, 300).steps
        assert "even-columns" not in steps and "despeck" not in steps


def test_photocopy_reads_closer_to_the_truth(settings, copies, monkeypatch):
    photocopy, _ = copies
    page = next(read_pages(photocopy, settings))
    with monkeypatch.context() as m:  # the same page without the two steps
        for name in ("STREAK_MIN", "SHADOW_MIN", "SPECKS_MIN_DENSITY"):
            m.setattr(prepare, name, float("inf"))
        before = next(read_pages(photocopy, settings))
    assert _cer(page.text) < 0.02 < _cer(before.text), (page.text, before.text)
    assert "CHI BỘ THÔN BA" in page.text and "có mặt 13; vắng 02" in page.text


def test_streak_and_shadow_evened():
    page = np.full((400, 600), 220, np.uint8)
    page[:, 300:303] -= 35  # a copier streak
    page[:, :40] = np.linspace(100, 220, 40).astype(np.uint8)[None, :]  # a gutter shadow
    page[100:110, 100:500] = 90  # a text line crossing the streak
    shade = prepare.shading(page, 300)
    assert shade.streak >= 30 and shade.shadow >= 100 and shade.needs_evening()
    even = prepare.even_columns(page, shade)
    assert abs(int(even[50, 301]) - int(even[50, 200])) <= 2  # the streak is paper again
    assert even[50, 5] >= 210  # and so is the shadow
    assert even[105, 301] < 120  # the text over the streak stays ink
    page[:, 450:453] = 60  # a rule down a page-long table is as dark as text: no streak
    assert prepare.shading(page, 300).level[451] > 200


def test_flatten_keeps_the_darkest_ink_black():
    """On a sparse page the stretch's low point falls inside the strokes: they must stay black
    (convertScaleAbs mirrored them to grey, hollow letters)."""
    page = np.full((1000, 1000), 200, np.uint8)
    for i in range(15):  # strokes: a black core with grey rims, under 1% of the page
        x = 100 + 50 * i
        page[400:450, x : x + 8] = 150
        page[400:450, x + 2 : x + 6] = 20
    assert prepare.flatten(page)[425, 103] == 0


def _word(text, x0, x1, h=30, conf=0.95):
    return WordBox(text, x0, 100, x1, 100 + h, conf)


def test_rule_glyphs_stripped():
    words = [_word("1", 0, 10), _word("|Nguyễn", 20, 120), _word("An", 130, 160), _word("|", 170, 172),
             _word("2_", 180, 200), _word("__", 210, 260)]
    postocr.fix_line(words)
    assert [w.text for w in words] == ["1", "Nguyễn", "An", "", "2", "__"]


def test_pale_en_dash_told_from_hyphen_by_width():
    line = [_word("Hùng", 0, 80), _word("-", 90, 105, h=4), _word("Bí", 115, 150), _word("thư", 160, 210)]
    postocr.fix_line(line)
    assert line[1].text == "–"
    line = [_word("Hùng", 0, 80), _word("-", 90, 98, h=4), _word("Bí", 115, 150)]
    postocr.fix_line(line)
    assert line[1].text == "-"


def test_flat_unsure_words_dropped():
    """The motto's underline read as "Ra : : \\" goes; a pale en dash, leaders and a bullet stay."""
    words = [_word(t, i * 100, i * 100 + 80) for i, t in enumerate("Ninh Kiều ngày tháng năm".split())]
    junk = [_word("Ra", 600, 640, h=8, conf=0.05), _word(":", 700, 705, h=8, conf=0.47)]
    kept = [_word("–", 800, 820, h=4, conf=0.3), _word("……", 900, 980, h=6, conf=0.0),
            _word("e", 0, 10, h=8, conf=0.4)]
    postocr.drop_flat(words + junk + kept)
    assert [w.text for w in junk] == ["", ""]
    assert [w.text for w in kept] == ["–", "……", "e"]
