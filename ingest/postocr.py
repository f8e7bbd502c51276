"""Put back what Tesseract's ``vie`` model cannot say, and fix its surest slips in this domain.

The ``vie`` unicharset has no "•", "…" or "–": a bullet comes out as "°", "«", "e"…, a
dotted fill line ("…………") as a run of periods, an en dash as "—" (or, pale, as a "-" wider than
a hyphen). And a few of its tone-mark slips produce phrases that never occur in minutes ("chỉ bộ"
for "chi bộ"). Both are fixed here, word by word, from one table each. Rules it reads as glyphs
(a table's "|", the motto's underline as flat, unsure "words") are dropped. Nothing else is touched.
"""

from __future__ import annotations

import re

import cv2
import numpy as np

from ingest.layout import WordBox

# a line (fragment) made only of these is an underline, a rule or a speck, not text
JUNK = set("_¬„‚~`'^°")

# a line's first word, alone, in one of these shapes is a bullet
BULLET_LOOKALIKES = {"°", "«", "‹", "»", "›", "·", "o", "e", "s", "¢", "©", "®", "°.", "«."}
BULLET = "•"

# vie has no "–" (en dash, what word processors make of " - "): it reads it as an em dash
DASH_LOOKALIKES = {"—", "—-", "-—", "——"}
EN_DASH = "–"
# a pale or blurred en dash is read as "-": it is the wider of the two, against the line's words'
# height (bench, mid-line: hyphens 0.25-0.37, en dashes 0.37-0.75). At a line's start both are
# bullets of similar width, so those are left alone.
EN_DASH_MIN_WIDTH = 0.42
# vie has "|" but minutes never do: it is a table's rule read as a glyph ("|Nguyễn", "2 |"); a
# rule under a cell comes out as "_" glued to its word ("2_"), a fill line as "_" alone (kept)
RULE_GLYPHS = "|¦"
# Icelandic eth never occurs in Vietnamese; it is always a misread "Đ"/"đ"
CHAR_FIXES = str.maketrans({"Ð": "Đ", "ð": "đ"})
# a line's first word: Roman heading numerals misread ("L." for "I.")
FIRST_WORD_FIXES = {"L.": "I.", "IL.": "II.", "LI.": "II.", "IIL.": "III.", "ILL.": "III."}

# a run of periods is a dotted fill line (typed as "…" in templates); Tesseract sees ~2.7 per "…"
DOTS = re.compile(r"\.{4,}")
DOTS_PER_ELLIPSIS = 2.7

# (word, next word) -> corrected word; each pair is one that minutes never contain
PAIR_FIXES: dict[tuple[str, str], str] = {
    ("chỉ", "bộ"): "chi",
    ("Chỉ", "bộ"): "Chi",
    ("chỉ", "ủy"): "chi",
    ("chỉ", "uỷ"): "chi",
    ("Chỉ", "ủy"): "Chi",
    ("Chỉ", "uỷ"): "Chi",
    ("chỉ", "hội"): "chi",
    ("Chỉ", "hội"): "Chi",
    ("nhần", "dần"): "nhân",
    ("mồi", "trường"): "môi",
}
# (previous word, word) -> corrected word
PREV_FIXES: dict[tuple[str, str], str] = {
    ("nhân", "dần"): "dân",
    ("nhần", "dần"): "dân",
}


# a dotted fill line that vie could not read comes out as low-height, unsure "words" of digit or
# letter noise ("21020022</71145921"); their pixels are a row of specks, each far smaller than a letter
LEADER_MAX_CONFIDENCE = 0.6
LEADER_MAX_HEIGHT = 0.35  # of the page's median word height
DOTS_PER_ELLIPSIS_SEEN = 3


def restore_leaders(image: np.ndarray, words: list[WordBox]) -> None:
    """Replace unread dotted fill lines by "…" (in place; merged words get text "").

    Template leftovers ("Khách mời: ………") are a defect inspectors look for, so they must survive OCR.
    """
    sure = sorted(w.height for w in words if (w.confidence or 0) > 0.9 and len(w.text) > 2)
    if not sure:
        return
    median_h = sure[len(sure) // 2]
    grey = cv2.cvtColor(image, cv2.COLOR_RGB2GRAY) if image.ndim == 3 else image
    runs: list[list[tuple[WordBox, int]]] = []  # neighbouring speck rows on one line
    for w in words:
        n = _specks(grey, w, median_h)
        if not n:
            runs.append([])
            continue
        run = runs[-1] if runs else []
        if run and (run[-1][0].group != w.group or w.x0 - run[-1][0].x1 > median_h):
            run = []
        if not run:
            runs.append(run)
        run.append((w, n))
    for run in runs:
        total = sum(n for _, n in run)
        if total < DOTS_PER_ELLIPSIS_SEEN:
            continue
        first, last = run[0][0], run[-1][0]
        first.text = "…" * max(1, round(total / DOTS_PER_ELLIPSIS_SEEN))
        first.confidence = 0.0  # we know what it is, not what was meant to be written there
        first.x1 = last.x1
        first.y0, first.y1 = min(w.y0 for w, _ in run), max(w.y1 for w, _ in run)
        for w, _ in run[1:]:
            w.text = ""


def drop_flat(words: list[WordBox]) -> None:
    """Blank unsure words no taller than a rule (in place): the underline under the motto or a
    table's border read as glyphs ("Ra : : \\" after the date line). Bullets, dashes as wide as an
    en dash and restored leaders stay."""
    sure = sorted(w.height for w in words if (w.confidence or 0) > 0.9 and len(w.text) > 2)
    if not sure:
        return
    median_h = sure[len(sure) // 2]
    for w in words:
        if (
            w.height <= LEADER_MAX_HEIGHT * median_h
            and (w.confidence or 0) < LEADER_MAX_CONFIDENCE
            and "…" not in w.text
            and w.text not in BULLET_LOOKALIKES
            and not (set(w.text) <= set("-–—") and w.x1 - w.x0 >= EN_DASH_MIN_WIDTH * median_h)
        ):
            w.text = ""


def _specks(grey: np.ndarray, w: WordBox, median_h: float) -> int:
    """How many specks make up this word's pixels, if it is a row of specks; else 0."""
    h, width = w.y1 - w.y0, w.x1 - w.x0
    if (w.confidence or 0) >= LEADER_MAX_CONFIDENCE or h > LEADER_MAX_HEIGHT * median_h or width < 1.5 * h:
        return 0
    pad = max(2, int(0.15 * median_h))
    crop = grey[max(0, int(w.y0) - pad): int(w.y1) + pad, max(0, int(w.x0)): int(w.x1) + 1]
    if crop.size == 0:
        return 0
    _, ink = cv2.threshold(crop, 0, 255, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)
    n, _, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
    specks = [s for s in stats[1:] if s[cv2.CC_STAT_AREA] >= 2]
    limit = LEADER_MAX_HEIGHT * median_h
    if not specks or any(s[cv2.CC_STAT_WIDTH] > limit or s[cv2.CC_STAT_HEIGHT] > limit for s in specks):
        return 0
    return len(specks)


def _dots(match: re.Match) -> str:
    return "…" * max(1, round(len(match.group(0)) / DOTS_PER_ELLIPSIS))


def fix_line(words: list[WordBox]) -> None:
    """Correct one line's words in place (left to right order); a word set to "" is dropped."""
    for w in words:
        w.text = w.text.strip(RULE_GLYPHS)
        if any(ch.isalnum() for ch in w.text):
            w.text = w.text.strip("_")
    words = [w for w in words if w.text]
    if not words:
        return
    if all(set(w.text) <= JUNK for w in words):  # an underline, a rule, a speck
        for w in words:
            w.text = ""
        return
    if len(words) > 1 and words[0].text in BULLET_LOOKALIKES:
        words[0].text = BULLET
    if len(words) > 1 and words[0].text in FIRST_WORD_FIXES:
        words[0].text = FIRST_WORD_FIXES[words[0].text]
    for w in words:
        w.text = w.text.translate(CHAR_FIXES)
        if w.text in DASH_LOOKALIKES:
            w.text = EN_DASH
        if "...." in w.text:
            w.text = DOTS.sub(_dots, w.text)
    heights = sorted(w.height for w in words if len(w.text) > 2 and w.text.isalpha())
    if heights:
        h = heights[len(heights) // 2]
        for w in words[1:]:
            if w.text == "-" and w.x1 - w.x0 >= EN_DASH_MIN_WIDTH * h:
                w.text = EN_DASH
    texts = [w.text for w in words]
    for i, w in enumerate(words):
        nxt = texts[i + 1] if i + 1 < len(texts) else None
        prev = texts[i - 1] if i else None
        if nxt is not None and (texts[i], _bare(nxt)) in PAIR_FIXES:
            w.text = PAIR_FIXES[(texts[i], _bare(nxt))]
        elif prev is not None and (_bare(prev), _bare(texts[i])) in PREV_FIXES:
            w.text = PREV_FIXES[(_bare(prev), _bare(texts[i]))] + texts[i][len(_bare(texts[i])) :]


def _bare(text: str) -> str:
    """The word without trailing punctuation."""
    return text.rstrip(".,;:!?)”\"'")



# --- text Tesseract's page layout left out ---------------------------------------------------
# Its layout analysis sometimes takes a block for a picture and returns no word of it: on a faxed
# or bled-through page, most often the header's bold cell name ("CHI BỘ KHOA HỒI SỨC TÍCH CỰC")
# over its "*". Ink left uncovered by every word box, in the shape of a line of text, is read again
# on its own.
DROPPED_MIN_WIDTH = 4  # x the line height: a word or two at least, not a star or a speck
DROPPED_HEIGHT = (0.6, 2.2)  # x the median word height: a line of text, not a rule or a table grid
DROPPED_MIN_INK = 0.12  # share of the region's pixels that are ink (a blank gap has none)


def dropped_lines(grey: np.ndarray, words: list[WordBox]) -> list[tuple[int, int, int, int]]:
    """Boxes (x0, y0, x1, y1, full-size pixels) of line-shaped ink that no word box covers."""
    heights = sorted(w.height for w in words if len(w.text) >= 2 and w.text.isalnum())
    if len(heights) < 20:
        return []  # a sparse page: nothing to measure a line against
    xh = heights[len(heights) // 2]
    f = 0.5
    small = cv2.resize(grey, None, fx=f, fy=f, interpolation=cv2.INTER_AREA)
    _, ink = cv2.threshold(small, 0, 255, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)
    pad = 0.25 * xh
    for w in words:
        cv2.rectangle(ink, (int((w.x0 - pad) * f), int((w.y0 - pad) * f)),
                      (int((w.x1 + pad) * f), int((w.y1 + pad) * f)), 0, -1)
    gap = max(3, int(0.9 * xh * f))  # joins the letters and words of one line, not two lines
    blobs = cv2.dilate(ink, np.ones((1, gap), np.uint8))
    n, _, stats, _ = cv2.connectedComponentsWithStats(blobs)
    out = []
    for x, y, w, h, _area in stats[1:]:
        if not (DROPPED_HEIGHT[0] * xh <= h / f <= DROPPED_HEIGHT[1] * xh) or w < DROPPED_MIN_WIDTH * h:
            continue
        if np.count_nonzero(ink[y:y + h, x:x + w]) < DROPPED_MIN_INK * w * h:
            continue
        m = int(0.3 * xh)
        out.append((max(0, int(x / f) - m), max(0, int(y / f) - m),
                    min(grey.shape[1], int((x + w) / f) + m), min(grey.shape[0], int((y + h) / f) + m)))
    return out
