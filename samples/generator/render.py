"""From planned meetings to laid-out pages and labels (born-digital rendering)."""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from . import vocab as V
from .content import Cell, MeetingPlan, apply_tone_style, make_minute
from .layout import Layout, PageOut, random_style
from .tables import Tables


@dataclass
class Rendered:
    pages: list[PageOut]
    minutes: list[dict]        # truth labels, pages filled in (1-based, within this file)
    style: dict
    tables: list[dict] = field(default_factory=list)   # Layout.tables: the ruled tables drawn

    def table_info(self) -> dict | None:
        """The truth's extra top-level "tables" entry (None without tables, so such truths do not change)."""
        if not self.tables:
            return None
        return {"tables": [{k: t[k] for k in ("minute", "kind", "pages", "rows")} for t in self.tables]}


def render_minutes(rng: random.Random, cell: Cell, plans: list[MeetingPlan], style: dict | None = None,
                   old_tones: bool | None = None, tables: Tables | None = None) -> Rendered:
    """Lay out one or more minutes of one cell (a book when several), each starting on a new page.
    `tables` (an independent stream) lets minutes draw ruled absentee/assignment tables; None draws none."""
    style = style or random_style(rng)
    if old_tones is None:
        old_tones = rng.random() < 0.3
    lay = Layout(style)
    minutes = []
    for i, plan in enumerate(plans):
        blocks, labels = make_minute(rng, cell, plan, style, tables)
        if old_tones:
            blocks = apply_tone_style(blocks, V.old_tone_style)
            labels = apply_tone_style(labels, V.old_tone_style)
        first = len(lay.pages)
        lay.add_minute(blocks, i)
        labels["pages"] = list(range(first + 1, len(lay.pages) + 1))
        minutes.append(labels)
    head = f"Biên bản sinh hoạt {cell.cell_body.lower().replace('chi bộ', 'chi bộ')}"
    if old_tones:
        head = V.old_tone_style(head)
    lay.finish(running_head=head)
    return Rendered(lay.pages, minutes, style, lay.tables)
