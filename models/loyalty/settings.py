"""The loyalty clubs' settings section (`ETEBAR_LOYALTY__*`)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field, SecretStr

# The bank-card hash key's default: fine on a laptop, refused in production (etebar/production.py).
DEVELOPMENT_CARD_HASH_KEY = "dev-only-card-hash-key-change-me"


class LoyaltySettings(BaseModel):
    """Everything `ETEBAR_LOYALTY__<FIELD>` sets; see the README's configuration table."""

    card_hash_key: SecretStr = Field(
        default=SecretStr(DEVELOPMENT_CARD_HASH_KEY), min_length=16,
        description="Keys the HMAC-SHA256 under which members' bank card numbers are stored "
                    "(never in clear); changing it makes every stored card unfindable. Set a "
                    "long random value in production.")

    # --- settlement split (models/loyalty/settlement.py)
    settlement_psp: Literal["zarinpal", "sep", "mellat"] = Field(
        default="sep",
        description="The PSP whose published split format settlement files are written in: "
                    "Zarinpal `wages`, SEP `SettlementIbanInfo` or Mellat's cumulative payment "
                    "(at most 10 shares per request).")
    settlement_adapter: Literal["simulator", "manual"] = Field(
        default="simulator",
        description="How settlement files reach the PSP: `simulator`, the local PSP simulator "
                    "(refused in production); `manual`, files wait as `sent` for staff to "
                    "download and upload them in the PSP's panel.")
    settlement_interval_seconds: float = Field(
        default=3600.0, gt=0,
        description="How often the settlement actor closes the periods that ended (each club's "
                    "shares written before the last Tehran midnight).")

    # --- members' credit lots (models/loyalty/expiry.py)
    expiry_interval_seconds: float = Field(
        default=300.0, gt=0,
        description="How often members' credit past its expiry moves to the expired-credit "
                    "account.")

    # --- lottery draws (models/loyalty/draws.py)
    draw_interval_seconds: float = Field(
        default=60.0, gt=0,
        description="How often draws past their cut-off are run (entries taken, seed revealed, "
                    "prizes awarded).")
    # --- merchant tools (models/loyalty/attendance.py, appointments.py)
    staff_pin_attempts: int = Field(
        default=5, ge=1,
        description="Wrong PINs for one staff code at one merchant, within "
                    "`staff_pin_lock_seconds`, after which that code is refused there as long.")
    staff_pin_terminal_attempts: int = Field(
        default=20, ge=1,
        description="Wrong PINs at one terminal, for any codes, after which every check-in "
                    "there is refused as long.")
    staff_pin_lock_seconds: int = Field(
        default=900, ge=1, description="The window wrong PINs are counted in.")
    appointment_reminder_hours: float = Field(
        default=24.0, gt=0, description="How long before a booked slot starts its member is "
                                        "reminded by email (once per booking).")
    appointment_reminder_interval_seconds: float = Field(
        default=300.0, gt=0, description="How often the reminder actor looks for bookings due.")
    # --- event rules, campaigns and expiry notices (models/loyalty/event_triggers.py, ...)
    events_daily_interval_seconds: float = Field(
        default=3600.0, gt=0,
        description="How often the event rules' daily job runs (birthdays, enrolment "
                    "anniversaries, inactivity, in each club's timezone) and members are told "
                    "of credit about to expire; each is given or told once, however often.")
    expiry_notice_days: int = Field(
        default=3, ge=1, le=60,
        description="How many days before their credit expires members are told of it.")
    campaigns_interval_seconds: float = Field(
        default=60.0, gt=0,
        description="How often campaigns whose time came are sent.")
    # --- tiers (models/loyalty/tiers.py)
    tier_review_interval_seconds: float = Field(
        default=3600.0, gt=0,
        description="How often the tier review sends the notices of coming downgrades and "
                    "moves members who made no purchase for their club's days one tier down.")
