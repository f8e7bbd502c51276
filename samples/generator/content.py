"""One minute's content: the blocks to lay out and the labels they carry.

`make_minute` turns a `Meeting` context (cell, roster, date, kind) and a set of defect codes into
`blocks` (what the page shows, in order) and `labels` (the truth `minutes` entry, model field names).
Every wording choice is drawn from a seeded `random.Random`, so a seed gives the same minute.
"""

from __future__ import annotations

import datetime as dt
import random
import re
from dataclasses import dataclass, field

from . import tables as TB
from . import vocab as V

MINUTE_FLAGS = ["missing_conclusion", "missing_assignments", "missing_vote", "not_approved",
                "no_discussion", "low_attendance", "unexcused_absence", "short_meeting",
                "unfilled_template"]
BOOK_FLAGS = ["missing_month", "no_thematic_in_quarter", "repeated_absence"]
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]
QUARTER = {1: "I", 2: "II", 3: "III", 4: "IV"}


@dataclass
class Member:
    name: str
    female: bool
    official: bool = True
    role: str | None = None          # "Bí thư chi bộ", "Phó Bí thư chi bộ", "Chi ủy viên"


@dataclass
class Cell:
    """A Party cell and its place: what the header and the opening name."""

    cell: str                # "CHI BỘ THÔN 3" as in the header
    cell_body: str           # "Chi bộ thôn 3" as in running text
    committee: str           # "ĐẢNG BỘ XÃ TÂN HÒA" (immediate upper level, as in the header)
    committee_top: str | None  # "ĐẢNG BỘ HUYỆN ..." line above, on some templates
    unit: str                # "xã Tân Hòa"
    place: str               # "Tân Hòa" for the date line
    province: str
    hamlet: str              # "thôn 3" for venues
    members: list[Member]
    exempt: list[Member] = field(default_factory=list)
    number_prefix: str = "CB"


def person_name(rng: random.Random, female: bool | None = None, used: set | None = None) -> tuple[str, bool]:
    for _ in range(100):
        f = rng.random() < 0.4 if female is None else female
        dem = rng.choice(V.DEM_NU if f else V.DEM_NAM)
        ten = rng.choice(V.TEN_NU if f else V.TEN_NAM)
        ho = rng.choice(V.HO)
        if dem == ten:
            continue
        name = f"{ho} {dem} {ten}"
        if rng.random() < 0.12:
            dem2 = rng.choice(V.DEM_NAM if not f else V.DEM_NU)
            if dem2 in (dem, ten):
                continue
            name = f"{ho} {dem} {dem2} {ten}"
        if used is None or name not in used:
            if used is not None:
                used.add(name)
            return name, f
    raise RuntimeError("name space exhausted")


def make_cell(rng: random.Random, size: int | None = None) -> Cell:
    province = rng.choice(V.PROVINCES)
    commune = rng.choice(V.COMMUNES)
    ukind, ukind_low = rng.choice(V.UNIT_KINDS)
    if rng.random() < 0.75:
        pat = rng.choice(V.HAMLETS)
        hamlet_up = pat.format(n=rng.randint(1, 12), w=rng.choice(V.HAMLET_WORDS))
    else:
        hamlet_up = rng.choice(V.INSTITUTION_CELLS).format(c=commune.upper())
    cell = "CHI BỘ " + hamlet_up
    low = hamlet_up.lower()
    # keep proper names capitalised in running text: "thôn Đông", "trường THCS Tân Hòa"
    words = hamlet_up.split()
    low_words = [w.lower() if i == 0 or w in ("SỐ", "PHỐ", "DÂN", "TRƯỜNG", "NGHIỆP", "NÔNG", "HỢP", "TÁC",
                                             "XÃ", "Y", "TẾ", "AN", "SỰ", "QUAN", "TIỂU", "HỌC", "MẦM",
                                             "NON", "ĐIỆN", "BƯU", "QUÂN", "CÔNG", "CƠ", "TRẠM", "KHU", "CƯ",
                                             "TỔ")
                 else w.capitalize() for i, w in enumerate(words)]
    low = " ".join(low_words).replace("Thcs", "THCS")
    committee = f"ĐẢNG BỘ {ukind} {commune.upper()}" if rng.random() < 0.6 else f"ĐẢNG ỦY {ukind} {commune.upper()}"
    committee_top = None
    if rng.random() < 0.3:
        committee_top = f"ĐẢNG BỘ HUYỆN {rng.choice(V.DISTRICTS).upper()}"
    used: set[str] = set()
    n = size or rng.choice([9, 11, 12, 13, 14, 15, 15, 17, 18, 21, 24, 29, 32])
    members = []
    for i in range(n):
        name, f = person_name(rng, used=used)
        members.append(Member(name, f, official=rng.random() > 0.08))
    members[0].role = "Bí thư chi bộ"
    members[0].official = True
    members[1].role = rng.choice(["Phó Bí thư chi bộ", "Chi ủy viên"])
    members[1].official = True
    if n > 12:
        members[2].role = "Chi ủy viên"
        members[2].official = True
    exempt = []
    if rng.random() < 0.35:
        exempt = members[-rng.randint(1, 2):]
        for m in exempt:
            m.official = True
    return Cell(cell=cell, cell_body="Chi bộ " + low, committee=committee, committee_top=committee_top,
                unit=f"{ukind_low} {commune}", place=commune, province=province, hamlet=low,
                members=members, exempt=exempt, number_prefix=rng.choice(["CB", "CB", "BB/CB", "CB"]))


@dataclass
class MeetingPlan:
    """What happened at the meeting: the generator's ground truth before wording."""

    date: dt.date
    month: int
    year: int
    kind: str                # "regular" | "thematic" | "combined"
    topic: str | None
    start: tuple[int, int]
    end: tuple[int, int]
    defects: set[str]
    absentees: list[tuple[Member, str, bool]]   # member, reason, excused
    number: int | None = None


def pick_absentees(rng: random.Random, cell: Cell, defects: set[str],
                   force_unexcused: list[Member] | None = None) -> list[tuple[Member, str, bool]]:
    """Absentees consistent with the defects: low attendance < 90 % of non-exempt, unexcused or not."""
    pool = [m for m in cell.members[2:] if m not in cell.exempt]
    required = len(cell.members) - len(cell.exempt)
    max_ok = int(required - 0.9 * required + 1e-9)      # absences that keep >= 90 %
    force_unexcused = [m for m in (force_unexcused or []) if m in pool]
    if "low_attendance" in defects:
        n = max(max_ok + 1, int(required * rng.uniform(0.12, 0.25)) + 1)
    else:
        n = rng.choice([0, 0, 0, 1, 1, 2, 3])
        n = min(n, max_ok)
    n = max(n, len(force_unexcused))
    if "unexcused_absence" in defects and n == 0:
        if max_ok >= 1:
            n = 1
        else:  # a tiny cell: an unexcused absence also lowers attendance; caller must allow that
            n = 1
            defects.add("low_attendance")
    rest = [m for m in pool if m not in force_unexcused]
    chosen = force_unexcused + rng.sample(rest, n - len(force_unexcused))
    out = []
    unexcused_left = 0
    if "unexcused_absence" in defects and not force_unexcused:
        unexcused_left = 1 if rng.random() < 0.7 or n == 1 else 2
    for m in chosen:
        if m in force_unexcused or unexcused_left > 0:
            if m not in force_unexcused:
                unexcused_left -= 1
            out.append((m, rng.choice(V.ABSENT_UNEXCUSED), False))
        else:
            out.append((m, rng.choice(V.ABSENT_EXCUSED), True))
    if any(not e for _, _, e in out):
        defects.add("unexcused_absence")
    if len(out) > max_ok:      # forced absences can push a small cell under the bar: flag what is true
        defects.add("low_attendance")
    return out


def plan_meeting(rng: random.Random, cell: Cell, year: int, month: int, kind: str,
                 defects: set[str], topic: str | None = None, day: int | None = None,
                 force_unexcused: list[Member] | None = None) -> MeetingPlan:
    defects = set(defects)
    if kind != "regular" and topic is None:
        topic = rng.choice(V.THEMATIC_TOPICS)
    day = day or rng.choice([2, 3, 4, 5, 5, 6, 8, 10, 12, 15, 20, 25, 27, 28])
    date = dt.date(year, month, min(day, 28))
    start = rng.choice([(7, 30), (8, 0), (8, 0), (14, 0), (14, 0), (13, 30), (19, 0), (19, 30), (7, 0), (15, 0)])
    minimum = 120 if kind == "combined" else 90
    if "short_meeting" in defects:
        dur = rng.randrange(40, minimum - 5, 5)
    else:
        dur = rng.randrange(minimum, minimum + 95, 5)
    t = start[0] * 60 + start[1] + dur
    end = (t // 60, t % 60)
    absentees = pick_absentees(rng, cell, defects, force_unexcused)
    return MeetingPlan(date=date, month=month, year=year, kind=kind, topic=topic, start=start, end=end,
                       defects=defects, absentees=absentees)


# --- wording helpers --------------------------------------------------------------


class Words:
    """Per-minute wording habits: how this secretary writes comrades, numbers, dates, times."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        self.title = rng.choice(["đồng chí", "đồng chí", "đ/c", "Đ/c", "đc"])
        self.pad = rng.random() < 0.55
        self.words_p = rng.random() < 0.15
        self.date_style = rng.choice(["long", "long", "slash", "slash0", "dash"])
        self.time_style = rng.choice(["giophut", "giophut", "giophut", "h", "h", "gio", "g"])
        self.pct_decimals = rng.random() < 0.5

    def dc(self, cap: bool = False) -> str:
        t = self.title if self.rng.random() < 0.85 else self.rng.choice(["đồng chí", "đ/c"])
        if cap:
            t = t[0].upper() + t[1:]
        return t

    def num(self, n: int, allow_words: bool = True) -> str:
        if allow_words and self.words_p and self.rng.random() < 0.5 and n < 100:
            if self.rng.random() < 0.5:
                return V.number_words(n)
            return f"{n:02d} ({V.number_words(n)})" if self.pad else f"{n} ({V.number_words(n)})"
        return f"{n:02d}" if self.pad else str(n)

    def date(self, d: dt.date, style: str | None = None) -> str:
        style = style or self.date_style
        if style == "long":
            return f"ngày {d.day:02d} tháng {d.month} năm {d.year}" if self.pad else f"ngày {d.day} tháng {d.month} năm {d.year}"
        if style == "dash":
            return f"ngày {d.day:02d}-{d.month:02d}-{d.year}"
        if style == "slash0":
            return f"ngày {d.day:02d}/{d.month:02d}/{d.year}"
        return f"ngày {d.day}/{d.month}/{d.year}"

    def time(self, hm: tuple[int, int]) -> str:
        h, m = hm
        if self.time_style == "g":
            return f"{h}g{m:02d}'"
        if self.time_style == "h":
            return f"{h}h{m:02d}"
        if self.time_style == "gio" :
            return f"{h} giờ" if m == 0 else f"{h} giờ {m:02d}"
        return f"{h} giờ {m:02d} phút"

    def pct(self, a: int, b: int) -> tuple[str, float]:
        v = round(100.0 * a / b, 1) if b else 0.0
        if v == int(v) and not self.pct_decimals:
            s = f"{int(v)}%"
        else:
            s = f"{v:.1f}%".replace(".", ",")
            if s.endswith(",0%"):
                s = s[:-3] + "%"
        return s, v


def R(text: str, style: str = "R") -> tuple[str, str]:
    return (text, style)


def para(*runs, align="justify", indent=True, kind="para", marker=None, space_after=None, keep=False):
    runs = [R(r) if isinstance(r, str) else r for r in runs]
    return {"type": "para", "runs": runs, "align": align, "indent": indent, "marker": marker,
            "space_after": space_after, "keep": keep, "part": kind}


def hhmm(hm: tuple[int, int]) -> str:
    return f"{hm[0]:02d}:{hm[1]:02d}"


# --- the minute ---------------------------------------------------------------------


def make_minute(rng: random.Random, cell: Cell, plan: MeetingPlan, style: dict,
                tables: TB.Tables | None = None) -> tuple[list[dict], dict]:
    """Return (blocks, labels) for one meeting. With `tables`, the absentee list and/or the assignments
    may be drawn as ruled tables; that choice and the tables' wording come from `tables.rng` only."""
    w = Words(rng)
    d = plan.defects
    compact = bool(style.get("compact"))
    table_kinds = tables.choose(bool(plan.absentees), "missing_assignments" not in d) if tables else set()

    def count(lo: int, hi: int) -> int:
        return lo if compact else rng.randint(lo, hi)

    m, y = plan.month, plan.year
    pm = 12 if m == 1 else m - 1
    nm = 1 if m == 12 else m + 1
    present = [x for x in cell.members if x not in cell.exempt and x not in [a for a, _, _ in plan.absentees]]
    chair = cell.members[0]
    if rng.random() < 0.12 and cell.members[1] in present and cell.members[1].role == "Phó Bí thư chi bộ":
        chair = cell.members[1]
    if chair not in present:
        chair = present[0]
    sec_pool = [x for x in present[1:4] if x is not chair] or [x for x in present if x is not chair]
    secretary = rng.choice(sec_pool)
    others = [x for x in present if x is not chair and x is not secretary]
    chair_role = chair.role or "Bí thư chi bộ"
    unfilled = set()
    if "unfilled_template" in d:
        unfilled = set(rng.sample(["guests", "location", "signature"], rng.choice([1, 1, 2])))
    fmt = dict(n=rng.choice(["02", "03", "hai", "ba"]), m=m, pm=pm, y=y, u=cell.unit, prov=cell.province, season=rng.choice(["Xuân", "Hè Thu", "Mùa", "Đông Xuân"]),
               yield_=rng.choice([62, 65, 68, 70, 72]), pct=rng.choice([85, 90, 92, 95, 96, 100]),
               m2=nm, d=rng.choice([15, 20, 25]), d2=rng.choice([22, 28, 29]),
               h=cell.hamlet, org=cell.cell_body.replace("Chi bộ ", ""), a="{a}", q="{q}")
    blocks: list[dict] = []
    labels_flags = set(d)

    # header ------------------------------------------------------------------
    left = []
    if cell.committee_top:
        left.append((cell.committee_top, "R", False))
    left.append((cell.committee, "R" if cell.committee_top or rng.random() < 0.6 else "B", False))
    left.append((cell.cell, "B", rng.random() < 0.3))
    mark = rng.choice(["*", "*", "number", "none", "number"])
    if mark == "*":
        left.append(("*", "R", False))
    elif mark == "number":
        left.append((f"Số: {w.num(plan.number or rng.randint(1, 30), False)}-BB/{cell.number_prefix.split('/')[-1]}"
                     if rng.random() < 0.6 else f"Số {plan.number or rng.randint(1, 30):02d}-BB/CB", "R", False))
    place = cell.place if rng.random() < 0.8 else cell.unit[0].upper() + cell.unit[1:]
    hdr_date = plan.date
    date_line = f"{place}, {w.date(hdr_date, 'long')}"
    right = [("ĐẢNG CỘNG SẢN VIỆT NAM", "B", True), (date_line, "I", False)]
    blocks.append({"type": "header", "left": left, "right": right, "part": "header"})

    # title -------------------------------------------------------------------
    title = ["BIÊN BẢN"]
    kind = plan.kind
    q = QUARTER[(m - 1) // 3 + 1]
    if kind == "regular":
        title.append(rng.choice([f"SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG {m} NĂM {y}",
                                 f"SINH HOẠT CHI BỘ ĐỊNH KỲ THÁNG {m} NĂM {y}",
                                 f"HỌP CHI BỘ THÁNG {m:02d}/{y}",
                                 f"SINH HOẠT CHI BỘ THÁNG {m}/{y}",
                                 f"HỌP CHI BỘ ĐỊNH KỲ THÁNG {m} NĂM {y}"]))
    elif kind == "combined":
        title.append(rng.choice([f"SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG {m} NĂM {y}",
                                 f"SINH HOẠT CHI BỘ ĐỊNH KỲ THÁNG {m}/{y}"]))
        title.append(rng.choice([f"KẾT HỢP SINH HOẠT CHUYÊN ĐỀ QUÝ {q}",
                                 "VÀ SINH HOẠT CHUYÊN ĐỀ", f"(Kết hợp sinh hoạt chuyên đề quý {q}/{y})"]))
    else:
        title.append(rng.choice([f"SINH HOẠT CHUYÊN ĐỀ QUÝ {q} NĂM {y}", "SINH HOẠT CHUYÊN ĐỀ",
                                 f"SINH HOẠT CHI BỘ CHUYÊN ĐỀ THÁNG {m}/{y}"]))
    if kind != "regular" and rng.random() < 0.8:
        title.append(rng.choice(["Chuyên đề: ", "Về ", ""]) + f"\u201c{plan.topic}\u201d")
    if rng.random() < 0.15:
        title[1] = re.sub(r"quý (i{1,3}|iv)\b", lambda mo: "quý " + mo.group(1).upper(), title[1][0] + title[1][1:].lower())
    blocks.append({"type": "title", "lines": title, "part": "title"})

    # heading scheme --------------------------------------------------------------
    scheme = style["heading_scheme"]
    upper1 = style["heading_upper"]

    def heading(text: str, level: int, part: str):
        blocks.append({"type": "heading", "text": text, "level": level, "part": part})

    # opening -----------------------------------------------------------------------
    loc_text = rng.choice(V.VENUES).format(h=cell.hamlet, u=cell.unit, org=cell.cell_body.replace("Chi bộ", "chi bộ"))
    location = None if "location" in unfilled else loc_text
    loc_written = "……………………………………" if location is None else loc_text
    opening_style = rng.choice(["fields", "fields", "prose", "prose_list"])
    struct = rng.choice(["grouped", "grouped", "flat"])
    att_blocks, absentees_named = attendance_blocks(rng, w, cell, plan, present)
    table_absentees = None
    if "absentees" in table_kinds:   # drawn after the usual phrasing so the main stream is not shifted
        att_blocks, table_absentees = TB.absentee_table(tables.rng, w, cell, plan, present, style)
    chair_line, chair_role_label = chair_phrase(rng, w, chair, chair_role)
    sec_line = secretary_phrase(rng, w, secretary)
    guests, guest_blocks = guest_phrase(rng, w, cell, unfilled)
    kind_word = {"regular": "sinh hoạt chi bộ thường kỳ", "combined": "sinh hoạt thường kỳ kết hợp sinh hoạt chuyên đề",
                 "thematic": "sinh hoạt chuyên đề"}[kind]
    if opening_style == "fields":
        if rng.random() < 0.15:
            heading(rng.choice(["Phần mở đầu", "Phần thủ tục"]), 1, "opening")
            heading(rng.choice(["Thời gian, địa điểm", "Thời gian và địa điểm"]), 2, "opening")
        else:
            heading(rng.choice(["Thời gian, địa điểm", "Thời gian và địa điểm", "Thời gian, địa điểm sinh hoạt"]), 1, "opening")
        if rng.random() < 0.3:
            tline = f"Từ {w.time(plan.start)} đến {w.time(plan.end)}, {w.date(plan.date)}."
        else:
            tline = rng.choice(["Bắt đầu ", "Vào lúc ", "Từ "]) + w.time(plan.start) + ", " + w.date(plan.date) + "."
        blocks.append(para(R("Thời gian: ", "B" if rng.random() < 0.7 else "R"), tline, kind="opening"))
        loc_written = loc_written[0].upper() + loc_written[1:]
        location = location and loc_written  # truth is the value as written on the page
        blocks.append(para(R("Địa điểm: ", "B"), loc_written + ("." if location else ""), kind="opening"))
        heading(rng.choice(["Thành phần", "Thành phần tham dự", "Thành phần dự họp", "Tình hình đảng viên dự sinh hoạt"]), 1, "opening")
        blocks.extend(att_blocks)
        blocks.extend(guest_blocks)
        blocks.append(para(chair_line, kind="opening"))
        blocks.append(para(sec_line, kind="opening"))
    else:
        opener = rng.choice(["Hôm nay, vào lúc", "Vào hồi", "Hôm nay, lúc", "Vào lúc"])
        s = (f"{opener} {w.time(plan.start)}, {w.date(plan.date)}, tại {loc_written}, {cell.cell_body} tiến hành "
             f"{kind_word} tháng {m} năm {y}.")
        if rng.random() < 0.3:
            s = (f"Hôm nay, {w.date(plan.date)}, vào lúc {w.time(plan.start)}, {cell.cell_body} tổ chức {kind_word} "
                 f"tháng {m}/{y} tại {loc_written}.")
        if kind == "thematic":
            s = f"{opener} {w.time(plan.start)}, {w.date(plan.date)}, tại {loc_written}, {cell.cell_body} tổ chức {kind_word} quý {q} năm {y}."
        blocks.append(para(s, kind="opening"))
        if opening_style == "prose_list":
            heading(rng.choice(["Thành phần", "Thành phần tham dự"]), 1, "opening")
        blocks.extend(att_blocks)
        blocks.extend(guest_blocks)
        blocks.append(para(chair_line, kind="opening"))
        blocks.append(para(sec_line, kind="opening"))
    if rng.random() < 0.25 and not compact:
        items = ["Thông tin thời sự, phổ biến văn bản mới", f"Đánh giá kết quả thực hiện nhiệm vụ tháng {pm}",
                 f"Triển khai nhiệm vụ tháng {m}", "Thảo luận, biểu quyết"]
        if kind != "regular":
            items.insert(3, "Sinh hoạt chuyên đề")
        if kind == "thematic":
            items = ["Trình bày chuyên đề", "Thảo luận, liên hệ thực tiễn", "Đăng ký làm theo"]
        blocks.append(para("Chương trình sinh hoạt gồm các nội dung sau:", kind="opening"))
        numbered = rng.random() < 0.5
        for k, it in enumerate(items, 1):
            blocks.append(para(f"{k}. {it}." if numbered else f"{it};", kind="opening",
                               marker=None if numbered else style["bullet"], indent=True))
    if rng.random() < 0.4:
        blocks.append(para(rng.choice(["Đồng chí chủ trì thông qua chương trình, nội dung buổi sinh hoạt và được chi bộ thống nhất.",
                                       "Chủ trì tuyên bố lý do, giới thiệu đại biểu và thông qua chương trình sinh hoạt."]), kind="opening"))

    # content -----------------------------------------------------------------------
    if struct == "grouped":
        heading(rng.choice(["Nội dung sinh hoạt", "Nội dung", "Diễn biến buổi sinh hoạt", "Nội dung cuộc họp",
                            "Nội dung buổi sinh hoạt"]), 1, "other")
        lvl = 2
    else:
        lvl = 1
    presenter = rng.choice([chair] + others[:2])
    if kind != "thematic":
        heading(rng.choice(["Thông tin thời sự", "Thông tin thời sự, phổ biến văn bản mới", "Phần thông tin",
                            "Thông tin tình hình thời sự và văn bản của cấp trên"]), lvl, "information")
        for s in rng.sample(V.INFO_SENTENCES, count(1, 3)):
            blocks.append(para(s.format(**{**fmt, "A": f"{w.dc(True)} {presenter.name}"}), kind="information",
                               marker=style["bullet"] if rng.random() < 0.5 else None))
        heading(rng.choice([f"Đánh giá kết quả thực hiện nhiệm vụ tháng {pm}", f"Kiểm điểm tình hình thực hiện nghị quyết tháng {pm}",
                            f"Đánh giá tình hình tháng {pm}", f"Báo cáo kết quả lãnh đạo thực hiện nhiệm vụ tháng {pm}/{y if m > 1 else y - 1}"]), lvl, "review")
        blocks.append(para(f"{w.dc(True)} {chair.name} – {chair_role} thông qua dự thảo báo cáo "
                           f"{rng.choice(['kết quả thực hiện nhiệm vụ', 'đánh giá tình hình'])} tháng {pm}, nêu rõ:", kind="review"))
        blocks.append(para(R(rng.choice(["* Ưu điểm:", "Ưu điểm:", "- Ưu điểm:", "a) Ưu điểm"]), "B" if rng.random() < 0.6 else "I"), kind="review", indent=True, keep=True))
        goods = [s.format(**fmt) for s in rng.sample(V.GOOD_POINTS, count(2, 4))]
        if rng.random() < 0.3:   # prose instead of a bullet list
            blocks.append(para(" ".join(goods), kind="review"))
        else:
            for s in goods:
                blocks.append(para(s, marker=style["bullet"], kind="review"))
        blocks.append(para(R(rng.choice(["* Hạn chế:", "Hạn chế, tồn tại:", "- Tồn tại, hạn chế:", "b) Hạn chế"]), "B" if rng.random() < 0.6 else "I"), kind="review", keep=True))
        for s in rng.sample(V.BAD_POINTS, count(1, 2)):
            blocks.append(para(s, marker=style["bullet"], kind="review"))
        if rng.random() < 0.6 and others:
            praised = rng.choice(others)
            blocks.append(para(f"Chi bộ biểu dương {w.dc()} {praised.name} đã {rng.choice(['hoàn thành xuất sắc nhiệm vụ được giao', 'tích cực vận động nhân dân hiến đất làm đường', 'có nhiều đóng góp trong công tác an ninh trật tự'])}."
                               + (f" Phê bình {w.dc()} {plan.absentees[0][0].name} vắng sinh hoạt không có lý do." if any(not e for _, _, e in plan.absentees) and rng.random() < 0.6 else ""),
                               kind="review"))
        heading(rng.choice([f"Phương hướng, nhiệm vụ tháng {m}", f"Nhiệm vụ trọng tâm tháng {m}", "Phương hướng nhiệm vụ tháng tới",
                            f"Nhiệm vụ, giải pháp tháng {m}/{y}"]), lvl, "plan")
        for s in rng.sample(V.PLAN_POINTS, count(2, 5)):
            blocks.append(para(s.format(**fmt), marker=style["bullet"], kind="plan"))
    if kind != "regular":
        heading(rng.choice(["Sinh hoạt chuyên đề", "Nội dung chuyên đề", "Phần sinh hoạt chuyên đề"]), lvl, "information")
        pres = rng.choice([chair] + others[:3])
        blocks.append(para(f"{w.dc(True)} {pres.name} trình bày chuyên đề \u201c{plan.topic}\u201d. Chuyên đề nêu rõ ý nghĩa, "
                           f"nội dung cốt lõi và những yêu cầu đặt ra đối với mỗi cán bộ, đảng viên trong chi bộ; liên hệ thực tiễn "
                           f"tại {cell.hamlet}, chỉ ra những việc đã làm được và những việc cần tiếp tục làm theo.", kind="information"))
        if not compact:
            blocks.append(para("Qua nghiên cứu, học tập chuyên đề, mỗi đảng viên xác định rõ trách nhiệm của bản thân, xây dựng kế hoạch "
                               "làm theo cụ thể, thiết thực, gắn với chức trách, nhiệm vụ được giao và tình hình thực tế của địa phương.",
                               kind="information"))

    # discussion -----------------------------------------------------------------------
    conclusion_style = rng.choice(["section", "section", "inline"])
    conclusion_text = None
    speakers = rng.sample(others, min(len(others), count(2, 4))) if others else []
    has_disc = "no_discussion" not in d and speakers
    if "no_discussion" in d:
        labels_flags.add("no_discussion")
    if has_disc or rng.random() < 0.5:
        heading(rng.choice(["Thảo luận", "Ý kiến thảo luận", "Các ý kiến tham gia", "Ý kiến phát biểu của đảng viên",
                            "Đảng viên thảo luận, đóng góp ý kiến"]), lvl, "discussion")
    if has_disc:
        if rng.random() < 0.5:
            blocks.append(para(rng.choice(["Các ý kiến tham gia:", "Chi bộ tiến hành thảo luận, có các ý kiến sau:",
                                           "Sau khi nghe báo cáo, các đồng chí đảng viên thảo luận:"]), kind="discussion"))
        bank = V.OPINIONS + (V.THEMATIC_OPINIONS if kind != "regular" else [])
        ops = rng.sample(bank, len(speakers))
        dash = rng.random() < 0.45
        for sp, op in zip(speakers, ops):
            if dash:
                blocks.append(para(R(f"{w.dc(True)} {sp.name}: ", rng.choice(["R", "B", "I"])), op, marker=style["bullet"], kind="discussion"))
            else:
                verb = rng.choice(["phát biểu", "nêu ý kiến", "đề nghị", "phát biểu ý kiến", "tham gia ý kiến"])
                blocks.append(para(f"{w.dc(True)} {sp.name} {verb}: {op}", kind="discussion"))
    elif "no_discussion" in d and rng.random() < 0.5:
        blocks.append(para(rng.choice(["Các đồng chí đảng viên nhất trí với nội dung báo cáo, không có ý kiến khác.",
                                       "Chi bộ nhất trí với dự thảo, không có ý kiến thảo luận thêm."]), kind="discussion"))
    if "missing_conclusion" not in d:
        pts = [s.format(**fmt) for s in rng.sample(V.CONCLUSION_POINTS, count(2, 4))]
        conclusion_text = " ".join(pts)
        if conclusion_style == "inline":
            lead = rng.choice([f"{w.dc(True)} chủ trì kết luận: ", f"Sau khi nghe các ý kiến, {w.dc()} {chair.name} kết luận: ",
                               f"Kết luận của {w.dc()} chủ trì: "])
            blocks.append(para(lead + pts[0], kind="conclusion"))
            for p in pts[1:]:
                blocks.append(para(p, marker=style["bullet"], kind="conclusion"))
        else:
            heading(rng.choice(["Kết luận của đồng chí chủ trì", "Kết luận", "Chủ trì kết luận", "Kết luận của Bí thư chi bộ",
                                "Ý kiến kết luận của đồng chí chủ trì", "Chi bộ thống nhất kết luận",
                                f"Kết luận của {w.dc()} chủ trì"]), lvl if rng.random() < 0.6 else 1, "conclusion")
            if rng.random() < 0.5:
                blocks.append(para(f"Trên cơ sở các ý kiến thảo luận, {w.dc()} {chair.name} thay mặt chi ủy kết luận:", kind="conclusion"))
            for p in pts:
                blocks.append(para(p, marker=style["bullet"], kind="conclusion"))

    # vote ----------------------------------------------------------------------------
    resolutions = []
    if "missing_vote" not in d:
        n = len(present)
        obj = rng.choice([f"nghị quyết sinh hoạt chi bộ tháng {m}/{y}", "kết luận của đồng chí chủ trì",
                          f"phương hướng, nhiệm vụ tháng {m}", "nghị quyết của chi bộ"]) if conclusion_text or rng.random() < 0.5 \
            else f"nghị quyết sinh hoạt chi bộ tháng {m}/{y}"
        # truth counts are what the text states; "nhất trí"/"100%" leaves against and abstain null
        split = rng.random() < 0.25 and n > 5
        fr = n - (rng.randint(1, 2) if split else 0)
        ab = n - fr
        ag = 0
        if ab and rng.random() < 0.4:
            ag, ab = 1, ab - 1
        pct_s, pct_v = w.pct(fr, n)
        if split:
            phr = rng.choice([
                f"Tán thành: {w.num(fr, False)}/{w.num(n, False)} đồng chí ({pct_s}); không tán thành: {w.num(ag, False)}; ý kiến khác: {w.num(ab, False)}.",
                f"Kết quả biểu quyết: {w.num(fr, False)}/{w.num(n, False)} đồng chí tán thành (đạt {pct_s}), {w.num(ag, False)} đồng chí không tán thành, {w.num(ab, False)} đồng chí không biểu quyết.",
            ])
            votes = {"for": fr, "against": ag, "abstain": ab, "percent_for": pct_v}
        else:
            c = rng.choice(["count", "count", "pct", "pct_count", "hands"])
            if c == "hands":
                phr = f"Biểu quyết bằng hình thức giơ tay: {w.num(fr, False)}/{w.num(n, False)} đồng chí có mặt nhất trí ({pct_s})."
                votes = {"for": fr, "against": None, "abstain": None, "percent_for": pct_v}
            if c == "count":
                phr = f"{w.num(fr, False)}/{w.num(n, False)} đồng chí tán thành, đạt {pct_s}."
                votes = {"for": fr, "against": None, "abstain": None, "percent_for": pct_v}
            elif c == "hands":
                pass
            elif c == "pct":
                phr = f"Chi bộ biểu quyết nhất trí 100% thông qua {obj}."
                votes = {"for": None, "against": None, "abstain": None, "percent_for": 100.0}
            else:
                phr = f"Số đồng chí tán thành: {w.num(fr, False)}/{w.num(n, False)}, đạt tỷ lệ {pct_s}; không tán thành: 0."
                votes = {"for": fr, "against": 0, "abstain": None, "percent_for": pct_v}
        if rng.random() < 0.5:
            heading(rng.choice(["Biểu quyết", "Biểu quyết thông qua nghị quyết", "Kết quả biểu quyết"]), lvl, "vote")
            lead = "" if phr.startswith(("Chi bộ", "Biểu quyết")) else rng.choice(["", f"Biểu quyết thông qua {obj}: "])
        else:
            lead = "" if phr.startswith(("Chi bộ", "Biểu quyết")) else f"Chi bộ biểu quyết thông qua {obj}: "
        body = lead + (phr[0].lower() + phr[1:] if lead and not phr[0].isdigit() else phr)
        blocks.append(para(body, kind="vote"))
        resolutions.append({"text": obj, "votes": votes})

    # assignments -------------------------------------------------------------------------
    assignments = []
    if "missing_assignments" not in d:
        heading_it = rng.random() < 0.6
        if heading_it:
            heading(rng.choice(["Phân công nhiệm vụ", "Phân công thực hiện", "Tổ chức thực hiện",
                                "Phân công đảng viên thực hiện nhiệm vụ"]), lvl, "assignments")
        asg_style = rng.choice(["list", "sentences"])
        first_item = len(blocks)
        pool = others or present
        ppl = rng.sample(pool, min(len(pool), count(2, 4)))
        tasks = rng.sample(V.ASSIGN_TASKS, len(ppl) + 1)
        items = [(p.name, True, t) for p, t in zip(ppl, tasks)]
        if rng.random() < 0.4:
            items.append((rng.choice(V.GROUP_ASSIGNEES), False, tasks[-1]))
        for who, person, task in items:
            task = task.format(q=person_name(rng)[0])
            dl_kind = rng.choice(["date", "date", "month", "ongoing", "none"])
            dday = dt.date(y, m, 28) if m == 12 else min(dt.date(y, nm, 1) - dt.timedelta(days=1),
                                                           plan.date + dt.timedelta(days=rng.choice([7, 10, 15, 20])))
            if dday < plan.date:
                dday = plan.date
            if dl_kind == "date":
                dl = f"{dday.day}/{dday.month}/{dday.year}" if rng.random() < 0.6 else f"{dday.day:02d}/{dday.month:02d}"
                tail = rng.choice([f", hoàn thành trước ngày {dl}", f"; thời hạn: trước ngày {dl}", f", xong trước {dl}",
                                   f", chậm nhất ngày {dl}", f" (thời gian hoàn thành: {dl})"])
            elif dl_kind == "month":
                dl = f"tháng {m}/{y}" if rng.random() < 0.5 else f"tháng {m}"
                tail = f", hoàn thành trong {dl}"
            elif dl_kind == "ongoing":
                dl = "thường xuyên"
                tail = rng.choice([", thực hiện thường xuyên", "; thời gian: thường xuyên"])
            else:
                dl, tail = None, ""
            ref = f"{w.dc()} {who}" if person else who
            if asg_style == "list":
                blocks.append(para(f"{ref[0].upper() + ref[1:]}: {task}{tail}.", marker=style["bullet"], kind="assignments"))
            else:
                verb = rng.choice(["Giao", "Phân công", "Giao cho"])
                mid = rng.choice([" phụ trách ", " ", " chịu trách nhiệm "])
                if task.startswith("phụ trách ") and mid != " ":
                    mid = " "
                blocks.append(para(f"{verb} {ref}{mid}{task}{tail}.", kind="assignments"))
            assignments.append({"assignee": who, "task": task, "deadline": dl})
        if "assignments" in table_kinds:  # the table replaces the list just drawn (its draws are kept)
            del blocks[first_item:]
            tblocks, assignments = TB.assignment_table(tables.rng, others or present, plan, cell, style, compact)
            blocks.extend(tblocks)
    else:
        if rng.random() < 0.6:
            blocks.append(para(rng.choice(["Các đồng chí đảng viên căn cứ nhiệm vụ được giao tổ chức thực hiện tốt nghị quyết.",
                                           "Đề nghị các đồng chí đảng viên thực hiện tốt các nhiệm vụ trong tháng.",
                                           "Chi ủy chịu trách nhiệm triển khai thực hiện nghị quyết."]), kind="assignments"))

    # closing ----------------------------------------------------------------------------
    endw = rng.choice(["Buổi sinh hoạt kết thúc vào lúc", "Cuộc họp kết thúc lúc", "Hội nghị kết thúc hồi",
                       "Buổi sinh hoạt chi bộ kết thúc vào hồi", "Sinh hoạt kết thúc lúc",
                       "Hội nghị bế mạc lúc", "Biên bản kết thúc vào lúc"])
    closing = f"{endw} {w.time(plan.end)} cùng ngày."
    if "not_approved" not in d:
        appr = rng.choice(["Biên bản đã được đọc lại và thông qua trước chi bộ, các đồng chí dự họp nhất trí.",
                           "Biên bản đã được đọc lại cho các đồng chí đảng viên cùng nghe và nhất trí thông qua.",
                           "Biên bản được thông qua trước chi bộ và nhất trí ký tên.",
                           "Biên bản đã được đọc lại, thông qua, không ai có ý kiến khác."])
        closing = (appr + " " + closing) if rng.random() < 0.35 else (closing + " " + appr)
    elif rng.random() < 0.5:
        closing += " Biên bản được lập thành 02 bản, lưu tại chi bộ."
    if rng.random() < 0.3:
        heading(rng.choice(["Kết thúc", "Bế mạc"]), 1, "closing")
    blocks.append(para(closing, kind="closing"))

    # signatures -------------------------------------------------------------------------
    sig_kind = rng.choice(["plain", "plain", "tm"])
    sec_lines = [(rng.choice(["THƯ KÝ", "THƯ KÝ", "THƯ KÝ", "THƯ KÝ HỘI NGHỊ", "NGƯỜI GHI BIÊN BẢN"]), "B")]
    if "signature" in unfilled:
        sec_lines += [("(Ký, ghi rõ họ tên)", "I"), ("", "R"), ("", "R"), ("", "R")]
    else:
        sec_lines += [("", "R")] * (2 if compact else 3) + [(secretary.name, "B")]
    if sig_kind == "tm" and chair is cell.members[0]:
        ch_lines = [("T/M CHI ỦY" if rng.random() < 0.6 else "T/M CHI BỘ", "B"), ("BÍ THƯ", "B")]
        if rng.random() < 0.25:
            ch_lines = [("BÍ THƯ CHI BỘ", "B")]
    else:
        ch_lines = [(rng.choice(["CHỦ TRÌ", "CHỦ TRÌ", "CHỦ TỌA", "CHỦ TRÌ HỘI NGHỊ"]), "B")]
    ch_lines += [("", "R")] * (2 if compact else 3) + [(chair.name, "B")]
    blocks.append({"type": "signature", "left": sec_lines, "right": ch_lines, "part": "signatures"})

    # labels ------------------------------------------------------------------------------
    total = len(cell.members)
    exc = sum(1 for _, _, e in plan.absentees if e)
    labels = {
        "pages": [],
        "meeting": {
            "kind": "thematic" if kind == "thematic" else "regular",
            "topic": plan.topic if kind != "regular" else None,
            "date": plan.date.isoformat(), "month": m, "year": y,
            "start_time": hhmm(plan.start), "end_time": hhmm(plan.end),
            "location": location, "cell": cell.cell, "party_committee": cell.committee,
        },
        "chair": {"name": chair.name, "role": chair_role_label},
        "secretary": {"name": secretary.name},
        "attendance": {
            "total": total, "present": len(present), "absent": len(plan.absentees),
            "absent_excused": exc, "absent_unexcused": len(plan.absentees) - exc,
            "exempt": len(cell.exempt),
            # truth holds only what the page shows: "vắng 01 (có lý do)" names nobody
            "absentees": [{"name": a.name, "reason": r, "excused": e} for a, r, e in plan.absentees]
            if absentees_named else [],
            "guests": guests,
        },
        "conclusion": conclusion_text is not None,
        "resolutions": resolutions,
        "assignments": assignments,
        "flags": [f for f in MINUTE_FLAGS if f in labels_flags],
    }
    if table_absentees is not None:
        # an empty reason cell says neither excused nor not: such a row counts in neither split count
        att = labels["attendance"]
        att["absentees"] = table_absentees
        att["absent_excused"] = sum(1 for a in table_absentees if a["excused"] is True)
        att["absent_unexcused"] = sum(1 for a in table_absentees if a["excused"] is False)
    return blocks, labels


def attendance_blocks(rng, w: Words, cell: Cell, plan: MeetingPlan, present) -> tuple[list[dict], bool]:
    """The attendance paragraphs, and whether they name the absentees."""
    T, E, P, A = len(cell.members), len(cell.exempt), len(present), len(plan.absentees)
    req = T - E
    off = sum(1 for x in present if x.official)
    prob = P - off
    pct_s, _ = w.pct(P, req)
    exc = [(a, r) for a, r, e in plan.absentees if e]
    une = [(a, r) for a, r, e in plan.absentees if not e]

    reason_fmt = rng.choice(["{n} ({r})", "{n} ({r})", "{n} – {r}", "{n} (lý do: {r})"])
    sep = "; " if "–" in reason_fmt else rng.choice([", ", "; "])

    def who(lst):
        return sep.join(reason_fmt.format(n=f"{w.dc()} {a.name}", r=r) for a, r in lst)

    def absent_detail():
        parts = []
        if exc:
            parts.append(f"có lý do {w.num(len(exc), False)}: {who(exc)}" if rng.random() < 0.5 else who(exc))
        if une:
            parts.append(f"không lý do {w.num(len(une), False)}: " + ", ".join(f"{w.dc()} {a.name}" for a, _ in une)
                         if rng.random() < 0.5 else who(une))
        return "; ".join(parts)

    exempt_s = ""
    if E:
        names = ", ".join(f"{w.dc()} {x.name}" for x in cell.exempt)
        exempt_s = rng.choice([f"miễn sinh hoạt {w.num(E)} đồng chí ({names})", f"được miễn sinh hoạt: {w.num(E)} ({names})",
                               f"miễn sinh hoạt {w.num(E)}"])
    style = rng.choice(["a", "b", "c", "d", "e", "f", "g", "h"])
    if style in ("c", "h") and A and style == "c":
        style = "a"
    if style == "h" and (E or len(une) > 1):
        style = "g"
    if style == "b" and E:
        style = "d"
    out, named = [], True
    if style == "a":
        s = f"Tổng số đảng viên: {w.num(T)} đồng chí"
        if E:
            s += f"; {exempt_s}"
        s += f"; có mặt {w.num(P)}"
        if A:
            s += f"; vắng {w.num(A, False)}"
            if not une and rng.random() < 0.5:
                s += " (có lý do)"
                named = False
            else:
                s += f" ({absent_detail()})"
        out.append(para(s + ".", kind="opening"))
    elif style == "b":
        s = f"Số đảng viên có mặt: {w.num(P, False)}/{w.num(T, False)}"
        if A:
            s += f"; vắng {w.num(A, False)} đồng chí: {absent_detail()}"
        out.append(para(s + ".", kind="opening"))
    elif style == "c":
        s = f"Đảng viên tham dự đầy đủ là {w.num(P)} đồng chí"
        if prob:
            s += f", trong đó chính thức {w.num(off, False)}, dự bị {w.num(prob, False)}"
        if E:
            s += f" (tổng số {w.num(T, False)} đảng viên, {exempt_s})"
        s += f", đạt tỷ lệ {pct_s}."
        out.append(para(s, kind="opening"))
    elif style == "d":
        out.append(para(f"Tổng số đảng viên của chi bộ: {w.num(T)} đồng chí" + (f", trong đó {exempt_s}." if E else "."), kind="opening"))
        if E:
            out.append(para(f"Số đảng viên phải dự sinh hoạt: {w.num(req)} đồng chí.", kind="opening"))
        out.append(para(f"Có mặt: {w.num(P)} đồng chí (đạt {pct_s}).", kind="opening"))
        out.append(para(f"Vắng mặt: {w.num(A, False)} đồng chí" + (f", gồm: {absent_detail()}." if A else "."), kind="opening"))
    elif style == "e":
        s = f"Chi bộ có {w.num(T)} đảng viên"
        if E:
            s += f" ({exempt_s})"
        s += f", có mặt {w.num(P)} đồng chí"
        s += (f", vắng {w.num(A, False)} đồng chí: {absent_detail()}." if A else ", không có đảng viên vắng mặt.")
        out.append(para(s, kind="opening"))
    elif style == "g":
        out.append(para(f"Tổng số đảng viên trong chi bộ: {w.num(T)} đồng chí"
                        + (f" ({w.num(off, False)} chính thức, {w.num(T - off, False)} dự bị)" if T - off and not E and rng.random() < 0.5 else "")
                        + ".", kind="opening"))
        if E:
            out.append(para(f"Đảng viên được miễn sinh hoạt: {w.num(E)} đồng chí.", kind="opening"))
        out.append(para(f"Đảng viên có mặt: {w.num(P)} đồng chí, đạt tỷ lệ {pct_s}.", kind="opening"))
        if exc:
            out.append(para(f"Vắng có lý do: {w.num(len(exc), False)} đồng chí: {who(exc)}.", kind="opening"))
        elif rng.random() < 0.5:
            out.append(para("Vắng có lý do: 0.", kind="opening"))
        if une:
            out.append(para(f"Vắng không lý do: {w.num(len(une), False)} đồng chí ("
                            + ", ".join(f"{w.dc()} {a.name}" for a, _ in une) + ").", kind="opening"))
        elif rng.random() < 0.5:
            out.append(para("Vắng không lý do: 0.", kind="opening"))
    elif style == "h":
        s = f"Có mặt {w.num(P, False)}/{w.num(T, False)} đồng chí"
        if A:
            a, r = plan.absentees[0][0], plan.absentees[0][1]
            kind_s = "có lý do" if plan.absentees[0][2] else "không có lý do"
            if A == 1:
                s += f" (01 đồng chí vắng {kind_s}: {w.dc()} {a.name}, {r})" if plan.absentees[0][2] else f" (01 đồng chí vắng {kind_s}: {w.dc()} {a.name})"
            else:
                s += f", vắng {w.num(A, False)} đồng chí: {absent_detail()}"
        out.append(para(s + ".", kind="opening"))
    else:
        mk = rng.choice(["-", "+", "–"])
        out.append(para(f"Tổng số đảng viên: {w.num(T)} đồng chí", marker=mk, kind="opening"))
        if E:
            out.append(para(f"Số đảng viên được miễn sinh hoạt: {w.num(E)} đồng chí", marker=mk, kind="opening"))
        out.append(para(f"Đảng viên có mặt: {w.num(P)} đồng chí", marker=mk, kind="opening"))
        out.append(para(f"Đảng viên vắng mặt: {w.num(A, False)} đồng chí" + (f" ({absent_detail()})" if A else ""), marker=mk, kind="opening"))
    return out, named


def chair_phrase(rng, w: Words, chair: Member, role: str) -> tuple[str, str]:
    role_s = rng.choice([role, role, role.replace("chi bộ", "Chi bộ")])
    c = rng.choice(["a", "b", "c", "d", "e", "f"])
    if c == "e":
        return f"Người chủ trì: {w.dc()} {chair.name}, {role_s}.", role_s
    if c == "f":
        return f"{w.dc(True)} {chair.name}, {role_s} chủ trì hội nghị.", role_s
    if c == "a":
        return f"Chủ trì: {w.dc()} {chair.name} – {role_s}.", role_s
    if c == "b":
        return f"Chủ tọa: {w.dc(True)} {chair.name}, {role_s}.", role_s
    if c == "c":
        return f"{w.dc(True)} {chair.name} – {role_s} chủ trì.", role_s
    return f"Chủ trì hội nghị: {w.dc()} {chair.name} - {role_s}.", role_s


def secretary_phrase(rng, w: Words, sec: Member) -> str:
    c = rng.choice(["a", "b", "c", "d", "e", "f"])
    if c == "e":
        return f"Người ghi biên bản: {w.dc()} {sec.name}."
    if c == "f":
        return f"Thư ký ghi biên bản: {w.dc()} {sec.name}, {(sec.role or 'đảng viên').lower()}."
    if c == "a":
        return f"Thư ký: {w.dc()} {sec.name}."
    if c == "b":
        return f"Cử thư ký ghi biên bản: {w.dc(True)} {sec.name}."
    if c == "c":
        return f"Thư ký hội nghị: {w.dc()} {sec.name} – {sec.role or 'đảng viên'}."
    return f"{w.dc(True)} {sec.name} – {(sec.role or 'đảng viên').lower()} làm thư ký."


def guest_phrase(rng, w: Words, cell: Cell, unfilled: set) -> tuple[list[dict], list[dict]]:
    if "guests" in unfilled:
        return [], [para(R("Khách mời: ", "R"), "………………………………………………", kind="opening")]
    n = rng.choice([0, 0, 1, 1, 2])
    guests, parts = [], []
    for role in rng.sample(V.GUEST_ROLES, n):
        name, _f = person_name(rng)
        role = role.format(u=cell.unit)
        guests.append({"name": name, "role": role})
        parts.append(f"{w.dc()} {name} – {role}")
    if not guests:
        return [], []
    lead = rng.choice(["Khách mời: ", "Đại biểu dự: ", "Về dự có: ", "Đại biểu cấp trên: "])
    return guests, [para(lead + "; ".join(parts) + ".", kind="opening")]


def apply_tone_style(obj, fn):
    """Apply a text transform to every string in blocks/labels (tone-mark style of one secretary)."""
    if isinstance(obj, str):
        return fn(obj)
    if isinstance(obj, list):
        return [apply_tone_style(x, fn) for x in obj]
    if isinstance(obj, tuple):
        return tuple(apply_tone_style(x, fn) for x in obj)
    if isinstance(obj, dict):
        return {k: (apply_tone_style(v, fn) if k not in ("type", "part", "align", "date", "start_time", "end_time",
                                                          "kind", "flags") else v) for k, v in obj.items()}
    return obj
