"""The sweeper: no upload is lost between "stored" and "queued", no job is left hanging.

- an upload still `received` after `received_grace` seconds (the API committed it but crashed, or the
  broker was down, before the task was sent) is enqueued;
- a `queued`/`running` job that has not moved for `stale_after` seconds while the broker queue is
  empty (its messages were lost, e.g. Redis restarted without persistence) is kicked again: `start`
  re-sends only the pages not stored yet.
Runs at worker start and then every `sweep_interval` seconds in each worker's main process; claims
are conditional UPDATEs, so several workers sweeping at once enqueue each document once.
"""

from __future__ import annotations

import logging
import threading
from datetime import timedelta

from bienban.config import Settings
from records import repo
from records.db import session_scope, utcnow

log = logging.getLogger("bienban.sweeper")


def broker_queue_length(settings: Settings, queue: str) -> int | None:
    if not settings.broker_url.startswith("redis"):
        return None
    import redis

    client = redis.Redis.from_url(settings.broker_url, socket_timeout=5)
    try:
        return int(client.llen(queue))
    finally:
        client.close()


def sweep(settings: Settings, enqueue=None) -> dict:
    from workers.app import enqueue_start

    enqueue = enqueue or (lambda doc_id: enqueue_start(doc_id, settings))
    now = utcnow()
    with session_scope(settings.database_url) as s:
        received = repo.claim_received(s, now - timedelta(seconds=settings.received_grace))
    for doc_id in received:
        enqueue(doc_id)
    stale: list[int] = []
    if broker_queue_length(settings, settings.queue) in (0, None):
        with session_scope(settings.database_url) as s:
            stale = repo.claim_stale(s, now - timedelta(seconds=settings.stale_after))
        for doc_id in stale:
            enqueue(doc_id)
    if received or stale:
        log.info("sweeper: re-enqueued %d received and %d stale document(s)", len(received), len(stale))
    return {"received": received, "stale": stale}


class SweeperThread(threading.Thread):
    def __init__(self, settings: Settings):
        super().__init__(name="bienban-sweeper", daemon=True)
        self.settings = settings
        self.stopped = threading.Event()

    def run(self) -> None:
        while not self.stopped.is_set():
            try:
                sweep(self.settings)
            except Exception as e:  # database or broker down: try again next round
                log.warning("sweeper: %s: %s", type(e).__name__, e)
            self.stopped.wait(self.settings.sweep_interval)
