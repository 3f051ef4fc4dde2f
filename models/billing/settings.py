"""Billing's settings section (`ETEBAR_BILLING__*`): renewals of orders paid from the wallet,
reminders, suspension, refunds, and top up and pay with the pay links of renewal emails."""

from __future__ import annotations

from datetime import timedelta

from pydantic import BaseModel, Field


class BillingSettings(BaseModel):
    """Everything `ETEBAR_BILLING__<FIELD>` sets; see the README's configuration table."""

    renewal_seconds: float = Field(
        default=3600.0, gt=0, description="How often the renewal actor looks for orders due.")
    renewal_lead_days: int = Field(
        default=3, ge=0, le=28,
        description="Days before an order's renewal date that auto-pay charges it (and that a "
                    "customer may pay the next period).")
    reminder_days: list[int] = Field(
        default_factory=lambda: [1, -1, -3],
        description="When to remind of an unpaid renewal, in days before its due date "
                    "(negative: after), as a JSON list.")
    grace_days: int = Field(
        default=7, ge=0, description="Days after the due date an unpaid order is suspended.")
    refund_sweep_seconds: float = Field(
        default=60.0, gt=0,
        description="How often failed orders with payments not yet refunded are refunded.")
    one_off_delivery_days: int = Field(
        default=30, ge=0, le=3650,
        description="Days after its payment that a one-off order counts as delivered: until "
                    "then markOrderFailed may fail it and refund its payment, afterwards not.")

    # --- top up and pay (models/billing/top_up_and_pay.py) and the pay links of renewal emails
    topupandpay_link_max_age_days: int = Field(
        default=30, ge=1, le=365,
        description="How long the signed pay link in a renewal email stays valid (keep it "
                    "above the grace period plus the last reminder).")

    @property
    def renewal_lead_time(self) -> timedelta:
        """How long before its renewal an order may be charged (and counts as due)."""
        return timedelta(days=self.renewal_lead_days)

    @property
    def grace(self) -> timedelta:
        """How long after its due date an unpaid order waits before it is suspended."""
        return timedelta(days=self.grace_days)

    @property
    def one_off_delivery(self) -> timedelta:
        """How long after its payment a one-off order counts as delivered (and no longer
        fails)."""
        return timedelta(days=self.one_off_delivery_days)
