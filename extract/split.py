"""Split a book into minutes: a minute starts at its title ("BIÊN BẢN … SINH HOẠT CHI BỘ …",
"HỌP CHI BỘ …"), even mid-page, and takes along the header lines just above it."""

from __future__ import annotations

import re

from extract import cues
from extract.lines import L
from extract.text import upper_ratio


_ENDS = re.compile(r"[.:;!?”\")]\s*$")
_WHOLE_MINUTE = 25  # more lines than any header and cover page: a minute of its own
_CLOSING_LINES = 12  # how far above the signatures a minute's closing sentence may sit


def is_title(ln: L, prev: L | None = None) -> bool:
    key = ln.key
    weak = not cues.TITLE_RX.match(key)
    if (weak and not cues.WEAK_TITLE_RX.match(key)) or cues.TITLE_NOT.search(key):
        return False
    words = key.split()
    if len(words) > 18:
        return False
    if upper_ratio(ln.text) >= 0.6:
        return True
    # a lower-case title: "Biên bản sinh hoạt chi bộ tháng …", "Kỳ họp tháng 12/2017", short, not the tail of a
    # sentence (it may follow a header's date line or the previous minute's last signature)
    if prev is not None and not _ENDS.search(prev.text) and upper_ratio(prev.text) < 0.6 and not _closes_a_block(prev):
        return False
    return (weak or key.lstrip().startswith("bien ban")) and len(words) <= 12 \
        and not key.rstrip().endswith((",", ";", "."))


def _closes_a_block(ln: L) -> bool:
    """A header's place-and-date line, or a name under a signature ("Hồ Văn Thắng"): no sentence goes on after it."""
    if cues.HEADER_DATE_RX.match(ln.key):
        return True
    cols = re.split(r"\s{3,}", ln.text.strip())  # two names under "THƯ KÝ   CHỦ TỌA" on one line
    return all(2 <= len(c.split()) <= 5 and all(w[:1].isupper() for w in c.split()) for c in cols)


def split(lines: list[L]) -> list[list[L]]:
    content = [ln for ln in lines if not ln.furniture]
    if not content:
        return []
    anchors: list[int] = []
    for i, ln in enumerate(content):
        if is_title(ln, content[i - 1] if i else None) and _starts_minute(content, i):
            if anchors and i - anchors[-1] <= 2 and (_title_block(content, anchors[-1], i)
                                                     or cues.SEPARATOR_RX.match(content[anchors[-1]].key)):
                continue  # "BIÊN BẢN" / "SINH HOẠT CHI BỘ THÁNG 5": one title on two lines; "* * *" above a title
            anchors.append(i)
        elif _untitled_start(content, i) and not (anchors and i - anchors[-1] <= 6):
            anchors.append(i)
    if not anchors:
        return [content]
    starts: list[int] = []
    floor = 0
    for a in anchors:
        s = a
        while s - 1 >= floor and a - (s - 1) <= cues.HEADER_MAX_BACK and _headerish(content[s - 1]):
            s -= 1
        starts.append(s)
        floor = a + 1
    # anything before the first title belongs to the first minute, unless it is a whole minute itself, whose own title
    # a scan garbled: many lines that end as a minute ends ("Buổi họp kết thúc lúc …")
    before = content[:anchors[0]]
    if not (len(before) > _WHOLE_MINUTE and any(cues.CLOSING_END_RX.search(ln.key) for ln in before[-_CLOSING_LINES:])):
        starts[0] = 0
    elif starts[0] > 0:
        starts.insert(0, 0)
    bounds = starts + [len(content)]
    return [content[bounds[k]:bounds[k + 1]] for k in range(len(starts)) if bounds[k] < bounds[k + 1]]


_OPENING = re.compile(r"^\s*(?:[*\-–•+]\s*)?(?:\d\.\s*)?(?:thoi gian|dia diem|hom nay|vao (?:hoi|luc)|thanh phan|"
                      r"luc \d|hoi \d|\(?ket hop|chuyen de|ve\s*[“\"]|\(?(?:hop )?ngay \d{1,2}\s*(?:[/.\-]\s*\d|thang)"
                      r"|bat dau\b|khai mac\b|dung \d|tu \d{1,2}\s*(?:gio|h)\b|(?:buoi )?(?:sang|chieu|toi|trua)(?: ngay)? \d"
                      r"|(?:chu tri|chu toa)\s*:|tong so\b|so dang vien\b|dang vien(?: co mat| du hop)?\s*:|co mat\b)")
# ("(Họp ngày 02/10/2024 do mưa lũ)", "Bắt đầu 19 giờ 30, tại …", "Tối 15/7/2024, …", "Chủ trì: …")
# the last lines of a minute: its signature block's labels ("THƯ KÝ", "BÍ THƯ", "T/M CHI BỘ")
_LABEL = (r"(?:thu ky|chu tri|chu toa|bi thu(?: chi bo)?|pho bi thu|t/m (?:chi bo|chi uy)|nguoi ghi(?: bien ban)?"
          r"|(?:thu ky|chu tri|chu toa) (?:hoi nghi|cuoc hop|buoi sinh hoat)|chi uy vien)")
_SIGN_LABEL = re.compile(r"^\s*" + _LABEL + r"(?:\s+" + _LABEL + r")*\s*$")  # "THƯ KÝ        CHỦ TRÌ" on one line too


def _signed_above(content: list[L], i: int) -> bool:
    """The previous minute's signature labels just above ("THƯ KÝ", "(đã ký)", a name, "CHỦ TỌA", a name)."""
    return any(_SIGN_LABEL.match(content[j].key) and upper_ratio(content[j].text) >= 0.6 for j in range(max(0, i - 7), i))


def _untitled_start(content: list[L], i: int) -> bool:
    """A minute typed on with no title: under the last signatures, "* * *" and a dated opening, or a dated opening
    that says the cell meets ("Hôm nay, ngày 11 tháng 01 năm 2018, … Chi bộ … họp thường kỳ tháng Một")."""
    key = content[i].key
    if not (cues.SEPARATOR_RX.match(key) or cues.DATED_OPENING_RX.match(key)) or not _signed_above(content, i):
        return False
    if cues.SEPARATOR_RX.match(key):
        return i + 1 < len(content) and bool(cues.DATED_OPENING_RX.match(content[i + 1].key))
    both = key + " " + (content[i + 1].key if i + 1 < len(content) else "")
    return re.search(r"\bchi bo\b.{0,80}?\b(?:hop|sinh hoat)\b", both) is not None


def _starts_minute(content: list[L], i: int) -> bool:
    """A title starts a minute when a header sits above it or an opening follows it; a running head
    that happens to read "Biên bản sinh hoạt chi bộ …" is followed by body text instead. A title that names no
    cell ("SINH HOẠT CHUYÊN ĐỀ", "Kỳ họp tháng 10") heads a part of a minute too: it starts one only at the top,
    under a header or under the last signatures."""
    if (i == 0 and len(content) > 1 and _headerish(content[1])) or (i > 0 and _headerish(content[i - 1])):
        return True
    if not cues.TITLE_RX.match(content[i].key):
        return i == 0 or _signed_above(content, i)
    if upper_ratio(content[i].text) >= 0.6 and not (i + 1 < len(content) and _SIGN_LABEL.match(content[i + 1].key)) \
            and any(_SIGN_LABEL.match(content[j].key) and upper_ratio(content[j].text) >= 0.6 for j in range(max(0, i - 5), i)):
        return True  # right under the previous minute's signatures (not a running head amid a signature block)
    for nx in content[i + 1:i + 7]:
        if _OPENING.match(nx.key) or cues.HEADER_DATE_RX.match(nx.key) or cues.TOPIC_LINE_RX.match(nx.key):
            return True
        if upper_ratio(nx.text) >= 0.6 and (cues.TITLE_FOLLOW_RX.match(nx.key) or cues.PERIOD_RX.search(nx.key)):
            return True
    return False


def _title_block(content: list[L], a: int, i: int) -> bool:
    return all(upper_ratio(content[j].text) >= 0.6 for j in range(a, i + 1))


def _headerish(ln: L) -> bool:
    if len(ln.key.split()) > 16:
        return False
    if cues.HEADER_DATE_RX.match(ln.key):
        return True
    if len(ln.text.strip()) <= 2 and not ln.text.strip().isdigit():
        return True  # the header's "*", read by OCR as "w", "x", "-"
    if re.fullmatch(r"\s*(?:nam\s*)?(?:19|20)\d\d\s*", ln.key):
        return True  # the year of a place-date line wrapped in its narrow column
    return bool(cues.HEADER_RX.match(ln.key)) and (upper_ratio(ln.text) >= 0.6 or ln.key.strip() == "*"
                                                      or re.match(r"^\s*so\s*:?\s*\d", ln.key) is not None)
