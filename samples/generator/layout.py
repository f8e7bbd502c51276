"""Lay minutes out on A4 pages and write them as PDF with reportlab (embedded TrueType fonts).

The layout is done here, line by line, rather than by reportlab's platypus, so that the text of every
drawn line is known exactly: the truth `pages[].text` is made from the same lines that are drawn.
Reading order of a page: running head / top page number, left header column, right header column, body
top to bottom, signature columns left then right, bottom page number. A ruled table is read row by row; a
row gives one text line per line of its tallest cell: the n-th lines of its cells, left to right, joined by
a space (cells are top-aligned, so they share baselines and pdfplumber groups them the same way).
"""

from __future__ import annotations

import io
import random
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from reportlab import rl_config
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

rl_config.invariant = 1

# fonts-liberation2 (2.x) has the Vietnamese glyphs; fonts-liberation 1.07 lacks most of them.
FONT_DIRS = [Path("/usr/share/fonts/truetype/liberation2"), Path("/usr/share/fonts/truetype/liberation"),
             Path("/usr/share/fonts/truetype/dejavu")]
VIETNAMESE_PROBE = "ĐẢNG BỘ Ủy kết luận Trần Thị Hương ưỡ ỹ"
FAMILIES = {
    "LiberationSerif": {"R": "LiberationSerif-Regular.ttf", "B": "LiberationSerif-Bold.ttf",
                        "I": "LiberationSerif-Italic.ttf", "BI": "LiberationSerif-BoldItalic.ttf"},
    "LiberationSans": {"R": "LiberationSans-Regular.ttf", "B": "LiberationSans-Bold.ttf",
                       "I": "LiberationSans-Italic.ttf", "BI": "LiberationSans-BoldItalic.ttf"},
    "DejaVuSerif": {"R": "DejaVuSerif.ttf", "B": "DejaVuSerif-Bold.ttf",
                    "I": "DejaVuSerif-Italic.ttf", "BI": "DejaVuSerif-BoldItalic.ttf"},
}
_registered: set[str] = set()


def font_path(filename: str) -> Path:
    for d in FONT_DIRS:
        p = d / filename
        if p.exists():
            return p
    raise FileNotFoundError(f"font {filename} not found (install fonts-liberation and fonts-dejavu-core)")


_usable: dict[str, bool] = {}


def usable(family: str) -> bool:
    """True when the family is installed and covers Vietnamese (checked once, on the regular face)."""
    if family not in _usable:
        try:
            face = TTFont("probe-" + family, str(font_path(FAMILIES[family]["R"]))).face
            _usable[family] = all(ord(ch) in face.charToGlyph for ch in VIETNAMESE_PROBE if ch != " ")
        except FileNotFoundError:
            _usable[family] = False
    return _usable[family]


def font(family: str, style: str) -> str:
    name = f"{family}-{style}"
    if name not in _registered:
        pdfmetrics.registerFont(TTFont(name, str(font_path(FAMILIES[family][style]))))
        _registered.add(name)
    return name


def compact_style(style: dict) -> dict:
    """Tighter typography so a short minute fits on one page (single-image scans)."""
    return {**style, "compact": True, "size": 12, "header_size": 11, "spacing": 1.15, "para_space": 0,
            "top": 12 * mm, "bottom": 12 * mm, "left": 22 * mm, "right": 15 * mm,
            "page_numbers": None, "running_head": False}


def random_style(rng: random.Random) -> dict:
    """Typography and template habits of one office."""
    fam = rng.choices(list(FAMILIES), weights=[6, 2, 2])[0]
    if not usable(fam):
        fam = "DejaVuSerif"
    size = rng.choice([12, 13, 13, 13, 14, 14])
    return {
        "family": fam,
        "size": size,
        "header_size": min(size, rng.choice([11, 12, 12, 13])) - (1 if fam == "DejaVuSerif" else 0),
        "left": rng.uniform(25, 35) * mm, "right": rng.uniform(15, 20) * mm,
        "top": rng.uniform(15, 25) * mm, "bottom": rng.uniform(15, 25) * mm,
        "spacing": rng.choice([1.15, 1.2, 1.3, 1.4, 1.5]),
        "indent": rng.choice([0, 18, 28, 28, 36]),
        "justify": rng.random() < 0.7,
        "para_space": rng.choice([0, 2, 3, 4, 6]),
        "heading_scheme": rng.choice(["roman", "roman", "arabic", "alpha", "star", "dash", "none", "roman_dash", "part"]),
        "heading_upper": rng.random() < 0.6,
        "heading_bold": rng.random() < 0.85,
        "heading_italic2": rng.random() < 0.3,
        "bullet": rng.choice(["-", "-", "–", "+", "•", "*"]),
        "hanging": rng.random() < 0.5,
        "page_numbers": rng.choice([None, None, "top", "bottom", "bottom_of"]),
        "running_head": rng.random() < 0.2,
    }


@dataclass
class Op:
    x: float
    y: float            # baseline, from the top of the page
    text: str
    font: str
    size: float
    underline: bool = False
    rule: tuple[float, float, float, float] | None = None   # a table rule (x0, y0, x1, y1), width in `size`


@dataclass
class PageOut:
    ops: list[Op] = field(default_factory=list)
    head: list[str] = field(default_factory=list)    # running head / top page number
    lines: list[str] = field(default_factory=list)   # header + body + signatures, reading order
    foot: list[str] = field(default_factory=list)
    minute: int = 0
    seal_at: tuple[float, float] | None = None

    @property
    def text(self) -> str:
        return "\n".join(unicodedata.normalize("NFC", s) for s in self.head + self.lines + self.foot if s.strip())


ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]


def number_heading(scheme: str, level: int, i: int, parent: int = 0) -> str:
    if scheme == "roman":
        return f"{ROMAN[i]}. " if level == 1 else f"{i + 1}. "
    if scheme == "arabic":
        return f"{i + 1}. " if level == 1 else f"{parent}.{i + 1}. "
    if scheme == "alpha":
        return f"{i + 1}. " if level == 1 else f"{'abcdefghijklm'[i]}) "
    if scheme == "roman_dash":
        return f"{ROMAN[i]} - " if level == 1 else f"{i + 1}) "
    if scheme == "part":
        return f"Phần {ROMAN[i]}: " if level == 1 else f"{i + 1}. "
    if scheme == "star":
        return "" if level == 1 else "* "
    if scheme == "dash":
        return "" if level == 1 else "– "
    return ""


class Layout:
    def __init__(self, style: dict):
        self.s = style
        self.W, self.H = A4
        self.pages: list[PageOut] = []
        self.page: PageOut | None = None
        self.y = 0.0
        self.fam = style["family"]
        self.size = style["size"]
        self.lead = self.size * style["spacing"]
        self.x0 = style["left"]
        self.x1 = self.W - style["right"]
        self.minute = 0
        # drawn tables: {"minute", "kind", "pages" (1-based), "rows" (body rows), "lines" [(page index, text)]}
        self.tables: list[dict] = []

    # -- pages
    def new_page(self):
        self.page = PageOut(minute=self.minute)
        self.pages.append(self.page)
        self.y = self.s["top"] + self.size
        if self.s["running_head"] or self.s["page_numbers"] == "top":
            self.y += self.lead   # room for the running head

    def room(self, h: float) -> bool:
        return self.y + h <= self.H - self.s["bottom"] - (self.lead if self.s["page_numbers"] in ("bottom", "bottom_of") else 0)

    def width(self, text: str, style: str, size: float | None = None) -> float:
        return pdfmetrics.stringWidth(text, font(self.fam, style), size or self.size)

    # -- wrapping: words carry their own style
    def wrap(self, words: list[tuple[str, str]], first_w: float, rest_w: float, size: float) -> list[list[tuple[str, str]]]:
        lines, cur, cur_w = [], [], 0.0
        avail = first_w
        for wd, st in words:
            ww = self.width(wd, st, size)
            sp = self.width(" ", cur[-1][1], size) if cur else 0
            if cur and cur_w + sp + ww > avail:
                lines.append(cur)
                cur, cur_w, avail = [], 0.0, rest_w
                sp = 0
            cur.append((wd, st))
            cur_w += sp + ww
        if cur:
            lines.append(cur)
        return lines

    def draw_line(self, words, x, width, size, justify, align="left", underline=False):
        """Place one line; adds ops to the page and returns the line's text."""
        text = " ".join(w for w, _ in words)
        natural = sum(self.width(w, st, size) for w, st in words) + sum(self.width(" ", st, size) for _, st in words[:-1])
        if align == "center":
            x = x + (width - natural) / 2
        elif align == "right":
            x = x + width - natural
        if justify and len(words) > 1:
            extra = (width - natural) / (len(words) - 1)
            for i, (wd, st) in enumerate(words):
                t = wd + (" " if i < len(words) - 1 else "")
                self.page.ops.append(Op(x, self.y, t, font(self.fam, st), size))
                x += self.width(t, st, size) + extra
        else:
            # group consecutive words of one style into one drawn string (spaces included)
            i = 0
            while i < len(words):
                j = i
                while j + 1 < len(words) and words[j + 1][1] == words[i][1]:
                    j += 1
                seg = " ".join(w for w, _ in words[i:j + 1]) + (" " if j + 1 < len(words) else "")
                st = words[i][1]
                self.page.ops.append(Op(x, self.y, seg, font(self.fam, st), size, underline))
                x += self.width(seg, st, size)
                i = j + 1
        return text

    # -- blocks
    def header(self, b):
        s = self.s
        hs = s["header_size"]
        lead = hs * 1.25
        tw = self.x1 - self.x0
        lw = tw * 0.47
        rw = tw * 0.53
        top = self.y
        left_texts, right_texts = [], []
        y = top
        for text, st, ul in b["left"]:
            for ln in self.wrap([(w, st) for w in text.split()], lw - 6, lw - 6, hs):
                self.y = y
                t = self.draw_line(ln, self.x0, lw, hs, False, "center")
                left_texts.append(t)
                if ul:
                    wdt = self.width(t, st, hs) * 0.5
                    cx = self.x0 + lw / 2
                    self.page.ops.append(Op(cx - wdt / 2, y + 4, "", "", hs, True))
                    self.page.ops[-1].x1 = cx + wdt / 2
                y += lead
        left_bottom = y
        y = top
        for k, (text, st, ul) in enumerate(b["right"]):
            if k == 1:
                y = max(y + lead * 0.6, top + lead * (len(b["left"]) - 1 if len(b["left"]) > 2 else 2))
            for ln in self.wrap([(w, st) for w in text.split()], rw, rw, hs):
                self.y = y
                t = self.draw_line(ln, self.x0 + lw, rw, hs, False, "center")
                right_texts.append(t)
                if ul:
                    wdt = self.width(t, st, hs)
                    cx = self.x0 + lw + rw / 2
                    op = Op(cx - wdt / 2, y + 3, "", "", hs, True)
                    op.x1 = cx + wdt / 2
                    self.page.ops.append(op)
                y += lead
        self.page.lines.extend(left_texts + right_texts)
        self.y = max(left_bottom, y) + self.lead * 0.8

    def title(self, b):
        tw = self.x1 - self.x0
        self.y += self.lead * 0.3
        for i, text in enumerate(b["lines"]):
            size = self.size + (2 if i == 0 else 0)
            st = "B" if i < 2 or text.isupper() else "BI" if self.s["heading_bold"] else "I"
            for ln in self.wrap([(w, st) for w in text.split()], tw * 0.9, tw * 0.9, size):
                if not self.room(self.lead):
                    self.new_page()
                self.page.lines.append(self.draw_line(ln, self.x0, tw, size, False, "center"))
                self.y += self.lead
        self.y += self.lead * 0.5

    def para(self, b, prefix_words=None):
        s = self.s
        tw = self.x1 - self.x0
        words = list(prefix_words or [])
        if b.get("marker"):
            words.append((b["marker"], "R"))
        for text, st in b["runs"]:
            words.extend((w, st) for w in text.split())
        ind = s["indent"] if b.get("indent", True) else 0
        hang = 0.0
        if b.get("marker") and s["hanging"]:
            hang = ind + self.width(b["marker"] + " ", "R")
        lines = self.wrap(words, tw - ind, tw - hang, self.size)
        need = self.lead * min(len(lines), 2) + (self.lead * 2 if b.get("keep") else 0)
        if not self.room(need):
            self.new_page()
        for k, ln in enumerate(lines):
            if not self.room(self.lead):
                self.new_page()
            x = self.x0 + (ind if k == 0 else hang)
            w = tw - (ind if k == 0 else hang)
            just = s["justify"] and k < len(lines) - 1 and b.get("align", "justify") == "justify"
            self.page.lines.append(self.draw_line(ln, x, w, self.size, just, b.get("align", "left") if b.get("align") != "justify" else "left"))
            self.y += self.lead
        self.y += s["para_space"] if b.get("space_after") is None else b["space_after"]

    def heading(self, b, label: str):
        s = self.s
        text = b["text"]
        level = b["level"]
        if level == 1 and s["heading_upper"]:
            text = text.upper()
        st = "B" if s["heading_bold"] else "R"
        if level == 2 and s["heading_italic2"]:
            st = "BI" if s["heading_bold"] else "I"
        full = label + text
        if not self.room(self.lead * 3):
            self.new_page()
        self.y += s["para_space"] + (2 if level == 1 else 0)
        ind = s["indent"] if level == 2 else (0 if s["heading_scheme"] in ("roman",) else s["indent"] * 0.5)
        tw = self.x1 - self.x0
        for ln in self.wrap([(w, st) for w in full.split()], tw - ind, tw - ind, self.size):
            self.page.lines.append(self.draw_line(ln, self.x0 + ind, tw - ind, self.size, False))
            self.y += self.lead
        self.y += s["para_space"]

    def table(self, b):
        """A ruled grid: fixed column widths, bold header row, text wrapped and top-aligned in its cells.
        A row never splits; the table may break between rows (the top rule is drawn again on the new page)."""
        size = self.size - b.get("smaller", 0)
        lead = size * 1.2
        padx, pady = 3.5, 2.5
        lw = b.get("rule", 0.6)
        cols = b["cols"]
        widths = self._col_widths(cols, b["rows"], size, self.x1 - self.x0, padx)
        xs = [self.x0]
        for wd in widths:
            xs.append(xs[-1] + wd)
        grid = [([c["head"] for c in cols], True)] + [(r, False) for r in b["rows"]]
        rec = {"minute": self.minute, "kind": b.get("table"), "pages": [], "rows": len(b["rows"]), "lines": []}
        self.tables.append(rec)
        wrapped = []
        for cells, head in grid:
            st = "B" if head else "R"
            wrapped.append([self.wrap([(t, st) for t in cell.split()], wd - 2 * padx, wd - 2 * padx, size)
                            if cell.strip() else [] for cell, wd in zip(cells, widths)])
        heights = [2 * pady + (max(1, *map(len, lines)) - 1) * lead + size * 1.12 for lines in wrapped]
        self.y += self.lead * 0.15
        top = self.y - size * 0.8
        page = None
        for r, ((cells, head), lines) in enumerate(zip(grid, wrapped)):
            h = heights[r]
            need = h + (sum(heights[1:3]) if head else 0)     # the header row keeps its first two rows
            if not self.room(top + need - self.y):
                self.new_page()
                top = self.y - size * 0.8
            if page is not self.page:                                     # first row on this page
                self.page.ops.append(Op(0, 0, "", "", lw, rule=(xs[0], top, xs[-1], top)))
                page = self.page
                rec["pages"].append(len(self.pages))
            n = max(1, *map(len, lines))
            for k in range(n):
                self.y = top + pady + size * 0.88 + k * lead
                texts = []
                for c, cl in enumerate(lines):
                    if k < len(cl):
                        align = {"c": "center", "l": "left"}[b.get("head_align", "c") if head else cols[c]["align"]]
                        texts.append(self.draw_line(cl[k], xs[c] + padx, widths[c] - 2 * padx, size, False, align))
                self.page.lines.append(" ".join(texts))
                rec["lines"].append((len(self.pages) - 1, self.page.lines[-1]))
            bottom = top + h
            self.page.ops.append(Op(0, 0, "", "", lw, rule=(xs[0], bottom, xs[-1], bottom)))
            for x in xs:
                self.page.ops.append(Op(0, 0, "", "", lw, rule=(x, top, x, bottom)))
            top = bottom
        self.y = top + self.size + self.lead * 0.3

    def _col_widths(self, cols, rows, size, total, padx) -> list[float]:
        """The columns' share of `total`, widened where a single word would not fit (taken from the others)."""
        want = [c["w"] / sum(c["w"] for c in cols) * total for c in cols]
        need = []
        for k, c in enumerate(cols):
            ws = [self.width(t, "B", size) for t in c["head"].split()]
            ws += [self.width(t, "R", size) for r in rows for t in r[k].split()]
            need.append(max(ws, default=0) + 2 * padx + 1)
        out = [max(a, b) for a, b in zip(want, need)]
        excess = sum(out) - total
        slack = sum(o - n for o, n in zip(out, need))
        if excess > 0 and slack > 0:
            out = [o - excess * (o - n) / slack for o, n in zip(out, need)]
        return out

    def signature(self, b):
        rows = max(len(b["left"]), len(b["right"]))
        self.y += self.lead * 0.6
        if not self.room(self.lead * rows):
            self.new_page()
        tw = self.x1 - self.x0
        top = self.y
        texts = []
        for col, x in ((b["left"], self.x0), (b["right"], self.x0 + tw / 2)):
            self.y = top
            for text, st in col:
                if text:
                    texts.append(self.draw_line([(w, st) for w in text.split()], x, tw / 2, self.size, False, "center"))
                self.y += self.lead
        self.page.lines.extend(texts)
        self.y = top + rows * self.lead
        # where a seal goes: over the left part of the chair's signature (x, y in pt from top-left)
        self.page.seal_at = (self.x0 + tw * 0.75 - tw * 0.12, top + rows * self.lead * 0.55)

    def add_minute(self, blocks: list[dict], minute_index: int = 0):
        self.minute = minute_index
        self.new_page()
        scheme = self.s["heading_scheme"]
        n1 = n2 = 0
        for b in blocks:
            t = b["type"]
            if t == "header":
                self.header(b)
            elif t == "title":
                self.title(b)
            elif t == "heading":
                if b["level"] == 1:
                    label = number_heading(scheme, 1, n1)
                    n1 += 1
                    n2 = 0
                else:
                    label = number_heading(scheme, 2, n2, n1)
                    n2 += 1
                self.heading(b, label)
            elif t == "para":
                self.para(b)
            elif t == "signature":
                self.signature(b)
            elif t == "table":
                self.table(b)

    def finish(self, running_head: str | None = None, per_minute_numbers: bool = True):
        """Add page numbers and running heads once the page count of each minute is known."""
        s = self.s
        groups: dict[int, list[PageOut]] = {}
        for p in self.pages:
            groups.setdefault(p.minute, []).append(p)
        for pages in groups.values():
            n = len(pages)
            for i, p in enumerate(pages, 1):
                y_top = s["top"] + self.size * 0.8
                if s["page_numbers"] == "top" and i > 1:
                    t = f"- {i} -" if random.Random(i).random() < 0.5 else str(i)
                    self._centered(p, t, y_top, "R")
                    p.head.append(t)
                elif s["running_head"] and running_head and i > 1:
                    self._centered(p, running_head, y_top, "I", self.size - 2)
                    p.head.append(running_head)
                if s["page_numbers"] in ("bottom", "bottom_of"):
                    t = f"Trang {i}/{n}" if s["page_numbers"] == "bottom_of" else str(i)
                    self._centered(p, t, self.H - s["bottom"] * 0.6, "R", self.size - 1)
                    p.foot.append(t)

    def _centered(self, p: PageOut, text: str, y: float, st: str, size: float | None = None):
        size = size or self.size
        w = pdfmetrics.stringWidth(text, font(self.fam, st), size)
        p.ops.append(Op((self.W - w) / 2, y, text, font(self.fam, st), size))


def write_pdf(pages: list[PageOut], path: Path | io.BytesIO, image_pages: dict[int, tuple[bytes, int]] | None = None,
              title: str = "Biên bản sinh hoạt chi bộ") -> None:
    """Draw laid-out pages; `image_pages` {index: (image bytes, dpi)} replaces a page by a scan image."""
    rl_config.invariant = 1
    W, H = A4
    c = canvas.Canvas(str(path) if isinstance(path, Path) else path, pagesize=A4, invariant=1, pageCompression=1)
    c.setTitle(title)
    c.setAuthor("bienban sample generator")
    c.setCreator("bienban sample generator")
    for i, p in enumerate(pages):
        if image_pages and i in image_pages:
            data, _dpi = image_pages[i]
            c.drawImage(ImageReader(io.BytesIO(data)), 0, 0, W, H)
        else:
            for op in p.ops:
                if op.rule is not None:
                    x0, y0, x1, y1 = op.rule
                    c.setLineWidth(op.size)
                    c.line(x0, H - y0, x1, H - y1)
                    continue
                if op.underline and not op.text:
                    c.setLineWidth(0.7)
                    c.line(op.x, H - op.y, op.x1, H - op.y)
                    continue
                c.setFont(op.font, op.size)
                c.drawString(op.x, H - op.y, op.text)
        c.showPage()
    c.save()


def write_image_pdf(images: list[tuple[bytes, int, int, int]], path: Path) -> None:
    """Image-only PDF: [(encoded image bytes, width_px, height_px, dpi)], one page per image."""
    rl_config.invariant = 1
    c = canvas.Canvas(str(path), invariant=1)
    for data, wpx, hpx, dpi in images:
        w, h = wpx * 72.0 / dpi, hpx * 72.0 / dpi
        c.setPageSize((w, h))
        c.drawImage(ImageReader(io.BytesIO(data)), 0, 0, w, h)
        c.showPage()
    c.save()
