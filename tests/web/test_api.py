"""The API: uploads checked before queueing, duplicates reported, JSON errors, and organisation
scoping proven for every endpoint and every role."""

from pathlib import Path

import pytest

import service_support as support
from bienban.model import Flag, Meeting, Minute, Page
from records import repo
from records.db import DONE, DocumentRow, session_scope

A, B = "Đảng ủy xã A", "Đảng ủy xã B"
REDIS = f"redis://{support.REDIS_HOST}:{support.REDIS_PORT}/0"


def auth(token: str) -> dict:
    return {"Authorization": f"Bearer {token}"}


@pytest.fixture
def tokens(settings, client):
    with session_scope(settings.database_url) as s:
        return {
            "admin": "admin-secret",  # the bootstrap token (BIENBAN_ADMIN_TOKEN)
            "up_A": repo.create_token(s, "văn phòng A", "uploader", [A]),
            "up_A1": repo.create_token(s, "chi bộ A1", "uploader", [f"{A}/Chi bộ 1"]),
            "up_B": repo.create_token(s, "văn phòng B", "uploader", [B]),
            "insp_A": repo.create_token(s, "kiểm tra A", "inspector", [A]),
            "insp_A1": repo.create_token(s, "kiểm tra A1", "inspector", [f"{A}/Chi bộ 1"]),
            "insp_B": repo.create_token(s, "kiểm tra B", "inspector", [B]),
        }


def upload(client, token, paths, committee, cell):
    files = [("files", (Path(p).name, Path(p).read_bytes(), "application/octet-stream")) for p in paths]
    return client.post("/documents", headers=auth(token), files=files, data={"committee": committee, "cell": cell})


def _finish(settings, doc_id: int, month: int, flag: str) -> None:
    """Store results as a worker would (the workers are tested on their own)."""
    with session_scope(settings.database_url) as s:
        doc = s.get(DocumentRow, doc_id)
        repo.insert_page(s, doc_id, Page(number=1, method="text-layer", text="x", width=1, height=1, unit="pt"), 0)
        minute = Minute(pages=[1], meeting=Meeting(date=f"2023-{month:02d}-05", kind="regular"),
                        flags=[Flag(code=flag, severity="error", message="…")])
        repo.replace_results(s, doc, [minute], [])
        job = repo.job_for(s, doc_id)
        job.state, job.pages_done, job.pages_total = DONE, 1, 1


@pytest.fixture
def world(tmp_path, settings, client, tokens):
    """Three documents: A/Chi bộ 1 (May), A/Chi bộ 2 (June), B/Chi bộ 1 (May), all done."""
    ids = {}
    for key, committee, cell, month, flag in [("A1", A, "Chi bộ 1", 5, "missing_vote"),
                                              ("A2", A, "Chi bộ 2", 6, "missing_assignment"),
                                              ("B1", B, "Chi bộ 1", 5, "missing_vote")]:
        pdf = support.make_born_digital_pdf(tmp_path / f"{key}.pdf", pages=1 + month % 2)
        token = tokens["admin"]
        r = upload(client, token, [pdf], committee, cell)
        assert r.status_code == 202, r.text
        ids[key] = r.json()["documents"][0]["id"]
        _finish(settings, ids[key], month, flag)
    return ids


def test_openapi_is_published(client):
    spec = client.get("/openapi.json").json()
    assert {"/documents", "/documents/{document_id}", "/documents/{document_id}/result", "/minutes"} <= set(spec["paths"])


def test_upload_stores_commits_then_enqueues(tmp_path, settings, client, tokens, enqueued):
    one = support.make_born_digital_pdf(tmp_path / "so1.pdf", pages=2)
    two = support.make_scanned_pdf(tmp_path / "so2.pdf", pages=1, width=300)
    r = upload(client, tokens["up_A"], [one, two], A, "Chi bộ thôn Đông")
    assert r.status_code == 202, r.text
    docs = r.json()["documents"]
    assert [d["state"] for d in docs] == ["queued", "queued"] and [d["pages_total"] for d in docs] == [2, 1]
    assert enqueued == [d["id"] for d in docs]
    from records.storage import Store

    assert Store(settings.storage_dir).path(docs[0]["sha256"]).read_bytes() == one.read_bytes()
    status = client.get(f"/documents/{docs[0]['id']}", headers=auth(tokens["up_A"])).json()
    assert status["state"] == "queued" and status["pages_total"] == 2 and status["pages_done"] == 0
    assert status["cell"] == "Chi bộ thôn Đông" and status["committee"] == A
    # the same file again into the same cell: reported as a duplicate, not queued twice
    again = upload(client, tokens["up_A"], [one], A, "Chi bộ thôn Đông").json()["documents"][0]
    assert again["duplicate"] is True and again["id"] == docs[0]["id"]
    assert len(enqueued) == 2


def test_upload_survives_broker_down(tmp_path, settings, tokens):
    """Enqueue fails after the commit: the upload stays 'received' for the sweeper, nothing is lost."""
    from fastapi.testclient import TestClient

    from web.app import create_app
    from workers.sweeper import sweep

    def broken(_doc_id):
        raise ConnectionError("broker down")

    app = create_app(settings.model_copy(update={"migrate_on_start": False}), enqueue=broken)
    pdf = support.make_born_digital_pdf(tmp_path / "so.pdf", 1)
    with TestClient(app) as c:
        doc = upload(c, tokens["up_A"], [pdf], A, "Chi bộ 1").json()["documents"][0]
        assert doc["state"] == "received"
    sent: list[int] = []
    result = sweep(settings.model_copy(update={"broker_url": "memory://", "received_grace": 0}), enqueue=sent.append)
    assert sent == [doc["id"]] and result["received"] == [doc["id"]]
    assert sweep(settings.model_copy(update={"received_grace": 0, "stale_after": 3600}),
                 enqueue=sent.append)["received"] == []


def test_bad_inputs_rejected_at_upload_with_codes(tmp_path, client, tokens, enqueued):
    bad = support.bad_inputs(tmp_path / "bad")
    good = support.make_born_digital_pdf(tmp_path / "good.pdf", 1)
    r = upload(client, tokens["up_A"], [p for p, _ in bad.values()] + [good], A, "Chi bộ 1")
    assert r.status_code == 202
    docs = r.json()["documents"]
    assert [d.get("error", {}).get("code") for d in docs[:-1]] == [code for _, code in bad.values()]
    assert all(d["state"] == "rejected" for d in docs[:-1]) and docs[-1]["state"] == "queued"
    assert len(enqueued) == 1
    for d in docs[:-1]:
        assert d["error"]["message"] and not d["error"]["message"].isascii()  # Vietnamese for people
    single = upload(client, tokens["up_A"], [bad["encrypted"][0]], A, "Chi bộ 1")
    assert single.status_code == 422 and single.json()["error"]["code"] == "encrypted_pdf"


def test_size_limit(tmp_path, settings, tokens):
    from fastapi.testclient import TestClient

    from web.app import create_app

    app = create_app(settings.model_copy(update={"max_file_bytes": 1000}), enqueue=lambda i: None)
    pdf = support.make_born_digital_pdf(tmp_path / "big.pdf", 3)
    with TestClient(app) as c:
        r = upload(c, tokens["up_A"], [pdf], A, "Chi bộ 1")
    assert r.status_code == 422 and r.json()["error"]["code"] == "file_too_large"


def test_errors_are_json_with_codes(client, tokens):
    assert client.get("/documents/1").json()["error"]["code"] == "unauthorized"
    r = client.get("/documents/1", headers=auth("nope"))
    assert r.status_code == 401 and r.json()["error"]["code"] == "unauthorized"
    r = client.get("/documents/999", headers=auth(tokens["admin"]))
    assert r.status_code == 404 and r.json()["error"]["code"] == "not_found"
    r = client.get("/minutes?period=2023-13", headers=auth(tokens["admin"]))
    assert r.status_code == 422 and r.json()["error"]["code"] == "bad_period"
    r = client.get("/minutes?per_page=0", headers=auth(tokens["admin"]))
    assert r.status_code == 422 and r.json()["error"]["code"] == "validation_error"


# --- scoping: every endpoint, every role ---------------------------------------------------


def test_scoping_post_documents(tmp_path, client, tokens, enqueued):
    pdf = support.make_born_digital_pdf(tmp_path / "s.pdf", 1)
    assert upload(client, tokens["up_B"], [pdf], A, "Chi bộ 1").json()["error"]["code"] == "forbidden_organisation"
    assert upload(client, tokens["up_A1"], [pdf], A, "Chi bộ 2").status_code == 403  # another cell of A
    assert upload(client, tokens["insp_A"], [pdf], A, "Chi bộ 1").json()["error"]["code"] == "forbidden"
    assert upload(client, "", [pdf], A, "Chi bộ 1").status_code == 401
    assert enqueued == []
    assert upload(client, tokens["up_A1"], [pdf], A, "Chi bộ 1").status_code == 202
    assert upload(client, tokens["up_A"], [pdf], A, "Chi bộ mới").status_code == 202  # a new cell under A


VISIBLE = {  # token -> documents it may see
    "admin": {"A1", "A2", "B1"},
    "up_A": {"A1", "A2"}, "insp_A": {"A1", "A2"},
    "up_A1": {"A1"}, "insp_A1": {"A1"},
    "up_B": {"B1"}, "insp_B": {"B1"},
}


@pytest.mark.parametrize("who", sorted(VISIBLE))
def test_scoping_get_document_and_result(client, tokens, world, who):
    for key, doc_id in world.items():
        status = client.get(f"/documents/{doc_id}", headers=auth(tokens[who]))
        result = client.get(f"/documents/{doc_id}/result", headers=auth(tokens[who]))
        if key in VISIBLE[who]:
            assert status.status_code == 200 and status.json()["state"] == "done"
            assert result.status_code == 200 and result.json()["schema"] == "bienban/1"
        else:  # someone else's document looks exactly like a missing one
            assert status.status_code == 404 and status.json()["error"]["code"] == "not_found"
            assert result.status_code == 404 and result.json()["error"]["code"] == "not_found"


@pytest.mark.parametrize("who", sorted(VISIBLE))
def test_scoping_minutes(client, tokens, world, who):
    doc_of = {v: k for k, v in world.items()}
    h = auth(tokens[who])
    seen = {doc_of[m["document_id"]] for m in client.get("/minutes", headers=h).json()["items"]}
    assert seen == VISIBLE[who]
    # filters never widen the scope
    for q in ["flag=missing_vote", f"committee={B}", f"committee={A}", f"cell={B}/Chi bộ 1", "cell=Chi bộ 1",
              "period=2023-05", "period=2023", "from=2023-01&to=2023-12"]:
        got = {doc_of[m["document_id"]] for m in client.get(f"/minutes?{q}", headers=h).json()["items"]}
        assert got <= VISIBLE[who], q


def test_minutes_filters_and_pagination(client, tokens, world):
    h = auth(tokens["admin"])
    get = lambda q: client.get(f"/minutes?{q}", headers=h).json()  # noqa: E731
    assert get("")["total"] == 3
    assert {m["document_id"] for m in get("flag=missing_vote")["items"]} == {world["A1"], world["B1"]}
    assert [m["document_id"] for m in get("flag=missing_assignment")["items"]] == [world["A2"]]
    assert {m["document_id"] for m in get("period=2023-05")["items"]} == {world["A1"], world["B1"]}
    assert [m["document_id"] for m in get(f"cell={A}/Chi bộ 1")["items"]] == [world["A1"]]
    assert {m["document_id"] for m in get(f"committee={A}")["items"]} == {world["A1"], world["A2"]}
    assert get("period=2024")["total"] == 0
    page1, page2 = get("per_page=2&page=1"), get("per_page=2&page=2")
    assert page1["total"] == 3 and len(page1["items"]) == 2 and len(page2["items"]) == 1
    assert {m["id"] for m in page1["items"]}.isdisjoint({m["id"] for m in page2["items"]})


def test_result_not_ready_and_failed(tmp_path, settings, client, tokens):
    pdf = support.make_born_digital_pdf(tmp_path / "n.pdf", 1)
    doc_id = upload(client, tokens["up_A"], [pdf], A, "Chi bộ 1").json()["documents"][0]["id"]
    r = client.get(f"/documents/{doc_id}/result", headers=auth(tokens["up_A"]))
    assert r.status_code == 409 and r.json()["error"]["code"] == "not_ready"
    with session_scope(settings.database_url) as s:
        repo.mark_failed(s, doc_id, "ocr_failed", "Nhận dạng chữ (OCR) thất bại trên một trang.")
    st = client.get(f"/documents/{doc_id}", headers=auth(tokens["up_A"])).json()
    assert st["state"] == "failed" and st["error"]["code"] == "ocr_failed"
    r = client.get(f"/documents/{doc_id}/result", headers=auth(tokens["up_A"]))
    assert r.status_code == 409 and r.json()["error"]["code"] == "job_failed"


def _health(settings, **update):
    """GET /health of an app on these settings (the real Redis and database they name)."""
    from fastapi.testclient import TestClient

    from web.app import create_app

    app = create_app(settings.model_copy(update={"broker_url": REDIS, **update}), enqueue=lambda i: None)
    with TestClient(app) as c:
        return c.get("/health")


def test_health(settings):
    if not support.redis_available():
        pytest.skip("needs Redis on 127.0.0.1:6379")
    r = _health(settings)
    assert r.status_code == 200 and r.json() == {"status": "ok", "database": "ok", "broker": "ok"}


def test_health_broker_down(settings):
    """A Redis URL where nothing listens: 503 in the API's error shape, the database still ok."""
    r = _health(settings, broker_url=f"redis://127.0.0.1:{support.free_port()}/0")
    body = r.json()
    assert r.status_code == 503 and body["error"]["code"] == "unavailable"
    assert (body["status"], body["database"], body["broker"]) == ("unavailable", "ok", "down")
    assert "broker" in body["error"]["message"]


def test_health_follows_redis_stopping_and_coming_back(settings, tmp_path):
    """One long-lived API process: /health tells the truth about the broker at every call."""
    from fastapi.testclient import TestClient

    from web.app import create_app

    server = support.RedisServer(tmp_path / "redis").start()
    try:
        app = create_app(settings.model_copy(update={"broker_url": server.url(0)}), enqueue=lambda i: None)
        with TestClient(app) as c:
            assert c.get("/health").status_code == 200
            server.stop()
            r = c.get("/health")
            assert r.status_code == 503 and r.json()["broker"] == "down"
            server.start()
            assert c.get("/health").json() == {"status": "ok", "database": "ok", "broker": "ok"}
    finally:
        server.stop()


def test_health_database_down(settings):
    if not support.redis_available():
        pytest.skip("needs Redis on 127.0.0.1:6379")
    nowhere = f"postgresql://postgres@127.0.0.1:{support.free_port()}/bienban"
    r = _health(settings, database_url=nowhere, migrate_on_start=False, admin_token=None)
    body = r.json()
    assert r.status_code == 503 and (body["database"], body["broker"]) == ("down", "ok")


def test_oversized_request_refused_before_parsing(settings, tokens):
    from fastapi.testclient import TestClient

    from web.app import create_app

    app = create_app(settings.model_copy(update={"max_file_bytes": 10, "max_upload_files": 1}), enqueue=lambda i: None)
    with TestClient(app) as c:
        r = c.post("/documents", headers=auth(tokens["up_A"]), content=b"x" * (2 * 1024 * 1024),
                   params={}, )
    assert r.status_code == 413 and r.json()["error"]["code"] == "file_too_large"


def test_concurrent_uploads_of_one_file_into_a_new_cell(tmp_path, client, tokens, enqueued):
    """Two uploads racing to create the same cell and the same document: one document, one job."""
    from concurrent.futures import ThreadPoolExecutor

    pdf = support.make_born_digital_pdf(tmp_path / "race.pdf", 1)
    with ThreadPoolExecutor(4) as pool:
        results = list(pool.map(lambda _: upload(client, tokens["up_A"], [pdf], A, "Chi bộ đua"), range(4)))
    docs = [r.json()["documents"][0] for r in results]
    assert all(r.status_code == 202 for r in results)
    assert len({d["id"] for d in docs}) == 1 and sum(not d["duplicate"] for d in docs) == 1
    assert len(enqueued) == 1


@pytest.mark.integration
def test_concurrent_uploads_on_postgresql(tmp_path):
    from concurrent.futures import ThreadPoolExecutor

    from fastapi.testclient import TestClient

    from bienban.config import Settings
    from web.app import create_app

    if not support.postgres_available():
        pytest.skip("PostgreSQL not reachable")
    pdf = support.make_born_digital_pdf(tmp_path / "race.pdf", 1)
    with support.fresh_postgres_database() as url:
        sent: list[int] = []
        app = create_app(Settings(database_url=url, storage_dir=tmp_path / "store", admin_token="adm"),
                         enqueue=sent.append)
        with TestClient(app) as c, ThreadPoolExecutor(6) as pool:
            results = list(pool.map(lambda i: upload(c, "adm", [pdf], f"Đảng ủy {i % 2}", "Chi bộ đua"), range(12)))
        assert all(r.status_code == 202 for r in results), [r.text for r in results if r.status_code != 202]
        docs = [r.json()["documents"][0] for r in results]
        assert len({d["id"] for d in docs}) == 2 and len(sent) == 2  # one document per cell
