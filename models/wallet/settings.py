"""The wallet's settings section (`ETEBAR_WALLET__*`): online top-ups and their banks, bank
deposits, cash-outs, credit expiry, customer activity and the monthly bonus."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field, SecretStr, field_validator


class WalletSettings(BaseModel):
    """Everything `ETEBAR_WALLET__<FIELD>` sets; see the README's configuration table."""

    # --- bank deposits (offline top-ups)
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
        default="http://127.0.0.1:8000/_sim/payout",  # unset: follows host and port (Settings)
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

    # --- online top-ups (models/wallet/topups) and the Saman gateway
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

    # --- Mellat (Behpardakht) online top-ups: models/wallet/topups/adapters/mellat.py
    mellat_terminal_id: int = Field(
        default=1000, ge=1, description="The merchant's Behpardakht terminal id.")
    mellat_username: str = Field(
        default="etebar", description="The merchant's Behpardakht web service user name.")
    mellat_password: SecretStr = Field(
        default=SecretStr("etebar-dev"),
        description="The merchant's Behpardakht web service password.")
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

    # --- credit expiry, customer activity and the monthly bonus
    expiry_interval_seconds: float = Field(
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

    @field_validator("topup_return_url", "saman_base_url", "mellat_base_url")
    @classmethod
    def _blank_is_unset(cls, value: str | None) -> str | None:
        return value or None
