"""Queries and writes shared by the API and the workers (no HTTP, no Celery here)."""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, func, or_, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from bienban.model import Document, Flag, Minute, Page, Source
from records.db import (
    DONE,
    FAILED,
    QUEUED,
    RECEIVED,
    ROLES,
    RUNNING,
    DocumentRow,
    FlagRow,
    Job,
    MinuteRow,
    Organisation,
    PageRow,
    Token,
    TokenOrganisation,
    utcnow,
)

# --- organisations ---------------------------------------------------------------


def _clean(name: str) -> str:
    import unicodedata

    name = unicodedata.normalize("NFC", " ".join(name.split()))
    if not name or "/" in name:
        raise ValueError(f"bad organisation name: {name!r}")
    return name


def _get_or_insert(session: Session, path: str, **fields) -> Organisation:
    org = session.scalar(select(Organisation).where(Organisation.path == path))
    if org is not None:
        return org
    try:
        with session.begin_nested():  # two uploads creating the same organisation at once: one wins
            org = Organisation(path=path, **fields)
            session.add(org)
        return org
    except IntegrityError:
        return session.scalar(select(Organisation).where(Organisation.path == path))


def get_or_create_org(session: Session, committee: str, cell: str | None = None) -> Organisation:
    """The committee (đảng ủy/đảng bộ) or, with `cell`, the cell (chi bộ) under it; created if new."""
    committee = _clean(committee)
    parent = _get_or_insert(session, committee, name=committee, kind="committee")
    if cell is None:
        return parent
    cell = _clean(cell)
    return _get_or_insert(session, f"{committee}/{cell}", name=cell, kind="cell", parent_id=parent.id)


def org_from_path(session: Session, path: str) -> Organisation:
    committee, _, cell = path.partition("/")
    return get_or_create_org(session, committee, cell or None)


def expand_orgs(session: Session, org_ids: set[int]) -> set[int]:
    """The organisations and every cell under them."""
    if not org_ids:
        return set()
    children = session.scalars(select(Organisation.id).where(Organisation.parent_id.in_(org_ids)))
    return set(org_ids) | set(children)


# --- tokens ------------------------------------------------------------------------


def hash_token(token: str) -> str:
    # tokens are 256-bit random strings: a plain SHA-256 is enough (no password stretching needed)
    return hashlib.sha256(token.encode()).hexdigest()


@dataclass(frozen=True)
class Principal:
    token_id: int
    name: str
    role: str
    org_ids: frozenset[int]  # expanded: the token's organisations and the cells under them

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"

    def sees(self, cell_id: int) -> bool:
        return self.is_admin or cell_id in self.org_ids


def create_token(session: Session, name: str, role: str, org_paths: list[str], token: str | None = None) -> str:
    if role not in ROLES:
        raise ValueError(f"role must be one of {ROLES}")
    if role != "admin" and not org_paths:
        raise ValueError("a non-admin token needs at least one organisation")
    token = token or "bb_" + secrets.token_urlsafe(32)
    row = Token(name=name, token_hash=hash_token(token), role=role)
    session.add(row)
    session.flush()
    for path in org_paths:
        org = org_from_path(session, path)
        session.add(TokenOrganisation(token_id=row.id, organisation_id=org.id))
    session.flush()
    return token


def ensure_admin_token(session: Session, token: str) -> bool:
    """Bootstrap (BIENBAN_ADMIN_TOKEN): create this admin token if it is not stored yet."""
    if session.scalar(select(Token.id).where(Token.token_hash == hash_token(token))) is not None:
        return False
    create_token(session, "bootstrap admin", "admin", [], token=token)
    return True


def authenticate(session: Session, token: str) -> Principal | None:
    row = session.scalar(select(Token).where(Token.token_hash == hash_token(token), Token.revoked_at.is_(None)))
    if row is None:
        return None
    direct = set(session.scalars(select(TokenOrganisation.organisation_id).where(TokenOrganisation.token_id == row.id)))
    return Principal(row.id, row.name, row.role, frozenset(expand_orgs(session, direct)))


# --- documents and jobs ----------------------------------------------------------------


def find_document(session: Session, sha256: str, cell_id: int) -> DocumentRow | None:
    return session.scalar(select(DocumentRow).where(DocumentRow.sha256 == sha256, DocumentRow.cell_id == cell_id))


def create_document(session: Session, *, sha256: str, filename: str, size: int, cell: Organisation,
                    source: Source | None = None) -> tuple[DocumentRow, Job]:
    doc = DocumentRow(sha256=sha256, filename=filename, size=size, cell_id=cell.id, committee_id=cell.parent_id,
                      media_type=source.media_type if source else None,
                      page_count=source.page_count if source else None,
                      source=source.model_copy(update={"path": filename}).model_dump(mode="json") if source else None)
    session.add(doc)
    session.flush()
    job = Job(document_id=doc.id, state=RECEIVED, pages_total=doc.page_count, pages_done=0)
    session.add(job)
    session.flush()
    return doc, job


def job_for(session: Session, document_id: int, lock: bool = False) -> Job | None:
    q = select(Job).where(Job.document_id == document_id)
    if lock:
        q = q.with_for_update()
    return session.scalar(q)


def mark_queued(session: Session, document_id: int) -> bool:
    """received → queued (only from received: a worker may already have moved it on)."""
    now = utcnow()
    res = session.execute(update(Job).where(Job.document_id == document_id, Job.state == RECEIVED)
                          .values(state=QUEUED, queued_at=now, updated_at=now))
    return res.rowcount > 0


def mark_failed(session: Session, document_id: int, code: str, message: str) -> None:
    now = utcnow()
    session.execute(update(Job).where(Job.document_id == document_id, Job.state != DONE)
                    .values(state=FAILED, error_code=code, error_message=message, finished_at=now, updated_at=now))


def stored_page_numbers(session: Session, document_id: int) -> set[int]:
    return set(session.scalars(select(PageRow.number).where(PageRow.document_id == document_id)))


def page_stored(session: Session, document_id: int, number: int) -> bool:
    return session.scalar(select(PageRow.id).where(PageRow.document_id == document_id, PageRow.number == number)) is not None


def insert_page(session: Session, document_id: int, page: Page, seconds: float | None) -> bool:
    """Store a page unless it is stored already (a redelivered task): INSERT … ON CONFLICT DO NOTHING."""
    values = dict(document_id=document_id, number=page.number, method=page.method, confidence=page.confidence,
                  text=page.text, data=page.model_dump(mode="json", by_alias=True), seconds=seconds,
                  created_at=utcnow())
    dialect = session.get_bind().dialect.name
    ins = pg_insert if dialect == "postgresql" else sqlite_insert
    stmt = ins(PageRow).values(**values).on_conflict_do_nothing(index_elements=["document_id", "number"])
    return session.execute(stmt).rowcount > 0


def count_pages(session: Session, document_id: int) -> int:
    return session.scalar(select(func.count()).select_from(PageRow).where(PageRow.document_id == document_id))


def load_pages(session: Session, document_id: int) -> list[Page]:
    rows = session.scalars(select(PageRow).where(PageRow.document_id == document_id).order_by(PageRow.number))
    return [Page.model_validate(r.data) for r in rows]


def _period(minute: Minute) -> tuple[int | None, int | None]:
    m = minute.meeting
    year, month = m.year, m.month
    if m.date:
        year = year or int(m.date[:4])
        month = month or int(m.date[5:7])
    return year, month


def replace_results(session: Session, doc: DocumentRow, minutes: list[Minute], book_flags: list[Flag]) -> None:
    """Store extraction results, replacing any earlier ones (idempotent: a second run leaves one copy)."""
    session.execute(delete(FlagRow).where(FlagRow.document_id == doc.id))
    session.execute(delete(MinuteRow).where(MinuteRow.document_id == doc.id))
    for i, minute in enumerate(minutes):
        year, month = _period(minute)
        row = MinuteRow(document_id=doc.id, position=i, cell_id=doc.cell_id, committee_id=doc.committee_id,
                        kind=minute.meeting.kind, meeting_date=minute.meeting.date, year=year, month=month,
                        data=minute.model_dump(mode="json", by_alias=True))
        session.add(row)
        session.flush()
        for j, flag in enumerate(minute.flags):
            session.add(FlagRow(document_id=doc.id, minute_id=row.id, position=j, code=flag.code,
                                severity=flag.severity, data=flag.model_dump(mode="json", by_alias=True)))
    for j, flag in enumerate(book_flags):
        session.add(FlagRow(document_id=doc.id, minute_id=None, position=j, code=flag.code,
                            severity=flag.severity, data=flag.model_dump(mode="json", by_alias=True)))
    session.flush()


def result_document(session: Session, doc: DocumentRow) -> Document:
    """The contract JSON (bienban.model.Document) rebuilt from the rows."""
    minutes = session.scalars(select(MinuteRow).where(MinuteRow.document_id == doc.id).order_by(MinuteRow.position))
    flags = session.scalars(select(FlagRow).where(FlagRow.document_id == doc.id, FlagRow.minute_id.is_(None))
                            .order_by(FlagRow.position))
    return Document(source=Source.model_validate(doc.source), pages=load_pages(session, doc.id),
                    minutes=[Minute.model_validate(m.data) for m in minutes],
                    flags=[Flag.model_validate(f.data) for f in flags])


def visible_documents(principal: Principal):
    q = select(DocumentRow)
    if not principal.is_admin:
        q = q.where(DocumentRow.cell_id.in_(principal.org_ids))
    return q


def query_minutes(session: Session, principal: Principal, *, flag: str | None = None, cell: str | None = None,
                  committee: str | None = None, period_from: tuple[int, int] | None = None,
                  period_to: tuple[int, int] | None = None, offset: int = 0, limit: int = 50):
    """Minutes a principal may see, filtered; returns (total, rows with their organisation paths)."""
    q = select(MinuteRow, DocumentRow.id, Organisation.path).join(DocumentRow, DocumentRow.id == MinuteRow.document_id) \
        .join(Organisation, Organisation.id == MinuteRow.cell_id)
    if not principal.is_admin:
        q = q.where(MinuteRow.cell_id.in_(principal.org_ids))
    if flag:
        q = q.where(select(FlagRow.id).where(FlagRow.minute_id == MinuteRow.id, FlagRow.code == flag).exists())
    if cell:
        q = q.where(or_(Organisation.path == cell, Organisation.name == cell))
    if committee:
        parent = select(Organisation.id).where(or_(Organisation.path == committee, Organisation.name == committee),
                                               Organisation.kind == "committee")
        q = q.where(MinuteRow.committee_id.in_(parent))
    ym = MinuteRow.year * 100 + func.coalesce(MinuteRow.month, 1)
    if period_from:
        q = q.where(ym >= period_from[0] * 100 + period_from[1])
    if period_to:
        q = q.where(MinuteRow.year * 100 + func.coalesce(MinuteRow.month, 12) <= period_to[0] * 100 + period_to[1])
    total = session.scalar(select(func.count()).select_from(q.subquery()))
    rows = session.execute(q.order_by(MinuteRow.year, MinuteRow.month, MinuteRow.id).offset(offset).limit(limit)).all()
    return total, rows


def claim_received(session: Session, older_than: datetime, limit: int = 500) -> list[int]:
    """Jobs stuck in `received` (upload committed, enqueue lost): claim them → queued, return their documents."""
    ids = list(session.scalars(select(Job.document_id).where(Job.state == RECEIVED, Job.created_at < older_than)
                               .order_by(Job.id).limit(limit)))
    claimed = [d for d in ids if mark_queued(session, d)]
    return claimed


def claim_stale(session: Session, older_than: datetime, limit: int = 500) -> list[int]:
    """Queued/running jobs with no progress since `older_than`: touch them and return their documents."""
    rows = session.execute(select(Job.document_id, Job.updated_at)
                           .where(Job.state.in_((QUEUED, RUNNING)), Job.updated_at < older_than)
                           .order_by(Job.id).limit(limit)).all()
    claimed = []
    for doc_id, seen in rows:
        res = session.execute(update(Job).where(Job.document_id == doc_id, Job.updated_at == seen,
                                                Job.state.in_((QUEUED, RUNNING))).values(updated_at=utcnow()))
        if res.rowcount:
            claimed.append(doc_id)
    return claimed


__all__ = [name for name in dir() if not name.startswith("_")] + ["DONE", "FAILED", "RUNNING", "QUEUED"]
