import io

import pytest

from bienban.errors import BienbanError
from records.storage import Store


def test_content_addressed_and_duplicate_detected(tmp_path):
    store = Store(tmp_path)
    first = store.put_bytes(b"%PDF-1.4 minute book")
    assert first.path == store.path(first.sha256)
    assert first.path.relative_to(tmp_path).parts[:3] == ("sha256", first.sha256[:2], first.sha256[2:4])
    assert first.path.read_bytes() == b"%PDF-1.4 minute book" and not first.existed
    again = store.put_bytes(b"%PDF-1.4 minute book")
    assert again.existed and again.path == first.path
    assert not list((tmp_path / "tmp").iterdir())  # no temporary file left behind


def test_spool_enforces_size_limit_and_cleans_up(tmp_path):
    store = Store(tmp_path)
    with pytest.raises(BienbanError) as e:
        store.spool(io.BytesIO(b"x" * 100), max_bytes=10)
    assert e.value.code == "file_too_large"
    assert not list((tmp_path / "tmp").iterdir())


def test_path_refuses_non_hashes(tmp_path):
    with pytest.raises(ValueError):
        Store(tmp_path).path("../../etc/passwd")
