"""Service settings that bienban.config.Settings does not hold (env BIENBAN_*).

Kept here, in the service rooms, so the core Settings stays about the pipeline. Every value has an
embedded default; tests and deployments override them through the environment.
"""

from __future__ import annotations

from pydantic_settings import BaseSettings, SettingsConfigDict


class ServiceSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="BIENBAN_", extra="ignore", frozen=True)

    # Celery / broker
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
    migrate_on_start: bool = True


def get_service_settings(**overrides) -> ServiceSettings:
    return ServiceSettings(**overrides)
