"""Identity's settings section (`ETEBAR_IDENTITY__*`): staff sign-in lockouts, customers'
one-time codes and their throttles, and customer sessions."""

from __future__ import annotations

from pydantic import BaseModel, Field


class IdentitySettings(BaseModel):
    """Everything `ETEBAR_IDENTITY__<FIELD>` sets; see the README's configuration table."""

    membership_confirmation_required: bool = Field(
        default=False,
        description="A partner's new member is pending until the person sends back a one-time "
                    "code texted to them (confirmMembership): no sign-in, top-up or payment "
                    "before.")
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
