"""Kavenegar's REST API (https://kavenegar.com/rest.html): `sms/send` for texts, `verify/lookup`
for one-time codes through a template approved in the Kavenegar panel, and the two status calls.

Every call is `POST <base>/v1/<API key>/<section>/<method>.json` with form fields, answered by
`{"return": {"status", "message"}, "entries": [...]}`; a `return.status` other than 200 is a
refusal (401/403 bad key, 411 bad receptor, 418 credit spent, ...), raised as `SmsNotSent`.

Sends are not retried here: Kavenegar documents `localid` as our id of a message for
`statuslocalmessageid`, not as a guard against sending twice, so a second attempt after a lost
answer could reach the phone twice. The status calls only read, and are retried once on a
network failure.
"""

from __future__ import annotations

import logging
import ssl
from dataclasses import dataclass
from enum import IntEnum
from typing import Any

import httpx

from models.notify.sms import SmsNotSent

log = logging.getLogger(__name__)

OK = 200


class KavenegarStatus(IntEnum):
    """A message's status in Kavenegar's answers (`entries[].status`)."""

    QUEUED = 1
    SCHEDULED = 2
    SENT_TO_OPERATOR = 4
    SENT_TO_OPERATOR_5 = 5
    FAILED = 6
    DELIVERED = 10
    UNDELIVERED = 11
    CANCELLED = 13
    FILTERED = 14
    INVALID = 100


# What each status means for us: still on its way, delivered, or given up.
PENDING = frozenset({KavenegarStatus.QUEUED, KavenegarStatus.SCHEDULED,
                     KavenegarStatus.SENT_TO_OPERATOR, KavenegarStatus.SENT_TO_OPERATOR_5})
FAILED = frozenset({KavenegarStatus.FAILED, KavenegarStatus.UNDELIVERED,
                    KavenegarStatus.CANCELLED, KavenegarStatus.FILTERED,
                    KavenegarStatus.INVALID})


@dataclass(frozen=True, slots=True)
class KavenegarMessage:
    """One entry of an answer: the provider's message id and its status."""

    message_id: int
    status: KavenegarStatus
    receptor: str
    cost: int

    @property
    def delivered(self) -> bool:
        return self.status is KavenegarStatus.DELIVERED

    @property
    def failed(self) -> bool:
        return self.status in FAILED


class KavenegarSms:
    """The `SmsSender` over Kavenegar: one short-lived httpx client per call (one sender
    serves a whole process), on `transport` when given (tests, the simulator)."""

    def __init__(self, *, api_key: str, base_url: str, timeout_seconds: float,
                 sender: str | None = None, verify_template: str | None = None,
                 transport: httpx.AsyncBaseTransport | None = None,
                 tls: ssl.SSLContext | bool = True) -> None:
        self._client_options: dict[str, Any] = {"timeout": timeout_seconds,
                                                "transport": transport, "verify": tls}
        self._api_key = api_key
        self._base = base_url.rstrip("/")
        self._sender = sender or None
        self._template = verify_template or None

    async def send(self, mobile: str, text: str, *, local_id: int | None = None) -> None:
        await self.send_text(mobile, text, local_id=local_id)

    async def send_code(self, mobile: str, code: str, text: str, *,
                        local_id: int | None = None) -> None:
        if self._template is None:
            await self.send_text(mobile, text, local_id=local_id)
        else:
            await self.lookup(mobile, self._template, code)

    async def send_text(self, mobile: str, text: str, *,
                        local_id: int | None = None) -> KavenegarMessage:
        form = {"receptor": mobile, "message": text}
        if self._sender:
            form["sender"] = self._sender
        if local_id is not None:
            form["localid"] = str(local_id)
        return (await self._call("sms/send", form, retries=0))[0]

    async def lookup(self, mobile: str, template: str, token: str) -> KavenegarMessage:
        return (await self._call("verify/lookup",
                                 {"receptor": mobile, "template": template, "token": token},
                                 retries=0))[0]

    async def status(self, message_id: int) -> KavenegarMessage:
        return (await self._call("sms/status", {"messageid": str(message_id)}, retries=1))[0]

    async def status_by_local_id(self, local_id: int) -> KavenegarMessage:
        return (await self._call("sms/statuslocalmessageid", {"localid": str(local_id)},
                                 retries=1))[0]

    async def _call(self, method: str, form: dict[str, str], *,
                    retries: int) -> list[KavenegarMessage]:
        url = f"{self._base}/v1/{self._api_key}/{method}.json"
        for attempt in range(retries + 1):
            try:
                async with httpx.AsyncClient(**self._client_options) as http:
                    response = await http.post(url, data=form)
                break
            except httpx.TransportError as error:
                if attempt == retries:
                    # The key is in the URL: name the method, never the URL.
                    log.warning("kavenegar %s: %s", method, type(error).__name__)
                    raise SmsNotSent("the SMS provider could not be reached; try again "
                                     "later") from None
        return _entries(method, response)


def _entries(method: str, response: httpx.Response) -> list[KavenegarMessage]:
    try:
        body: Any = response.json()
        status = int(body["return"]["status"])
        said = str(body["return"].get("message", ""))
    except (ValueError, KeyError, TypeError):
        log.warning("kavenegar %s: HTTP %s without Kavenegar's envelope", method,
                    response.status_code)
        raise SmsNotSent("the SMS provider gave an answer it does not give") from None
    if status != OK:
        log.warning("kavenegar %s refused: %s %s", method, status, said)
        raise SmsNotSent(_REFUSALS.get(status, "the SMS provider refused the message"),
                         provider_status=status,
                         field="mobile" if status in _RECEPTOR_REFUSALS else None)
    try:
        entries = [KavenegarMessage(message_id=int(e["messageid"]),
                                    status=KavenegarStatus(int(e["status"])),
                                    receptor=str(e.get("receptor", "")),
                                    cost=int(e.get("cost") or 0))
                   for e in body.get("entries") or []]
    except (ValueError, KeyError, TypeError):
        log.warning("kavenegar %s: entries not as documented", method)
        raise SmsNotSent("the SMS provider gave an answer it does not give") from None
    if not entries:
        raise SmsNotSent("the SMS provider answered without the message")
    return entries


# Kavenegar's refusals a customer can act on; the rest say only that the provider refused.
_RECEPTOR_REFUSALS = frozenset({411})
_REFUSALS = {
    411: "this mobile number cannot receive text messages",
    418: "text messages cannot be sent now; try again later",
    429: "text messages cannot be sent now; try again later",
}
