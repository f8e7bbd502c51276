"""Content-addressed storage of originals: <storage_dir>/sha256/ab/cd/<sha256>.

The same bytes are stored once; `put` says whether they were already there, which is how a second
upload of the same file is detected. Files are written to a temporary name and renamed into place,
so a crash never leaves a half-written original under its hash.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from bienban.errors import BienbanError

CHUNK = 1024 * 1024


@dataclass(frozen=True)
class Stored:
    sha256: str
    size: int
    path: Path
    existed: bool


class Store:
    def __init__(self, root: Path | str):
        self.root = Path(root)

    def path(self, sha256: str) -> Path:
        if len(sha256) != 64 or any(c not in "0123456789abcdef" for c in sha256):
            raise ValueError(f"not a sha256: {sha256!r}")
        return self.root / "sha256" / sha256[:2] / sha256[2:4] / sha256

    def exists(self, sha256: str) -> bool:
        return self.path(sha256).is_file()

    def spool(self, stream: BinaryIO, max_bytes: int) -> tuple[Path, str, int]:
        """Copy a stream to a temporary file inside the store, hashing it and enforcing the size limit."""
        tmpdir = self.root / "tmp"
        tmpdir.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(dir=tmpdir, prefix="upload-")
        digest, size = hashlib.sha256(), 0
        try:
            with os.fdopen(fd, "wb") as out:
                while chunk := stream.read(CHUNK):
                    size += len(chunk)
                    if size > max_bytes:
                        raise BienbanError("file_too_large", f"> {max_bytes} byte")
                    digest.update(chunk)
                    out.write(chunk)
        except BaseException:
            os.unlink(name)
            raise
        return Path(name), digest.hexdigest(), size

    def commit(self, tmp: Path, sha256: str, size: int) -> Stored:
        """Move a spooled file to its content address (fsynced); drop it if the bytes are already stored."""
        dest = self.path(sha256)
        if dest.is_file():
            tmp.unlink(missing_ok=True)
            return Stored(sha256, size, dest, existed=True)
        dest.parent.mkdir(parents=True, exist_ok=True)
        with open(tmp, "rb") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, dest)
        dirfd = os.open(dest.parent, os.O_RDONLY)
        try:
            os.fsync(dirfd)
        finally:
            os.close(dirfd)
        return Stored(sha256, size, dest, existed=False)

    def put_bytes(self, data: bytes) -> Stored:
        import io

        tmp, sha, size = self.spool(io.BytesIO(data), max_bytes=len(data) + 1)
        return self.commit(tmp, sha, size)
