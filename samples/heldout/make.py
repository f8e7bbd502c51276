"""Render the held-out minutes (text written by hand in `minutes.py`) to PDFs with truth files.

    python -m samples.heldout.make            # writes samples/heldout/files/*.pdf + *.truth.json

Independent of samples/generator: own layout, own wording. Each document is a list of blocks; the
renderer wraps lines itself, so the truth page text is exactly the drawn lines in reading order
(header left column, header right column, body, signature left column, signature right column).
Two documents are also written as image-only scans (300 dpi, mild noise / slight skew).
"""

from __future__ import annotations

import io
import json
import unicodedata
from pathlib import Path

import numpy as np
from reportlab import rl_config

rl_config.invariant = 1

from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402

from .minutes import DOCS, SCANS  # noqa: E402

# one level down on purpose: tests/extract globs samples/*/*.truth.json and must not train on these
OUT = Path(__file__).resolve().parent / "files"
LIB = Path("/usr/share/fonts/truetype/liberation2")
DJV = Path("/usr/share/fonts/truetype/dejavu")
FAMILIES = {
    "serif": (LIB, "LiberationSerif-Regular", "LiberationSerif-Bold", "LiberationSerif-Italic",
              "LiberationSerif-BoldItalic"),
    "sans": (LIB, "LiberationSans-Regular", "LiberationSans-Bold", "LiberationSans-Italic",
             "LiberationSans-BoldItalic"),
    "dejavu": (DJV, "DejaVuSerif", "DejaVuSerif-Bold", "DejaVuSerif-Italic", "DejaVuSerif-BoldItalic"),
}


def nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


def fonts(family: str) -> dict[str, str]:
    d, *names = FAMILIES[family]
    out = {}
    for key, name in zip(("r", "b", "i", "bi"), names):
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, str(d / f"{name}.ttf")))
        out[key] = name
    return out


def wrap(text: str, font: str, size: float, width: float, first_indent: float = 0) -> list[str]:
    words, lines, cur = text.split(), [], ""
    avail = width - first_indent
    for w in words:
        trial = f"{cur} {w}" if cur else w
        if cur and pdfmetrics.stringWidth(trial, font, size) > avail:
            lines.append(cur)
            cur, avail = w, width
        else:
            cur = trial
    if cur:
        lines.append(cur)
    return lines


class Renderer:
    def __init__(self, style: dict):
        self.st = style
        self.f = fonts(style.get("family", "serif"))
        self.size = style.get("size", 13)
        self.lead = self.size * style.get("spacing", 1.3)
        self.left = style.get("left", 80)
        self.right = A4[0] - style.get("right", 55)
        self.top = A4[1] - style.get("top", 55)
        self.bottom = style.get("bottom", 60)
        self.width = self.right - self.left
        self.buf = io.BytesIO()
        self.c = canvas.Canvas(self.buf, pagesize=A4, invariant=1, pageCompression=1)
        self.c.setTitle(style.get("title", "Biên bản"))
        self.pages: list[list[str]] = [[]]
        self.y = self.top

    # -- page handling
    def need(self, h: float):
        if self.y - h < self.bottom:
            self.c.showPage()
            self.pages.append([])
            self.y = self.top
            n = len(self.pages)
            pn = self.st.get("page_number", "- {n} -").format(n=n)
            self.c.setFont(self.f["r"], self.size - 1)
            self.c.drawCentredString((self.left + self.right) / 2, A4[1] - 35, pn)
            self.pages[-1].append(pn)

    def font(self, bold=False, italic=False):
        return self.f[("b" if bold else "") + ("i" if italic else "")] if (bold or italic) else self.f["r"]

    # -- blocks
    def header(self, left: list[str], right: list[str], bold_left=(), size=None):
        size = size or self.size - 1
        lx = self.left + self.width * 0.22
        rx = self.left + self.width * 0.70
        y0 = self.y
        for i, ln in enumerate(left):
            b = i in bold_left
            self.c.setFont(self.font(bold=b), size)
            self.c.drawCentredString(lx, y0 - size - i * size * 1.25, ln)
        for i, ln in enumerate(right):
            it = i > 0
            self.c.setFont(self.font(bold=not it, italic=it), size if not it else size)
            yy = y0 - size - i * size * 1.25 - (size * 0.8 if it else 0)
            self.c.drawCentredString(rx, yy, ln)
            if i == 0:
                w = pdfmetrics.stringWidth(ln, self.font(bold=True), size)
                self.c.setLineWidth(0.6)
                self.c.line(rx - w / 2, yy - 3, rx + w / 2, yy - 3)
        n = max(len(left), len(right) + 1)
        self.y = y0 - n * size * 1.25 - size
        self.pages[-1].extend([ln for ln in left if ln.strip()] + [ln for ln in right if ln.strip()])

    def center(self, text: str, bold=True, italic=False, size=None):
        size = size or self.size
        fn = self.font(bold, italic)
        for ln in wrap(text, fn, size, self.width - 40):
            self.need(size * 1.3)
            self.y -= size * 1.3
            self.c.setFont(fn, size)
            self.c.drawCentredString((self.left + self.right) / 2, self.y, ln)
            self.pages[-1].append(ln)

    def para(self, text: str, bold=False, italic=False, indent=None, hang=0.0, justify=None):
        fn = self.font(bold, italic)
        indent = self.st.get("indent", 28) if indent is None else indent
        justify = self.st.get("justify", False) if justify is None else justify
        lines = wrap(text, fn, self.size, self.width - hang, indent)
        for k, ln in enumerate(lines):
            self.need(self.lead)
            self.y -= self.lead
            x = self.left + (indent if k == 0 else hang)
            avail = self.right - x
            t = self.c.beginText(x, self.y)
            t.setFont(fn, self.size)
            n_sp = ln.count(" ")
            stretched = justify and k < len(lines) - 1 and n_sp
            if stretched:
                t.setWordSpace((avail - pdfmetrics.stringWidth(ln, fn, self.size)) / n_sp)
            t.textLine(ln)
            if stretched:
                t.setWordSpace(0)  # Tw outlives the text object: reset it, or later table cells are stretched
            self.c.drawText(t)
            self.pages[-1].append(ln)
        self.y -= self.st.get("para_gap", 2)

    def row(self, cells: list[tuple[float, str]], bold=False):
        fn = self.font(bold)
        self.need(self.lead)
        self.y -= self.lead
        self.c.setFont(fn, self.size)
        for x, s in cells:
            self.c.drawString(self.left + x, self.y, s)
        self.pages[-1].append(" ".join(s for _x, s in cells if s.strip()))

    def gap(self, h: float):
        self.y -= h

    def sign(self, left: list[str], right: list[str]):
        n = max(len(left), len(right))
        self.need(n * self.lead + 10)
        self.y -= 10
        lx = self.left + self.width * 0.22
        rx = self.left + self.width * 0.75
        for i in range(n):
            self.y -= self.lead
            for col, x in ((left, lx), (right, rx)):
                if i < len(col) and col[i]:
                    s = col[i]
                    it = s.startswith("(")
                    name = not it and not s.isupper()
                    self.c.setFont(self.font(bold=not it, italic=it) if not name else self.font(bold=True), self.size)
                    self.c.drawCentredString(x, self.y, s)
        self.pages[-1].extend([s for s in left if s.strip()] + [s for s in right if s.strip()])

    def finish(self) -> tuple[bytes, list[str]]:
        self.c.showPage()
        self.c.save()
        return self.buf.getvalue(), [nfc("\n".join(p)) for p in self.pages]


def render(doc: dict) -> tuple[bytes, list[str]]:
    r = Renderer(doc["style"])
    for block in doc["blocks"]:
        kind, *args = block
        kw = args.pop() if args and isinstance(args[-1], dict) else {}
        getattr(r, kind)(*args, **kw)
    return r.finish()


def truth(file: str, origin: str, damage, pages: list[str], minute: dict, extra: dict | None = None) -> dict:
    m = dict(minute)
    m["pages"] = list(range(1, len(pages) + 1))
    order = ["pages", "meeting", "chair", "secretary", "attendance", "conclusion", "resolutions",
             "assignments", "flags"]
    t = {"file": file, "origin": origin, "damage": damage, "rotation": 0,
         "pages": [{"number": i, "text": p} for i, p in enumerate(pages, 1)],
         "minutes": [{k: m[k] for k in order}], "flags": []}
    if extra:
        t.update(extra)
    return json.loads(nfc(json.dumps(t, ensure_ascii=False)))


def write_truth(path: Path, t: dict):
    path.write_text(json.dumps(t, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def scan(pdf: bytes, damage: str, seed: int) -> tuple[bytes, list[float]]:
    """Image-only PDF at 300 dpi. 'clean': slight blur, noise and dust, then binarised (1-bit) as office
    scanners do; 'moderate': grey paper, blur, noise and a 1-1.6 degree tilt, JPEG. Returns the PDF and the skew per page (degrees counter-clockwise, OpenCV's sign)."""
    import cv2
    import pypdfium2 as pdfium
    from PIL import Image

    rng = np.random.default_rng(seed)
    doc = pdfium.PdfDocument(pdf)
    imgs, skews = [], []
    try:
        for i in range(len(doc)):
            a = np.asarray(doc[i].render(scale=300 / 72, grayscale=True).to_pil().convert("L")).astype(np.float32)
            skew = 0.0
            if damage == "moderate":
                a = cv2.GaussianBlur(a, (3, 3), 0.8)
                a = 35 + a * (218 - 35) / 255          # grey paper, not-quite-black ink
                skew = float(np.round(rng.uniform(1.0, 1.6), 2))
                h, w = a.shape
                m = cv2.getRotationMatrix2D((w / 2, h / 2), skew, 1.0)
                a = cv2.warpAffine(a, m, (w, h), flags=cv2.INTER_LINEAR, borderValue=218)
                a += rng.normal(0, 3, a.shape)
            else:
                a = cv2.GaussianBlur(a, (3, 3), 0.5)
                a = 20 + a * (246 - 20) / 255
                a += rng.normal(0, 1.2, a.shape)
                # a few specks of dust
                for _ in range(25):
                    y, x = rng.integers(0, a.shape[0]), rng.integers(0, a.shape[1])
                    cv2.circle(a, (int(x), int(y)), int(rng.integers(1, 3)), 90, -1)
            img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "L")
            if damage == "clean":   # office scanners binarise: 1-bit, CCITT G4 in the PDF
                img = img.point(lambda v: 255 if v > 150 else 0).convert("1", dither=Image.Dither.NONE)
            imgs.append(img)
            skews.append(skew)
    finally:
        doc.close()
    out = io.BytesIO()
    import time
    fixed = time.gmtime(1704067200)   # 2024-01-01: same bytes on every run
    kw = {"creationDate": fixed, "modDate": fixed, **({} if damage == "clean" else {"quality": 30})}
    imgs[0].save(out, "PDF", resolution=300, save_all=True, append_images=imgs[1:], **kw)
    return out.getvalue(), skews


def main() -> None:
    OUT.mkdir(exist_ok=True)
    for doc in DOCS:
        pdf, pages = render(doc)
        (OUT / f"{doc['name']}.pdf").write_bytes(pdf)
        write_truth(OUT / f"{doc['name']}.truth.json",
                    truth(f"{doc['name']}.pdf", "born-digital", None, pages, doc["truth"]))
        print(f"{doc['name']}.pdf  {len(pages)} page(s)  flags={doc['truth']['flags']}")
        if doc["name"] in SCANS:
            name, damage, seed = SCANS[doc["name"]]
            img_pdf, skews = scan(pdf, damage, seed)
            (OUT / f"{name}.pdf").write_bytes(img_pdf)
            extra = {"skew": skews, "scan_of": f"{doc['name']}.pdf"}
            write_truth(OUT / f"{name}.truth.json", truth(f"{name}.pdf", "scan", damage, pages, doc["truth"], extra))
            print(f"{name}.pdf  scan ({damage}) of {doc['name']}.pdf")


if __name__ == "__main__":
    main()
