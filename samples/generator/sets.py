"""The sample sets: demo (committed), bench (OCR benchmark), eval (extraction evaluation), book."""

from __future__ import annotations

import random
import zlib
from pathlib import Path

import numpy as np

from . import damage as D
from .content import BOOK_FLAGS, MINUTE_FLAGS, Cell, MeetingPlan, make_cell, plan_meeting
from .layout import compact_style, random_style, write_image_pdf, write_pdf
from .render import Rendered, render_minutes
from .tables import Tables
from .truth import make_truth, validate, write_truth

KINDS = ["regular", "regular", "regular", "combined", "thematic"]
TABLES_SHARE = 0.3   # eval and book sets: share of minutes drawn with ruled table(s)


def table_picks(seed: int, n: int, *key) -> set[int]:
    """Which of n minutes draw tables: 3 in every 10 (rounded), at places drawn from a stream of their own,
    so a small set still has about 30 % and no other draw shifts."""
    out: set[int] = set()
    for b in range(0, n, 10):
        size = min(10, n - b)
        out |= {b + k for k in rng_for(seed, "tables", *key, b).sample(range(size), round(TABLES_SHARE * size))}
    return out


def rng_for(seed: int, *key) -> random.Random:
    """An independent, reproducible stream per (seed, item) so items do not shift each other."""
    return random.Random(f"{seed}:" + ":".join(map(str, key)))


def np_rng(seed: int, *key) -> np.random.Generator:
    return np.random.default_rng(zlib.crc32((f"{seed}:" + ":".join(map(str, key))).encode()))


def random_defects(rng: random.Random) -> set[str]:
    """Most minutes are clean or have one or two defects."""
    n = rng.choices([0, 1, 2, 3], weights=[40, 35, 20, 5])[0]
    return set(rng.sample(MINUTE_FLAGS, n))


def extra(r: Rendered, more: dict | None = None) -> dict | None:
    """A truth's extra top-level keys: `more` (skew, page_origins) and "tables" when tables were drawn."""
    out = {**(more or {}), **(r.table_info() or {})}
    return out or None


def check(truth: dict) -> None:
    errs = validate(truth)
    if errs:
        raise AssertionError(f"{truth['file']}: " + "; ".join(errs))


def one_minute(rng: random.Random, year: int, month: int, kind: str, defects: set[str],
               pages: int | None = None, day: int | None = None, tables: float | Tables = 0.0
               ) -> tuple[Rendered, Cell, MeetingPlan]:
    """Render one minute; with `pages`, retry wordings until it fills exactly that many pages
    (1 page uses the compact typography: a single scanned image holds a whole minute).
    `tables`: the chance of ruled tables (drawn from a stream of its own; 0 draws none and leaves the
    minute as it always was), or a `Tables` to force them (tests). Whether this minute has tables is drawn
    once, so the retries for a one-page minute do not favour the shorter, table-less draws."""
    want = None
    for attempt in range(40):
        key = f"{rng.random()}:{attempt}"
        r_try = random.Random(key)
        if isinstance(tables, Tables):
            tab = tables
        elif tables:
            t_rng = random.Random("tables:" + key)
            if want is None:
                want = t_rng.random() < tables
            tab = Tables(t_rng, 1.0) if want and attempt < 30 else None
        else:
            tab = None
        cell = make_cell(r_try)
        plan = plan_meeting(r_try, cell, year, month, kind, defects, day=day)
        style = random_style(r_try)
        if pages == 1:
            style = compact_style(style)
            if attempt >= 10:   # still too long: smaller type, as some offices use
                style.update(size=11, header_size=11, spacing=1.1, top=10 * 2.835, bottom=10 * 2.835)
        r = render_minutes(r_try, cell, [plan], style=style, tables=tab)
        if pages is None or len(r.pages) == pages:
            return r, cell, plan
    raise RuntimeError(f"could not fit a minute in {pages} page(s)")


def born_digital(out: Path, name: str, rng: random.Random, year: int, month: int, kind: str,
                 defects: set[str], day: int | None = None, tables: float | Tables = 0.0):
    """Render one minute as a born-digital PDF with its truth; returns (pdf path, rendered)."""
    r, _cell, _plan = one_minute(rng, year, month, kind, defects, day=day, tables=tables)
    pdf = out / f"{name}.pdf"
    write_pdf(r.pages, pdf)
    truth = make_truth(pdf.name, "born-digital", None, 0, [p.text for p in r.pages], r.minutes, [], extra(r))
    check(truth)
    write_truth(pdf, truth)
    return pdf, r


def _pdf_bytes(r: Rendered) -> bytes:
    import io
    buf = io.BytesIO()
    write_pdf(r.pages, buf)
    return buf.getvalue()


def scan_pages(r: Rendered, kind: str, rs: np.random.Generator, rotation: int = 0,
               seal_texts=("ĐẢNG BỘ", "CHI BỘ"), skews: list | None = None) -> list[tuple[np.ndarray, int]]:
    pdf = _pdf_bytes(r)
    out = []
    for i, p in enumerate(r.pages):
        info: dict = {}
        out.append(D.damage(kind, pdf, i, rs, rotation=rotation, seal_xy=p.seal_at, seal_texts=seal_texts, info=info))
        if skews is not None:
            skews.append(info.get("skew", 0.0))
    return out


def write_scan(out: Path, name: str, r: Rendered, cell: Cell, kind: str, fmt: str, rs: np.random.Generator,
               rotation: int = 0, dpi_meta: bool = True, exif: bool = False, quality: int = 80) -> Path:
    """Damage every page of a rendered minute and write one file (png/jpg: one page; tif/pdf: all)."""
    skews: list[float] = []
    imgs = scan_pages(r, kind, rs, rotation if not exif else 0, (cell.committee, cell.cell), skews)
    if exif:  # store the pixels turned; the EXIF tag tells a viewer how to turn them upright
        k = {90: 1, 180: 2, 270: 3}[rotation]
        imgs = [(np.ascontiguousarray(np.rot90(a, k)), dpi) for a, dpi in imgs]
    dpi = imgs[0][1]
    path = out / f"{name}.{fmt}"
    if fmt in ("png", "jpg"):
        assert len(imgs) == 1, "one image per png/jpg file"
        a = imgs[0][0]
        if fmt == "png":
            D.save_png(a, path, dpi if dpi_meta else None)
        else:
            path.write_bytes(D.jpeg_bytes(a, dpi if dpi_meta else None, quality,
                                          D.EXIF_FOR_ROTATION[rotation] if exif else None))
    elif fmt in ("tif", "tif1"):     # tif1: bilevel CCITT G4, as office scanners write books
        path = out / f"{name}.tif"
        D.save_tiff([a for a, _ in imgs], path, dpi if dpi_meta else None, bilevel=fmt == "tif1")
    elif fmt == "pdf":
        write_image_pdf([(D.jpeg_bytes(a, dpi, quality), a.shape[1], a.shape[0], dpi) for a, _ in imgs], path)
    else:
        raise ValueError(fmt)
    truth = make_truth(path.name, "scan", kind, rotation, [p.text for p in r.pages], r.minutes, [],
                       extra=extra(r, {"skew": skews} if any(skews) else None))
    check(truth)
    write_truth(path, truth)
    return path


def write_mixed(out: Path, name: str, r: Rendered, rs: np.random.Generator, scanned: set[int]) -> Path:
    """A PDF whose pages in `scanned` (0-based) are scan images and the others keep their text layer."""
    pdf = _pdf_bytes(r)
    images = {}
    skews = [0.0] * len(r.pages)
    for i in scanned:
        info: dict = {}
        a, dpi = D.damage("moderate", pdf, i, rs, info=info)
        skews[i] = info["skew"]
        images[i] = (D.jpeg_bytes(a, dpi, 75), dpi)
    path = out / f"{name}.pdf"
    write_pdf(r.pages, path, image_pages=images)
    origins = ["scan" if i in scanned else "born-digital" for i in range(len(r.pages))]
    truth = make_truth(path.name, "scan", "moderate", 0, [p.text for p in r.pages], r.minutes, [],
                       extra=extra(r, {"page_origins": origins, "skew": skews}))
    check(truth)
    write_truth(path, truth)
    return path


# --- demo -------------------------------------------------------------------------------


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


DEMO_SCANS = [
    # name, kind, format, pages, rotation, dpi metadata, exif, meeting kind, defects
    ("scan-01-clean", "clean", "png", 1, 0, True, False, "regular", set()),
    ("scan-02-moderate", "moderate", "jpg", 1, 0, True, False, "regular", {"missing_conclusion"}),
    ("scan-03-harsh", "harsh", "jpg", 1, 0, False, False, "regular", {"low_attendance"}),
    ("scan-04-rotated-exif", "rotated", "jpg", 1, 90, True, True, "thematic", set()),
    ("scan-05-rotated-180", "rotated", "png", 1, 180, False, False, "regular", {"not_approved"}),
    ("scan-06-stamp", "stamp", "pdf", 2, 0, True, False, "combined", {"no_discussion"}),
    ("scan-07-clean-2p-bilevel", "clean", "tif1", 2, 0, True, False, "regular", {"missing_assignments", "missing_vote"}),
]


def demo_scans(out: Path, seed: int) -> list[Path]:
    d = out / "scans"
    d.mkdir(parents=True, exist_ok=True)
    paths = []
    for i, (name, kind, fmt, pages, rot, dpi_meta, exif, mkind, defects) in enumerate(DEMO_SCANS):
        rng = rng_for(seed, "scan", i)
        r, cell, _ = one_minute(rng, rng.choice([2023, 2024, 2025]), rng.randint(1, 12), mkind, defects, pages=pages)
        q = 70 if kind == "harsh" else 80
        paths.append(write_scan(d, name, r, cell, kind, fmt, np_rng(seed, "scan", i), rot, dpi_meta, exif, q))
    rng = rng_for(seed, "mixed")
    r, cell, _ = one_minute(rng, 2024, 10, "regular", {"short_meeting"}, pages=2)
    paths.append(write_mixed(d, "scan-08-mixed-text-and-scan", r, np_rng(seed, "mixed"), {1}))
    return paths


# --- book -------------------------------------------------------------------------------


def book_plans(rng: random.Random, cell: Cell, year: int,
               book_defects: set[str] | frozenset = frozenset(BOOK_FLAGS)) -> list[MeetingPlan]:
    """A year of meetings (~12) with the chosen book-level defects: a month without a regular meeting,
    a quarter without a thematic meeting, a member absent without reason in three meetings."""
    missing = rng.choice([7, 8, 9]) if "missing_month" in book_defects else None
    if "no_thematic_in_quarter" in book_defects:
        no_thematic_q = (missing - 1) // 3 + 1 if missing else rng.randint(1, 4)
    else:
        no_thematic_q = None
    months = [m for m in range(1, 13) if m != missing]
    truant = cell.members[-1] if cell.members[-1] not in cell.exempt else cell.members[-3]
    truant_months: set[int] = set()
    if "repeated_absence" in book_defects:
        q_months = range(3 * no_thematic_q - 2, 3 * no_thematic_q + 1) if no_thematic_q else ()
        truant_months = set(rng.sample([m for m in months if m not in q_months], 3))
    plans = []
    for q in range(1, 5):
        qmonths = [m for m in months if (m - 1) // 3 + 1 == q]
        thematic_month = None if q == no_thematic_q else rng.choice(qmonths)
        separate = rng.random() < 0.4 or (thematic_month is not None and not any(p.kind == "thematic" for p in plans)
                                          and q >= 2)
        for m in qmonths:
            defects = set()
            if rng.random() < 0.45:
                defects = {rng.choice(["missing_assignments", "missing_vote", "not_approved", "short_meeting",
                                       "missing_conclusion", "no_discussion", "unfilled_template"])}
            force = [truant] if m in truant_months else None
            kind = "combined" if m == thematic_month and not separate else "regular"
            plans.append(plan_meeting(rng, cell, year, m, kind, defects, day=rng.randint(2, 8), force_unexcused=force))
            if m == thematic_month and separate:
                plans.append(plan_meeting(rng, cell, year, m, "thematic", set(), day=rng.randint(15, 25)))
    for i, p in enumerate(plans, 1):
        p.number = i
    return plans


def book_flags(plans: list[MeetingPlan]) -> list[str]:
    """Book-level flags computed from what the plans hold (so they are true whatever the draw)."""
    flags = []
    regular_months = {p.month for p in plans if p.kind in ("regular", "combined")}
    if set(range(1, 13)) - regular_months:
        flags.append("missing_month")
    thematic_q = {(p.month - 1) // 3 + 1 for p in plans if p.kind in ("thematic", "combined")}
    if set(range(1, 5)) - thematic_q:
        flags.append("no_thematic_in_quarter")
    counts: dict[str, int] = {}
    for p in plans:
        for m, _r, excused in p.absentees:
            if not excused:
                counts[m.name] = counts.get(m.name, 0) + 1
    if any(c >= 3 for c in counts.values()):
        flags.append("repeated_absence")
    return flags


def make_book(seed: int, year: int = 2024, book_defects=frozenset(BOOK_FLAGS), tables: bool = False
              ) -> tuple[Rendered, Cell, list[MeetingPlan], list[str]]:
    rng = rng_for(seed, "book")
    cell = make_cell(rng, size=rng.choice([15, 17, 19]))
    plans = book_plans(rng, cell, year, book_defects)
    tab = None
    if tables:   # among the meetings that have absentees or assignments to draw
        able = [i for i, p in enumerate(plans) if p.absentees or "missing_assignments" not in p.defects]
        tab = Tables(rng_for(seed, "book-tables"), picks=frozenset(able[k] for k in table_picks(seed, len(able), "book")))
    style = random_style(rng)
    style["page_numbers"] = style["page_numbers"] or "bottom"
    r = render_minutes(rng, cell, plans, style=style, old_tones=False, tables=tab)
    return r, cell, plans, book_flags(plans)


def write_book_pdf(out: Path, name: str, seed: int, year: int = 2024, book_defects=frozenset(BOOK_FLAGS),
                   tables: bool = False) -> Path:
    r, _cell, _plans, flags = make_book(seed, year, book_defects, tables)
    path = out / f"{name}.pdf"
    write_pdf(r.pages, path, title="Sổ ghi biên bản sinh hoạt chi bộ")
    truth = make_truth(path.name, "born-digital", None, 0, [p.text for p in r.pages], r.minutes, flags, extra(r))
    check(truth)
    write_truth(path, truth)
    return path


def demo_book(out: Path, seed: int) -> list[Path]:
    d = out / "book"
    d.mkdir(parents=True, exist_ok=True)
    return [write_book_pdf(d, "book-2024", seed)]


def demo(out: Path, seed: int = 2023) -> list[Path]:
    return demo_born_digital(out, seed) + demo_scans(out, seed) + demo_book(out, seed)


# --- on demand ---------------------------------------------------------------------------


def book_set(out: Path, seed: int, year: int = 2023) -> list[Path]:
    """One calendar year's minute book (~12 meetings) as a born-digital PDF and the same book scanned as a
    multi-page TIFF (moderate damage). Each book-level defect is drawn with probability 0.6 from the seed;
    about a third of the meetings draw ruled tables."""
    drng = rng_for(seed, "book-defects")
    chosen = frozenset(f for f in BOOK_FLAGS if drng.random() < 0.6)
    pdf = write_book_pdf(out, f"book-{seed}", seed, year, chosen, True)
    r, cell, _plans, flags = make_book(seed, year, chosen, True)
    rs = np_rng(seed, "book-scan")
    skews: list[float] = []
    imgs = scan_pages(r, "moderate", rs, skews=skews)
    tif = out / f"book-{seed}-scan.tif"
    D.save_tiff([a for a, _ in imgs], tif, imgs[0][1])
    truth = make_truth(tif.name, "scan", "moderate", 0, [p.text for p in r.pages], r.minutes, flags,
                       extra=extra(r, {"skew": skews}))
    check(truth)
    write_truth(tif, truth)
    return [pdf, tif]


def bench(out: Path, seed: int, count: int = 8) -> list[Path]:
    """`count` single-page PNGs per damage class, each with its truth (OCR benchmark)."""
    paths = []
    for kind in D.DPI:
        for i in range(count):
            rng = rng_for(seed, "bench", kind, i)
            one = rng.random() < 0.5
            r, cell, _ = one_minute(rng, rng.choice([2023, 2024, 2025]), rng.randint(1, 12), rng.choice(KINDS),
                                    random_defects(rng), pages=1 if one else None)
            k = rng.randrange(len(r.pages))
            rot = rng.choice([90, 180, 270]) if kind == "rotated" else 0
            rs = np_rng(seed, "bench", kind, i)
            info: dict = {}
            a, dpi = D.damage(kind, _pdf_bytes(r), k, rs, rotation=rot, seal_xy=r.pages[k].seal_at,
                              seal_texts=(cell.committee, cell.cell), info=info)
            path = out / f"bench-{kind}-{i:02d}.png"
            D.save_png(a, path, dpi if rng.random() < 0.7 else None)
            minutes = r.minutes if len(r.pages) == 1 else []
            truth = make_truth(path.name, "scan", kind, rot, [r.pages[k].text], minutes, [],
                               extra={"skew": [info["skew"]]} if "skew" in info else None)
            check(truth)
            write_truth(path, truth)
            paths.append(path)
    return paths


def eval_set(out: Path, seed: int, count: int = 40) -> list[Path]:
    """`count` labelled minutes: about 40 % born-digital PDFs, the rest scans in every class and format;
    about a third of them draw ruled tables (absentees and/or assignments)."""
    paths = []
    picks = table_picks(seed, count, "eval")
    for i in range(count):
        rng = rng_for(seed, "eval", i)
        tables = 1.0 if i in picks else 0.0
        year, month, kind = rng.choice([2022, 2023, 2024, 2025]), rng.randint(1, 12), rng.choice(KINDS)
        defects = random_defects(rng)
        if rng.random() < 0.4:
            pdf, _ = born_digital(out, f"eval-{i:03d}-bd", rng, year, month, kind, defects, tables=tables)
            paths.append(pdf)
            continue
        dmg = rng.choice(list(D.DPI))
        fmt = rng.choice(["png", "jpg", "pdf", "tif"])
        pages = 1 if fmt in ("png", "jpg") else None
        r, cell, _ = one_minute(rng, year, month, kind, defects, pages=pages, tables=tables)
        rot = rng.choice([90, 180, 270]) if dmg == "rotated" else 0
        exif = dmg == "rotated" and fmt == "jpg" and rng.random() < 0.5
        paths.append(write_scan(out, f"eval-{i:03d}-{dmg}", r, cell, dmg, fmt, np_rng(seed, "eval", i), rot,
                                rng.random() < 0.7, exif))
    return paths
