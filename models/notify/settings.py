"""Notify's settings section (`ETEBAR_NOTIFY__*`): the mail server and the email outbox, and
the SMS adapter with Kavenegar's account."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field, SecretStr, field_validator

# The Kavenegar key the local simulator takes; refused in production like the secret key.
DEVELOPMENT_KAVENEGAR_API_KEY = "etebar-dev-kavenegar-key"


class NotifySettings(BaseModel):
    """Everything `ETEBAR_NOTIFY__<FIELD>` sets; see the README's configuration table."""

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

    @field_validator("kavenegar_base_url", "kavenegar_sender", "kavenegar_verify_template",
                     "smtp_host", "smtp_username", mode="before")
    @classmethod
    def _blank_is_unset(cls, value: str | None) -> str | None:
        return value or None
