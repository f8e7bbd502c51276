"""Render the second held-out set (text written by hand in `minutes.py`, `minutes_dev2.py` and
`minutes_dev3.py`) to PDFs with truth files.

    python -m samples.heldout2.make          # rewrites samples/heldout2/dev/* and samples/heldout2/test/*

Reuses the small layout code of samples/heldout/make.py (wrapping, header, paragraphs, signatures,
truth writing, the 300 dpi scan) and adds what this set needs: ruled tables, running heads and page
numbers at the top or bottom ("Trang 2/3" needs a second pass), a minute book where a minute starts
mid-page after the previous one's signatures, a DejaVu Sans family and scans at 200-300 dpi.
The truth page text is exactly the drawn lines in reading order: running head / top page number,
header left column, header right column, body (a table row is its cells' n-th lines joined by a
space), signature left column, signature right column, bottom page number.
Same bytes on every run (reportlab invariant mode, seeded noise, fixed PDF dates).
"""

from __future__ import annotations

import io
import json
import time
from pathlib import Path

import numpy as np
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from samples.heldout.make import DJV, FAMILIES, LIB, Renderer, nfc, wrap, write_truth
from samples.heldout.make import fonts as _fonts
from samples.heldout.make import scan as scan300

from .minutes import BOOK_FLAG_ORDER, DOCS
from .minutes_dev2 import DOCS as DOCS_DEV2
from .minutes_dev3 import DOCS as DOCS_DEV3

ROOT = Path(__file__).resolve().parent
EXTRA_FAMILIES = {
    "dvsans": (DJV, "DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique", "DejaVuSans-BoldOblique"),
    # a typewriter face for old books typed on a machine (samples/heldout3)
    "mono": (LIB, "LiberationMono-Regular", "LiberationMono-Bold", "LiberationMono-Italic",
             "LiberationMono-BoldItalic"),
}
ALL_DOCS = DOCS + DOCS_DEV2 + DOCS_DEV3   # minutes.py, minutes_dev2.py (dev-08 … dev-16), minutes_dev3.py (dev-17 …)
MINUTE_ORDER = ["pages", "meeting", "chair", "secretary", "attendance", "conclusion", "resolutions",
                "assignments", "flags"]


def fonts(family: str) -> dict[str, str]:
    if family in FAMILIES:
        return _fonts(family)
    d, *names = EXTRA_FAMILIES[family]
    out = {}
    for key, name in zip(("r", "b", "i", "bi"), names):
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, str(d / f"{name}.ttf")))
        out[key] = name
    return out


class Renderer2(Renderer):
    """heldout's Renderer plus running heads/feet, tables, header that keeps to one page."""

    def __init__(self, style: dict, total_pages: int | None = None):
        fam = style.get("family", "serif")
        super().__init__({**style, "family": fam if fam in FAMILIES else "serif"})
        self.f = fonts(fam)
        self.total = total_pages
        if style.get("head_first"):
            self._head()

    # -- page decorations
    def _fmt(self, fmt: str) -> str:
        return fmt.format(n=len(self.pages), N=self.total or 0)

    def _head(self):
        fmt = self.st.get("head")
        if not fmt or (len(self.pages) == 1 and not self.st.get("head_first")):
            return
        s = self._fmt(fmt)
        size = self.size - 2
        if self.st.get("head_align") == "right":
            self.c.setFont(self.f["i"], size)
            self.c.drawRightString(self.right, A4[1] - 32, s)
            self.c.setLineWidth(0.4)
            self.c.line(self.left, A4[1] - 37, self.right, A4[1] - 37)
        else:
            self.c.setFont(self.f["r"], size)
            self.c.drawCentredString((self.left + self.right) / 2, A4[1] - 32, s)
        self.pages[-1].append(s)

    def _foot(self):
        fmt = self.st.get("foot")
        if not fmt:
            return
        s = self._fmt(fmt)
        self.c.setFont(self.f["r"], self.size - 2)
        self.c.drawCentredString((self.left + self.right) / 2, 30, s)
        self.pages[-1].append(s)

    def new_page(self):
        self._foot()
        self.c.showPage()
        self.pages.append([])
        self.y = self.top
        self._head()

    def need(self, h: float):
        if self.y - h < self.bottom:
            self.new_page()

    def page_break(self):
        self.new_page()

    # -- blocks
    def header(self, left, right, bold_left=(), size=None):
        size = size or self.size - 1
        self.need(max(len(left), len(right) + 1) * size * 1.25 + size + 4 * self.lead)
        super().header(left, right, bold_left=bold_left, size=size)

    def table(self, cols: list[tuple[float, str, str]], rows: list[list[str]], size=None, head_center=False):
        """A ruled table. cols: (fraction of the text width, header text, align 'l'|'c'); head_center centres
        every header cell whatever its column's alignment. Cells are top-aligned so a row's n-th lines share
        a baseline (one text line)."""
        size = size or self.size - 1
        lead = size * 1.22
        pad = 3.5
        xs = [self.left]
        for frac, _h, _a in cols:
            xs.append(xs[-1] + frac * self.width)
        self.y -= 4
        page_at_top = None
        for ri, cells in enumerate([[h for _f, h, _a in cols]] + rows):
            bold = ri == 0
            fn = self.font(bold)
            lines = [wrap(cell, fn, size, xs[k + 1] - xs[k] - 8) if cell else [] for k, cell in enumerate(cells)]
            n = max(1, max(len(c) for c in lines))
            h = n * lead + 2 * pad
            self.need(h)
            top = self.y
            self.c.setLineWidth(0.6)
            if page_at_top != len(self.pages):      # first row on this page: draw the top rule
                self.c.line(xs[0], top, xs[-1], top)
                page_at_top = len(self.pages)
            self.c.setFont(fn, size)
            for k in range(n):
                base = top - pad - size * 0.9 - k * lead
                for ci, cl in enumerate(lines):
                    if k < len(cl):
                        if cols[ci][2] == "c" or (bold and head_center):
                            self.c.drawCentredString((xs[ci] + xs[ci + 1]) / 2, base, cl[k])
                        else:
                            self.c.drawString(xs[ci] + 4, base, cl[k])
                self.pages[-1].append(" ".join(cl[k] for cl in lines if k < len(cl)))
            bottom = top - h
            self.c.line(xs[0], bottom, xs[-1], bottom)
            for x in xs:
                self.c.line(x, top, x, bottom)
            self.y = bottom
        self.y -= 4

    def finish(self) -> tuple[bytes, list[str]]:
        self._foot()
        self.c.showPage()
        self.c.save()
        return self.buf.getvalue(), [nfc("\n".join(p)) for p in self.pages]


def _run(r: Renderer2, blocks: list) -> None:
    for block in blocks:
        kind, *args = block
        kw = args.pop() if args and isinstance(args[-1], dict) else {}
        getattr(r, kind)(*args, **kw)


def _render_once(doc: dict, total: int | None):
    r = Renderer2(doc["style"], total)
    spans = []
    parts = doc["minutes"]
    for k, part in enumerate(parts):
        blocks = part["blocks"]
        _run(r, blocks[:1])                 # the header lands on the minute's first page
        start = len(r.pages)
        _run(r, blocks[1:])
        spans.append(list(range(start, len(r.pages) + 1)))
        if k < len(parts) - 1:
            r.gap(doc.get("between", 26))
    pdf, pages = r.finish()
    return pdf, pages, spans


def render(doc: dict) -> tuple[bytes, list[str], list[list[int]]]:
    pdf, pages, spans = _render_once(doc, None)
    if "{N}" in (doc["style"].get("foot") or "") + (doc["style"].get("head") or ""):
        pdf, pages2, spans2 = _render_once(doc, len(pages))
        assert len(pages2) == len(pages) and spans2 == spans
        pages = pages2
    return pdf, pages, spans


def scan(pdf: bytes, damage: str, seed: int, dpi: int = 300) -> tuple[bytes, list[float]]:
    """Image-only PDF. 'clean' at 300 dpi is samples/heldout's scan (binarised, CCITT G4). 'moderate':
    grey paper, blur, noise, a 0.8-1.8 degree tilt (either way), grey JPEG at `dpi`. 'photocopy' (used by
    samples/heldout3): as 'moderate' plus paler toner, a dark gutter shadow on one side, toner specks and a
    faint streak along the page, as a tired office copier gives. Three more (samples/heldout18): 'bleed',
    'moderate' on thin paper where the next page's text shows through mirrored; 'fax', a small tilt then a
    noisy black-and-white threshold with broken strokes and lost scan lines, as a fax or a cheap
    sheet-feeder in black-and-white mode gives; 'phone', a photo taken from above at a slant (keystone),
    dark desk around the page, light falling off to the corners, soft focus. One more (samples/heldout19): 'seal', a
    colour scan of a signed and stamped copy: cream paper, a blue pen signature over each signature column and the
    red round seal of the committee over the right one, on the last page."""
    if damage == "clean" and dpi == 300:
        return scan300(pdf, damage, seed)
    import cv2
    import pypdfium2 as pdfium
    from PIL import Image

    rng = np.random.default_rng(seed)
    doc = pdfium.PdfDocument(pdf)
    imgs, skews = [], []
    try:
        raw = [np.asarray(doc[i].render(scale=dpi / 72, grayscale=True).to_pil().convert("L")).astype(np.float32)
               for i in range(len(doc))]
        for i, a in enumerate(raw):
            if damage == "fax":
                skew = float(np.round(rng.uniform(-0.8, 0.8), 2))
                imgs.append(_fax(a, skew, rng))
                skews.append(skew)
                continue
            if damage == "phone":
                imgs.append(_phone(a, rng))
                skews.append(0.0)
                continue
            if damage == "seal":
                imgs.append(_sealed(a, rng, last=i == len(raw) - 1))
                skews.append(0.0)
                continue
            if damage == "bleed":   # the next page (or the one before) seen through thin paper, mirrored
                verso = raw[i + 1] if i + 1 < len(raw) else raw[i - 1] if i else raw[i]
                a = a - (255 - verso[:, ::-1]) * 0.16
            a = cv2.GaussianBlur(a, (3, 3), 0.7)
            a = 40 + a * (222 - 40) / 255
            skew = float(np.round(rng.uniform(0.8, 1.8), 2)) * (1 if rng.random() < 0.5 else -1)
            h, w = a.shape
            m = cv2.getRotationMatrix2D((w / 2, h / 2), skew, 1.0)
            a = cv2.warpAffine(a, m, (w, h), flags=cv2.INTER_LINEAR, borderValue=222)
            # slightly uneven light from one side, as a flatbed lid left ajar gives
            ramp = np.linspace(0, 14, w, dtype=np.float32)[None, :]
            a = a - (ramp if rng.random() < 0.5 else ramp[:, ::-1])
            if damage == "photocopy":
                a = 95 + (a - 40) * (222 - 95) / (222 - 40)          # paler toner: text ~95 instead of 40
                gutter = np.clip(1 - np.arange(w, dtype=np.float32) / (0.06 * w), 0, 1)[None, :] * 120
                a = a - (gutter if rng.random() < 0.5 else gutter[:, ::-1])
                ys, xs = rng.integers(0, h, 900), rng.integers(0, w, 900)
                for y, x in zip(ys, xs):
                    cv2.circle(a, (int(x), int(y)), int(rng.integers(1, 3)), float(rng.uniform(60, 140)), -1)
                x0 = int(rng.uniform(0.2, 0.8) * w)
                a[:, x0:x0 + 3] -= 35
            a += rng.normal(0, 3.5, a.shape)
            imgs.append(Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "L"))
            skews.append(skew)
    finally:
        doc.close()
    out = io.BytesIO()
    fixed = time.gmtime(1704067200)
    jpeg = {} if damage == "fax" else {"quality": 40}      # a fax page is 1-bit, stored as CCITT G4
    imgs[0].save(out, "PDF", resolution=dpi, save_all=True, append_images=imgs[1:], creationDate=fixed,
                 modDate=fixed, **jpeg)
    return out.getvalue(), skews


def _fax(a, skew, rng):
    """Black and white at a noisy threshold: thin strokes break, specks appear, a few scan lines are lost."""
    import cv2
    from PIL import Image

    h, w = a.shape
    m = cv2.getRotationMatrix2D((w / 2, h / 2), skew, 1.0)
    a = cv2.warpAffine(cv2.GaussianBlur(a, (3, 3), 0.9), m, (w, h), flags=cv2.INTER_LINEAR, borderValue=255)
    a = a + rng.normal(0, 28, a.shape)
    bw = np.where(a < 150, 0, 255).astype(np.uint8)
    for y in rng.integers(0, h, 6):                     # lost lines
        bw[y:y + int(rng.integers(1, 3))] = 255
    return Image.fromarray(bw, "L").convert("1")


def _sealed(a, rng, last: bool):
    """Colour scan: cream paper; on the last page a blue signature over each signature column and a red seal over
    the right one (the lowest ink on either half of the page, above the footer)."""
    import cv2
    from PIL import Image

    h, w = a.shape
    grey = cv2.GaussianBlur(a, (3, 3), 0.6)
    rgb = np.stack([grey * 0.99 + 2, grey * 0.97 + 1, grey * 0.90], axis=-1)  # cream paper, black text
    if last:
        body = (a < 128)[: int(0.93 * h)]
        for side, (x0, x1) in enumerate(((0, w // 2), (w // 2, w))):
            rows = np.nonzero(body[:, x0:x1].any(axis=1))[0]
            if not len(rows):
                continue
            cy, cx = int(rows[-1]) - int(0.025 * h), (x0 + x1) // 2
            pts = np.cumsum(rng.normal(0, 1, (40, 2)) * [w * 0.006, h * 0.003], axis=0)
            pts = (pts - pts.mean(axis=0) + [cx, cy]).astype(np.int32)  # a pen's scribble over the name
            cv2.polylines(rgb, [pts], False, (40, 60, 170), max(2, w // 600), cv2.LINE_AA)
            if side == 1:  # the seal, a little left of and above the scribble
                r = int(0.075 * w)
                c = (cx - int(0.04 * w), cy - int(0.02 * h))
                seal = np.zeros((h, w), np.uint8)
                cv2.circle(seal, c, r, 255, max(3, w // 300))
                cv2.circle(seal, c, int(r * 0.72), 255, max(2, w // 500))
                for t in np.linspace(0, 2 * np.pi, 28, endpoint=False):  # the ring of letters, as dashes
                    p0 = (int(c[0] + r * 0.86 * np.cos(t)), int(c[1] + r * 0.86 * np.sin(t)))
                    p1 = (int(c[0] + r * 0.80 * np.cos(t + 0.08)), int(c[1] + r * 0.80 * np.sin(t + 0.08)))
                    cv2.line(seal, p0, p1, 255, max(2, w // 700))
                cv2.drawMarker(seal, c, 255, cv2.MARKER_STAR, int(r * 0.5), max(2, w // 500))
                alpha = (cv2.GaussianBlur(seal, (5, 5), 1.2) / 255.0 * rng.uniform(0.65, 0.85))[..., None]
                rgb = rgb * (1 - alpha) + np.array([205, 40, 45]) * alpha * (rgb / 255.0 * 0.5 + 0.5)
    rgb += rng.normal(0, 2.5, rgb.shape)
    return Image.fromarray(np.clip(rgb, 0, 255).astype(np.uint8), "RGB")


def _phone(a, rng):
    """A slanted photo of the page on a desk: keystone, dark surround, light falling off, soft focus."""
    import cv2
    from PIL import Image

    h, w = a.shape
    a = 45 + a * (215 - 45) / 255
    pad = int(0.04 * w)
    k = rng.uniform(0.015, 0.035) * w                   # the far edge looks narrower
    src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    top = rng.random() < 0.5
    dst = np.float32([[pad + (k if top else 0), pad], [w + pad - (k if top else 0), pad],
                      [w + pad - (0 if top else k), h + pad], [pad + (0 if top else k), h + pad]])
    dst[:, 1] += rng.uniform(-0.3, 0.3, 4) * pad
    out = cv2.warpPerspective(a, cv2.getPerspectiveTransform(src, dst), (w + 2 * pad, h + 2 * pad),
                              flags=cv2.INTER_LINEAR, borderValue=55)
    yy, xx = np.mgrid[0:out.shape[0], 0:out.shape[1]].astype(np.float32)
    cy, cx = out.shape[0] * rng.uniform(0.35, 0.65), out.shape[1] * rng.uniform(0.35, 0.65)
    r = np.hypot((yy - cy) / out.shape[0], (xx - cx) / out.shape[1])
    out = out * (1 - 0.45 * r ** 2)
    out = cv2.GaussianBlur(out, (5, 5), 1.1) + rng.normal(0, 4, out.shape)
    return Image.fromarray(np.clip(out, 0, 255).astype(np.uint8), "L")


def truth(file: str, origin: str, damage, pages: list[str], minutes: list[dict], spans: list[list[int]],
          flags: list[str], extra: dict | None = None) -> dict:
    ms = []
    for m, span in zip(minutes, spans):
        m = {**m, "pages": span, "flags": sorted(m["flags"])}
        ms.append({k: m[k] for k in MINUTE_ORDER})
    t = {"file": file, "origin": origin, "damage": damage, "rotation": 0,
         "pages": [{"number": i, "text": p} for i, p in enumerate(pages, 1)],
         "minutes": ms, "flags": [f for f in BOOK_FLAG_ORDER if f in flags]}
    if extra:
        t.update(extra)
    return json.loads(nfc(json.dumps(t, ensure_ascii=False)))


def build(docs: list[dict], root: Path) -> None:
    """Render `docs` into root/dev and root/test (each doc names its folder), replacing what is there."""
    for folder in ("dev", "test"):
        d = root / folder
        d.mkdir(exist_ok=True)
        for p in d.iterdir():
            if p.is_file() and (p.suffix == ".pdf" or p.name.endswith(".truth.json")):
                p.unlink()
    for doc in docs:
        pdf, pages, spans = render(doc)
        truths = [m["truth"] for m in doc["minutes"]]
        out = root / doc["folder"]
        if doc.get("born_digital", True):
            (out / f"{doc['name']}.pdf").write_bytes(pdf)
            write_truth(out / f"{doc['name']}.truth.json",
                        truth(f"{doc['name']}.pdf", "born-digital", None, pages, truths, spans, doc.get("flags", [])))
            print(f"{doc['folder']}/{doc['name']}.pdf  {len(pages)} page(s)  minutes={spans}  flags="
                  f"{[m['flags'] for m in truths]} {doc.get('flags', [])}")
        for sc in doc.get("scans", []):
            img_pdf, skews = scan(pdf, sc["damage"], sc["seed"], sc.get("dpi", 300))
            sout = root / sc["folder"]
            (sout / f"{sc['name']}.pdf").write_bytes(img_pdf)
            extra = {"skew": skews, "dpi": sc.get("dpi", 300)}
            if doc.get("born_digital", True):
                extra["scan_of"] = f"{doc['name']}.pdf"
            write_truth(sout / f"{sc['name']}.truth.json",
                        truth(f"{sc['name']}.pdf", "scan", sc["damage"], pages, truths, spans, doc.get("flags", []),
                              extra))
            print(f"{sc['folder']}/{sc['name']}.pdf  scan ({sc['damage']}, {sc.get('dpi', 300)} dpi)  "
                  f"{len(img_pdf) // 1024} KB")


def main() -> None:
    build(ALL_DOCS, ROOT)


if __name__ == "__main__":
    main()
