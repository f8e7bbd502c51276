"""Pre-score of the provincial 100-point meeting sheet: only the parts the minutes show."""

from __future__ import annotations

from bienban.config import Settings
from bienban.model import Minute, Score, ScorePart
from extract import cues
from extract.checks import attendance_rate, minutes_of


def score(m: Minute, ctx: dict, settings: Settings) -> Score:
    parts: list[ScorePart] = []
    P = cues.SCORE_PARTS
    dur = minutes_of(m.meeting.start_time, m.meeting.end_time)
    need = settings.min_duration_combined_minutes if ctx.get("combined") else settings.min_duration_minutes
    if dur is not None:
        pts = P["duration"] * min(dur / need, 1.0)
        parts.append(ScorePart(criterion="duration", points=round(pts, 1), max_points=P["duration"],
                               reason=f"Thời lượng {dur} phút (yêu cầu {need} phút)."))
    rate = attendance_rate(m)
    if rate is not None:
        pts = P["attendance"] if rate >= settings.min_attendance else P["attendance"] / 2 if rate >= 0.80 else 0
        parts.append(ScorePart(criterion="attendance", points=pts, max_points=P["attendance"],
                               reason=f"Tỷ lệ dự {rate:.0%} (yêu cầu {settings.min_attendance:.0%})."))
    present = m.attendance.present
    spk = len(ctx.get("speakers") or ())
    if present:
        share = spk / present
        pts = P["speakers"] * min(share / cues.SPEAKER_SHARE_FULL, 1.0)
        parts.append(ScorePart(criterion="speakers", points=round(pts, 1), max_points=P["speakers"],
                               reason=f"{spk}/{present} đảng viên có ý kiến ({share:.0%})."))
    pc = ctx.get("praise_criticism")
    parts.append(ScorePart(criterion="praise_criticism", points=P["praise_criticism"] if pc else 0,
                           max_points=P["praise_criticism"],
                           reason="Có ghi biểu dương/phê bình." if pc else "Không ghi biểu dương, phê bình."))
    parts.append(ScorePart(criterion="conclusion", points=P["conclusion"] if m.conclusion else 0,
                           max_points=P["conclusion"],
                           reason="Có kết luận của chủ trì." if m.conclusion else "Không có kết luận của chủ trì."))
    parts.append(ScorePart(criterion="vote", points=P["vote"] if m.resolutions else 0, max_points=P["vote"],
                           reason="Có biểu quyết." if m.resolutions else "Không ghi biểu quyết."))
    return Score(points=round(sum(p.points for p in parts), 1), max_points=sum(p.max_points for p in parts),
                 parts=parts)
