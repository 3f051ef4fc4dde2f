"""The SMS adapter as configured: `sms_sender(settings)` builds the one `ETEBAR_SMS_ADAPTER`
names, its HTTP calls on a transport seam for tests."""

from __future__ import annotations

import httpx

from etebar.gateways import tls_context
from etebar.settings import Settings
from models.notify.adapters.catcher import SmsCatcher
from models.notify.adapters.kavenegar import KavenegarSms
from models.notify.sms import SmsSender

# The seam for tests: an httpx transport to use instead of the network.
transport: httpx.AsyncBaseTransport | None = None


def sms_sender(settings: Settings) -> SmsSender:
    if settings.sms_adapter == "kavenegar":
        return KavenegarSms(api_key=settings.kavenegar_api_key.get_secret_value(),
                            base_url=settings.kavenegar_url,
                            timeout_seconds=settings.kavenegar_timeout_seconds,
                            sender=settings.kavenegar_sender,
                            verify_template=settings.kavenegar_verify_template,
                            transport=transport, tls=tls_context())
    return SmsCatcher()
