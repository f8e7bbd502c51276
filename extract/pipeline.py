"""The extract stage wired: flatten -> split -> segment -> fields -> checks -> score."""

from __future__ import annotations

import re
from collections import Counter
from typing import Sequence

from bienban.config import Settings
from bienban.model import Flag, Minute, Page, Section
from extract import checks, cues, fields, reconcile
from extract.lines import L, evidence, flatten
from extract.score import score
from extract.segment import Sec, segment
from extract.split import split
from extract.text import fold


def extract_book(pages: Sequence[Page], settings: Settings) -> tuple[list[Minute], list[Flag]]:
    by_number = {p.number: p for p in pages}
    ocr_pages = {p.number for p in pages if p.method == "ocr"}
    lines = flatten(pages)
    minutes: list[Minute] = []
    combined: list[bool] = []
    absent_ev = []
    spellings: Counter[tuple[str, str]] = Counter()
    for chunk in split(lines):
        m, comb, ev = extract_minute(chunk, by_number, settings)
        spellings.update(reconcile.in_minute(m, chunk, ocr_pages))
        minutes.append(m)
        combined.append(comb)
        absent_ev.append(ev)
    reconcile.in_book(minutes, spellings, [bool(ocr_pages.intersection(m.pages)) for m in minutes])
    for m in minutes:
        if ocr_pages.intersection(m.pages):
            _misread_surnames(m)
    for prev, m in zip(minutes, minutes[1:]):
        # a minute of the book written without its own header (a thematic meeting typed on under the last
        # one) belongs to the same cell as the minute before it, named as that header names it
        same_cell = m.meeting.cell is None or fold(m.meeting.cell) == fold(prev.meeting.cell or "")
        if m.meeting.party_committee is None and same_cell:
            m.meeting.cell, m.meeting.party_committee = prev.meeting.cell, prev.meeting.party_committee
    return minutes, checks.book_checks(minutes, combined, absent_ev)


def _where(secs: list[Sec]) -> dict:
    """Evidence for a missing part: the section where it should have been."""
    by_kind: dict[str, Sec] = {}
    for s in secs:
        by_kind.setdefault(s.kind, s)
    def ev(*kinds: str):
        for k in kinds:
            s = by_kind.get(k)
            if s is not None:
                return evidence([s.heading or s.lines[0]])
        last = secs[-1] if secs else None
        return evidence([last.lines[0]]) if last and last.lines else None
    return {
        "conclusion": ev("discussion", "plan", "review", "other"),
        "assignments": ev("conclusion", "plan", "discussion"),
        "vote": ev("conclusion", "discussion", "plan"),
        "closing": ev("closing", "signatures"),
        "discussion": ev("discussion", "review", "plan"),
        "opening": ev("opening", "title"),
    }


def _canon_names(m: Minute) -> None:
    c = fields.canon_name
    if m.chair:
        m.chair.name = c(m.chair.name)
    if m.secretary:
        m.secretary.name = c(m.secretary.name)
    for x in m.attendance.absentees + m.attendance.guests:
        x.name = c(x.name)
    for a in m.assignments:
        group = fold(a.assignee).split()[0] in cues.GROUP_FIRST_WORDS
        a.assignee = fields.canon_group(a.assignee) if group else c(a.assignee)


def _misread_surnames(m: Minute) -> None:
    """After the vote on spellings: a surname OCR misreads every time ("Điếu" for Điểu, "VÕ Văn Lợi") is put right."""
    def fixed(name: str) -> str:
        first, _, rest = name.partition(" ")
        if first in cues.SURNAME_MISREAD and rest[:1].isupper():
            return f"{cues.SURNAME_MISREAD[first]} {rest}"
        if len(first) > 1 and first.isupper() and rest[:1].isupper() and not rest.isupper():
            return f"{first.capitalize()} {rest}"
        return name

    for x in [p for p in (m.chair, m.secretary) if p] + m.attendance.absentees + m.attendance.guests:
        x.name = fixed(x.name)
    for a in m.assignments:
        a.assignee = fixed(a.assignee)


def extract_minute(chunk: list[L], pages: dict[int, Page], settings: Settings) -> tuple[Minute, bool, object]:
    secs = segment(chunk)
    facts = fields.meeting(secs)
    chair, _, secretary, _ = fields.chair_secretary(secs)
    att, att_ev = fields.attendance(secs)
    m = Minute(
        pages=sorted({ln.page for ln in chunk}),
        meeting=facts.meeting,
        chair=chair,
        secretary=secretary,
        attendance=att,
        sections=[Section(kind=s.kind, heading=s.heading.text if s.heading else None,
                          text="\n".join(ln.text for ln in s.lines),
                          pages=sorted({ln.page for ln in s.lines})) for s in secs],
        conclusion=fields.conclusion(secs),
        resolutions=fields.resolutions(secs),
        assignments=fields.assignments(secs),
    )
    if any(pages[n].method == "ocr" for n in m.pages if n in pages):
        _canon_names(m)  # a text layer spells names as written ("Đạo", "Lộ" are surnames too)
    who, _ = fields.speakers(secs)
    who -= {fold(g.name) for g in att.guests}  # a guest's remarks are no discussion of the cell's members
    # (a line OCR was unsure of that holds dots and almost no letter is specks on a faxed page, not a blank)
    unfilled = next((ln for ln in chunk if cues.UNFILLED_RX.search(ln.key) and not (
        ln.extra.get("conf", 1.0) < 0.3 and len(re.sub(r"[\W_]", "", ln.text)) <= 2)), None)
    body = " ".join(ln.key for s in secs if s.kind in ("review", "discussion", "conclusion", "other") for ln in s.lines)
    ctx = {
        "where": _where(secs),
        "speakers": who,
        "approved": fields.approved(secs),
        "combined": facts.combined,
        "att_ev": att_ev,
        "meeting_ev": facts.evidence,
        "unfilled": evidence([unfilled]) if unfilled else None,
        "praise_criticism": bool(cues.PRAISE_RX.search(body) or cues.CRITICISM_RX.search(body)),
    }
    m.flags = checks.minute_checks(m, ctx, pages, settings)
    m.score = score(m, ctx, settings)
    return m, facts.combined, att_ev.get("absent_unexcused") or att_ev.get("absent") or ctx["where"].get("opening")
