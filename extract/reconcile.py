"""One spelling per person on OCR'd pages: a tone mark OCR got wrong in one place is outvoted.

The same comrade is written several times in a minute (the opening, the discussion, the signature
block) and in every minute of a book. OCR slips on stacked tone marks ("Thắng" -> "Thăng",
"Thẳng") one occurrence at a time, so the spelling seen most often among the occurrences that fold
to the same key is the one the secretary wrote. Text-layer pages are never touched: there the
text is what was typed, both tone placements included ("Hoà" and "Hòa").
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Iterable, Sequence

from bienban.model import Minute
from extract.lines import L
from extract.text import fold


def _people(m: Minute) -> Iterable:
    """Every model object of a minute that carries a person's name in `.name` or `.assignee`."""
    yield from (x for x in (m.chair, m.secretary) if x is not None)
    yield from m.attendance.absentees
    yield from m.attendance.guests
    yield from m.assignments


def _get(x) -> str:
    return x.assignee if hasattr(x, "assignee") else x.name


def _set(x, value: str) -> None:
    if hasattr(x, "assignee"):
        x.assignee = value
    else:
        x.name = value


def spellings(name: str, lines: Sequence[L]) -> Counter[str]:
    """How often each spelling of `name` (same folded key, word-bounded) occurs in `lines`."""
    key = fold(name)
    rx = re.compile(r"(?<!\w)" + re.escape(key) + r"(?!\w)")
    seen: Counter[str] = Counter()
    for ln in lines:
        if key in ln.key:
            for mm in rx.finditer(ln.key):
                seen[ln.text[mm.start():mm.end()]] += 1
    return seen


def _majority(current: str, seen: Counter[str]) -> str:
    best, n = max(seen.items(), key=lambda kv: (kv[1], kv[0] == current), default=(current, 0))
    return best if n > seen.get(current, 0) else current


def in_minute(m: Minute, lines: Sequence[L], ocr_pages: set[int]) -> Counter[tuple[str, str]]:
    """Reconcile one minute's names against its own OCR'd lines; returns (key, spelling) counts
    for the book-wide vote."""
    scanned = [ln for ln in lines if ln.page in ocr_pages]
    votes: Counter[tuple[str, str]] = Counter()
    if not scanned:
        return votes
    cache: dict[str, Counter[str]] = {}
    for x in _people(m):
        name = _get(x)
        words = name.split()
        if len(words) < 2 or not all(w[:1].isupper() for w in words):
            continue  # a given name alone is too short to be sure of; "Tổ an ninh" is a group
        seen = cache.setdefault(name, spellings(name, scanned))
        if seen:
            _set(x, _majority(name, seen))
            for spelled, n in seen.items():
                votes[(fold(name), spelled)] = max(votes[(fold(name), spelled)], n)
    return votes


def in_book(minutes: Sequence[Minute], votes: Counter[tuple[str, str]], scanned: Sequence[bool]) -> None:
    """Across a book's scanned minutes, the spelling seen most often wins (linear in names)."""
    by_key: dict[str, Counter[str]] = {}
    for (key, spelled), n in votes.items():
        by_key.setdefault(key, Counter())[spelled] += n
    for m, ocr in zip(minutes, scanned):
        if not ocr:
            continue
        for x in _people(m):
            seen = by_key.get(fold(_get(x)))
            if seen and len(seen) > 1:
                _set(x, _majority(_get(x), seen))
