"""A page photographed on a desk (keystone, dark surround, light falling off; samples/heldout2/make.py
`scan(pdf, "phone", ...)`): the page is cut out and squared before anything else looks at it. A page faxed
in black and white: specks mislead the cheap up/down look, and the OCR of a band settles it against OSD.
The read tests run real Tesseract on one A4 page."""

from __future__ import annotations

import numpy as np
import pytest
from rapidfuzz.distance import Levenshtein

from pathlib import Path

from ingest import prepare, read_pages
from ingest_makers import BODY, HEADER_LEFT, HEADER_RIGHT, TITLE, page_image, render, text_pdf

TRUTH = " ".join(HEADER_LEFT + HEADER_RIGHT + TITLE + BODY)


def _cer(text: str) -> float:
    return Levenshtein.distance(" ".join(text.split()), TRUTH) / len(TRUTH)


@pytest.fixture(scope="module")
def shots(tmp_path_factory):
    """{damage: image-only PDF} of one minute page; seed 3's photo was read upside down before the crop."""
    from samples.heldout2.make import scan

    tmp = tmp_path_factory.mktemp("phone")
    pdf = text_pdf(tmp / "page.pdf").read_bytes()
    out = {}
    for damage, dpi in (("phone", 250), ("moderate", 250), ("photocopy", 250), ("bleed", 250), ("fax", 200)):
        path = tmp / f"{damage}.pdf"
        path.write_bytes(scan(pdf, damage, 3, dpi)[0])
        out[damage] = (path, dpi)
    return out


def test_page_crop_runs_only_on_a_photo(tmp_path, shots):
    path, dpi = shots["phone"]
    assert "page-crop" in prepare.prepare(np.asarray(render(path, dpi).convert("L")), dpi, 300).steps
    others = [np.asarray(render(p, d).convert("L")) for k, (p, d) in shots.items() if k != "phone"]
    for grey in others + [np.asarray(page_image(tmp_path).convert("L"))]:
        assert "page-crop" not in prepare.prepare(grey, 300, 300).steps


def test_corners_of_the_photographed_page(shots):
    path, dpi = shots["phone"]
    grey = np.asarray(render(path, dpi).convert("L"))
    small, f = prepare._resize_width(grey, prepare.SMALL_WIDTH)
    tl, tr, br, bl = prepare.page_corners(small) / f
    h, w = grey.shape
    # the photo pads the page by 4% of its width on every side and narrows one edge by 1.5-3.5%
    pad = 0.04 * (w / 1.08)
    for x, y in (tl, bl):
        assert 0.5 * pad < x < 3 * pad
    for x, y in (tr, br):
        assert w - 3 * pad < x < w - 0.5 * pad
    assert tl[1] < 2 * pad and bl[1] > h - 2 * pad
    assert abs((tr[0] - tl[0]) - (br[0] - bl[0])) > 0.01 * w  # the keystone was seen


def test_photo_reads_upright_and_close_to_the_truth(settings, shots):
    path, _ = shots["phone"]
    page = next(read_pages(path, settings))
    assert page.rotation == 0 and _cer(page.text) < 0.02, page.text
    assert "CHI BỘ THÔN BA" in page.text and "có mặt 13; vắng 02" in page.text
    assert all(0 <= ln.bbox[0] < ln.bbox[2] <= page.width and ln.bbox[3] <= page.height for ln in page.lines)


def test_the_desk_hides_the_lines_from_the_look_and_the_crop_shows_them(shots):
    path, dpi = shots["phone"]
    grey = np.asarray(render(path, dpi).convert("L"))
    assert prepare.look(grey).lines < 3  # the desk's edges swallow the text lines
    small, f = prepare._resize_width(grey, prepare.SMALL_WIDTH)
    cropped = prepare.look(prepare.crop_page(grey, prepare.page_corners(small) / f))
    assert cropped.rotation == 0 and cropped.lines >= 8


def test_noisy_fax_is_not_turned_over(tmp_path, settings):
    """A typewritten page on grey copier paper, faxed and saved as a 200 dpi black-and-white TIFF: its
    specks and broken strokes make the cheap look say upside down, and OSD is not sure either way."""
    import io

    import pypdfium2 as pdfium

    from samples.heldout2.make import scan

    src = Path(__file__).resolve().parents[2] / "samples/heldout13/dev/a12-namdinh-haihau-typewriter-2008-photocopy-75min.pdf"
    first = pdfium.PdfDocument.new()
    first.import_pages(pdfium.PdfDocument(str(src)), [0])
    buf = io.BytesIO()
    first.save(buf)
    fax_pdf = tmp_path / "fax.pdf"
    fax_pdf.write_bytes(scan(buf.getvalue(), "fax", 11, 200)[0])
    path = tmp_path / "fax.tif"
    render(fax_pdf, 200).convert("1").save(path, dpi=(200, 200), compression="group4")
    grey = np.asarray(render(fax_pdf, 200).convert("L"))
    assert prepare.look(grey).rotation == 180  # the misleading look this test is about
    page = next(read_pages(path, settings))
    assert page.rotation == 0
    assert "XÓM 12" in page.text and "phút" in page.text, page.text


def test_a_photographed_page_with_little_on_it_is_read(tmp_path, settings):
    """The last page of heldout4 d03, only the approval and the signatures, photographed: the light falling off to
    the corners outweighs its few lines, so the crop is always followed by flattening (Tesseract found no word)."""
    from samples.heldout2.make import scan

    src = Path(__file__).resolve().parents[2] / "samples/heldout4/dev/d03-namdinh-hospital-thematic-80min.pdf"
    path = tmp_path / "photo.pdf"
    path.write_bytes(scan(src.read_bytes(), "phone", 7005, 250)[0])
    page = next(read_pages(path, settings, [2]))
    assert "CHỦ TRÌ" in page.text and "Mai Văn Quý" in page.text, page.text
