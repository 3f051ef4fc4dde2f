"""The SMS adapter as configured: `sms_sender(settings)` builds the one
`ETEBAR_NOTIFY__SMS_ADAPTER` names, its HTTP calls on a transport seam for tests."""

from __future__ import annotations

import httpx

from etebar.gateways import tls_context
from models.notify.adapters.catcher import SmsCatcher
from models.notify.adapters.kavenegar import KavenegarSms
from models.notify.sms import SmsSender
from models.platform.settings import Settings

# The seam for tests: an httpx transport to use instead of the network.
transport: httpx.AsyncBaseTransport | None = None


def sms_sender(settings: Settings) -> SmsSender:
    notify = settings.notify
    if notify.sms_adapter == "kavenegar":
        return KavenegarSms(api_key=notify.kavenegar_api_key.get_secret_value(),
                            base_url=settings.kavenegar_url,
                            timeout_seconds=notify.kavenegar_timeout_seconds,
                            sender=notify.kavenegar_sender,
                            verify_template=notify.kavenegar_verify_template,
                            transport=transport, tls=tls_context())
    return SmsCatcher()
