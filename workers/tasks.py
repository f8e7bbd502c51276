"""Thin Celery tasks: they call the stage functions (ingest, extract) and store what comes back.

    start(doc)          inspect the stored original, record the page count, fan out one `page` task
                        per page not stored yet (or `finish` if all are);
    page(doc, sha, n)   read page n (skip if stored), INSERT … ON CONFLICT DO NOTHING, update progress;
                        the task that sees every page stored enqueues `finish`;
    finish(doc)         extract minutes and flags from the stored pages, replace the results, done.

Every task is idempotent (keyed by document/sha256 and page number), so a redelivered message does
no duplicate rows. Transient failures (database or broker unreachable) are retried with exponential
backoff; a BienbanError (corrupt, encrypted, unsupported…) fails the job with its code, no retry.
"""

from __future__ import annotations

import logging
import random
import time

import kombu.exceptions
import redis.exceptions
import sqlalchemy.exc
from celery import Task
from celery.exceptions import Retry, SoftTimeLimitExceeded

from bienban.config import Settings
from bienban.errors import MESSAGES, BienbanError
from records import repo
from records.db import DONE, FAILED, QUEUED, RECEIVED, RUNNING, DocumentRow, session_scope, utcnow
from records.storage import Store
from workers.app import app

log = logging.getLogger("bienban.workers")

TRANSIENT = (
    sqlalchemy.exc.OperationalError,
    sqlalchemy.exc.InterfaceError,
    sqlalchemy.exc.DisconnectionError,
    kombu.exceptions.OperationalError,
    redis.exceptions.ConnectionError,
    redis.exceptions.TimeoutError,
    ConnectionError,
    TimeoutError,
)


def is_transient(exc: BaseException) -> bool:
    """Database or broker unreachable (worth a retry), as opposed to a bug or a bad input."""
    if isinstance(exc, TRANSIENT):
        return True
    if isinstance(exc, sqlalchemy.exc.DBAPIError) and exc.connection_invalidated:
        return True
    if isinstance(exc, sqlalchemy.exc.PendingRollbackError):  # a connection lost mid-transaction
        return True
    cause = exc.__cause__ or exc.__context__
    return cause is not None and cause is not exc and isinstance(cause, TRANSIENT)


class StageTask(Task):
    acks_late = True
    reject_on_worker_lost = True
    max_retries = Settings().task_max_retries

    def backoff(self) -> float:
        cap = Settings().retry_backoff_max
        return min(cap, 2 ** self.request.retries) * (0.5 + random.random() / 2)


def _settings() -> Settings:
    return Settings()


def _fail(settings: Settings, document_id: int, code: str, message: str | None = None) -> None:
    message = message or MESSAGES.get(code, MESSAGES["internal_error"])
    log.warning("document %s failed: %s %s", document_id, code, message)
    with session_scope(settings.database_url) as s:
        repo.mark_failed(s, document_id, code, message)


def _fail_or_retry(task: StageTask, settings: Settings, document_id: int, code: str, message: str) -> str:
    """Record a failed job; if the database is what is failing, retry the task instead."""
    try:
        _fail(settings, document_id, code, message)
    except Exception as e:
        if is_transient(e) and task.request.retries < task.max_retries:
            raise task.retry(exc=e, countdown=task.backoff())
        raise
    return "failed"


def _guard(task: StageTask, document_id: int, body, timeout_code: str = "internal_error"):
    """Run a task body; route its failure to retry (transient) or to a failed job (not transient)."""
    settings = _settings()
    try:
        return body(settings)
    except Retry:
        raise
    except SoftTimeLimitExceeded:
        return _fail_or_retry(task, settings, document_id, timeout_code, MESSAGES[timeout_code] + " (time limit)")
    except BienbanError as e:
        if getattr(e, "transient", False) and task.request.retries < task.max_retries:
            raise task.retry(exc=e, countdown=task.backoff())
        return _fail_or_retry(task, settings, document_id, e.code, e.message)
    except Exception as e:
        if not is_transient(e):  # a bug or an unexpected input: fail the job, keep the batch going
            log.exception("document %s: unexpected error", document_id)
            return _fail_or_retry(task, settings, document_id, "internal_error",
                                  f"{MESSAGES['internal_error']} ({type(e).__name__}: {e})"[:2000])
        if task.request.retries < task.max_retries:
            log.info("transient error on document %s (%s), retry %d", document_id, type(e).__name__,
                     task.request.retries + 1)
            raise task.retry(exc=e, countdown=task.backoff())
        try:
            _fail(settings, document_id, "internal_error", f"{MESSAGES['internal_error']} ({type(e).__name__})")
        except Exception:
            log.exception("document %s: could not record the failure", document_id)
        raise


@app.task(bind=True, base=StageTask, name="bienban.start")
def start(self: StageTask, document_id: int) -> str:
    def body(settings: Settings) -> str:
        import ingest

        with session_scope(settings.database_url) as s:
            doc = s.get(DocumentRow, document_id)
            job = repo.job_for(s, document_id)
            if doc is None or job is None:
                return "missing"
            if job.state in (DONE, FAILED):
                return job.state
            if job.attempts >= settings.max_attempts:  # e.g. a page that always hits the hard limit
                repo.mark_failed(s, document_id, "internal_error",
                                 f"{MESSAGES['internal_error']} (gave up after {job.attempts} attempts)")
                return "failed"
            job.state, job.updated_at = RUNNING, utcnow()
            job.started_at = job.started_at or utcnow()
            job.attempts += 1
            sha, filename = doc.sha256, doc.filename
        path = Store(settings.storage_dir).path(sha)
        t0 = time.perf_counter()
        source = ingest.inspect(path, settings)
        inspect_s = time.perf_counter() - t0
        with session_scope(settings.database_url) as s:
            doc = s.get(DocumentRow, document_id)
            job = repo.job_for(s, document_id)
            doc.source = source.model_copy(update={"path": filename}).model_dump(mode="json")
            doc.media_type, doc.page_count = source.media_type, source.page_count
            job.pages_total = source.page_count
            job.timings = {**(job.timings or {}), "inspect_s": round(inspect_s, 4)}
            stored = repo.stored_page_numbers(s, document_id)
            job.pages_done = len(stored)
        missing = [n for n in range(1, source.page_count + 1) if n not in stored]
        if not missing:
            finish.apply_async((document_id,))
        with app.producer_or_acquire() as producer:  # fan out over one connection
            for n in missing:  # each page is a task of its own, any worker may take it
                page.apply_async((document_id, sha, n), producer=producer)
        return f"fanned out {len(missing)} page(s)"

    return _guard(self, document_id, body)


@app.task(bind=True, base=StageTask, name="bienban.page", ignore_result=True)
def page(self: StageTask, document_id: int, sha256: str, number: int) -> str:
    def body(settings: Settings) -> str:
        import ingest

        with session_scope(settings.database_url) as s:
            job = repo.job_for(s, document_id)
            if job is None or job.state in (DONE, FAILED):
                return "skipped"
            stored = repo.page_stored(s, document_id, number)
        result = seconds = None
        if not stored:
            t0 = time.perf_counter()
            result = next(iter(ingest.read_pages(Store(settings.storage_dir).path(sha256), settings, [number])))
            seconds = time.perf_counter() - t0
        with session_scope(settings.database_url) as s:  # store + progress in one transaction
            inserted = result is not None and repo.insert_page(s, document_id, result, seconds)
            job = repo.job_for(s, document_id, lock=True)
            done = repo.count_pages(s, document_id)
            job.pages_done = done
            job.updated_at = utcnow()
            if job.state in (RECEIVED, QUEUED):
                job.state = RUNNING
            complete = job.state == RUNNING and job.pages_total is not None and done >= job.pages_total
        if complete:  # the last page in enqueues extraction (a duplicate `finish` is harmless)
            finish.apply_async((document_id,))
        return "stored" if inserted else "already stored"

    return _guard(self, document_id, body, timeout_code="ocr_timeout")


@app.task(bind=True, base=StageTask, name="bienban.finish")
def finish(self: StageTask, document_id: int) -> str:
    def body(settings: Settings) -> str:
        import extract

        t_load = time.perf_counter()
        with session_scope(settings.database_url) as s:
            job = repo.job_for(s, document_id)
            if job is None or job.state in (DONE, FAILED):
                return "skipped"
            pages = repo.load_pages(s, document_id)
            if job.pages_total is None or len(pages) < job.pages_total:
                return "pages missing"
        t0 = time.perf_counter()
        load_s = t0 - t_load
        minutes, flags = extract.extract(pages, settings)
        extract_s = time.perf_counter() - t0
        with session_scope(settings.database_url) as s:
            job = repo.job_for(s, document_id, lock=True)
            if job.state in (DONE, FAILED):
                return "skipped"
            repo.replace_results(s, s.get(DocumentRow, document_id), minutes, flags)
            now = utcnow()
            job.timings = {**(job.timings or {}), "extract_s": round(extract_s, 4), "load_pages_s": round(load_s, 4),
                           "pages_s": round(sum(p.seconds or 0 for p in _page_seconds(s, document_id)), 4)}
            job.state, job.pages_done, job.finished_at, job.updated_at = DONE, len(pages), now, now
            job.error_code = job.error_message = None
        return "done"

    return _guard(self, document_id, body)


def _page_seconds(session, document_id: int):
    from sqlalchemy import select

    from records.db import PageRow

    return session.execute(select(PageRow.seconds).where(PageRow.document_id == document_id)).all()


@app.task(name="bienban.sweep", ignore_result=True)
def sweep_task() -> dict:
    from workers.sweeper import sweep

    return sweep(Settings())
