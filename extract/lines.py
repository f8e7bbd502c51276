"""A book as one flat list of lines with provenance; page furniture (running heads, page numbers) marked."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Sequence

from bienban.model import BBox, Evidence, Page
from extract import cues
from extract.text import fold, nfc, upper_ratio


@dataclass
class L:
    """One line of the book: original text, folded key, page, box."""

    idx: int
    page: int
    text: str
    key: str
    bbox: BBox | None
    furniture: bool = False
    extra: dict = field(default_factory=dict)


# letters OCR produces that Vietnamese does not use, mapped to the letter meant
_LOOKALIKE = str.maketrans({"Ð": "Đ", "ð": "đ", "Ñ": "N", "ñ": "n", "ı": "i"})


def flatten(pages: Sequence[Page]) -> list[L]:
    out: list[L] = []
    for p in pages:
        if p.lines:
            items = [(ln.text, ln.bbox, ln.words, ln.confidence) for ln in p.lines]
        else:  # a page without line boxes: fall back to its text
            items = [(t, None, [], None) for t in p.text.splitlines()]
        for text, bbox, words, conf in items:
            text = _clean(text)
            ws = [(_clean(w.text), w.bbox[0], w.bbox[2]) for w in words if _clean(w.text)]
            if p.method == "ocr":
                text, ws = _despeck(text, ws)
                text, ws = _repair(text, ws)
            if not text:
                continue
            if ws and bbox:
                text = _mark_columns(text, ws, bbox[3] - bbox[1])
            if p.method == "ocr" and out and out[-1].page == p.number and text[:1].isdigit():
                last = out[-1]  # the stray dot at a line's end: "… trong tháng." / "11."
                words_ = last.text.split(" ")
                if (fixed := _stray_dot(words_[-1], [text])) != words_[-1]:
                    last.text = " ".join(words_[:-1] + [fixed])
                    last.key = fold(last.text)
            ln = L(len(out), p.number, text, fold(text), tuple(bbox) if bbox else None)
            if ws:  # x extents, for reading tables by column
                ln.extra["words"] = ws
            if conf is not None and p.method == "ocr":
                ln.extra["conf"] = conf
            out.append(ln)
    mark_furniture(out)
    return out


_SPECK = re.compile(r"[._,'\"`~^|¦;!‘’“”]+")
_GLUED_SPECK = re.compile(r"^[_'`‘’ˆ]+(?=\w)")


def _despeck(text: str, ws: list) -> tuple[str, list]:
    """Dust and rule marks OCR reads at a line's ends (".__ Chủ trì: …", "ê _CHI BỘ …", "… Trưởng khoa. ."):
    dropped, so that a label still opens its line. Bullets ("-", "*", "+") are no specks."""
    if ws and " ".join(w[0] for w in ws) != text:
        return text, ws  # words that do not spell the line: leave both as they are
    words = [w[0] for w in ws] if ws else text.split()
    lo, hi = 0, len(words)
    while lo < hi and (_SPECK.fullmatch(words[lo]) or (
            lo + 1 < hi and len(words[lo]) == 1 and words[lo].islower() and words[lo + 1][:1] in "_.|")):
        lo += 1
    while hi > lo and _SPECK.fullmatch(words[hi - 1]):
        hi -= 1
    if (lo, hi) == (0, len(words)) and not (words and _GLUED_SPECK.match(words[0])):
        return text, ws
    kept = words[lo:hi]
    if kept and _GLUED_SPECK.match(kept[0]):
        kept[0] = _GLUED_SPECK.sub("", kept[0])  # "_CHI", "'5.": a rule or dust glued to the first word
    out = " ".join(w for w in kept if w)
    if ws:
        ws = [(w, x0, x1) for (_, x0, x1), w in zip(ws[lo:hi], kept) if w]
    return out, ws


_VOWELS = "aăâeêioôơuưy"
_GLUED_TITLE = re.compile(r"^[Đđ]/?[cC](?=\w\w)")
_GLUED_DASH = re.compile(r"^([A-ZÀ-ỸĐ]?[a-zà-ỹđ]{2,}|[A-ZÀ-ỸĐ]{2,})-([a-zà-ỹđ]{2,}|[A-ZÀ-ỸĐ]{2,})([:;,.]?)$")  # "Điều-hành:"


def _repair_word(w: str, first: bool) -> str:
    """Tesseract's slips inside a word on a scanned page: a vowel read twice with two different marks ("Vắăng"),
    a speck read as a hyphen glued to a word ("-kiệt", "AN-HUYỆN", "tế-xã"; not "KH-ĐU" or "21-KL/TW"), a typed
    en dash read as a hyphen ("GIAO THÔNG - TRẬT TỰ")."""
    if w == "-" and not first:
        return "–"
    if len(w) > 2 and w[0] == "-" and not first and w[1:].isalpha() and w[1:].islower():
        w = w[1:]
    if (len(w) > 2 and w[:-1].isalpha() or len(w) > 1 and w[:-1].isdigit()) and w[-1] in "'`’":
        w = w[:-1]  # a speck glued after a word: "ĐẢNG BỘ XÃ' HẢI MINH" (not "H'Nga", inside the word)
    t = _GLUED_TITLE.match(w)
    if t and w[t.end()].isupper() and w[t.end() + 1:t.end() + 2].islower():
        w = f"{w[:t.end()]} {w[t.end():]}"  # "đcLê Văn Tùng": the title glued to the name
    m = _GLUED_DASH.match(w)
    if m and all(any(fold(c) in _VOWELS for c in part) for part in m.groups()[:2]):
        w = f"{m.group(1)} {m.group(2)}{m.group(3)}"
    out = []
    for c in w:
        if out and c != out[-1] and fold(c) == fold(out[-1]) and fold(c) in _VOWELS and c.lower() != fold(c):
            continue
        out.append(c)
    return _unglue("".join(out))


# one Vietnamese syllable, folded: initial consonant(s), one to three vowels, final ("nghieng", "quoc", "nguoi")
_SYLLABLE = re.compile(r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ch|nh|ng|[cmnpt])?")
_WORD_CORE = re.compile(r"^(\W*)(\w+?)(\W*)$")


_TONES = {"\u0300": "2", "\u0301": "1", "\u0303": "3", "\u0309": "4", "\u0323": "5"}


def _tone_key(syllable: str) -> str:
    """A syllable without its tone mark, the tone apart: "hoà" and "hòa" are one key ("hoa2")."""
    d = unicodedata.normalize("NFD", syllable.lower())
    tone = "".join(_TONES.get(c, "") for c in d)
    return unicodedata.normalize("NFC", "".join(c for c in d if c not in _TONES)) + tone


@lru_cache(maxsize=1)
def _lexicon() -> frozenset[str]:
    """The Vietnamese syllables of pyvi's word list (installed with pyvi, the tokenizer spaCy's Vietnamese uses)."""
    import pyvi

    path = Path(pyvi.__file__).parent / "models" / "words.txt"
    try:
        words = path.read_text(encoding="utf-8").split()
    except OSError:
        return frozenset()
    return frozenset(_tone_key(s) for w in words for s in w.replace("_", " ").split())


def _unglue(w: str) -> str:
    """Syllables a pale copy ran together ("LIÊNNGHĨA", "KimHoa", "Họtênđảngviên"): split where every part is a
    syllable of two letters or more, with the fewest parts, then the fewest not in the lexicon, then the longest
    first part; at most one part may be unknown. Only marked or camel-case words of six letters or more
    that are no syllable themselves: "HĐND", "online", "Kbuôr" stay."""
    m = _WORD_CORE.match(w)
    if not m or len(m.group(2)) < 6 or not m.group(2).isalpha():
        return w
    core = m.group(2)
    bounds = [k for k in range(1, len(core)) if core[k - 1].islower() and core[k].isupper()]
    if (core.isascii() and not bounds) or _SYLLABLE.fullmatch(fold(core)):
        return w
    key, known = fold(core), _lexicon()

    def cost(a: int, b: int) -> int | None:
        if b - a < 2 or not _SYLLABLE.fullmatch(key, a, b) or (bounds and any(a < k < b for k in bounds)):
            return None  # (a camel-case word splits at its capitals only)
        return 0 if _tone_key(core[a:b]) in known else 1

    best: dict[int, tuple[int, int, list[int]] | None] = {len(key): (0, 0, [])}  # (parts, unknown, cuts)
    for i in range(len(key) - 2, -1, -1):
        best[i] = None
        for j in range(len(key), i + 1, -1):
            rest, c = best.get(j), cost(i, j)
            if rest is None or c is None:
                continue
            cand = (rest[0] + 1, rest[1] + c, [j] + rest[2])
            if best[i] is None or cand[:2] < best[i][:2]:
                best[i] = cand
    if best.get(0) is None or best[0][0] < 2 or best[0][1] > 1:
        return w
    parts, a = [], 0
    for b in best[0][2]:
        parts.append(core[a:b])
        a = b
    return f"{m.group(1)}{' '.join(parts)}{m.group(3)}"


def _repair(text: str, ws: list) -> tuple[str, list]:
    words = [w[0] for w in ws] if ws and " ".join(w[0] for w in ws) == text else None
    parts = text.split(" ") if words is None else words
    fixed = [_to_slip(_stray_dot(_repair_word(w, k == 0), parts[k + 1:k + 2]), parts[k + 1:k + 2])
             for k, w in enumerate(parts)]
    for k in range(1, len(fixed)):
        fixed[k - 1], fixed[k] = _luan(fixed[k - 1], fixed[k])
    if words is None:
        return " ".join(fixed), ws
    return " ".join(fixed), [(f, x0, x1) for f, (_, x0, x1) in zip(fixed, ws)]


def _stray_dot(w: str, after: list[str]) -> str:
    """A speck read as a dot inside a sentence or a name: "miễn. sinh hoạt" (a sentence goes on in lower case after no
    full stop), "Quàng Thị. Hoa" (no name ends in "Thị")."""
    if w[:-1] in ("Thị", "Văn") and w[-1:] in ".:,;" and after and after[0][:1].isupper():
        return w[:-1]  # (no name ends in "Thị": "đ/c Nguyễn Thị: Thoa")
    if w.lower() in ("ngày.", "tháng.", "năm.", "quý.", "số.") and after and after[0][:1].isdigit():
        return w[:-1]  # "trong tháng. 11": no sentence ends on a unit before its number
    if w[-1:] in ".;" and w[:-1].lower() in ("mặt", "hoạt", "dự", "vắng", "viên") and after and after[0][:1].isdigit():
        return w[:-1] + ":"  # a count's label whose colon OCR read as a dot: "Miễn sinh hoạt. 05 đ/c. Có mặt. 17 đ/c"
    if len(w) > 2 and w[-1] == "." and w[:-1].isalpha() and w[1:-1].islower() and after and after[0][:1].islower() \
            and after[0][:1].isalpha():  # ("Chủ. trì. đồng chí …": the label's words too)
        return w[:-1]
    return w


_TO_AFTER = frozenset({"chức", "trưởng", "phó", "dân", "viên", "bảo", "an", "công", "đảng", "sản", "tự"})


def _to_slip(w: str, after: list[str]) -> str:
    """OCR reads "ổ" as "ố" on a pale copy: "tố chức", "Tố trưởng" are "tổ chức", "Tổ trưởng" ("tố cáo" stays)."""
    if w in ("tố", "Tố", "TỐ") and after and after[0].lower().rstrip(".,;:") in _TO_AFTER:
        return {"tố": "tổ", "Tố": "Tổ", "TỐ": "TỔ"}[w]
    return w


def _luan(before: str, w: str) -> tuple[str, str]:
    """OCR reads a typed "l" as "t": "kết tuận", "thảo. tuận" are "kết luận", "thảo luận" (word by word, so the
    words keep their boxes)."""
    if w[:4] in ("tuận", "Tuận", "TUẬN") and not w[4:].isalpha() and before.rstrip(".").lower() in ("kết", "thảo", "bàn"):
        return before.rstrip("."), ("L" if w[0] == "T" else "l") + w[1:]
    return before, w


def _clean(text: str) -> str:
    return nfc(text).replace("\u00a0", " ").translate(_LOOKALIKE).strip()


def _mark_columns(text: str, words: list[tuple[str, float, float]], height: float) -> str:
    """Two columns on one line ("Dương Thị Kim Hoa        Huỳnh Văn Tư" under THƯ KÝ / CHỦ TRÌ) are
    joined by three spaces instead of one, so a name never runs on into the other column."""
    if " ".join(w for w, _, _ in words) != text or height <= 0:
        return text
    out = words[0][0]
    for (_, _, x1), (w, x0, _) in zip(words, words[1:]):
        out += ("   " if x0 - x1 > 2.5 * height else " ") + w
    return out


_DIGITS = re.compile(r"\d+")


def mark_furniture(lines: list[L]) -> None:
    """Page numbers anywhere near a page edge; running heads = the same line (digits aside) on the
    first or last two lines of at least 3 pages (or of every page of a 2-page book)."""
    by_page: dict[int, list[L]] = {}
    for ln in lines:
        by_page.setdefault(ln.page, []).append(ln)
    edge_keys: Counter[str] = Counter()
    for pls in by_page.values():
        seen = set()
        for ln in pls[:2] + pls[-2:]:
            k = _DIGITS.sub("#", ln.key).strip()
            if k not in seen:
                seen.add(k)
                edge_keys[k] += 1
    n_pages = len(by_page)
    first = min(by_page, default=0)
    tops = [ln.bbox[1] for ln in by_page.get(first, ()) if ln.bbox]
    top = min(tops) if tops else None
    for pls in by_page.values():
        edge = pls[:3] + pls[-3:]
        for pos, ln in enumerate(pls):
            if ln not in edge:
                continue
            if cues.PAGE_NUMBER_RX.match(ln.key):
                ln.furniture = not _beside_text(pls, ln)
                continue
            k = _DIGITS.sub("#", ln.key).strip()
            # (a line in lower case is the end of a sentence: "… còn lại trong" / "tháng 6." on two pages' feet)
            if n_pages >= 2 and edge_keys[k] >= 2 and ln in (pls[:2] + pls[-2:]) and not ln.text.lstrip()[:1].islower() \
                    and _not_content(pls, pos):
                ln.furniture = True
            elif pos <= 1 and upper_ratio(ln.text) < 0.6 and _title_like(ln) and _not_content(pls, pos):
                ln.furniture = True  # a running head seen once ("Biên bản sinh hoạt chi bộ …" over body text)
            elif pos == 0 and top is not None and ln.page != first and ln.bbox and ln.bbox[3] <= top \
                    and len(pls) > 1 and pls[1].bbox and pls[1].bbox[1] - ln.bbox[3] > 1.5 * (ln.bbox[3] - ln.bbox[1]) \
                    and not cues.TITLE_RX.match(ln.key):
                ln.furniture = True  # above where the first page's text starts, set apart: a running head seen once


def _beside_text(pls: list[L], ln: L) -> bool:
    """A number level with a line of text (a table row's number at the top of a page), not a page number."""
    if not ln.bbox:
        return False
    mid = (ln.bbox[1] + ln.bbox[3]) / 2
    return any(x is not ln and x.bbox and x.bbox[1] <= mid <= x.bbox[3] and re.search(r"[^\W\d_]{3}", x.text)
               for x in pls)


def _title_like(ln: L) -> bool:
    from extract.split import is_title

    return is_title(ln)


_SIGN = re.compile(r"^\s*(?:thu ky|chu tri|chu toa|bi thu|t/m .*|\(ky.*)\s*$")


def _not_content(pls: list[L], pos: int) -> bool:
    """A line repeated at page edges is a running head unless it is a header line or a title that
    starts a minute, or belongs to a signature block (labels, names: they repeat across minutes)."""
    from extract.nlp import names

    ln = pls[pos]
    from extract.split import _headerish

    if _SIGN.match(ln.key) or _headerish(ln):
        return False
    ns = names(ln.text)
    if ns and sum(n.end - n.start for n in ns) >= 0.8 * len(ln.text.strip()):
        return False
    from extract.split import _starts_minute, is_title

    if is_title(ln) and _starts_minute(pls, pos):
        return False  # a minute that starts at the top of a page
    return True


def right_margins(lines: Sequence[L]) -> dict[int, float]:
    """The right edge of the text block on each page (where full lines end)."""
    by_page: dict[int, list[float]] = {}
    for ln in lines:
        if ln.bbox and not ln.furniture and len(ln.text) >= 20:
            by_page.setdefault(ln.page, []).append(ln.bbox[2])
    return {p: sorted(xs)[int(0.9 * (len(xs) - 1))] for p, xs in by_page.items()}


def runs_on(prev: L, nxt: L, margins: dict[int, float]) -> bool:
    """`nxt` goes on with the text of `prev`: its first word would not have fitted at the end of `prev`
    (the line was wrapped, whatever case the next word has: "… của Chủ tịch" / "Hồ Chí Minh")."""
    right = margins.get(prev.page)
    if right is None or not prev.bbox or not nxt.bbox or nxt.page != prev.page or not nxt.text.split():
        return False
    char = (prev.bbox[2] - prev.bbox[0]) / max(len(prev.text), 1)
    ws = nxt.extra.get("words")
    first = ws[0][2] - ws[0][1] if ws else char * len(nxt.text.split()[0])
    return prev.bbox[2] + char + first > right - char


def union_bbox(lines: Sequence[L]) -> BBox | None:
    boxes = [ln.bbox for ln in lines if ln.bbox]
    if not boxes:
        return None
    return (min(b[0] for b in boxes), min(b[1] for b in boxes),
            max(b[2] for b in boxes), max(b[3] for b in boxes))


def evidence(lines: Sequence[L], text: str | None = None) -> Evidence:
    """Evidence on the first line's page: union of the boxes of the lines on that page."""
    lines = [ln for ln in lines if ln is not None]
    page = lines[0].page
    same = [ln for ln in lines if ln.page == page]
    if text is None:
        text = " ".join(ln.text for ln in lines)
    return Evidence(page=page, bbox=union_bbox(same), text=text)
