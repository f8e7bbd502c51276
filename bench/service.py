"""Service benchmark: python -m bench.service [--pages 20] [--width 2480] [--dpi 300]

Prints:
  - queue + storage overhead per page vs the in-process pipeline (same pages), as a share of OCR time;
  - 2 workers vs 1 worker on one scanned book (each worker with concurrency 1);
  - peak RSS of each worker process (main + pool child);
  - API upload-to-queued latency for the book (a real `bienban serve` process).
Needs Redis (127.0.0.1:6379, uses DB 14) and PostgreSQL (127.0.0.1:5432; a throw-away database).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

from bench import support

ADMIN = "bb_bench_admin"


class RssSampler(threading.Thread):
    def __init__(self, procs):
        super().__init__(daemon=True)
        self.procs, self.peak, self.stop = procs, {}, threading.Event()

    def run(self):
        import psutil

        while not self.stop.is_set():
            for proc in self.procs:
                try:
                    parent = psutil.Process(proc.pid)
                    for i, p in enumerate([parent] + parent.children(recursive=True)):
                        name = p.name()
                        role = "main" if i == 0 else "tesseract" if "tesseract" in name else "pool"
                        key = (proc.pid, role)
                        self.peak[key] = max(self.peak.get(key, 0), p.memory_info().rss)
                except psutil.NoSuchProcess:
                    pass
            time.sleep(0.1)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--pages", type=int, default=20)
    ap.add_argument("--width", type=int, default=2480, help="page width in pixels of the scanned book (A4 at 300 dpi)")
    ap.add_argument("--dpi", type=int, default=300, help="scan resolution (also BIENBAN_RENDER_DPI)")
    args = ap.parse_args()
    if not (support.redis_available() and support.postgres_available()):
        sys.exit("needs Redis on 127.0.0.1:6379 and PostgreSQL on 127.0.0.1:5432")
    import httpx
    import redis

    from bienban.config import Settings
    from bienban.pipeline import process
    from records.migrate import upgrade

    tmp = Path(tempfile.mkdtemp(prefix="bienban-bench-"))
    book = support.make_scanned_pdf(tmp / "book.pdf", args.pages, width=args.width, dpi=args.dpi)
    warm = support.make_scanned_pdf(tmp / "warm.pdf", 1, width=args.width, dpi=args.dpi)
    broker = "redis://127.0.0.1:6379/14"
    queue = f"bienban-bench-{os.getpid()}"
    os.environ["OMP_THREAD_LIMIT"] = "1"
    settings = Settings(render_dpi=args.dpi)

    print(f"book: {args.pages} scanned pages, {args.width}px wide, render {args.dpi} dpi")
    process(warm, settings)
    t0 = time.perf_counter()
    process(book, settings)
    t_in = time.perf_counter() - t0
    print(f"in-process pipeline:      {t_in:7.2f} s  ({t_in / args.pages:.3f} s/page)")

    with support.fresh_postgres_database() as db_url:
        upgrade(db_url)
        env = {"BIENBAN_DATABASE_URL": db_url, "BIENBAN_STORAGE_DIR": str(tmp / "store"),
               "BIENBAN_BROKER_URL": broker, "BIENBAN_RESULT_BACKEND": broker,
               "BIENBAN_RENDER_DPI": str(args.dpi), "BIENBAN_ADMIN_TOKEN": ADMIN, "BIENBAN_SWEEP_INTERVAL": "30",
               "BIENBAN_QUEUE": queue}
        port = support.free_port()
        import subprocess

        api = subprocess.Popen(support.serve_command(port), cwd=support.ROOT, env={**os.environ, **env},
                               stdout=open(tmp / "api.log", "ab"), stderr=subprocess.STDOUT, start_new_session=True)
        http = httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=120,
                            headers={"Authorization": f"Bearer {ADMIN}"})
        for _ in range(300):
            try:
                if http.get("/health").status_code == 200:
                    break
            except httpx.TransportError:
                time.sleep(0.2)
        counter = iter(range(10_000))

        def upload(path: Path) -> tuple[int, float]:
            files = [("files", (path.name, path.read_bytes(), "application/pdf"))]
            t = time.perf_counter()
            r = http.post("/documents", files=files, data={"committee": "Đảng ủy bench", "cell": f"Chi bộ {next(counter)}"})
            dt = time.perf_counter() - t
            d = r.json()["documents"][0]
            assert d["state"] == "queued", d
            return d["id"], dt

        def run(doc_path: Path) -> tuple[float, dict]:
            doc_id, _ = upload(doc_path)
            t = time.perf_counter()
            while (st := http.get(f"/documents/{doc_id}").json())["state"] not in ("done", "failed"):
                time.sleep(0.25)  # a tight poll loop takes CPU from the two workers it measures
            assert st["state"] == "done", st
            return time.perf_counter() - t, st

        results, rss = {}, {}
        for n in (1, 2):
            procs = [support.start_worker(env, tmp / f"w{n}-{i}.log", name=f"bench{n}-{i}") for i in range(n)]
            sampler = RssSampler(procs)
            sampler.start()
            run(warm)  # workers up and warm
            wall, st = run(book)
            results[n] = (wall, st)
            sampler.stop.set()
            sampler.join()
            rss[n] = sampler.peak
            for p in procs:
                support.stop_worker(p)
        wall1, st1 = results[1]
        wall2, _ = results[2]
        page_s = st1["timings"].get("pages_s", 0.0)
        stage_s = page_s + st1["timings"].get("extract_s", 0) + st1["timings"].get("inspect_s", 0)
        outside = (wall1 - stage_s) / args.pages
        ocr_per_page = page_s / args.pages
        print(f"1 worker (service):       {wall1:7.2f} s  (stage functions {stage_s:.2f} s of it)")
        print(f"queue+storage overhead:   {outside * 1000:7.1f} ms/page outside the stage functions = "
              f"{outside / ocr_per_page * 100:.1f}% of OCR time per page ({ocr_per_page:.3f} s) (target <= 3%)")
        print(f"  wall clock vs in-process: {(wall1 - t_in) / args.pages * 1000:+.1f} ms/page "
              f"(includes load drift on a shared machine)")
        print(f"2 workers:                {wall2:7.2f} s  speed-up {wall1 / wall2:.2f}x (target >= 1.8x; "
              f"{os.cpu_count()} cores, shared)")
        for n, peaks in rss.items():
            for (pid, role), peak in sorted(peaks.items()):
                print(f"peak RSS ({n}-worker run) pid {pid} {role:9s} {peak / 2**20:7.1f} MiB")
        # upload-to-queued latency (spool, hash, type check, store, commit, enqueue), 5 uploads
        lat = [upload(book)[1] for _ in range(5)]
        print(f"API upload->queued, {args.pages}-page PDF ({book.stat().st_size / 2**20:.1f} MiB): "
              f"median {statistics.median(lat) * 1000:.0f} ms, max {max(lat) * 1000:.0f} ms")
        http.close()
        support.stop_worker(api)
        redis.Redis.from_url(broker).delete(queue)


if __name__ == "__main__":
    main()
