"""Ruled tables in a minute: the absentee table (attendance) and the assignment table (assignments).

A table is drawn instead of one of the existing phrasings, chosen from an independent random stream
(`Tables.rng`), so a minute drawn without tables consumes the main stream exactly as before: the committed
demo set (no tables) keeps its bytes, and a table minute differs from its table-less draw only in the table
part. Block format, laid out by `layout.Layout.table`:

    {"type": "table", "table": "absentees"|"assignments", "cols": [{"w": 0.08, "head": "TT", "align": "c"}, ...],
     "rows": [["1", "...", ...]], "head_align": "c"|"l", "smaller": 0..2, "rule": 0.5..0.75, "part": ...}

Labels follow samples/README.md: absentee names without title, reason = the cell as written (null when
empty), excused true for a stated reason, false for "Không lý do"-like cells, null for an empty cell;
assignee = a name in the cell without title (two people in a cell give two assignments with the same task
and deadline), task = the task cell as written, deadline = the deadline cell as written (null when empty or
when the table has no such column).
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

from . import vocab as V

KINDS = ("absentees", "assignments")


@dataclass
class Tables:
    """Whether and how minutes draw tables. `p`: the chance that a minute has table(s) at all; or `picks`:
    the ordinals (0-based, in the order minutes are made) of the minutes that have them (a book)."""

    rng: random.Random
    p: float = 0.3
    force: frozenset = field(default_factory=frozenset)   # tests: always draw these kinds where possible
    picks: frozenset | None = None
    made: int = 0

    def choose(self, has_absentees: bool, has_assignments: bool) -> set[str]:
        avail = [k for k, ok in zip(KINDS, (has_absentees, has_assignments)) if ok]
        ordinal, self.made = self.made, self.made + 1
        if self.force:
            return {k for k in avail if k in self.force}
        want = ordinal in self.picks if self.picks is not None else self.rng.random() < self.p
        if not want or not avail:
            return set()
        if len(avail) == 2 and self.rng.random() < 0.35:
            return set(avail)
        return {self.rng.choice(avail)}


# --- word banks ---------------------------------------------------------------------------------

ABSENT_HEADS = [
    ("TT", "Họ và tên", "Lý do"),
    ("STT", "Họ tên đảng viên", "Lý do vắng"),
    ("TT", "Họ và tên", "Ghi chú"),
    ("Số TT", "Họ và tên đảng viên", "Lý do vắng mặt"),
    ("TT", "Đồng chí", "Lý do"),
    ("STT", "Họ và tên", "Lý do vắng"),
    (None, "Họ và tên", "Lý do"),
    (None, "Đảng viên vắng", "Lý do"),
]
# reasons as people write them in a table cell: capitalised, now and then lower case
TABLE_EXCUSED = ["Ốm", "Đi công tác", "Nghỉ phép năm", "Trực ca đêm", "Con ốm nằm viện", "Việc gia đình",
                 "Đi học tập trung", "Đi làm ăn xa", "Nằm viện điều trị", "Tập huấn tại huyện",
                 "Có việc riêng, đã xin phép", "Đưa mẹ đi khám bệnh", "Về quê có việc hiếu",
                 "Đi làm ca", "Công tác đột xuất", "Sinh con", "Đi lao động ở tỉnh ngoài",
                 "Bận việc cơ quan (có báo cáo)"]
TABLE_UNEXCUSED = ["Không lý do", "Không lý do", "Không có lý do", "không lý do", "Không báo cáo",
                   "Vắng không lý do", "Không xin phép"]

ASSIGN_HEADS = [
    # (tt, first column, second column, deadline or None, assignee column first?)
    ("TT", "Nội dung công việc", "Người thực hiện", "Thời gian hoàn thành", False),
    ("STT", "Nhiệm vụ", "Người phụ trách", "Thời hạn", False),
    ("TT", "Nội dung", "Cá nhân, tổ chức thực hiện", "Thời gian", False),
    ("TT", "Công việc", "Người, bộ phận thực hiện", "Thời gian thực hiện", False),
    ("STT", "Nội dung nhiệm vụ", "Phân công", "Thời gian", False),
    ("TT", "Nội dung công việc", "Đồng chí phụ trách", "Hoàn thành", False),
    ("TT", "Nội dung công việc", "Người thực hiện", None, False),
    ("STT", "Nhiệm vụ", "Người phụ trách", None, False),
    ("TT", "Họ và tên", "Nhiệm vụ được phân công", "Thời gian", True),
    ("STT", "Người thực hiện", "Nội dung công việc", "Thời hạn", True),
]
# tasks as written in a table cell (capitalised, no final full stop); long ones wrap over 2–3 lines
TABLE_TASKS = [
    "Đôn đốc các hộ nộp quỹ xây dựng nông thôn mới và quỹ vì người nghèo năm {y}",
    "Phối hợp với công an viên, dân quân tổ chức tuần tra ban đêm, bảo đảm an ninh trật tự trên địa bàn {h}",
    "Tổ chức tổng vệ sinh môi trường, khơi thông cống rãnh các tuyến đường liên xóm",
    "Hướng dẫn người dân cài đặt, kích hoạt tài khoản định danh điện tử mức độ 2",
    "Rà soát, lập danh sách hộ nghèo, hộ cận nghèo, báo cáo Ban chỉ đạo xã",
    "Thu, nộp đảng phí quý {Q} của chi bộ",
    "Chuẩn bị đề cương, nội dung sinh hoạt chuyên đề quý tới",
    "Theo dõi, giúp đỡ quần chúng {q} hoàn thiện hồ sơ đề nghị kết nạp Đảng",
    "Vận động các hộ dọc tuyến đường trục chính hiến đất, tháo dỡ công trình phụ để mở rộng đường",
    "Nắm tình hình sâu bệnh trên lúa, thông báo lịch phun thuốc phòng trừ cho nhân dân",
    "Tổng hợp ý kiến, kiến nghị của cử tri, báo cáo Đảng ủy",
    "Cập nhật sổ sách, hồ sơ đảng viên và sổ ghi biên bản của chi bộ",
    "Tổ chức các hoạt động kỷ niệm ngày lễ lớn trong tháng {m2}",
    "Kiểm tra, nhắc nhở các hộ kinh doanh ký cam kết bảo đảm an toàn phòng cháy, chữa cháy",
    "Tuyên truyền nhân dân không đốt rơm rạ sau thu hoạch, không xả rác thải ra kênh mương",
    "Gặp gỡ gia đình đ/c {q} tìm hiểu lý do vắng sinh hoạt, báo cáo chi bộ tại kỳ họp sau",
    "Lập kế hoạch tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư",
    "Vận động đoàn viên thanh niên tham gia hiến máu tình nguyện đợt {m2}/{y}",
    "Phối hợp với trạm y tế phun hóa chất phòng, chống sốt xuất huyết tại các điểm có nguy cơ",
    "Thăm hỏi, tặng quà các gia đình chính sách, người có công nhân dịp lễ",
    "Khảo sát, đề xuất danh sách học sinh có hoàn cảnh khó khăn để trao học bổng",
    "Rà soát đối tượng tham gia bảo hiểm y tế hộ gia đình, vận động các hộ còn lại tham gia",
    "Dự thảo báo cáo sơ kết 6 tháng thực hiện nghị quyết của chi bộ",
    "Hòa giải vụ tranh chấp ranh giới đất giữa hai hộ ở {h}",
    "Hướng dẫn bà con chăm sóc, phòng bệnh cho đàn gia súc, gia cầm khi thời tiết chuyển mùa",
    "Phụ trách tổ tự quản đường làng ngõ xóm",
    "Xây dựng mô hình dân vận khéo, báo cáo kết quả về Ban Dân vận Đảng ủy",
]
TABLE_GROUPS = ["Tổ an ninh", "Tổ an ninh trật tự", "Chi hội Phụ nữ", "Chi đoàn thanh niên", "Chi hội Nông dân",
                "Chi hội Cựu chiến binh", "Ban công tác Mặt trận", "Chi ủy", "Tổ hòa giải", "Tổ tự quản",
                "Tổ tuyên truyền", "Ban Chi ủy"]


def _cap(s: str) -> str:
    return s[0].upper() + s[1:] if s else s


def _title(trng: random.Random, habit: str, cap: bool) -> str:
    """How this table writes a comrade's title in a cell ("Đ/c", "đ/c", "Đồng chí")."""
    t = habit if trng.random() < 0.8 else trng.choice(["Đ/c", "đ/c", "Đồng chí"])
    return _cap(t) if cap else t[0].lower() + t[1:]


def _num(trng_style: str, k: int) -> str:
    return {"plain": str(k), "dot": f"{k}.", "pad": f"{k:02d}"}[trng_style]


# --- absentees ----------------------------------------------------------------------------------


def absentee_table(trng: random.Random, w, cell, plan, present, style: dict) -> tuple[list[dict], list[dict]]:
    """Count line(s) + the absentee table; returns (blocks, absentee labels).

    `w` is the minute's `content.Words`; only its draw-free helpers are used (num without words, pct, pad,
    title habit), so the main stream is not touched."""
    from .content import para      # content imports this module

    T, E, P, A = len(cell.members), len(cell.exempt), len(present), len(plan.absentees)
    req = T - E
    pct_s, _ = w.pct(P, req)

    # the rows first: the count line may split them into excused and unexcused
    rows, labels = [], []
    with_title = trng.random() < 0.25
    habit = trng.choice(["Đ/c", "Đ/c", "đ/c", "Đồng chí"])
    lower = trng.random() < 0.15           # this secretary writes reasons in lower case
    for a, _r, excused in plan.absentees:
        if excused:
            reason = trng.choice(TABLE_EXCUSED)
            if lower or trng.random() < 0.1:
                reason = reason[0].lower() + reason[1:]
        else:  # no reason given: written out, or the cell left empty (an absence without reason all the same)
            reason = "" if trng.random() < 0.25 else trng.choice(TABLE_UNEXCUSED)
        name = f"{_title(trng, habit, True)} {a.name}" if with_title else a.name
        rows.append([name, reason])
        labels.append({"name": a.name, "reason": reason or None, "excused": bool(excused)})
    n_exc = sum(1 for x in labels if x["excused"] is True)
    n_une = sum(1 for x in labels if x["excused"] is False)

    head = trng.choice(ABSENT_HEADS)
    num_style = trng.choice(["plain", "plain", "plain", "dot", "pad"])
    if head[0] is not None:
        rows = [[_num(num_style, k)] + r for k, r in enumerate(rows, 1)]
    cols = []
    fr = {"tt": trng.uniform(0.07, 0.1), "name": trng.uniform(0.38, 0.5), "reason": trng.uniform(0.3, 0.45)}
    if head[0] is not None:
        cols.append({"w": fr["tt"], "head": head[0], "align": "c"})
    cols.append({"w": fr["name"], "head": head[1], "align": "l"})
    cols.append({"w": fr["reason"], "head": head[2], "align": trng.choice(["l", "l", "c"])})

    # the count line(s) ahead of the table
    n = lambda k: w.num(k, False)   # noqa: E731  (digits, padded as this secretary pads)
    tail = trng.choice([", cụ thể như sau:", ", cụ thể:", ", gồm:", ", danh sách như sau:", " (có danh sách dưới đây):"]
                       + ([" gồm các đồng chí sau:", ", gồm các đồng chí có tên sau:"] if A > 1 else [", là:"]))
    split = trng.random() < 0.4
    split_s = ""
    if split:
        parts = []
        if n_exc:
            parts.append(f"{n(n_exc)} có lý do")
        if n_une:
            parts.append(f"{n(n_une)} không lý do")
        split_s = f" ({', '.join(parts)})"
    exempt_s = f"miễn sinh hoạt {n(E)} đồng chí" if E else ""
    kind = trng.choice(["line", "line", "lines", "bullets", "fraction"])
    blocks = []
    if kind == "line":
        s = f"Tổng số đảng viên: {n(T)} đồng chí"
        if E:
            s += f"; {exempt_s}"
        s += f"; có mặt: {n(P)} đồng chí"
        if trng.random() < 0.4:
            s += f" (đạt {pct_s})"
        s += f"; vắng: {n(A)} đồng chí{split_s}{tail}"
        blocks.append(para(s, kind="opening", keep=True))
    elif kind == "fraction":
        s = f"Đảng viên có mặt: {n(P)}/{n(T)} đồng chí"
        if E:
            s += f" ({exempt_s})"
        s += f"; vắng mặt {n(A)} đồng chí{split_s}{tail}"
        blocks.append(para(s, kind="opening", keep=True))
    else:
        mk = style["bullet"] if kind == "bullets" else None
        blocks.append(para(f"Tổng số đảng viên của chi bộ: {n(T)} đồng chí.", kind="opening", marker=mk))
        if E:
            blocks.append(para(f"Đảng viên được miễn sinh hoạt: {n(E)} đồng chí.", kind="opening", marker=mk))
        blocks.append(para(f"Đảng viên có mặt: {n(P)} đồng chí, đạt tỷ lệ {pct_s}.", kind="opening", marker=mk))
        blocks.append(para(f"Đảng viên vắng mặt: {n(A)} đồng chí{split_s}{tail}", kind="opening", marker=mk,
                           keep=True))
    blocks.append(_table_block(trng, cols, rows, "opening", "absentees"))
    return blocks, labels


# --- assignments --------------------------------------------------------------------------------


def _deadline(trng: random.Random, plan) -> str | None:
    m, y = plan.month, plan.year
    nm, ny = (1, y + 1) if m == 12 else (m + 1, y)
    q = (nm - 1) // 3 + 1
    qr = ["I", "II", "III", "IV"][q - 1]
    k = trng.choice(["date", "date", "date", "month", "month", "ongoing", "ongoing", "quarter", "meeting", "none"])
    if k == "date":
        d = min(plan.date + dt.timedelta(days=trng.choice([5, 7, 10, 14, 20, 25])), dt.date(ny, nm, 28))
        return trng.choice([f"{d.day}/{d.month}/{d.year}", f"{d.day:02d}/{d.month:02d}/{d.year}", f"{d.day}/{d.month}"])
    if k == "month":
        mm, yy = (m, y) if trng.random() < 0.5 else (nm, ny)
        return trng.choice([f"Tháng {mm}", f"Tháng {mm}/{yy}", f"tháng {mm}", f"Tháng {mm} năm {yy}"])
    if k == "ongoing":
        return trng.choice(["Thường xuyên", "Thường xuyên", "thường xuyên", "Hằng tháng"])
    if k == "quarter":
        return trng.choice([f"Quý {qr}", f"Quý {qr}/{ny}", f"Quý {qr} năm {ny}"])
    if k == "meeting":
        return trng.choice([f"Kỳ họp tháng {nm}", f"Kỳ họp tháng {nm}/{ny}", f"Kỳ sinh hoạt tháng {nm}"])
    return None


def assignment_table(trng: random.Random, pool: list, plan, cell, style: dict,
                     compact: bool = False) -> tuple[list[dict], list[dict]]:
    """An optional lead-in line + the assignment table; returns (blocks, assignment labels)."""
    from .content import para, person_name

    tt, h_1, h_2, h_dl, who_first = trng.choice(ASSIGN_HEADS)
    h_who, h_task = (h_1, h_2) if who_first else (h_2, h_1)
    m, y = plan.month, plan.year
    nm = 1 if m == 12 else m + 1
    fmt = {"y": y, "m2": nm, "h": cell.hamlet, "Q": ["I", "II", "III", "IV"][(m - 1) // 3]}
    n_rows = min(trng.randint(2, 3) if compact else trng.randint(3, 6), len(TABLE_TASKS))
    tasks = trng.sample(TABLE_TASKS, n_rows)
    people = trng.sample(pool, min(len(pool), n_rows + 2))
    habit = trng.choice(["Đ/c", "Đ/c", "đ/c", "Đồng chí"])
    titled = trng.random() < 0.6        # this table writes "Đ/c" before names
    rows, labels = [], []
    num_style = trng.choice(["plain", "plain", "dot", "pad"])
    for k, task in enumerate(tasks, 1):
        task = task.format(q=person_name(trng)[0], **fmt)
        u = trng.random()
        if u < 0.22 or not people:
            who = trng.choice(TABLE_GROUPS)
            names = [who]
        elif u < 0.36 and len(people) >= 2:
            a, b = people.pop(), people.pop()
            joint = trng.choice([", ", ", ", " và ", " - "])
            if titled:   # "Đ/c An, đ/c Bình": the second title in lower case after a comma or "và"
                second = _title(trng, habit, joint == " - ")
                who = f"{_title(trng, habit, True)} {a.name}{joint}{second} {b.name}"
            else:
                who = f"{a.name}{joint}{b.name}"
            names = [a.name, b.name]
        else:
            p = people.pop()
            who = f"{_title(trng, habit, True)} {p.name}" if titled else p.name
            names = [p.name]
        dl = _deadline(trng, plan) if h_dl else None
        cells = [who, task] if who_first else [task, who]
        if h_dl:
            cells.append(dl or "")
        rows.append([_num(num_style, k)] + cells)
        # two people in one cell: one assignment each, same task and deadline (as samples/heldout2 labels a
        # shared task)
        labels.extend({"assignee": name, "task": task, "deadline": dl} for name in names)
    w_tt, w_task, w_who, w_dl = (trng.uniform(0.06, 0.09), trng.uniform(0.4, 0.5), trng.uniform(0.22, 0.3),
                                 trng.uniform(0.15, 0.2))
    task_col = {"w": w_task, "head": h_task, "align": "l"}
    who_col = {"w": w_who, "head": h_who, "align": "l"}
    cols = [{"w": w_tt, "head": tt, "align": "c"}] + ([who_col, task_col] if who_first else [task_col, who_col])
    if h_dl:
        cols.append({"w": w_dl, "head": h_dl, "align": trng.choice(["l", "c", "c"])})
    blocks = []
    if trng.random() < 0.6:
        blocks.append(para(trng.choice(["Chi bộ phân công nhiệm vụ cụ thể như sau:", "Phân công thực hiện như sau:",
                                        "Để triển khai nghị quyết, chi bộ phân công:",
                                        "Chi bộ thống nhất phân công đảng viên và các đoàn thể thực hiện:",
                                        "Cụ thể như sau:"]), kind="assignments", keep=True))
    blocks.append(_table_block(trng, cols, rows, "assignments", "assignments"))
    return blocks, labels


def _table_block(trng: random.Random, cols: list[dict], rows: list[list[str]], part: str, kind: str) -> dict:
    return {"type": "table", "table": kind, "cols": cols, "rows": rows,
            "head_align": trng.choice(["c", "c", "c", "l"]), "smaller": trng.choice([0, 0, 1, 1, 2]),
            "rule": trng.choice([0.5, 0.6, 0.75]), "part": part}
