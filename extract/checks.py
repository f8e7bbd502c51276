"""The checks inspectors make, minute by minute and across a book. Codes, severities and
Vietnamese messages come from the one table cues.FLAGS."""

from __future__ import annotations

from collections import defaultdict
from typing import Sequence

from bienban.config import Settings
from bienban.model import Evidence, Flag, Minute, Page
from extract import cues
from extract.text import fold


def flag(code: str, ev: Evidence | None = None, detail: str | None = None) -> Flag:
    severity, message = cues.FLAGS[code]
    if detail:
        message = f"{message} ({detail})"
    return Flag(code=code, severity=severity, message=message, evidence=ev)


def minutes_of(start: str | None, end: str | None) -> int | None:
    if not start or not end:
        return None
    h1, m1 = map(int, start.split(":"))
    h2, m2 = map(int, end.split(":"))
    d = (h2 * 60 + m2) - (h1 * 60 + m1)
    if d < 0:
        d += 24 * 60 if h1 >= 12 and h2 < 12 else 0
    return d if d >= 0 else None


def attendance_rate(m: Minute) -> float | None:
    a = m.attendance
    if a.present is None or a.total is None:
        return None
    base = a.total - (a.exempt or 0)
    if base <= 0:
        return None
    return min(a.present / base, 1.0)


def minute_checks(m: Minute, ctx: dict, pages: dict[int, Page], settings: Settings) -> list[Flag]:
    """ctx carries what the extractor saw: 'where' evidence per missing part, speakers, approval, etc."""
    where = ctx["where"]
    out: list[Flag] = []
    if m.conclusion is None:
        out.append(flag("missing_conclusion", where.get("conclusion")))
    if not m.assignments:
        out.append(flag("missing_assignments", where.get("assignments")))
    if not m.resolutions:
        out.append(flag("missing_vote", where.get("vote")))
    if ctx.get("approved") is None:
        out.append(flag("not_approved", where.get("closing")))
    if not ctx.get("speakers"):
        out.append(flag("no_discussion", where.get("discussion")))
    rate = attendance_rate(m)
    if rate is not None and rate < settings.min_attendance - 1e-9:
        out.append(flag("low_attendance", ctx["att_ev"].get("present") or ctx["att_ev"].get("total"),
                        f"{m.attendance.present}/{m.attendance.total - (m.attendance.exempt or 0)} = {rate:.0%}"))
    a = m.attendance
    unexc = [x for x in a.absentees if x.excused is False]
    if (a.absent_unexcused or 0) > 0 or unexc:
        out.append(flag("unexcused_absence", ctx["att_ev"].get("absent_unexcused") or ctx["att_ev"].get("absent")
                        or where.get("opening"), ", ".join(x.name for x in unexc) or None))
    dur = minutes_of(m.meeting.start_time, m.meeting.end_time)
    need = settings.min_duration_combined_minutes if ctx.get("combined") else settings.min_duration_minutes
    if dur is not None and dur < need:
        out.append(flag("short_meeting", ctx["meeting_ev"].get("end_time"), f"{dur} phút < {need} phút"))
    if ctx.get("unfilled") is not None:
        out.append(flag("unfilled_template", ctx["unfilled"]))
    confs = [pages[p].confidence for p in m.pages if p in pages and pages[p].confidence is not None]
    if confs and sum(confs) / len(confs) < settings.low_ocr_confidence:
        mean = sum(confs) / len(confs)
        out.append(flag("low_ocr_confidence", Evidence(page=m.pages[0], text=f"{mean:.2f}"), f"{mean:.0%}"))
    return out


def _period(m: Minute) -> tuple[int, int] | None:
    if m.meeting.month and m.meeting.year:
        return m.meeting.year, m.meeting.month
    if m.meeting.date:
        return int(m.meeting.date[:4]), int(m.meeting.date[5:7])
    return None


def book_checks(minutes: Sequence[Minute], combined: Sequence[bool] = (),
                absent_evidence: Sequence[Evidence | None] = ()) -> list[Flag]:
    """Book-level checks; `absent_evidence[i]` points at minute i's attendance line."""
    out: list[Flag] = []
    regular: set[tuple[int, int]] = set()
    thematic_q: set[tuple[int, int]] = set()
    periods = []
    combined = list(combined) + [False] * (len(minutes) - len(combined))
    for m, comb in zip(minutes, combined):
        p = _period(m)
        if p is None:
            continue
        periods.append(p)
        if m.meeting.kind == "thematic" or comb or m.meeting.topic:
            thematic_q.add((p[0], (p[1] - 1) // 3))
        if m.meeting.kind != "thematic":
            regular.add(p)
    # a combined meeting (regular + thematic) counts as the month's regular meeting too
    if len(periods) >= 2:
        first, last = min(periods), max(periods)
        y, mo = first
        while (y, mo) <= last:
            if (y, mo) not in regular:
                out.append(flag("missing_month", None, f"tháng {mo}/{y}"))
            mo += 1
            if mo == 13:
                y, mo = y + 1, 1
        # only quarters the book covers wholly: a book that starts in February says nothing of January
        months = set(_months(first, last))
        qs = sorted({(y, (mo - 1) // 3) for y, mo in months
                     if all((y, 3 * ((mo - 1) // 3) + k) in months for k in (1, 2, 3))})
        for q in qs:
            if q not in thematic_q:
                out.append(flag("no_thematic_in_quarter", None, f"quý {q[1] + 1}/{q[0]}"))
    counts: dict[str, list] = defaultdict(list)
    for i, m in enumerate(minutes):
        seen = set()
        for x in m.attendance.absentees:
            if x.excused is False:
                k = fold(x.name)
                if k not in seen:
                    seen.add(k)
                    counts[k].append((x.name, i))
    for k, hits in counts.items():
        if len(hits) >= cues.REPEATED_ABSENCE_MIN:
            i = hits[cues.REPEATED_ABSENCE_MIN - 1][1]  # the meeting where the count reached the bar
            ev = absent_evidence[i] if i < len(absent_evidence) else None
            out.append(flag("repeated_absence", ev, f"{hits[0][0]}: {len(hits)} lần"))
    return out


def _months(first, last):
    y, mo = first
    while (y, mo) <= last:
        yield y, mo
        mo += 1
        if mo == 13:
            y, mo = y + 1, 1
