"""The loyalty clubs' settings section (`ETEBAR_LOYALTY__*`)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field


class LoyaltySettings(BaseModel):
    """Everything `ETEBAR_LOYALTY__<FIELD>` sets; see the README's configuration table."""

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
