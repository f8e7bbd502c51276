"""The neutral minute a written part is set into, and the truth that goes with it.

A part is one piece of a minute written by hand, with labels for what that piece says:

    {"id": "p-open-07", "kind": "head" | "opening" | "body",
     "blocks": [HD(...), C(...), L(...), P(...), H(...), T(...), G(...)],   # the renderer's blocks
     "truth": {...},                                                      # see README.md, per kind
     "context": {...}}                                                    # body parts only (optional)

`compose(part)` surrounds it with plain skeleton text (a header and title, an opening, a middle with
information / review / plan, a discussion, conclusion, vote, one task, a closing, signatures), replacing
the skeleton's own piece of that kind. Only the fields and flags the part is about are scored
(`SCORED`); the skeleton's wording never changes a scored value: it names no date in the opening, no end
time in the closing, and its names are not the writers'.
"""

from __future__ import annotations

import hashlib

from samples.heldout2.minutes import C, H, HD, L, P, S

SCORED: dict[str, tuple[list[str], list[str]]] = {
    "head": (["meeting.kind", "meeting.topic", "meeting.date", "meeting.month", "meeting.year", "meeting.cell",
              "meeting.party_committee"], []),
    "opening": (["meeting.date", "meeting.start_time", "meeting.end_time", "meeting.location", "chair.name",
                 "chair.role", "secretary.name", "attendance.total", "attendance.present", "attendance.absent",
                 "attendance.absent_excused", "attendance.absent_unexcused", "attendance.exempt",
                 "attendance.absentees", "attendance.guests"], ["low_attendance", "unexcused_absence"]),
    "body": (["meeting.end_time", "conclusion", "resolutions.votes", "assignments"],
             ["missing_conclusion", "missing_assignments", "missing_vote", "not_approved", "no_discussion"]),
}
KINDS = tuple(SCORED)

DEFAULT_DATE = "2024-10-15"
# the skeleton's own people: no writer uses these names
CHAIR, CHAIR_ROLE, SECRETARY = "Nghiêm Xuân Khải", "Bí thư chi bộ", "Khổng Thị Mai"
SPEAKER, ASSIGNEE = "Ông Văn Hưởng", "Mạc Thị Duyên"
CELL, COMMITTEE, PLACE = "CHI BỘ THÔN TRUNG HÒA", "ĐẢNG BỘ XÃ YÊN PHÚ", "Yên Phú"

STYLES = [
    {"family": "serif", "size": 13, "justify": True, "spacing": 1.3},
    {"family": "sans", "size": 12, "justify": False, "spacing": 1.35},
    {"family": "dvsans", "size": 11.5, "justify": True, "spacing": 1.3},
    {"family": "dejavu", "size": 12, "justify": False, "spacing": 1.4},
]


def _ymd(date: str | None) -> tuple[int, int, int]:
    y, m, d = (date or DEFAULT_DATE).split("-")
    return int(y), int(m), int(d)


def head(date: str | None) -> list:
    y, m, d = _ymd(date)
    return [HD(["ĐẢNG BỘ XÃ YÊN PHÚ", "CHI BỘ THÔN TRUNG HÒA", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", f"{PLACE}, ngày {d:02d} tháng {m:02d} năm {y}"]),
            C("BIÊN BẢN"), C(f"SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG {m} NĂM {y}")]


def opening(ctx: dict) -> list:
    total, present = ctx.get("total", 15), ctx.get("present", 15)
    absent = total - present
    count = (f"có mặt {present}/{total} đồng chí." if not absent else
             f"có mặt {present} đồng chí, vắng {absent} đồng chí (có lý do).")
    return [L("- Thời gian: bắt đầu lúc 19 giờ 30 phút."),
            L("- Địa điểm: Hội trường nhà văn hóa thôn."),
            L(f"- Thành phần: tổng số đảng viên của chi bộ {total} đồng chí; {count}"),
            L(f"- Chủ trì: đồng chí {ctx.get('chair', CHAIR)}, {ctx.get('chair_role', CHAIR_ROLE)}."),
            L(f"- Thư ký: đồng chí {ctx.get('secretary', SECRETARY)}.")]


MIDDLE = [
    H("I. THÔNG TIN THỜI SỰ, PHỔ BIẾN VĂN BẢN"),
    P("Đồng chí chủ trì thông tin tình hình thời sự trong nước, trong tỉnh; phổ biến các văn bản mới của cấp ủy cấp "
      "trên về công tác xây dựng Đảng và phát triển kinh tế - xã hội ở địa phương."),
    H("II. ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NHIỆM VỤ THÁNG TRƯỚC"),
    P("Trong tháng, các hộ trong thôn tập trung thu hoạch vụ mùa, năng suất bình quân đạt khá; công tác vệ sinh môi "
      "trường được duy trì; an ninh chính trị, trật tự an toàn xã hội ổn định. Tuy vậy, việc thu các khoản đóng góp "
      "còn chậm, một số hộ chưa thực hiện tốt quy ước của thôn."),
    H("III. PHƯƠNG HƯỚNG, NHIỆM VỤ THÁNG TỚI"),
    P("Tiếp tục chăm sóc cây trồng vụ đông, phòng chống dịch bệnh cho gia súc, gia cầm; giữ vững an ninh trật tự; "
      "chuẩn bị các điều kiện cho việc kiểm điểm, đánh giá chất lượng đảng viên cuối năm."),
]


def body(ctx: dict) -> list:
    present = ctx.get("present", 15)
    return [H("IV. THẢO LUẬN"),
            P(f"Đồng chí {SPEAKER} phát biểu: nhất trí với báo cáo; đề nghị chi bộ quan tâm hơn nữa đến việc vận động "
              "các hộ giữ gìn vệ sinh đường làng, ngõ xóm."),
            H("V. KẾT LUẬN"),
            P("Đồng chí chủ trì kết luận: chi bộ thống nhất với kết quả đã đạt được và phương hướng, nhiệm vụ tháng "
              "tới; yêu cầu các đồng chí đảng viên gương mẫu thực hiện."),
            P(f"Biểu quyết: {present}/{present} đồng chí tán thành, đạt 100%."),
            H("VI. PHÂN CÔNG NHIỆM VỤ"),
            P(f"Giao đồng chí {ASSIGNEE} phụ trách việc vận động các hộ nộp quỹ, hoàn thành trước ngày 30/11/2024."),
            P("Buổi sinh hoạt kết thúc cùng ngày. Biên bản đã được đọc lại và được chi bộ nhất trí thông qua.")]


def signatures(chair: str | None, secretary: str | None) -> list:
    return [S(["THƯ KÝ", "", "", secretary or ""], ["CHỦ TRÌ", "", "", chair or ""])]


def _attendance(ctx: dict) -> dict:
    total, present = ctx.get("total", 15), ctx.get("present", 15)
    return {"total": total, "present": present, "absent": total - present, "absent_excused": total - present,
            "absent_unexcused": 0, "exempt": 0, "absentees": [], "guests": []}


def compose(part: dict) -> tuple[list, dict, dict]:
    """(blocks, truth minute, style) for one part; the truth minute carries `scored` (fields, flags)."""
    kind, t, ctx = part["kind"], part["truth"], part.get("context") or {}
    if kind not in SCORED:
        raise ValueError(f"{part['id']}: unknown kind {kind!r}")
    date = t.get("date") if kind == "head" else (t.get("date") or DEFAULT_DATE) if kind == "opening" else DEFAULT_DATE
    y, m, _ = _ymd(date)
    meeting = {"kind": "regular", "topic": None, "date": date, "month": m, "year": y, "start_time": "19:30",
               "end_time": None, "location": "Hội trường nhà văn hóa thôn", "cell": CELL, "party_committee": COMMITTEE}
    minute = {"meeting": meeting, "chair": {"name": ctx.get("chair", CHAIR), "role": ctx.get("chair_role", CHAIR_ROLE)},
              "secretary": {"name": ctx.get("secretary", SECRETARY)}, "attendance": _attendance(ctx),
              "conclusion": True, "resolutions": [], "assignments": [], "flags": t.get("flags", [])}
    if kind == "head":
        blocks = part["blocks"] + opening(ctx) + MIDDLE + body(ctx)
        meeting.update({k: t[k] for k in ("kind", "topic", "month", "year", "cell", "party_committee")})
    elif kind == "opening":
        blocks = head(date) + part["blocks"] + MIDDLE + body({"present": t["attendance"]["present"] or 15})
        meeting.update({k: t.get(k) for k in ("start_time", "end_time", "location")})
        minute.update({"chair": t.get("chair"), "secretary": t.get("secretary"), "attendance": t["attendance"]})
    else:
        blocks = head(date) + opening(ctx) + MIDDLE + part["blocks"]
        meeting["end_time"] = t.get("end_time")
        minute.update({k: t[k] for k in ("conclusion", "resolutions", "assignments")})
    blocks = blocks + signatures((minute["chair"] or {}).get("name"), (minute["secretary"] or {}).get("name"))
    fields, flags = SCORED[kind]
    minute["scored"] = {"fields": fields, "flags": flags}
    style = STYLES[int(hashlib.sha256(part["id"].encode()).hexdigest(), 16) % len(STYLES)]
    return blocks, minute, style
