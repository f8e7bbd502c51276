"""Put back what Tesseract's ``vie`` model cannot say, and fix its surest slips in this domain.

The ``vie`` unicharset has no "•", "…" or "–": a bullet comes out as "°", "«", "e"…, a
dotted fill line ("…………") as a run of periods, an en dash as "—". And a few of its tone-mark slips produce phrases
that never occur in minutes ("chỉ bộ" for "chi bộ"). Both are fixed here, word by word, from
one table each. Nothing else is touched.
"""

from __future__ import annotations

import re

from ingest.layout import WordBox

# a line (fragment) made only of these is an underline, a rule or a speck, not text
JUNK = set("_¬„‚~`'^°")

# a line's first word, alone, in one of these shapes is a bullet
BULLET_LOOKALIKES = {"°", "«", "‹", "»", "›", "·", "o", "e", "s", "¢", "©", "®", "°.", "«."}
BULLET = "•"

# vie has no "–" (en dash, what word processors make of " - "): it reads it as an em dash
DASH_LOOKALIKES = {"—", "—-", "-—", "——"}
EN_DASH = "–"
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


def _dots(match: re.Match) -> str:
    return "…" * max(1, round(len(match.group(0)) / DOTS_PER_ELLIPSIS))


def fix_line(words: list[WordBox]) -> None:
    """Correct one line's words in place (left to right order); a word set to "" is dropped."""
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

