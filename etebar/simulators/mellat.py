"""A local Behpardakht (Bank Mellat) gateway: its SOAP service and WSDL, and its payment page.

`mellat_simulator()` builds a Starlette app with the bank's paths (the server mounts it at
`/_sim/mellat` outside production):

- `GET  /services/pgw?wsdl`: the WSDL, with this app's own address in it;
- `POST /services/pgw`: SOAP 1.1 `bpPayRequest`, `bpVerifyRequest`, `bpSettleRequest`,
  `bpReversalRequest`, `bpInquiryRequest`, `bpSaleReferenceIdRequest`, answering with the bank's
  response codes;
- `POST /startpay.mellat` (`RefId`, optional `MobileNo`): the payment page;
- `POST /pay`: what the page's buttons post; it answers a page whose form posts the callback to
  the merchant's `callBackUrl`, as the bank's page does through the customer's browser.

The pages follow the contract every simulator's pages keep (see etebar/simulators/saman.py and
tests/topups/conftest.py): the payment page has one form, `id="payment"`, with a `scenario`
choice and two buttons named `action`, `pay` and `cancel`; after a button, the bank's page has an
auto-submitted form `id="callback"` that posts the customer back to the merchant, or none when
the scenario loses the callback. The scenarios (`Scenario`) are the shared ones, `ok`,
`verify_fails`, `double_callback`, `lost_callback`, `tampered_amount`, and Mellat's own
`settle_fails`. A scenario is chosen per payment on the page, in advance with `?scenario=` on the
page's address, or for every payment by `bank.scenario`.

Forms name their targets relative to the page, and the WSDL its address from the request: the
app works under any mount path, beside other simulators whose routes share its route names.
State lives in the app's `MellatBank` (`app.state.bank`), in memory, one per app.
"""

from __future__ import annotations

import hashlib
import html
import itertools
import secrets
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

import httpx
import zeep.exceptions
import zeep.loader
import zeep.settings
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response
from starlette.routing import Route

from etebar import gateways
from models.wallet.topups.adapters.mellat import WSDL

SOAP_ENV = "http://schemas.xmlsoap.org/soap/envelope/"
SERVICE_NS = "http://interfaces.core.sw.bps.com/"
BANK_ADDRESS = "https://bpm.shaparak.ir/pgwchannel/services/pgw"
TEST_CARD = "6037991234561234"
_PARSING = zeep.settings.Settings(forbid_dtd=True, forbid_entities=True, forbid_external=True)


class Scenario(StrEnum):
    OK = "ok"                              # paid, verified and settled
    VERIFY_FAILS = "verify_fails"          # bpVerifyRequest answers 34 (system error)
    DOUBLE_CALLBACK = "double_callback"    # the bank posts the callback, then the browser again
    LOST_CALLBACK = "lost_callback"        # paid (or cancelled); the callback never comes
    TAMPERED_AMOUNT = "tampered_amount"    # the customer paid a tenth, as FinalAmount says
    SETTLE_FAILS = "settle_fails"          # Mellat's own: bpSettleRequest answers 61


SCENARIO_LABELS: Mapping[Scenario, str] = {
    Scenario.OK: "Everything works",
    Scenario.VERIFY_FAILS: "Verification fails (34)",
    Scenario.DOUBLE_CALLBACK: "The callback arrives twice",
    Scenario.LOST_CALLBACK: "The callback never arrives",
    Scenario.TAMPERED_AMOUNT: "A tenth of the amount is paid",
    Scenario.SETTLE_FAILS: "Settlement fails (61)",
}


@dataclass
class Sale:
    """One `bpPayRequest` and what became of it."""

    order_id: int
    amount: int
    callback_url: str
    ref_id: str
    scenario: Scenario = Scenario.OK
    reference: int | None = None
    paid_amount: int | None = None
    masked_pan: str = ""
    cancelled: bool = False
    verified: bool = False
    settled: bool = False
    reversed: bool = False
    settlements: int = 0
    reversals: int = 0
    callbacks: list[dict[str, str]] = field(default_factory=list)

    @property
    def paid(self) -> bool:
        return self.reference is not None

    @property
    def finished(self) -> bool:
        return self.paid or self.cancelled


class SoapFault(Exception):
    """A request the service cannot read: answered with a SOAP fault, as the bank's CXF does."""


class MellatBank:
    """The bank's side: sales by order id and RefId, and the answers of each operation."""

    def __init__(self, *, terminal_id: int, username: str, password: str,
                 scenario: Scenario | None = None) -> None:
        self.terminal_id = terminal_id
        self.username = username
        self.password = password
        self.scenario = scenario
        self.sales: dict[int, Sale] = {}
        self.by_ref_id: dict[str, Sale] = {}
        self.calls: list[tuple[str, dict[str, str]]] = []
        self._references = itertools.count(100_000_000_000 + secrets.randbelow(10**10))

    def forget(self) -> None:
        """Forget every sale (a fresh bank: order ids may be used again)."""
        self.sales.clear()
        self.by_ref_id.clear()
        self.calls.clear()

    def _refused(self, args: Mapping[str, str]) -> str | None:
        if _long(args, "terminalId") != self.terminal_id:
            return "21"
        if args.get("userName") != self.username or args.get("userPassword") != self.password:
            return "24"
        return None

    def _sale(self, args: Mapping[str, str]) -> Sale | None:
        sale = self.sales.get(_long(args, "saleOrderId"))
        if sale is None or sale.reference != _long(args, "saleReferenceId"):
            return None
        return sale

    def pay_request(self, args: Mapping[str, str]) -> str:
        order_id, amount = _long(args, "orderId"), _long(args, "amount")
        local_date, local_time = args.get("localDate", ""), args.get("localTime", "")
        if amount <= 0:
            return "25"
        if not (len(local_date) == 8 and local_date.isdigit()
                and len(local_time) == 6 and local_time.isdigit()):
            return "35"
        if not args.get("callBackUrl", "").startswith(("http://", "https://")):
            return "32"
        if order_id in self.sales:
            return "41"
        sale = Sale(order_id=order_id, amount=amount, callback_url=args["callBackUrl"],
                    ref_id=secrets.token_hex(10).upper())
        self.sales[order_id] = sale
        self.by_ref_id[sale.ref_id] = sale
        return f"0,{sale.ref_id}"

    def verify(self, args: Mapping[str, str]) -> str:
        sale = self._sale(args)
        if sale is None:
            return "42"
        if sale.reversed:
            return "48"
        if sale.verified:
            return "43"
        if sale.scenario is Scenario.VERIFY_FAILS:
            return "34"
        sale.verified = True
        return "0"

    def settle(self, args: Mapping[str, str]) -> str:
        sale = self._sale(args)
        if sale is None:
            return "42"
        if sale.reversed:
            return "48"
        if not sale.verified:
            return "44"
        if sale.settled:
            return "45"
        if sale.scenario is Scenario.SETTLE_FAILS:
            return "61"
        sale.settled = True
        sale.settlements += 1
        return "0"

    def reversal(self, args: Mapping[str, str]) -> str:
        sale = self._sale(args)
        if sale is None:
            return "42"
        if sale.reversed:
            return "48"
        if sale.settled:
            return "45"
        sale.reversed = True
        sale.reversals += 1
        return "0"

    def inquiry(self, args: Mapping[str, str]) -> str:
        sale = self._sale(args)
        if sale is None:
            return "42"
        return "48" if sale.reversed else "0"

    def sale_reference(self, args: Mapping[str, str]) -> str:
        sale = self.sales.get(_long(args, "saleOrderId"))
        if sale is None or not sale.finished:
            return "42"
        if sale.cancelled:
            return "17"
        if sale.reversed:
            return "48"
        return f"0,{sale.reference}"

    def operations(self) -> Mapping[str, Callable[[Mapping[str, str]], str]]:
        return {
            "bpPayRequest": self.pay_request,
            "bpVerifyRequest": self.verify,
            "bpSettleRequest": self.settle,
            "bpReversalRequest": self.reversal,
            "bpInquiryRequest": self.inquiry,
            "bpSaleReferenceIdRequest": self.sale_reference,
        }

    def answer(self, operation: str, args: Mapping[str, str]) -> str:
        handler = self.operations().get(operation)
        if handler is None:
            raise SoapFault(f"Unexpected wrapper element {{{SERVICE_NS}}}{operation}")
        self.calls.append((operation, dict(args)))
        return self._refused(args) or handler(args)

    def pay(self, sale: Sale, scenario: Scenario, card: str) -> dict[str, str]:
        """The customer pays: the sale gets its reference, and the callback's fields."""
        sale.scenario = scenario
        sale.reference = next(self._references)
        tampered = scenario is Scenario.TAMPERED_AMOUNT
        sale.paid_amount = max(sale.amount // 10, 1) if tampered else sale.amount
        if tampered and sale.paid_amount == sale.amount:
            sale.paid_amount = sale.amount + 1
        sale.masked_pan = f"{card[:6]}******{card[-4:]}"
        return {
            "RefId": sale.ref_id,
            "ResCode": "0",
            "SaleOrderId": str(sale.order_id),
            "SaleReferenceId": str(sale.reference),
            "CardHolderInfo": hashlib.sha256(card.encode()).hexdigest().upper(),
            "CardHolderPan": sale.masked_pan,
            "FinalAmount": str(sale.paid_amount),
        }

    def cancel(self, sale: Sale, scenario: Scenario) -> dict[str, str]:
        sale.scenario = scenario
        sale.cancelled = True
        return {"RefId": sale.ref_id, "ResCode": "17", "SaleOrderId": str(sale.order_id)}


def _long(args: Mapping[str, str], name: str) -> int:
    text = args.get(name, "").strip()
    try:
        return int(text)
    except ValueError:
        raise SoapFault(f"Unmarshalling Error: {name}: not a long: {text!r}") from None


def _soap_response(operation: str, result: str) -> Response:
    body = (f'<soap:Envelope xmlns:soap="{SOAP_ENV}"><soap:Body>'
            f'<ns2:{operation}Response xmlns:ns2="{SERVICE_NS}">'
            f"<return>{html.escape(result)}</return>"
            f"</ns2:{operation}Response></soap:Body></soap:Envelope>")
    return Response(body, media_type="text/xml; charset=utf-8")


def _soap_fault(message: str) -> Response:
    body = (f'<soap:Envelope xmlns:soap="{SOAP_ENV}"><soap:Body><soap:Fault>'
            f"<faultcode>soap:Client</faultcode><faultstring>{html.escape(message)}</faultstring>"
            "</soap:Fault></soap:Body></soap:Envelope>")
    return Response(body, status_code=500, media_type="text/xml; charset=utf-8")


def _read_call(content: bytes) -> tuple[str, dict[str, str]]:
    """The operation and its arguments from a SOAP envelope (DTDs and entities refused)."""
    try:
        # lxml reads bytes (and their declared encoding) though zeep's hint says str.
        envelope: Any = zeep.loader.parse_xml(
            content, None, settings=_PARSING)  # type: ignore[arg-type]  # lxml reads bytes; zeep's hint says str
    except zeep.exceptions.Error as error:
        raise SoapFault(f"Unreadable XML: {error}") from None
    body = envelope.find(f"{{{SOAP_ENV}}}Body")
    if body is None or len(body) != 1:
        raise SoapFault("A SOAP envelope with one element in its Body is expected")
    call = body[0]
    namespace, _, operation = str(call.tag).lstrip("{").partition("}")
    if namespace != SERVICE_NS:
        raise SoapFault(f"Unexpected namespace {namespace!r}")
    return operation, {str(child.tag).rpartition("}")[2]: (child.text or "") for child in call}


def _scenario(text: str | None, default: Scenario | None) -> Scenario:
    try:
        return Scenario(text or default or Scenario.OK)
    except ValueError:
        return default or Scenario.OK


def _page(title: str, body: str, status_code: int = 200) -> HTMLResponse:
    return HTMLResponse(
        f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{title}</title>'
        '<meta name="viewport" content="width=device-width, initial-scale=1"></head>'
        f"<body><h1>{title}</h1>{body}</body></html>", status_code=status_code)


def _hidden(fields: Mapping[str, str]) -> str:
    return "".join(f'<input type="hidden" name="{html.escape(name)}" value="{html.escape(value)}">'
                   for name, value in fields.items())


def mellat_simulator(*, terminal_id: int, username: str, password: str,
                     scenario: Scenario | None = None) -> Starlette:
    """A Behpardakht gateway that accepts these credentials; `app.state.bank` is its state."""
    bank = MellatBank(terminal_id=terminal_id, username=username, password=password,
                      scenario=scenario)

    async def wsdl(request: Request) -> Response:
        # The service answers at the WSDL's own address (url_for would search the whole server,
        # where another mounted app may have a route of the same name).
        text = WSDL.read_text(encoding="utf-8")
        return Response(text.replace(BANK_ADDRESS, str(request.url.replace(query=""))),
                        media_type="text/xml; charset=utf-8")

    async def soap(request: Request) -> Response:
        try:
            operation, args = _read_call(await request.body())
            return _soap_response(operation, bank.answer(operation, args))
        except SoapFault as fault:
            return _soap_fault(str(fault))

    async def startpay(request: Request) -> HTMLResponse:
        form = await request.form()
        sale = bank.by_ref_id.get(str(form.get("RefId", "")))
        if sale is None:
            return _page("Payment not found", "<p>This RefId is not known.</p>", 404)
        if sale.finished:
            return _page("Payment finished", "<p>This payment has already ended.</p>", 409)
        chosen = _scenario(request.query_params.get("scenario"), bank.scenario)
        options = "".join(
            f'<option value="{value}"{" selected" if value is chosen else ""}>{label}</option>'
            for value, label in SCENARIO_LABELS.items())
        # `pay` relative to this page: /startpay.mellat and /pay share a directory.
        return _page("Behpardakht Mellat (simulator)", f"""
<p>Order {sale.order_id}: <strong id="amount">{sale.amount:,}</strong> rials</p>
<form id="payment" method="post" action="pay">
{_hidden({"RefId": sale.ref_id})}
<label>Card <input name="CardNumber" value="{TEST_CARD}" inputmode="numeric"></label>
<label>Scenario <select name="scenario">{options}</select></label>
<button type="submit" name="action" value="pay">Pay</button>
<button type="submit" name="action" value="cancel">Cancel</button>
</form>""")

    async def pay(request: Request) -> HTMLResponse:
        form = await request.form()
        sale = bank.by_ref_id.get(str(form.get("RefId", "")))
        if sale is None:
            return _page("Payment not found", "<p>This RefId is not known.</p>", 404)
        if sale.finished:
            return _page("Payment finished", "<p>This payment has already ended.</p>", 409)
        scenario = _scenario(str(form.get("scenario", "")), bank.scenario)
        if form.get("action") == "cancel":
            fields = bank.cancel(sale, scenario)
        else:
            card = "".join(ch for ch in str(form.get("CardNumber", "")) if ch.isdigit())
            fields = bank.pay(sale, scenario, card if len(card) == 16 else TEST_CARD)
        if scenario is Scenario.LOST_CALLBACK:
            return _page("Done", "<p>The payment is recorded; you closed this page: the bank "
                                 "does not call back.</p>")
        if scenario is Scenario.DOUBLE_CALLBACK and sale.paid:
            # The first of the two posts: through the seam the adapters use, so tests reach the
            # merchant in process.
            sale.callbacks.append(fields)
            async with httpx.AsyncClient(transport=gateways.transport, timeout=20) as client:
                await client.post(sale.callback_url, data=fields)
        sale.callbacks.append(fields)
        return _page("Returning to the merchant", (
            f'<form id="callback" method="post" action="{html.escape(sale.callback_url)}">'
            f'{_hidden(fields)}<button type="submit">Return to the merchant</button></form>'
            "<script>document.getElementById('callback').submit()</script>"))

    app = Starlette(routes=[
        Route("/services/pgw", wsdl, methods=["GET"], name="wsdl"),
        Route("/services/pgw", soap, methods=["POST"], name="soap"),
        Route("/startpay.mellat", startpay, methods=["POST"], name="startpay"),
        Route("/pay", pay, methods=["POST"], name="pay"),
    ])
    app.state.bank = bank
    return app
