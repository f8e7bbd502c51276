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

_ROW_NUMBER = re.compile(r"^\d{1,3}[.)]?$")
_MIN_COVER = 0.7  # share of a header line's letters that column headings must cover
_MIN_GAP_CHARS = 1.5  # blank space between two column headings, in average character widths


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
        return [self.header] + [ln for r in self.rows for ln in r.lines]

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


def _header(ln: L) -> list[tuple[str, float]] | None:
    words = _words(ln)
    if len(words) < 2:
        return None
    found = list(cues.TABLE_COLUMN_RX.finditer(ln.key))
    kinds = [m.lastgroup for m in found]
    if len(set(kinds) - {"number"}) < 2 or len(set(kinds)) < len(kinds):
        return None
    letters = sum(c.isalpha() for c in ln.key)
    covered = sum(sum(c.isalpha() for c in m.group()) for m in found)
    if covered < _MIN_COVER * letters:
        return None  # a sentence that happens to name two headings
    if any(c.isdigit() for c in ln.key):
        return None
    columns, ends = [], []
    for m in found:  # the column starts where the first word of its heading starts
        inside = [(x0, x1) for text, x0, x1, at in words if at + len(text) > m.start() and at < m.end()]
        if not inside:
            return None
        columns.append((m.lastgroup, inside[0][0]))
        ends.append(inside[-1][1])
    # headings stand apart, each over its column; words of a sentence sit a space apart
    char_w = sum(x1 - x0 for t, x0, x1, _ in words) / max(1, sum(len(t) for t, *_ in words))
    if any(left - end < _MIN_GAP_CHARS * char_w
           for (kind, _), (_, left), end in zip(columns, columns[1:], ends) if kind != "number"):
        return None
    return columns


def _column(columns: list[tuple[str, float]], x0: float, tol: float) -> str:
    kind = columns[0][0]
    for k, left in columns:
        if x0 + tol >= left:
            kind = k
    return kind


def _straddles(words, cols, tol: float) -> bool:
    """A word running over the start of a column: a sentence, not cells."""
    return any(x0 < left - tol < x1 - tol for _, x0, x1, _ in words for _, left in cols[1:])


def find_tables(lines: list[L]) -> list[Table]:
    tables: list[Table] = []
    i = 0
    while i < len(lines):
        cols = _header(lines[i]) if not lines[i].furniture else None
        if not cols:
            i += 1
            continue
        table = Table(lines[i], cols)
        gaps = [b[1] - a[1] for a, b in zip(cols, cols[1:])]
        tol = max(2.0, 0.15 * min(gaps)) if gaps else 2.0
        j = i + 1
        while j < len(lines) and lines[j].page == table.header.page:
            ln = lines[j]
            words = _words(ln)
            if ln.furniture:
                j += 1
                continue
            if not words or words[0][1] + tol < cols[0][1] or _straddles(words, cols, tol):
                break  # left of the table, or running across its columns: prose again
            first_col = _column(cols, words[0][1], tol)
            numbered = "number" in dict(cols) and _ROW_NUMBER.match(words[0][0]) and first_col == "number"
            starts_row = numbered or ("number" not in dict(cols) and first_col == cols[0][0])
            if not starts_row and not table.rows:
                break
            if not starts_row and first_col == cols[0][0]:
                break  # text back at the first column without a row number: prose
            row = Row({}, [ln]) if starts_row else table.rows[-1]
            if not starts_row:
                row.lines.append(ln)
            for text, x0, _, _ in words:
                kind = _column(cols, x0, tol)
                row.cells[kind] = (row.cells.get(kind, "") + " " + text).strip()
            if starts_row:
                table.rows.append(row)
            j += 1
        if table.rows:
            tables.append(table)
            i = j
        else:
            i += 1
    return tables


def cell(row: Row, kind: str) -> str | None:
    text = row.cells.get(kind, "").strip(" ;,.")
    return text or None
