"""Migrations produce exactly the models' schema, on SQLite and on PostgreSQL; the rows round-trip
the contract JSON; page inserts are idempotent."""

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import func, select

import service_support as support
from bienban.model import Evidence, Flag, Meeting, Minute, Page, Source
from records import migrate, repo
from records.db import Base, FlagRow, PageRow, get_engine, session_scope


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path):
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'm.db'}"
        migrate.upgrade(url)
        yield url
        return
    if not support.postgres_available():
        pytest.skip("PostgreSQL not reachable")
    with support.fresh_postgres_database() as url:
        migrate.upgrade(url)
        yield url


def test_migrations_match_models(db_url):
    assert migrate.current(db_url) == "0001"
    with get_engine(db_url).connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == []


def _page(n: int) -> Page:
    return Page(number=n, method="ocr", text=f"trang {n}", confidence=0.9, width=100, height=140, unit="px")


def test_document_rows_round_trip_and_idempotent_pages(db_url):
    with session_scope(db_url) as s:
        cell = repo.get_or_create_org(s, "Đảng ủy xã Tân Lập", "Chi bộ thôn Đông")
        src = Source(path="/store/x", sha256="a" * 64, media_type="application/pdf", page_count=2)
        doc, job = repo.create_document(s, sha256="a" * 64, filename="so-bien-ban.pdf", size=10, cell=cell,
                                        source=src)
        doc_id = doc.id
        assert job.state == "received" and job.pages_total == 2
    for _ in range(2):  # a redelivered page task stores nothing twice
        with session_scope(db_url) as s:
            repo.insert_page(s, doc_id, _page(1), 0.1)
            repo.insert_page(s, doc_id, _page(2), 0.1)
    ev = Evidence(page=1, text="Biểu quyết")
    minute = Minute(pages=[1, 2], meeting=Meeting(date="2023-05-05", kind="regular"),
                    flags=[Flag(code="missing_vote", severity="error", message="Thiếu biểu quyết", evidence=ev)])
    book = [Flag(code="missing_month", severity="warning", message="Thiếu tháng 6")]
    for _ in range(2):  # a second finish replaces, does not add
        with session_scope(db_url) as s:
            from records.db import DocumentRow

            repo.replace_results(s, s.get(DocumentRow, doc_id), [minute], book)
    with session_scope(db_url) as s:
        from records.db import DocumentRow

        assert s.scalar(select(func.count()).select_from(PageRow)) == 2
        assert s.scalar(select(func.count()).select_from(FlagRow)) == 2
        result = repo.result_document(s, s.get(DocumentRow, doc_id))
    assert result.source.path == "so-bien-ban.pdf"
    assert [p.number for p in result.pages] == [1, 2]
    assert result.minutes == [minute] and result.flags == book


def test_tokens_are_hashed_and_scoped(db_url):
    with session_scope(db_url) as s:
        tok = repo.create_token(s, "kiểm tra", "inspector", ["Đảng ủy xã A"])
        a1 = repo.get_or_create_org(s, "Đảng ủy xã A", "Chi bộ 1")
        b1 = repo.get_or_create_org(s, "Đảng ủy xã B", "Chi bộ 1")
        from records.db import Token

        assert tok not in [t.token_hash for t in s.scalars(select(Token))]
    with session_scope(db_url) as s:
        p = repo.authenticate(s, tok)
        assert p.role == "inspector" and p.sees(a1.id) and not p.sees(b1.id)
        assert repo.authenticate(s, tok + "x") is None
