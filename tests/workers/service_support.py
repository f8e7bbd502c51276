"""Helpers of the service tests (records, workers, web): born-digital PDFs and bad files made on the
fly, a private Redis server that can be restarted, a TCP proxy that can be paused, killed workers.
What the service benchmark needs as well (scanned PDFs, a throw-away PostgreSQL database, real
`bienban serve` / `bienban worker` processes) is in bench/support.py, re-exported here."""

from __future__ import annotations

import io
import os
import signal
import socket
import subprocess
import threading
import time
import zipfile
from pathlib import Path

from bench.support import (  # noqa: F401  (re-exported for the tests as support.X)
    FONT,
    REDIS_HOST,
    REDIS_PORT,
    ROOT,
    free_port,
    fresh_postgres_database,
    make_scanned_pdf,
    minute_lines,
    postgres_available,
    redis_available,
    serve_command,
    start_worker,
    stop_worker,
)


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


# --- servers that a test stops and starts ------------------------------------------------


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


def unfinished_tasks(log: Path) -> set[str]:
    """Task ids a worker received but never finished (from Celery's log lines)."""
    import re

    text = log.read_text(errors="replace")
    received = set(re.findall(r"Task bienban\.\w+\[([0-9a-f-]+)\] received", text))
    ended = set(re.findall(r"Task bienban\.\w+\[([0-9a-f-]+)\] (?:succeeded|retry|failed|raised)", text))
    return received - ended
