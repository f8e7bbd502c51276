"""Configuration from the environment (BIENBAN_*), with embedded defaults that need no server.

One Settings for every room: the pipeline's limits and thresholds, and the service's database,
broker, Celery, sweeper and API knobs. Each field `x` is read from BIENBAN_X.
"""

from __future__ import annotations

from pathlib import Path

from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="BIENBAN_", frozen=True)

    # ingest limits (safe defaults; raise them for archives with huge books)
    max_file_bytes: int = 512 * 1024 * 1024
    max_pages: int = 2000
    max_image_pixels: int = 120_000_000  # an A3 page at 600 dpi is ~70 Mpx
    render_dpi: int = 300
    ocr_language: str = "vie"
    ocr_timeout: float = 180.0  # seconds per page
    # extraction thresholds (defaults from the guidance; see DOMAIN.md)
    min_attendance: float = 0.90
    min_duration_minutes: int = 90
    min_duration_combined_minutes: int = 120
    low_ocr_confidence: float = 0.75
    # service (embedded defaults: SQLite file, local folder, in-process)
    database_url: str = "sqlite:///bienban.db"
    storage_dir: Path = Path("bienban-store")
    broker_url: str = "redis://127.0.0.1:6379/0"
    result_backend: str = "redis://127.0.0.1:6379/1"
    migrate_on_start: bool = True  # `bienban serve` and `bienban worker` bring the database to the newest schema
    # Celery
    queue: str = "bienban"  # the broker queue; give each deployment (or test session) sharing a Redis its own
    visibility_timeout: int = 3600  # seconds before an unacknowledged task is redelivered
    restore_interval: int = 10  # seconds between the transport's sweeps for unacked messages
    task_soft_time_limit: int = 600  # seconds; one page, one inspect or one extraction
    task_time_limit: int = 720
    task_max_retries: int = 10  # transient errors only (database/broker unreachable)
    retry_backoff_max: int = 60  # seconds, exponential backoff cap
    # sweeper: re-enqueue uploads stuck in "received", and jobs that stopped moving
    sweep_interval: float = 60.0
    received_grace: float = 30.0  # an upload older than this still "received" is re-enqueued
    stale_after: float = 1800.0  # a queued/running job without progress for this long is re-kicked
    max_attempts: int = 5  # a job (re)started this many times without finishing is failed
    # API
    max_upload_files: int = 50
    admin_token: str | None = None  # bootstrap: an admin token created at start if absent


def get_settings(**overrides) -> Settings:
    return Settings(**overrides)
