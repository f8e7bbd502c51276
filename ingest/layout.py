"""Words -> lines in natural reading order, for text-layer and OCR pages alike.

A minute's page is mostly one column of prose, but its header is two blocks side by side
(committee and cell on the left; "ĐẢNG CỘNG SẢN VIỆT NAM" and the date line on the right) and its
signature block is two blocks side by side too (THƯ KÝ / CHỦ TRÌ). Reading those row by row
interleaves them, so:

1. words on one baseline are cut into *fragments* where a gap is much wider than a space;
2. fragments are grouped into rows (vertical overlap);
3. a run of rows at the top (the header) and at the bottom (the signatures) whose fragments leave
   a vertical gutter between them is read column by column; every other row left to right.
"""

from __future__ import annotations

import re
import statistics
import unicodedata
from dataclasses import dataclass, field
from typing import Callable, Hashable, Iterable, Sequence

from bienban.model import Line, Word

# A gap wider than this many line heights separates two blocks on one baseline; so does a word
# that starts before the previous one ends (an overflowing header line touching its neighbour).
GAP_FACTOR = 1.6
OVERLAP_FACTOR = 0.15
# Two fragments from different rows belong to one column when their spans overlap by more than
# this many line heights (header columns may nearly touch, or overlap by a glyph).
GUTTER_FACTOR = 1.0
# A fragment wider than this share of the text block is a body line, never part of a column.
WIDE_FACTOR = 0.6


@dataclass
class WordBox:
    text: str
    x0: float
    y0: float
    x1: float
    y1: float
    confidence: float | None = None  # 0..1
    group: Hashable | None = None  # a line id given by the reader (Tesseract), if any

    @property
    def height(self) -> float:
        return self.y1 - self.y0


@dataclass
class Fragment:
    words: list[WordBox] = field(default_factory=list)

    @property
    def x0(self) -> float:
        return min(w.x0 for w in self.words)

    @property
    def x1(self) -> float:
        return max(w.x1 for w in self.words)

    @property
    def y0(self) -> float:
        return min(w.y0 for w in self.words)

    @property
    def y1(self) -> float:
        return max(w.y1 for w in self.words)

    @property
    def height(self) -> float:
        return statistics.median(w.height for w in self.words)

    @property
    def cy(self) -> float:
        return statistics.median((w.y0 + w.y1) / 2 for w in self.words)

    def to_line(self, ndigits: int = 2) -> Line:
        words = [
            Word(text=w.text, bbox=_box(w.x0, w.y0, w.x1, w.y1, ndigits), confidence=w.confidence)
            for w in self.words
        ]
        confs = [w.confidence for w in self.words if w.confidence is not None]
        return Line(
            text=" ".join(w.text for w in self.words),
            bbox=_box(self.x0, self.y0, self.x1, self.y1, ndigits),
            confidence=round(sum(confs) / len(confs), 4) if confs else None,
            words=words,
        )


def _box(x0, y0, x1, y1, ndigits):
    return (round(x0, ndigits), round(y0, ndigits), round(x1, ndigits), round(y1, ndigits))


def clean_words(words: Iterable[WordBox]) -> list[WordBox]:
    out = []
    for w in words:
        text = unicodedata.normalize("NFC", w.text).strip()
        if text and w.x1 > w.x0 and w.y1 > w.y0:
            w.text = " ".join(text.split())
            out.append(w)
    return out


def _rows_of_words(words: list[WordBox]) -> list[list[WordBox]]:
    """Group words into baselines: by the reader's line id when given, else by vertical overlap."""
    if words and all(w.group is not None for w in words):
        groups: dict[Hashable, list[WordBox]] = {}
        for w in words:
            groups.setdefault(w.group, []).append(w)
        return list(groups.values())
    rows: list[list[WordBox]] = []
    for w in sorted(words, key=lambda w: (w.y0 + w.y1) / 2):
        if rows:
            row = rows[-1]
            top = statistics.median(v.y0 for v in row)
            bot = statistics.median(v.y1 for v in row)
            overlap = min(bot, w.y1) - max(top, w.y0)
            if overlap >= 0.5 * min(bot - top, w.height):
                row.append(w)
                continue
        rows.append([w])
    return rows


def fragments(words: Iterable[WordBox]) -> list[Fragment]:
    """Cut every baseline into fragments at gaps much wider than a space."""
    words = clean_words(words)
    out: list[Fragment] = []
    for row in _rows_of_words(words):
        row.sort(key=lambda w: w.x0)
        height = statistics.median(w.height for w in row)
        frag = Fragment([row[0]])
        for w in row[1:]:
            gap = w.x0 - frag.words[-1].x1
            if gap > GAP_FACTOR * height or gap < -OVERLAP_FACTOR * height:
                out.append(frag)
                frag = Fragment([w])
            else:
                frag.words.append(w)
        out.append(frag)
    return out


def _rows(frags: list[Fragment]) -> list[list[Fragment]]:
    rows: list[list[Fragment]] = []
    for f in sorted(frags, key=lambda f: f.cy):
        if rows:
            row = rows[-1]
            top = statistics.median(g.y0 for g in row)
            bot = statistics.median(g.y1 for g in row)
            overlap = min(bot, f.y1) - max(top, f.y0)
            if overlap >= 0.5 * min(bot - top, f.y1 - f.y0):
                row.append(f)
                continue
        rows.append([f])
    for row in rows:
        row.sort(key=lambda f: f.x0)
    return rows


def _columns(frags: Sequence[Fragment], tol: float) -> list[tuple[float, float]]:
    """Column spans: fragments whose spans overlap by more than ``tol`` share a column."""
    spans = sorted((f.x0, f.x1) for f in frags)
    merged: list[list[float]] = []
    for a, b in spans:
        if merged and a < merged[-1][1] - tol:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    return [(a, b) for a, b in merged]


def _centred_single(row: list[Fragment], centre, width: float) -> bool:
    """A lone fragment centred on the text block or the page: a title, a page number, a head."""
    if len(row) != 1:
        return False
    f = row[0]
    centres = centre if isinstance(centre, tuple) else (centre,)
    return any(abs((f.x0 + f.x1) / 2 - c) < 0.06 * width for c in centres)


def _numbered(row: list[Fragment]) -> bool:
    """A row that opens with a number or "TT": a table's or a list's, never a header's or a signature's."""
    first = min(row, key=lambda f: f.x0).words[0].text
    return bool(re.fullmatch(r"\(?\d{1,2}[.)]?|S?TT", first))


# the first words of a minute's header ("ĐẢNG BỘ PHƯỜNG …", "CHI BỘ …", "ĐẢNG CỘNG SẢN VIỆT NAM"), tone marks aside
# (OCR reads "ĐẲNG BỘ")
_HEADER_WORDS = re.compile(r"(?:DANG (?:BO|UY|CONG)|CHI BO|(?:HUYEN|THANH|TINH|QUAN) UY)\b")


def _worded(f: Fragment) -> bool:
    return any(len(w.text) > 1 and any(c.isalnum() for c in w.text) for w in f.words)


def _heads_a_header(row: list[Fragment]) -> bool:
    first = min(row, key=lambda f: f.x0)
    bare = "".join(c for c in unicodedata.normalize("NFD", " ".join(w.text for w in first.words[:3]))
                   if not unicodedata.combining(c)).replace("Đ", "D")
    return bool(_HEADER_WORDS.match(bare))


def _column_run(rows: list[list[Fragment]], tol: float, centre, width: float) -> int:
    """How many of ``rows`` (from the start) form a block of two or more columns; a task table right above
    the signatures is no part of them. A row of three cells or more is a table's: the block it closes is that
    table's wrapped cells (a page that ends or starts inside a table), read row by row."""
    best = 0
    frags: list[Fragment] = []
    for n, row in enumerate(rows, 1):
        if sum(1 for f in row if _worded(f)) >= 3:  # (OCR's specks are no cells: ":." beside a header's two columns)
            return 0
        if frags and _heads_a_header(row) and not any(_heads_a_header([f]) for f in frags):
            break  # a book's next minute: its header right under the last signatures is a block of its own
        if _centred_single(row, centre, width) or _numbered(row) or any(
            f.x1 - f.x0 > WIDE_FACTOR * width for f in row
        ):
            break
        frags.extend(row)
        if len(_columns(frags, tol)) >= 2:
            best = n
        elif best:
            break
    return best


def _read_columns(rows: list[list[Fragment]], tol: float) -> list[Fragment]:
    """Column by column, left to right; each fragment in the column it overlaps most."""
    frags = [f for row in rows for f in row]
    cols = _columns(frags, tol)
    members: list[list[Fragment]] = [[] for _ in cols]
    for f in frags:
        best = max(range(len(cols)), key=lambda i: min(f.x1, cols[i][1]) - max(f.x0, cols[i][0]))
        members[best].append(f)
    row_of = {id(f): i for i, row in enumerate(rows) for f in row}
    out: list[Fragment] = []
    for col in members:
        # pieces of one row in one column are one line, left to right (OCR may cut "CHI BỘ | PHÂN XƯỞNG 5"
        # in two and put the taller piece first)
        by_row: dict[int, list[Fragment]] = {}
        for f in col:
            by_row.setdefault(row_of[id(f)], []).append(f)
        for i in sorted(by_row):
            pieces = sorted(by_row[i], key=lambda f: f.x0)
            out.append(pieces[0] if len(pieces) == 1 else Fragment([w for f in pieces for w in f.words]))
    return out


def reading_order(frags: list[Fragment], page_width: float | None = None) -> list[Fragment]:
    """Running head, header columns left then right, body rows, signature columns, footer."""
    if not frags:
        return []
    rows = _rows(frags)
    height = statistics.median(f.height for f in frags)
    tol = GUTTER_FACTOR * height
    left = min(f.x0 for f in frags)
    right = max(f.x1 for f in frags)
    width = max(1.0, right - left)
    centre = ((left + right) / 2,) + ((page_width / 2,) if page_width else ())

    def margin_row(row, neighbour) -> bool:
        """A short lone line centred, or set far apart: page number, running head."""
        if len(row) != 1 or row[0].x1 - row[0].x0 >= 0.35 * width:
            return False
        far = abs(row[0].cy - neighbour[0].cy) > 5 * height
        return far or _centred_single(row, centre, width)

    top: list[list[Fragment]] = []
    foot: list[list[Fragment]] = []
    while len(rows) > 1 and len(top) < 2 and margin_row(rows[0], rows[1]):
        top.append(rows.pop(0))
    while len(rows) > 1 and len(foot) < 2 and margin_row(rows[-1], rows[-2]):
        foot.insert(0, rows.pop())

    head = _column_run(rows, tol, centre, width)
    tail = _column_run(rows[head:][::-1], tol, centre, width) if head < len(rows) else 0
    out = [f for row in top for f in row]
    out.extend(_read_columns(rows[:head], tol) if head else [])
    for row in rows[head : len(rows) - tail]:
        # a body row cut by wide gaps (a table row) reads as one line, cells left to right
        out.append(row[0] if len(row) == 1 else Fragment([w for f in row for w in f.words]))
    if tail:
        out.extend(_read_columns(rows[len(rows) - tail :], tol))
    out.extend(f for row in foot for f in row)
    return out


def build_lines(
    words: Iterable[WordBox],
    ndigits: int = 2,
    fix: Callable[[list[WordBox]], None] | None = None,
    page_width: float | None = None,
) -> list[Line]:
    """Words (any order) -> lines with bboxes, confidences and words, in reading order, NFC.

    ``fix`` may correct each line's words in place (OCR pages: see ``ingest.postocr``).
    """
    frags = fragments(words)
    if fix is not None:
        for f in frags:
            fix(f.words)
            f.words = [w for w in f.words if w.text]
        frags = [f for f in frags if f.words]
    return [f.to_line(ndigits) for f in reading_order(frags, page_width)]


def page_text(lines: Sequence[Line]) -> str:
    return "\n".join(line.text for line in lines)


def mean_confidence(lines: Sequence[Line]) -> float | None:
    confs = [w.confidence for line in lines for w in line.words if w.confidence is not None]
    return round(sum(confs) / len(confs), 4) if confs else None
