"""Database rows, made from bienban.model: the contract JSON parts are JSON columns, and the few
fields a query filters on are copied into indexed columns. PostgreSQL in deployment, SQLite embedded.

Tables: organisations (committee → cell), documents (one upload into one cell), jobs (state,
progress, timings, error), pages, minutes, flags, tokens (+ token_organisations).
"""

from __future__ import annotations

import os
import threading
from contextlib import contextmanager
from datetime import datetime, timezone
from typing import Any, Iterator

from sqlalchemy import (
    JSON,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
    create_engine,
    event,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.engine import Engine
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, sessionmaker

JSONType = JSON().with_variant(JSONB(), "postgresql")

# job states, in order
RECEIVED, QUEUED, RUNNING, DONE, FAILED = "received", "queued", "running", "done", "failed"
STATES = (RECEIVED, QUEUED, RUNNING, DONE, FAILED)
ROLES = ("uploader", "inspector", "admin")


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


class Base(DeclarativeBase):
    type_annotation_map = {dict[str, Any]: JSONType, list[Any]: JSONType, datetime: DateTime(timezone=True)}


class Organisation(Base):
    """A Party committee (đảng ủy / đảng bộ) or a cell (chi bộ) under it.

    `path` names it uniquely: "Đảng ủy xã A" for a committee, "Đảng ủy xã A/Chi bộ thôn 1" for a cell.
    """

    __tablename__ = "organisations"
    id: Mapped[int] = mapped_column(primary_key=True)
    path: Mapped[str] = mapped_column(String(512), unique=True)
    name: Mapped[str] = mapped_column(String(255))
    kind: Mapped[str] = mapped_column(String(16))  # "committee" | "cell"
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("organisations.id"), index=True)


class DocumentRow(Base):
    """One uploaded file (a minute book or part of one) belonging to one cell."""

    __tablename__ = "documents"
    __table_args__ = (UniqueConstraint("sha256", "cell_id", name="uq_documents_sha256_cell"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    filename: Mapped[str] = mapped_column(String(512))
    size: Mapped[int] = mapped_column(Integer)
    media_type: Mapped[str | None] = mapped_column(String(64))
    page_count: Mapped[int | None] = mapped_column(Integer)
    cell_id: Mapped[int] = mapped_column(ForeignKey("organisations.id"), index=True)
    committee_id: Mapped[int] = mapped_column(ForeignKey("organisations.id"), index=True)
    source: Mapped[dict[str, Any] | None] = mapped_column(JSONType)  # bienban.model.Source
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Job(Base):
    """The processing job of a document: state, progress, timings, error."""

    __tablename__ = "jobs"
    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), unique=True)
    state: Mapped[str] = mapped_column(String(16), index=True, default=RECEIVED)
    pages_done: Mapped[int] = mapped_column(Integer, default=0)
    pages_total: Mapped[int | None] = mapped_column(Integer)
    error_code: Mapped[str | None] = mapped_column(String(64))
    error_message: Mapped[str | None] = mapped_column(Text)
    timings: Mapped[dict[str, Any] | None] = mapped_column(JSONType)  # seconds per stage
    attempts: Mapped[int] = mapped_column(Integer, default=0)  # times the job was (re)started
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    queued_at: Mapped[datetime | None]
    started_at: Mapped[datetime | None]
    finished_at: Mapped[datetime | None]
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)


class PageRow(Base):
    """One page read from a document (bienban.model.Page in `data`); unique per (document, number)."""

    __tablename__ = "pages"
    __table_args__ = (UniqueConstraint("document_id", "number", name="uq_pages_document_number"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    method: Mapped[str] = mapped_column(String(16))
    confidence: Mapped[float | None] = mapped_column(Float)
    text: Mapped[str] = mapped_column(Text)
    data: Mapped[dict[str, Any]] = mapped_column(JSONType)  # the whole Page: lines, words, boxes
    seconds: Mapped[float | None] = mapped_column(Float)  # time spent reading the page
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class MinuteRow(Base):
    """One meeting's minutes (biên bản) found in a document (bienban.model.Minute in `data`)."""

    __tablename__ = "minutes"
    __table_args__ = (UniqueConstraint("document_id", "position", name="uq_minutes_document_position"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)  # order inside the document
    cell_id: Mapped[int] = mapped_column(ForeignKey("organisations.id"), index=True)
    committee_id: Mapped[int] = mapped_column(ForeignKey("organisations.id"), index=True)
    kind: Mapped[str | None] = mapped_column(String(16))
    meeting_date: Mapped[str | None] = mapped_column(String(10), index=True)
    year: Mapped[int | None] = mapped_column(Integer, index=True)
    month: Mapped[int | None] = mapped_column(Integer)
    data: Mapped[dict[str, Any]] = mapped_column(JSONType)


class FlagRow(Base):
    """A flag (bienban.model.Flag in `data`): of a minute, or of the whole book when minute_id is null."""

    __tablename__ = "flags"
    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    minute_id: Mapped[int | None] = mapped_column(ForeignKey("minutes.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    code: Mapped[str] = mapped_column(String(64), index=True)
    severity: Mapped[str] = mapped_column(String(16))
    data: Mapped[dict[str, Any]] = mapped_column(JSONType)


class Token(Base):
    """An API token (only its SHA-256 is stored), with a role and the organisations it may see."""

    __tablename__ = "tokens"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(255))
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    role: Mapped[str] = mapped_column(String(16))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    revoked_at: Mapped[datetime | None]


class TokenOrganisation(Base):
    __tablename__ = "token_organisations"
    token_id: Mapped[int] = mapped_column(ForeignKey("tokens.id", ondelete="CASCADE"), primary_key=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisations.id"), primary_key=True)


# --- engines and sessions (one engine per process and URL: safe after a fork) -------------

_engines: dict[tuple[int, str], Engine] = {}
_lock = threading.Lock()


def _sqlite_pragmas(dbapi_conn, _record):
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA busy_timeout=30000")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.close()


def normalise_url(url: str) -> str:
    """postgresql:// means psycopg 3 here (the driver installed)."""
    if url.startswith("postgresql://") or url.startswith("postgres://"):
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    return url


def get_engine(url: str) -> Engine:
    url = normalise_url(url)
    key = (os.getpid(), url)
    with _lock:
        engine = _engines.get(key)
        if engine is None:
            if url.startswith("sqlite"):
                engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30})
                event.listen(engine, "connect", _sqlite_pragmas)
            else:
                engine = create_engine(
                    url, pool_pre_ping=True, pool_size=5, max_overflow=5, pool_recycle=1800,
                    connect_args={"connect_timeout": 5},
                )
            _engines[key] = engine
        return engine


def dispose_engines(close: bool = True) -> None:
    """Forget every engine. In a freshly forked process pass close=False: the inherited connections
    belong to the parent, and closing them here would cut the parent's sessions."""
    with _lock:
        for engine in _engines.values():
            engine.dispose(close=close)
        _engines.clear()


@contextmanager
def session_scope(url: str) -> Iterator[Session]:
    """A session committed at the end of the block, rolled back on error."""
    session = sessionmaker(get_engine(url), expire_on_commit=False)()
    try:
        yield session
        session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()
