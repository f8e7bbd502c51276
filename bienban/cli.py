"""`bienban` command line. Commands only wire stage functions; the work lives in the rooms."""

from __future__ import annotations

import json
import os
import sys
import traceback
from collections.abc import Iterable, Iterator
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


@click.group()
@click.version_option(package_name="bienban")
def main() -> None:
    """bienban: digitise Party cell minute books (biên bản sinh hoạt chi bộ)."""


@main.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("--out", "out_dir", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="Folder for <stem>.json results and <stem>.error.json errors.")
def process(inputs: tuple[Path, ...], out_dir: Path) -> None:
    """Read minute books (PDF, PNG, JPEG, TIFF; files or folders) in-process, no server needed."""
    from bienban.pipeline import process as run_pipeline

    settings = Settings()
    out_dir.mkdir(parents=True, exist_ok=True)
    files = list(walk_inputs(inputs))
    stems = output_stems(files)
    console = Console(stderr=True)
    failed = minutes = flags = 0
    with Progress(
        TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
        console=console, disable=not console.is_terminal,
    ) as progress:
        files_bar = progress.add_task("files", total=len(files))
        pages_bar = progress.add_task("pages", total=0)
        for path, stem in zip(files, stems):
            result, error = out_dir / f"{stem}.json", out_dir / f"{stem}.error.json"
            progress.update(files_bar, description=f"files  {path.name}")
            try:
                document = run_pipeline(
                    path, settings,
                    on_source=lambda s: progress.update(
                        pages_bar, total=progress.tasks[pages_bar].total + s.page_count),
                    on_page=lambda _p: progress.advance(pages_bar),
                )
            except Exception as exc:  # a bad file never takes down the batch
                failed += 1
                if not isinstance(exc, BienbanError):
                    traceback.print_exc()
                    exc = BienbanError("internal_error", type(exc).__name__)
                report = ErrorReport(error=ErrorDetail(code=exc.code, message=exc.message))
                write_atomic(error, report.model_dump_json(indent=1))
                result.unlink(missing_ok=True)
                console.print(f"[red]✗[/red] {path}: {exc.code} — {exc.message}")
            else:
                write_atomic(result, document.to_json())
                error.unlink(missing_ok=True)
                minutes += len(document.minutes)
                flags += len(document.flags) + sum(len(m.flags) for m in document.minutes)
            progress.advance(files_bar)
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
