"""Born-digital PDFs: detection, hashing, text layer, reading order, NFC."""

from __future__ import annotations

import hashlib
import unicodedata

from ingest import inspect, read_pages
from ingest_makers import BODY, HEADER_LEFT, HEADER_RIGHT, TITLE, text_pdf


def test_inspect_text_pdf(tmp_path, settings):
    path = text_pdf(tmp_path / "minute.bin", pages=3)  # extension means nothing
    source = inspect(path, settings)
    assert source.media_type == "application/pdf"
    assert source.page_count == 3
    assert source.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()


def test_text_layer_page(tmp_path, settings, page_validator):
    path = text_pdf(tmp_path / "minute.pdf", pages=2)
    pages = list(read_pages(path, settings))
    assert [p.number for p in pages] == [1, 2]
    first = pages[0]
    assert first.method == "text-layer" and first.unit == "pt" and first.confidence is None
    assert (first.width, first.height) == (595, 842)
    expected = HEADER_LEFT + HEADER_RIGHT + TITLE + BODY
    assert first.text.split("\n") == expected
    for line in first.lines:
        x0, y0, x1, y1 = line.bbox
        assert 0 <= x0 < x1 <= 595 and 0 <= y0 < y1 <= 842
        assert line.words and " ".join(w.text for w in line.words) == line.text
    page_validator(first)
    assert pages[1].text.split("\n") == BODY


def test_header_columns_do_not_interleave(tmp_path, settings):
    path = text_pdf(tmp_path / "minute.pdf")
    text = next(read_pages(path, settings)).text
    # left block then right block; never "ĐẢNG BỘ XÃ AN BÌNH ĐẢNG CỘNG SẢN VIỆT NAM"
    assert text.index("CHI BỘ THÔN BA") < text.index("ĐẢNG CỘNG SẢN VIỆT NAM")
    assert "AN BÌNH ĐẢNG" not in text


def test_select_pages(tmp_path, settings):
    path = text_pdf(tmp_path / "minute.pdf", pages=3)
    page = next(read_pages(path, settings, [3]))
    assert page.number == 3 and page.text.split("\n") == BODY


def test_nfd_text_layer_comes_out_nfc(tmp_path, settings):
    body = [unicodedata.normalize("NFD", line) for line in BODY]
    path = text_pdf(tmp_path / "nfd.pdf", body=body)
    page = next(read_pages(path, settings))
    assert page.text == unicodedata.normalize("NFC", page.text)
    assert "Nguyễn Văn Hùng" in page.text
    for line in page.lines:
        for word in line.words:
            assert unicodedata.is_normalized("NFC", word.text)


def test_rotated_text_layer_page_read_in_its_own_frame(tmp_path, settings, page_validator):
    import pikepdf

    src = text_pdf(tmp_path / "minute.pdf")
    upright = next(read_pages(src, settings))
    path = tmp_path / "rotated.pdf"
    with pikepdf.open(src) as pdf:
        pdf.pages[0].Rotate = 90  # shown turned clockwise; the text is drawn upright inside
        pdf.save(path)
    page = next(read_pages(path, settings))
    assert page.text == upright.text
    assert page.rotation == 270 and (page.width, page.height) == (595, 842)
    page_validator(page)
