"""python -m workers [--concurrency N] [--loglevel info] — the same as `bienban worker`."""

import click

from workers.main import run_worker


@click.command()
@click.option("--concurrency", "-c", default=1, show_default=True, help="Pages processed at once by this worker.")
@click.option("--loglevel", "-l", default="info", show_default=True)
@click.option("--hostname", "-n", default=None, help="Celery node name (default celery@<host>).")
@click.option("--no-sweep", is_flag=True, help="Do not run the sweeper in this worker.")
def main(concurrency: int, loglevel: str, hostname: str | None, no_sweep: bool) -> None:
    run_worker(concurrency=concurrency, loglevel=loglevel, hostname=hostname, sweep=not no_sweep)


main(prog_name="python -m workers")
