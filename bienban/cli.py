"""`bienban` command line. Commands only wire stage functions; the work lives in the rooms."""

from __future__ import annotations

import json
import multiprocessing
import os
import sys
import traceback
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from bienban.config import Settings
from bienban.errors import BienbanError
from bienban.model import ErrorDetail, ErrorReport, json_schema

# Files picked up when walking a folder; a file named on the command line is always tried.
DOCUMENT_SUFFIXES = {".pdf", ".png", ".jpg", ".jpeg", ".tif", ".tiff"}


def walk_inputs(inputs: Iterable[Path]) -> Iterator[Path]:
    """Files as named, folders walked recursively in sorted order (hidden files and sidecars skipped)."""
    for item in inputs:
        if item.is_dir():
            for path in sorted(item.rglob("*")):
                rel = path.relative_to(item)
                if path.is_file() and not any(p.startswith(".") for p in rel.parts) and (
                    path.suffix.lower() in DOCUMENT_SUFFIXES
                ):
                    yield path
        else:
            yield item


def output_stems(paths: list[Path]) -> list[str]:
    """DIR/<stem>.json, kept unique when two inputs share a stem (a.pdf and a.png)."""
    seen: dict[str, int] = {}
    stems = []
    for path in paths:
        stem = path.stem
        n = seen.get(stem, 0)
        seen[stem] = n + 1
        stems.append(stem if n == 0 else f"{stem}-{n + 1}")
    return stems


def write_atomic(path: Path, text: str) -> None:
    """A crash never leaves a half-written result behind."""
    tmp = path.with_name(path.name + ".part")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


@dataclass(frozen=True)
class Outcome:
    """What reading one file gave: the result JSON, or the error for <stem>.error.json."""

    text: str | None = None
    error: ErrorDetail | None = None
    minutes: int = 0
    flags: int = 0

    @classmethod
    def failed(cls, exc: BienbanError) -> Outcome:
        return cls(error=ErrorDetail(code=exc.code, message=exc.message))


def read_one(path: Path, settings: Settings, on_source: Callable | None = None,
             on_page: Callable | None = None) -> Outcome:
    """Read one file; whatever goes wrong becomes its error outcome (a bad file never takes down the batch)."""
    from bienban.pipeline import process as run_pipeline

    try:
        document = run_pipeline(path, settings, on_source=on_source, on_page=on_page)
    except Exception as exc:
        if not isinstance(exc, BienbanError):
            traceback.print_exc()
            exc = BienbanError("internal_error", type(exc).__name__)
        return Outcome.failed(exc)
    flags = len(document.flags) + sum(len(m.flags) for m in document.minutes)
    return Outcome(text=document.to_json(), minutes=len(document.minutes), flags=flags)


# --- `--jobs N`: files read in N processes --------------------------------------------------------

_progress = None  # in a reading process: where it reports ("pages", n) and ("read", 1) for the bar


def _start_reader(progress) -> None:
    global _progress
    _progress = progress


def _read_in_reader(path: Path, settings: Settings) -> Outcome:
    return read_one(path, settings, on_source=lambda s: _progress.put(("pages", s.page_count)),
                    on_page=lambda _p: _progress.put(("read", 1)))


def read_in_processes(paths: list[Path], settings: Settings, jobs: int,
                      on_progress: Callable[[str, int], None]) -> Iterator[tuple[int, Outcome]]:
    """(index, outcome) of every file as it is finished, `jobs` files read at once.

    A reading process that dies (out of memory, killed, a crash inside a C library) breaks its whole
    pool; the files that were in flight are then read again one at a time, each alone, so that only
    the file that kills its process fails, and the batch goes on with a new pool."""
    todo = deque(range(len(paths)))
    while todo:
        for i in (yield from _read_in_pool(paths, todo, settings, jobs, on_progress)):
            if (yield from _read_in_pool(paths, deque([i]), settings, 1, on_progress)):
                yield i, Outcome.failed(BienbanError("internal_error", "the process reading it died"))


def _read_in_pool(paths: list[Path], todo: deque[int], settings: Settings, jobs: int,
                  on_progress: Callable[[str, int], None]) -> Generator[tuple[int, Outcome], None, list[int]]:
    """Read the files of `todo` in one pool; returns the files in flight if the pool broke."""
    ctx = multiprocessing.get_context("spawn")  # not fork: the progress bar runs a thread in this process
    progress = ctx.SimpleQueue()  # one per pool: a process killed while writing may leave it locked
    with ProcessPoolExecutor(jobs, mp_context=ctx, initializer=_start_reader, initargs=(progress,)) as pool:
        running: dict[Future, int] = {}
        while todo or running:
            while todo and len(running) < jobs:
                i = todo.popleft()
                running[pool.submit(_read_in_reader, paths[i], settings)] = i
            done, _ = wait(running, timeout=0.1, return_when=FIRST_COMPLETED)
            while not progress.empty():
                on_progress(*progress.get())
            if any(isinstance(f.exception(), BrokenProcessPool) for f in done):
                done, _ = wait(running)  # a broken pool fails every file left in it: settle them all
            lost = []
            for future in done:
                i, exc = running.pop(future), future.exception()
                if isinstance(exc, BrokenProcessPool):
                    lost.append(i)
                else:
                    yield i, (future.result() if exc is None else
                              Outcome.failed(BienbanError("internal_error", type(exc).__name__)))
            if lost:
                return lost
    return []


@click.group()
@click.version_option(package_name="bienban")
def main() -> None:
    """bienban: digitise Party cell minute books (biên bản sinh hoạt chi bộ)."""


@main.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("--out", "out_dir", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="Folder for <stem>.json results and <stem>.error.json errors.")
@click.option("--jobs", "-j", default=1, show_default=True, type=click.IntRange(min=1),
              help="Files read at once, each in a process of its own.")
def process(inputs: tuple[Path, ...], out_dir: Path, jobs: int) -> None:
    """Read minute books (PDF, PNG, JPEG, TIFF; files or folders) on this machine, no server needed."""
    settings = Settings()
    out_dir.mkdir(parents=True, exist_ok=True)
    files = list(walk_inputs(inputs))
    stems = output_stems(files)
    console = Console(stderr=True)
    outcomes: list[Outcome] = []
    with Progress(
        TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
        console=console, disable=not console.is_terminal,
    ) as progress:
        files_bar = progress.add_task("files", total=len(files))
        pages_bar = progress.add_task("pages", total=0)

        def on_progress(kind: str, n: int) -> None:
            if kind == "pages":  # a file's page count, known once it is inspected
                progress.update(pages_bar, total=progress.tasks[pages_bar].total + n)
            else:
                progress.advance(pages_bar, n)

        def record(i: int, outcome: Outcome) -> None:
            result, error = out_dir / f"{stems[i]}.json", out_dir / f"{stems[i]}.error.json"
            if outcome.error:
                write_atomic(error, ErrorReport(error=outcome.error).model_dump_json(indent=1))
                result.unlink(missing_ok=True)
                console.print(f"[red]✗[/red] {files[i]}: {outcome.error.code} — {outcome.error.message}")
            else:
                write_atomic(result, outcome.text)
                error.unlink(missing_ok=True)
            outcomes.append(outcome)
            progress.advance(files_bar)

        jobs = min(jobs, len(files))
        if jobs > 1:
            for i, outcome in read_in_processes(files, settings, jobs, on_progress):
                record(i, outcome)
        else:
            for i, path in enumerate(files):
                progress.update(files_bar, description=f"files  {path.name}")
                record(i, read_one(path, settings, on_source=lambda s: on_progress("pages", s.page_count),
                                   on_page=lambda _p: on_progress("read", 1)))
    failed = sum(o.error is not None for o in outcomes)
    minutes, flags = sum(o.minutes for o in outcomes), sum(o.flags for o in outcomes)
    click.echo(
        f"{len(files) - failed} of {len(files)} files read: {minutes} minutes, {flags} flags. "
        f"Results in {out_dir.resolve()}" + (f" ({failed} with errors: *.error.json)" if failed else "")
    )
    sys.exit(1 if failed else 0)


@main.command()
def schema() -> None:
    """Print the JSON Schema of the output (generated from the data model)."""
    click.echo(json.dumps(json_schema(), ensure_ascii=False, indent=1))


@main.command()
@click.option("--concurrency", "-c", default=1, show_default=True, type=int,
              help="Tasks (pages) this worker runs at once; scale out with more workers.")
@click.option("--loglevel", "-l", default="info", show_default=True)
@click.option("--hostname", "-n", default=None, help="Celery node name, e.g. w1@%h.")
@click.option("--no-sweep", is_flag=True, help="Do not run the sweeper (re-enqueues stuck uploads) here.")
def worker(concurrency: int, loglevel: str, hostname: str | None, no_sweep: bool) -> None:
    """Run a Celery worker (Redis broker, BIENBAN_BROKER_URL) that processes uploaded documents."""
    from workers.main import run_worker

    run_worker(concurrency=concurrency, loglevel=loglevel, hostname=hostname, sweep=not no_sweep)


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8000, show_default=True, type=int)
@click.option("--workers", "processes", default=1, show_default=True, type=int, help="uvicorn processes.")
@click.option("--log-level", default="info", show_default=True)
def serve(host: str, port: int, processes: int, log_level: str) -> None:
    """Serve the HTTP API (OpenAPI at /docs); migrates the database at start."""
    from web.main import serve as run_server

    run_server(host=host, port=port, workers=processes, log_level=log_level)


if __name__ == "__main__":
    main()
