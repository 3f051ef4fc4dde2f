"""The typed settings object, read once from ETEBAR_* environment variables."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

# The secret key's default: fine on a laptop, refused in production (see etebar/production.py).
DEVELOPMENT_SECRET_KEY = "dev-only-secret-change-me"  # noqa: S105 (a known, public value)
# The Kavenegar key the local simulator takes; refused in production like the secret key.
DEVELOPMENT_KAVENEGAR_API_KEY = "etebar-dev-kavenegar-key"


def local_url(host: str, port: int) -> str:
    """The address of a server listening on `host:port`, as a browser on this machine names it."""
    if host in ("0.0.0.0", "::", ""):  # noqa: S104 (only named, never bound here)
        host = "127.0.0.1"
    if ":" in host:
        host = f"[{host}]"
    return f"http://{host}:{port}"


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
    webhook_allowed_hosts: list[str] = Field(
        default_factory=list,
        description="Hosts (names or IP addresses, as written in the URL) a webhook may reach "
                    "although they are not public, such as localhost in development; every other "
                    "host must resolve only to public addresses.")
    data_dir: Path = Field(default=Path("var"), description="Embedded PostgreSQL data lives here.")
    host: str = "127.0.0.1"
    port: int = Field(default=8000, ge=1, le=65535)
    public_url: str = Field(
        default="http://127.0.0.1:8000",
        description="How the server names itself in links; unset, http://<host>:<port>.")
    secret_key: str = Field(
        default=DEVELOPMENT_SECRET_KEY,
        min_length=16,
        description="Signs admin sessions and the pay links of renewal emails; set a long "
                    "random value in production.",
    )
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
    http_max_body_bytes: int = Field(
        default=1024 * 1024, ge=1024,
        description="The largest request body; a larger one is answered 413 before it is read. "
                    "A caller whose bearer token is valid may send a deposit receipt's worth "
                    "more (see signed_in_body_max_bytes).")
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
    graphql_allowed_origins: list[str] = Field(
        default_factory=list,
        description="Browser origins (`https://app.example`) allowed to call /graphql (CORS, "
                    "preflight answered) and to open its websocket; `*` allows any.")
    # JSON metadata of a ledger account or transfer (api/input_checks.py).
    metadata_max_bytes: int = Field(
        default=16384, ge=2, description="Largest metadata, in bytes of compact UTF-8 JSON.")
    metadata_max_keys: int = Field(
        default=256, ge=1, description="Most keys in one metadata value, counted at every level.")
    metadata_max_depth: int = Field(
        default=8, ge=1, description="Deepest nesting of metadata ({} is one level).")
    worker_threads: int = Field(default=4, ge=1, le=64)
    run_worker_in_process: bool | None = Field(
        default=None, description="Unset: in-process worker and scheduler when no broker URL."
    )
    scheduler_interval_seconds: float = Field(default=5.0, gt=0)
    staff_lockout_attempts: int = Field(
        default=5, ge=1,
        description="Wrong passwords for one email from one client address that lock that "
                    "email at that address (other addresses are not locked).")
    staff_lockout_seconds: int = Field(
        default=900, ge=1,
        description="The window the wrong passwords are counted in, and how long a lock lasts.")
    staff_lockout_address_attempts: int = Field(
        default=20, ge=1,
        description="Wrong passwords from one client address, for any emails, that lock every "
                    "staff sign-in from that address.")
    sms_adapter: Literal["catcher", "kavenegar"] = Field(
        default="catcher",
        description="Which SMS adapter sends texts: `catcher` keeps them in the database "
                    "(development and tests); `kavenegar`, Kavenegar's REST API.")
    kavenegar_api_key: SecretStr = Field(
        default=SecretStr(DEVELOPMENT_KAVENEGAR_API_KEY),
        description="The Kavenegar account's API key (it goes in the request path); the "
                    "simulator takes only this default.")
    kavenegar_base_url: str | None = Field(
        default=None,
        description="Kavenegar's address; unset: https://api.kavenegar.com in production, the "
                    "local simulator (<public_url>/_sim/kavenegar) otherwise.")
    kavenegar_sender: str | None = Field(
        default=None, pattern=r"^[0-9]{4,20}$",
        description="The sender line texts go from; unset: the account's default line.")
    kavenegar_verify_template: str | None = Field(
        default=None,
        description="A verify/lookup template approved in the Kavenegar panel, with %token for "
                    "the code: sign-in codes go through it (fast verification lines); unset, "
                    "they go through sms/send as text.")
    kavenegar_timeout_seconds: float = Field(
        default=10.0, gt=0, description="How long one call to Kavenegar may take.")

    @field_validator("kavenegar_base_url", "kavenegar_sender", "kavenegar_verify_template",
                     mode="before")
    @classmethod
    def _sms_blank_is_unset(cls, value: str | None) -> str | None:
        return value or None

    @property
    def kavenegar_url(self) -> str:
        if self.kavenegar_base_url:
            return self.kavenegar_base_url.rstrip("/")
        if self.environment == "production":
            return "https://api.kavenegar.com"
        return self.public_url.rstrip("/") + "/_sim/kavenegar"
    membership_confirmation_required: bool = Field(
        default=False,
        description="A partner's new member is pending until the person sends back a one-time "
                    "code texted to them (confirmMembership): no sign-in, top-up or payment "
                    "before.")
    customer_code_ttl_seconds: int = Field(
        default=300, ge=30, description="How long a customer's one-time sign-in code is valid.")
    customer_code_max_attempts: int = Field(
        default=5, ge=1, description="Wrong guesses after which a one-time code is spent.")
    customer_code_requests_per_hour: int = Field(
        default=10, ge=1, description="Codes one mobile number may be sent in an hour.")
    customer_code_requests_per_number_per_address: int = Field(
        default=3, ge=1,
        description="Codes one client address may ask for one mobile number in an hour (so one "
                    "stranger spends only part of the number's hourly codes).")
    customer_code_requests_per_address: int = Field(
        default=30, ge=1,
        description="Codes one client address may ask for in an hour, for any numbers.")
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
        default="http://127.0.0.1:8000/_sim/payout",  # unset: follows host and port
        description="The payout API the `http` adapter calls; by default the simulator that "
                    "`etebar serve` mounts outside production.")
    cashout_send_seconds: float = Field(
        default=10.0, gt=0, description="How often approved cash-outs are sent to the bank.")
    cashout_check_seconds: float = Field(
        default=60.0, gt=0, description="How often the bank is asked about sent cash-outs.")
    cashout_tracking_prefix: str = Field(
        default="ETB-CO", pattern=r"^[A-Za-z0-9][A-Za-z0-9-]{0,31}$",
        description="Starts every cash-out's tracking id at the bank (`<prefix>-<id>`), by which "
                    "the bank takes each payout once: give each installation its own, and a "
                    "new one when cash-out ids start again (after rebuilding the database). "
                    "A cash-out keeps the prefix it was requested under.")

    # --- online top-ups (models/wallet/topups) and the Saman gateway ---------------------------
    topup_min_amount: int = Field(
        default=10_000, ge=1, description="The smallest online top-up, in rials.")
    topup_max_amount: int = Field(
        default=500_000_000, ge=1, description="The largest online top-up, in rials.")
    topup_max_balance: int = Field(
        default=1_000_000_000, ge=1,
        description="A top-up may not take a wallet above this many rials.")
    topup_return_url: str | None = Field(
        default=None,
        description="Where the customer lands after paying, with ?topUp=<id>&status=<status>; "
                    "unset shows Etebar's own result page.")
    topup_stale_seconds: int = Field(
        default=600, ge=60,
        description="An open top-up untouched this long is reconciled with its bank (keep it "
                    "under Saman's 30 minutes to verify, so a lost callback is still credited).")
    topup_reconcile_interval_seconds: float = Field(
        default=60.0, gt=0, description="How often the scheduler reconciles stale top-ups.")
    topup_give_up_seconds: int = Field(
        default=3600, ge=60,
        description="A top-up its bank cannot tell about expires after this long.")
    topup_http_timeout_seconds: float = Field(
        default=20.0, gt=0,
        description="How long one request to Saman's SEP may take (Mellat's calls: "
                    "mellat_timeout_seconds).")
    saman_terminal_id: str = Field(
        default="10000001", pattern=r"^[0-9]{1,18}$",
        description="Saman SEP terminal id (the simulator accepts any).")
    saman_base_url: str | None = Field(
        default=None,
        description="Saman SEP's address; unset: https://sep.shaparak.ir in production, the "
                    "local simulator (<public_url>/_sim/saman) otherwise.")

    @field_validator("topup_return_url", "saman_base_url")
    @classmethod
    def _topup_blank_is_unset(cls, value: str | None) -> str | None:
        return value or None

    @property
    def saman_url(self) -> str:
        if self.saman_base_url:
            return self.saman_base_url.rstrip("/")
        if self.environment == "production":
            return "https://sep.shaparak.ir"
        return self.public_url.rstrip("/") + "/_sim/saman"

    # --- end of online top-ups -----------------------------------------------------------------


    # Mellat (Behpardakht) online top-ups: models/wallet/topups/adapters/mellat.py
    mellat_terminal_id: int = Field(
        default=1000, ge=1, description="The merchant's Behpardakht terminal id.")
    mellat_username: str = Field(
        default="etebar", description="The merchant's Behpardakht web service user name.")
    mellat_password: str = Field(
        default="etebar-dev", description="The merchant's Behpardakht web service password.")
    mellat_base_url: str | None = Field(
        default=None,
        description="The gateway's base (`https://bpm.shaparak.ir/pgwchannel`): its SOAP service "
                    "is `<base>/services/pgw`, its payment page `<base>/startpay.mellat`. Unset: "
                    "the bank in production, the local simulator at `<public_url>/_sim/mellat` "
                    "otherwise.")
    mellat_order_id_offset: int = Field(
        default=0, ge=0, le=10**15,
        description="Added to every top-up id sent to Mellat as orderId, which the bank takes "
                    "once per terminal for good: set it above every id used before when ids "
                    "start again (a restored database, a second installation on one terminal).")
    mellat_timeout_seconds: float = Field(
        default=30.0, gt=0, description="How long one call to Behpardakht's service may take.")

    @property
    def mellat_url(self) -> str:
        if self.mellat_base_url:
            return self.mellat_base_url.rstrip("/")
        if self.environment == "production":
            return "https://bpm.shaparak.ir/pgwchannel"
        return self.public_url.rstrip("/") + "/_sim/mellat"



    smtp_host: str | None = Field(
        default=None,
        description="The mail server emails go through; unset in development: the local "
                    "catcher that `etebar serve` starts on smtp_catcher_port.")
    smtp_port: int = Field(default=587, ge=1, le=65535)
    smtp_security: Literal["starttls", "tls", "none"] = Field(
        default="starttls",
        description="starttls: upgrade a plain connection (port 587); tls: TLS from the start "
                    "(port 465); none: in the clear (a local relay only).")
    smtp_username: str | None = Field(default=None, description="Unset: no sign-in.")
    smtp_password: SecretStr | None = None
    smtp_from_address: str = Field(default="no-reply@etebar.local",
                                   description="The From address of every email.")
    smtp_from_name: str = Field(default="اعتبار",
                                description="The name mail readers show for the sender.")
    smtp_timeout_seconds: float = Field(
        default=30.0, gt=0, le=100,
        description="How long each step of talking to the mail server may take.")
    smtp_catcher_port: int = Field(
        default=1025, ge=1, le=65535,
        description="Development without smtp_host: the local SMTP catcher listens here on "
                    "127.0.0.1 and the admin shows what it received.")
    email_max_attempts: int = Field(
        default=8, ge=1, description="Attempts after which an email is marked failed.")
    email_retry_seconds: float = Field(
        default=60.0, gt=0,
        description="Wait after a first failed attempt; it doubles after each (6 h at most).")
    email_sweep_seconds: float = Field(
        default=5.0, gt=0, description="How often queued emails that are due go to a worker.")

    @model_validator(mode="after")
    def _local_addresses_follow_host_and_port(self) -> Settings:
        """Unset, the public URL (and the bank simulators' addresses under it) and the payout
        simulator's URL name where this server listens: ETEBAR_PORT alone moves every link.
        Written past pydantic's assignment so they still count as unset (not in
        `model_fields_set`)."""
        here = local_url(self.host, self.port)
        if "public_url" not in self.model_fields_set:
            self.__dict__["public_url"] = here
        if "cashout_payout_url" not in self.model_fields_set:
            self.__dict__["cashout_payout_url"] = here + "/_sim/payout"
        return self

    @field_validator("smtp_host", "smtp_username")
    @classmethod
    def _blank_smtp_is_unset(cls, value: str | None) -> str | None:
        return value or None

    @property
    def smtp_catcher_wanted(self) -> bool:
        """Whether `etebar serve` starts the local SMTP catcher (and workers send to it)."""
        return self.smtp_host is None and self.environment == "development"

    # --- wallet: credit expiry, customer activity and the monthly bonus ---
    wallet_expiry_interval_seconds: float = Field(
        default=300.0, gt=0,
        description="How often expired promotional credit is moved to the expired-credit account.")
    activity_inactive_days: int = Field(
        default=90, ge=1, description="A customer with no payment for this long is inactive.")
    activity_silver_spend: int = Field(
        default=10_000_000, ge=0, description="Spend (rials, last 365 days) a silver customer has.")
    activity_silver_orders: int = Field(
        default=3, ge=0, description="Paid orders a silver customer has.")
    activity_gold_spend: int = Field(
        default=50_000_000, ge=0, description="Spend (rials, last 365 days) a gold customer has.")
    activity_gold_orders: int = Field(
        default=10, ge=0, description="Paid orders a gold customer has.")
    bonus_percent_bp: int = Field(
        default=100, ge=0, le=10_000,
        description="The monthly bonus, in basis points of last month's spend (100 = 1 %); "
                    "0 turns the bonus off.")
    bonus_min_spend: int = Field(
        default=1_000_000, ge=1, description="Least spend (rials) in a month that earns a bonus.")
    bonus_max_amount: int = Field(
        default=5_000_000, ge=0, description="Largest bonus (rials) per month; 0: no cap.")
    bonus_expiry_days: int = Field(
        default=30, ge=1, description="A bonus expires this many days after its month ends.")
    bonus_min_level: Literal["inactive", "bronze", "silver", "gold"] | None = Field(
        default=None, description="Only customers at this activity level or above earn a bonus.")
    bonus_check_seconds: float = Field(
        default=86_400.0, gt=0,
        description="How often the scheduler grants last month's bonuses if not done yet.")


    # billing: renewals of orders paid from the wallet, reminders, suspension, refunds
    billing_renewal_seconds: float = Field(
        default=3600.0, gt=0, description="How often the renewal actor looks for orders due.")
    billing_renewal_lead_days: int = Field(
        default=3, ge=0, le=28,
        description="Days before an order's renewal date that auto-pay charges it (and that a "
                    "customer may pay the next period).")
    billing_reminder_days: list[int] = Field(
        default_factory=lambda: [1, -1, -3],
        description="When to remind of an unpaid renewal, in days before its due date "
                    "(negative: after), as a JSON list.")
    billing_grace_days: int = Field(
        default=7, ge=0, description="Days after the due date an unpaid order is suspended.")
    billing_refund_sweep_seconds: float = Field(
        default=60.0, gt=0,
        description="How often failed orders with payments not yet refunded are refunded.")
    billing_one_off_delivery_days: int = Field(
        default=30, ge=0, le=3650,
        description="Days after its payment that a one-off order counts as delivered: until "
                    "then markOrderFailed may fail it and refund its payment, afterwards not.")

    # --- top up and pay (models/billing/top_up_and_pay.py) and the pay links of renewal emails
    topupandpay_link_max_age_days: int = Field(
        default=30, ge=1, le=365,
        description="How long the signed pay link in a renewal email stays valid (keep it "
                    "above the grace period plus the last reminder).")
    topupandpay_sweep_seconds: float = Field(
        default=120.0, gt=0,
        description="How often credited top-ups whose order was never paid (the process "
                    "stopped between the credit and the payment) are settled.")
    topupandpay_sweep_after_seconds: int = Field(
        default=60, ge=0,
        description="The sweep leaves a top-up credited less than this long ago to the "
                    "credited step itself.")
    # --- end of top up and pay

    # --- production safety and open sockets (issue 8 §2 and §4) --------------------------------
    metrics_token: SecretStr | None = Field(
        default=None,
        description="The bearer token `/metrics` asks for (`Authorization: Bearer <token>`). "
                    "Unset: `/metrics` is open in development and test, and not served in "
                    "production.")
    ws_caller_recheck_seconds: float = Field(
        default=3.0, gt=0, le=60,
        description="A websocket re-checks its caller's credential (revoked key, deactivated "
                    "partner or staff member, ended session) on every subscribe, and, when "
                    "its last check is older than this, before an event and while a "
                    "subscription is quiet.")

    @field_validator("metrics_token", mode="before")
    @classmethod
    def _blank_metrics_token_is_unset(cls, value: object) -> object:
        return value or None
    # --- end of production safety and open sockets -----------------------------------------------

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
    def signed_in_body_max_bytes(self) -> int:
        """The body limit for a caller whose bearer token is valid: room for a deposit
        receipt in base64 on top of the ordinary limit."""
        return self.http_max_body_bytes + -(-self.deposit_receipt_max_bytes * 4 // 3)

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
