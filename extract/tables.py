"""Tables drawn in a minute: absentee lists and task tables, read by column from word positions.

A table's header line names its columns ("TT | Họ và tên | Lý do"); each word of a row below
belongs to the column whose heading starts left of it. Read as plain text a row runs its cells
together ("1 Đinh Văn Cường Trực ca đêm": is "Trực" a name or the reason?), so the columns are taken
from the header words' x positions. A row starts with its number (or, without a number column, at
the first column); a line that does not is the wrapped rest of the row above. The table ends at
the first line that is not laid out on its columns.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from extract import cues
from extract.lines import L
from extract.text import fold

_ROW_NUMBER = re.compile(r"^\d{1,3}[.)]?$")
_MIN_COVER = 0.7  # share of a header line's letters that column headings must cover
_MIN_GAP_CHARS = 1.5  # blank space between two column headings, in average character widths
_ALL_HEADINGS = 0.95  # share of a header line's letters in headings for it to need no blanks between them


@dataclass
class Row:
    cells: dict[str, str]
    lines: list[L] = field(default_factory=list)


@dataclass
class Table:
    header: L
    columns: list[tuple[str, float]]  # (kind, left x), left to right
    rows: list[Row] = field(default_factory=list)

    @property
    def lines(self) -> list[L]:
        """The book's own lines the table is made of."""
        return [p for ln in [self.header] + [ln for r in self.rows for ln in r.lines] for p in _parts(ln)]

    def has(self, *kinds: str) -> bool:
        return all(k in dict(self.columns) for k in kinds)


def _words(ln: L) -> list[tuple[str, float, float, int]]:
    """(text, x0, x1, char offset in ln.text) for each word of the line."""
    out, pos = [], 0
    for text, x0, x1 in ln.extra.get("words", ()):
        at = ln.text.find(text, pos)
        if at < 0:
            return []
        out.append((text, x0, x1, at))
        pos = at + len(text)
    return out


def _char_width(words) -> float:
    """The line's average character width, from its words' extents."""
    return sum(x1 - x0 for t, x0, x1, _ in words) / max(1, sum(len(t) for t, *_ in words))


def _header(ln: L) -> list[tuple[str, float]] | None:
    words = _words(ln)
    if len(words) < 2:
        return None
    found = list(cues.TABLE_COLUMN_RX.finditer(ln.key))
    # a second column of a kind already seen is a column of its own ("Lý do | Ghi chú"), not the same one again
    kinds = [m.lastgroup if m.lastgroup not in [f.lastgroup for f in found[:i]] else "other" for i, m in enumerate(found)]
    if len(set(kinds) - {"number", "other"}) < 2 or kinds.count("number") > 1:
        return None
    letters = sum(c.isalpha() for c in ln.key)
    covered = sum(sum(c.isalpha() for c in m.group()) for m in found)
    if any(c.isdigit() for c in cues.TABLE_COLUMN_RX.sub(" ", ln.key)):
        return None  # a row, not a header (a number heading read by OCR as "1H" is fine)
    if covered < _MIN_COVER * letters:
        return _header_by_gaps(words)  # a sentence that happens to name two headings, or a column we do not know
    columns, ends = [], []
    for m, kind in zip(found, kinds):  # the column starts where the first word of its heading starts
        inside = [(x0, x1) for text, x0, x1, at in words if at + len(text) > m.start() and at < m.end()]
        if not inside:
            return None
        columns.append((kind, inside[0][0]))
        ends.append(inside[-1][1])
    # headings stand apart, each over its column; words of a sentence sit a space apart. Narrow cells
    # leave headings barely apart ("Người, bộ phận Thời gian"): a line of three or more headings and
    # nothing else, not even a comma between them, is a header all the same.
    bare = len(found) >= 3 and covered >= _ALL_HEADINGS * letters and all(
        not ln.key[a.end():b.start()].strip(" |") for a, b in zip(found, found[1:]))
    gap = _MIN_GAP_CHARS * _char_width(words)
    if not bare and any(left - end < gap
                        for (kind, _), (_, left), end in zip(columns, columns[1:], ends) if kind != "number"):
        return None
    return columns


def _only_headings(ln: L) -> bool:
    """A line made of column headings alone ("TT" under "Số"), the wrapped rest of a header."""
    return not re.sub(r"\W+", "", cues.TABLE_COLUMN_RX.sub("", ln.key))


def _cells(words) -> list[list]:
    """The line's words cut into cells where a blank is wider than _MIN_GAP_CHARS characters."""
    char_w = _char_width(words)
    cells: list[list] = []
    for w in words:
        if cells and w[1] - cells[-1][-1][2] < _MIN_GAP_CHARS * char_w:
            cells[-1].append(w)
        else:
            cells.append([w])
    return cells


def _header_by_gaps(words) -> list[tuple[str, float]] | None:
    """A header with columns of its own ("TT | Họ và tên | Tổ sản xuất | Lý do"): headings set apart by
    wide blanks, each short; those we know name their column, the others are kept as "other" so that
    their cells do not run into the next column. A sentence has no such blanks."""
    columns = []
    for c in _cells(words):
        key = fold(" ".join(w[0] for w in c))
        mm = cues.TABLE_COLUMN_RX.fullmatch(key)
        if len(c) > 4:
            return None
        columns.append((mm.lastgroup if mm else "other", c[0][1]))
    known = [k for k, _ in columns if k != "other"]
    named = set(known) - {"number"}
    if len(named) < 2 or len(set(known)) < len(known) or len(columns) - len(known) > len(known):
        return None
    return columns


def _column(columns: list[tuple[str, float]], x0: float, tol: float, x1: float | None = None) -> str:
    """The column a word starting at x0 is in; a word that ends before a column starts is in the one before it
    ("… và đ/c Lý" wrapped in its cell just short of the next column)."""
    kind = columns[0][0]
    for k, left in columns:
        if x0 + tol >= left and (x1 is None or x1 > left):
            kind = k
    return kind


def _straddles(words, cols, tol: float) -> bool:
    """A word running over the start of a column: a sentence, not cells."""
    return any(x0 < left - tol < x1 - tol for _, x0, x1, _ in words for _, left in cols[1:])


def _clean_words(ln: L) -> list[tuple[str, float, float]]:
    # OCR reads a table's rules as "|" or "_" glued to words ("|Kiểm", "2_")
    out = []
    for text, x0, x1 in ln.extra.get("words", ()):
        text = text.strip("|_¦")
        if text:
            out.append((text, x0, x1))
    return out


def _merged(parts: list[L]) -> L:
    """Lines that sit side by side on the page (cells the reader took for columns) as one visual line."""
    words = sorted((w for ln in parts for w in _clean_words(ln)), key=lambda w: w[1])
    text = " ".join(w[0] for w in words)
    boxes = [ln.bbox for ln in parts if ln.bbox]
    bbox = (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes),
            max(b[3] for b in boxes)) if boxes else None
    first = min(parts, key=lambda ln: ln.idx)
    return L(first.idx, first.page, text, fold(text), bbox, extra={"words": words, "parts": parts})


def _bands(lines: list[L]) -> list[L]:
    """The lines of a stretch of page regrouped by height: lines whose vertical middles fall inside each
    other's extent are one visual line. Lines without boxes stay as they are."""
    out: list[list[L]] = []
    for ln in sorted(lines, key=lambda x: (x.page, x.bbox[1] if x.bbox else 0, x.idx)):
        last = out[-1][-1] if out else None
        if last is not None and ln.bbox and last.bbox and ln.page == last.page \
                and last.bbox[1] <= (ln.bbox[1] + ln.bbox[3]) / 2 <= last.bbox[3]:
            out[-1].append(ln)
        else:
            out.append([ln])
    return [_merged(g) for g in out]


def _parts(ln: L) -> list[L]:
    return ln.extra.get("parts", [ln])


def _apart(words, cols, tol: float, char_w: float) -> bool:
    """Cells stand apart: where a line has words in two columns, the space between them is wider than
    the line's word spaces (a sentence that leaves a column start between two words has only a word
    space there; justified text stretches every space of its line alike). A word that starts right where
    its column's cells start needs less: a long cell wrapped to its width leaves only the cell's padding."""
    spaces = sorted(b[1] - a[2] for a, b in zip(words, words[1:]))
    word_space = spaces[(len(spaces) - 1) // 2] if len(spaces) >= 3 else 0.0  # few words: cells, not a sentence
    for _, left in cols[1:]:
        before = [x1 for _, x0, x1, _ in words if x0 < left - tol or x1 <= left]
        after = [x0 for _, x0, x1, _ in words if x0 >= left - tol and x1 > left]
        if not before or not after:
            continue
        aligned = abs(min(after) - left) <= tol
        need = max(1.35 * word_space, 0.5 * char_w) if aligned else max(1.8 * word_space, 0.8 * char_w)
        if min(after) - max(before) < need:
            return False
    return True


_SNAP_LINES = 12  # rows looked at to find where each column's cells start


def _bands_after(head: L, ln: L, band: list[L], by_page: dict[int, list[L]], used: set[int]) -> list[L]:
    # a table runs on to the next page at most (and the book stays linear in its tables)
    below = [x for p in (ln.page, ln.page + 1) for x in by_page.get(p, ())
             if x.idx not in used and x not in band
             and (p > ln.page or (x.bbox and head.bbox and x.bbox[1] >= head.bbox[3] - 1))]
    # a row number at the top of the next page looks like a page number: it is kept when it sits
    # beside the row's cells, dropped when it stands alone
    return [b for b in _bands(below) if not all(x.furniture for x in _parts(b))]


def _snap(cols: list[tuple[str, float]], head: L, lines: list[L]) -> list[tuple[str, float]]:
    """Headings are often centred over their column, so a column starts where its cells' text starts:
    the leftmost word, in the rows below, that stands apart from the word before it and lies between
    the previous heading's end and this heading's start."""
    hw = _words(head)
    char_w = _char_width(hw)
    ends = [max((x1 for _, x0, x1, _ in hw if x0 < right), default=left)
            for (_, left), (_, right) in zip(cols, cols[1:] + [("", float("inf"))])]
    # lines that look like cells: a wide blank between two words, or short (a wrapped cell); a sentence
    # runs across the width with even spaces
    width = (hw[-1][2] - hw[0][1]) if hw else 0.0
    rows = []
    for ws in map(_words, lines):
        gapped = any(b[1] - a[2] >= 3 * char_w for a, b in zip(ws, ws[1:]))
        if len(ws) >= 8 and ws[-1][2] - ws[0][1] >= 0.8 * width \
                and all(b[1] - a[2] < _MIN_GAP_CHARS * char_w for a, b in zip(ws, ws[1:])):
            break  # a sentence across the page, no gap between cells: the table has ended (signatures below)
        if ws and (gapped or ws[-1][2] - ws[0][1] < 0.6 * width):
            rows.append(ws)
    out = [cols[0]]
    first = _words(lines[0]) if lines else []
    if first and first[0][1] < cols[0][1] and any(
            b[1] - a[2] >= 3 * char_w for a, b in zip(first, first[1:])):
        out = [(cols[0][0], first[0][1])]  # the first row, laid out in cells, starts left of a centred heading
    for k in range(1, len(cols)):
        lo, hi = ends[k - 1], cols[k][1]
        starts = [w[1] for ws in rows for i, w in enumerate(ws)
                  if lo < w[1] <= hi and (i == 0 or w[1] - ws[i - 1][2] >= _MIN_GAP_CHARS * char_w)
                  and not (i == 0 and cols[k - 1][0] == "number" and _ROW_NUMBER.match(w[0]))]  # "1" centred under "TT"
        out.append((cols[k][0], min(starts, default=hi)))
    return out


def find_tables(lines: list[L]) -> list[Table]:
    """Tables in reading order. A header may have been read as separate lines (one per column); rows
    are rebuilt from line positions, so a row whose cells wrap is read across, not column by column."""
    tables: list[Table] = []
    used: set[int] = set()
    by_page: dict[int, list[L]] = {}
    for ln in lines:
        by_page.setdefault(ln.page, []).append(ln)
    for ln in lines:
        if ln.idx in used or ln.furniture or not cues.TABLE_COLUMN_RX.search(ln.key):
            continue
        band = [x for x in by_page[ln.page] if x is ln or (
            x.bbox and ln.bbox and not x.furniture and x.idx not in used
            and ln.bbox[1] <= (x.bbox[1] + x.bbox[3]) / 2 <= ln.bbox[3])]
        head = _merged(band)
        cols = _header(head)
        if not cols:
            continue
        cols = _snap(cols, head, _bands_after(head, ln, band, by_page, used)[:_SNAP_LINES])
        table = _read_rows(Table(head, cols), _bands_after(head, ln, band, by_page, used))
        if table.rows:
            tables.append(table)
            used.update(x.idx for x in table.lines)
    return tables


def _read_rows(table: Table, bands: list[L]) -> Table:
    cols = table.columns
    gaps = [b[1] - a[1] for a, b in zip(cols, cols[1:])]
    head_words = _words(table.header)
    char_w = _char_width(head_words)
    # a cell's first word may start up to a letter left of its column's start (OCR boxes, a page not quite straight)
    tol = min(max(2.0, 0.15 * min(gaps), 1.1 * char_w), 0.4 * min(gaps)) if gaps else 2.0
    header_rest = 2  # a heading wrapped in its cell ("Người, bộ phận thực" / "hiện")
    prev, steps = table.header, []
    for ln in bands:
        words = _words(ln)
        if not words:
            break
        first_col = _column(cols, words[0][1], tol)
        if not table.rows and header_rest and not any(c.isdigit() for c in ln.text) \
                and (first_col != cols[0][0] or _only_headings(ln)):
            header_rest -= 1
            table.header = _merged(_parts(table.header) + _parts(ln))
            continue
        if words[0][1] + tol < cols[0][1] - 3 * tol or _straddles(words, cols, tol) \
                or not _apart(words, cols, tol, char_w):
            break  # left of the table, or running across its columns: prose again
        numbered_table = "number" in dict(cols)
        # a row number misread by OCR ("3" as "K)") still sits alone in the number column
        numbered = numbered_table and first_col == "number" and (
            _ROW_NUMBER.match(words[0][0]) or len(words) > 1 and re.fullmatch(r"\w{1,2}[.)]?", words[0][0]))
        step = _step(prev, ln) if prev is not table.header else None  # the header stands apart anyway
        wrapped = "number" not in dict(cols) and first_col == cols[0][0] and _wraps(table, words[0][0], step, steps)
        starts_row = numbered or ("number" not in dict(cols) and first_col == cols[0][0] and not wrapped)
        prev = ln
        if step is not None:
            steps.append(step)
        if not starts_row and not wrapped and (not table.rows or first_col == cols[0][0]):
            break  # text back at the first column without a row number: prose
        if not starts_row and numbered_table and _apart_below(table, ln):
            break  # below the last row by more than a cell's line spacing: prose that starts where a cell would
        row = Row({}, [ln]) if starts_row else table.rows[-1]
        if not starts_row:
            row.lines.append(ln)
        for text, x0, x1, _ in words:
            kind = _column(cols, x0, tol, x1)
            row.cells[kind] = (row.cells.get(kind, "") + " " + text).strip()
        if starts_row:
            table.rows.append(row)
    return table


def _step(a: L, b: L) -> float | None:
    """Top-to-top distance between two lines of one page, in heights of the lower line."""
    if a.page != b.page or not a.bbox or not b.bbox or b.bbox[3] <= b.bbox[1]:
        return None
    return (b.bbox[1] - a.bbox[1]) / (b.bbox[3] - b.bbox[1])


_CELL_STEP = 1.6  # a cell's wrapped lines sit at most this many line heights apart (top to top)


def _apart_below(table: Table, ln: L) -> bool:
    last = table.rows[-1].lines[-1] if table.rows else None
    heights = sorted(x.bbox[3] - x.bbox[1] for r in table.rows for x in r.lines if x.bbox)
    if last is None or not heights or last.page != ln.page or not last.bbox or not ln.bbox:
        return False
    return ln.bbox[1] - last.bbox[1] > _CELL_STEP * heights[len(heights) // 2]


def _wraps(table: Table, first_word: str, step: float | None, steps: list[float]) -> bool:
    """Without a number column, a line with text in the first column may still be the rest of the row above:
    the first cell was left open ("Đ/c Vũ Thị Hạnh, đ/c Ngô" / "Văn Bảy"), the line starts in lower case, or it
    sits as close under the last line as the lines inside a cell do, where rows are set further apart."""
    if not table.rows:
        return False
    first = table.rows[-1].cells.get(table.columns[0][0], "")
    # (a name after a title has two syllables at least: "đ/c Ngô" goes on below)
    if re.search(r"(?:,|\bvà|\b" + cues.COMRADE_WRITTEN + r"(?:\s+\w+)?)\s*$", first) or first_word[:1].islower():
        return True
    if step is None or not steps or _ROW_NUMBER.match(first_word):
        return False
    tight, loose = min(steps), max(steps)
    return loose > 1.35 * tight and step <= 1.15 * tight


def cell(row: Row, kind: str) -> str | None:
    text = row.cells.get(kind, "").strip(" ;,.")
    return text or None


def counts(lines: list[L]) -> tuple[dict[str, int], list[L]]:
    """A table of attendance counts ("Tổng số ĐV | Có mặt | Vắng có lý do | Vắng không lý do | Miễn SH" over one row
    of numbers): each heading cell (words set apart by a wide blank; a heading may wrap in its cell) over the
    number it overlaps, or the nearest. Returns {field: count} and the table's lines."""
    for k, ln in enumerate(lines):
        words = _words(ln)
        nums = [w for w in words if re.fullmatch(r"\d+(?:[.,]\d+)?%?", w[0])]  # a rate column too ("95,8%")
        if sum(w[0].isdigit() for w in nums) < 3 or len(nums) != len(words):
            continue
        heads: dict[int, list[str]] = {i: [] for i in range(len(nums))}
        above: list[tuple[L, list[list]]] = []  # heading lines, nearest first: cells, or a short wrapped rest
        for x in lines[max(0, k - 3):k][::-1]:
            ws = _words(x)
            if x.page != ln.page or not ws or any(c.isdigit() for c in x.text):
                break
            cells = _cells(ws)
            if len(cells) < 2 and ws[-1][2] - ws[0][1] > 0.4 * (nums[-1][2] - nums[0][1]):
                break  # a sentence above the table
            above.insert(0, (x, cells))
        for x, cells in above:
            for c in cells:
                x0, x1 = c[0][1], c[-1][2]
                i = min(range(len(nums)), key=lambda i: (min(x1, nums[i][2]) - max(x0, nums[i][1]) <= 0,
                                                          abs((nums[i][1] + nums[i][2]) - (x0 + x1))))
                heads[i].extend(w[0] for w in c)
        got = {}
        for i, (text, *_r) in enumerate(nums):
            mm = cues.COUNT_COLUMN_RX.fullmatch(fold(" ".join(heads[i])))
            if mm and text.isdigit():
                got[mm.lastgroup] = int(text)
        if len(got) >= 3:
            return got, [x for x, _ in above] + [ln]
    return {}, []


_VOTE_HEADS = (("for", re.compile(r"(?<!khong )tan thanh|dong y|nhat tri")),
               ("against", re.compile(r"khong (?:tan|dong|nhat)")),
               ("abstain", re.compile(r"y kien khac|khong bieu quyet|phieu trang")))
_VOTE_ROW = re.compile(r"(?:^|\s)(\d{1,3})(?:\s*/\s*\d{1,3})?((?:\s+\d{1,3}){1,2})\s*$")


def vote_rows(lines: list[L]) -> list[tuple[list[L], dict[str, int]]]:
    """A ruled vote table read as text ("Nội dung biểu quyết | Tán thành | Không tán thành | Ý kiến khác", then rows
    "Nội dung chuyên đề và kết luận … 16/16 0 0", a row's text wrapping onto the lines around it): one vote per row,
    the counts in the header's column order."""
    out: list[tuple[list[L], dict[str, int]]] = []
    for i, head in enumerate(lines):
        key = head.key + " " + (lines[i + 1].key if i + 1 < len(lines) else "")  # "… Không tán" / "thành"
        at = [(m.start(), kind) for kind, rx in _VOTE_HEADS if (m := rx.search(key))]
        if len(at) < 2 or not re.search(r"noi dung|van de|bieu quyet", head.key) or _VOTE_ROW.search(head.key):
            continue
        order = [kind for _, kind in sorted(at)]
        rows: list[tuple[list[L], dict[str, int]]] = []
        pending: list[L] = []
        for ln in lines[i + 1:i + 16]:
            m = _VOTE_ROW.search(ln.key)
            if m:
                nums = [int(m.group(1))] + [int(x) for x in m.group(2).split()]
                rows.append((pending + [ln], dict(zip(order, nums))))
                pending = []
            elif rows and len(pending) >= 1 or re.match(r"^\s*(?:[ivx]+|\d{1,2})[.)]\s", ln.key):
                break  # past the last row's wrapped text: the table has ended
            else:
                pending.append(ln)
        out += rows
        if rows:
            break
    return out
