"""`bienban worker`: run a Celery worker (prefork pool) with the database migrated and the sweeper on."""

from __future__ import annotations

import logging

from celery import signals

from bienban.config import Settings

_sweeper = None


@signals.worker_process_init.connect
def _fresh_engines(**_):
    # a forked pool process must not share the parent's database connections
    from records.db import dispose_engines

    dispose_engines(close=False)


@signals.worker_ready.connect
def _start_sweeper(**_):
    global _sweeper
    from workers.sweeper import SweeperThread

    if _sweeper is None:
        _sweeper = SweeperThread(Settings())
        _sweeper.start()


def run_worker(concurrency: int = 1, loglevel: str = "info", hostname: str | None = None,
               migrate: bool | None = None, sweep: bool = True) -> None:
    settings = Settings()
    logging.basicConfig(level=loglevel.upper(), format="%(asctime)s %(levelname)s %(name)s %(message)s")
    if migrate if migrate is not None else settings.migrate_on_start:
        from records.migrate import upgrade

        upgrade(settings.database_url)
    if not sweep:
        signals.worker_ready.disconnect(_start_sweeper)
    from workers.app import app

    argv = ["worker", f"--concurrency={concurrency}", f"--loglevel={loglevel}", "--pool=prefork",
            "--without-gossip", "--without-mingle", "-O", "fair"]
    if hostname:
        argv.append(f"--hostname={hostname}")
    app.worker_main(argv)
