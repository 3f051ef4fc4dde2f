"""Bank Mellat's gateway (Behpardakht): the SOAP service `bpPayRequest`, `bpVerifyRequest`,
`bpSettleRequest`, `bpReversalRequest`, `bpInquiryRequest` and `bpSaleReferenceIdRequest`.

The flow, as Behpardakht's merchant guide (revision 1.1) and its WSDL describe it:

1. `bpPayRequest(terminalId, userName, userPassword, orderId, amount, localDate, localTime,
   additionalData, callBackUrl, payerId)` answers `"0,<RefId>"`, or a response code alone.
   `orderId` is a long the merchant chooses, unique for the terminal for good (41 otherwise).
2. The customer's browser posts `RefId` (and optionally `MobileNo`, `98912...`) to
   `<base>/startpay.mellat`, pays there, and the bank's page posts back to `callBackUrl`:
   `RefId`, `ResCode`, `SaleOrderId`, `SaleReferenceId`, `CardHolderInfo`, `CardHolderPan`,
   `FinalAmount` (the last three only after a payment).
3. `bpVerifyRequest(..., orderId, saleOrderId, saleReferenceId)` answers `"0"`, then
   `bpSettleRequest` with the same arguments answers `"0"` (45: already settled). A sale that is
   verified but never settled is not paid to the merchant; one that is not verified is reversed
   by the bank itself after a while. `bpReversalRequest` gives the money back before settling.

Everything goes through zeep's async client over an httpx client that the caller may inject
(tests route it to the simulator with `httpx.ASGITransport`). The WSDL is the file beside this
module, so nothing is fetched to start; the service address is `<base_url>/services/pgw`.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from pathlib import Path
from typing import Any, Protocol

import httpx
import zeep
import zeep.exceptions
from zeep.proxy import AsyncServiceProxy
from zeep.transports import AsyncTransport

from models.clock import TEHRAN
from models.wallet.topups.gateway import (
    Callback,
    Confirmation,
    GatewayError,
    GatewayName,
    Inquiry,
    InquiryState,
    PaymentRequest,
    Redirect,
)

WSDL = Path(__file__).with_name("mellat.wsdl")
BINDING = "{http://service.pgw.sw.bps.com/}PaymentGatewayImplServiceSoapBinding"

OK = "0"
AMOUNT_MISMATCH = "amount_mismatch"

# Behpardakht's response codes (ResCode and the answers of every operation), from its merchant
# guide. The adapter acts on 0, 17, 42, 43, 45 and 48; the others are said in words to people.
RES_CODES: Mapping[str, str] = {
    "0": "done",
    "11": "invalid card number",
    "12": "insufficient funds",
    "13": "wrong card PIN",
    "14": "too many wrong PINs",
    "15": "card not valid",
    "16": "too many withdrawals",
    "17": "the customer cancelled",
    "18": "card expired",
    "19": "withdrawal amount over the limit",
    "111": "card issuer not valid",
    "112": "card issuer's switch error",
    "113": "no answer from the card issuer",
    "114": "the card holder may not make this payment",
    "21": "merchant not valid",
    "23": "security error",
    "24": "merchant's user name or password not valid",
    "25": "amount not valid",
    "31": "answer not valid",
    "32": "data format not valid",
    "33": "account not valid",
    "34": "system error",
    "35": "date not valid",
    "41": "order id already used",
    "42": "sale not found",
    "43": "already verified",
    "44": "verify request not found",
    "45": "already settled",
    "46": "not settled",
    "47": "settle request not found",
    "48": "reversed",
    "49": "refund not found",
    "412": "bill id not valid",
    "413": "payment id not valid",
    "414": "bill issuer not valid",
    "415": "session timed out",
    "416": "error recording the data",
    "417": "payer id not valid",
    "418": "customer data not valid",
    "419": "too many tries",
    "421": "IP address not allowed",
    "51": "duplicate transaction",
    "54": "original transaction not found",
    "55": "transaction not valid",
    "61": "settle failed",
    AMOUNT_MISMATCH: "the bank reports another amount than was asked (Etebar's own code)",
}


def describe(code: str) -> str:
    """A response code in words: `17` → `the customer cancelled`."""
    return RES_CODES.get(code, f"unknown code {code}")


class MellatRefused(GatewayError):
    """Behpardakht answered with a response code where it should have given a result
    (`bpPayRequest` without a RefId): retrying the same request will not help."""

    def __init__(self, operation: str, code: str) -> None:
        super().__init__(f"{operation}: {code} ({describe(code)})")
        self.operation = operation
        self.code = code


def _mobile_for_bank(mobile: str) -> str:
    """Behpardakht's `MobileNo` is 98 and the number without its leading zero."""
    digits = mobile.strip().removeprefix("+")
    if digits.startswith("0"):
        digits = "98" + digits[1:]
    return digits if digits.isdigit() else ""


def _long(value: str, field: str) -> int:
    """A field of the callback as a long; ValueError when it is not one (a form that is not the
    bank's callback: the caller refuses it, where a GatewayError would mean "ask again")."""
    text = value.strip()
    if not text.isdigit():
        raise ValueError(f"Mellat callback: {field} is not a number: {value!r}")
    return int(text)


def _nothing_fetched(request: httpx.Request) -> httpx.Response:
    raise httpx.UnsupportedProtocol(f"the Mellat WSDL is local; not fetching {request.url}")


class MellatSettings(Protocol):
    """The part of `etebar.settings.Settings` this adapter reads."""

    mellat_terminal_id: int
    mellat_username: str
    mellat_password: str
    mellat_timeout_seconds: float
    mellat_order_id_offset: int

    @property
    def mellat_url(self) -> str: ...


class MellatGateway:
    """Behpardakht Mellat's gateway for one terminal.

    One instance can serve many payments concurrently; it builds its SOAP client on first use.
    The httpx client, when given, should be the gateway's own (zeep sets its User-Agent header)
    and brings its own timeout; otherwise the adapter makes one with `timeout_seconds`.
    """

    name = GatewayName.MELLAT

    def __init__(self, *, terminal_id: int, username: str, password: str, base_url: str,
                 http: httpx.AsyncClient | None = None, timeout_seconds: float = 30.0,
                 order_id_offset: int = 0) -> None:
        self.terminal_id = terminal_id
        # The bank refuses an orderId it has seen before, for good: an installation whose ids
        # start again (a restored database, a second environment on one terminal) sends
        # `order_id_offset + top-up id`, and reads the offset off what the bank sends back.
        self.order_id_offset = order_id_offset
        self._username = username
        self._password = password
        self.base_url = base_url.rstrip("/")
        self._http = http
        self._timeout_seconds = timeout_seconds
        self._own_http: httpx.AsyncClient | None = None
        self._service: AsyncServiceProxy | None = None

    @classmethod
    def from_settings(cls, settings: MellatSettings,
                      http: httpx.AsyncClient | None = None) -> MellatGateway:
        """From `etebar.settings.Settings` (which models does not import)."""
        return cls(terminal_id=settings.mellat_terminal_id, username=settings.mellat_username,
                   password=settings.mellat_password, base_url=settings.mellat_url, http=http,
                   timeout_seconds=settings.mellat_timeout_seconds,
                   order_id_offset=settings.mellat_order_id_offset)

    @property
    def service_url(self) -> str:
        return f"{self.base_url}/services/pgw"

    @property
    def payment_url(self) -> str:
        return f"{self.base_url}/startpay.mellat"

    def _soap(self) -> AsyncServiceProxy:
        if self._service is None:
            http = self._http
            if http is None:
                http = self._own_http = httpx.AsyncClient(timeout=self._timeout_seconds)
            # The WSDL is a local file: the synchronous client zeep insists on is never used.
            # zeep's constructors carry no annotations; what they return is typed.
            # (and one with a transport of its own costs no TLS set-up: ~25 ms otherwise, per
            # gateway, on the event loop).
            with httpx.Client(transport=httpx.MockTransport(_nothing_fetched)) as wsdl_client:
                transport = AsyncTransport(  # type: ignore[no-untyped-call]  # zeep declares no types
                    client=http, wsdl_client=wsdl_client)
                client = zeep.AsyncClient(  # type: ignore[no-untyped-call]  # zeep declares no types
                    str(WSDL), transport=transport)
            # AsyncClient.create_service gives a synchronous proxy (zeep 4.3): build the async
            # one for the binding, at the address from settings.
            self._service = AsyncServiceProxy(  # type: ignore[no-untyped-call]  # zeep declares no types
                client, client.wsdl.bindings[BINDING], address=self.service_url)
        return self._service

    async def _call(self, operation: str, **arguments: Any) -> str:
        """Call one operation with the terminal's credentials; the bank's answer as text."""
        try:
            answer = await getattr(self._soap(), operation)(
                terminalId=self.terminal_id, userName=self._username,
                userPassword=self._password, **arguments)
        except (httpx.HTTPError, zeep.exceptions.Error) as error:
            raise GatewayError(f"Mellat {operation}: {type(error).__name__}: {error}") from error
        if not isinstance(answer, str) or not answer.strip():
            raise GatewayError(f"Mellat {operation}: no answer ({answer!r})")
        return answer.strip()

    async def _sale_call(self, operation: str, callback: Callback) -> str:
        """verify, settle, inquiry and reversal all name the sale the same way; the code."""
        sale = self.order_id_offset + callback.order_id
        answer = await self._call(operation, orderId=sale, saleOrderId=sale,
                                  saleReferenceId=_long(callback.reference, "SaleReferenceId"))
        return answer.split(",", 1)[0]

    async def start(self, payment: PaymentRequest) -> Redirect:
        """`bpPayRequest`, then a form that posts the RefId to the payment page. A refusal
        (for example 41: the order id was used before) raises `MellatRefused`."""
        now = datetime.now(TEHRAN)
        answer = await self._call(
            "bpPayRequest", orderId=self.order_id_offset + payment.order_id,
            amount=payment.amount,
            localDate=now.strftime("%Y%m%d"), localTime=now.strftime("%H%M%S"),
            additionalData="", callBackUrl=payment.callback_url, payerId="0")
        code, _, ref_id = answer.partition(",")
        if code != OK:
            raise MellatRefused("bpPayRequest", code)
        if not ref_id.strip():
            raise GatewayError(f"Mellat bpPayRequest: no RefId in {answer!r}")
        fields = {"RefId": ref_id.strip()}
        mobile = _mobile_for_bank(payment.mobile)
        if mobile:
            fields["MobileNo"] = mobile
        return Redirect(url=self.payment_url, method="POST", fields=fields, token=fields["RefId"])

    def parse_callback(self, form: Mapping[str, str]) -> Callback:
        """The bank's post to our callback. `paid` needs ResCode 0 and a SaleReferenceId; the
        form came through the customer's browser, so nothing in it is trusted before `confirm`
        (check `token` against the RefId that `start` gave for this order)."""
        missing = [name for name in ("RefId", "ResCode", "SaleOrderId") if not form.get(name)]
        if missing:
            raise ValueError(f"Mellat callback without {', '.join(missing)}")
        code = form["ResCode"].strip()
        reference = form.get("SaleReferenceId", "").strip()
        if reference:
            _long(reference, "SaleReferenceId")
        amount_text = form.get("FinalAmount", "").strip()
        order_id = _long(form["SaleOrderId"], "SaleOrderId") - self.order_id_offset
        if order_id < 1:
            raise ValueError("Mellat callback for a SaleOrderId below this installation's offset")
        return Callback(
            order_id=order_id,
            paid=code == OK and bool(reference),
            code=code,
            reference=reference if code == OK else "",
            token=form["RefId"].strip(),
            amount=_long(amount_text, "FinalAmount") if amount_text else None,
            masked_pan=form.get("CardHolderPan", "").strip(),
            raw=dict(form),
        )

    async def confirm(self, callback: Callback, expected_amount: int) -> Confirmation:
        """Verify, then settle. Safe to repeat: 43 (already verified) goes on to settle and 45
        (already settled) counts as settled, so a second callback confirms the same payment
        again with the same answer; crediting once per reference is the caller's part.

        Not confirmed, and reversed at once so the customer's money goes back: a FinalAmount
        other than `expected_amount` (code `amount_mismatch`, no verify), a verify the bank
        refuses (its code), a settle the bank refuses (its code). Behpardakht's verify answers
        only a code: the amount it verifies is the one `bpPayRequest` registered for the order,
        which is `expected_amount` when the caller passes its own record of the request.
        """
        if not callback.paid:
            return Confirmation(ok=False, code=callback.code)
        if callback.amount is not None and callback.amount != expected_amount:
            reversed_ = await self.reverse(callback)
            return Confirmation(ok=False, code=AMOUNT_MISMATCH, amount=callback.amount,
                                reversed=reversed_)
        verified = await self._sale_call("bpVerifyRequest", callback)
        if verified == "48":
            return Confirmation(ok=False, code=verified, reversed=True)
        if verified not in (OK, "43"):
            return Confirmation(ok=False, code=verified, reversed=await self.reverse(callback))
        settled = await self._sale_call("bpSettleRequest", callback)
        if settled in (OK, "45"):
            return Confirmation(ok=True, code=OK, amount=expected_amount)
        if settled == "48":
            return Confirmation(ok=False, code=settled, verified=True, reversed=True)
        return Confirmation(ok=False, code=settled, verified=True,
                            reversed=await self.reverse(callback))

    async def reverse(self, callback: Callback) -> bool:
        """`bpReversalRequest`: True when the sale is reversed now or was before (48); False
        when the bank refuses (a settled sale, 45, can only be refunded, not reversed)."""
        if not callback.reference:
            return False
        return await self._sale_call("bpReversalRequest", callback) in (OK, "48")

    async def inquire(self, order_id: int, token: str = "") -> Inquiry:
        """What became of an order whose callback never came (`token`, the RefId, is not needed:
        Behpardakht finds a sale by its order id).

        `bpInquiryRequest` needs the SaleReferenceId, which only the lost callback carried, so
        it is first asked of `bpSaleReferenceIdRequest(orderId, saleOrderId)`, an operation of
        the published WSDL that the merchant guide leaves out: this adapter reads its answer as
        `"0,<SaleReferenceId>"` (as `bpPayRequest` answers) or a response code, as the simulator
        does. Check it against the bank's test terminal before relying on it in production.

        Limits of the real bank: a sale that is not verified is reversed by Behpardakht itself
        after a short while (minutes; the guide promises no figure), after which the answer is
        48 (NOT_PAID) and the customer has the money back. A sale with no payment yet (42) is
        UNKNOWN, not NOT_PAID: the customer may still be on the payment page (its session lasts
        minutes), and expiring it then would refuse a payment about to be made; the caller gives
        up on it after its own give-up time. 17 (cancelled) is NOT_PAID.

        PAID comes with the Callback the bank would have posted, without an amount (the bank
        does not say it here): `confirm` it with the amount that was asked.
        """
        sale = self.order_id_offset + order_id
        answer = await self._call("bpSaleReferenceIdRequest", orderId=sale, saleOrderId=sale)
        code, _, reference = answer.partition(",")
        if code in ("17", "48"):
            return Inquiry(InquiryState.NOT_PAID)
        if code != OK or not reference.strip().isdigit():
            return Inquiry(InquiryState.UNKNOWN)
        callback = Callback(order_id=order_id, paid=True, code=OK, reference=reference.strip(),
                            token=token)
        state = await self._sale_call("bpInquiryRequest", callback)
        if state == OK:
            return Inquiry(InquiryState.PAID, callback)
        if state in ("17", "48"):
            return Inquiry(InquiryState.NOT_PAID)
        return Inquiry(InquiryState.UNKNOWN)

    async def aclose(self) -> None:
        """Close the httpx client this adapter made (an injected one is the caller's)."""
        if self._own_http is not None:
            await self._own_http.aclose()
            self._own_http = None
            self._service = None
