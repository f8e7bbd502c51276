"""Helpers shared by the service tests (records, workers, web) and the service benchmark:
inputs made on the fly (born-digital and scanned PDFs, bad files), a throw-away PostgreSQL
database, real worker processes, and a TCP proxy that can be paused."""

from __future__ import annotations

import io
import os
import secrets
import signal
import socket
import subprocess
import sys
import threading
import time
import zipfile
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PYTHON = str(ROOT / ".venv" / "bin" / "python") if (ROOT / ".venv" / "bin" / "python").exists() else sys.executable
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
PG_ADMIN = os.environ.get("BIENBAN_TEST_PG", "postgresql://postgres@127.0.0.1:5432/test")
REDIS_HOST = os.environ.get("BIENBAN_TEST_REDIS_HOST", "127.0.0.1")
REDIS_PORT = int(os.environ.get("BIENBAN_TEST_REDIS_PORT", "6379"))


def minute_lines(month: int, cell: str = "Chi bộ thôn Đông") -> list[str]:
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


def make_born_digital_pdf(path: Path, pages: int = 2) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    if "DejaVu" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("DejaVu", FONT))
    c = canvas.Canvas(str(path), pagesize=A4)
    for n in range(pages):
        c.setFont("DejaVu", 11)
        y = 800
        for line in minute_lines(n % 12 + 1):
            c.drawString(60, y, line)
            y -= 22
        c.showPage()
    c.save()
    return path


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


def bad_inputs(folder: Path) -> dict[str, tuple[Path, str]]:
    """name -> (file, the error code it must end with)."""
    import pikepdf

    folder.mkdir(parents=True, exist_ok=True)
    out: dict[str, tuple[Path, str]] = {}
    empty = folder / "empty.pdf"
    empty.write_bytes(b"")
    out["zero-byte"] = (empty, "empty_file")
    good = make_born_digital_pdf(folder / "good-for-corrupt.pdf", 1).read_bytes()
    corrupt = folder / "corrupt.pdf"
    corrupt.write_bytes(good[: len(good) // 3])
    out["corrupt"] = (corrupt, "corrupt_pdf")
    enc = folder / "encrypted.pdf"
    with pikepdf.open(io.BytesIO(good)) as pdf:
        pdf.save(enc, encryption=pikepdf.Encryption(owner="o", user="secret", R=6))
    out["encrypted"] = (enc, "encrypted_pdf")
    docx = folder / "bienban.docx"
    with zipfile.ZipFile(docx, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", "<w:document/>")
    out["docx"] = (docx, "unsupported_type")
    exe = folder / "bienban.pdf"  # an .exe renamed
    exe.write_bytes(b"MZ\x90\x00" + b"\x00" * 60 + b"PE\x00\x00" + os.urandom(2000))
    out["renamed-exe"] = (exe, "unsupported_type")
    for p in folder.glob("good-for-corrupt.pdf"):
        p.unlink()
    return out


# --- PostgreSQL and Redis for a test session ------------------------------------------------


def postgres_available() -> bool:
    try:
        import psycopg

        psycopg.connect(PG_ADMIN.replace("postgresql://", "postgresql://", 1), connect_timeout=3).close()
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


class RedisServer:
    """A private redis-server (append-only file on, as in docker-compose) that a test may restart."""

    def __init__(self, workdir: Path, port: int | None = None):
        self.port = port or free_port()
        self.dir = workdir
        self.proc: subprocess.Popen | None = None

    def start(self) -> "RedisServer":
        self.dir.mkdir(parents=True, exist_ok=True)
        self.proc = subprocess.Popen(
            ["redis-server", "--port", str(self.port), "--bind", "127.0.0.1", "--dir", str(self.dir),
             "--appendonly", "yes", "--appendfsync", "always", "--save", ""],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.time() + 10
        while not redis_available(self.port):
            if time.time() > deadline:
                raise RuntimeError("redis-server did not start")
            time.sleep(0.05)
        return self

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            self.proc.wait(10)
        self.proc = None

    def url(self, db: int) -> str:
        return f"redis://127.0.0.1:{self.port}/{db}"


class PausableProxy:
    """A TCP proxy in front of a server; `pause()` drops every connection and refuses new ones."""

    def __init__(self, target: tuple[str, int]):
        self.target = target
        self.port = free_port()
        self.paused = threading.Event()
        self.conns: list[socket.socket] = []
        self.lock = threading.Lock()
        self.listener = socket.socket()
        self.listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.listener.bind(("127.0.0.1", self.port))
        self.listener.listen(64)
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            if self.paused.is_set():
                client.close()
                continue
            try:
                upstream = socket.create_connection(self.target, timeout=5)
            except OSError:
                client.close()
                continue
            with self.lock:
                self.conns += [client, upstream]
            for a, b in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pipe, args=(a, b), daemon=True).start()

    @staticmethod
    def _pipe(src: socket.socket, dst: socket.socket) -> None:
        try:
            while data := src.recv(65536):
                dst.sendall(data)
        except OSError:
            pass
        finally:
            for s in (src, dst):
                try:
                    s.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass

    def pause(self) -> None:
        self.paused.set()
        with self.lock:
            for s in self.conns:
                try:
                    s.shutdown(socket.SHUT_RDWR)
                    s.close()
                except OSError:
                    pass
            self.conns.clear()

    def resume(self) -> None:
        self.paused.clear()

    def close(self) -> None:
        self.pause()
        self.listener.close()


# --- worker processes ------------------------------------------------------------------------


def worker_command(concurrency: int = 1, name: str = "w") -> list[str]:
    """`bienban worker` when the CLI has it, else `python -m workers` (the same function)."""
    try:
        from bienban.cli import main as cli

        if "worker" in getattr(cli, "commands", {}):
            return [PYTHON, "-m", "bienban.cli", "worker", "--concurrency", str(concurrency),
                    "--hostname", f"{name}@%h", "--loglevel", "info"]
    except Exception:
        pass
    return [PYTHON, "-m", "workers", "--concurrency", str(concurrency), "--hostname", f"{name}@%h",
            "--loglevel", "info"]


def start_worker(env: dict[str, str], log: Path, concurrency: int = 1, name: str = "w") -> subprocess.Popen:
    full = {**os.environ, **env, "OMP_THREAD_LIMIT": "1", "PYTHONUNBUFFERED": "1"}
    return subprocess.Popen(worker_command(concurrency, name), cwd=ROOT, env=full,
                            stdout=open(log, "ab"), stderr=subprocess.STDOUT, start_new_session=True)


def kill9_tree(proc: subprocess.Popen) -> None:
    """SIGKILL a worker and its pool processes at once (a machine losing power, as far as Celery knows)."""
    import psutil

    try:
        parent = psutil.Process(proc.pid)
        procs = [parent] + parent.children(recursive=True)
    except psutil.NoSuchProcess:
        return
    for p in procs:
        try:
            p.send_signal(signal.SIGKILL)
        except psutil.NoSuchProcess:
            pass
    proc.wait(10)


def stop_worker(proc: subprocess.Popen, timeout: float = 15) -> None:
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


def serve_command(port: int) -> list[str]:
    """`bienban serve` when the CLI has it, else `python -m web` (the same function)."""
    try:
        from bienban.cli import main as cli

        if "serve" in getattr(cli, "commands", {}):
            return [PYTHON, "-m", "bienban.cli", "serve", "--host", "127.0.0.1", "--port", str(port)]
    except Exception:
        pass
    return [PYTHON, "-m", "web", "--host", "127.0.0.1", "--port", str(port)]


def unfinished_tasks(log: Path) -> set[str]:
    """Task ids a worker received but never finished (from Celery's log lines)."""
    import re

    text = log.read_text(errors="replace")
    received = set(re.findall(r"Task bienban\.\w+\[([0-9a-f-]+)\] received", text))
    ended = set(re.findall(r"Task bienban\.\w+\[([0-9a-f-]+)\] (?:succeeded|retry|failed|raised)", text))
    return received - ended
