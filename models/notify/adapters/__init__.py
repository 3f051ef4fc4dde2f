"""The concrete SMS adapters, by the name `ETEBAR_SMS_ADAPTER` uses."""

from __future__ import annotations

from collections.abc import Callable

from models.notify.adapters.catcher import SmsCatcher
from models.notify.sms import SmsSender

ADAPTERS: dict[str, Callable[[], SmsSender]] = {
    "catcher": SmsCatcher,
}
