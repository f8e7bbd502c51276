"""Segment one minute into sections by headings (numbered or not, any case, OCR-tolerant) and by
the sentence that opens the chair's conclusion inside the discussion."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from extract import cues
from extract.lines import L
from extract.split import is_title
from extract.text import upper_ratio

_PRE_BODY = ("header", "title", "opening")
_SIGN_WORDS = re.compile(r"^(?:thu ky|chu tri|chu toa|bi thu|t/m chi uy|t/m chi bo|t/m|nguoi ghi bien ban|"
                         r"thu ky hoi nghi|chu (?:tri|toa) hoi nghi|\(ky[^)]*\)|[\s,])+$")


@dataclass
class Sec:
    kind: str
    heading: L | None
    lines: list[L] = field(default_factory=list)

    @property
    def body(self) -> list[L]:
        return [ln for ln in self.lines if ln is not self.heading]


def strip_numbering(key: str) -> tuple[str, bool]:
    m = cues.NUMBERING_RX.match(key)
    if m and m.end() > 0:
        return key[m.end():], True
    return key, False


def _norm_spaces(s: str) -> str:
    return " ".join(s.split())


_SHORT_TITLE = re.compile(r"(?<![\w/.])(?:d/c|d\.c|dc)(?![\w/])")
_ENDS_SENTENCE = re.compile(r"[.:;!?”\")]\s*$")


def heading_kind(ln: L, current: str, prev: L | None = None) -> str | None:
    rest, numbered = strip_numbering(ln.key)
    upper0 = upper_ratio(ln.text) >= 0.7
    if prev is not None and not numbered and not upper0 and (not _ENDS_SENTENCE.search(prev.text)
                                                             or re.search(r"[;,]\s*$", prev.text)) \
            and upper_ratio(prev.text) < 0.7:
        return None  # the wrapped tail of a sentence ("chuyên đề tháng 3 năm 2023.", "…; ý kiến khác: 0") is no heading
    first = re.search(r"[^\W\d_]", ln.text)
    if not numbered and first and ln.text[first.start()].islower() and not re.match(r"\s*[*\-–—•+]", ln.text):
        return None  # a heading opens with a capital: "ý kiến khác: không." goes on with the vote above
    rest = _SHORT_TITLE.sub("dong chi", _norm_spaces(rest))  # "Ý KIẾN CHỈ ĐẠO CỦA Đ/C CHỦ TRÌ" as written in full
    words = rest.split()
    if not words:
        return None
    upper = upper_ratio(ln.text) >= 0.7
    colon_end = bool(re.search(r":\s*$", ln.text))
    part = cues.PART_HEADING_RX.match(_norm_spaces(ln.key)) if numbered or upper else None
    lead = cues.PART_HEADING_RX.match(rest) if part else None  # (numbering may have taken "PHẦN II" off already)
    if lead:  # the part's own name says what it holds ("PHẦN II: THẢO LUẬN")
        rest = rest[lead.end():]
        words = rest.split() or ["phan"]
    if upper and _SIGN_WORDS.match(rest):
        return "signatures"
    if (cues.APPROVED_RX.match(rest) and not cues.PREVIOUS_MINUTES_RX.search(rest)) or cues.CLOSING_START_RX.match(rest):
        return "closing"  # (not "I. THÔNG QUA BIÊN BẢN KỲ TRƯỚC": last month's minutes, read at the start)
    if (numbered or upper) and cues.BODY_START_RX.match(rest) and len(words) <= 8:
        return "other"  # "II. NỘI DUNG": the body starts, sub-headings follow
    if (numbered or upper) and re.fullmatch(r"(?:cac )?nhiem vu\s*:?", rest):
        # "NHIỆM VỤ" alone: the month's plan before the discussion, the tasks given after the conclusion
        return "assignments" if current in ("discussion", "conclusion", "vote") else "plan"
    if (numbered or upper or colon_end) and cues.SUMMING_UP_HEADING_RX.fullmatch(rest) and current not in _PRE_BODY:
        return "conclusion"  # "5. Thống nhất", "Chủ trì tổng hợp:": the chair's summing-up, by its heading alone
    short = len(words) <= cues.HEADING_MAX_WORDS
    colon = ":" in rest[:70]
    # a line that looks like a heading (upper case, or numbered "2.", "b)" — not a bullet), short, no
    # "Name: opinion" shape: the cue may sit inside it ("ĐẢNG VIÊN THẢO LUẬN", "* Phần sinh hoạt chuyên đề")
    enumerated = numbered and not re.match(r"^\s*[*\-–—•+●○▪►]", ln.key)
    clear = (upper or enumerated) and len(words) <= 10 and not re.search(r":\s*\S", rest)
    # a cue at the start wins over one inside the line ("KIỂM ĐIỂM CÔNG TÁC THÁNG 10" is a review)
    candidates = [(k, ph) for k, phs in cues.SECTION_CUES for ph in phs if rest.startswith(ph)]
    if not candidates and (enumerated or upper) and len(words) <= 12:  # OCR-damaged headings; no bullet's sentence
        candidates = [(k, ph) for k, phs in cues.SECTION_CUES for ph in phs
                      if len(ph) >= 8 and fuzz.ratio(rest[:len(ph)], ph) >= cues.HEADING_FUZZY]
    if not candidates and clear and not (current == "conclusion" and re.search(r"[.;]\s*$", ln.text)):
        # (in the conclusion, "1. Chi bộ thống nhất đánh giá tháng 2." is one of its points, not a heading)
        candidates = [(k, ph) for k, phs in cues.SECTION_CUES for ph in phs
                      if k != "opening" and re.search(r"\b" + re.escape(ph) + r"\b", rest)]
    if not candidates:
        # a new part of the meeting ends the last part's tasks or vote, whatever it is about
        return "other" if part and current not in _PRE_BODY else None
    kind, ph = candidates[0]
    if kind == "assignments" and re.match(r"(?:nhung |cac )?(?:cong )?viec (?:da\b|[^:]{0,20}\blam duoc\b)", rest):
        kind = "review"  # "NHỮNG VIỆC ĐÃ LÀM ĐƯỢC" reads like "những việc cần làm" but tells what was done
    if kind == "conclusion" and cues.OTHERS_CONCLUSION_RX.match(rest):
        kind = "information"  # read out to the cell, not the chair's conclusion
    if kind == "opening" and current not in _PRE_BODY:
        return None  # "Thời gian", "Chủ trì" only head the opening
    if kind == "signatures" and not upper:
        return None
    if kind == "closing":  # "Kết thúc phần thảo luận, đồng chí Bí thư kết luận: …" is no closing
        return kind if current not in _PRE_BODY and not cues.INLINE_CONCLUSION_RX.search(rest) else None
    if kind == "conclusion" and not (numbered or upper or colon or len(words) <= 10):
        return None
    if numbered or upper or (short and (colon or len(words) <= 10)):
        return kind
    if re.match(re.escape(ph) + r"\s*:", rest) and kind != "opening":
        return kind  # a labelled paragraph, however long: "Phân công: đ/c X sửa …; đ/c Y …"
    return None


def _inline_conclusion(ln: L, nxt: L | None) -> bool:
    """The sentence that opens the chair's conclusion, also when it wraps ("… thay mặt chi" / "ủy kết luận:");
    not an item of the agenda ("(3) đồng chí chủ trì kết luận, chi bộ biểu quyết; (4) …")."""
    m = cues.INLINE_CONCLUSION_RX.search(ln.key)
    if m is None and nxt is not None and not re.search(r"[.;:]\s*$", ln.text):
        m = cues.INLINE_CONCLUSION_RX.search(ln.key + " " + nxt.key)
        m = m if m and m.start() < len(ln.key) else None
    return m is not None and not cues.AGENDA_ITEM_RX.search(ln.key[:m.start()]) \
        and not cues.CONCLUSION_DOCUMENT_RX.search(ln.key)


def _marker(key: str) -> str | None:
    """The kind of an item's numbering: "1." and "2." are alike, "*" and "I." are not."""
    m = re.match(r"^\s*(?:([*\-–—•+●○▪►])|(\(?\d)|([ivxl]{1,4}\s*[.)\-–])|([a-h]\s*[.)]))", key)
    if not m:
        return None
    return ("bullet", "digit", "roman", "letter")[next(i for i, g in enumerate(m.groups()) if g)]


def _body_starts(opening: Sec, ln: L, prev: L | None) -> bool:
    """In a minute without headings, the first sentence after the line naming the chair and the secretary
    that is not another opening field (time, place, attendance, guests) or a list item under one."""
    if prev is None or not _ENDS_SENTENCE.search(prev.text) and any(c.isalnum() for c in prev.text):
        return False
    if cues.OPENING_FIELD_RX.match(ln.key) or re.match(r"^\s*[\-–+•]", ln.text):
        return False
    joined = " ".join(x.key for x in opening.lines)  # "… đồng chí Vũ Thị Lựu ghi biên" / "bản."
    chair = any(cues.CHAIR_RX.match(x.key) for x in opening.lines) or bool(cues.CHAIR_INLINE_RX.search(joined))
    secretary = any(cues.SECRETARY_RX.match(x.key) for x in opening.lines) \
        or bool(cues.SECRETARY_INLINE_RX.search(joined) or re.search(r"\bthu ky\b", joined))
    return chair and secretary


def segment(lines: list[L]) -> list[Sec]:
    secs: list[Sec] = [Sec("header", None)]
    title_seen = False
    prev: L | None = None
    agenda, agenda_marker = False, None
    for idx, ln in enumerate(lines):
        cur = secs[-1].kind
        if len(ln.text.strip()) <= 2 and not any(c.isalnum() for c in ln.text):
            secs[-1].lines.append(ln)  # OCR specks ("_", "'") change nothing
            continue
        p, prev = prev, ln
        nxt = lines[idx + 1] if idx + 1 < len(lines) else None
        if agenda:
            body, numbered = strip_numbering(ln.key)
            marker = _marker(ln.key)
            agenda_marker = agenda_marker or marker
            if numbered and len(body.split()) <= 12 and not upper_ratio(ln.text) >= 0.7 \
                    and marker == agenda_marker and not cues.BODY_START_RX.match(_norm_spaces(body)):
                secs[-1].lines.append(ln)  # an agenda item, not a heading
                continue
            agenda = False  # numbered otherwise ("*" items, then "I. Nội dung …"): the body's headings
        if cur in _PRE_BODY and cues.AGENDA_RX.search(ln.key):
            agenda, agenda_marker = True, None
        if not title_seen and is_title(ln, p):
            title_seen = True
            secs.append(Sec("title", ln, [ln]))
            continue
        if (cur in ("title", "opening") and cues.TOPIC_LINE_RX.match(ln.key)) or \
                (cur == "title" and ln.text.lstrip()[:1] in "“\"" and len(secs[-1].lines) < 5):
            secs[-1].lines.append(ln)  # "Chuyên đề: “…”" under the title
            continue
        if cur == "title" and len(secs[-1].lines) < 5 and len(ln.key.split()) <= 20 \
                and cues.TITLE_CONT_RX.match(ln.key) and not re.search(r"[.;]\s*$", ln.text) \
                and not re.search(r"\b(?:luc|vao|tai|gio|duoc|da)\b", ln.key):  # not a sentence of the opening
            secs[-1].lines.append(ln)  # "Sinh hoạt chi bộ định kỳ tháng 3/2024", "VÀ SINH HOẠT CHUYÊN ĐỀ"
            continue
        if cur == "title" and len(secs[-1].lines) < 4 and len(ln.key.split()) <= 10 and nxt is not None \
                and not re.search(r"[.;:]\s*$", ln.text) and not strip_numbering(ln.key)[1] \
                and (cues.TIME_LINE_RX.match(nxt.key) or cues.DATED_OPENING_RX.match(nxt.key)) \
                and not cues.THEMATIC_RX.search(" ".join(x.key for x in secs[-1].lines)):  # (there: the topic)
            secs[-1].lines.append(ln)  # a subtitle right above the opening: "Sơ kết 6 tháng đầu năm 2012" / "Hồi 19 giờ …"
            continue
        if cur == "title" and (upper_ratio(ln.text) >= 0.6 or re.fullmatch(r"[\d\s/.\-–]{1,12}", ln.text)) \
                and len(secs[-1].lines) < 5 \
                and not cues.CHAIR_RX.match(ln.key) and not strip_numbering(ln.key)[1] \
                and not cues.TIME_LINE_RX.match(ln.key):  # "HÔM NAY, VÀO LÚC …" in capitals opens the minute
            secs[-1].lines.append(ln)  # title continues: "THÁNG 5 NĂM 2023", the topic
            continue
        if cur == "header" and not title_seen and (cues.DATED_OPENING_RX.match(ln.key) or cues.TIME_LINE_RX.match(ln.key)):
            secs.append(Sec("opening", None, [ln]))  # a minute typed on with no title: "Hôm nay, ngày …, Chi bộ họp …"
            continue
        kind = heading_kind(ln, cur, p) if title_seen or cur != "header" else None
        if kind is None and (cur not in ("header", "title", "conclusion", "vote", "assignments", "closing", "signatures")
                             or cur in ("vote", "assignments") and p is not None and re.search(r"[.;]\s*$", p.text)) \
                and _inline_conclusion(ln, nxt):  # (after the vote or the tasks too: "Cuối buổi, đồng chí Bí thư kết luận: …")
            kind = "conclusion"
            secs.append(Sec(kind, None, [ln]))
            continue
        if kind is None and cur not in ("header", "title", "vote", "closing", "signatures") \
                and (cues.INLINE_VOTE_RX.match(ln.key) or cues.COUNTED_VOTE_RX.search(ln.key)) \
                and not (cur == "conclusion" and not cues.INLINE_VOTE_RX.match(ln.key)
                         and _inline_conclusion(ln, nxt)):  # "Đ/c Bí thư kết luận: … kỷ niệm 20/11 …" is no vote
            secs.append(Sec("vote", None, [ln]))
            continue
        if kind is None and cur == "title":
            kind = "opening"
            secs.append(Sec(kind, None, [ln]))
            continue
        if kind is None and cur == "opening" and _body_starts(secs[-1], ln, p):
            secs.append(Sec("other", None, [ln]))  # no heading: the body starts after the chair and secretary
            continue
        if kind is not None and kind == cur and kind not in _PRE_BODY:
            secs[-1].lines.append(ln)  # "* Ưu điểm", "* Hạn chế": sub-headings of the same part
            continue
        if kind is not None and not (kind == cur and kind in _PRE_BODY):
            secs.append(Sec(kind, ln, [ln]))
            continue
        secs[-1].lines.append(ln)
    return [s for s in secs if s.lines]
