"""The loyalty clubs' settings section (`ETEBAR_LOYALTY__*`)."""

from __future__ import annotations

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
