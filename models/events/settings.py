"""The events section (`ETEBAR_EVENTS__*`): the account-event bus and relay, and webhooks."""

from __future__ import annotations

from pydantic import BaseModel, Field, field_validator


class EventsSettings(BaseModel):
    """Everything `ETEBAR_EVENTS__<FIELD>` sets; see the README's configuration table."""

    url: str | None = Field(default=None, description="redis:// for the event bus.")
    poll_seconds: float = Field(
        default=1.0, gt=0, description="The relay reads the outbox at least this often.")
    resync_seconds: float = Field(
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
    domain_events_sweep_seconds: float = Field(
        default=10.0, gt=0,
        description="How often the scheduler sends the domain events not sent right after "
                    "their commit (no broker in the emitting process, a crash before the send) "
                    "and the deliveries to send again.")
    domain_events_resend_after_seconds: float = Field(
        default=900.0, gt=0,
        description="A domain event delivery sent this long ago and still not delivered (its "
                    "message was lost, or every retry failed) is sent again; keep it above the "
                    "subscriber actors' whole retry backoff.")

    @field_validator("url")
    @classmethod
    def _blank_is_unset(cls, value: str | None) -> str | None:
        return value or None
