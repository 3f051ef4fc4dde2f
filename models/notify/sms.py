"""The SMS interface the domain sends through; `sms_sender(name)` gives the configured adapter."""

from __future__ import annotations

from typing import Protocol


class SmsSender(Protocol):
    """Sends one text message to an Iranian mobile number in the form 09xxxxxxxxx."""

    async def send(self, mobile: str, text: str) -> None: ...


def sms_sender(name: str) -> SmsSender:
    """The adapter the `ETEBAR_SMS_ADAPTER` setting names (see `models/notify/adapters/`)."""
    from models.notify.adapters import ADAPTERS

    try:
        return ADAPTERS[name]()
    except KeyError:
        raise ValueError(f"unknown SMS adapter {name!r}; known: {', '.join(ADAPTERS)}") from None
