"""Configuration from the environment (BIENBAN_*), with embedded defaults that need no server."""

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


def get_settings(**overrides) -> Settings:
    return Settings(**overrides)
