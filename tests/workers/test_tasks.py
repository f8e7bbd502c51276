"""The tasks' wiring, in-process with fake stages and a hand-driven 'broker': fan-out, idempotency
under redelivery, non-transient errors fail the job (no retry), transient ones retry."""

from __future__ import annotations

import random

import pytest
import sqlalchemy.exc
from celery.exceptions import Retry
from sqlalchemy import func, select

import service_support as support
from bienban.config import Settings
from bienban.errors import BienbanError
from bienban.model import Flag, Meeting, Minute, Page
from records import migrate, repo
from records.db import FlagRow, MinuteRow, PageRow, session_scope
from records.storage import Store


class FakeBroker:
    def __init__(self):
        self.sent: list[tuple[str, tuple]] = []

    def patch(self, monkeypatch):
        from workers import tasks

        for name in ("start", "page", "finish"):
            monkeypatch.setattr(getattr(tasks, name), "apply_async",
                                lambda args, _n=name, **kw: self.sent.append((_n, tuple(args))))

    def drain(self, shuffle=False, redeliver=False):
        from workers import tasks

        while self.sent:
            if shuffle:
                random.shuffle(self.sent)
            name, args = self.sent.pop(0)
            getattr(tasks, name)(*args)
            if redeliver:  # the same message again, as after a lost ack
                getattr(tasks, name)(*args)


@pytest.fixture
def env(tmp_path, monkeypatch):
    url = f"sqlite:///{tmp_path / 'w.db'}"
    monkeypatch.setenv("BIENBAN_DATABASE_URL", url)
    monkeypatch.setenv("BIENBAN_STORAGE_DIR", str(tmp_path / "store"))
    migrate.upgrade(url)
    calls = {"read": [], "extract": 0}

    def fake_read_pages(path, settings, numbers=None):
        for n in numbers:
            calls["read"].append(n)
            yield Page(number=n, method="ocr", text=f"trang {n}", confidence=0.9, width=10, height=10, unit="px")

    def fake_extract(pages, settings):
        calls["extract"] += 1
        m = Minute(pages=[p.number for p in pages], meeting=Meeting(year=2023, month=5),
                   flags=[Flag(code="missing_vote", severity="error", message="Thiếu biểu quyết")])
        return [m], [Flag(code="missing_month", severity="warning", message="Thiếu tháng")]

    import extract
    import ingest

    monkeypatch.setattr(ingest, "read_pages", fake_read_pages)
    monkeypatch.setattr(extract, "extract", fake_extract, raising=False)
    broker = FakeBroker()
    broker.patch(monkeypatch)
    return url, tmp_path, calls, broker


def _upload(url, tmp_path, pages=5) -> int:
    pdf = support.make_born_digital_pdf(tmp_path / "so.pdf", pages)
    stored = Store(tmp_path / "store").put_bytes(pdf.read_bytes())
    with session_scope(url) as s:
        cell = repo.get_or_create_org(s, "Đảng ủy xã A", "Chi bộ 1")
        doc, _ = repo.create_document(s, sha256=stored.sha256, filename="so.pdf", size=stored.size, cell=cell)
        return doc.id


def _counts(url, doc_id):
    with session_scope(url) as s:
        job = repo.job_for(s, doc_id)
        n = lambda t: s.scalar(select(func.count()).select_from(t).where(t.document_id == doc_id))  # noqa: E731
        return job.state, job.pages_done, job.pages_total, n(PageRow), n(MinuteRow), n(FlagRow), job.error_code


def test_fan_out_then_finish(env):
    url, tmp, calls, broker = env
    from workers import tasks

    doc_id = _upload(url, tmp, pages=5)
    tasks.start(doc_id)
    assert [n for n, _ in broker.sent] == ["page"] * 5  # one task per page
    assert {a[2] for _, a in broker.sent} == {1, 2, 3, 4, 5}
    broker.drain(shuffle=True)
    assert _counts(url, doc_id) == ("done", 5, 5, 5, 1, 2, None)
    assert sorted(calls["read"]) == [1, 2, 3, 4, 5] and calls["extract"] == 1


def test_redelivered_tasks_store_nothing_twice(env):
    url, tmp, calls, broker = env
    from workers import tasks

    doc_id = _upload(url, tmp, pages=4)
    tasks.start(doc_id)
    tasks.start(doc_id)  # start redelivered: pages are sent twice
    broker.drain(shuffle=True, redeliver=True)
    assert _counts(url, doc_id) == ("done", 4, 4, 4, 1, 2, None)
    assert sorted(set(calls["read"])) == [1, 2, 3, 4] and len(calls["read"]) == 4  # skip if stored
    tasks.finish(doc_id)  # a late duplicate finish changes nothing
    tasks.start(doc_id)
    assert _counts(url, doc_id) == ("done", 4, 4, 4, 1, 2, None) and not broker.sent


def test_restart_after_partial_progress_sends_only_missing_pages(env):
    url, tmp, calls, broker = env
    from workers import tasks

    doc_id = _upload(url, tmp, pages=4)
    tasks.start(doc_id)
    for _ in range(2):
        name, args = broker.sent.pop(0)
        tasks.page(*args)
    broker.sent.clear()  # the broker lost the other messages
    tasks.start(doc_id)  # the sweeper kicks the job again
    assert sorted(a[2] for _, a in broker.sent) == [3, 4]
    broker.drain()
    assert _counts(url, doc_id)[:4] == ("done", 4, 4, 4)


def test_non_transient_error_fails_without_retry(env, monkeypatch):
    url, tmp, calls, broker = env
    import ingest
    from workers import tasks

    doc_id = _upload(url, tmp, pages=3)

    def corrupt(path, settings):
        raise BienbanError("corrupt_pdf", "xref")

    monkeypatch.setattr(ingest, "inspect", corrupt)
    assert tasks.start(doc_id) == "failed"
    state, *_, code = _counts(url, doc_id)
    assert (state, code) == ("failed", "corrupt_pdf") and not broker.sent


def test_page_error_fails_job_and_other_pages_skip(env, monkeypatch):
    url, tmp, calls, broker = env
    import ingest
    from workers import tasks

    doc_id = _upload(url, tmp, pages=3)
    tasks.start(doc_id)

    def ocr_fails(path, settings, numbers=None):
        raise BienbanError("ocr_failed")
        yield

    monkeypatch.setattr(ingest, "read_pages", ocr_fails)
    broker.drain()
    state, *_, code = _counts(url, doc_id)
    assert (state, code) == ("failed", "ocr_failed")


def test_transient_database_error_is_retried(env, monkeypatch):
    url, tmp, calls, broker = env
    from workers import tasks

    doc_id = _upload(url, tmp, pages=1)

    def down(*a, **k):
        raise sqlalchemy.exc.OperationalError("SELECT 1", {}, Exception("connection refused"))

    monkeypatch.setattr(tasks.repo, "job_for", down)
    retried = []
    monkeypatch.setattr(tasks.start, "retry", lambda exc=None, countdown=None, **k: retried.append(countdown) or Retry())
    with pytest.raises(Retry):
        tasks.start(doc_id)
    assert retried and 0 < retried[0] <= 60
    monkeypatch.undo()


def test_celery_configuration_is_safe():
    from workers.app import make_app

    conf = make_app(Settings(visibility_timeout=7)).conf
    assert conf.task_serializer == "json" and conf.accept_content == ["json"] and conf.result_serializer == "json"
    assert conf.task_acks_late and conf.task_reject_on_worker_lost and conf.worker_prefetch_multiplier == 1
    assert conf.task_soft_time_limit < conf.task_time_limit
    assert conf.broker_transport_options["visibility_timeout"] == 7
    # a worker killed while restoring unacked messages must not block redelivery for kombu's default 300 s
    assert conf.broker_transport_options["unacked_mutex_expire"] < 7 * 10
    assert conf.broker_url.startswith("redis://") and conf.result_backend.startswith("redis://")


def test_sweeper_kicks_stale_jobs_once(env):
    url, tmp, calls, broker = env
    from workers import tasks
    from workers.sweeper import sweep

    doc_id = _upload(url, tmp, pages=3)
    tasks.start(doc_id)
    broker.sent.clear()  # every page message lost (Redis restarted without its append-only file)
    settings = Settings(database_url=url, broker_url="memory://")
    kicked: list[int] = []
    assert sweep(settings.model_copy(update={"stale_after": 3600}), enqueue=kicked.append)["stale"] == []
    assert sweep(settings.model_copy(update={"stale_after": 0}), enqueue=kicked.append)["stale"] == [doc_id]
    assert kicked == [doc_id]
    tasks.start(doc_id)  # what the sweeper's message does
    broker.drain()
    assert _counts(url, doc_id)[:4] == ("done", 3, 3, 3)
    assert sweep(settings.model_copy(update={"stale_after": 0}), enqueue=kicked.append)["stale"] == []  # done: left alone


def test_job_that_never_finishes_is_given_up(env, monkeypatch):
    url, tmp, calls, broker = env
    from workers import tasks

    monkeypatch.setenv("BIENBAN_MAX_ATTEMPTS", "3")
    doc_id = _upload(url, tmp, pages=2)
    for _ in range(3):  # started, pages lost, kicked by the sweeper, again and again
        tasks.start(doc_id)
        broker.sent.clear()
    assert tasks.start(doc_id) == "failed"
    state, *_, code = _counts(url, doc_id)
    assert (state, code) == ("failed", "internal_error")


def test_transient_classification():
    import kombu.exceptions

    from workers.tasks import is_transient

    op = sqlalchemy.exc.OperationalError("SELECT 1", {}, Exception("server closed the connection"))
    assert is_transient(op) and is_transient(kombu.exceptions.OperationalError("redis down"))
    assert is_transient(ConnectionRefusedError())
    lost = sqlalchemy.exc.DBAPIError("SELECT 1", {}, Exception("x"), connection_invalidated=True)
    assert is_transient(lost)
    assert not is_transient(ValueError("bad value")) and not is_transient(KeyError("x"))
    assert not is_transient(sqlalchemy.exc.IntegrityError("INSERT", {}, Exception("duplicate")))
