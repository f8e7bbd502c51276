"""Fixtures for the ingest tests (inputs are made on the fly in tmp_path; see ingest_makers)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from bienban.config import Settings
from bienban.model import json_schema

os.environ.setdefault("OMP_THREAD_LIMIT", "1")
# the makers module sits next to the tests (pytest runs with --import-mode=importlib)
sys.path.insert(0, str(Path(__file__).parent))


@pytest.fixture(scope="session")
def settings() -> Settings:
    return Settings()


@pytest.fixture(scope="session")
def page_validator():
    import jsonschema

    schema = json_schema()
    page_schema = {"$ref": "#/$defs/Page", "$defs": schema["$defs"]}
    validator = jsonschema.Draft202012Validator(page_schema)

    def check(page) -> None:
        validator.validate(page.model_dump(mode="json", by_alias=True))

    return check
