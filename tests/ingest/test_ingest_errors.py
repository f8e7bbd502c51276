"""Bad input -> BienbanError(code), on real files made here; limits come from Settings."""

from __future__ import annotations

import io
import struct
import zipfile
import zlib

import pikepdf
import pytest
from PIL import Image

from bienban.config import Settings
from bienban.errors import MESSAGES, BienbanError
from ingest import inspect, read_pages
from ingest_makers import image_pdf, text_pdf


def _code(fn, *args) -> str:
    with pytest.raises(BienbanError) as info:
        result = fn(*args)
        if hasattr(result, "__next__"):
            next(result)
    assert info.value.code in MESSAGES
    return info.value.code


def _both(path, settings) -> set[str]:
    return {_code(inspect, path, settings), _code(read_pages, path, settings)}


def test_zero_byte_file(tmp_path, settings):
    path = tmp_path / "empty.pdf"
    path.write_bytes(b"")
    assert _both(path, settings) == {"empty_file"}


def test_truncated_pdf(tmp_path, settings):
    whole = text_pdf(tmp_path / "whole.pdf", pages=3).read_bytes()
    path = tmp_path / "cut.pdf"
    path.write_bytes(whole[: len(whole) // 2])
    assert _both(path, settings) == {"corrupt_pdf"}


def test_garbage_pdf(tmp_path, settings):
    path = tmp_path / "junk.pdf"
    path.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 20 + b"\n%%EOF\n")
    assert _both(path, settings) == {"corrupt_pdf"}


def _encrypt(tmp_path, user: str):
    src = text_pdf(tmp_path / "plain.pdf")
    out = tmp_path / f"enc-{bool(user)}.pdf"
    with pikepdf.open(src) as pdf:
        pdf.save(out, encryption=pikepdf.Encryption(owner="owner-secret", user=user, R=6))
    return out


def test_encrypted_pdf_with_user_password(tmp_path, settings):
    assert _both(_encrypt(tmp_path, "secret"), settings) == {"encrypted_pdf"}


def test_encrypted_pdf_with_empty_user_password_opens(tmp_path, settings):
    path = _encrypt(tmp_path, "")
    assert inspect(path, settings).page_count == 1
    page = next(read_pages(path, settings))
    assert page.method == "text-layer" and "ĐẢNG CỘNG SẢN VIỆT NAM" in page.text


def test_docx_is_unsupported(tmp_path, settings):
    path = tmp_path / "minute.pdf"  # a lying extension changes nothing
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", "<w:document/>")
    path.write_bytes(buf.getvalue())
    assert _both(path, settings) == {"unsupported_type"}


def test_renamed_exe_is_unsupported(tmp_path, settings):
    path = tmp_path / "scan.png"
    path.write_bytes(b"MZ\x90\x00\x03\x00\x00\x00" + b"\x00" * 120 + b"PE\x00\x00")
    assert _both(path, settings) == {"unsupported_type"}


def _png_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def test_decompression_bomb_header_refused_before_decoding(tmp_path, settings):
    # a tiny file claiming 100000 x 100000 pixels: refused from the header alone
    ihdr = struct.pack(">IIBBBBB", 100_000, 100_000, 8, 0, 0, 0, 0)
    data = (b"\x89PNG\r\n\x1a\n" + _png_chunk(b"IHDR", ihdr)
            + _png_chunk(b"IDAT", zlib.compress(b"\x00" * 1000)) + _png_chunk(b"IEND", b""))
    path = tmp_path / "bomb.png"
    path.write_bytes(data)
    assert _both(path, settings) == {"image_too_large"}


def test_pixel_limit_from_settings(tmp_path):
    path = tmp_path / "page.png"
    Image.new("L", (400, 300), 255).save(path)
    small = Settings(max_image_pixels=100_000)
    assert _both(path, small) == {"image_too_large"}


def test_pdf_page_over_pixel_limit_at_render_dpi(tmp_path):
    path = image_pdf(tmp_path / "scan.pdf", [Image.new("L", (300, 400), 255)], dpi=50)
    small = Settings(max_image_pixels=1_000_000)  # 6x8 in at 300 dpi = 4.3 Mpx
    assert _code(read_pages, path, small) == "image_too_large"


def test_corrupt_image(tmp_path, settings):
    buf = io.BytesIO()
    Image.new("L", (200, 200), 128).save(buf, "PNG")
    path = tmp_path / "cut.png"
    path.write_bytes(buf.getvalue()[:60])
    assert _code(read_pages, path, settings) == "corrupt_image"
    junk = tmp_path / "junk.jpg"
    junk.write_bytes(b"\xff\xd8\xff\xe0" + b"\x13\x37" * 50)
    assert _both(junk, settings) == {"corrupt_image"}


def test_too_many_pages(tmp_path):
    few = Settings(max_pages=2)
    path = text_pdf(tmp_path / "book.pdf", pages=3)
    assert _both(path, few) == {"too_many_pages"}
    tif = tmp_path / "book.tif"
    frames = [Image.new("L", (50, 50), 255) for _ in range(3)]
    frames[0].save(tif, save_all=True, append_images=frames[1:])
    assert _both(tif, few) == {"too_many_pages"}


def test_file_too_large(tmp_path):
    path = text_pdf(tmp_path / "book.pdf")
    assert _both(path, Settings(max_file_bytes=100)) == {"file_too_large"}


def test_ocr_timeout(tmp_path):
    img = Image.new("L", (1200, 800), 255)
    path = tmp_path / "page.png"
    img.save(path, dpi=(300, 300))
    assert _code(read_pages, path, Settings(ocr_timeout=0.001)) == "ocr_timeout"
