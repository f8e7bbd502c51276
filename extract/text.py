"""Text helpers: accent-insensitive folding (char-aligned), numbers in digits or words, dates, times.

Folding keeps string length, so a match on the folded key maps back to the original text by index:
"Hoà"/"Hòa" -> "hoa", "Đ/c" -> "d/c", "THÚY" -> "thuy". Display always uses the original.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from extract import cues


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    if ch in "đĐÐð":  # OCR reads Đ as the look-alike Ð (U+00D0)
        return "d"
    base = unicodedata.normalize("NFD", ch)[0].lower()
    return base if len(base) == 1 else ch.lower()[:1] or ch


class _FoldTable(dict):
    """str.translate's table, filled one character at a time as characters are met."""

    def __missing__(self, code: int) -> str:
        self[code] = _fold_char(chr(code))
        return self[code]


_FOLD = _FoldTable()


def fold(text: str) -> str:
    """Lowercase, strip diacritics, đ->d, one char per char (same length as the NFC input)."""
    if text.isascii():
        return text.lower()
    return text.translate(_FOLD)


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


_WORD_NUM = cues.NUMBER_WORDS


def words_to_int(words: str) -> int | None:
    """'muoi ba' -> 13, 'hai muoi mot' -> 21, 'hai muoi' -> 20, 'mot tram' -> 100 (folded input)."""
    toks = [t for t in re.split(r"[\s\-]+", words.strip()) if t]
    if not toks:
        return None
    total, cur, seen = 0, 0, False
    for t in toks:
        if t == "muoi":
            cur = (cur or 1) * 10
            seen = True
        elif t == "tram":
            total += (cur or 1) * 100
            cur = 0
            seen = True
        elif t in ("linh", "le"):
            continue
        elif t in _WORD_NUM:
            v = _WORD_NUM[t]
            if t in ("lam", "nham") and cur % 10 == 0 and cur:
                v = 5
            cur += v
            seen = True
        else:
            return None
    return total + cur if seen else None


def to_int(token: str | None) -> int | None:
    if token is None:
        return None
    token = token.strip()
    if not token:
        return None
    if token.isdigit():
        return int(token)
    # OCR: "O2" / "0l" inside counts
    t2 = token.replace("o", "0").replace("O", "0").replace("l", "1").replace("I", "1")
    if t2.isdigit():
        return int(t2)
    return words_to_int(fold(token))


def parse_percent(s: str) -> float | None:
    try:
        return float(s.replace(",", "."))
    except ValueError:
        return None


def find_date(folded: str) -> tuple[str, int, int] | None:
    """First date in folded text -> (iso, start, end). Accepts 'ngay 04 thang 5 nam 2023', '04/5/2023'."""
    for rx in cues.DATE_PATTERNS:
        for m in rx.finditer(folded):
            d, mo, y = to_int(m.group("d")), to_int(m.group("m")), to_int(m.group("y"))
            if d is None or mo is None or y is None:
                continue
            if y < 100:
                y += 2000
            if 1 <= d <= 31 and 1 <= mo <= 12 and 1945 <= y <= 2100:
                return f"{y:04d}-{mo:02d}-{d:02d}", m.start(), m.end()
    return None


def find_time(folded: str, start: int = 0) -> tuple[str, int, int] | None:
    """First time of day in folded text -> ("HH:MM", start, end): "14h30", "7 giờ rưỡi tối", "tám giờ sáng"."""
    found = sorted([*cues.TIME_RX.finditer(folded, start), *cues.TIME_WORDS_RX.finditer(folded, start)],
                   key=lambda m: m.start())
    for m in found:
        h, mi = to_int(m.group("h")), to_int(m.group("mi")) if m.group("mi") else 0
        if m.group("half"):
            mi = 30
        less = cues.TIME_LESS_RX.match(folded, m.end()) if not m.group("mi") and not m.group("half") else None
        if less and h and 0 < (to_int(less.group(1)) or 0) < 60:
            h, mi = h - 1, 60 - to_int(less.group(1))
        if h is not None and mi is not None and 0 <= h <= 23 and 0 <= mi <= 59:
            if h < 12 and cues.AFTERNOON_RX.match(folded, m.end()):
                h += 12  # "2 giờ chiều", "7 giờ 30 tối"
            return f"{h:02d}:{mi:02d}", m.start(), m.end()
    return None


def upper_ratio(text: str) -> float:
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return 0.0
    return sum(c.isupper() for c in letters) / len(letters)


def clean_value(text: str) -> str:
    """Trim punctuation and spaces around an extracted value; a closing bracket that closes one inside stays
    ("… khu phố 5 (số 47/12 đường Bình Lợi)")."""
    out = text.strip(" \t:;,.-–—•*()\"'").strip()
    if out.count("(") > out.count(")") and text.rstrip(" \t:;,.").endswith(")"):
        out += ")"
    return out
