"""Text Tesseract's page layout leaves out (it takes the block for a picture): found as line-shaped ink no
word box covers, and read again on its own. Real Tesseract on a committed scan (samples/heldout18, a page
whose next page shows through) and on a clean made page."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from ingest import postocr, read_pages, tesseract
from ingest_makers import page_image

BLED = Path(__file__).resolve().parents[2] / "samples/heldout18/dev/v12-haiphong-port-scan-bleed-low-unexcused.pdf"


def test_the_header_line_the_layout_dropped_is_read_again(settings, monkeypatch):
    page = next(read_pages(BLED, settings, [1]))
    texts = [ln.text for ln in page.lines]
    assert "CHI BỘ ĐỘI CƠ GIỚI 2" in texts, texts[:8]
    assert any(t.startswith("Hải Phòng, ngày 28 tháng 3 năm 2003") for t in texts), texts[:8]
    with monkeypatch.context() as m:  # the same page as Tesseract's layout gives it
        m.setattr(postocr, "dropped_lines", lambda grey, words: [])
        before = next(read_pages(BLED, settings, [1]))
    assert "CHI BỘ ĐỘI CƠ GIỚI 2" not in [ln.text for ln in before.lines]


def test_a_clean_page_has_nothing_left_out(tmp_path):
    grey = np.asarray(page_image(tmp_path).convert("L"))
    words = tesseract.words(grey, lang="vie", dpi=300, timeout=60)
    assert len(words) >= 20 and postocr.dropped_lines(grey, words) == []
