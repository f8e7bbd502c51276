"""The service end to end with real processes: `bienban serve` (uvicorn) and `bienban worker`
(Celery, prefork) against the real Redis and PostgreSQL, not eager mode. One fresh PostgreSQL
database and one Redis DB number for the session; the fault tests start their own Redis server,
their own TCP proxy in front of PostgreSQL and their own workers."""

from __future__ import annotations

import os
import time
from pathlib import Path

import httpx
import pytest

import service_support as support

pytestmark = pytest.mark.integration

DPI = 100  # small scanned pages (800 px wide): ~0.6 s of OCR each
ADMIN = "bb_integration_admin"
REDIS_DB = int(os.environ.get("BIENBAN_TEST_REDIS_DB", "13"))
FAST = {  # short timeouts so redelivery and sweeping happen within seconds
    "BIENBAN_VISIBILITY_TIMEOUT": "10",
    "BIENBAN_RESTORE_INTERVAL": "1",
    "BIENBAN_SWEEP_INTERVAL": "2",
    "BIENBAN_RECEIVED_GRACE": "3",
    "BIENBAN_STALE_AFTER": "20",
    "BIENBAN_RETRY_BACKOFF_MAX": "3",
    "BIENBAN_TASK_MAX_RETRIES": "30",
    "BIENBAN_RENDER_DPI": str(DPI),
    "BIENBAN_ADMIN_TOKEN": ADMIN,
}


def _scanned(path: Path, pages: int) -> Path:
    return support.make_scanned_pdf(path, pages, width=800, dpi=DPI)


@pytest.fixture(scope="session")
def stack(tmp_path_factory):
    if not support.postgres_available() or not support.redis_available():
        pytest.skip("needs PostgreSQL on 127.0.0.1:5432 and Redis on 127.0.0.1:6379")
    import redis

    tmp = tmp_path_factory.mktemp("service")
    broker = f"redis://{support.REDIS_HOST}:{support.REDIS_PORT}/{REDIS_DB}"
    queue = f"bienban-test-{os.getpid()}"  # test sessions running at once on this Redis DB stay apart
    with support.fresh_postgres_database() as db_url:
        env = {**FAST, "BIENBAN_QUEUE": queue, "BIENBAN_DATABASE_URL": db_url, "BIENBAN_STORAGE_DIR": str(tmp / "store"),
               "BIENBAN_BROKER_URL": broker, "BIENBAN_RESULT_BACKEND": broker}
        from records.migrate import upgrade

        upgrade(db_url)
        yield {"env": env, "tmp": tmp, "db_url": db_url, "broker": broker, "queue": queue}
        redis.Redis.from_url(broker).delete(queue)


class Api:
    """A real `bienban serve` process (uvicorn) and an httpx client on it."""

    def __init__(self, env: dict, log: Path):
        import subprocess

        self.port = support.free_port()
        cmd = support.serve_command(self.port)
        self.proc = subprocess.Popen(cmd, cwd=support.ROOT, env={**os.environ, **env}, stdout=open(log, "ab"),
                                     stderr=subprocess.STDOUT, start_new_session=True)
        self.http = httpx.Client(base_url=f"http://127.0.0.1:{self.port}", timeout=60,
                                 headers={"Authorization": f"Bearer {ADMIN}"})
        deadline = time.time() + 60
        while True:
            try:
                if self.http.get("/health").status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if time.time() > deadline or self.proc.poll() is not None:
                raise RuntimeError(f"API did not start, see {log}")
            time.sleep(0.2)

    def upload(self, paths, cell="Chi bộ thôn Đông", committee="Đảng ủy xã Tân Lập"):
        files = [("files", (Path(p).name, Path(p).read_bytes(), "application/pdf")) for p in paths]
        r = self.http.post("/documents", files=files, data={"committee": committee, "cell": cell})
        assert r.status_code in (202, 422), r.text
        return r.json()["documents"]

    def wait(self, ids, timeout=180.0, states=("done", "failed")) -> dict[int, dict]:
        deadline, last = time.time() + timeout, {}
        while time.time() < deadline:
            last = {i: self.http.get(f"/documents/{i}").json() for i in ids}
            if all(s["state"] in states for s in last.values()):
                return last
            time.sleep(0.5)
        raise AssertionError(f"not finished in {timeout}s: {last}")

    def close(self):
        self.http.close()
        support.stop_worker(self.proc)


@pytest.fixture(scope="session")
def api(stack):
    a = Api(stack["env"], stack["tmp"] / "api.log")
    yield a
    a.close()


@pytest.fixture
def workers(stack, request):
    """Start workers with optional env overrides; all stopped at the end of the test."""
    started = []

    def start(n=1, **overrides):
        procs = []
        for _ in range(n):
            name = f"w{len(started) + 1}-{request.node.name[:20]}"
            p = support.start_worker({**stack["env"], **overrides}, stack["tmp"] / f"{name}.log", name=name)
            started.append(p)
            procs.append(p)
        return procs

    yield start
    for p in started:
        support.stop_worker(p)


def _pages_in_db(db_url, doc_id):
    from sqlalchemy import select

    from records.db import PageRow, session_scope

    with session_scope(db_url) as s:
        return list(s.scalars(select(PageRow.number).where(PageRow.document_id == doc_id).order_by(PageRow.number)))


def _in_process(path: Path):
    from bienban.config import Settings
    from bienban.pipeline import process

    return process(path, Settings(render_dpi=DPI))


def test_results_equal_in_process_pipeline(stack, api, workers):
    workers(2)
    scanned = _scanned(stack["tmp"] / "so-quet.pdf", 3)
    digital = support.make_born_digital_pdf(stack["tmp"] / "so-so.pdf", 4)
    docs = api.upload([scanned, digital])
    assert [d["state"] for d in docs] == ["queued", "queued"]
    final = api.wait([d["id"] for d in docs])
    for d, path in zip(docs, (scanned, digital)):
        assert final[d["id"]]["state"] == "done", final[d["id"]]
        assert final[d["id"]]["pages_done"] == final[d["id"]]["pages_total"]
        got = api.http.get(f"/documents/{d['id']}/result").json()
        want = _in_process(path).model_dump(mode="json", by_alias=True)
        assert got["source"]["sha256"] == want["source"]["sha256"] and got["source"]["path"] == path.name
        assert got["pages"] == want["pages"]
        assert got["minutes"] == want["minutes"]
        assert got["flags"] == want["flags"]
    # the same file again: detected, not processed again
    again = api.upload([digital])[0]
    assert again["duplicate"] is True and again["id"] == docs[1]["id"]
    minutes = api.http.get("/minutes", params={"cell": "Chi bộ thôn Đông"}).json()
    assert minutes["total"] >= 2


def test_kill9_worker_mid_book(stack, api, workers, request):
    victim, survivor = workers(2)
    victim_name = request.node.name[:20]
    book = _scanned(stack["tmp"] / "so-10-trang.pdf", 10)
    doc = api.upload([book], cell="Chi bộ kill")[0]
    victim_log = stack["tmp"] / f"w1-{victim_name}.log"
    deadline = time.time() + 90
    while (api.http.get(f"/documents/{doc['id']}").json()["pages_done"] < 2
           or not support.unfinished_tasks(victim_log)):  # kill it while it holds a page
        assert time.time() < deadline
        time.sleep(0.05)
    support.kill9_tree(victim)  # its page in flight is unacknowledged: redelivered to the survivor
    final = api.wait([doc["id"]], timeout=120)[doc["id"]]
    in_flight = support.unfinished_tasks(victim_log)
    survivor_log = (stack["tmp"] / f"w2-{victim_name}.log").read_text(errors="replace")
    assert in_flight, "the victim had no task in flight when killed"
    assert all(f"[{task_id}] received" in survivor_log for task_id in in_flight)  # redelivered
    assert final["state"] == "done", final
    assert _pages_in_db(stack["db_url"], doc["id"]) == list(range(1, 11))  # each page exactly once
    result = api.http.get(f"/documents/{doc['id']}/result").json()
    assert [p["number"] for p in result["pages"]] == list(range(1, 11))


def test_redis_restart_mid_batch(stack, workers, tmp_path):
    from fastapi.testclient import TestClient

    from bienban.config import Settings
    from web.app import create_app

    server = support.RedisServer(tmp_path / "redis").start()
    try:
        env = {"BIENBAN_BROKER_URL": server.url(0), "BIENBAN_RESULT_BACKEND": server.url(1)}
        workers(2, **env)
        settings = Settings(database_url=stack["db_url"], storage_dir=stack["env"]["BIENBAN_STORAGE_DIR"],
                            broker_url=server.url(0), result_backend=server.url(1), render_dpi=DPI,
                            migrate_on_start=False, admin_token=ADMIN, queue=stack["queue"])
        app = create_app(settings)
        books = [_scanned(tmp_path / f"lo-{i}.pdf", 3 + i) for i in range(3)]
        with TestClient(app, headers={"Authorization": f"Bearer {ADMIN}"}) as c:
            files = [("files", (p.name, p.read_bytes(), "application/pdf")) for p in books]
            docs = c.post("/documents", files=files, data={"committee": "Đảng ủy xã R", "cell": "Chi bộ R"}).json()
            ids = [d["id"] for d in docs["documents"]]
            deadline = time.time() + 60
            while sum(c.get(f"/documents/{i}").json()["pages_done"] for i in ids) < 2:
                assert time.time() < deadline
                time.sleep(0.1)
            server.stop()  # SIGTERM: like `docker compose restart redis`; the append-only file keeps the queue
            time.sleep(2)
            server.start()
            deadline, states = time.time() + 150, {}
            while time.time() < deadline:
                states = {i: c.get(f"/documents/{i}").json() for i in ids}
                if all(s["state"] in ("done", "failed") for s in states.values()):
                    break
                time.sleep(0.5)
        assert all(s["state"] == "done" for s in states.values()), states
        for i, p in zip(ids, books):
            assert _pages_in_db(stack["db_url"], i) == list(range(1, 4 + books.index(p)))
    finally:
        server.stop()


def test_postgres_unreachable_then_back(stack, api, workers):
    proxy = support.PausableProxy(("127.0.0.1", 5432))
    try:
        via_proxy = stack["db_url"].replace(":5432/", f":{proxy.port}/")
        procs = workers(2, BIENBAN_DATABASE_URL=via_proxy)
        books = [_scanned(stack["tmp"] / f"pg-{i}.pdf", 4) for i in range(2)]
        docs = api.upload(books, cell="Chi bộ PG")
        ids = [d["id"] for d in docs]
        deadline = time.time() + 60
        while sum(api.http.get(f"/documents/{i}").json()["pages_done"] for i in ids) < 1:
            assert time.time() < deadline
            time.sleep(0.1)
        proxy.pause()  # the workers' database is gone for 6 s
        time.sleep(6)
        proxy.resume()
        final = api.wait(ids, timeout=150)
        assert all(s["state"] == "done" for s in final.values()), {
            i: (s["state"], s["error"], s["pages_done"], s["attempts"]) for i, s in final.items()}
        for i in ids:
            assert _pages_in_db(stack["db_url"], i) == [1, 2, 3, 4]
        logs = "".join((stack["tmp"] / f).read_text(errors="replace") for f in os.listdir(stack["tmp"])
                       if f.endswith(".log") and "postgres" in f)
        assert "retry" in logs.lower() or "Retry" in logs, "expected at least one transient retry"
        del procs
    finally:
        proxy.close()


def test_bad_inputs_fail_with_codes_and_batch_completes(stack, api, workers):
    workers(1)
    bad = support.bad_inputs(stack["tmp"] / "bad")
    good = [support.make_born_digital_pdf(stack["tmp"] / f"tot-{i}.pdf", 2 + i) for i in range(2)]
    paths = [good[0]] + [p for p, _ in bad.values()] + [good[1]]
    docs = api.upload(paths, cell="Chi bộ lỗi")
    codes = [d.get("error", {}).get("code") for d in docs[1:-1]]
    assert codes == [code for _, code in bad.values()]  # rejected at upload: detection can tell
    # an original that got past the upload check (stored before a stricter check, say) fails in the job
    from records import repo
    from records.db import session_scope
    from records.storage import Store
    from workers.app import enqueue_start
    from bienban.config import Settings

    corrupt = bad["corrupt"][0].read_bytes()
    stored = Store(stack["env"]["BIENBAN_STORAGE_DIR"]).put_bytes(corrupt)
    with session_scope(stack["db_url"]) as s:
        cell = repo.get_or_create_org(s, "Đảng ủy xã Tân Lập", "Chi bộ lỗi")
        doc, _ = repo.create_document(s, sha256=stored.sha256, filename="hong.pdf", size=stored.size, cell=cell)
        bad_id = doc.id
    enqueue_start(bad_id, Settings(broker_url=stack["broker"], result_backend=stack["broker"], queue=stack["queue"]))
    ok_ids = [docs[0]["id"], docs[-1]["id"]]
    final = api.wait(ok_ids + [bad_id], timeout=120)
    assert [final[i]["state"] for i in ok_ids] == ["done", "done"]
    assert final[bad_id]["state"] == "failed" and final[bad_id]["error"]["code"] == "corrupt_pdf"
    assert final[bad_id]["attempts"] == 1  # not retried
    assert not final[bad_id]["error"]["message"].isascii()
