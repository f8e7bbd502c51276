"""python -m web [--host H] [--port P] — the same as `bienban serve`."""

import click

from web.main import serve


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8000, show_default=True, type=int)
@click.option("--workers", default=1, show_default=True, type=int, help="uvicorn worker processes")
@click.option("--log-level", default="info", show_default=True)
def main(host: str, port: int, workers: int, log_level: str) -> None:
    serve(host=host, port=port, workers=workers, log_level=log_level)


main(prog_name="python -m web")
