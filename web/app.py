"""The HTTP API (FastAPI; OpenAPI at /openapi.json, docs at /docs).

    POST /documents              upload one or many files into a cell (multipart: files, committee, cell)
    GET  /documents/{id}         state, pages done/total, error
    GET  /documents/{id}/result  the contract JSON (bienban.model.Document)
    GET  /minutes                minutes filtered by flag, cell, committee, period; paginated
    GET  /health                 database and broker (Redis), each "ok" or "down"; 503 if one is down (no token)

Every request but /health carries `Authorization: Bearer <token>`. A token has a role (uploader,
inspector, admin) and organisations; it sees only documents and minutes of those organisations and
the cells under them (admin sees all). Someone else's document answers 404, as a missing one does.
An upload is checked (size, type by content through ingest.inspect), stored and committed before it is
enqueued; if enqueueing fails, it stays "received" and the workers' sweeper enqueues it later.
"""

from __future__ import annotations

import logging
import re
import time
from typing import Annotated, Any, Callable

from fastapi import Depends, FastAPI, File, Form, Query, Request, UploadFile
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError
from starlette.exceptions import HTTPException as StarletteHTTPException

from bienban.config import Settings
from bienban.errors import BienbanError
from records import repo
from records.db import DONE, FAILED, DocumentRow, Organisation, session_scope
from records.storage import Store
from web.errors import ApiError

log = logging.getLogger("bienban.web")
PERIOD = re.compile(r"^(\d{4})(?:-(\d{2}))?$")
bearer = HTTPBearer(auto_error=False, description="API token: `Authorization: Bearer bb_…`")


def current_principal(request: Request,
                      creds: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)]) -> repo.Principal:
    """The token's role and organisations (expanded to the cells under them), or 401."""
    if creds is None or not creds.credentials:
        raise ApiError(401, "unauthorized")
    with session_scope(request.app.state.settings.database_url) as s:
        p = repo.authenticate(s, creds.credentials)
    if p is None:
        raise ApiError(401, "unauthorized")
    return p


Principal = Annotated[repo.Principal, Depends(current_principal)]


def check_database(settings: Settings) -> None:
    with session_scope(settings.database_url) as s:
        s.execute(text("SELECT 1"))


def check_broker(settings: Settings) -> None:
    """Reach the broker through kombu, as Celery does; one attempt with short timeouts, so that a
    health probe answers in seconds when Redis is gone."""
    import kombu

    with kombu.Connection(settings.broker_url, connect_timeout=2, transport_options={"socket_timeout": 2}) as conn:
        conn.ensure_connection(max_retries=0)


HEALTH_CHECKS: dict[str, Callable[[Settings], None]] = {"database": check_database, "broker": check_broker}


def create_app(settings: Settings | None = None, enqueue: Callable[[int], None] | None = None) -> FastAPI:
    settings = settings or Settings()
    store = Store(settings.storage_dir)
    if enqueue is None:
        from workers.app import enqueue_start

        def enqueue(document_id: int) -> None:
            enqueue_start(document_id, settings, patient=False)

    if settings.migrate_on_start:
        from records.migrate import upgrade

        upgrade(settings.database_url)
    if settings.admin_token:
        try:
            with session_scope(settings.database_url) as s:
                if repo.ensure_admin_token(s, settings.admin_token):
                    log.info("created the bootstrap admin token (BIENBAN_ADMIN_TOKEN)")
        except IntegrityError:  # another API process created it at the same moment
            pass

    app = FastAPI(title="bienban", version="1", description=__doc__)
    app.state.settings, app.state.store = settings, store

    limit = settings.max_file_bytes * settings.max_upload_files + 1024 * 1024

    @app.middleware("http")
    async def _refuse_oversized(request: Request, call_next):
        # refuse an upload that announces too many bytes before the multipart parser spools it
        length = request.headers.get("content-length")
        if request.method == "POST" and length and length.isdigit() and int(length) > limit:
            err = ApiError(413, "file_too_large", f"{length} > {limit} byte")
            return JSONResponse(err.body(), status_code=413)
        return await call_next(request)

    @app.exception_handler(ApiError)
    async def _api_error(_req: Request, exc: ApiError):
        return JSONResponse(exc.body(), status_code=exc.status)

    @app.exception_handler(RequestValidationError)
    async def _validation(_req: Request, exc: RequestValidationError):
        detail = "; ".join(f"{'.'.join(str(x) for x in e['loc'])}: {e['msg']}" for e in exc.errors())
        return JSONResponse(ApiError(422, "validation_error", detail).body(), status_code=422)

    @app.exception_handler(StarletteHTTPException)
    async def _http(_req: Request, exc: StarletteHTTPException):
        code = {401: "unauthorized", 403: "forbidden", 404: "not_found"}.get(exc.status_code, "validation_error")
        return JSONResponse(ApiError(exc.status_code, code).body(), status_code=exc.status_code)

    def visible_document(s, p: repo.Principal, document_id: int) -> DocumentRow:
        doc = s.get(DocumentRow, document_id)
        if doc is None or not p.sees(doc.cell_id):
            raise ApiError(404, "not_found")
        return doc

    @app.get("/health", tags=["service"], responses={503: {"description": "the database or the broker is down"}})
    def health() -> dict[str, str]:
        """Each dependency "ok" or "down"; 503 with the error body when one is down."""
        status, down = {}, []
        for name, check in HEALTH_CHECKS.items():
            try:
                check(settings)
                status[name] = "ok"
            except Exception as e:  # only the exception's name: /health needs no token
                status[name] = "down"
                down.append(f"{name}: {type(e).__name__}")
        if down:
            raise ApiError(503, "unavailable", "; ".join(down), extra={"status": "unavailable", **status})
        return {"status": "ok", **status}

    @app.post("/documents", status_code=202, tags=["documents"],
              responses={422: {"description": "every file rejected, or a bad request"}})
    def upload(p: Principal, files: Annotated[list[UploadFile], File(description="one or many files")],
               committee: Annotated[str, Form(description="upper committee, e.g. 'Đảng ủy xã Tân Lập'")],
               cell: Annotated[str, Form(description="cell, e.g. 'Chi bộ thôn Đông'")]) -> JSONResponse:
        """Upload files into a cell; each is checked, stored, committed, then queued."""
        import ingest

        if p.role not in ("uploader", "admin"):
            raise ApiError(403, "forbidden")
        if not files:
            raise ApiError(422, "no_files")
        if len(files) > settings.max_upload_files:
            raise ApiError(413, "too_many_files", f"> {settings.max_upload_files}")
        with session_scope(settings.database_url) as s:
            try:
                org = repo.get_or_create_org(s, committee, cell)
            except ValueError as e:
                raise ApiError(422, "bad_organisation", str(e))
            if not (p.is_admin or org.id in p.org_ids or org.parent_id in p.org_ids):
                raise ApiError(403, "forbidden_organisation")  # rolls back any organisation just created
            cell_id = org.id
        results = []
        for f in files:
            t0 = time.perf_counter()
            name = (f.filename or "upload").rsplit("/", 1)[-1][:500]
            entry: dict[str, Any] = {"filename": name}
            tmp = None
            try:
                tmp, sha, size = store.spool(f.file, settings.max_file_bytes)
                source = ingest.inspect(tmp, settings)  # type by content, limits, encrypted/corrupt
                stored = store.commit(tmp, sha, size)
                tmp = None
                doc_id = None
                try:
                    with session_scope(settings.database_url) as s:
                        org = s.get(Organisation, cell_id)
                        if repo.find_document(s, sha, cell_id) is None:
                            doc, job = repo.create_document(s, sha256=sha, filename=name, size=size, cell=org,
                                                            source=source)
                            doc_id = doc.id
                except IntegrityError:  # the same file uploaded into the same cell at the same moment
                    doc_id = None
                if doc_id is None:  # the same bytes are already a document of this cell: report it
                    with session_scope(settings.database_url) as s:
                        existing = repo.find_document(s, sha, cell_id)
                        job = repo.job_for(s, existing.id)
                        entry.update(id=existing.id, sha256=sha, duplicate=True, state=job.state,
                                     pages_total=job.pages_total)
                    results.append(entry)
                    continue
                # committed: from here a crash loses nothing (the sweeper enqueues "received" uploads)
                state = "received"
                try:
                    enqueue(doc_id)
                    with session_scope(settings.database_url) as s:
                        repo.mark_queued(s, doc_id)
                    state = "queued"
                except Exception as e:
                    log.warning("document %s stored but not queued yet (%s); the sweeper will queue it", doc_id, e)
                entry.update(id=doc_id, sha256=sha, duplicate=False, state=state, pages_total=source.page_count,
                             stored_before=stored.existed, seconds=round(time.perf_counter() - t0, 4))
            except BienbanError as e:
                entry.update(state="rejected", error={"code": e.code, "message": e.message})
            finally:
                if tmp is not None:
                    tmp.unlink(missing_ok=True)
            results.append(entry)
        if all(r["state"] == "rejected" for r in results):
            err = ApiError(422, "all_rejected", extra={"documents": results})
            if len(results) == 1:
                err = ApiError(422, results[0]["error"]["code"], extra={"documents": results})
                err.message = results[0]["error"]["message"]
            raise err
        return JSONResponse({"documents": results}, status_code=202)

    def _status(s, doc: DocumentRow) -> dict[str, Any]:
        job = repo.job_for(s, doc.id)
        cell = s.get(Organisation, doc.cell_id)
        return {
            "id": doc.id, "filename": doc.filename, "sha256": doc.sha256, "media_type": doc.media_type,
            "committee": cell.path.split("/", 1)[0], "cell": cell.name, "organisation": cell.path,
            "state": job.state, "pages_done": job.pages_done, "pages_total": job.pages_total,
            "error": {"code": job.error_code, "message": job.error_message} if job.error_code else None,
            "timings": job.timings or {}, "attempts": job.attempts,
            "created_at": job.created_at.isoformat(), "queued_at": job.queued_at and job.queued_at.isoformat(),
            "started_at": job.started_at and job.started_at.isoformat(),
            "finished_at": job.finished_at and job.finished_at.isoformat(),
        }

    @app.get("/documents/{document_id}", tags=["documents"])
    def document_status(p: Principal, document_id: int) -> dict[str, Any]:
        """State (received, queued, running, done, failed), pages done and total, error code/message."""
        with session_scope(settings.database_url) as s:
            return _status(s, visible_document(s, p, document_id))

    @app.get("/documents/{document_id}/result", tags=["documents"],
             responses={200: {"description": "bienban.model.Document (schema bienban/1)"}})
    def document_result(p: Principal, document_id: int) -> JSONResponse:
        """The contract JSON, as `bienban process` writes it."""
        with session_scope(settings.database_url) as s:
            doc = visible_document(s, p, document_id)
            job = repo.job_for(s, doc.id)
            if job.state == FAILED:
                raise ApiError(409, "job_failed", job.error_code, extra={"state": job.state})
            if job.state != DONE:
                raise ApiError(409, "not_ready", extra={"state": job.state})
            result = repo.result_document(s, doc)
        return JSONResponse(result.model_dump(mode="json", by_alias=True))

    @app.get("/minutes", tags=["minutes"])
    def minutes(p: Principal,
                flag: Annotated[str | None, Query(description="flag code, e.g. missing_vote")] = None,
                cell: Annotated[str | None, Query(description="cell name or path 'Committee/Cell'")] = None,
                committee: Annotated[str | None, Query(description="committee name")] = None,
                period: Annotated[str | None, Query(description="YYYY or YYYY-MM")] = None,
                period_from: Annotated[str | None, Query(alias="from", description="YYYY or YYYY-MM")] = None,
                period_to: Annotated[str | None, Query(alias="to", description="YYYY or YYYY-MM")] = None,
                page: Annotated[int, Query(ge=1)] = 1,
                per_page: Annotated[int, Query(ge=1, le=200)] = 50) -> dict[str, Any]:
        """Minutes of the token's organisations, filtered and paginated (oldest meeting first)."""

        def parse(value: str | None, end: bool) -> tuple[int, int] | None:
            if value is None:
                return None
            m = PERIOD.match(value)
            if not m or (m.group(2) and not 1 <= int(m.group(2)) <= 12):
                raise ApiError(422, "bad_period", value)
            return int(m.group(1)), int(m.group(2) or (12 if end else 1))

        lo, hi = parse(period_from, False), parse(period_to, True)
        if period:
            lo, hi = parse(period, False), parse(period, True)
        with session_scope(settings.database_url) as s:
            total, rows = repo.query_minutes(s, p, flag=flag, cell=cell, committee=committee, period_from=lo,
                                             period_to=hi, offset=(page - 1) * per_page, limit=per_page)
            items = [{"id": m.id, "document_id": doc_id, "position": m.position, "organisation": path,
                      "committee": path.split("/", 1)[0], "cell": path.split("/", 1)[-1],
                      "flags": [f["code"] for f in m.data.get("flags", [])], "minute": m.data}
                     for m, doc_id, path in rows]
        return {"total": total, "page": page, "per_page": per_page, "items": items}

    return app
