"""Tell inputs apart by their content (magic bytes), never by their file name."""

from __future__ import annotations

import hashlib
from pathlib import Path

from bienban.errors import BienbanError

PDF = "application/pdf"
PNG = "image/png"
JPEG = "image/jpeg"
TIFF = "image/tiff"
IMAGE_TYPES = (PNG, JPEG, TIFF)


def sniff(head: bytes) -> str | None:
    """The media type of a file from its first bytes, or None when it is not one we read.

    PDF readers accept up to 1 KiB of junk before ``%PDF-``; so do we.
    """
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return PNG
    if head.startswith(b"\xff\xd8\xff"):
        return JPEG
    if head[:4] in (b"II*\x00", b"MM\x00*", b"II+\x00", b"MM\x00+"):
        return TIFF
    if b"%PDF-" in head[:1024]:
        return PDF
    return None


def media_type(path: Path) -> str:
    """Sniff ``path``; raise ``empty_file`` or ``unsupported_type`` when it cannot be read."""
    with open(path, "rb") as fh:
        head = fh.read(1024)
    if not head:
        raise BienbanError("empty_file")
    kind = sniff(head)
    if kind is None:
        raise BienbanError("unsupported_type", _describe(head))
    return kind


def _describe(head: bytes) -> str:
    if head.startswith(b"PK\x03\x04"):
        return "zip container (docx/xlsx/odt?)"
    if head.startswith(b"MZ"):
        return "Windows executable"
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        return "OLE container (doc/xls?)"
    return "unknown signature " + head[:8].hex()


def sha256(path: Path, chunk: int = 1 << 20) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while block := fh.read(chunk):
            digest.update(block)
    return digest.hexdigest()
