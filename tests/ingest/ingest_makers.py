"""Real test inputs made on the fly: minute pages as PDFs (reportlab) and images (pdfium)."""

from __future__ import annotations

import io
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
from PIL import Image
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")  # Liberation 1.07 here lacks Vietnamese
_fonts_ready = False

HEADER_LEFT = ["ĐẢNG BỘ XÃ AN BÌNH", "CHI BỘ THÔN BA"]
HEADER_RIGHT = ["ĐẢNG CỘNG SẢN VIỆT NAM", "An Bình, ngày 04 tháng 5 năm 2023"]
TITLE = ["BIÊN BẢN", "SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 5 NĂM 2023"]
BODY = [
    "Hôm nay, vào lúc 14 giờ 00 phút, ngày 04 tháng 5 năm 2023,",
    "tại hội trường thôn, Chi bộ thôn Ba tiến hành sinh hoạt thường kỳ.",
    "Tổng số đảng viên: 15 đồng chí; có mặt 13; vắng 02 (có lý do).",
    "Chủ trì: đồng chí Nguyễn Văn Hùng, Bí thư chi bộ.",
    "Thư ký: đồng chí Trần Thị Hoà, chi ủy viên.",
    "Đồng chí chủ trì kết luận và giao nhiệm vụ cho các đảng viên.",
]


def fonts() -> None:
    global _fonts_ready
    if not _fonts_ready:
        pdfmetrics.registerFont(TTFont("Serif", str(FONT_DIR / "DejaVuSerif.ttf")))
        pdfmetrics.registerFont(TTFont("SerifB", str(FONT_DIR / "DejaVuSerif-Bold.ttf")))
        _fonts_ready = True


def draw_minute_page(c: canvas.Canvas, body=BODY, header=True, size=12) -> None:
    fonts()
    w, h = A4
    y = h - 60
    if header:
        c.setFont("SerifB", size)
        for i, (left, right) in enumerate(zip(HEADER_LEFT, HEADER_RIGHT)):
            c.drawCentredString(150, y - i * 18, left)
            c.drawCentredString(420, y - i * 18, right)
        y -= 70
        for line in TITLE:
            c.drawCentredString(w / 2, y, line)
            y -= 20
        y -= 10
    c.setFont("Serif", size)
    for line in body:
        c.drawString(70, y, line)
        y -= 20


def text_pdf(path: Path, pages: int = 1, body=BODY) -> Path:
    c = canvas.Canvas(str(path), pagesize=A4)
    for i in range(pages):
        draw_minute_page(c, body=body, header=(i == 0))
        c.showPage()
    c.save()
    return path


def render(pdf_path: Path, dpi: int = 300, page: int = 0) -> Image.Image:
    doc = pdfium.PdfDocument(str(pdf_path))
    try:
        p = doc[page]
        img = p.render(scale=dpi / 72, rev_byteorder=True).to_pil().convert("RGB")
        p.close()
    finally:
        doc.close()
    return img


def page_image(tmp: Path, dpi: int = 300, body=BODY, header=True, crop=None) -> Image.Image:
    """A minute page rendered to an RGB image; ``crop`` as a fraction of height keeps the top."""
    src = tmp / f"_src_{dpi}_{len(body)}_{int(header)}.pdf"
    c = canvas.Canvas(str(src), pagesize=A4)
    draw_minute_page(c, body=body, header=header)
    c.showPage()
    c.save()
    img = render(src, dpi)
    if crop:
        img = img.crop((0, 0, img.width, int(img.height * crop)))
    return img


def image_pdf(path: Path, imgs: list[Image.Image], dpi: int = 300) -> Path:
    """An image-only PDF (no text layer), one image per page."""
    first, *rest = [im.convert("RGB") for im in imgs]
    first.save(path, "PDF", resolution=dpi, save_all=True, append_images=rest)
    return path


def mixed_pdf(path: Path, tmp: Path) -> Path:
    """Page 1 text layer, page 2 image only."""
    text = text_pdf(tmp / "_mixed_text.pdf", pages=1)
    scan = image_pdf(tmp / "_mixed_scan.pdf", [page_image(tmp, dpi=200, header=False, crop=0.4)], 200)
    import pikepdf

    with pikepdf.open(text) as a, pikepdf.open(scan) as b:
        a.pages.extend(b.pages)
        a.save(path)
    return path


def add_stamp(img: Image.Image, center: tuple[int, int], radius: int) -> Image.Image:
    """A red seal: thick ring with a filled star-ish centre, drawn over whatever is there."""
    import cv2

    arr = np.array(img.convert("RGB"))
    red = (200, 30, 40)
    overlay = arr.copy()
    cv2.circle(overlay, center, radius, red, thickness=max(6, radius // 10))
    cv2.circle(overlay, center, int(radius * 0.7), red, thickness=max(3, radius // 25))
    cv2.putText(overlay, "CHI BO", (center[0] - radius // 2, center[1] + 10),
                cv2.FONT_HERSHEY_SIMPLEX, radius / 90, red, max(2, radius // 30))
    # multiply blend: the seal ink darkens paper, black text stays black
    out = (arr.astype(np.float32) * overlay.astype(np.float32) / 255.0).astype(np.uint8)
    return Image.fromarray(out)


def png_bytes(img: Image.Image, **kw) -> bytes:
    buf = io.BytesIO()
    img.save(buf, "PNG", **kw)
    return buf.getvalue()
