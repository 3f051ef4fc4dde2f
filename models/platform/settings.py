"""The typed settings object, read once from ETEBAR_* environment variables: the platform's own
fields at the top (`ETEBAR_<FIELD>`) and one section per domain (`ETEBAR_<SECTION>__<FIELD>`).

Each domain's section lives in its package (`models/<domain>/settings.py`); the API's and the
workers' sections live here, beside the platform core, because the API and the workers both
read this one `Settings` and may not import each other."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, Field, SecretStr, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from models.billing.settings import BillingSettings
from models.events.settings import EventsSettings
from models.identity.settings import IdentitySettings
from models.loyalty.settings import LoyaltySettings
from models.notify.settings import NotifySettings
from models.wallet.settings import WalletSettings

# The secret key's default: fine on a laptop, refused in production (see etebar/production.py).
DEVELOPMENT_SECRET_KEY = "dev-only-secret-change-me"  # noqa: S105 (a known, public value)


def local_url(host: str, port: int) -> str:
    """The address of a server listening on `host:port`, as a browser on this machine names it."""
    if host in ("0.0.0.0", "::", ""):  # noqa: S104 (only named, never bound here)
        host = "127.0.0.1"
    if ":" in host:
        host = f"[{host}]"
    return f"http://{host}:{port}"


class ApiSettings(BaseModel):
    """The GraphQL API's limits (`ETEBAR_API__<FIELD>`): query shape, request bodies, rate
    limits, browser origins, metadata, and websockets."""

    graphql_introspection: bool | None = Field(
        default=None, description="Unset: on in development and test, off in production."
    )
    graphql_max_depth: int = Field(default=12, ge=2)
    graphql_max_tokens: int = Field(default=5000, ge=100)
    graphql_max_aliases: int = Field(default=30, ge=1)
    graphql_max_subscriptions_per_connection: int = Field(default=20, ge=1)
    graphql_max_selections: int = Field(
        default=500, ge=10,
        description="Fields and fragments one document may select, fragments counted where "
                    "they are spread; checked after parsing and before validation.")
    graphql_max_field_repeats: int = Field(
        default=10, ge=2,
        description="Times one response name may be selected in one selection set (validation "
                    "compares each such pair, so repeats cost their square).")
    graphql_connection_init_timeout_seconds: float = Field(
        default=5.0, gt=0, le=60,
        description="A websocket that sends no connection_init within this long is closed.")
    graphql_allowed_origins: list[str] = Field(
        default_factory=list,
        description="Browser origins (`https://app.example`) allowed to call /graphql (CORS, "
                    "preflight answered) and to open its websocket; `*` allows any.")
    http_max_body_bytes: int = Field(
        default=1024 * 1024, ge=1024,
        description="The largest request body; a larger one is answered 413 before it is read. "
                    "A caller whose bearer token is valid may send a deposit receipt's worth "
                    "more (see Settings.signed_in_body_max_bytes).")
    trusted_proxies: list[str] = Field(
        default_factory=list,
        description="Addresses or networks (JSON list) of proxies whose X-Forwarded-For names "
                    "the client; empty: the socket's peer is the client.")
    anonymous_rate_limit_requests: int = Field(
        default=30, ge=1,
        description="Calls of the public operations (staffSignIn, requestSignInCode, "
                    "customerSignIn) one client address may make per window.")
    anonymous_request_limit: int = Field(
        default=120, ge=1,
        description="GraphQL requests without a valid credential one client address may make "
                    "per window, counted before parsing.")
    anonymous_rate_limit_window_seconds: int = Field(
        default=60, ge=1, description="The window of both anonymous limits.")
    rate_limit_requests: int = Field(
        default=600, ge=1, description="Requests one API key may make per window.")
    rate_limit_window_seconds: int = Field(default=60, ge=1)
    rate_limit_storage_url: str | None = Field(
        default=None,
        description="redis:// shared by all API replicas; unset counts in each process.")
    # JSON metadata of a ledger account or transfer (api/input_checks.py).
    metadata_max_bytes: int = Field(
        default=16384, ge=2, description="Largest metadata, in bytes of compact UTF-8 JSON.")
    metadata_max_keys: int = Field(
        default=256, ge=1, description="Most keys in one metadata value, counted at every level.")
    metadata_max_depth: int = Field(
        default=8, ge=1, description="Deepest nesting of metadata ({} is one level).")
    ws_caller_recheck_seconds: float = Field(
        default=3.0, gt=0, le=60,
        description="A websocket re-checks its caller's credential (revoked key, deactivated "
                    "partner or staff member, ended session) on every subscribe, and, when "
                    "its last check is older than this, before an event and while a "
                    "subscription is quiet.")

    @field_validator("rate_limit_storage_url")
    @classmethod
    def _blank_is_unset(cls, value: str | None) -> str | None:
        return value or None


class WorkerSettings(BaseModel):
    """The background workers (`ETEBAR_WORKER__<FIELD>`): the broker, threads, the scheduler."""

    broker_url: str | None = Field(
        default=None,
        description="postgres://, redis:// or amqp://; unset uses the PostgreSQL broker.",
    )
    threads: int = Field(default=4, ge=1, le=64)
    run_in_process: bool | None = Field(
        default=None, description="Unset: in-process worker and scheduler when no broker URL."
    )
    scheduler_interval_seconds: float = Field(default=5.0, gt=0)

    @field_validator("broker_url")
    @classmethod
    def _blank_is_unset(cls, value: str | None) -> str | None:
        return value or None

    @property
    def in_process(self) -> bool:
        if self.run_in_process is not None:
            return self.run_in_process
        return self.broker_url is None


class Settings(BaseSettings):
    """Everything Etebar reads from its environment; see the README's configuration table."""

    model_config = SettingsConfigDict(env_prefix="ETEBAR_", env_nested_delimiter="__",
                                      env_file=".env", extra="ignore")

    environment: Literal["development", "test", "production"] = "development"
    database_url: str | None = Field(
        default=None,
        description="postgres://… of an external server; unset runs an embedded PostgreSQL.",
    )
    database_pool_size: int = Field(default=20, ge=1, le=500)
    data_dir: Path = Field(default=Path("var"), description="Embedded PostgreSQL data lives here.")
    host: str = "127.0.0.1"
    port: int = Field(default=8000, ge=1, le=65535)
    public_url: str = Field(
        default="http://127.0.0.1:8000",
        description="How the server names itself in links; unset, http://<host>:<port>.")
    secret_key: SecretStr = Field(
        default=SecretStr(DEVELOPMENT_SECRET_KEY),
        min_length=16,
        description="Signs admin sessions and the pay links of renewal emails; set a long "
                    "random value in production.",
    )
    metrics_token: SecretStr | None = Field(
        default=None,
        description="The bearer token `/metrics` asks for (`Authorization: Bearer <token>`). "
                    "Unset: `/metrics` is open in development and test, and not served in "
                    "production.")

    api: ApiSettings = Field(default_factory=ApiSettings)
    worker: WorkerSettings = Field(default_factory=WorkerSettings)
    identity: IdentitySettings = Field(default_factory=IdentitySettings)
    events: EventsSettings = Field(default_factory=EventsSettings)
    notify: NotifySettings = Field(default_factory=NotifySettings)
    wallet: WalletSettings = Field(default_factory=WalletSettings)
    billing: BillingSettings = Field(default_factory=BillingSettings)
    loyalty: LoyaltySettings = Field(default_factory=LoyaltySettings)

    @field_validator("database_url")
    @classmethod
    def _blank_is_unset(cls, value: str | None) -> str | None:
        return value or None

    @field_validator("metrics_token", mode="before")
    @classmethod
    def _blank_metrics_token_is_unset(cls, value: object) -> object:
        return value or None

    @model_validator(mode="after")
    def _local_addresses_follow_host_and_port(self) -> Settings:
        """Unset, the public URL (and the bank simulators' addresses under it) and the payout
        simulator's URL name where this server listens: ETEBAR_PORT alone moves every link.
        Written past pydantic's assignment so they still count as unset (not in
        `model_fields_set`)."""
        here = local_url(self.host, self.port)
        if "public_url" not in self.model_fields_set:
            self.__dict__["public_url"] = here
        if "cashout_payout_url" not in self.wallet.model_fields_set:
            self.wallet.__dict__["cashout_payout_url"] = here + "/_sim/payout"
        return self

    def _local_or(self, base_url: str | None, production: str, simulator: str) -> str:
        if base_url:
            return base_url.rstrip("/")
        if self.environment == "production":
            return production
        return self.public_url.rstrip("/") + "/_sim/" + simulator

    @property
    def kavenegar_url(self) -> str:
        return self._local_or(self.notify.kavenegar_base_url, "https://api.kavenegar.com",
                              "kavenegar")

    @property
    def saman_url(self) -> str:
        return self._local_or(self.wallet.saman_base_url, "https://sep.shaparak.ir", "saman")

    @property
    def mellat_url(self) -> str:
        return self._local_or(self.wallet.mellat_base_url, "https://bpm.shaparak.ir/pgwchannel",
                              "mellat")

    @property
    def smtp_catcher_wanted(self) -> bool:
        """Whether `etebar serve` starts the local SMTP catcher (and workers send to it)."""
        return self.notify.smtp_host is None and self.environment == "development"

    @property
    def introspection_enabled(self) -> bool:
        if self.api.graphql_introspection is not None:
            return self.api.graphql_introspection
        return self.environment != "production"

    @property
    def signed_in_body_max_bytes(self) -> int:
        """The body limit for a caller whose bearer token is valid: room for a deposit
        receipt in base64 on top of the ordinary limit."""
        return self.api.http_max_body_bytes + -(-self.wallet.deposit_receipt_max_bytes * 4 // 3)

    @property
    def embedded_database(self) -> bool:
        return self.database_url is None


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
