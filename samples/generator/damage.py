"""Scanner damage: render born-digital pages to images and degrade them, one named class each.

clean    300 dpi, slight noise and dust
moderate 200 dpi, 1–2.5° skew, grey paper, blur, noise, JPEG artefacts
harsh    heavy noise, strongly uneven lighting and a binding shadow, faded ink
rotated  the page turned by 90/180/270° (otherwise clean)
stamp    colour scan: paper colour cast, blue signature strokes and a red round seal over the chair's name
"""

from __future__ import annotations

import io
import math
import random
from pathlib import Path

import cv2
import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageDraw, ImageFont

from .layout import font_path

DPI = {"clean": 300, "moderate": 200, "harsh": 300, "rotated": 200, "stamp": 200}


def rasterize(pdf: Path | bytes, index: int, dpi: int, color: bool = False) -> np.ndarray:
    doc = pdfium.PdfDocument(pdf if isinstance(pdf, bytes) else str(pdf))
    try:
        page = doc[index]
        img = page.render(scale=dpi / 72.0, grayscale=not color).to_pil()
    finally:
        doc.close()
    return np.asarray(img.convert("RGB" if color else "L"))


def _noise(rs: np.random.Generator, shape, sigma: float) -> np.ndarray:
    return rs.normal(0, sigma, shape).astype(np.float32)


def _dust(rs: np.random.Generator, img: np.ndarray, n: int) -> None:
    h, w = img.shape[:2]
    for _ in range(n):
        y, x = int(rs.integers(0, h)), int(rs.integers(0, w))
        r = int(rs.integers(1, 3))
        cv2.circle(img, (x, y), r, int(rs.integers(60, 160)), -1)


def clean(img: np.ndarray, rs: np.random.Generator) -> np.ndarray:
    f = img.astype(np.float32)
    f = cv2.GaussianBlur(f, (0, 0), 0.5)
    # slight noise only where there is ink or its edge: a flat white page stays compressible
    edge = f < 250
    f[edge] += _noise(rs, f.shape, 6)[edge]
    out = np.clip(f, 0, 255).astype(np.uint8)
    _dust(rs, out, int(rs.integers(5, 25)))
    return out


def _rotate(img: np.ndarray, deg: float, fill) -> np.ndarray:
    h, w = img.shape[:2]
    m = cv2.getRotationMatrix2D((w / 2, h / 2), deg, 1.0)
    return cv2.warpAffine(img, m, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT,
                          borderValue=fill)


def _jpeg(img: np.ndarray, q: int) -> np.ndarray:
    ok, buf = cv2.imencode(".jpg", img, [cv2.IMWRITE_JPEG_QUALITY, q])
    return cv2.imdecode(buf, cv2.IMREAD_UNCHANGED)


def moderate(img: np.ndarray, rs: np.random.Generator) -> tuple[np.ndarray, float]:
    paper = float(rs.uniform(205, 232))
    f = img.astype(np.float32) * (paper / 255.0)
    f = cv2.GaussianBlur(f, (0, 0), float(rs.uniform(0.6, 1.0)))
    f += _noise(rs, f.shape, float(rs.uniform(5, 9)))
    angle = float(rs.uniform(1.0, 2.5)) * (1 if rs.random() < 0.5 else -1)
    f = _rotate(np.clip(f, 0, 255), angle, paper)
    out = np.clip(f, 0, 255).astype(np.uint8)
    out = _jpeg(out, int(rs.integers(30, 55)))
    return out, angle


def lighting(shape, rs: np.random.Generator, low: float) -> np.ndarray:
    """A smooth multiplicative light field: a dim side, a binding shadow, soft blotches and a fold."""
    h, w = shape
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    ang = rs.uniform(0, 2 * math.pi)
    proj = (xx / w - 0.5) * math.cos(ang) + (yy / h - 0.5) * math.sin(ang)
    proj = (proj - proj.min()) / (np.ptp(proj) + 1e-6)
    field = low + (1.0 - low) * proj ** float(rs.uniform(1.8, 2.6))
    side = int(rs.integers(0, 2))
    width = rs.uniform(0.12, 0.25) * w
    x = xx if side == 0 else (w - 1 - xx)
    field *= 0.5 + 0.5 * np.clip(x / width, 0, 1) ** 0.6
    for _ in range(int(rs.integers(3, 6))):
        bx, by = rs.uniform(0, w), rs.uniform(0, h)
        r = rs.uniform(0.08, 0.25) * w
        field *= 1.0 - rs.uniform(0.2, 0.35) * np.exp(-((xx - bx) ** 2 + (yy - by) ** 2) / (2 * r * r))
    fy = rs.uniform(0.3, 0.7) * h          # a horizontal fold: a dark crease line with a soft edge
    field *= 1.0 - 0.25 * np.exp(-((yy - fy) ** 2) / (2 * (0.01 * h) ** 2))
    return field.astype(np.float32)


def harsh(img: np.ndarray, rs: np.random.Generator) -> np.ndarray:
    """Faded ink on dull paper under strongly uneven light, with noise: plain OCR fails,
    background flattening (divide by a blurred background estimate) and denoising recover it."""
    f = img.astype(np.float32)
    ink = float(rs.uniform(75, 95))
    f = ink + (f / 255.0) * (240.0 - ink)
    f = cv2.GaussianBlur(f, (0, 0), float(rs.uniform(0.8, 1.1)))
    light = lighting(f.shape, rs, float(rs.uniform(0.22, 0.3)))
    f *= light
    # sensor noise grows with the light (shot noise), plus a blotchy paper texture
    f += _noise(rs, f.shape, float(rs.uniform(8, 11))) * np.sqrt(light)
    f += cv2.GaussianBlur(_noise(rs, f.shape, 5), (0, 0), 6)
    return np.clip(f, 0, 255).astype(np.uint8)


def rotated(img: np.ndarray, rs: np.random.Generator, rotation: int) -> np.ndarray:
    """`rotation` is the clockwise turn a reader must apply to make the page upright."""
    out = clean(img, rs)
    k = {0: 0, 90: 1, 180: 2, 270: 3}[rotation]     # np.rot90 turns counter-clockwise
    return np.ascontiguousarray(np.rot90(out, k))


def _seal(diameter: int, texts: tuple[str, str], rs: np.random.Generator) -> np.ndarray:
    """A red round seal as an alpha mask (0..1), ring text set letter by letter."""
    size = diameter + 8
    im = Image.new("L", (size, size), 0)
    dr = ImageDraw.Draw(im)
    c = size / 2
    r = diameter / 2
    lw = max(3, diameter // 45)
    dr.ellipse([c - r, c - r, c + r, c + r], outline=255, width=lw)
    r2 = r * 0.66
    dr.ellipse([c - r2, c - r2, c + r2, c + r2], outline=255, width=max(2, lw - 1))
    # five-pointed star in the middle
    pts = []
    for i in range(10):
        a = -math.pi / 2 + i * math.pi / 5
        rr = r2 * (0.55 if i % 2 == 0 else 0.22)
        pts.append((c + rr * math.cos(a), c + rr * math.sin(a)))
    dr.polygon(pts, fill=255)
    fsize = max(10, int(diameter * 0.085))
    fnt = ImageFont.truetype(str(font_path("DejaVuSans-Bold.ttf")), fsize)
    text = f"{texts[0]} * {texts[1]} *"
    rt = (r + r2) / 2
    step = 2 * math.pi / (len(text) + 1)
    for i, ch in enumerate(text):
        a = -math.pi / 2 - math.pi * 0.92 + i * step
        glyph = Image.new("L", (fsize * 2, fsize * 2), 0)
        ImageDraw.Draw(glyph).text((fsize, fsize), ch, fill=255, font=fnt, anchor="mm")
        glyph = glyph.rotate(-math.degrees(a) - 90, resample=Image.BICUBIC)
        x, y = c + rt * math.cos(a), c + rt * math.sin(a)
        im.paste(255, (int(x - fsize), int(y - fsize)), glyph)
    a = np.asarray(im).astype(np.float32) / 255.0
    # uneven inking
    tex = cv2.GaussianBlur(rs.random(a.shape).astype(np.float32), (0, 0), diameter / 40)
    tex = (tex - tex.min()) / (np.ptp(tex) + 1e-6)
    return np.clip(a * (0.55 + 0.45 * tex), 0, 1)


def stamp(img_rgb: np.ndarray, rs: np.random.Generator, seal_xy: tuple[float, float] | None, dpi: int,
          seal_texts: tuple[str, str]) -> np.ndarray:
    f = img_rgb.astype(np.float32) / 255.0
    ink = f.mean(axis=2, keepdims=True)
    paper = np.array([rs.uniform(0.94, 0.99), rs.uniform(0.90, 0.96), rs.uniform(0.80, 0.90)], np.float32)
    ink_col = np.array([0.10, 0.10, 0.18], np.float32)
    out = ink * paper + (1 - ink) * ink_col
    h, w = out.shape[:2]
    if seal_xy is None:     # a page without the signature block: colour cast only
        out *= np.array([rs.uniform(0.97, 1.0), rs.uniform(0.95, 1.0), rs.uniform(0.90, 0.98)], np.float32)
        out += rs.normal(0, 0.015, out.shape).astype(np.float32)
        return (np.clip(out, 0, 1) * 255).astype(np.uint8)
    sx, sy = seal_xy[0] * dpi / 72.0, seal_xy[1] * dpi / 72.0
    # a blue signature scribble right of the seal centre
    sig = np.zeros((h, w), np.float32)
    pts = []
    x0, y0 = sx + 0.2 * dpi, sy - 0.05 * dpi
    for i in range(40):
        t = i / 39
        pts.append((int(x0 + t * 0.9 * dpi + 0.06 * dpi * math.sin(t * 19)),
                    int(y0 + 0.10 * dpi * math.sin(t * 7 + rs.uniform(0, 0.4)))))
    cv2.polylines(sig, [np.array(pts, np.int32)], False, 1.0, max(2, dpi // 80), cv2.LINE_AA)
    out = out * (1 - sig[..., None] * 0.8) + sig[..., None] * 0.8 * np.array([0.12, 0.18, 0.55], np.float32)
    # the red seal, multiplied over ink and paper
    diam = int(rs.uniform(32, 38) / 25.4 * dpi)
    m = _seal(diam, seal_texts, rs)
    m = cv2.warpAffine(m, cv2.getRotationMatrix2D((m.shape[1] / 2, m.shape[0] / 2), float(rs.uniform(-25, 25)), 1.0),
                       (m.shape[1], m.shape[0]))
    y1, x1 = int(sy - m.shape[0] / 2), int(sx - m.shape[1] / 2)
    ya, xa = max(0, y1), max(0, x1)
    yb, xb = min(h, y1 + m.shape[0]), min(w, x1 + m.shape[1])
    mm_ = m[ya - y1:yb - y1, xa - x1:xb - x1][..., None] * float(rs.uniform(0.75, 0.95))
    red = np.array([0.86, 0.10, 0.14], np.float32)
    region = out[ya:yb, xa:xb]
    out[ya:yb, xa:xb] = region * (1 - mm_) + (region * red) * mm_ * 0.35 + red * mm_ * 0.65
    # colour cast and a little noise
    out *= np.array([rs.uniform(0.97, 1.0), rs.uniform(0.95, 1.0), rs.uniform(0.90, 0.98)], np.float32)
    out += rs.normal(0, 0.015, out.shape).astype(np.float32)
    return (np.clip(out, 0, 1) * 255).astype(np.uint8)


def damage(kind: str, pdf: Path | bytes, index: int, rs: np.random.Generator, rotation: int = 0,
           seal_xy=None, seal_texts=("ĐẢNG BỘ", "CHI BỘ"), dpi: int | None = None,
           info: dict | None = None) -> tuple[np.ndarray, int]:
    """Render page `index` of `pdf` and damage it; returns (image, dpi). `dpi` overrides the class default;
    `info` receives {"skew": degrees} (content turned counter-clockwise as displayed) for moderate scans."""
    dpi = dpi or DPI[kind]
    if kind == "stamp":
        return stamp(rasterize(pdf, index, dpi, color=True), rs, seal_xy, dpi, seal_texts), dpi
    img = rasterize(pdf, index, dpi)
    if kind == "clean":
        return clean(img, rs), dpi
    if kind == "moderate":
        out, angle = moderate(img, rs)
        if info is not None:
            info["skew"] = round(angle, 2)
        return out, dpi
    if kind == "harsh":
        return harsh(img, rs), dpi
    if kind == "rotated":
        return rotated(img, rs, rotation), dpi
    raise ValueError(kind)


# --- writers --------------------------------------------------------------------------


def to_pil(a: np.ndarray) -> Image.Image:
    return Image.fromarray(a, "RGB" if a.ndim == 3 else "L")


def save_png(a: np.ndarray, path: Path, dpi: int | None) -> None:
    im = to_pil(a)
    kw = {"optimize": True}
    if dpi:
        kw["dpi"] = (dpi, dpi)
    im.save(path, "PNG", **kw)


def jpeg_bytes(a: np.ndarray, dpi: int | None, quality: int = 80, exif_orientation: int | None = None) -> bytes:
    im = to_pil(a)
    kw = {"quality": quality, "optimize": True}
    if dpi:
        kw["dpi"] = (dpi, dpi)
    if exif_orientation:
        ex = Image.Exif()
        ex[0x0112] = exif_orientation
        if dpi:
            ex[0x011A] = float(dpi)
            ex[0x011B] = float(dpi)
            ex[0x0128] = 2
        kw["exif"] = ex.tobytes()
    buf = io.BytesIO()
    im.save(buf, "JPEG", **kw)
    return buf.getvalue()


def save_tiff(pages: list[np.ndarray], path: Path, dpi: int | None, bilevel: bool = False) -> None:
    ims = [to_pil(a) for a in pages]
    if bilevel:
        ims = [im.point(lambda v: 255 if v > 150 else 0).convert("1") for im in ims]
    kw = {"compression": "group4" if bilevel else "tiff_deflate", "save_all": True, "append_images": ims[1:]}
    if dpi:
        kw["dpi"] = (dpi, dpi)
    ims[0].save(path, "TIFF", **kw)


# EXIF orientation tag that makes a viewer turn the stored pixels upright, by the clockwise turn needed
EXIF_FOR_ROTATION = {0: 1, 90: 6, 180: 3, 270: 8}
