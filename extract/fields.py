"""Extract the facts of one minute from its sections, each with Evidence (page, bbox, text)."""

from __future__ import annotations

import re
from datetime import date
from dataclasses import dataclass, field, replace

from bienban.model import (Absentee, Assignment, Attendance, Chair, Conclusion, Evidence, Guest, Meeting,
                           Resolution, Secretary, Votes)
from extract import cues, tables
from extract.lines import L, evidence, right_margins, runs_on
from extract.nlp import Name, names
from extract.segment import Sec, heading_kind, strip_numbering
from extract.text import clean_value, find_date, find_time, fold, to_int, upper_ratio, words_to_int


@dataclass
class Block:
    """Lines joined by spaces, with offsets back to the lines (patterns may span a line break)."""

    lines: list[L]
    text: str = ""
    key: str = ""
    offs: list[int] = field(default_factory=list)

    def __post_init__(self) -> None:
        parts, keys, pos = [], [], 0
        for ln in self.lines:
            self.offs.append(pos)
            parts.append(ln.text)
            keys.append(ln.key)
            pos += len(ln.text) + 1
        self.text = " ".join(parts)
        self.key = " ".join(keys)

    def lines_for(self, start: int, end: int) -> list[L]:
        out = []
        for ln, o in zip(self.lines, self.offs):
            if o < end and o + len(ln.text) >= start:
                out.append(ln)
        return out or self.lines[:1]


@dataclass
class Facts:
    meeting: Meeting
    evidence: dict[str, Evidence]
    combined: bool = False


def _secs(secs: list[Sec], *kinds: str) -> list[L]:
    return [ln for s in secs if s.kind in kinds for ln in s.lines]


_SURNAMES = {fold(v): v for v in cues.SURNAME_SPELLING}


def canon_name(name: str) -> str:
    """Fix an OCR-damaged tone mark on a surname with a single spelling ("Trân" -> "Trần")."""
    parts = name.split(" ", 1)
    fixed = _SURNAMES.get(fold(parts[0]))
    if fixed and fixed != parts[0] and not parts[0].isupper():
        parts[0] = fixed
    return " ".join(parts)


def _time_before(key: str, at: int) -> tuple[str, int, int] | None:
    """The last time of day in the sentence before `at`, close to it ("Đến 16 giờ 20 phút cùng ngày cuộc họp | kết
    thúc", "Đúng 11 giờ, buổi sinh hoạt | kết thúc")."""
    start = max(key.rfind(". ", 0, at), key.rfind("; ", 0, at)) + 1
    found, t = None, find_time(key[:at], max(start, at - 60))
    while t:
        found, t = t, find_time(key[:at], t[2])
    return found


def _range_from(key: str) -> tuple[tuple, tuple] | None:
    """The first "từ TIME đến TIME" in `key`: (start, end) as find_time gives them."""
    for mm in re.finditer(r"\btu\s+", key):
        a = find_time(key, mm.end())
        if not a or a[1] - mm.end() > 2:
            continue
        e = re.match(r"\s*(?:(?:sang|chieu|toi|trua)\s+)?(?:den|toi|-|–)\s*(?:luc\s*)?", key[a[2]:])
        b = find_time(key, a[2] + e.end()) if e else None
        if b and b[1] - (a[2] + e.end()) <= 2:
            return a, b
    return None


def _caps_topic(lines: list[L], k: int) -> list[L]:
    """Upper-case lines right under a thematic title that names only its period: the topic, however it starts
    ("HỌC TẬP VÀ LÀM THEO …" names a heading too) and whatever years it names ("… NHIỆM KỲ 2021 – 2026")."""
    caps: list[L] = []
    for ln in lines[k + 1:k + 4] if k >= 0 else []:
        # "… NGƯỜI BỆNH" / "TRONG TÌNH HÌNH DỊCH COVID-19": a line opening with a linking word goes on with the topic
        goes_on = bool(caps) and re.match(r"(?:trong|va|cua|cho|voi|o|tai|theo|ve|de|gan voi|nham)\s", ln.key)
        if upper_ratio(ln.text) < 0.8 or (re.search(r"\d", ln.text) and not caps) or cues.HEADER_RX.match(ln.key) \
                or strip_numbering(ln.key)[1] or find_date(ln.key) or cues.TITLE_RX.match(ln.key) \
                or (heading_kind(ln, "title") is not None and not ln.key.startswith("hoc tap") and not goes_on):
            break
        caps.append(ln)
    return caps


def canon_group(name: str) -> str:
    """A group's head in its one spelling, as OCR damages it ("Tố an ninh" -> "Tổ an ninh"), its case kept."""
    fk = fold(name)
    for head, spelled in cues.GROUP_HEADS.items():
        if fk == head or fk.startswith(head + " "):
            fixed = spelled if name[:1].isupper() else spelled[0].lower() + spelled[1:]
            return fixed + name[len(head):]
    return name


def canon_phrase(text: str | None) -> str | None:
    """A fixed phrase OCR damaged in its tone marks, spelled right; its first letter's case kept."""
    fixed = cues.CANONICAL.get(fold(text)) if text else None
    if not fixed:
        return text
    return fixed[0].upper() + fixed[1:] if text[:1].isupper() else fixed


def canon_header(text: str) -> str:
    text = re.sub(r"(?<=\bS[ỐỔ]) [:.,;'](?=\d)", " ", text)  # OCR's speck before the number: "CHI BỘ … SỐ :2"
    k = fold(text)
    for key, spelled in cues.HEADER_SPELLING.items():
        if k.startswith(key + " ") and text[:len(key)] != spelled and text[:len(key)].isupper() \
                and text[:len(key)] not in cues.HEADER_SPELLING_OK:
            return spelled + text[len(key):]
    return text


_BODY_KINDS = ("review", "plan", "discussion", "conclusion", "vote", "assignments", "closing", "signatures")


def _pre(secs: list[Sec]) -> list[L]:
    """The opening in the wide sense: every line after the title up to the first part of the body
    proper (a misread heading may have cut the opening into an "information" part)."""
    out: list[L] = []
    for s in secs:
        if s.kind in _BODY_KINDS:
            break
        if s.kind not in ("header", "title"):
            out.extend(s.lines)
    return out


def _location_stop(text: str, key: str, start: int) -> int | None:
    """Where a place named from `start` ends; "đã" ends it, a place name "Đa" ("ấp Đa Ca") does not."""
    for st in cues.LOCATION_STOP_RX.finditer(key, start):
        if st.group().strip() == "da" and text[st.start():st.end()].strip() != "đã":
            continue
        return st.start()
    return None


def _drop_place_date(col: str) -> str:
    """Two header columns read as one line: "CHI BỘ TRƯỜNG X Tân Phong, ngày 08 tháng 12 năm 2024 TÂN PHONG"."""
    k = fold(col)
    m = re.search(r",\s*ngay\s*(?:mung\s*)?\d{1,2}\s*thang\s*\d{1,2}\s*nam\s*\d{4}", k)
    if not m:
        return col
    words = col[:m.start()].split(" ")
    j = len(words)
    while j > 0 and words[j - 1][:1].isupper() and not words[j - 1].isupper():
        j -= 1  # the place name before the comma is written in title case ("… CỰC - Thái Bình, ngày …" keeps "-")
    head = " ".join(words[:j]).strip()
    return (head + " " + col[m.end():].strip()).strip()


def _drop_speck(col: str) -> str:
    """OCR specks in an upper-case header line ("… RẠCH GỐC ô", "CHI BỘ ộ PHÂN XƯỞNG"): tokens of one
    character that are neither an upper-case letter, a digit nor a dash ("KHU A", "TỔ 3" keep theirs)."""
    if upper_ratio(col) < 0.6:
        return col
    return " ".join(w for w in col.split() if len(w) > 1 or w.isupper() or w.isdigit() or w in "–-—&")


def _caps_run(text: str) -> str:
    """The longest run of upper-case words in a line (a wrapped header word beside a date, say)."""
    best: list[str] = []
    run: list[str] = []
    words = text.split()
    for k, w in enumerate(words):
        # a number goes on a run it does not start ("KHAI THÁC 5"), a dash too ("YÊN SƠN – HÀM YÊN"), or opens the
        # wrapped rest of a name ("– TRẬT TỰ")
        if w.isupper() and any(c.isalpha() for c in w) and not re.search(r"\d", w) \
                or (run or k == 0) and w in ("–", "-", "—", "&") or run and w.isdigit():
            run.append(w)
            if any(c.isalpha() for c in "".join(run)):
                best = max(best, run, key=len)
        else:
            run = []
    run = " ".join(best)
    rest = text.strip()[len(run):] if text.strip().startswith(run) else ""  # the date line beside it, if any
    return run if len(best) == len(words) or len(best) >= 1 and (
        cues.HEADER_DATE_RX.match(fold(text)) or cues.HEADER_DATE_RX.match(fold(rest).strip())) else ""


def _after_gap(text: str) -> str:
    """First column of a two-column line ("CHI BỘ X      ĐẢNG CỘNG SẢN VIỆT NAM")."""
    return re.split(r"\s{3,}|\t", text.strip())[0]


# --- meeting ---------------------------------------------------------------------------


def meeting(secs: list[Sec]) -> Facts:
    m = Meeting()
    ev: dict[str, Evidence] = {}
    head = _secs(secs, "header")
    title = _secs(secs, "title")
    opening = _pre(secs)
    body_all = [ln for s in secs for ln in s.lines]
    margins = right_margins(body_all)
    tkey = " ".join(ln.key for ln in title + [ln for ln in opening[:2] if re.match(r"^\s*\(?\s*(?:ket hop|long ghep)", ln.key)])
    combined = False
    if title:
        if cues.THEMATIC_RX.search(tkey):
            combined = bool(cues.REGULAR_RX.search(tkey))
            m.kind = "regular" if combined else "thematic"  # a combined meeting is the month's regular one
        else:
            m.kind = "regular"
        ev["kind"] = evidence(title)
    elif (inner := next((ln for ln in head + opening[:4] if cues.TITLE_INSIDE_RX.search(ln.key)), None)) is not None:
        # no title line, but the title read into another line ("L THÔI GIAN, … THÀNH PHẦN BIÊN BẢN SINH HOẠT CHI BỘ
        # THÁNG 01/2026": a photocopy's OCR joined the two)
        ikey = inner.key[cues.TITLE_INSIDE_RX.search(inner.key).start():]
        combined = bool(cues.THEMATIC_RX.search(ikey) and cues.REGULAR_RX.search(ikey))
        m.kind = "thematic" if cues.THEMATIC_RX.search(ikey) and not combined else "regular"
        ev["kind"] = evidence([inner])
    else:  # no title: the opening says what meets ("Chi bộ … họp thường kỳ tháng Một năm 2018")
        okey = " ".join(ln.key for ln in opening[:3])
        combined = bool(cues.THEMATIC_RX.search(okey) and cues.REGULAR_RX.search(okey))
        m.kind = "regular" if combined or cues.REGULAR_RX.search(okey) else \
            "thematic" if cues.THEMATIC_RX.search(okey) else None
    # topic: "Chuyên đề: “…”" (or the line under "SINH HOẠT CHUYÊN ĐỀ"), quotes may run over lines
    for ln in title + opening[:6]:
        mt = cues.TOPIC_RX.search(ln.key)
        if not (mt and (m.kind == "thematic" or combined)):
            continue
        k = body_all.index(ln) if ln in body_all else -1
        raw = ln.text[mt.end():].strip()
        if re.match(r"[.,;]", raw):
            continue  # "… chi bộ họp thường kỳ kết hợp sinh hoạt chuyên đề. Đảng viên tham dự: …": no topic named
        used = [ln]
        if not clean_value(raw) and 0 <= k < len(body_all) - 1 and cues.TOPIC_LINE_RX.match(body_all[k + 1].key):
            continue  # "… KẾT HỢP SINH HOẠT CHUYÊN ĐỀ" / "Chuyên đề: Đảng viên gương mẫu …": the next line names it
        if not clean_value(raw) and 0 <= k < len(body_all) - 1:
            nxt = body_all[k + 1]
            after = body_all[k + 2] if k + 2 < len(body_all) else None
            # (or a plain line, the opening right below it: "SINH HOẠT CHUYÊN ĐỀ" / "Nâng cao y đức …" / "Thời gian: …")
            plain = after is not None and (cues.TIME_LINE_RX.match(after.key) or cues.DATED_OPENING_RX.match(after.key)) \
                and not re.search(r"[.;:]\s*$", nxt.text) and not strip_numbering(nxt.key)[1] \
                and not cues.TIME_LINE_RX.match(nxt.key) and not _FIELD_START.match(nxt.key) and len(nxt.key.split()) <= 30
            if nxt.text.lstrip()[:1] in "“\"(" or re.match(r"^(?:[Vv]ề|VỀ)\s", nxt.text.lstrip()) or plain \
                    or (upper_ratio(nxt.text) >= 0.6 and not cues.HEADER_RX.match(nxt.key)
                        and heading_kind(nxt, "title") is None):
                k += 1
                mt2 = cues.TOPIC_RX.match(nxt.key)
                raw = nxt.text[mt2.end():].strip() if mt2 else nxt.text.strip()
                used.append(nxt)
        raw = re.sub(r"^(?:[Vv]ề|VỀ)\s+(?=[“\"])", "", raw)
        raw = re.sub(r"^\s*(?:[Qq]uý|QUÝ|[Tt]háng|THÁNG)\s+[^:;.]{1,15}:\s*", "", raw)  # "… chuyên đề quý II: Học tập …"
        if ln.text.count("(") > ln.text.count(")") and "“" not in raw:
            while raw.count(")") < 1 and 0 <= k < len(body_all) - 1 and len(raw) < 300:
                k += 1  # "(Kết hợp sinh hoạt chuyên đề: Nâng cao y đức, …" / "… người bệnh)"
                raw = raw + " " + body_all[k].text.strip()
                used.append(body_all[k])
            raw = raw.split(")")[0]
        while raw.count("“") > raw.count("”") and 0 <= k < len(body_all) - 1 and len(raw) < 300:
            k += 1
            raw = raw + " " + body_all[k].text.strip()
            used.append(body_all[k])
        # a topic wraps: "Chuyên đề: Giữ gìn bản sắc … nếp sống văn" / "minh ở khu dân cư", "… của Chủ tịch" /
        # "Hồ Chí Minh", "… “Lương y phải như từ mẫu”" / "trong chăm sóc bệnh nhi"
        while raw.count("“") <= raw.count("”") and raw.count('"') % 2 == 0 and not re.search(r"[.;:)]\s*$", raw) \
                and not re.match(r"\W*(?:quy|thang|nam)\b", fold(raw)) \
                and len(used) < 4 and 0 <= k < len(body_all) - 1 \
                and (re.match(rf"\s*[{cues.LOWER}0-9]", body_all[k + 1].text) or runs_on(used[-1], body_all[k + 1], margins)
                     or upper_ratio(raw) >= 0.8 and upper_ratio(body_all[k + 1].text) >= 0.8  # a topic in capitals
                     and heading_kind(body_all[k + 1], "title") is None and not cues.HEADER_RX.match(body_all[k + 1].key)) \
                and not _FIELD_START.match(body_all[k + 1].key) and not cues.TITLE_CONT_RX.match(body_all[k + 1].key) \
                and not re.match(r"\W*(?:hom nay|vao (?:hoi|luc)|hoi \d|luc \d|bat dau)", body_all[k + 1].key) \
                and not re.match(r"\s*\d{1,2}\s*[.)\-–/]\s", body_all[k + 1].text):  # "1- Thời gian: …" is no tail
            k += 1
            raw = raw + " " + body_all[k].text.strip()
            used.append(body_all[k])
        qm = re.match(r"\s*[“\"]([^”\"]{5,300})[”\"]", raw)
        rest = " ".join(qm.group(1).split()) if qm else clean_value(raw).strip("“”\"'« »")
        if len(rest) >= 5 and not re.match(r"^(?:quy|thang|nam)\b", fold(rest)):
            m.topic = rest
            ev["topic"] = evidence(used)
            break
        caps = _caps_topic(body_all, k) if re.match(r"^(?:quy|thang|nam)\b", fold(rest)) else []
        if caps:  # "SINH HOẠT CHUYÊN ĐỀ QUÝ IV NĂM 2024" / "NÂNG CAO CHẤT LƯỢNG …" / "… PHÁT SINH"
            m.topic = " ".join(x.text.strip() for x in caps)
            ev["topic"] = evidence(caps)
            break
    if m.topic is None and (m.kind == "thematic" or combined):
        # the thematic part's own "Chuyên đề: Xây dựng phong cách … theo tư" / "tưởng, … Hồ Chí Minh. Đ/c X trình bày …"
        at = next((k for k, ln in enumerate(body_all) if ln not in title + opening[:6] and cues.TOPIC_LINE_RX.match(ln.key)), None)
        if at is not None:
            used = [body_all[at]]
            raw = body_all[at].text[cues.TOPIC_LINE_RX.match(body_all[at].key).end():]
            while not re.search(r"[.;]\s|[.;]$", raw) and at + len(used) < len(body_all) and len(used) < 3 \
                    and runs_on(used[-1], body_all[at + len(used)], margins):
                used.append(body_all[at + len(used)])
                raw += " " + used[-1].text.strip()
            raw = re.split(r"(?<=[^\W\d_])[.;](?:\s|$)", raw)[0]
            if 5 <= len(clean_value(raw)) <= 250 and not cues.TITLE_RX.match(fold(clean_value(raw))):
                m.topic = clean_value(raw).strip("“”\"")
                ev["topic"] = evidence(used)
    if m.topic is None and (m.kind == "thematic" or combined):
        # a quoted topic under the title, or "trình bày chuyên đề “…”" in the body
        for k, ln in enumerate(title + opening[:4] + body_all):
            q = re.search(r"(?:chuyen de|^\s*\(?)\s*(?:ve\s*)?[:\-–]?\s*[“\"]", ln.key)
            if not q:
                continue
            raw = ln.text[q.end() - 1:]
            src = title + opening[:4] + body_all
            j = k
            while raw.count("“") + raw.count('"') % 2 > raw.count("”") and j + 1 < len(src) and len(raw) < 300:
                j += 1
                raw += " " + src[j].text.strip()
            qm = re.match(r"[“\"]([^”\"]{5,250})[”\"]", raw)
            if qm:
                m.topic = " ".join(qm.group(1).split())
                ev["topic"] = evidence(src[k:j + 1])
                break
    if m.topic:
        qm = re.match(r"^(?:[Vv]ề\s*)?[“\"]([^”\"]+)[”\"]?\s*\.?$", m.topic)
        if qm:
            m.topic = qm.group(1).strip()
    # period of the meeting
    for ln in title:
        p = cues.PERIOD_RX.search(ln.key)
        month = (int(p.group("m")) if p.group("m").isdigit() else cues.MONTH_WORDS[p.group("m")]) if p else 0
        if p and 1 <= month <= 12:
            m.month, m.year = month, int(p.group("y"))
            ev["month"] = evidence([ln])
            break
        p = cues.PERIOD_MONTH_ONLY_RX.search(ln.key)
        month = (int(p.group("m")) if p.group("m").isdigit() else cues.MONTH_WORDS[p.group("m")]) if p else 0
        if p and 1 <= month <= 12:
            m.month = month
            y = re.search(r"nam\s*(\d{4})", tkey)
            if y:
                m.year = int(y.group(1))
            ev["month"] = evidence([ln])
            break
    # date: the opening's time line first, then the header's date line, then anything early
    # ("Quận 8, ngày 19 …" above the signatures before any date the body names: a task's deadline is no meeting's)
    date_lines = [ln for ln in opening if cues.TIME_LINE_RX.match(ln.key)] + opening + head + title \
        + [ln for ln in body_all if cues.HEADER_DATE_RX.match(ln.key)] + body_all[:25]
    # "… Quy định số 132-QĐ/TW ngày 08/3/2018 …, hôm nay, lúc 13 giờ 30 phút ngày 17/12/2019": the day the opening
    # says is today (or puts a time to) is the meeting's, not a document's or the day first planned
    oblk = Block(opening[:12]) if opening else None
    for cue in cues.TODAY_RX.finditer(oblk.key if oblk else ""):
        window = oblk.key[cue.start():cue.start() + 70].split(". ")[0]
        d = find_date(window)
        if d:
            m.date = d[0]
            ev["date"] = evidence(oblk.lines_for(cue.start() + d[1], cue.start() + d[2]))
            break
    for ln in date_lines if m.date is None else []:
        d = find_date(ln.key)
        if d and (re.search(r"\d\s*[–-]\s*$", ln.key[:d[1]]) or re.match(r"\s*[–-]\s*\d", ln.key[d[2]:])):
            continue  # an anniversary's dates, "Điện Biên Phủ (7/5/1954 – 7/5/2014)", are no meeting's
        if d:
            m.date = d[0]
            ev["date"] = evidence([ln])
            break
    if m.date and m.year and m.year != int(m.date[:4]) and m.year > date.today().year + 1:
        m.year = int(m.date[:4])  # OCR's "Tháng 5 năm 2096" above "ngày 10/5/2006": no minute is from the future
    if m.date and m.month is None:
        y, mo = int(m.date[:4]), int(m.date[5:7])
        m.month, m.year = mo, y
    elif m.date and m.year is None:
        m.year = int(m.date[:4])
    # start / end time
    for ln in [ln for ln in opening if cues.TIME_LINE_RX.match(ln.key)] + opening + title:
        key = ln.key
        cue = cues.START_CUE_RX.search(key)
        t = find_time(key, cue.start() if cue else 0)
        if t:
            m.start_time = t[0]
            ev["start_time"] = evidence([ln])
            k = body_all.index(ln) if ln in body_all else -1
            span = Block(body_all[k:k + 2]) if k >= 0 else Block([ln])  # "… từ 14h đến" / "16h30, tại …"
            rest = span.key[t[2]:]
            e = re.match(r"\s*(?:(?:sang|chieu|toi|trua)\s+)?(?:den|toi|-|–)\s*(?:luc\s*)?", rest)  # "8 giờ sáng đến 11 giờ"
            if not e and (r := _range_from(rest)) and r[0][0] == t[0]:
                # "Hôm nay, 10 giờ ngày 16/01/2020, …, thời gian từ 10 giờ đến 11 giờ 45.": the range told again later
                m.end_time = r[1][0]
                ev["end_time"] = evidence(span.lines_for(t[1], t[2] + r[1][2]))
            if e:
                t2 = find_time(rest, e.end())
                if t2 and t2[1] - e.end() <= 2:
                    m.end_time = t2[0]
                    ev["end_time"] = evidence(span.lines_for(t[1], t[2] + t2[2]))
                    # a meeting that breaks for lunch ends with its afternoon: "… đến 11 giờ 15 phút; nghỉ trưa; buổi
                    # chiều từ 13 giờ 30 phút đến 16 giờ 00 phút"
                    src = opening if ln in opening else body_all
                    wide = Block(src[src.index(ln):src.index(ln) + 3]) if ln in src else span
                    after = wide.key[t[2] + t2[2]:]
                    after = after[:re.search(r"\.\s|$|\bdia diem\b", after).start()]
                    if re.search(r"\b(?:nghi trua|buoi chieu|chieu)\b", after):
                        for e2 in re.finditer(r"(?:den|toi)\s*(?:luc\s*)?", after):
                            t3 = find_time(after, e2.end())
                            if t3 and t3[1] - e2.end() <= 2:
                                m.end_time = t3[0]
            break
    for k in range(len(body_all) - 1, -1, -1):
        ln = body_all[k]
        blk = Block(body_all[k:k + 2])  # "… kết thúc" / "vào hồi 17 giờ 00 phút"; "… kết" / "thúc …"
        c = cues.CLOSING_END_RX.search(blk.key)
        if c and c.start() < len(ln.key) and ln not in title:
            t = find_time(blk.key, c.start())
            if not (t and t[1] - c.end() <= 25):
                t = _time_before(blk.key, c.start())  # "Đến 16 giờ 20 phút cùng ngày cuộc họp kết thúc."
            if t:
                m.end_time = t[0]
                ev["end_time"] = evidence(blk.lines_for(min(c.start(), t[1]), max(c.end(), t[2])))
                break
        if cues.APPROVED_RX.search(ln.key) and "luc" in ln.key and not m.end_time:
            t = find_time(ln.key)
            if t:
                m.end_time = t[0]
                ev["end_time"] = evidence([ln])
                break
    # location
    for rx in cues.LOCATION_RX:
        for i, ln in enumerate(opening[:12]):
            mm = _label(rx, ln.key) if rx is cues.LOCATION_RX[0] else rx.search(ln.key)  # "…. Địa điểm: …"
            if mm and rx is cues.LOCATION_RX[0] and re.match(r"\W*tại\b", ln.text[mm.start():]):
                mm = None  # the label is "Tại:"; "Tồn" / "tại: rác …" is the shortcomings of a wrapped "Tồn tại"
            if mm and rx is cues.LOCATION_RX[1] and ln.text[mm.end() - 4:mm.end()].strip()[:1] != "t" \
                    and upper_ratio(ln.text) < 0.9:
                mm = None  # "Tài" is a name; the preposition is lower-case "tại"
            topic = cues.TOPIC_RX.search(ln.key)
            if rx is cues.LOCATION_RX[1] and (re.search(r"[“”\"]", ln.text) or topic and (
                    re.search(r"[:\-–]", topic.group()) or not ln.key[:topic.start()].strip())):
                continue  # "Chuyên đề: … phân loại rác thải tại nguồn": inside a topic, not "… chuyên đề tháng 7 tại …"
            if not mm and rx is cues.LOCATION_RX[1] and re.search(r"(?:\s|,)(?:tại|TẠI)\s*$", ln.text) and i + 1 < len(opening):
                ln2 = Block([ln, opening[i + 1]])
                mm = rx.search(ln2.key, len(ln.key) - 5)
                if mm:
                    stop = _location_stop(ln2.text, ln2.key, mm.end())
                    val = clean_value(ln2.text[mm.end():stop if stop is not None else mm.end() + 80])
                    if not cues.UNFILLED_RX.search(fold(val)) and len(val) >= 3:
                        m.location = val
                        ev["location"] = evidence(ln2.lines)
                    break
            if not mm:
                continue
            # the place goes on in the next line only where the line was wrapped ("… phường" / "Cao Xanh."), not into
            # the next field ("Đảng viên của chi bộ: 32 đ/c")
            goes_on = i + 1 < len(opening) and (runs_on(ln, opening[i + 1], margins)
                                                or re.match(rf"\s*[{cues.LOWER}]", opening[i + 1].text)
                                                or (upper_ratio(ln.text) > 0.9 and upper_ratio(opening[i + 1].text) > 0.9
                                                    and not re.search(r"[.;:]\s*$", ln.text)))  # a sentence in capitals
            blk = Block(opening[i:i + 2] if goes_on and not _FIELD_START.match(opening[i + 1].key)
                        and not cues.UNFILLED_RX.search(ln.key) else [ln])
            stop = _location_stop(blk.text, blk.key, mm.end())
            end = stop if stop is not None else len(blk.key)
            val = clean_value(blk.text[mm.end():end])
            # an aside in brackets after the place says why it was held there: "… nhà văn hoá thôn (tầng 1 còn ngập)"
            # (an address in brackets is the place's: "… khu phố 7 (số 41 đường Nguyễn Văn Lượng)")
            val = cues.PLACE_ASIDE_RX.sub("", val)
            if cues.UNFILLED_RX.search(fold(val)):
                break
            if len(val) >= 3:
                m.location = val
                ev["location"] = evidence(blk.lines_for(mm.start(), end))
                break
        if m.location:
            break
    # cell and upper committee from the header's left column
    for k, ln in enumerate(head):
        col = _after_gap(ln.text).lstrip("-–—•*.,_~ ")  # OCR: "- ĐẢNG BỘ …"
        if cues.CELL_RX.match(fold(col)) and k + 1 < len(head):
            nx = head[k + 1]
            if re.match(r"\W*dang cong san", nx.key) and k + 2 < len(head):
                nx = head[k + 2]  # the right column's motto read between the cell's two lines
            caps = _caps_run(nx.text)
            if caps and not cues.HEADER_RX.match(fold(caps)) and len(caps.split()) <= 7 \
                    and nx.text.lstrip().startswith(caps) and not caps.endswith("."):
                # (not "* TP. Hồ Chí Minh, ngày …" nor "Đak Ơ, ngày …": the date line's place, no part of it)
                col = col + " " + caps  # "CHI BỘ TRƯỜNG MẦM NON BÌNH" / "MINH"
        ck = fold(col)
        col = re.split(r"\s+(?=ĐẢNG CỘNG SẢN|Đảng Cộng sản|\*)", col)[0]
        col = _drop_place_date(col)
        col = _drop_speck(col)
        if m.cell is None and cues.CELL_RX.match(ck) and upper_ratio(col) >= 0.6:
            m.cell = canon_header(clean_value(col))
            ev["cell"] = evidence([ln])
        elif m.cell is None and cues.COMMITTEE_RX.match(ck):  # the nearest committee above the cell
            if k + 1 < len(head):
                nx = head[k + 1]
                if upper_ratio(nx.text) > 0.9 and not cues.HEADER_RX.match(nx.key) and len(nx.key.split()) <= 8:
                    col = col + " " + _after_gap(nx.text)  # "ĐẢNG ỦY THỊ TRẤN ĐỊNH" / "CÔNG"
            m.party_committee = canon_header(clean_value(col))
            ev["party_committee"] = evidence([ln])
    if m.cell is None:
        for ln in opening[:8]:
            mc = re.search(r"\bchi bo\s+(?=[^\s,.;]*[a-z])", ln.key)
            if mc and ln.text[mc.end():mc.end() + 1].isupper():
                val = ln.text[mc.start():]
                stop = re.search(r"\s+(?:tiến hành|tổ chức|họp|sinh hoạt|có|đã)\b|[,.;]", val)
                m.cell = clean_value(val[:stop.start()] if stop else val)
                ev["cell"] = evidence([ln])
                break
    return Facts(m, ev, combined)




# --- chair and secretary ---------------------------------------------------------------


def _role_after(text: str, end: int) -> str | None:
    rest = text[end:]
    nick = re.match(r"\s*\(([^()]{1,30})\)", rest)  # "Lê Văn Bảy (chú Bảy), Bí thư chi bộ": a nickname first
    if nick and not cues.ROLE_RX.match(fold(nick.group(1).strip())):
        rest = rest[nick.end():]
    # "…; chức vụ: Bí thư chi bộ" on a printed form
    mm = re.match(r"\s*[,;\-–—(:]?\s*(?:(?:chức vụ|chức danh)\s*:\s*)?", rest, re.I)
    rest = rest[mm.end():] if mm else rest
    stop = re.search(r"[;)]|\s[-–—]\s|,\s*(?:" + cues.COMRADE_WRITTEN + r"|làm|chủ trì|thư ký)|"
                     r"\s+(?:chủ trì|chủ tọa|chủ toạ|làm\b|điều hành|ghi biên bản|được cử)|\.(?:\s|$)", rest)
    val = clean_value(rest[:stop.start()] if stop else rest)
    val = clean_value(re.split(r",|\s+kiêm\s+", val)[0])  # "Bí thư chi bộ, Hiệu trưởng …" / "… kiêm Trưởng khu phố"
    if fold(val) in ("bi thu chi", "pho bi thu chi"):
        val += " bộ"  # "Bí thư chi" / "bộ. Thư ký: …": the role wraps at the line end
    if val and cues.ROLE_RX.match(fold(val)) and len(val) <= 80:
        return val
    return None


def _person_in(ln: L, start: int = 0) -> Name | None:
    for n in names(ln.text):
        if n.start >= start:
            return n
    for n in names(ln.text, True):  # "Chủ trì: Vi Văn Tám" (a surname not in the list, no title), also after roles
        # ("Chủ trì: Bí thư chi bộ, Trưởng thôn Sình Dì Gai")
        roles_first = n.start > start and cues.ROLE_RX.match(fold(ln.text[start:n.start]).strip(" ,:–-"))
        if start <= n.start and (n.start <= start + 3 or roles_first) and not cues.ROLE_RX.match(fold(n.text)):
            return n
    return None


def _name_tail(text: str) -> bool:
    """A line that starts with the rest of a name wrapped from the line above ("Ngọc Ánh.")."""
    words = text.split()
    if words and re.fullmatch(r"(?:[IVXL]+|\d+)[.)]", words[0]):
        return False  # "I. NỘI DUNG SINH HOẠT": the next heading
    k = 0
    while k < min(3, len(words)) and words[k][:1].isupper():
        if re.search(r"[.,;:–-]$", words[k]):
            return True
        k += 1
    return 0 < k < 3 and (k == len(words) or words[k][:1] in "–-(")


def _sentences(lines: list[L], margins: dict[int, float]) -> list[Block]:
    """Sentences of running text: a paragraph is the lines each wrapped into the next (or going on in lower
    case), so a heading or a field on its own line ends one; inside it, a sentence ends at ". " or ";"."""
    paras: list[list[L]] = []
    for ln in lines:
        prev = paras[-1][-1] if paras else None
        if prev is not None and (runs_on(prev, ln, margins) or (not re.search(r"[.;:]\s*$", prev.text)
                                                                  and re.match(rf"\s*[{cues.LOWER}]", ln.text))):
            paras[-1].append(ln)
        else:
            paras.append([ln])
    out: list[Block] = []
    for para in paras:
        blk = Block(para)
        start = 0
        for cut in list(re.finditer(r"(?<![A-ZĐ])[.;](?:\s+|$)", blk.text)) + [None]:
            end = cut.end() if cut else len(blk.text)
            if end > start:
                out.append(_Sentence(blk, start, end))
            start = end
    return out


class _Sentence:
    """A stretch of a Block, with its own text and key and the Block's lines under it."""

    def __init__(self, blk: Block, start: int, end: int):
        self.blk, self.start = blk, start
        self.text, self.key = blk.text[start:end], blk.key[start:end]

    def lines_for(self, start: int, end: int) -> list[L]:
        return self.blk.lines_for(self.start + start, self.start + end)


class _At:
    """A label match moved to where the label sits in the line."""

    def __init__(self, mm: re.Match, off: int):
        self._mm, self._off = mm, off

    def start(self) -> int:
        return self._mm.start() + self._off

    def end(self) -> int:
        return self._mm.end() + self._off


def _label(rx: re.Pattern, key: str):
    """"Thư ký: …" at the start of the line, or after a sentence ("Chủ trì: đ/c X. Thư ký: đ/c Y.")."""
    mm = rx.match(key)
    if mm:
        return mm
    for cut in re.finditer(r"[.;]\s+", key):
        mm = rx.match(key[cut.end():])
        if mm:
            return _At(mm, cut.end())
    return None


def chair_secretary(secs: list[Sec]) -> tuple[Chair | None, Evidence | None, Secretary | None, Evidence | None]:
    opening = _secs(secs, "header", "title") + _pre(secs) or [ln for s in secs for ln in s.lines][:30]
    chair = sec = None
    cev = sev = None

    def role(text: str, n: Name, last: L) -> str | None:
        """The chair's Party role, read on into the next line when the sentence goes on there ("… Vương Thị Lan –" /
        "Phó Bí thư chi bộ, …") or the next line gives it ("Chức vụ: Bí thư chi bộ, Đội trưởng")."""
        found = _party_role(text, n.start, n.end)
        label = re.search(r"\bchuc (?:vu|danh)\s*:\s*", fold(text[n.end:]))  # "… Lê Văn Thạnh. Chức vụ: Bí thư chi bộ."
        if found is None and label:
            found = _party_role(text[n.end + label.end():], 0, 0)
        k = opening.index(last) + 1 if last in opening else len(opening)
        if found is None and k < len(opening) and (re.match(r"\W*chuc (?:vu|danh)\b", opening[k].key) or not (
                re.search(r"[.;]\s*$", text) or _FIELD_START.match(opening[k].key) or _ITEM_START.match(opening[k].text)
                and not (text.rstrip().endswith(n.text) and re.match(r"\s*[–-]\s", opening[k].text)))):
            # ("… Chủ trì: đồng chí Y Khuê Niê" / "– Bí thư chi bộ. …": the dash goes on with the name, no list item)
            found = _party_role(text + " " + opening[k].text, n.start, n.end)
        if found and fold(found).endswith(" chi") and k < len(opening) and re.match(r"\s*bộ\b", opening[k].text):
            found += " bộ"  # "… Bí thư chi" / "bộ. Thư ký: …"
        elif found and fold(found).endswith("bi thu") and text.rstrip().endswith(found) and k < len(opening) \
                and (cb := re.match(r"\s*(chi bộ)\b", opening[k].text, re.I)):
            found += " " + cb.group(1)  # "… Bí thư" / "chi bộ. Thư ký: …", "Chi bộ kiêm Trưởng thôn."
        return found

    for i, ln in enumerate(opening):
        key = ln.key
        if chair is None:
            mm = _label(cues.CHAIR_RX, key)
            if mm:
                n = _person_in(ln, mm.end())
                nxt = opening[i + 1] if i + 1 < len(opening) else None
                # the name goes on in the next line: "… Chủ trì: đồng chí" / "Mohamach Ly – …", "Chủ trì: Thiếu tá
                # Lý" / "Hoàng Nam, Bí thư Chi bộ, …"
                wraps = nxt is not None and (
                    n is None and re.fullmatch(r"\s*" + cues.COMRADE_WRITTEN + r"\s*", ln.text[mm.end():]) is not None
                    or n is not None and n.end >= len(ln.text.rstrip()) and _name_tail(nxt.text))
                if wraps:
                    both = Block([ln, nxt])
                    n2 = _person_in(both, mm.end()) or n
                    if n2:
                        chair = Chair(name=n2.text, role=role(both.text, n2, nxt))
                        cev = evidence([ln, nxt])
                elif n is None and nxt is not None and not re.search(r"\w", ln.text[mm.end():]):
                    n2 = _person_in(nxt)  # "Chủ trì:" / "đồng chí …" (not "Chủ trì: đồng chí Bí thư chi bộ." / "Vắng: …"
                    if n2:
                        chair = Chair(name=n2.text, role=role(nxt.text, n2, nxt))
                        cev = evidence([ln, nxt])
                elif n is not None:
                    chair = Chair(name=n.text, role=role(ln.text, n, ln))
                    cev = evidence([ln])
        if sec is None:
            mm = _label(cues.SECRETARY_RX, key)
            n0 = _person_in(ln, mm.end()) if mm else None
            if mm and i + 1 < len(opening) and (n0 is None or " " not in n0.text or (
                    n0.end >= len(ln.text.rstrip()) and _name_tail(opening[i + 1].text))) \
                    and not re.search(r"[.;]\s*$", ln.text) and (opening[i + 1].text[:1].isupper()
                                                                  or re.search(r"\b[Đđ]ồng\s*$", ln.text)
                                                                  or re.match(r"\s*" + cues.COMRADE_WRITTEN + r"\s", opening[i + 1].text)):
                ln = Block([ln, opening[i + 1]])  # "Người ghi biên bản: đ/c Lê" / "Hoàng Phúc."; "đồng" / "chí …"
            if mm:
                n = _person_in(ln, mm.end())
                if n is not None and re.match(r"\s*(?:\([^)]*\)\s*)?,?\s*vang\b", ln.key[n.end:]):
                    n = _person_in(ln, n.end) or n  # "Thư ký: đ/c X vắng, chi bộ cử đ/c Y ghi biên bản": Y
                if n is not None:
                    sec = Secretary(name=n.text)
                    sev = evidence(ln.lines if isinstance(ln, Block) else [ln])
    # inline: "Đồng chí X, Bí thư chi bộ chủ trì; đồng chí Y làm thư ký", read sentence by sentence
    margins = right_margins([ln for s in secs for ln in s.lines])
    for sent in _sentences(opening, margins):
        if chair is not None and sec is not None:
            break
        key = sent.key
        if "ket luan" in key:
            continue
        ns = names(sent.text)
        if not ns:
            continue
        if chair is None:
            for mm in cues.CHAIR_INLINE_RX.finditer(key):
                before = [n for n in ns if n.end <= mm.start() and not re.search(r"[;.]", sent.text[n.end:mm.start()])]
                after = [n for n in ns if n.start >= mm.end() and re.match(r"[\w\s:,]*?(?:là|:)?\s*" + cues.COMRADE_WRITTEN + r"?\s*$",
                                                                            sent.text[mm.end():n.start], re.I)]
                # "dưới sự chủ trì của đồng chí X": the chair is named after the cue
                before = [n for n in before if n.titled] or before  # "đồng chí X, giáo viên Trường Y, …"
                n = after[0] if after and re.match(r"\s*(?:của|là)\b", sent.text[mm.end():]) else \
                    before[-1] if before else (after[0] if after else None)
                if n:
                    chair = Chair(name=n.text, role=_party_role(sent.text, n.start, n.end))
                    cev = evidence(sent.lines_for(n.start, mm.end()))
                    break
        if sec is None:
            for mm in cues.SECRETARY_INLINE_RX.finditer(key):
                before = [n for n in ns if n.end <= mm.start() and not re.search(r"[;.]|chủ trì|chủ tọa", sent.text[n.end:mm.start()])]
                after = [n for n in ns if n.start >= mm.end() and n.start - mm.end() <= 25]
                before = [n for n in before if n.titled] or before
                n = before[-1] if before else (after[0] if after else None)
                if mm.group().rstrip().endswith(":"):
                    n = after[0] if after else None  # a label ("… Thư" / "ký: đồng chí Ka Hương"): the name follows
                if n:
                    sec = Secretary(name=n.text)
                    sev = evidence(sent.lines_for(n.start, n.end))
                    break
    if chair is None or sec is None:
        c2, s2, ce2, se2 = _signatures(secs)
        if chair is None and c2:  # named under the signatures, by role only in the body ("Chủ trì: đồng chí Bí thư chi bộ")
            chair, cev = Chair(name=c2, role=_chair_by_role(opening)), ce2
        if sec is None and s2:
            sec, sev = Secretary(name=s2), se2
    return chair, cev, sec, sev


_CHAIR_BY_ROLE = re.compile(r"(?:chu tri|chu toa)\s*:\s*(?:(?:dong chi|d/c|dc)\s+)?(" + cues.PARTY_ROLE + r")\b"
                            r"|(?:dong chi|d/c|dc)\s+(" + cues.PARTY_ROLE + r")\s+(?:chu tri|chu toa|dieu hanh)\b")


def _chair_by_role(opening: list[L]) -> str | None:
    """The Party role of a chair the body names by role alone ("Đồng chí Bí thư chi bộ chủ trì")."""
    for ln in opening:
        mm = _CHAIR_BY_ROLE.search(ln.key)
        if mm:
            g = 1 if mm.group(1) else 2
            return _spelled_role(ln.text[mm.start(g):mm.end(g)])
    return None


_ROLE_BEFORE = re.compile(r"(" + cues.PARTY_ROLE + r")\s*(?:,\s*)?(?:dong chi|d/c|dc)?\s*$")
_ROLES_BEFORE = re.compile(r"(" + cues.PARTY_ROLE + r")\s*,\s*([^,.;:]{2,30}?)\s*$")
# where what is said of the person named ends: the next clause, the next person, the secretary's label
_CLAUSE_END = re.compile(r";|\.(?:\s|$)|\s(?:dong chi|d/c|dc)\s|\b(?:thu ky|ghi bien ban|nguoi ghi)\b|\([^)]*$")


def _spelled_role(written: str) -> str:
    """A Party role as written, unless OCR damaged its tone marks ("Bí thư chí bộ" -> "Bí thư chi bộ")."""
    right = cues.PARTY_ROLE_SPELLING.get(" ".join(fold(written).split()))
    return right if right and written.lower() != right.lower() else written


def _party_role(text: str, start: int, end: int) -> str | None:
    """The chair's Party role as written ("Bí thư chi bộ", "Phó Bí thư CB", "Chi ủy viên"), wherever it stands in
    what is said of them, the job aside ("… – Hạt trưởng, Bí thư chi bộ", "(Bí thư)", "Chức vụ: Bí thư chi bộ, …");
    else written in front of the name ("Chủ trì: Bí thư chi bộ Trần Văn Hoà")."""
    rest = re.sub(r"^\s*[;,]\s*(?=chức vụ\s*:)", " ", text[end:end + 120], flags=re.I)  # "X; chức vụ: Bí thư chi bộ"
    rest = re.sub(r"^\s*\(([^()]{1,40})\)", lambda m: " " + m.group(1) + "," if re.search(cues.PARTY_ROLE, fold(m.group(1)))
                  else " " * len(m.group()), rest)  # "(Bí thư)": a role; "(chú Bảy)": a nickname
    key = fold(rest)
    stop = _CLAUSE_END.search(key)
    mm = re.search(r"(?<!\w)(" + cues.PARTY_ROLE + r")(?!\w)", key[:stop.start()] if stop else key)
    if mm:
        val = rest[mm.start(1):mm.end(1)]
        return _spelled_role(val + " bộ" if fold(val).endswith(" chi") and re.match(r"\s*bộ\b", rest[mm.end():]) else val)
    before = _ROLE_BEFORE.search(fold(text[max(0, start - 30):start]))
    at = max(0, start - 30)
    if not before:  # "Chủ trì: Bí thư chi bộ, Trưởng thôn Sình Dì Gai": the job between
        at = max(0, start - 60)
        before = _ROLES_BEFORE.search(fold(text[at:start]))
        if not before or not cues.ROLE_RX.match(before.group(2)):
            return None
    val = text[at + before.start(1):at + before.end(1)]
    return _spelled_role(val[0].upper() + val[1:])


def _signatures(secs: list[Sec]) -> tuple[str | None, str | None, Evidence | None, Evidence | None]:
    lines = _secs(secs, "signatures")
    if not lines:
        return None, None, None, None
    label_pos: dict[str, float] = {}
    for ln in lines:
        sm = cues.SIGN_SECRETARY_RX.search(ln.key)
        cm = cues.SIGN_CHAIR_RX.search(ln.key)
        if sm and "secretary" not in label_pos:
            label_pos["secretary"] = sm.start() / max(len(ln.key), 1)
        if cm and "chair" not in label_pos:
            label_pos["chair"] = cm.start() / max(len(ln.key), 1)
    chair = secretary = None
    ce = se = None
    below: str | None = None  # the label of the column read last ("THƯ KÝ" / name / "T/M CHI ỦY" / "BÍ THƯ" / name)
    for ln in lines:
        sm, cm = cues.SIGN_SECRETARY_RX.search(ln.key), cues.SIGN_CHAIR_RX.search(ln.key)
        if bool(sm) != bool(cm):
            below = "secretary" if sm else "chair"
        ns = [n for n in names(ln.text)] or ([] if sm or cm else [n for n in names(ln.text, True)
                                                                 if n.start <= 2 and len(ln.text.split()) <= 5])
        if not ns:
            continue
        if len(ns) == 1 and below and all(pos < 0.05 for pos in label_pos.values()):
            # labels read column by column, each over its own name (the name may be of any people: "Giàng Seo Phử")
            if below == "chair" and chair is None:
                chair, ce = ns[0].text, evidence([ln])
            elif below == "secretary" and secretary is None:
                secretary, se = ns[0].text, evidence([ln])
            continue
        if len(ns) >= 2 and len(label_pos) == 2:
            order = sorted(label_pos, key=label_pos.get)
            got = dict(zip(order, ns))
            chair, secretary = got["chair"].text, got["secretary"].text
            return chair, secretary, evidence([ln]), evidence([ln])
        if len(ns) == 1:
            pos = ns[0].start / max(len(ln.text), 1)
            if label_pos:
                who = min(label_pos, key=lambda k: abs(label_pos[k] - pos))
                if who == "chair" and chair is None:
                    chair, ce = ns[0].text, evidence([ln])
                elif who == "secretary" and secretary is None:
                    secretary, se = ns[0].text, evidence([ln])
    return chair, secretary, ce, se


# --- attendance ------------------------------------------------------------------------


_FIELD_START = re.compile(
    r"^\s*(?:[*\-–•+]\s*)?(?:(?:\d{1,2}|[a-h])\s*[.)]\s*)?(?:chu tri|chu toa|thu ky|khach moi|dai bieu|thoi gian|dia diem|"
    r"tong so|co mat|noi dung|chuong trinh|mien sinh hoat|cu thu ky|thanh phan)")


def attendance(secs: list[Sec]) -> tuple[Attendance, dict[str, Evidence]]:
    a = Attendance()
    ev: dict[str, Evidence] = {}
    scope = _secs(secs, "title") + _pre(secs)
    if not scope:
        allx = [ln for s in secs for ln in s.lines]
        scope = allx[: max(8, len(allx) // 3)]
    table, table_lines = tables.counts(scope)
    listed = {ln.idx for t in tables.find_tables(scope) for ln in t.lines}  # an absentee table: "Không lý do" | "4"
    blk = Block([ln for ln in scope if ln not in table_lines and ln.idx not in listed])  # sentences, not tables
    key = blk.key
    for n in names(blk.text):  # "Đ/c Trịnh Văn Hải vắng …" is no "hai (2) vắng": number words in names are masked
        for w in re.finditer(r"\S+", n.text):
            if w.group()[:1].isupper() and fold(w.group()) in _NUMBER_WORDS:
                lo, hi = n.start + w.start(), n.start + w.end()
                key = key[:lo] + "_" * (hi - lo) + key[hi:]
    # "năm" is the year after these words, no count: "lần thứ ba trong năm đồng chí vắng không lý do"
    key = cues.THE_YEAR_RX.sub(lambda m: m.group(1) + " ___", key)
    got: dict[str, int] = {}
    for fields, rx in cues.ATTENDANCE_PATTERNS:
        if all(f in got for f in fields):
            continue
        for mm in rx.finditer(key):
            vals = [to_int(mm.group(i + 1)) for i in range(len(fields))]
            if any(v is None for v in vals):
                continue
            # "vắng 02" must not be the "vắng" of "vắng có lý do" already taken by a finer pattern
            for f, v in zip(fields, vals):
                if f not in got:
                    got[f] = v
                    ev[f] = evidence(blk.lines_for(mm.start(), mm.end()))
            break
    # the counts added up after each cell's or group's own ("- Chi bộ Công an xã: 11 …, có mặt 11/11. - Chi bộ Quân sự
    # xã: 06 …, có mặt 05/06 …. - Cộng chung hai chi bộ: 17 đảng viên, có mặt 16"): the sum is the meeting's count
    summed = cues.SUMMED_COUNT_RX.search(key)
    if summed:
        stop = re.search(r"[.;](?:\s|$)", key[summed.end():])
        part = key[summed.end():summed.end() + (stop.start() if stop else len(key))]
        for fields, rx in cues.ATTENDANCE_PATTERNS:
            mm = rx.search(part)
            vals = [to_int(mm.group(i + 1)) for i in range(len(fields))] if mm else []
            if mm and None not in vals:
                for f, v in zip(fields, vals):
                    got[f] = v
                    ev[f] = evidence(blk.lines_for(summed.end() + mm.start(), summed.end() + mm.end()))
        lead = cues.SUMMED_TOTAL_RX.match(part)
        if lead:  # "17 đảng viên, có mặt 16": the members of both, every one
            got["total"] = int(lead.group(1))
            got.pop("due", None)
    split = _official_and_probationary(key)
    # official and probationary members counted apart say more than either count ("Đảng viên chính thức: 09, có mặt
    # 08 …" / "Đảng viên dự bị: 02/02 có mặt")
    if split:
        got["total"], got["present"] = split
        got.pop("due", None)
        ev["total"] = ev["present"] = evidence(blk.lines)
    for f, v in table.items():  # a table of counts says it plainly ("Trong số 23 đồng chí có mặt có 02 dự bị" does not)
        got[f] = v
        ev[f] = evidence(table_lines)
    if "absent" not in got and cues.ABSENT_NONE_RX.search(key) and "present" in got \
            and not got.get("absent_excused") and not got.get("absent_unexcused"):
        if got.get("total") in (None, got["present"] + got.get("exempt", 0)):
            got["absent"] = 0
    # the "đạt 100%" of a present count with no total
    if "total" not in got and "present" in got and re.search(r"(?:dat|du) (?:ty le )?100\s*%", key) and not got.get("absent"):
        got["total"] = got["present"] + got.get("exempt", 0)
        got["absent"] = 0
    late = re.search(r"\b(?:nang|tang) (?:tong )?so (?:dang vien |dong chi )?(?:co mat|du hop) len\s*(?:thanh\s*)?" + cues.NUM, key)
    if late and "present" in got and to_int(late.group(1)) is not None:
        got["present"] = to_int(late.group(1))  # "… có mặt mười tám; … mới tới, nâng số có mặt lên mười chín"
    if "exempt" not in got and (named := _named_exempt(blk)):
        got["exempt"] = named  # "đồng chí A và đồng chí B được miễn sinh hoạt vì tuổi cao"
    if "due" in got and "total" in got and "exempt" not in got and 0 < got["total"] - got["due"] <= got["total"] // 2 \
            and (cues.EXEMPT_START_RX.search(key) or "due" in table):
        got["exempt"] = got["total"] - got["due"]  # "20 đảng viên, miễn sinh hoạt …; có mặt 17/17"; a count table's
        # "Tổng số | … | Phải dự" (its exempt column's heading run into the total's: "Tổng số ĐV Miễn SH")
    if "due" in got and "total" not in got and "absent" in got and got.get("exempt") \
            and got["present"] + got["absent"] + got["exempt"] == got["due"]:
        got["total"] = got["due"]  # "có mặt 11/14 (miễn 02); vắng 01": the counts say 14 is every member
        ev["total"] = ev.get("due")
    if "due" in got and "total" not in got:
        # "có mặt 26/28": 28 are due (members not exempt); the total adds the exempt
        got["total"] = got["due"] + got.get("exempt", 0)
        ev["total"] = ev.get("due")
    if "total" not in got and "official" in got and "reserve" in got:
        got["total"] = got["official"] + got["reserve"]  # "chính thức 18, dự bị 02"
        ev["total"] = ev.get("official")
    if None not in (got.get("total"), got.get("present"), got.get("absent")) and got["absent"] > got["total"] \
            and 0 <= got["total"] - got["present"] - got.get("exempt", 0) < 10:
        got["absent"] = got["total"] - got["present"] - got.get("exempt", 0)  # OCR: "vắng 62" of 22 members (02)
    both = cues.BOTH_KINDS_PRESENT_RX.search(key)
    if both:  # "Có mặt: 35 đ/c chính thức và 02 (hai) đ/c dự bị = 37 đ/c": both kinds of member are present
        got["present"] = int(both.group(1)) + int(both.group(2))
        ev["present"] = evidence(blk.lines_for(both.start(), both.end()))
    if "present" not in got and (roll := _present_by_name(blk)):
        got["present"] = roll  # "Đảng viên có mặt: đ/c A, đ/c B, …, đ/c K." counts the names
        ev["present"] = evidence(blk.lines)
    a.total, a.present, a.exempt = got.get("total"), got.get("present"), got.get("exempt")
    a.absent, a.absent_excused, a.absent_unexcused = got.get("absent"), got.get("absent_excused"), got.get("absent_unexcused")
    # derive what the others imply; no exemption written = none ("miễn sinh hoạt: không", "miễn SH: ……" too)
    if a.exempt is None and a.total is not None and (not cues.EXEMPT_START_RX.search(key) or re.search(
            r"mien (?:sinh hoat|sh)\s*:?\s*(?:…|\.{2,}|khong\b)|khong co (?:dang vien|dong chi|ai)(?: nao)? (?:duoc )?mien",
            key)):
        a.exempt = 0
    ex = a.exempt or 0
    if a.absent is None and a.absent_excused is not None and a.absent_unexcused is not None:
        a.absent = a.absent_excused + a.absent_unexcused
    if a.absent is None and a.total is not None and a.present is not None and a.total - ex - a.present >= 0:
        a.absent = a.total - ex - a.present
    if a.total is None and a.present is not None and a.absent is not None:
        a.total = a.present + a.absent + ex
    if a.present is None and a.total is not None and a.absent is not None and a.total - ex - a.absent >= 0:
        a.present = a.total - ex - a.absent
    if a.exempt is None and a.total is not None and not cues.EXEMPT_START_RX.search(key):
        a.exempt = 0
    # absentees and guests; named absentees with no count written give the count
    a.absentees = [] if a.absent == 0 else _absentees([ln for ln in scope if ln not in table_lines] + _attached_list(secs))
    if a.absent and len(a.absentees) < a.absent:  # fewer named than absent: the names before "… xin vắng", or
        named = _named_then_all_absent(Block([ln for ln in scope if ln not in table_lines]))  # clause by clause
        if len(a.absentees) < len(named) <= a.absent and {x.name for x in a.absentees} <= {x.name for x in named}:
            a.absentees = named
    # one listed among the absent "đã được Đảng ủy xã đồng ý miễn sinh hoạt đảng" is exempt, not absent
    exempted = [x for x in a.absentees if x.reason and re.search(r"\bmien (?:sinh hoat|sh)\b", fold(x.reason))]
    over = None not in (a.total, a.present, a.absent, a.exempt) and a.present + a.absent + a.exempt > a.total
    if exempted and (not a.exempt or over) and (a.absent is None or a.absent >= len(exempted)):
        a.absentees = [x for x in a.absentees if x not in exempted]
        a.exempt = max(a.exempt or 0, len(exempted))
        if a.absent is not None:
            a.absent -= len(exempted)
    a.guests = _guests(scope)
    if a.absent is None and a.absentees:
        a.absent = len(a.absentees)
        if a.present is None and a.total is not None and a.total - ex - a.absent >= 0:
            a.present = a.total - ex - a.absent
        if a.total is None and a.present is not None:
            a.total = a.present + a.absent + ex  # the members named present and absent are every member
            a.exempt = ex if a.exempt is None and not cues.EXEMPT_START_RX.search(key) else a.exempt
    if a.absent is not None:
        if a.absent == 0:
            a.absent_excused, a.absent_unexcused = 0, 0
        elif a.absent_excused is None and a.absent_unexcused is None:
            for_all = _reason_for_all(blk, a.absent)
            group = _absent_by_category(key, a.absent - len(a.absentees))
            if len(a.absentees) == a.absent and all(x.excused is not None for x in a.absentees):
                a.absent_excused = sum(1 for x in a.absentees if x.excused)  # everyone absent is named
                a.absent_unexcused = a.absent - a.absent_excused
            elif group is not None and all(x.excused is not None for x in a.absentees):
                # "Vắng ba đồng chí: hai đồng chí đi làm ăn xa, đã báo cáo chi ủy; đồng chí X vắng không có lý do"
                a.absent_excused = sum(1 for x in a.absentees if x.excused) + group[1]
                a.absent_unexcused = a.absent - a.absent_excused
            elif cues.ABSENT_ALL_EXCUSED_RX.search(key) or for_all:
                a.absent_excused, a.absent_unexcused = a.absent, 0
            elif cues.ABSENT_ALL_UNEXCUSED_RX.search(key) or for_all is False:
                a.absent_excused, a.absent_unexcused = 0, a.absent
        elif a.absent_excused is None:
            a.absent_excused = max(a.absent - a.absent_unexcused, 0)
        elif a.absent_unexcused is None:
            a.absent_unexcused = max(a.absent - a.absent_excused, 0)
    return a, ev


def _present_by_name(blk: Block) -> int | None:
    """Members present written out by name and not counted: the titled names up to the list's full stop."""
    mm = cues.PRESENT_BY_NAME_RX.search(blk.key)
    if mm is None:
        return None
    stop = re.search(r"[.;](?:\s|$)", blk.text[mm.end():])
    listed = blk.text[mm.end():mm.end() + stop.start() if stop else len(blk.text)]
    people = [n for n in names(listed) if n.titled]
    return len(people) if len(people) >= 2 else None


def _attached_list(secs: list[Sec]) -> list[L]:
    """The list of the absent attached after the signatures ("vắng 02 đồng chí, có danh sách kèm theo"): its heading
    and what follows it to the minute's end."""
    body = [ln for s in secs for ln in s.lines]
    at = next((k for k, ln in enumerate(body) if k > len(body) // 2 and cues.ATTACHED_ABSENT_RX.match(ln.key)), None)
    return body[at:] if at is not None else []


_NUMBER_WORDS = frozenset(cues.NUMBER_WORDS) | {"muoi", "tram", "linh", "le"}


def _absent_by_category(key: str, unnamed: int) -> tuple[int, int] | None:
    """Absences counted by reason with nobody named ("vắng 03: 02 đồng chí đi làm ăn xa, đã báo cáo; …"): the
    (count, excused count) of the group that makes up the `unnamed` ones."""
    cue = re.search(r"\bvang\b", key)
    if unnamed <= 0 or not cue:
        return None
    for mm in cues.ABSENT_CATEGORY_RX.finditer(key, cue.end()):
        n = to_int(mm.group(1))
        if n == unnamed:
            reason = mm.group(2)
            return n, 0 if cues.UNEXCUSED_RX.search(reason) else n
    return None


_OFFICIAL = re.compile(r"(?:dang vien )?chinh thuc\s*:?\s*" + cues.NUM + r"(?:(?!du bi)[^.;+()]){0,15}?co mat(?: du| day du)?"
                       r"\s*:?\s*" + cues.NUM)
_PROBATIONARY = re.compile(r"(?:dang vien )?du bi\s*:?\s*(?:" + cues.NUM + r"\s*/\s*" + cues.NUM
                           + r"|" + cues.NUM + r"(?:(?!chinh thuc)[^.;+()]){0,15}?co mat(?: du| day du)?\s*:?\s*" + cues.NUM
                           + r")")  # "+ Đảng viên dự bị: 02 đồng chí, có mặt đủ 02."


def _official_and_probationary(key: str) -> tuple[int, int] | None:
    """Members and those present counted apart for official and probationary members: (total, present)."""
    o, p = _OFFICIAL.search(key), _PROBATIONARY.search(key)
    if not o or not p:
        return None
    nums = [to_int(g) for g in o.groups() if g is not None]
    pnums = [to_int(g) for g in p.groups() if g is not None]
    if len(nums) != 2 or len(pnums) != 2 or None in nums + pnums:
        return None
    # "02/02 có mặt" is present/due; "03 đ/c, có mặt 02" is due, then present
    p_present, p_total = (pnums[0], pnums[1]) if p.group(1) is not None else (pnums[1], pnums[0])
    return nums[0] + p_total, nums[1] + p_present


def _named_exempt(blk: Block) -> int:
    """Members exempt from meetings counted by name: the comrades named in the clause that ends in "được miễn sinh
    hoạt" ("đồng chí A và đồng chí B được miễn sinh hoạt", "trong đó đ/c C nghỉ điều trị …, được miễn sinh hoạt") or
    that follows "miễn sinh hoạt:"."""
    after = re.search(r"\bmien (?:sinh hoat|sh)\b[^:.;()\d]{0,40}:\s*([^.;)]*)", blk.key)
    if after:  # "(miễn sinh hoạt: đ/c Hồ Văn Lợi)", "… được miễn sinh hoạt do tuổi cao, sức yếu: Trần Văn Cấn, …"
        named = sum(1 for n in names(blk.text[after.start(1):after.end(1)]) if _full_name(n.text))
        if named:
            return named
    mm = re.search(r"\b(?:duoc|da duoc|deu duoc) mien(?: sinh hoat| sh)?\b|(?<=[a-z] )mien (?:sinh hoat|sh)\b", blk.key)
    if not mm:
        return 0
    before = re.sub(r"\([^()]*\)", lambda b: " " * len(b.group()), blk.key[:mm.start()])  # "A Thiêng (già làng)"
    start = max((c.end() for c in re.finditer(r"[.;:(]|\btrong do\b", before)), default=0)
    clause = blk.text[start:mm.start()]  # "Các đồng chí Thạch Sa Rươne, Lâm Thị Sà Phol, Sơn Văn Chưa được miễn …"
    return sum(1 for n in names(clause) if (n.titled or re.search(r"\bcac (?:dong chi|d/c)\b", fold(clause)))
               and _full_name(n.text))


def _reason_for_all(blk: Block, absent: int | None = None) -> bool | None:
    """"vắng 02 đồng chí (đi công tác)", "vắng 02 đ/c đi biển dài ngày", "(vắng 02 đ/c trực khoa, có báo cáo)",
    "3 đồng chí đi biển dài ngày chưa về" (as many as are absent): one reason, nobody named, for every absence:
    whether it excuses them (None: no such reason)."""
    mm = cues.ABSENT_REASON_RX.search(blk.key)
    if not mm and absent:
        counted = re.compile(cues.NUM + cues.UNIT + r"\s+((?:da |dang |con )?(?:di|ban|nghi|om|vi|do)\b[^.;()\d]{2,60})")
        mm = next((m for m in counted.finditer(blk.key) if to_int(m.group(1)) == absent), None)
    if not mm:
        return None
    reason = mm.group(mm.lastindex)  # the last group: NUM has one of its own
    if names(blk.text[mm.start(mm.lastindex):mm.end(mm.lastindex)]):
        return None  # names follow: each has a reason of their own
    bracketed = mm.lastindex == mm.re.groups - 1
    unexcused = cues.UNEXCUSED_RX.search(reason)
    # any reason excuses; words after the count that are no reason ("…, cụ thể như sau:") say nothing
    excused = bracketed or re.search(r"\b(?:" + cues.EXCUSED_RX.pattern + r")\b", reason) \
        or re.match(r"\s*(?:di|ban|nghi|om|dang|do|vi|phai|con)\b", reason)
    return False if unexcused else True if excused else None


def _cue_at(rx: re.Pattern, ln: L) -> re.Match | None:
    """The first cue in a line that is not a word of a name ("đ/c Vàng Mí Lầu" folds like "vắng")."""
    return next((m for m in rx.finditer(ln.key)
                 if not any(n.start <= m.end() - 1 < n.end for n in names(ln.text, loose=True))), None)


def _list_span(scope: list[L], start_rx: re.Pattern, table: set[int] = frozenset()) -> list[tuple[Block, int]]:
    """Blocks of a list that begins at a cue: the cue line, its wrapped continuation lines, and list
    items below it, up to the next field ("Chủ trì:", "Thư ký:" …) or a sentence that ends."""
    out: list[tuple[Block, int]] = []
    i = 0
    while i < len(scope):
        ln = scope[i]
        mm = _cue_at(start_rx, ln) if ln.idx not in table else None
        if not mm and i + 1 < len(scope) and ln.idx not in table:
            # a cue broken by the line's end ("… miễn sinh hoạt. Dự" / "có đồng chí …")
            two = Block([ln, scope[i + 1]])
            mm = next((m for m in start_rx.finditer(two.key) if m.start() < len(ln.key) < m.end()), None)
        if not mm:
            i += 1
            continue
        lines = [ln]
        j = i + 1
        while j < len(scope):
            nx = scope[j]
            if nx.idx in table:
                break  # the list goes on in a table (read apart)
            # "… tại TP." / "Hồ Chí Minh;": a line ending in an abbreviation's dot goes on
            wrapped = not re.search(r"[.;]\s*$", lines[-1].text) or bool(re.search(r"\b[A-ZĐ]{1,3}\.\s*$", lines[-1].text))
            # (not the dot of a degree: "đồng chí" / "BSCKII. Trương Minh Khôi, …")
            cut = next((c for c in re.finditer(r"\.\s+\S", nx.text)
                        if fold(re.split(r"[\s.]", nx.text[:c.start()])[-1]) not in cues.DEGREES), None)
            if cut and (re.search(r"(?:" + cues.COMRADE_WRITTEN + r"|,)\s*$", lines[-1].text, re.I) or wrapped and (
                    _FIELD_START.match(nx.key[cut.end() - 1:]) or cues.CHAIR_RX.match(nx.key[cut.end() - 1:]))):
                # ("… vắng: đ/c Chau" / "Sóc Hen (vắng không phép). Chủ trì: …": the name ends before the next field)
                # "… vắng đ/c" / "Lộ Văn Sơn (không lý do). Đồng chí X chủ trì …": the item ends with its sentence
                lines.append(L(nx.idx, nx.page, nx.text[:cut.start() + 1], fold(nx.text[:cut.start() + 1]), nx.bbox))
                j += 1
                break
            again = _cue_at(start_rx, nx)
            if again and _ITEM_START.match(nx.text) and any(n.start < again.start() for n in names(nx.text)):
                again = None  # "2) đ.c Phan Thị Diễm – đi vắng;": an item of this list whose reason says "vắng"
            # a row of a count table opens with its label and its number ("Vắng không lý do 01 Đ/c …", "Tỷ lệ dự họp …")
            row = re.match(r"^\W*(?:vang (?:co|khong)|ty le)\b[^\d]{0,30}\d", nx.key)
            if _FIELD_START.match(nx.key) or row or (again and not wrapped) \
                    or (start_rx is not cues.GUEST_START_RX and re.match(r"^\W*" + cues.GUEST_START_RX.pattern, nx.key)) \
                    or cues.CHAIR_INLINE_RX.search(nx.key) or cues.SECRETARY_INLINE_RX.search(nx.key):
                break
            # items below a cue line that already named its people and ended its sentence are of another list
            done = re.search(r"\.\s*$", lines[-1].text) and not any(re.search(r":\s*$", x.text) for x in lines) \
                and any(n.start >= mm.start() for n in names(Block(lines).text))
            # ("…; " / "Hoàng Văn Lạn – không lý do.", "…; " / "Thiếu úy Hồ Văn Chiến đang trực …": the next name)
            first = next(iter(names(nx.text, loose=True)), None)
            item = (bool(_ITEM_START.match(nx.text)) and bool(names(nx.text)) and not done) or \
                (bool(re.search(r"[;,]\s*$", lines[-1].text)) and bool(
                    re.match(r"\s*(?:dong chi|d/c|dc|d\.c)\b", nx.key) or first is not None and re.fullmatch(
                        r"\W*(?:" + cues.RANK_WRITTEN + r"|[Ôô]ng|[Bb]à|[Qq]uần chúng|[Gg]ià làng)?\s*", nx.text[:first.start])))
            # a form's hint under its field: "Vắng: 03 đồng chí. …" / "(ghi rõ họ tên, lý do): đ/c Điểu Lên (ốm); …"
            hint = re.match(r"^\s*\(\s*ghi ro[^)]{0,40}\)\s*:", nx.key) is not None and j == i + 1
            if not (wrapped or item or hint):
                break
            lines.append(nx)
            j += 1
        out.append((Block(lines), mm.start()))
        i = j
    return out


def _table_absentees(scope: list[L]) -> tuple[list[Absentee], set[int]]:
    """Absentees from a table with a name and a reason column; and the table's line indexes."""
    out: list[Absentee] = []
    used: set[int] = set()
    for t in tables.find_tables(scope):
        if not t.has("name", "reason") or t.has("task"):
            continue
        used.update(ln.idx for ln in t.lines)
        for row in t.rows:
            written = tables.cell(row, "name")
            if not written or (t.has("absent") and not tables.cell(row, "absent")):
                continue  # a roll call: only the rows ticked under "Vắng" are absent
            ns = names(written)
            if not ns and upper_ratio(written) >= 0.7:
                continue  # "A. THÔNG TIN THỜI SỰ": the next part's heading right under the table
            reason = tables.cell(row, "reason")  # an empty cell: absent without reason
            out.append(Absentee(name=ns[0].text if ns else clean_value(written), reason=reason,
                                excused=_reason_excuses(reason)))
    return out, used


_NAMED_ABSENT = re.compile(r"\s*(?:\([^)]{0,40}\))?\s*(?:,[^,;.()]{2,40},)?\s*,?\s*(?:da\s+)?vang(?: mat)?\b\s*(?:vi|do|,|:|-|–)?\s*([^.;]*)")
# ("đ/c Phan Thị Ngọc Hân, giáo viên Tiếng Anh, vắng vì …": a role between commas)


def _named_before_absent(scope: list[L]) -> list[Absentee]:
    """"Đồng chí Quàng Văn Pấng vắng mặt không có lý do.": the name comes before the absence."""
    blk = Block(scope)  # one block: the title may wrap ("… Đồng" / "chí Rmah Dơk vắng mặt …")
    if "vang" not in blk.key:
        return []
    out = []
    for n in names(blk.text):
        mm = _NAMED_ABSENT.match(blk.key, n.end) if n.titled and _full_name(n.text) else None
        at = blk.key.find("vang", n.end) if mm else -1
        if mm and any(n.end < o <= at and re.fullmatch(r"\W*", blk.key[o:at])
                      and re.match(r"\W*vang (?:co|khong)\b[^\d]{0,25}\d", blk.key[o:]) for o in blk.offs):
            continue  # "… Ngọc Hân (con ốm nằm viện)" / "Vắng không lý do 01 …": the next row, not her absence
        if mm:
            reason = clean_value(blk.text[mm.start(1):mm.end(1)]) or None
            out.append(Absentee(name=n.text, reason=reason, excused=_reason_excuses(reason)))
    return out


# "…, cả hai đồng chí đều báo cáo chi ủy xin vắng.": one clause says the members named before it were all absent
_ALL_ABSENT = re.compile(r"(?:^|[,;]\s*)(?:ca (?:hai|ba|bon)|hai|ba|bon|cac|nhung) (?:dong chi|d/c|dc)(?: tren| nay)?\b"
                         r"([^.;]{0,60}?)\bvang(?: mat)?\b[^.;]{0,30}(?:[.;]|$)")


def _named_then_all_absent(blk: Block) -> list[Absentee]:
    """"Đ/c A đang điều trị ở bệnh viện, đ/c B về quê có việc gia đình, cả hai đồng chí đều báo cáo chi ủy xin
    vắng.": each named member is absent, the words after the name are the reason."""
    for mm in _ALL_ABSENT.finditer(blk.key):
        start = _last_sentence_start(blk.text[:mm.start()])
        ns = [n for n in names(blk.text[start:mm.start()]) if n.titled and _full_name(n.text)]
        if len(ns) < 2:
            continue
        note = mm.group(1)
        out = []
        for n, nxt in zip(ns, ns[1:] + [None]):
            end = start + (nxt.start if nxt else mm.start() - start)
            reason = clean_value(re.split(r",\s*(?=" + cues.COMRADE_WRITTEN + r"\s)", blk.text[start + n.end:end])[0]) or None
            excused = True if re.search(r"bao cao|bao truoc|xin|co ly do|phep", note) else \
                False if re.search(r"\bkhong\b", note) else _reason_excuses(reason)
            out.append(Absentee(name=n.text, reason=reason, excused=excused))
        return out
    return _absent_clauses(blk)


_ABSENT_WORDS = re.compile(r",?\s*(?:(?:đã\s+)?xin phép\s+|nên\s+)?vắng(?: mặt)?\b\s*,?\s*", re.I)


def _absent_clauses(blk: Block) -> list[Absentee]:
    """"Đồng chí A đi làm ở Bình Dương, đã báo với chi ủy; đồng chí B nhà có đám giỗ, xin phép vắng; đồng chí C
    vắng, không báo.": a sentence of clauses, each opening with a member, one of them saying "vắng"."""
    for sent in re.split(r"(?<=\.)\s+(?=[A-ZĐ])", blk.text):
        clauses = [c.strip() for c in sent.rstrip(". ").split(";")]
        if len(clauses) < 2 or "vang" not in fold(sent):
            continue
        ns = [next((n for n in names(c) if n.titled and n.start <= 12), None) for c in clauses]
        if not all(n and _full_name(n.text) and re.fullmatch(r"\W*" + cues.COMRADE_WRITTEN + r"\s*", c[:n.start])
                   for c, n in zip(clauses, ns)):
            continue
        out = []
        for c, n in zip(clauses, ns):
            reason = clean_value(_ABSENT_WORDS.sub(" ", c[n.end:])) or None
            out.append(Absentee(name=n.text, reason=reason, excused=_reason_excuses(reason)))
        return out
    return []


# "Chủ trì: đ/c X – Phó Bí thư chi bộ (đ/c Bí thư chi bộ Ngô Đình Sang đi công tác tại Hàn Quốc)"
_AWAY = re.compile(r"\(\s*(?:do\s+|vì\s+)?" + cues.COMRADE_WRITTEN + r"\s+[^()]{3,60}?\s+(?P<why>(?:đang\s+|đi\s+|bận\s+|nghỉ\s+|ốm|nằm\s+|vắng)[^()]{0,60})\)")


def _away_while_deputy_chairs(scope: list[L]) -> list[Absentee]:
    """The one whose absence the chair's line explains in brackets ("… – Phó Bí thư chi bộ (đồng chí Bí thư
    Ngô Đình Sang đi công tác)"): an absentee with that reason."""
    out = []
    for i, ln in enumerate(scope):
        if not (cues.CHAIR_RX.match(ln.key) or cues.CHAIR_INLINE_RX.search(ln.key)):
            continue
        text = ln.text
        for nxt in scope[i + 1:i + 3]:  # the bracket may wrap onto the next lines
            if text.count("(") <= text.count(")"):
                break
            text += " " + nxt.text
        for mm in _AWAY.finditer(text):
            n = next((n for n in names(text[mm.start():mm.start("why")]) if _full_name(n.text)), None)
            why = clean_value(mm.group("why"))
            if n and not re.search(r"\b(?:dự|tham dự|tham gia|theo dõi)\s+(?:trực tuyến|qua)", text[mm.start():mm.start("why")]):
                # "(đồng chí Bí thư X dự trực tuyến từ Hà Nội, nơi đồng chí đang dự hội nghị …)": there, online
                out.append(Absentee(name=n.text, reason=why, excused=_reason_excuses(why)))
    return out


def _last_sentence_start(text: str, base: int = 0) -> int:
    """Where the last sentence in `text` starts (offset + base), or 0: a full stop after a word or a bracket,
    then a capital; not an abbreviation ("TP. Hồ Chí Minh")."""
    ends = [m.end() for m in re.finditer(r"(?<=\S)\.\s+(?=[^\W\d_])", text)
            if text[m.end()].isupper() and (text[m.start() - 1].islower() or text[m.start() - 1] == ")")]
    return base + ends[-1] if ends else 0


def _full_name(name: str) -> bool:
    """"Nguyễn Đăng Khoa", "K'Thương" — not a given name alone ("đồng chí Khoa vắng họp hai lần")."""
    return len(name.split()) >= 2 or bool(re.search(r"['’]", name))


def _reason_excuses(reason: str | None) -> bool:
    """A reason written down excuses the absence unless it says there was none; no reason, none does."""
    return bool(reason) and not cues.UNEXCUSED_RX.search(fold(reason))


_HONORIFIC_WORD = r"(?:" + "|".join(sorted(cues.HONORIFICS)) + r")"  # "anh", "chị", "cụ" … before a name
_JOINED = re.compile(r"\s*(?:,|và|cùng)\s*(?:" + cues.COMRADE_WRITTEN + r"\s*|" + _HONORIFIC_WORD + r"\s+)?")


def _absentees(scope: list[L]) -> list[Absentee]:
    out, used = _table_absentees(scope)
    full, scope = scope, [ln for ln in scope if ln.idx not in used]
    line_after = {a.idx: b for a, b in zip(full, full[1:])}
    seen: set[str] = {fold(x.name) for x in out}
    for x in _named_before_absent(scope):  # "… Thư ký: đ/c X vắng, …" may name one the table or list names too
        if fold(x.name) not in seen:
            seen.add(fold(x.name))
            out.append(x)
    for x in _away_while_deputy_chairs(scope):  # the absentee may be listed in a table too
        if fold(x.name) not in seen:
            out.append(x)
            seen.add(fold(x.name))
    for ln, start in _list_span(full, cues.ABSENTEE_START_RX, used):  # ln: a Block (text/key)
        found: list[tuple[str, str | None, bool | None, bool]] = []  # name, reason, excused, joined to the next
        # names without a title from any people ("Rmah Dơk", "K'Thương"), as long as they open an item
        # (a titled name is a name even when it folds like a role: "Đ/c Trương Văn Lẫm" is no "trưởng")
        ns = [n for n in names(ln.text, loose=True)  # (the surname Trương folds like "trưởng")
              if n.start >= start and (n.titled or not cues.ROLE_RX.match(fold(n.text)) or n.text.startswith("Trương "))]
        # a name without a title must open a list item: "(ốm), Trần Thị B", not "khám bệnh tại Hà Nội"
        ns = [n for k, n in enumerate(ns) if n.titled or re.search(
            r"(?:^|[,;:(+•\-–]|\b(?:và|gồm|gồm có|là|cụ thể|trong đó)|\b[Vv]ắng(?: mặt)?\s+(?=" + _HONORIFIC_WORD + r"))\s*"
            r"(?:" + _HONORIFIC_WORD + r"\s+)?$",
            ln.text[(ns[k - 1].end if k else start):n.start], re.I)  # ("vắng anh X (đi biển), chị Y (con ốm)")
            and not (k and ln.text.count("(", ns[0].end, n.start) > ln.text.count(")", ns[0].end, n.start))]
        # (a place in the reason's brackets is no name: "Bùi Văn Quyết (đi công tác tại cảng Cái Lân, Quảng Ninh)")
        for k, n in enumerate(ns):
            ends = _last_sentence_start(ln.text[ns[k - 1].end if k else start:n.start], ns[k - 1].end if k else start)
            if ends and not cues.ABSENTEE_START_RX.search(fold(ln.text[ends:n.start])) \
                    and not re.search(r"\(\s*ghi ro[^)]{0,40}\)\s*:\s*(?:d/c|dc|dong chi)?\s*$", fold(ln.text[ends:n.start])) \
                    and not re.match(r"\W*(?:trong do\b|ly do\s*:)", fold(ln.text[ends:n.start])):
                # (the form's hint goes on: "Vắng: 03 đồng chí. …" / "(ghi rõ họ tên, lý do): đ/c Điểu Lên (ốm); …";
                # so does "Vắng: 01 đ/c. Trong đó có lý do: 01 đ/c (đ/c Điểu Lộc – đi viện)", ". Lý do: đ/c X trực …")
                break  # "vắng đ/c Tô Văn Mến (đi biển). Đ/c Quách Thanh Liêm, Bí thư …" (not ". Lý do vắng: đ/c …")
            before = ln.key[max(start, ns[k - 1].end if k else start):n.start]
            tail = ln.text[n.end:n.end + 60]
            nxt_line = line_after.get((ln.lines[-1] if isinstance(ln, Block) else ln).idx)
            if len(tail.strip(" ,")) < 12 and nxt_line is not None:
                tail += " " + nxt_line.text  # the name ends its line
            if re.match(r"[^;.()]{0,40}\b(?:chu tri|chu toa|dieu hanh)\b(?!\s*:)", fold(tail)):
                continue  # "do đồng chí Bí thư vắng mặt, đồng chí X, Phó Bí thư chi bộ, chủ trì": X chairs
            if cues.EXEMPT_START_RX.search(before) or re.search(r"chu tri|thu ky|khach|dai bieu|phan cong|\bcu (?:dong chi|d/c|dc)\b", before) \
                    or cues.GUEST_START_RX.search(before) or not _full_name(n.text):
                continue  # a guest named in the same sentence; "đồng chí Khoa": a given name alone is no list item
            nxt = ns[k + 1].start if k + 1 < len(ns) else len(ln.text)
            seg = ln.text[n.end:nxt]
            speck = re.match(r"\.\s?([^\W\d_]+)(?=\s*[-–(:])", seg)  # OCR: "Hồ Thị Bích. Ngân – con ốm"
            if speck and speck.group(1)[0].isupper():
                n = replace(n, end=n.end + speck.end(), text=f"{n.text} {speck.group(1)}")
                seg = seg[speck.end():]
            reason = None
            # ("Họ tên đảng viên vắng: Đinh Thị Hồng Vân. Lý do: nghỉ phép năm.": the reason in a sentence of its own)
            om = re.match(rf"\s*(?:\(|:|-|–|—|,|\.(?=\s*[Ll]ý do\s*:))\s*(?:[Ll]ý do\s*:?\s*)?|\s+(?=[{cues.LOWER}])", seg)
            if om and not seg.lstrip().startswith(")"):
                body = seg[om.end():]
                stop = re.search(r"\)|;|\.\s|\.$|,\s*(?:" + cues.COMRADE_WRITTEN + r"\b|" + _HONORIFIC_WORD + r"\s*(?=[A-ZĐ]|$))"
                                 r"|\s[-–]\s*(?=" + cues.COMRADE_WRITTEN + r")"
                                 r"|(?:,|\s+và)\s+(?=\d+\s*(?:đồng chí|đ/c)\b)", body)  # "X đi tuần tra và 01 đồng chí đi học"
                reason = clean_value(body[:stop.start()] if stop else body) or None
                told = re.match(r"[^()]{0,80}?\(([^()]{2,80})", body) if "," in om.group() else None
                if told and cues.ROLE_RX.match(fold(body)):
                    reason = clean_value(told.group(1))  # "X, Bí thư chi bộ, Trưởng khoa (đi tập huấn …)": the bracket
                if reason and (re.search(r"\d+\s*(?:đồng chí|đ/c)", reason) or fold(reason) in cues.TITLES
                               or len(reason) < 2):
                    reason = None
            rk = fold(reason) if reason else ""
            pre = re.findall(r"khong (?:co )?ly do|co ly do", ln.key[start:n.start])
            if cues.UNEXCUSED_RX.search(rk):
                excused = False
            elif reason:
                excused = True  # a reason was given ("đi biển, có báo"); only "không lý do" and the like are not
            elif pre and not re.search(r"[);]", ln.key[ln.key.rfind(pre[-1], start, n.start):n.start]):
                excused = not pre[-1].startswith("khong")
            else:
                excused = None
            if reason is None and excused is None:
                excused = False  # named absent with no reason written: an absence without reason
            joined = k + 1 < len(ns) and bool(_JOINED.fullmatch(seg))
            found.append((n.text, reason, excused, joined))
        # "đ/c A và đ/c B vắng không có lý do": A takes B's reason
        for i in range(len(found) - 2, -1, -1):
            if found[i][3]:
                found[i] = (found[i][0], *found[i + 1][1:])
        for name, reason, excused, _ in found:
            if fold(name) not in seen:
                seen.add(fold(name))
                out.append(Absentee(name=name, reason=reason, excused=excused))
    return out




def _guests(scope: list[L]) -> list[Guest]:
    out: list[Guest] = []
    for ln, start in _list_span(scope, cues.GUEST_START_RX):  # ln: a Block
        if cues.UNFILLED_RX.search(ln.lines[0].key):
            continue  # "Khách mời: ………": left blank
        while start is not None:
            stop = _SENTENCE_END.search(ln.text, start)  # the guests' sentence ends there
            end = stop.start() if stop else len(ln.text)
            found = [n for n in names(ln.text) if start <= n.start < end and (
                n.titled or re.fullmatch(r"[^:]*:\s*", ln.text[start:n.start]) or _HONORIFIC_BEFORE.search(ln.text[:n.start]))]
            for h in _HONORIFIC.finditer(ln.text, start, end):  # "ông Mohamad Kasim", "già làng A Phiu": no surname we know
                words = re.match(r"(?:[^\W\d_][\w'’]*\s?){1,4}", ln.text[h.end():])
                run = words.group().split() if words else []
                run = run[:next((k for k, w in enumerate(run) if not w[0].isupper()), len(run))]
                if run and not any(n.start <= h.end() < n.end for n in found):
                    text = " ".join(run)
                    found.append(Name(h.end(), h.end() + len(text), text, False))
            for n in sorted(found, key=lambda n: n.start):
                out.append(Guest(name=n.text, role=_role_after(ln.text, n.end)))
            # "Dự họp: đủ 22/22 đồng chí …. Khách mời: đồng chí X, …": another cue in a later sentence of the block
            again = next((m for m in cues.GUEST_START_RX.finditer(ln.key, end) if m.start() > end), None) if stop else None
            start = again.start() if again and not cues.UNFILLED_RX.search(ln.key, again.start(), again.end() + 12) else None
    # the guest named before the cue: "Có đồng chí Hà Minh Đức, Đảng ủy viên, về dự.", "… ông X được mời cùng dự"
    blk = Block(scope)
    seen = {fold(g.name) for g in out}
    for mm in _GUEST_AFTER_RX.finditer(blk.key):
        start = max(blk.key.rfind(c, 0, mm.start()) for c in ".;:") + 1
        for n in names(blk.text[start:mm.start()]):
            if (n.titled or _HONORIFIC_BEFORE.search(blk.text[start:start + n.start])) and fold(n.text) not in seen:
                seen.add(fold(n.text))
                out.append(Guest(name=n.text, role=_role_after(blk.text, start + n.end)))
    return out


_GUEST_AFTER_RX = re.compile(r"\b(?<!khong )(?<!chua )(?:ve du|den du|duoc moi (?:cung )?du|cung du)\b(?!\s+(?:co\b|muon|tre|cham|\d))")


_SENTENCE_END = re.compile(r"(?<![A-ZĐ])\.\s+(?=[A-ZĐ])")
# guests who are no Party members are written "ông / bà / già làng …" before the name
# (a guest who is no Party member: "ông X", "già làng A Phiu", "quần chúng A Thương")
_HONORIFIC_BEFORE = re.compile(r"(?:^|[\s;,])(?:ông|bà|anh|chị|già làng|cụ|quần chúng)\s+$", re.I)
_HONORIFIC = re.compile(r"(?:^|(?<=[\s;,:]))(?:ông|bà|anh|chị|già làng|cụ|quần chúng)\s+", re.I)  # "anh Đỗ Văn Tùng –
# Bí thư Chi đoàn xóm (chưa là đảng viên)"


# --- conclusion, votes, assignments ----------------------------------------------------


def conclusion(secs: list[Sec]) -> Conclusion | None:
    for s in secs:
        if s.kind != "conclusion":
            continue
        lines = s.lines
        # a question heads the part ("Chi bộ thống nhất những gì?"): what follows is read as under a heading
        asked = s.heading is None and len(s.lines) > 1 and re.search(r"\?\s*$", s.lines[0].text) is not None
        if s.heading is not None or asked:
            rest = s.heading.text.split(":", 1)[1] if s.heading is not None and ":" in s.heading.text else ""
            body = " ".join([rest] + [ln.text for ln in (s.body if s.heading is not None else s.lines[1:])])
            said = cues.INLINE_CONCLUSION_RX.search(fold(body)[:120])
            if not said and cues.NOT_THE_CHAIRS_RX.match(fold(body.strip())) \
                    and not cues.INLINE_CONCLUSION_RX.search(fold(body)):
                continue  # a guest's directions or the secretary's summary under the heading, and no chair concluding
            body = body[said.end():] if said else body  # "Đồng chí chủ trì kết luận: chi bộ nhất trí." says nothing
        else:
            hk = s.lines[0].key
            mm = cues.INLINE_CONCLUSION_RX.search(hk)
            tail = s.lines[0].text[mm.end():] if mm else s.lines[0].text
            body = " ".join([tail] + [ln.text for ln in s.lines[1:]])
        bk = fold(body.strip())
        only = cues.AGREES_ONLY_RX.match(bk) or cues.NOTED_ONLY_RX.match(bk)
        if only and not cues.DIRECTIVE_RX.search(only.group(1)):
            continue
        if len(clean_value(body)) >= 15 and not cues.VAGUE_CONCLUSION_RX.match(fold(body)):
            return Conclusion(text=body.strip().lstrip(":;,. "), evidence=evidence(lines))  # the heading stays in the evidence
    return None


def resolutions(secs: list[Sec]) -> list[Resolution]:
    out: list[Resolution] = []
    body = [ln for s in secs if s.kind not in ("header", "title", "opening", "signatures") for ln in s.lines]
    table = set()
    for lines, counts in tables.vote_rows(body):  # a ruled vote table: one vote per row
        out.append(Resolution(text=Block(lines).text, votes=Votes(**counts), evidence=evidence(lines)))
        table.update(ln.idx for ln in lines)
    last: L | None = None
    for s in secs:
        if s.kind in ("header", "title", "opening", "signatures"):
            continue
        s = Sec(s.kind, s.heading, [ln for ln in s.lines if ln.idx not in table])
        rest = s.lines
        before, last = last, (s.lines[-1] if s.lines else last)
        if s.kind == "vote" and before is not None and s.lines and _approval_goes_on(before, s.lines[0]):
            # "Biên bản được đọc lại trước chi bộ," / "11/11 đồng chí nhất trí thông qua.": the minutes approved
            k = next((i for i, ln in enumerate(s.lines) if re.search(r"[.;]\s*$", ln.text)), len(s.lines) - 1)
            out.extend(_votes_in(s.lines[k + 1:]))
            continue
        if s.kind == "vote":
            lines = []
            for ln in s.lines:  # the vote, not the task list that may follow it in the same part
                if lines and ((_ITEM_START.match(ln.text) and cues.ITEM_ASSIGNEE_RX.match(strip_numbering(ln.key)[0]))
                              or (_TITLE_START.match(ln.key) and any(n.titled and n.start <= 14 for n in names(ln.text)))
                              or cues.ASSIGN_VERB_RX.match(ln.key)):
                    break
                lines.append(ln)
                if re.search(r"\.\s*$", ln.text) and cues.VOTE_RX.search(Block(lines).key):
                    break  # the sentence with the vote has ended; a second vote may follow in this part
            key = Block(lines).key
            ap = cues.APPROVED_RX.search(key)
            cut = key.rfind(". ", 0, ap.start()) if ap else -1
            if ap and not (cut > 0 and cues.VOTE_RX.search(key[:cut])):  # "… 100% nhất trí thông qua biên bản": the
                out.extend(_votes_in(lines))  # minutes (not "Biểu quyết: 13/13 … tán thành. Biên bản đã đọc lại …")
            else:
                out.extend(_resolutions(lines, force=True))
            rest = s.lines[len(lines):]
        out.extend(_votes_in(rest))
    return out


def _approval_goes_on(above: L, ln: L, whole: bool = True) -> bool:
    """The approval of the minutes, begun on the line above, goes on in `ln` ("… Biên bản được" / "thông qua trước
    chi bộ, 20/20 đồng chí nhất trí."); with `whole`, also an approval written wholly above and left open by a comma
    or a semicolon ("… đọc lại và thông qua;" / "37/37 đ/c nhất trí.")."""
    if re.search(r"\.\s*$", above.text) or (re.search(r";\s*$", above.text) and not (
            whole and cues.APPROVED_RX.search(above.key))):
        return False
    if whole and cues.APPROVED_RX.search(above.key):
        return True
    return any(m.start() < len(above.key) < m.end() for m in cues.APPROVED_RX.finditer(Block([above, ln]).key))


def _says_vote(key: str) -> bool:
    said = {m.group() for m in cues.VOTE_RX.finditer(key)}
    if said <= {"so phieu", "bo phieu"} and cues.PUBLIC_ELECTION_RX.search(key):
        said = set()  # the village's or the country's election, not the cell's vote
    return bool(said) or bool(cues.COUNTED_VOTE_RX.search(key))


def _votes_in(lines: list[L]) -> list[Resolution]:
    """Vote sentences among other text ("… tán thành 14/14, đạt 100%")."""
    out: list[Resolution] = []
    group: list[L] = []
    in_approval = False  # inside a sentence approving the minutes, which may wrap over lines
    prev: L | None = None
    for ln in lines + [None]:
        wrapped = ln is not None and prev is not None and _approval_goes_on(prev, ln, whole=False)
        before, prev = prev, ln
        if ln is not None and not group and (in_approval or wrapped or cues.APPROVED_RX.search(ln.key)):
            # "Biên bản được thông qua …, 09/09 đồng chí nhất trí": the minutes, not a resolution ("… và thông qua;" /
            # "37/37 đ/c nhất trí.": its count may follow a semicolon)
            in_approval = not re.search(r"\.\s*$", ln.text)
            continue
        vote = ln is not None and _says_vote(ln.key) \
            and upper_ratio(ln.text) < 0.7 \
            and not _vote_heading(ln)  # "IV. THẢO LUẬN, KẾT LUẬN VÀ BIỂU QUYẾT", "Mục 4. Bỏ phiếu xếp loại": headings
        ended = bool(group) and re.search(r"\.\s*$", group[-1].text) is not None
        # a vote's sentence begun on the line above ("… Kha Thị Ngọc: 22/22 đảng viên" / "chính thức có mặt tán thành")
        opened = vote and before is not None and not re.search(r"[.;:]\s*$", before.text) \
            and (not group or ended) and re.search(r"\d|\btren\b", before.key) is not None \
            and not cues.APPROVED_RX.search(before.key)
        if opened and not group:
            group = [before]
        if ln is not None and (vote and not ended or group and len(group) < 4 and not ended):
            group.append(ln)  # a vote sentence wrapped over lines ("… 15/15 đồng chí tán" / "thành …")
            continue
        if vote and ended:  # a second vote starts right after the first one's sentence
            out.extend(_resolutions(group))
            group = [before, ln] if opened else [ln]
            continue
        if group:
            out.extend(_resolutions(group))
            group = []
    return out


def _vote_heading(ln: L) -> bool:
    """A short line naming the vote, no count, no sentence: the heading of the part where the vote is written."""
    body = re.sub(r"^\s*(?:muc|phan|buoc)\s+", "", strip_numbering(ln.key)[0])
    body = strip_numbering(body)[0]
    return len(body.split()) <= 5 and not re.search(r"\d", body) and not re.search(r"[.:;,)]\s*$", ln.text)


# "1) Thông qua kết luận: 20/20 … tán thành. 2) Tự đánh giá …: tán thành 19 …": numbered votes in one paragraph
# ("Biểu quyết phần thường kỳ: 18/18 tán thành. Biểu quyết nội dung chuyên đề: 18/18 tán thành": two in one line)
_NEXT_VOTE = re.compile(r"(?<=[.;])\s+(?=\(?\d{1,2}\)\s|(?:Biểu quyết|Bỏ phiếu|Kết quả biểu quyết)\b)")


def _resolutions(lines: list[L], force: bool = False) -> list[Resolution]:
    """The votes of a vote's sentence or paragraph: one, or one per numbered item that holds a count."""
    blk = Block(lines)
    cuts = [0] + [m.end() for m in _NEXT_VOTE.finditer(blk.text)] + [len(blk.text)]
    if len(cuts) == 2:
        r = _resolution(lines, force)
        return [r] if r else []
    out = [_resolution(lines, force, a, b) for a, b in zip(cuts, cuts[1:])]
    return [r for r in out if r and (r.votes.for_ is not None or r.votes.percent_for is not None)]


def _resolution(lines: list[L], force: bool = False, start: int = 0, end: int | None = None) -> Resolution | None:
    blk = Block(lines)
    end = len(blk.text) if end is None else end
    # OCR puts a stray mark between a count and its unit ("15/15: đồng chí tán thành"); same length, so offsets hold
    key = re.sub(r"(?<=\d)[:;,.](?=\s+(?:dong chi|d/c|dc|dang vien|nguoi)\b)", " ", blk.key[start:end])
    v: dict[str, int] = {}
    for fields, rx in cues.VOTE_PATTERNS:
        if all(f in v for f in fields):
            continue
        mm = rx.search(key)
        if mm:
            vals = [to_int(mm.group(i + 1)) for i in range(len(fields))]
            if any(x is None for x in vals):
                continue
            for f, x in zip(fields, vals):
                v.setdefault(f, x)
    pct = None
    for pm in cues.PERCENT_RX.finditer(key):
        pct = float(pm.group(1).replace(",", "."))
        if pct <= 100:
            break
    if pct is None:
        pw = cues.PERCENT_WORDS_RX.search(key)
        n = words_to_int(pw.group(1)) if pw else None
        pct = float(n) if n is not None and n <= 100 else None
    ap = cues.APPROVED_RX.search(key)  # "… sau phần biểu quyết. Buổi sinh hoạt kết thúc …; biên bản được thông qua, các
    said = key[:ap.start()] if ap else key  # đồng chí có mặt nhất trí": the minutes' approval is no vote's cue
    has_cue = bool(re.search(r"tan thanh|nhat tri|dong y|gio tay|thong qua (?:nghi quyet|ket luan)", said))
    if not v and pct is None and (not (has_cue and (force or re.search(r"bieu quyet|gio tay", said)))
                                  or cues.UNFILLED_RX.search(key) or re.search(r":\s*$|:\s*(?:…|\.{3})|(?:nhu sau|sau day)\s*:", key)
                                  or not re.search(r"[.;!)]\s*$", key)):
        return None  # "Tán thành: ……… đ/c": a form's vote line left blank; "… giơ tay:", "… bằng": the count comes below
    if ("for" in v or pct is not None) and cues.ZERO_AGAINST_RX.search(key):
        v.setdefault("against", 0)
    if ("for" in v or pct is not None) and cues.ZERO_ABSTAIN_RX.search(key):
        v.setdefault("abstain", 0)
    # counts as written: "09/09 tán thành" says nothing of against/abstain (left None)
    if pct is None and "for" in v and v.get("present"):
        pct = round(100.0 * v["for"] / v["present"], 1)
    votes = Votes(**{"for": v.get("for"), "against": v.get("against"), "abstain": v.get("abstain"),
                     "percent_for": pct})
    return Resolution(text=blk.text[start:end].strip(), votes=votes, evidence=evidence(blk.lines_for(start, end)))


# a list item: a bullet or a number, then its text ("11." alone is the end of a wrapped date); "_3)": photocopy specks
# a line that announces the list of tasks below it ("Phân công:", "Đồng chí Bí thư giao nhiệm vụ cụ thể:")
_LEAD_IN = re.compile(r"\b(?:phan cong|giao nhiem vu|giao viec|nhiem vu cu the|cu the nhu sau|nhiem vu nhu sau)"
                      r"[^.;:]{0,40}:\s*$")
_ITEM_START = re.compile(r"^\s*[_.]?\s*(?:[*\-–—•+~]|\d{1,2}[.)](?!\d)|[a-hđ][.)]|\(\d{1,2}\))(?=\s*\S)\s*")
_ANAPHOR = re.compile(r"\s*" + cues.COMRADE_WRITTEN + r"\s+(\w+)")


def _anaphor(text: str) -> bool:
    """"Đồng chí lập bảng theo dõi …": the title, then a verb in lower case; the comrade of the line above."""
    mm = _ANAPHOR.match(text)
    return bool(mm) and mm.group(1).islower() and fold(mm.group(1)) not in cues.ROLE_WORDS


_TITLE_START = re.compile(r"^\s*(?:giao (?:cho )?|phan cong (?:cho )?|de nghi |yeu cau )?(?:(?:hai|ba) )?(?:cac dong chi|" + cues.TITLE_OR_RANK
                          + r"\b|(?:" + "|".join(cues.DEGREES) + r")\s*\.)")  # "- TS. Trịnh Thị Vân chủ trì …"
# "Giao anh Thạch Ny lo …; chị Kim Thị Phượng lo …": a member called as neighbours call each other (on the text)
_HONORIFIC_START = re.compile(r"^\s*(?:[Gg]iao (?:cho )?)?(?i:" + _HONORIFIC_WORD + r")\s+[A-ZĐ]")


_GIVE_BY_HONORIFIC = re.compile(r"\b(?:[Gg]iao|[Pp]hân công|[Nn]hờ) (?:cho )?(?=(?i:" + _HONORIFIC_WORD + r")\s+[A-ZĐ])")


def _titled_start(text: str, key: str) -> bool:
    return bool(_TITLE_START.match(key) or _HONORIFIC_START.match(text))


def _deadline(text: str | None, cell: bool = False) -> str | None:
    """The time expression as written, without the words in front ("Trước ngày 25/9" -> "25/9"); a table's time cell
    is taken whole after them ("Hằng ngày trong vụ vải")."""
    if text and re.fullmatch(r"[.…_\s]+", text):
        return None  # "thời hạn: ……": a form's blank
    if text:
        text = re.split(r"\s+(?:để|nhằm)\s", text)[0]  # "kỳ họp tháng 01/2025 để xem xét …": the purpose follows
        lead = cues.DEADLINE_LEAD_RX.match(fold(text))
        if lead and lead.end() < len(text):
            text = text[lead.end():]
        head, comma, tail = text.partition(",")
        if comma and re.match(r"(?:sang|chieu|toi|trua|dem) ", fold(head)) \
                and not re.match(r"\s*(?:thu \w+|chu nhat)\b", fold(tail)):  # "chiều thứ Năm, thực hiện hằng tuần"
            # (but "Tối thứ Sáu, thứ Bảy hằng tuần" is one time)
            every = cues.FREQUENCY_RX.search(fold(tail))
            text = tail[every.start():every.end()] if every else head
        elif comma and re.match(r"khi ", fold(head)) and (every := cues.FREQUENCY_RX.match(fold(tail).lstrip())):
            # "khi có sự cố, thường xuyên": the condition is when, the frequency is the deadline
            tail = tail.lstrip()
            text = tail[every.start():every.end()]
        if cell:
            return canon_phrase(text) or None
        often = cues.FREQUENCY_RX.match(fold(text)) or cues.DATE_ONLY_RX.match(fold(text)) \
            or cues.PERIOD_ONLY_RX.match(fold(text))
        often = often or re.match(r"(?:sau|trong) \d{1,3} (?:ngay|tuan|thang)\b|ngay trong (?:thang|tuan|quy|nam)(?: nay)?\b",
                                  fold(text))  # "sau 1 tuần báo cáo chi bộ"
        if often:  # "hằng tuần đi kiểm tra", "15/9 báo cáo chi ủy": the deadline ends there
            text = text[:often.end()]  # "hằng tuần đi kiểm tra vườn": the deadline is "hằng tuần"
    return canon_phrase(text) or None  # OCR: "thường xuyền" -> "thường xuyên"


_TIME_FIRST = re.compile(r"\s*(?:[^:;,.]{2,30}:\s*)?((?:trước|chậm nhất|đến|hạn)\s[^,;:]{2,30}),", re.I)  # "Phân công: Trước 15/6, …"


def _table_assignments(lines: list[L], above: dict[int, L] | None = None) -> tuple[list[Assignment], set[int]]:
    """Tasks from a table with a task and an assignee column; and the table's line indexes. `above`: the minute's
    line above each line (an agenda table's lead-in may sit in the opening)."""
    out: list[Assignment] = []
    used: set[int] = set()
    for t in tables.find_tables(lines):
        if not t.has("task") or not (t.has("assignee") or t.has("name")) or t.has("opinion"):
            continue  # "Họ và tên | Nhiệm vụ được phân công": the name column holds the assignee
        used.update(ln.idx for ln in t.lines)
        lead = (above or {}).get(t.header.idx)
        if lead is not None and cues.AGENDA_RX.search(lead.key) and not re.search(r"\b(?:ket luan|phan cong)\b", lead.key):
            continue  # "Chương trình sinh hoạt:" / "TT | Nội dung | Người thực hiện": who presents what, no tasks
            # (not "Đồng chí chủ tọa kết luận theo các nội dung sau:")
        for row in t.rows:
            who, task = tables.cell(row, "assignee") or tables.cell(row, "name"), tables.cell(row, "task")
            if not who or not task or cues.EVERYONE_RX.match(fold(who)):
                continue  # "Toàn thể đảng viên": everyone, nobody given the task
            ns = [n for n in names(who) if n.titled] or (
                [] if who.split()[0].lower() in cues.GROUP_WORDS else names(who))  # "Tổ Nghiệp vụ …": a group
            deadline = _deadline(tables.cell(row, "deadline"), cell=True)
            if deadline is None and not t.has("deadline"):  # no column for it: in "Ghi chú" ("Xong trước 30/11")
                deadline = _deadline_in(tables.cell(row, "reason") or "")
            # two people (or groups: "Tổ dân phố, Chi hội Cựu chiến binh") in one cell share the task: one each
            who = re.sub(r"^\s*" + cues.COMRADE_WRITTEN + r"\s+", "", who)  # "Đ/c Chính trị viên": the role
            groups = [g.strip() for g in re.split(r"\s*[,;]\s*|\s+và\s+(?=[A-ZĐ]|" + cues.COMRADE_WRITTEN + r"\s)", who) if g.strip()]
            if not ns and len(groups) > 1 and all(fold(g).split()[0] in cues.GROUP_FIRST_WORDS for g in groups):
                ns_text = [clean_value(g) for g in groups]
            elif ns and len(groups) > 1 and (bodies := [clean_value(g) for g in groups if not names(g)
                                                        and fold(g).split()[0] in cues.GROUP_FIRST_WORDS]):
                ns_text = bodies + [n.text for n in ns]  # "Chi đoàn khu phố và đ/c Lý Gia Hân": the group and the member
            else:
                ns_text = [n.text for n in ns] if ns else [clean_value(who)]
            for person in ns_text:
                out.append(Assignment(assignee=person, task=task, deadline=deadline, evidence=evidence(row.lines)))
    return out, used


def assignments(secs: list[Sec]) -> list[Assignment]:
    body = [ln for s in secs if s.kind not in ("header", "title", "opening", "signatures", "closing")
            for ln in s.lines]
    every = [ln for s in secs for ln in s.lines]
    out, used = _table_assignments(body, {b.idx: a for a, b in zip(every, every[1:])})
    used |= _table_absentees(body)[1]  # a table of absentees and their reasons gives no task
    margins = right_margins(body)
    following = {a.idx: b for a, b in zip(every, every[1:])}
    nicks = _nicknames([ln for s in secs for ln in s.lines])
    for s in secs:
        if s.kind in ("header", "title", "opening", "signatures", "closing", "information"):
            continue
        head = s.heading.key.partition(":")[0] if s.heading is not None else ""
        in_section = s.kind == "assignments" or (s.kind in ("vote", "conclusion") and len(head.split()) <= 12
                                                 and bool(cues.ASSIGN_HEADING_RX.search(head)))
        items: list[list[L]] = []
        if in_section and s.heading is not None and len(s.heading.text.partition(":")[2].strip()) > 10:
            items.append([s.heading])  # "g) Phân công: Giao đ/c X …" goes on in the lines below it
        prev = items[0][0] if items else None
        above = ""  # the line before `prev`: "… kiểm điểm các việc đã" / "phân công:" recalls, it gives nothing
        listed: set[int] = set()  # items after a line that announces the tasks ("… kết luận: …. Phân công:")
        cut = False  # a heading inside the part was passed: the next line opens an item
        for ln in s.body if s.heading is not None and in_section else s.lines:
            if ln.idx in used:
                continue
            lead = _LEAD_IN.search(prev.key) if prev is not None else None
            if lead and not re.search(r"\b(?:da|duoc)\s+$", f"{above} {prev.key[:lead.start()]}"):
                listed.add(len(items) + (0 if _ITEM_START.match(ln.text) else 1))
            # a line that goes on with the sentence above belongs to its item, whatever it goes on to say
            # ("… gặp đ/c Sơn Văn Chanh, lập" / "biên bản làm việc, trước kỳ họp tháng 11. Giao Chi đoàn …")
            midway = prev is not None and (not _ITEM_START.match(ln.text) and (
                ln.text[:1].islower() or runs_on(prev, ln, margins)) and re.search(r"\w,?\s*$", prev.text) is not None
                or _number_wrapped(prev, ln))
            # a line opening with "đồng chí" or a group after a line left mid-sentence is the rest of that sentence
            # ("… gửi" / "Phòng Nông nghiệp huyện, trong tháng 3"); "* * *" above ends one
            fresh = prev is None or bool(re.search(r"[.;:!?]\s*$", prev.text)) or not any(c.isalnum() for c in prev.text) \
                or prev is s.heading or _caps_heading(prev)  # "II. KẾT LUẬN" / "Yêu cầu đồng chí X …": a heading
            if _caps_heading(ln):  # "NỘI DUNG SINH HOẠT" inside a part: it ends the item above and gives no task
                above, prev, cut = prev.key if prev is not None else "", ln, True
                continue
            opens = fresh and _titled_start(ln.text[len(ln.key) - len(strip_numbering(ln.key)[0]):],
                                            strip_numbering(ln.key)[0]) \
                and not _anaphor(ln.text)  # "Đồng chí lập bảng …" is the same comrade again
            above, prev = prev.key if prev is not None else "", ln
            starts_item = bool(_ITEM_START.match(ln.text)) or opens \
                or bool(cues.ASSIGN_VERB_RX.search(ln.key)) \
                or (fresh and _capital(ln.text) and bool(_group_span(ln.text, ln.key, 0))) \
                or _person_task(ln.text, ln.key)
            if (starts_item and not midway) or not items or cut:
                items.append([ln])
                cut = False
            else:
                items[-1].append(ln)
        if items and (rest := _sentence_goes_on(items[-1][-1], following.get(items[-1][-1].idx))):
            items[-1] = items[-1] + [rest]
        first_listed = min(listed, default=len(items) + 1)
        gave = False  # the item above gave a task: "Giao đ/c A …." / "Đ/c B khảo sát …. Thời hạn: …" goes on giving
        for n_item, item in enumerate(items):
            text = Block(item).text
            given_list = in_section or n_item >= first_listed
            if s.kind in ("review", "discussion", "other") and _speaks(strip_numbering(text)[0]) \
                    and not cues.CHAIR_GIVES_RX.match(strip_numbering(fold(text))[0]):
                gave = False
                continue  # a member's opinion, whatever it proposes ("…: đề nghị …, giao tổ thu gom rác quản lý")
            # two tasks in one line: "… xong trong tháng 4. Đồng chí Triệu Thị Lìu vận động …"
            # … or after "; đồng chí Y …", or ". Chi hội Phụ nữ chủ trì …" (a named group's own task)
            parts = _task_sentences(text)
            given = gave  # a sentence that gives tasks goes on giving them after ";" ("…; Tổ an ninh tuần tra …")
            last: list[Assignment] = []
            undated: list[Assignment] = []  # this item's tasks still without a deadline
            for part in parts:
                got = _assignment(item, given_list, s.kind, part if len(parts) > 1 else None, given, nicks)
                given = given or bool(got)
                out.extend(got)
                undated = [a for a in undated + got if a.deadline is None]
                if got:
                    last = got
                elif last and all(a.deadline is None for a in last):
                    # a task told over several sentences: "Đồng chí X làm việc với …. Kết quả báo cáo chi bộ tại kỳ
                    # họp tháng 8." — its deadline comes from whichever sentence gives it, for every part still
                    # undated ("đ/c A tổng hợp …; đ/c B dự thảo …. Cả hai việc xong trước ngày 05/12.")
                    when = _deadline_in(part)
                    for a in undated:
                        a.deadline = when
            gave = bool(last)
    return out


def _caps_heading(ln: L) -> bool:
    """A line in capitals with no sentence's end: a heading inside a part ("NỘI DUNG SINH HOẠT")."""
    return len(ln.text.split()) >= 2 and upper_ratio(ln.text) >= 0.7 and not re.search(r"[.;,]\s*$", ln.text)


def _sentence_goes_on(last: L, nxt: L | None) -> L | None:
    """The end of a sentence cut by a section's edge: "… đồng chí X theo dõi điểm" / "sạt lở đồi Bằng sau mỗi trận
    mưa lớn. Biểu quyết: …" (the vote starts mid-line, so the line went to the vote) gives "sạt lở … mưa lớn."."""
    if nxt is None or nxt.furniture or re.search(r"[.;:!?]\s*$", last.text) or not nxt.text[:1].islower():
        return None
    stop = re.search(r"[.;!?](?=\s|$)", nxt.text)
    text = nxt.text[:stop.end()] if stop else nxt.text
    return L(nxt.idx, nxt.page, text, fold(text), nxt.bbox, extra=nxt.extra)


_QUOTED = re.compile(r"[“\"][^”\"]{2,80}[”\"]")
_NEW = re.compile(r"\bmới\b", re.I)  # "mới" (new) folds like "mỗi" (each): "nông thôn mới năm 2024" is no "mỗi năm"


def _when_key(text: str, key: str) -> str:
    """The key with what names no time hidden, offsets kept: a quoted name ("phong trào “Mỗi tuần một cuốn sách”")
    and the word "mới"."""
    key = _QUOTED.sub(lambda m: "_" * len(m.group()), key)
    for m in _NEW.finditer(text):
        key = key[:m.start()] + "_" * (m.end() - m.start()) + key[m.end():]
    return key


def _deadline_cue(text: str, key: str) -> tuple[re.Match, re.Match] | tuple[None, None]:
    """Where the deadline starts (the cue) and the text it runs over; the explicit cue first."""
    key = _when_key(text, key)
    for rx in (cues.DEADLINE_STRONG_RX, cues.DEADLINE_WEAK_RX, cues.DEADLINE_ON_DAY_RX):
        for dm in rx.finditer(key):
            often = cues.FREQUENCY_RX.match(key, dm.end())
            if often and key[often.end() - 2:often.end()] == "ca" and text[often.end() - 2:often.end()].lower() != "ca":
                continue  # "khu hàng cá" folds like "hằng ca" (every shift)
            if often and re.search(r"\b(?:\d+|mot|hai|ba) (?:ngay|buoi|lan|gio|ca|dem)\s+$", key[:dm.end()]):
                continue  # "nghỉ ít nhất 01 ngày mỗi tuần": a rate the task keeps, not when it is due
            dt = cues.DEADLINE_TEXT_RX.match(key, dm.end()) or often
            if dt and (later := re.search(r",\s+(?:(?:hoan thanh|xong)\b[^,;.]{0,30}?\s)?(?=truoc\s|(?:trong|cuoi|het) "
                                          r"(?:thang|quy|tuan|nam)\b)", key[dm.end():dt.end()])):
                # "… trong ba ngày Tết, trước Tết Chôl Chnăm Thmây phải bàn xong", "… trong mùa mưa, hoàn thành kế
                # hoạch trong tháng 11": when, then the deadline
                at = dm.end() + later.end()
                dm, dt = rx.match(key, at) or dm, cues.DEADLINE_TEXT_RX.match(key, at) or dt
            if dt:
                return dm, dt  # (a cue with no time after it within reach: the next one may have one)
    return None, None


def _deadline_in(text: str) -> str | None:
    dm, dt = _deadline_cue(text, fold(text))
    return _deadline(clean_value(text[dm.end():dt.end()])) if dt else None  # "… thường xuyên công khai …" (long)


_TASK_SPLIT = re.compile(r"(?<=[.;,])\s+(?=(?:(?:[Hh]ai|[Bb]a) (?=" + cues.COMRADE_WRITTEN + r"))?(?:[Gg]iao|Phân công|"
                         + cues.COMRADE_WRITTEN + "|" + cues.RANK_WRITTEN + r")\s)"  # "…; hai đồng chí X và Y …"
                         r"|(?<=[.;])\s+(?=(?:[Đđ]ề nghị|[Yy]êu cầu) " + cues.COMRADE_WRITTEN + r"\s)"
                         r"|(?<=;)\s+(?=[Vv]iệc\s[^;.]{3,150}?\sdo\s+" + cues.COMRADE_WRITTEN + r"\s)"  # "…; việc thăm hỏi … do đ/c X
                         # và đ/c Y đảm nhận"
                         r"|(?<=[.;:])\s+(?=\(?\d{1,2}\)\s)"  # "…: (1) …; (2) giao …; (3) đồng chí Y …"
                         # a degree or job title before a name: "…; BS. Đặng Quốc Huy lập …; KTV. Tạ Văn Lực …"
                         r"|(?<=;)\s+(?=(?:[A-ZĐ][A-Za-zĐđ]{0,4}\.\s*)+[A-ZĐ][^\W\d_]+\s[A-ZĐ])"
                         r"|(?<=[.;])\s+(?=(?:" + "|".join(f"[{w[0].upper()}{w[0]}]{w[1:]}" for w in cues.HONORIFICS)
                         + r")\s+[A-ZĐ])"  # "…; chị Châu Thị Ngọc Giàu lập danh sách …"
                         # any sentence: "… chậm nhất ngày 08/3. Công đoàn bộ phận … có trách nhiệm …"
                         rf"|(?<=[{cues.LOWER}\d)”\"’]\.)\s+(?=[{cues.UPPER}][{cues.LOWER}])")  # not "THƯ KÝ" below


_GROUP_AFTER = re.compile(r"(?<=[.;])\s+(?=" + cues.GROUP_HEAD_RX + r"\s|mat tran\s)")


_ROLE_AFTER = re.compile(r"(?<=;)\s+(?=(?:pho |truong |bi thu|chi uy vien|chinh tri vien)[^;,]{0,40}?\s(?:"
                         + cues.GROUP_VERBS + r")\b)")


def _number_wrapped(prev: L, ln: L) -> bool:
    """"… báo cáo chi bộ vào kỳ họp tháng" / "12. Mỗi đảng viên …": the month's number wrapped, no list item."""
    return bool(re.match(r"\s*\d{1,2}[.)]\s", ln.text)) \
        and re.search(r"\b(?:thang|ngay|nam|quy|lan|so|khoa|tuan|ky|dot)\s*$", prev.key) is not None


def _task_sentences(text: str) -> list[str]:
    """Several tasks in one paragraph: "… xong trong tháng 4. Đồng chí Y vận động …", "giao đ/c X theo
    dõi …, đ/c Y đôn đốc …; Tổ an ninh tuần tra …". A comma splits only when the piece before it
    already names someone and gives them at least two words of task ("đ/c A, đ/c B cùng …" is shared)."""
    parts, start = [], 0
    key = fold(text)  # ". Trung đội 2 …", "; Chi hội Phụ nữ …": a named group opens a task of its own
    groups = [m for m in _GROUP_AFTER.finditer(key) if (text[m.end()].isupper() or _LOWER_BODY.match(key, m.end()))
              and not re.fullmatch(r"\s*\(?(?:\d{1,2}|[a-h])[.)]?", text[:m.start()])]  # "3. Tổ …" is one task
    groups += [m for m in _ROLE_AFTER.finditer(key) if text[m.end()].isupper()]  # "…; Phó Bí thư chi bộ theo dõi …"
    for mm in sorted([*_TASK_SPLIT.finditer(text), *groups], key=lambda m: m.start()):
        piece = text[start:mm.start()]
        if re.fullmatch(r"\s*\(?\d{1,2}[.)]?\s*", piece):
            continue  # "1. Phân xưởng …": the item's number, no sentence
        if text[mm.start() - 1] == ",":
            ns = [n for n in names(piece) if n.titled]
            if not ns or len(piece[ns[-1].end:].split()) < 2:
                continue
        parts.append(piece)
        start = mm.end()
    parts.append(text[start:])
    return [p for p in parts if p.strip()]


def _person_task(text: str, key: str) -> bool:
    """A line that opens with a name written without a title, then a task verb."""
    if not cues.PERSON_TASK_VERB_RX.search(key):
        return False  # cheap test first: this runs on every line of the body
    ns = names(text)
    opens = bool(ns) and (ns[0].start <= 2 or ns[0].titled and len(text[:ns[0].start].split()) <= 3)  # "Thượng úy X"
    return opens and bool(cues.PERSON_TASK_RX.match(key[ns[0].end:]))


def _speaks(text: str) -> bool:
    """A speech verb or "X: …" right after the person named ("Đồng chí X – tổ 2 đề nghị …"), not "Đề nghị đồng
    chí X …" nor "Đồng chí X gặp …, nhắc nhở …" (the deed comes first)."""
    key = fold(text)
    ns = [n for n in names(text) if n.titled]
    if not ns:
        role = _role_span(text, key, 0)  # "Đồng chí Trưởng Bộ môn … phát biểu" / "… chịu trách nhiệm đề xuất …"
        return bool(cues.SPEECH_AFTER_RX.match(key[role[1]:]) if role else cues.SPEECH_NEAR_RX.search(key))
    return bool(cues.SPEECH_AFTER_RX.match(key[ns[0].end:]) or re.match(r"\s*(?:\([^)]{0,40}\))?\s*:", key[ns[0].end:]))


# a body of two words written in lower case inside a sentence that gives tasks ("…; chi hội phụ nữ vận động …")
_LOWER_BODY = re.compile(r"(?:" + "|".join(h for h in cues.GROUP_NAME_HEADS if " " in h) + r")\s")
_ABOUT_BEFORE = re.compile(r"\b(?:đối với|về việc|trường hợp)\s+(?:" + cues.COMRADE_WRITTEN + r"\s*)?$"
                           # who is praised or disciplined is given nothing: "đề nghị khen thưởng đồng chí X và đồng chí Y"
                           r"|\b(?:khen thưởng|biểu dương|tuyên dương|kỷ luật|khiển trách|cảnh cáo)\s+(?:cho\s+)?(?:"
                           + cues.COMRADE_WRITTEN + r"\s*)?(?:[^,.;:]{2,40}?\s*(?:,|\bvà\b)\s*(?:" + cues.COMRADE_WRITTEN
                           + r"\s*)?)?$", re.I)
_GROUP_VERB_AT = re.compile(r"(?:" + cues.GROUP_VERBS + r")\b")
_WORD = re.compile(r"[^\s,;:.()]+")
# a capitalised run after a place word names the place, not a person ("bản Tá Miếu")
_PLACE_BEFORE = re.compile(r"\b(?:bản|thôn|xóm|ấp|xã|phường|làng|buôn|sóc|phum|huyện|tỉnh|khu phố|tổ dân phố)\s+$",
                           re.I)


def _name_word(keys: list[str], k: int) -> int:
    """Syllables of the longest word group names are made of at `k` ("bảo vệ thực vật" is two such words), or 0."""
    return next((n for n in (3, 2, 1) if " ".join(keys[k:k + n]) in cues.GROUP_NAME_WORDS), 0)


# words after a group's head that say how it acts, no part of its name ("Chi ủy cần chỉ đạo …")
_NOT_GROUP_NAME = cues.GROUP_NOT_TASK | frozenset(
    "cần phải nên sẽ cũng thì tích chủ kịp luôn tiếp đều hãy trong tại về cho để".split())  # as written: "cơ quan" is a name's


def _group_end(text: str, at: int = 0) -> int:
    """Where the name of a group written at `at` ends ("Chi đoàn ấp | tập luyện đội ghe ngo", "Tổ khuyến nông |
    thăm đồng"), or 0: its head, then capitalised words, numbers and the words group names are made of, up to the
    first other word — a task's verb, whether or not we know it — or a known verb. "Tổ", "Ban", "Đội" take at
    least one word ("Tổ cạo 3"). A name followed by no task ("Ban Thường vụ đã chỉ đạo …") gives 0."""
    words = [(m.start() + at, m.end() + at, m.group()) for m in _WORD.finditer(text[at:at + 120])]
    keys = [fold(w) for _, _, w in words]
    head = next((h for h in cues.GROUP_NAME_HEADS if " ".join(keys[:len(h.split())]) == h), None)
    if head is None or " ".join(keys[:2]) in cues.GROUP_NAME_NOT or (
            head in cues.GROUP_NAME_PROPER and not (len(words) > len(head.split())
                                                    and words[len(head.split())][2][:1].isupper())):
        return 0
    k = len(head.split())
    taken = 0
    while k < len(words):
        w, key = words[k][2], keys[k]
        rest = " ".join(keys[k:k + 4])
        if key == "cua" and taken and k + 1 < len(words) and words[k + 1][2][:1].isupper():
            k += 1  # "Tổ tiết kiệm … của Hội Phụ nữ ấp"
            continue
        if key in ("va", "cung", "voi", "–", "-") and taken:
            if key == "va" and " ".join(keys[k + 1:k + 1 + len(head.split())]) == head:
                k += 1 + len(head.split())  # "Tổ thuyền số 2 và tổ thuyền số 5": the same head, a second group
                taken = 0 if head not in cues.GROUP_NAME_BARE_OK else 1
                continue
            if key in ("–", "-", "va") and k + 1 < len(words) and _name_word(keys, k + 1) \
                    and not words[k + 1][2][:1].isupper():
                k += 1  # "Tổ kế toán – ngân quỹ", "Tổ tiết kiệm và vay vốn"
                continue
            if key in ("–", "-") and k + 1 < len(words) and words[k + 1][2][:1].isupper():
                k += 1  # "Phòng Tổ chức – Hành chính", "Tổ Toán – Tin"
                continue
            again = next((h for h in cues.GROUP_NAME_HEADS if " ".join(keys[k + 1:k + 1 + len(h.split())]) == h), None)
            after = k + 1 + len(again.split()) if again else 0
            if key == "va" and again and (words[k + 1][2][:1].isupper()
                                          or after < len(words) and words[after][2][:1].isupper()):
                k += 1 + len(again.split())  # "Chi hội Cựu chiến binh và Chi đoàn thanh niên": two groups
                taken = 0 if again not in cues.GROUP_NAME_BARE_OK else 1
                continue
            break
        if taken and _GROUP_VERB_AT.match(rest):
            break
        n = _name_word(keys, k)
        if not (n or w[:1].isupper() or w[:1].isdigit() or (not taken and head not in cues.GROUP_NAME_BARE_OK)):
            # words we do not know, right before a verb we do, still name the group ("Tổ cư trú | tổ chức …", "Tổ tự
            # quản nước sạch của bản | xem xét …"); not across a comma
            # (a proper name among them does not count: "Tổ hợp tác sản xuất muối sạch Long Điền Đông | liên hệ")
            lower = [j for j in range(k, min(k + 9, len(words)))  # "Tổ đoàn kết tàu thuyền số 3 | rà soát"
                     if not words[j][2][:1].isupper() and not words[j][2][:1].isdigit()][:5]
            j = next((j for j in lower
                      if _GROUP_VERB_AT.match(" ".join(keys[j:j + 4])) or keys[j] in ("cung", "voi")), None)
            while j is not None and j - 2 >= k and keys[j - 1] in ("va", "hoac"):
                j -= 2  # "Chi hội Phụ nữ thôn | trồng và chăm sóc …": the verb before "và" starts the task
            bare = not taken and j is not None and not ({w.lower() for _, _, w in words[k:j]} & _NOT_GROUP_NAME)  # "Công đoàn cơ quan | tổ chức"
            if (taken or bare) and j is not None and not words[k - 1][2].isdigit() \
                    and not re.search(r"[,;:.()]", text[words[k - 1][1]:words[j][0]]):
                k = j  # "Tổ hợp tác dừa Xẻo Sâu | thu gom …"
            break
        taken += 1
        k += max(n, 1)
        # one capitalised word alone starts a compound written in lower case after it ("Tổ An toàn", "Chi hội Phụ
        # nữ"); a run of them is a proper name that ends there ("ấp Đa Ca | tập luyện")
        if w[:1].isupper() and not w.isupper() and n <= 1 and k < len(words) and words[k][2][:1].islower() \
                and (k - 1 == len(head.split()) or not words[k - 2][2][:1].isupper()) \
                and not _GROUP_VERB_AT.match(" ".join(keys[k:k + 4])) \
                and not cues.GROUP_GIVES_RX.match(" ".join(keys[k:k + 2])):  # "Tổ Toán – Tin | phân công …"
            k += 1
    if k >= len(words):
        return 0  # nothing follows the name: no task
    if (words[k][2].lower() in cues.GROUP_NOT_TASK and " ".join(keys[k:k + 3]) != "co trach nhiem"
            and " ".join(keys[k:k + 2]) not in ("duoc giao", "duoc phan")) \
            or not words[k][2][:1].islower() \
            or cues.GROUP_GIVES_RX.match(" ".join(keys[k:k + 2])) and not (  # "Chi ủy phân công đồng chí X …" gives
                keys[k] == "phan" and not re.match(r"(?:cho )?(?:cac )?(?:dong chi|d/c|dc)\b", " ".join(keys[k + 2:k + 5]))):
        return 0  # (but "Tổ Toán – Tin phân công giáo viên phụ đạo …" is the group's own task)
    return words[k - 1][1]


def _group_span(text: str, key: str, base: int) -> int:
    """Where the group named at `base` ends, or 0: the words of a group's name, cut at a known verb too."""
    mm = cues.GROUP_RX.match(key[base:])
    if mm and re.match(r"\S+\s+(?:đã|đang|vừa)\s", text[base:]):
        return 0  # "Đội đã huy động 40 công nhân …": what the team did, no task
    if " ".join(key[base:base + 20].split()[:2]) in cues.GROUP_NAME_NOT:
        return 0  # "Đối với đồng chí X …", "giao cho đoàn thể chăm sóc": no group's name
    end = _group_end(text, base)
    if mm and end > base and key[base:base + mm.end()].strip() in ("to", "ban", "doi"):
        return end  # "Tổ | cư trú" is no group: "Tổ", "Ban", "Đội" take a word ("cư" is no "cử")
    if mm and end > base + mm.end() and re.match(r"\s+và\s", text[base + mm.end():]):
        return end  # "Tổ thuyền số 2 | và tổ thuyền số 5 …": both groups
    if mm:
        return min(base + mm.end(), end) if end > base + 2 else base + mm.end()
    return end


# a task given to a role with nobody named: "- Đ/c Trưởng Công an xã chỉ đạo …", "Giao đồng chí Phó Bí thư …"
_ROLE_ASSIGNEE = re.compile(r"\s*(?:(?:giao|phân công|đề nghị|yêu cầu)(?:\s+cho)?\s+)?(?P<title>" + cues.COMRADE_WRITTEN + r"\s+)?", re.I)
_VERB_RX = re.compile(r"\b(?:" + cues.GROUP_VERBS + r")\b")
# what a role does when it reports, not when it is given a task
_REPORTS = re.compile(r"\s*(?:,[^,;:]{0,40},\s*)?(?:thay mat [^,;:.]{2,25}?\s)?(?:bao cao|thong bao|thong tin|quan triet|pho bien|trinh bay|phat bieu|ket luan|tom tat|neu"
                      r"|nhan (?:khuyet diem|loi)|thua nhan|tu phe binh|tu kiem diem"
                      r"|tra loi|giai dap|giai thich"
                      r"|danh gia|nhan xet|doc (?:lai|bao cao|toan van)|diem lai)\b")  # not "Quản đốc"
# the first two words of a role a task is given to ("Tổ trưởng …", "Chính trị viên …"; not "Tổ chức …", "Chi hội …")
_ROLE_TASK_START = frozenset(cues.ROLE_START) - {"chi hoi", "dang vien", "can bo", "thu ky", "chu tri", "chu toa",
                                                  "uy ban", "ban kiem", "cap uy", "bi thu,"}
_NOT_VERB = re.compile(r"(?<=\bbi )thu\b|nhan dan\b")  # "Bí thư", "Ủy ban nhân dân" are no verbs


def _role_span(text: str, key: str, at: int, last: bool = False) -> tuple[int, int] | None:
    """The role that is given a task when nobody is named: its words (capitalised, numbers, the words roles and
    group names are made of) right up to a task's verb. A deputy's field stays in the role when another verb
    follows it ("Phó Trưởng Công an xã phụ trách an ninh | chủ trì …"); "Đ/c Bí thư quán triệt …" gives no task."""
    m = _ROLE_ASSIGNEE.match(text, at)
    words = [(w.start() + m.end(), w.end() + m.end(), w.group()) for w in _WORD.finditer(text[m.end():m.end() + 90])] \
        if m else []
    # a role opens with a role's word, or is a job and its head ("Điều dưỡng trưởng khoa …"); written without
    # "đồng chí", it has its capital ("Phó Bí thư chi bộ hoàn thiện …", "Giao Trưởng thôn phối hợp …")
    job = next((i + 1 for i, (_, _, w) in enumerate(words[1:3], 1) if w.lower() in ("trưởng", "phó")), 0)  # "Điều dưỡng
    # trưởng", "Đội phó kỹ thuật"
    if not words or not (words[0][2].lower() in ("trưởng", "phó", "bí")
                         or fold(" ".join(w for _, _, w in words[:2])) in _ROLE_TASK_START or job) \
            or not m.group("title") and not words[0][2][:1].isupper():
        return None
    keys = [fold(w) for _, _, w in words]
    k = job
    while k < min(len(words), 9):
        if k and _VERB_RX.match(" ".join(keys[k:k + 3])) and not _NOT_VERB.match(" ".join(keys[k - 1:k + 1])):
            break
        n = next((n for n in (3, 2, 1) if " ".join(keys[k:k + n]) in cues.ROLE_NAME_WORDS), 0)
        if k and words[k][2][:1].islower() and _REPORTS.match(" ".join(keys[k:k + 3])):
            return None  # "Đồng chí Bí thư thông tin về việc sắp xếp …": the role reports ("thông tin" is no role word)
        if k and keys[k] in ("cung", "voi"):
            break  # "Trưởng khoa cùng khoa Dược theo dõi …": the partner is no part of the role
        if not (n or words[k][2][:1].isupper() or words[k][2].isdigit()):
            # words we do not know, right before a verb we do, still name the role ("Trưởng Bộ môn Hóa sinh |
            # chịu trách nhiệm", "Phó đại đội trưởng kỹ thuật | kiểm tra"); not across a comma
            j = next((j for j in range(k + 1, min(k + 6, len(words)))
                      if _VERB_RX.match(" ".join(keys[j:j + 3])) and not _NOT_VERB.match(" ".join(keys[j - 1:j + 1]))), None)
            if j is None or re.search(r"[,;:.()]", text[words[k][0]:words[j - 1][1]]) \
                    or re.search(r"[,;.()]", text[words[j - 1][1]:words[j][0]]):
                return None  # the role is followed by no task's verb (its colon may stand before the verb)
            k = j
            break
        k += max(n, 1)
    if k == 0 or k >= len(words) and not (last and re.fullmatch(r"[\s.;]*", text[words[-1][1]:])):
        return None  # nothing follows the role, unless it ends a sentence that gives it the task ("… giao cho X.")
    k = min(k, len(words))
    end = words[k - 1][1]
    field = re.match(r"phu trach\s+((?:\S+\s+){1,3}?)(?:cung\b|" + cues.GROUP_VERBS + r")\b", key[words[k][0]:]) \
        if k < len(words) else None
    # (a committee member's portfolio may read like a verb: "Chi ủy viên phụ trách tổ chức | thu bản đăng ký …")
    if field and (not _VERB_RX.match(field.group(1)) or re.search(r"\buy vien\s*$", key[:words[k][0]])):
        end = words[k][0] + field.end(1)  # "… phụ trách an ninh" / "chủ trì …"
    return m.end(), len(text[:end].rstrip(" ,–-"))


def _capital(text: str) -> bool:
    """A group named as an assignee is written with a capital ("Tổ an ninh", not "tổ chức tuần tra")."""
    m = re.search(r"[^\W\d_]", text)
    return bool(m) and text[m.start()].isupper()


# the task told before the one who does it: "Việc … được giao cho đ/c X", "Công tác … do đ/c Y phụ trách"
_BY_GROUP = re.compile(r"\sdo\s+(?=" + cues.GROUP_HEAD_RX + r"\s)")
_PASSIVE_BY = re.compile(r"\s(?:do|được giao cho|giao cho|được phân công cho)\s+(?:" + cues.COMRADE_WRITTEN + r"\s*)?(?:"
                         + cues.RANK_WRITTEN + r"\s*)?")


# between one who asks and the one asked ("X (Bí thư) yêu cầu đồng chí Y …")
_ASKS = re.compile(r"\s*(?:[,(–-][^:;.]{0,50}?[,)]?\s*)?(?:yêu cầu|đề nghị|giao cho|giao|phân công|nhắc)\s+"
                   + cues.COMRADE_WRITTEN + r"\s*")


# a count of votes in place of a task
# ("vận động 20 hộ đồng ý hiến đất" is a task: the count is of members or ballots)
_VOTE_TALLY = re.compile(r"[^.;]{0,50}?\b(?:\d+\s*/\s*\d+|" + cues.COUNT_IN_WORDS + r" tren " + cues.COUNT_IN_WORDS +
                         r"|\d+\s+(?=dong chi|d/c|dang vien|dv|phieu))\s*(?:[^.;]{0,30}?\s)?(?:tan thanh|nhat tri|dong y)\b")


def _to_clause_end(text: str, key: str, at: int) -> tuple[str, str]:
    """`text` and `key` cut at the first comma or stop after `at` ("… giao cho đ/c Phó Bí thư chi bộ | , xong …")."""
    cut = re.search(r"[,;.]", text[at:])
    end = at + cut.start() if cut else len(text)
    return text[:end], key[:end]


# a member called by a kinship term or a teknonym and a given name ("chú Tư", "anh Ba", "Ama Thảo")
# (in capitals only where a sentence or an item starts: "Anh", "Chi" are middle names too)
_NICK = re.compile(r"(?<!\w)((?:chú|anh|chị|bác|cô|dì|cậu|(?:(?<=^)|(?<=[.:;!?(•+*\-–]\s)|(?<=[(•+*\-–]))"
                   r"(?:Chú|Anh|Chị|Bác|Cô|Dì|Cậu)|Ama|Amí|Ami)\s+([A-ZĐÀ-Ỹ][^\W\d_]*)(?:\s+([A-ZĐÀ-Ỹ][^\W\d_]*))?)")


def _nicknames(lines: list[L]) -> dict[str, str]:
    """Who each nickname of the minute is: the full name it is written beside ("đ/c Phạm Văn Lành (chú Tư)"), or
    else the one member named in full whose given name it carries ("chú Tư" and "đồng chí Nguyễn Văn Tư")."""
    text = " ".join(ln.text for ln in lines)
    if not _NICK.search(text):
        return {}
    full, at = [], 0
    for ln in lines:  # line by line: names() is cached per line, and a minute's text in one piece is slow to parse
        full += [replace(n, start=n.start + at, end=n.end + at) for n in names(ln.text) if len(n.text.split()) >= 2
                 and (n.titled or fold(n.text).split()[0] in cues.SURNAMES)]  # "Nguyễn Văn Tư: …" opens an opinion
        at += len(ln.text) + 1
    out: dict[str, str] = {}
    for n in full:
        b = re.match(r"\s*\(\s*([^()]{2,25})\)", text[n.end:])
        if b and _NICK.fullmatch(b.group(1).strip()):
            out[fold(b.group(1).strip())] = n.text
    for m in _NICK.finditer(text):
        given = m.group(2) if not m.group(3) else None
        by_given = {n.text for n in full if given and n.text.split()[-1] == given}
        if fold(m.group(1)) not in out and len(by_given) == 1:
            out[fold(m.group(1))] = by_given.pop()
    return out


def _named_in_full(text: str, nicks: dict[str, str]) -> str:
    """The text with each nickname the minute resolves written as the member's full name, titled."""
    if not nicks:
        return text
    return _NICK.sub(lambda m: f"đ/c {nicks[fold(m.group(1))]}" if fold(m.group(1)) in nicks
                     and not re.search(r"\(\s*$", text[:m.start()]) else m.group(1), text)


def _assignment(item: list[L], in_section: bool, kind: str = "", part: str | None = None,
                given: bool = False, nicks: dict[str, str] | None = None) -> list[Assignment]:
    """The task of one list item or sentence: one assignment per person it names ("Đ/c A và đ/c B …")."""
    blk = Block(item)
    text, key = blk.text, blk.key
    if part is not None:
        text, key = part, fold(part)
    if nicks:
        text = _named_in_full(text, nicks)  # "Nhờ chú Tư vận động …": the member, by the name written elsewhere
        key = fold(text)
    body_key, _ = strip_numbering(key)
    topic = cues.TOPIC_LABEL_RX.match(body_key)  # "2. Về nước tưới: Tổ 2 và Tổ 4 lập lịch bơm …": the point's subject
    body_key = body_key[topic.end():] if topic else body_key
    off = len(key) - len(body_key)
    when = _when_key(text[off:], body_key)
    verb = cues.ASSIGN_VERB_RX.search(key) or _GIVE_BY_HONORIFIC.search(text) or (
        cues.REQUEST_TO_BODY_RX.search(key) if in_section or kind == "conclusion" else None)
    if verb and cues.RECALLED_RX.search(key, max(0, verb.start() - 30), verb.start()):
        return []  # "Việc thăm …, tháng trước giao đồng chí X: đã đi thăm": last month's task, reported on
    bulleted = bool(_ITEM_START.match(text))
    # a group opens the sentence (in a sentence giving tasks, "…; chi ủy gặp đồng chí X …" in lower case too)
    named = _group_span(text, key, off) if _capital(text[off:]) or (given and _LOWER_BODY.match(key, off)) else 0
    colon = re.match(r"[^:;.,()]{3,60}:", text[off:]) if named else None
    if colon and not names(colon.group()) and not _REPORTS.match(key, named):
        named = off + colon.end() - 1  # "+ Tổ đoàn kết trên biển số 3: nhắc nhở …": the whole name before the colon
    if named and _REPORTS.match(key, named) and re.match(r"[^:;.]{0,60}:", key[named:]):
        return []  # "Chi ủy báo cáo kết quả tháng 10: …", "Chi ủy đánh giá tháng 02/2022: …": a report, no task
    listed = bulleted and (cues.ITEM_ASSIGNEE_RX.match(body_key) or (
        (named or cues.GROUP_RX.match(body_key)) and re.match(r"[^:]{2,60}:", body_key)))
    person = _person_task(text[off:], body_key)
    group_task = named and (
        given or cues.DEADLINE_STRONG_RX.search(when) or cues.DEADLINE_WEAK_RX.search(when))
    # a member speaking right after their name ("đồng chí X đề nghị xây dựng …") is given no task
    speaks = _speaks(text[off:])
    # "4) Đồng chí Vi Văn Hoan hoàn thiện hồ sơ …, trước ngày 05/4/2025": a comrade, a deed still to do, a deadline
    # (also a sentence of the chair's conclusion: "… Đ/c Lê Văn Kỳ công khai các khoản …, trước ngày 31/3/2020")
    dated = (bulleted or kind == "conclusion") and _titled_start(text[off:], body_key) and not speaks \
        and not re.search(r"^[^,;:]{0,60}?\b(?:đã|đang|vẫn|chưa|được|vắng)\b", text[off:].lower()) \
        and bool(cues.DEADLINE_STRONG_RX.search(when) or cues.DEADLINE_WEAK_RX.search(when))
    # "Giao đ/c A …; đồng chí B gặp gỡ, động viên …": the sentence that gave a task goes on giving them
    carried = given and _titled_start(text[off:], body_key) and not speaks
    cue = bool(cues.ASSIGNMENT_CUE_RX.search(body_key)) and not speaks
    # a role with nobody named opening an item or a sentence that gives tasks or a deadline ("1. Phó Bí thư chi bộ …")
    role_task = not speaks and (bulleted or given or bool(cues.DEADLINE_STRONG_RX.search(when)
                                                          or cues.DEADLINE_WEAK_RX.search(when))) \
        and _role_span(text, key, off) is not None
    # "– Trợ lý Tác chiến: cập nhật …", "– Ban Hậu cần + Trung đội cơ động: dự trữ …" in a list of tasks: roles or bodies
    # before the colon, each opening with a role or a group's head and nobody named (one assignment each)
    label = re.match(r"\s*([A-ZĐ\u00c0-\u1ef8][^:;.()]{2,50}?)\s*:\s*(?=\S)", text[off:]) if in_section and bulleted else None
    parts = [clean_value(x) for x in re.split(r"\s*(?:\+|\bvà\b)\s*", label.group(1))] if label else []
    if parts and not names(label.group(1)) and all(_role_or_body(x) for x in parts):
        task = text[off + label.end():]
        dm, _ = _deadline_cue(task, fold(task))
        deadline = _deadline_in(task) if dm else None
        task = clean_value(task[:dm.start()] if dm else task)
        return [Assignment(assignee=who, task=task, deadline=deadline, evidence=evidence(item)) for who in parts] \
            if task else []
    # "Việc tuần tra ban đêm do Tổ an ninh thôn đảm nhận, thực hiện thường xuyên": the task, then the body taking it
    by = _BY_GROUP.search(key, off) if in_section or given or kind in ("conclusion", "assignments") else None
    if by and len(key[off:by.start()].split()) >= 3 and (g_by := _group_span(text, key, by.end())) \
            and re.match(r"\s*(?:dam nhan|dam nhiem|phu trach|thuc hien|chiu trach nhiem)\b", key[g_by:]):
        rest = text[g_by:]
        dm, _ = _deadline_cue(rest, fold(rest))
        task = clean_value(re.sub(r"^\s*[Vv]iệc\s+", "", text[off:by.start()]))
        return [Assignment(assignee=clean_value(text[by.end():g_by]), task=task,
                           deadline=_deadline_in(rest) if dm else None, evidence=evidence(item))]
    if not in_section and not verb and not listed and not person and not group_task and not dated and not carried \
            and not cue and not role_task:
        return []
    if not verb and cues.INLINE_CONCLUSION_RX.search(body_key[:140]):
        return []  # "Thay mặt chi ủy, Thiếu tá X kết luận: …" under "Kết luận và phân công": the chair concludes
    first = next((n for n in names(text) if n.titled), None)
    dated_on = carried and bool(cues.DEADLINE_STRONG_RX.search(when))  # "…; thực hiện ngay sau cuộc họp"
    reports = re.match(r"\s*(?:[,(–-][^:;.]{0,50}?[,)]?\s*)?(?:da\s+)?(?:phat bieu|neu y kien|tham gia y kien|y kien|"
                       r"trinh bay|thong qua du thao|ket luan|bao cao|thong tin|thong bao|pho bien|doc (?:lai |to )?"
                       r"(?:ly lich|nhan xet|bao cao|to trinh|van ban|nghi quyet|quyet dinh|thong bao))\b",
                       key[first.end:] if first else "")
    if first and not verb and not in_section and re.match(r"\s*(?:[,(–-][^:;.]{0,50}?[,)]?\s*)?(?:đã|vừa|đang)\s+(?!được)",
                                                           text[first.end:]):
        return []  # "… báo cáo: đồng chí X đã hoàn thành niêm yết …": a deed done, reported
    if first and not verb and re.match(r"\s*(?:[,(–-][^:;.]{0,50}?[,)]?\s*)?(?:da\s+)?(?:ket luan|cam on|tuyen bo|(?:thay mat [^:;.]{2,20}?\s)?(?:tong hop|thong nhat|chot lai|tom lai)(?=\s*:)" + (
            "" if in_section else r"|chot lai|tom lai|(?:tiep thu|tong hop)(?: cac| nhung)? y kien[^.;]{0,40}?(?:thong nhat|"
                                  r"ket luan|chot lai|chi dao|(?=\s*:))|nhan manh|ghi nhan"
                                  r"|bieu duong") + r")\b", key[first.end:]):
        return []  # "Trung tá Phạm Quốc Khánh kết luận: …" under "KẾT LUẬN VÀ PHÂN CÔNG", "Đồng chí Y Bhin Niê tiếp thu
        # các ý kiến và thống nhất: …" under "Ý kiến chỉ đạo của chủ trì": the chair concludes (in a task list,
        # "Đ/c X tổng hợp ý kiến góp ý dự thảo …" is a task)
    # (a role in apposition may itself say "được phân công": "Đồng chí Y Blưm, đảng viên được phân công giúp đỡ, đọc …")
    if not in_section and not verb and not group_task and not dated_on and reports and (
            not person or re.match(r"\s*[,(–-]", key[first.end:])):
        return []  # a speaker or a rapporteur ("Đồng chí X, Phó Bí thư, báo cáo …"), not a task ("… nộp báo cáo")
    if not in_section and not verb and first and re.match(
            r"\s*(?:[,(–-][^:;.]{0,50}?[,)]?\s*)?(?:yeu cau|nhan manh|luu y|quan triet)\b(?!\s+(?:dong chi|d/c|dc)\s)",
            key[first.end:]):
        return []  # "Kết luận: Đồng chí X yêu cầu siết chặt …": X concludes, the demand is on everyone
    if not in_section and kind in ("review", "discussion") and not (verb and verb.start() <= off + 2) \
            and not (verb and cues.CHAIR_GIVES_RX.match(body_key, 0, verb.end())):
        return []
    ns = [n for n in names(text) if (n.titled or _HONORIFIC_BEFORE.search(text[:n.start]) or (fold(n.text).split()[0] in cues.SURNAMES
                                                  and n.text.split()[0].lower() not in cues.GROUP_WORDS  # "Tổ An toàn"
                                                  and not _PLACE_BEFORE.search(text[:n.start])))  # "bản Tá Miếu"
          and not _ABOUT_BEFORE.search(text[:n.start])]  # "Đối với đồng chí X vắng …": X is what it is about
    while len(ns) > 1 and _ASKS.fullmatch(text, ns[0].end, ns[1].start):
        ns = ns[1:]  # "Đồng chí X yêu cầu đồng chí Y nộp …": the task is Y's
    assignee = None
    people: list[str] = []
    a_end = 0
    told_before = ""
    passive = re.search(r"\s(?:được|đã được)\s+$", text[:verb.start()]) if verb else None
    if verb and not passive and speaks and ns and ns[-1].end <= verb.start():
        ns = []  # "Đồng chí X nói: … cần giao cho đoàn thể chăm sóc": who proposes a task is not given it
    if passive and len(text[off:passive.start()].split()) < 3:
        passive = None
    base = off if named else verb.end() if verb else 0
    g_end = named or (verb and _group_span(text, key, verb.end()))  # "Giao tổ Toán – Tin …"
    if ns and (not g_end or (base == off and ns[0].start < g_end)):  # "…: giao cho Chi ủy": the group
        first = ns[0]
        by = _PASSIVE_BY.search(text, off, first.start)
        told_before = text[off:by.start()] if by and by.end() == first.start \
            and len(text[off:by.start()].split()) >= 3 else ""  # "Việc rà soát … được giao cho đ/c X, hoàn thành …"
        if first.start - off > 60 and not verb and not told_before:
            return []
        group = [first]
        for n in ns[1:]:
            if re.fullmatch(r"\s*(?:\([^()]{0,60}\))?\s*(?:,|và|;)?\s*(?:" + cues.COMRADE_WRITTEN + r"\s*)?(?:" + cues.RANK_WRITTEN
                            + r"(?:\s+[A-ZĐ]{2,5})?|(?:[A-ZĐ][A-Za-zĐđ]{0,4}\.\s*)+)?\s*",  # "… và CNĐD. Trần Mỹ Hạnh", "và
                            # đ/c Thiếu úy X", "và Thượng úy QNCN X", "X (Tổ trưởng …) và đồng chí Y"
                            text[group[-1].end:n.start]):
                group.append(n)
            else:
                break
        assignee = ", ".join(n.text for n in group)
        people = [n.text for n in group]
        a_end = group[-1].end
        role = _role_after(text, a_end)
        verb_at = next((v.start() for v in _VERB_RX.finditer(fold(role)) if v.start() and role[v.start()].islower()
                        and not fold(role)[:v.start()].endswith("bi ")),  # the "thư" of "Bí thư" collects nothing
                       None) if role else None
        role = role[:verb_at].rstrip() if verb_at else role  # "đ/c X, tổ trưởng tổ Khoa học tự nhiên | tổ chức 02 tiết …"
        if role:
            a_end = text.find(role, a_end) + len(role)
        also = re.match(r"\s*và\s+", text[a_end:])  # "Giao đồng chí X và Chi hội Phụ nữ thôn …": the group too
        g2 = _group_span(text, key, a_end + also.end()) if also else 0  # "… và tổ hoa cúc khắc phục …" too
        if g2:
            people = people + [clean_value(text[a_end + also.end():g2])]
            a_end = g2
    elif g_end:
        assignee = clean_value(text[base:g_end])
        a_end = g_end
        # "Tổ đảng số 1 và Tổ đảng số 2 vận động …": two groups, one assignment each
        # ("Tổ Ngữ văn và tổ Toán – Tin": a head in lower case before a proper name starts a group too)
        cuts = [m for m in re.finditer(r"\s*(?:,|\bva\b)\s*(?=" + cues.GROUP_HEAD_RX + r"\s+(\S))", fold(assignee))
                if assignee[m.end()].isupper() or assignee[m.start(1)].isupper()
                or fold(assignee).split()[0] == fold(assignee[m.end():]).split()[0]]  # the same head again
        bounds = [0] + [x for m in cuts for x in (m.start(), m.end())] + [len(assignee)]
        people = [assignee[a:b] for a, b in zip(bounds[::2], bounds[1::2])] if cuts else []
    elif (role := _role_span(*_to_clause_end(text, key, verb.end()), verb.end(), last=True) if passive
          else _role_span(text, key, verb.end() if verb else off)) is not None:
        if not in_section and not verb and _REPORTS.match(key, role[1]):
            return []  # "Đồng chí Bí thư thông báo / báo cáo tình hình …": the chair reports
        assignee, a_end = text[role[0]:role[1]], role[1]
        if passive:  # "Việc hoàn thiện hồ sơ … được giao cho đ/c Phó Bí thư chi bộ."
            told_before = text[off:passive.start()]
    if not assignee or re.match(r"(?:cac|nhung|moi|toan the|toan)\s", fold(assignee)) \
            or cues.GIVES_THE_CELL_RX.match(fold(assignee)):
        return []  # "Các đoàn thể …", "Mỗi đảng viên …": everyone, nobody in particular; the cell's own orders
    if cues.NOT_A_TASK_RX.match(fold(text[a_end:])):
        return []  # "Chi ủy sẽ họp và phân công sau", "đ/c X đề nghị chi bộ …": no task given (yet)
    task = text[a_end:]
    deadline = None
    dm, _ = _deadline_cue(task, fold(task))
    if dm:
        deadline = _deadline_in(task)
        task = task[:dm.start()]
    elif (lead := _TIME_FIRST.match(text, off)) and lead.end() <= a_end:
        deadline = _deadline_in(lead.group(1))  # "Trước 30/6, đồng chí A hoàn thành …": the time comes first
    task = clean_value(re.sub(r"^\s*[:\-–,)]\s*", "", task))
    if _VOTE_TALLY.match(fold(task)):
        return []  # "- Đối với kết luận của đồng chí chủ trì: 21/21 đồng chí tán thành": a vote's line
    if told_before:  # "… do đ/c X phụ trách, báo cáo kết quả": the task, then what follows bar the verb that takes it
        rest = re.sub(r"^(?:phụ trách|thực hiện|chủ trì|đảm nhận|đảm nhiệm|hoàn thành)\b[,\s]*", "", task)
        task = clean_value(re.sub(r"^\s*[Vv]iệc\s+", "", told_before)) + (", " + rest if rest else "")
    if len(task) < 3 and not deadline:
        return []
    return [Assignment(assignee=who, task=task or text, deadline=deadline, evidence=evidence(item))
            for who in people or [assignee]]


# --- discussion, approval ----------------------------------------------------------------


def _role_or_body(label: str) -> bool:
    """"Trợ lý Tác chiến", "Ban Hậu cần", "Trung đội cơ động": a role or a group's head, then a capitalised word or
    two (no verb: a sentence is no label)."""
    ws = fold(label).split()
    if not 2 <= len(ws) <= 6 or _VERB_RX.search(fold(label)):
        return False
    head = next((h for h in cues.TASK_LABEL_HEADS if " ".join(ws[:len(h.split())]) == h), None)
    n = len(head.split()) if head else 0
    return head is not None and len(ws) > n and (n >= 2 or label.split()[n][:1].isupper())  # not "Ban chỉ đạo …" alone


_WORD_AT_RX = re.compile(r"(\w+)\s*$")


def _speaker_refs(ln: L, in_discussion: bool) -> list[tuple[int, int, str]]:
    """People written in a line who may be speaking: (start, end, key). A name after "đồng chí" or after a word of
    address ("Ông Sáu", "chị Lan"); in the discussion also a full name alone ("Nguyễn Văn A (tổ 2): …"); and a comrade
    named by a role only ("Đồng chí Chi hội trưởng phụ nữ đề nghị …")."""
    refs = []
    for n in names(ln.text):
        w = _WORD_AT_RX.search(ln.text[:n.start])
        if n.titled or (w and w.group(1).lower() in cues.HONORIFICS) or in_discussion:
            refs.append((n.start, n.end, fold(n.text)))
    for m in re.finditer(r"\b(\w+)\s+(\w+)", ln.text):  # "chị Lan", "Ông Sáu": one syllable
        if m.group(1).lower() in cues.HONORIFICS and m.group(2)[0].isupper() \
                and not any(s <= m.start(2) < e for s, e, _ in refs):
            refs.append((m.start(2), m.end(2), fold(m.group(0))))
    for m in cues.SPEAKER_ROLE_RX.finditer(ln.key):
        if not any(s <= m.start(1) < e for s, e, _ in refs):
            refs.append((m.start(), m.end(1), " ".join(m.group(1).split())))
    return sorted(refs)


def speakers(secs: list[Sec]) -> tuple[set[str], list[L]]:
    """Members whose opinion is written down: "Đ/c X: …" in the discussion, or "đồng chí X (role)
    phát biểu / nêu ý kiến / đề nghị …" anywhere in the body. Tasks ("Giao đ/c X …") are not opinions."""
    who: set[str] = set()
    where: list[L] = []
    for s in secs:
        if s.kind in ("header", "title", "opening", "signatures", "closing"):
            continue
        inline = s.heading is not None and re.search(r":\s*\S", s.heading.text)  # "Ý kiến thảo luận: đồng chí X …"
        lines = s.lines if s.heading is None or inline else s.body
        # the thematic part takes the members' opinions on its topic ("Phần 2. Sinh hoạt chuyên đề" / "- Đ/c X: …")
        # (and a part whose heading also names the discussion: "V. PHƯƠNG HƯỚNG NHIỆM VỤ THÁNG 6 VÀ THẢO LUẬN")
        talk = s.kind == "discussion" or s.kind == "information" and s.heading is not None and "chuyen de" in s.heading.key \
            or s.heading is not None and bool(re.search(r"\b(?:va|,) (?:thao luan|trao doi)\b", s.heading.key))
        for li, ln in enumerate(lines):
            refs = _speaker_refs(ln, talk)
            if li and re.search(r"(?:^|\s)" + cues.COMRADE_WRITTEN + r"\s*$", lines[li - 1].text):
                lead = next((n for n in names(ln.text, True) if n.start <= 1), None)  # "…; đ/c" / "Thị Mai nêu …"
                if lead and not any(a <= lead.start < b for a, b, _ in refs):
                    refs = sorted(refs + [(lead.start, lead.end, fold(lead.text))])
            for k, (start, end, key) in enumerate(refs):
                # the person opens the line or a clause ("…; đồng chí Vừ Thị Sua đề nghị …")
                cut = max(ln.key.rfind(c, 0, start) for c in ";.:")
                before = ln.key[cut + 1:start]
                if k and cut < refs[k - 1][1]:
                    continue
                if cues.ASSIGN_VERB_RX.search(before) or len(before) > 40:
                    continue
                after = ln.key[end:end + 80]
                if after.strip() == "," and li + 1 < len(lines):  # "… đồng chí Lê Văn Út," / "Chi hội trưởng …, cho rằng"
                    after = after + " " + lines[li + 1].key[:80]
                elif not after.strip() and li + 1 < len(lines):  # "… Đồng chí Lê Văn Út" / "nêu tình trạng …"; "Đồng
                    nxt = lines[li + 1]                          # chí Đặng Văn" / "Ba đề nghị …": the name wraps
                    at = 0
                    for w in re.finditer(r"\S+\s+", nxt.text[:40]):  # the rest of the name: words with capitals
                        if w.start() != at or not w.group()[:1].isupper() or w.start() > 20:
                            break
                        at = w.end()
                    after = " " + nxt.key[at:][:80]
                elif len(ln.key) - end < 60 and li + 1 < len(lines) and not re.search(r"[.;:]\s*$", ln.text):
                    after = after + " " + lines[li + 1].key[:80]  # "… đ/c X, cán bộ tín dụng địa bàn phường" / "Tân
                    # Phú, cho biết …": the role wraps before the verb
                # in the discussion part, a member named at the start of a clause and then saying something
                # ("Đ/c X: …", "Đ/c Kpă Blin báo cáo …") is an opinion written down; so is "Ý kiến của đ/c X: …"
                # (in the thematic part, only "- Đ/c X: …": "Đc X trình bày chuyên đề …" presents it)
                if cues.SPEECH_AFTER_RX.match(after) or (
                        (talk and len(before) <= 16 or cues.OPINION_OF_RX.search(before))
                        and re.match(r"\s*(?:(?:\([^)]{0,60}\))?\s*(?::|[-–]\s|[a-z]{2}|\s{3})|\([^)]{0,60}\)\s*;"  # OCR ";"
                                     r"|,[^:;.()]{0,60}:)", after)  # "Trung úy X, Phó Bí thư, Đại đội trưởng: …"
                        and (s.kind == "discussion" or re.match(r"\s*(?:\([^)]{0,60}\))?\s*:", after))):
                    who.add(key)
                    where.append(ln)
    return who, where


def approved(secs: list[Sec]) -> L | None:
    lines = [ln for s in secs if s.kind not in ("header", "title", "opening") for ln in s.lines]
    closing = {ln.idx for s in secs if s.kind in ("closing", "signatures") for ln in s.lines}
    for k in range(len(lines) - 1, -1, -1):
        pair = Block(lines[k:k + 2])  # "Biên bản đã được đọc lại và" / "thông qua …"
        mm = cues.APPROVED_RX.search(pair.key)
        # the body may read out last month's minutes ("đọc lại biên bản kỳ họp tháng 11 và kiểm điểm …")
        if mm and mm.start() < len(lines[k].key) and (
                lines[k].idx in closing or not cues.PREVIOUS_MINUTES_RX.search(pair.key, mm.start())):
            return lines[k]
    return None
