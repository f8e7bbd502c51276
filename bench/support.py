"""What the service benchmark and the service tests both need: scanned books made on the fly, a
throw-away PostgreSQL database, and real `bienban serve` / `bienban worker` processes.

Lives in bench/ rather than the product: a user starts those commands themselves (README), only
measurements and tests start them from code. tests/workers/service_support.py builds on it.
"""

from __future__ import annotations

import os
import secrets
import signal
import socket
import subprocess
import sys
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PYTHON = str(ROOT / ".venv" / "bin" / "python") if (ROOT / ".venv" / "bin" / "python").exists() else sys.executable
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
# the servers to use, overridable with the test suite's variables
PG_ADMIN = os.environ.get("BIENBAN_TEST_PG", "postgresql://postgres@127.0.0.1:5432/test")
REDIS_HOST = os.environ.get("BIENBAN_TEST_REDIS_HOST", "127.0.0.1")
REDIS_PORT = int(os.environ.get("BIENBAN_TEST_REDIS_PORT", "6379"))


# --- inputs -----------------------------------------------------------------------------------


def minute_lines(month: int, cell: str = "Chi bộ thôn Đông") -> list[str]:
    """The text of one short regular minute (biên bản sinh hoạt chi bộ thường kỳ) of 2023."""
    return [
        "ĐẢNG BỘ XÃ TÂN LẬP",
        cell.upper(),
        "ĐẢNG CỘNG SẢN VIỆT NAM",
        f"Tân Lập, ngày 05 tháng {month:02d} năm 2023",
        "BIÊN BẢN",
        f"SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG {month} NĂM 2023",
        "Thời gian: 14 giờ 00 phút ngày 05 tháng " + f"{month:02d} năm 2023.",
        "Địa điểm: Nhà văn hóa thôn Đông.",
        "Tổng số đảng viên: 15 đồng chí; có mặt 13; vắng 02 (có lý do).",
        "Chủ trì: đồng chí Nguyễn Văn An, Bí thư chi bộ.",
        "Thư ký: đồng chí Trần Thị Bình.",
        "I. ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NHIỆM VỤ",
        "Chi bộ đã lãnh đạo hoàn thành các chỉ tiêu đề ra.",
        "II. PHƯƠNG HƯỚNG, NHIỆM VỤ THÁNG TỚI",
        "Tiếp tục vận động nhân dân tham gia xây dựng nông thôn mới.",
        "Đồng chí Lê Văn Cường phát biểu: nhất trí với báo cáo.",
        "KẾT LUẬN: đồng chí chủ trì kết luận giao đồng chí Cường",
        "phụ trách vận động, hoàn thành trước ngày 30.",
        "Biểu quyết: 13/13 đồng chí tán thành, đạt 100%.",
        "Buổi sinh hoạt kết thúc lúc 16 giờ 00 phút cùng ngày.",
        "Biên bản đã được đọc lại và thông qua.",
        "THƯ KÝ                    CHỦ TRÌ",
    ]


def scanned_page_image(month: int, width: int = 1000):
    """One page as a grey 'scan' (about 120 dpi for A4 width): cheap to OCR."""
    from PIL import Image, ImageDraw, ImageFont

    height = int(width * 1.414)
    img = Image.new("L", (width, height), 250)
    draw = ImageDraw.Draw(img)
    font = ImageFont.truetype(FONT, max(12, width // 45))
    y = width // 12
    for line in minute_lines(month):
        draw.text((width // 12, y), line, fill=20, font=font)
        y += int(width / 45 * 1.9)
    return img


def make_scanned_pdf(path: Path, pages: int = 3, width: int = 1000, dpi: int = 120) -> Path:
    """An image-only PDF (no text layer): ingest renders and OCRs every page."""
    images = [scanned_page_image(n % 12 + 1, width).convert("RGB") for n in range(pages)]
    images[0].save(path, "PDF", save_all=True, append_images=images[1:], resolution=dpi)
    return path


# --- PostgreSQL and Redis ---------------------------------------------------------------------


def postgres_available() -> bool:
    try:
        import psycopg

        psycopg.connect(PG_ADMIN, connect_timeout=3).close()
        return True
    except Exception:
        return False


@contextmanager
def fresh_postgres_database():
    """A new database bienban_test_<random>, dropped afterwards; yields its URL."""
    import psycopg

    name = "bienban_test_" + secrets.token_hex(4)
    with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    url = PG_ADMIN.rsplit("/", 1)[0] + "/" + name
    try:
        yield url
    finally:
        from records.db import dispose_engines

        dispose_engines()
        with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def redis_available(port: int = REDIS_PORT) -> bool:
    try:
        with socket.create_connection((REDIS_HOST, port), timeout=2) as s:
            s.sendall(b"PING\r\n")
            return s.recv(16).startswith(b"+PONG")
    except OSError:
        return False


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# --- `bienban serve` and `bienban worker` processes ------------------------------------------


def serve_command(port: int) -> list[str]:
    return [PYTHON, "-m", "bienban.cli", "serve", "--host", "127.0.0.1", "--port", str(port)]


def worker_command(concurrency: int = 1, name: str = "w") -> list[str]:
    return [PYTHON, "-m", "bienban.cli", "worker", "--concurrency", str(concurrency), "--hostname", f"{name}@%h",
            "--loglevel", "info"]


def start_worker(env: dict[str, str], log: Path, concurrency: int = 1, name: str = "w") -> subprocess.Popen:
    full = {**os.environ, **env, "OMP_THREAD_LIMIT": "1", "PYTHONUNBUFFERED": "1"}
    return subprocess.Popen(worker_command(concurrency, name), cwd=ROOT, env=full,
                            stdout=open(log, "ab"), stderr=subprocess.STDOUT, start_new_session=True)


def stop_worker(proc: subprocess.Popen, timeout: float = 15) -> None:
    """SIGTERM the process group (a worker's pool too; an API's uvicorn), SIGKILL if it lingers."""
    if proc.poll() is not None:
        return
    try:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout)
    except (subprocess.TimeoutExpired, ProcessLookupError):
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        proc.wait(5)
