"""The sample sets: demo (committed), bench (OCR benchmark), eval (extraction evaluation), book."""

from __future__ import annotations

import random
from pathlib import Path

from .content import MINUTE_FLAGS, make_cell, plan_meeting
from .layout import write_pdf
from .render import render_minutes
from .truth import make_truth, validate, write_truth


def rng_for(seed: int, *key) -> random.Random:
    """An independent, reproducible stream per (seed, item) so items do not shift each other."""
    return random.Random(f"{seed}:" + ":".join(map(str, key)))


def random_defects(rng: random.Random) -> set[str]:
    """Most minutes are clean or have one or two defects."""
    n = rng.choices([0, 1, 2, 3], weights=[40, 35, 20, 5])[0]
    return set(rng.sample(MINUTE_FLAGS, n))


def born_digital(out: Path, name: str, rng: random.Random, year: int, month: int, kind: str,
                 defects: set[str], day: int | None = None):
    """Render one minute as a born-digital PDF with its truth; returns (pdf path, rendered)."""
    cell = make_cell(rng)
    plan = plan_meeting(rng, cell, year, month, kind, defects, day=day)
    r = render_minutes(rng, cell, [plan])
    pdf = out / f"{name}.pdf"
    write_pdf(r.pages, pdf)
    truth = make_truth(pdf.name, "born-digital", None, 0, [p.text for p in r.pages], r.minutes, [])
    check(truth)
    write_truth(pdf, truth)
    return pdf, r


def check(truth: dict) -> None:
    errs = validate(truth)
    if errs:
        raise AssertionError(f"{truth['file']}: " + "; ".join(errs))


def demo_born_digital(out: Path, seed: int) -> list[Path]:
    d = out / "born-digital"
    d.mkdir(parents=True, exist_ok=True)
    specs = [
        ("bd-01-regular-clean", 2023, 5, "regular", set()),
        ("bd-02-thematic-no-vote-short", 2024, 8, "thematic", {"missing_vote", "short_meeting"}),
        ("bd-03-combined-absent-unfilled", 2025, 3, "combined",
         {"unexcused_absence", "missing_assignments", "unfilled_template"}),
    ]
    paths = []
    for i, (name, y, m, kind, defects) in enumerate(specs):
        pdf, _ = born_digital(d, name, rng_for(seed, "bd", i), y, m, kind, defects)
        paths.append(pdf)
    return paths


def demo(out: Path, seed: int = 2023) -> list[Path]:
    return demo_born_digital(out, seed)
