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
    events_poll_seconds: float = Field(
        default=1.0, gt=0, description="The relay reads the outbox at least this often.")
    events_resync_seconds: float = Field(
        default=5.0, gt=0,
        description="A quiet subscription checks its accounts' versions this often.")
    webhook_dispatch_seconds: float = Field(
        default=2.0, gt=0, description="How often new events become webhook deliveries.")
    webhook_timeout_seconds: float = Field(
        default=10.0, gt=0, description="How long one webhook delivery attempt may take.")
    webhook_stuck_seconds: float = Field(
        default=1800.0, gt=0,
        description="A pending webhook delivery with no attempt for this long lost its message "
                    "and is enqueued again (also how often the scheduler looks); keep it above "
                    "the longest retry backoff, 600 s.")
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
    staff_lockout_attempts: int = Field(
        default=5, ge=1, description="Failed sign-ins in a row that lock a staff account.")
    staff_lockout_seconds: int = Field(
        default=900, ge=1, description="How long a locked staff account stays locked.")
    sms_adapter: Literal["catcher"] = Field(
        default="catcher",
        description="Which SMS adapter sends texts; `catcher` keeps them in the database.")
    customer_code_ttl_seconds: int = Field(
        default=300, ge=30, description="How long a customer's one-time sign-in code is valid.")
    customer_code_max_attempts: int = Field(
        default=5, ge=1, description="Wrong guesses after which a one-time code is spent.")
    customer_code_requests_per_hour: int = Field(
        default=5, ge=1, description="Codes one mobile number may be sent in an hour.")
    customer_session_seconds: int = Field(
        default=30 * 24 * 3600, ge=60, description="How long a customer's session lasts.")
    rate_limit_requests: int = Field(
        default=600, ge=1, description="Requests one API key may make per window.")
    rate_limit_window_seconds: int = Field(default=60, ge=1)
    rate_limit_storage_url: str | None = Field(
        default=None,
        description="redis:// shared by all API replicas; unset counts in each process.")
    # Bank deposits (offline top-ups)
    deposit_second_approval_threshold: int = Field(
        default=500_000_000, ge=1,
        description="Deposits of at least this many rials need a second approver, other than "
                    "the one who declared and the first approver.")
    deposit_receipt_max_bytes: int = Field(
        default=5 * 1024 * 1024, ge=1024, le=20 * 1024 * 1024,
        description="The largest receipt image (JPEG, PNG or WebP) a deposit may carry.")
    # --- cash-out: withdrawing paid credit to a verified Sheba account
    cashout_min_amount: int = Field(
        default=100_000, ge=1, description="The smallest cash-out, in rials.")
    cashout_max_per_request: int = Field(
        default=500_000_000, ge=1, description="The largest single cash-out, in rials.")
    cashout_max_per_day: int = Field(
        default=1_000_000_000, ge=1,
        description="What one customer may cash out per Tehran calendar day, in rials "
                    "(requests not rejected or failed count).")
    cashout_payout_adapter: Literal["simulator", "http"] = Field(
        default="simulator",
        description="The bank payout adapter: `simulator`, the bank simulator in this process "
                    "(one process: `etebar serve` with its worker inside); `http`, a payout "
                    "API at `cashout_payout_url`.")
    cashout_payout_url: str = Field(
        default="http://127.0.0.1:8000/simulators/payout",
        description="The payout API the `http` adapter calls; by default the simulator that "
                    "`etebar serve` mounts outside production.")
    cashout_send_seconds: float = Field(
        default=10.0, gt=0, description="How often approved cash-outs are sent to the bank.")
    cashout_check_seconds: float = Field(
        default=60.0, gt=0, description="How often the bank is asked about sent cash-outs.")

    @field_validator("database_url", "broker_url", "events_url", "rate_limit_storage_url")
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
