"""The Celery app: Redis as broker and result store, JSON only, late acks, one task at a time.

Configured from the environment (bienban.config.Settings) when imported, so `bienban worker`
processes and the API see the same configuration.
"""

from __future__ import annotations

from functools import lru_cache

from celery import Celery

from bienban.config import Settings


def celery_config(settings: Settings) -> dict:
    return dict(
        broker_url=settings.broker_url,
        task_default_queue=settings.queue,
        result_backend=settings.result_backend,
        task_serializer="json",
        result_serializer="json",
        accept_content=["json"],
        result_accept_content=["json"],
        task_acks_late=True,  # a task is acknowledged after it ran: a dead worker's task is redelivered
        task_reject_on_worker_lost=True,
        worker_prefetch_multiplier=1,  # a worker holds one task at a time: pages spread over workers
        task_soft_time_limit=settings.task_soft_time_limit,
        task_time_limit=settings.task_time_limit,
        task_track_started=False,  # progress lives in the jobs table; flower sees task events
        result_expires=86400,
        result_backend_always_retry=True,
        result_backend_max_retries=20,
        broker_connection_retry_on_startup=True,
        broker_connection_max_retries=None,
        broker_transport_options={
            "visibility_timeout": settings.visibility_timeout,
            "unacked_restore_interval": settings.restore_interval,
            "unacked_restore_throttle": 1,
            # the lock a worker holds while it restores unacked messages: kombu keeps it 300 s, so a worker killed
            # while holding it stopped every redelivery for five minutes
            "unacked_mutex_expire": max(5, 5 * settings.restore_interval),
        },
        result_backend_transport_options={"retry_policy": {"timeout": 5.0}},
        task_publish_retry=True,
        task_publish_retry_policy={"max_retries": 30, "interval_start": 0.2, "interval_step": 0.5, "interval_max": 2},
        worker_hijack_root_logger=False,
        worker_send_task_events=False,  # Flower switches task events on when it starts
        task_send_sent_event=False,
        broker_heartbeat=0,
    )


def make_app(settings: Settings | None = None) -> Celery:
    app = Celery("bienban", include=["workers.tasks"])
    app.conf.update(celery_config(settings or Settings()))
    return app


app = make_app()


@lru_cache(maxsize=8)
def producer(broker_url: str, result_backend: str) -> Celery:
    """A Celery app used only to send tasks by name (the API: it must not import the stages)."""
    p = Celery("bienban-producer")
    p.conf.update(celery_config(Settings(broker_url=broker_url, result_backend=result_backend)))

    return p


def enqueue_start(document_id: int, settings: Settings, patient: bool = True) -> None:
    """Send `start` for a document. The API is impatient (a few tries): if the broker is down the
    upload stays "received" and the sweeper sends it later."""
    policy = None if patient else {"max_retries": 2, "interval_start": 0, "interval_step": 0.3, "interval_max": 0.5}
    producer(settings.broker_url, settings.result_backend).send_task(
        "bienban.start", args=[document_id], retry=True, retry_policy=policy,
        queue=settings.queue)
