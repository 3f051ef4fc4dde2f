"""The typed settings object, read once from ETEBAR_* environment variables."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    """Everything Etebar reads from its environment; see the README's configuration table."""

    model_config = SettingsConfigDict(env_prefix="ETEBAR_", env_file=".env", extra="ignore")

    environment: Literal["development", "test", "production"] = "development"
    database_url: str | None = Field(
        default=None,
        description="postgres://… of an external server; unset runs an embedded PostgreSQL.",
    )
    database_pool_size: int = Field(default=20, ge=1, le=500)
    broker_url: str | None = Field(
        default=None,
        description="postgres://, redis:// or amqp://; unset uses the PostgreSQL broker.",
    )
    events_url: str | None = Field(default=None, description="redis:// for the event bus.")
    data_dir: Path = Field(default=Path("var"), description="Embedded PostgreSQL data lives here.")
    host: str = "127.0.0.1"
    port: int = Field(default=8000, ge=1, le=65535)
    public_url: str = "http://127.0.0.1:8000"
    secret_key: str = Field(
        default="dev-only-secret-change-me",
        min_length=16,
        description="Signs admin sessions; set a long random value in production.",
    )
    graphql_introspection: bool | None = Field(
        default=None, description="Unset: on in development and test, off in production."
    )
    graphql_max_depth: int = Field(default=12, ge=2)
    graphql_max_tokens: int = Field(default=5000, ge=100)
    graphql_max_aliases: int = Field(default=30, ge=1)
    graphql_max_subscriptions_per_connection: int = Field(default=20, ge=1)
    graphql_allowed_origins: list[str] = Field(default_factory=list)
    worker_threads: int = Field(default=4, ge=1, le=64)
    run_worker_in_process: bool | None = Field(
        default=None, description="Unset: in-process worker and scheduler when no broker URL."
    )
    scheduler_interval_seconds: float = Field(default=5.0, gt=0)

    @field_validator("database_url", "broker_url", "events_url")
    @classmethod
    def _blank_is_unset(cls, value: str | None) -> str | None:
        return value or None

    @property
    def introspection_enabled(self) -> bool:
        if self.graphql_introspection is not None:
            return self.graphql_introspection
        return self.environment != "production"

    @property
    def embedded_database(self) -> bool:
        return self.database_url is None

    @property
    def in_process_worker(self) -> bool:
        if self.run_worker_in_process is not None:
            return self.run_worker_in_process
        return self.broker_url is None


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
