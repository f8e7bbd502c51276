import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "workers"))

from bienban.config import Settings  # noqa: E402


@pytest.fixture
def settings(tmp_path) -> Settings:
    return Settings(database_url=f"sqlite:///{tmp_path / 'bienban.db'}", storage_dir=tmp_path / "store",
                    admin_token="admin-secret", migrate_on_start=True)


@pytest.fixture
def enqueued() -> list[int]:
    return []


@pytest.fixture
def client(settings, enqueued):
    from fastapi.testclient import TestClient

    from web.app import create_app

    app = create_app(settings, enqueue=enqueued.append)
    with TestClient(app) as c:
        yield c
