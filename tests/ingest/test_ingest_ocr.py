"""Scans: PNG, JPEG (EXIF), TIFF, image-only and mixed PDFs, preparation steps; real Tesseract.

Pages are cropped (header + a few lines) to keep each OCR call well under a second.
"""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image

from bienban.config import Settings
from ingest import inspect, prepare, read_pages
from ingest.ocr import _hooks
from ingest_makers import BODY, add_stamp, image_pdf, mixed_pdf, page_image

SHORT = BODY[:3]


@pytest.fixture(scope="module")
def scan(tmp_path_factory) -> Image.Image:
    """Top of a minute page at 300 dpi: the two-column header, the title, three body lines."""
    tmp = tmp_path_factory.mktemp("scan")
    return page_image(tmp, dpi=300, body=SHORT, crop=0.36)


def _words(text: str) -> set[str]:
    return set(text.split())


def _assert_reads_minute(page) -> None:
    text = page.text
    for needle in ("ĐẢNG CỘNG SẢN VIỆT NAM", "BIÊN BẢN", "Hôm nay, vào lúc 14 giờ 00 phút"):
        assert needle in text, text
    # header blocks read one after the other, not interleaved line by line
    assert text.index("CHI BỘ THÔN BA") < text.index("ĐẢNG CỘNG SẢN VIỆT NAM"), text


def test_png(tmp_path, settings, scan, page_validator):
    path = tmp_path / "scan.dat"
    scan.save(path, "PNG", dpi=(300, 300))
    assert inspect(path, settings).media_type == "image/png"
    page = next(read_pages(path, settings))
    assert page.method == "ocr" and page.unit == "px"
    assert (page.width, page.height) == scan.size
    assert 0.8 < page.confidence <= 1
    assert page.rotation == 0 and page.skew == 0
    _assert_reads_minute(page)
    for line in page.lines:
        assert 0 <= line.bbox[0] < line.bbox[2] <= page.width
        assert line.confidence is not None and line.words
    page_validator(page)


@pytest.mark.parametrize("orientation,turn", [(6, 90), (8, 270), (3, 180)])
def test_jpeg_exif_orientation(tmp_path, settings, scan, orientation, turn):
    # store the pixels turned the other way and tell EXIF how to show them upright
    stored = scan.rotate(turn, expand=True)  # PIL turns counter-clockwise
    exif = Image.Exif()
    exif[0x0112] = orientation
    path = tmp_path / "photo.jpg"
    stored.save(path, "JPEG", quality=92, dpi=(300, 300), exif=exif)
    page = next(read_pages(path, settings))
    assert (page.width, page.height) == scan.size
    assert page.rotation == turn
    _assert_reads_minute(page)


def test_multipage_tiff(tmp_path, settings, scan, page_validator):
    path = tmp_path / "book.tif"
    small = scan.convert("L").crop((0, 0, scan.width, scan.height // 2))
    small.save(path, save_all=True, append_images=[scan.convert("L")], dpi=(300, 300),
               compression="tiff_lzw")
    assert inspect(path, settings).page_count == 2
    pages = list(read_pages(path, settings))
    assert [p.number for p in pages] == [1, 2]
    assert "ĐẢNG CỘNG SẢN VIỆT NAM" in pages[0].text
    _assert_reads_minute(pages[1])
    only_second = list(read_pages(path, settings, [2]))
    assert [p.number for p in only_second] == [2]
    for p in pages:
        page_validator(p)


def test_image_without_dpi_is_estimated_from_a4(tmp_path, settings):
    # a whole A4 page at 150 dpi saved without any resolution metadata
    img = page_image(tmp_path, dpi=150, body=SHORT)
    path = tmp_path / "nodpi.png"
    img.save(path, "PNG")
    assert "dpi" not in Image.open(path).info
    page = next(read_pages(path, settings))
    assert (page.width, page.height) == img.size  # boxes stay in the input's pixels
    _assert_reads_minute(page)


def test_image_only_pdf(tmp_path, settings, scan, page_validator):
    path = image_pdf(tmp_path / "scan.pdf", [scan])
    page = next(read_pages(path, settings))
    assert page.method == "ocr" and page.unit == "px"
    _assert_reads_minute(page)
    page_validator(page)


def test_mixed_pdf_page_by_page(tmp_path, settings):
    path = mixed_pdf(tmp_path / "mixed.pdf", tmp_path)
    pages = list(read_pages(path, settings))
    assert [p.method for p in pages] == ["text-layer", "ocr"]
    assert [p.unit for p in pages] == ["pt", "px"]
    assert "Hôm nay, vào lúc 14 giờ 00 phút" in pages[1].text


@pytest.mark.parametrize("turn", [90, 180, 270])
def test_orientation_detected(tmp_path, settings, scan, turn):
    path = tmp_path / f"turned{turn}.png"
    scan.rotate(-turn, expand=True).save(path, dpi=(300, 300))  # turned clockwise by `turn`
    page = next(read_pages(path, settings))
    assert page.rotation == (360 - turn) % 360
    _assert_reads_minute(page)


def test_orientation_by_confidence_when_unsure(settings, scan):
    """The last resort (OSD unsure): OCR a band at the candidate turns, keep the best."""
    grey = np.asarray(scan.convert("L").rotate(180))
    seen = prepare.Look("horizontal", 3.0, 0.0, None, 1.0, 10)
    out = prepare.Prepared(image=grey)
    _osd, confidence_at = _hooks(settings)
    rot = prepare._decide_rotation(grey, 300, seen, lambda img, dpi: None, confidence_at, out)
    assert rot == 180 and "orientation-by-confidence" in out.steps


def test_deskew(tmp_path, settings, scan):
    path = tmp_path / "skewed.png"
    scan.rotate(1.5, expand=True, fillcolor="white").save(path, dpi=(300, 300))
    page = next(read_pages(path, settings))
    assert page.skew is not None and abs(abs(page.skew) - 1.5) < 0.3
    _assert_reads_minute(page)


def test_red_stamp_suppressed(tmp_path, settings, scan):
    w, h = scan.size
    stamped = add_stamp(scan, (int(w * 0.45), int(h * 0.8)), int(h * 0.16))
    prepared = prepare.prepare(np.asarray(stamped), 300, 300)
    assert "red-stamp" in prepared.steps
    assert "red-stamp" not in prepare.prepare(np.asarray(scan), 300, 300).steps
    path = tmp_path / "stamped.png"
    stamped.save(path, dpi=(300, 300))
    page = next(read_pages(path, settings))
    _assert_reads_minute(page)
    assert "CHI BO" not in page.text


def test_harsh_scan_is_flattened(settings, scan):
    """Uneven, dark, faint paper: measured as such, so the background is flattened."""
    arr = np.asarray(scan.convert("L")).astype(np.float32)
    h, w = arr.shape
    light = np.linspace(0.45, 0.95, w, dtype=np.float32)[None, :]
    harsh = np.clip((70 + arr / 255 * 185) * light, 0, 255).astype(np.uint8)
    prepared = prepare.prepare(harsh, 300, 300)
    assert "flatten" in prepared.steps
    clean = prepare.prepare(np.asarray(scan.convert("L")), 300, 300)
    assert clean.steps == []  # a clean page is left alone


def test_ocr_settings_respected(tmp_path, scan):
    path = tmp_path / "scan.png"
    scan.save(path, dpi=(300, 300))
    page = next(read_pages(path, Settings(ocr_language="vie")))
    assert page.confidence is not None


def test_sparse_page_where_osd_gives_up(tmp_path, settings, scan):
    """A few words turned upside down: OSD fails ("too few characters"); the page still reads."""
    w, h = scan.size
    few = scan.crop((0, int(h * 0.62), w, int(h * 0.74))).rotate(180)
    page_img = Image.new("RGB", (w, h), "white")
    page_img.paste(few, (0, h // 3))
    path = tmp_path / "sparse.png"
    page_img.save(path, dpi=(300, 300))
    page = next(read_pages(path, settings))
    assert page.method == "ocr"
    assert page.rotation == 180 and "Tổng số đảng viên: 15 đồng chí" in page.text


def test_blank_page(tmp_path, settings, page_validator):
    path = tmp_path / "blank.png"
    Image.new("L", (1240, 1754), 255).save(path, dpi=(150, 150))
    page = next(read_pages(path, settings))
    assert page.text == "" and page.lines == [] and page.confidence is None
    page_validator(page)


def _harsh_last_page(tmp_path, strings, seed: int):
    """A minute's last page (strings: (x, y, text) in points, serif 13) on dark, noisy, unevenly lit paper."""
    from reportlab.pdfgen import canvas

    from ingest_makers import fonts
    from samples.generator.damage import harsh, rasterize, save_png

    fonts()
    pdf = tmp_path / "last.pdf"
    c = canvas.Canvas(str(pdf), pagesize=(595, 842))
    c.setFont("Serif", 13)
    for x, y, text in strings:
        c.drawString(x, y, text)
    c.save()
    path = tmp_path / "last.png"
    save_png(harsh(rasterize(pdf, 0, 300), np.random.default_rng(seed)), path, 300)
    return path


def test_sparse_harsh_page_is_read_again_denoised_harder(tmp_path, settings):
    """The last page of a minute: a closing paragraph and signatures on dark, noisy, unevenly lit
    paper. The first reading takes the noise for content; the page is read again after a
    stronger denoise because that reading was unsure."""
    path = _harsh_last_page(tmp_path, [(70, 780, "Buổi sinh hoạt kết thúc vào lúc 16 giờ 40 phút cùng ngày. Biên bản"),
                                       (56, 762, "được đọc lại và thông qua trước chi bộ."),
                                       (120, 730, "THƯ KÝ"), (400, 730, "CHỦ TRÌ")], seed=4)

    page = next(read_pages(path, settings))

    # the first reading of this page is empty; the second reads the closing sentence
    assert "kết thúc vào lúc 16 giờ 40 phút cùng ngày. Biên bản" in page.text, page.text


@pytest.mark.parametrize("seed", [1, 5])
def test_a_sparse_harsh_page_read_thin_but_sure_is_read_again(tmp_path, settings, seed):
    """The same kind of page with the signatures' names: Tesseract may read only one line of it, surely
    (confidence above the retry line), and take the rest for picture. Fewer lines read than the page shows
    also calls for the harder denoise."""
    path = _harsh_last_page(tmp_path, [
        (70, 780, "Buổi sinh hoạt kết thúc vào lúc 15h40 cùng ngày. Biên bản được thông qua"),
        (56, 762, "trước chi bộ và nhất trí ký tên."), (120, 730, "THƯ KÝ"), (400, 730, "CHỦ TRÌ"),
        (100, 660, "Hà Duy Thế Kiên"), (370, 660, "Lương Thanh Thị Thủy"), (280, 40, "Trang 2/2")], seed=seed)

    page = next(read_pages(path, settings))

    assert "Buổi sinh hoạt kết thúc vào lúc 15h40" in page.text, page.text
    assert "Hà Duy Thế Kiên" in page.text and "Lương Thanh Thị Thủy" in page.text, page.text


def test_dotted_fill_lines_survive_a_blurred_scan(tmp_path, settings):
    """Template leftovers ("Khách mời: ………") are a defect inspectors flag. On a blurred, noisy
    JPEG scan Tesseract reads a dotted line as unsure digit noise ("202222326302"); the specks are
    recognised from the pixels and put back as "…"."""
    import io

    import cv2

    body = ["Hôm nay, vào lúc 14 giờ 00 phút, ngày 04 tháng 5 năm 2023,",
            "Khách mời: " + "…" * 22,
            "Địa điểm: " + "…" * 16 + ", Chi bộ thôn Ba tiến hành sinh hoạt.",
            "Thư ký: đồng chí Trần Thị Hoà, chi ủy viên."]
    grey = np.asarray(page_image(tmp_path, dpi=300, body=body, header=False, crop=0.35).convert("L"))
    rng = np.random.default_rng(0)
    damaged = cv2.GaussianBlur(grey.astype(np.float32), (0, 0), 1.1) * 0.8 + 40 + rng.normal(0, 10, grey.shape)
    ok, jpeg = cv2.imencode(".jpg", np.clip(damaged, 0, 255).astype(np.uint8), [cv2.IMWRITE_JPEG_QUALITY, 35])
    path = tmp_path / "dotted.jpg"
    Image.open(io.BytesIO(jpeg.tobytes())).save(path, dpi=(300, 300))

    lines = [ln.text for ln in next(read_pages(path, settings)).lines]

    assert len(lines) == 4, lines
    assert "………" in lines[1] and "………" in lines[2], lines
    assert "…" not in lines[0] + lines[3], lines  # letters are never taken for specks
    assert lines[3] == body[3]
