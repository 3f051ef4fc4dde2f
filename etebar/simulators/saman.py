"""A local Saman SEP: the same endpoints, fields and codes as `models/wallet/topups/adapters/
saman.py` speaks to, with a payment page, for development and tests. Never mounted in production.

The payment page (`SendToken?token=…`, or a POST of `Token` to `OnlinePG/OnlinePG`) has one form,
`id="payment"`, with a `scenario` choice and two buttons named `action`: `pay` and `cancel`. A
scenario can also be chosen in advance with `?scenario=` on the page's address. After a button,
the page posts the customer back to the merchant with an auto-submitted form, `id="callback"`
(what SEP does), except where the scenario says otherwise:

- `ok`: paid, verified;
- `verify_fails`: paid, but VerifyTransaction answers -6 (too late: SEP has reversed it);
- `double_callback`: paid, and the callback arrives twice (the simulator posts it once itself,
  then the browser posts it);
- `lost_callback`: paid (or cancelled), but the customer never comes back: no callback;
- `tampered_amount`: the customer paid a tenth of the amount, and the callback form still shows
  the full amount.

State lives in memory, per app instance.
"""

from __future__ import annotations

import html
import itertools
import secrets
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import Route

from etebar import gateways

SCENARIOS = ("ok", "verify_fails", "double_callback", "lost_callback", "tampered_amount")
STATUS_OF = {"InProgress": 0, "CanceledByUser": 1, "OK": 2, "Failed": 3}
TOKEN_MINUTES_MIN, TOKEN_MINUTES_MAX = 20, 3600


@dataclass
class _Payment:
    token: str
    terminal_id: str
    amount: int
    res_num: str
    redirect_url: str
    cell_number: str
    expires_at: datetime
    scenario: str = "ok"
    state: str = "InProgress"
    ref_num: str = ""
    trace_no: str = ""
    rrn: str = ""
    charged: int = 0
    pan: str = ""
    verified: bool = False
    reversed: bool = False


@dataclass
class SamanBank:
    """The simulated bank's memory."""

    payments: dict[str, _Payment] = field(default_factory=dict)  # by token
    by_ref: dict[str, str] = field(default_factory=dict)  # RefNum -> token
    numbers: itertools.count[int] = field(default_factory=lambda: itertools.count(100_001))

    def callback_form(self, payment: _Payment) -> dict[str, str]:
        paid = payment.state == "OK"
        return {"MID": payment.terminal_id, "TerminalId": payment.terminal_id,
                "RefNum": payment.ref_num, "ResNum": payment.res_num, "State": payment.state,
                "Status": str(STATUS_OF[payment.state]),
                "TraceNo": payment.trace_no, "Amount": str(payment.amount) if paid else "",
                "Rrn": payment.rrn, "SecurePan": payment.pan if paid else "",
                "Token": payment.token, "HashedCardNumber": secrets.token_hex(32) if paid else ""}


def _page(title: str, body: str) -> HTMLResponse:
    return HTMLResponse(
        "<!doctype html><html lang=\"fa\" dir=\"rtl\"><head><meta charset=\"utf-8\">"
        f"<title>{html.escape(title)}</title></head><body style=\"font-family:sans-serif;"
        f"max-width:36rem;margin:2rem auto\"><h1>{html.escape(title)}</h1>{body}</body></html>")


def _hidden(fields: dict[str, str]) -> str:
    return "".join(f'<input type="hidden" name="{html.escape(k)}" value="{html.escape(v)}">'
                   for k, v in fields.items())


def _verify_answer(code: int, description: str, payment: _Payment | None) -> JSONResponse:
    detail = None
    if payment is not None and code in (0, 2):
        detail = {"RRN": payment.rrn, "RefNum": payment.ref_num, "MaskedPan": payment.pan,
                  "HashedPan": secrets.token_hex(32), "TerminalNumber": int(payment.terminal_id),
                  "OrginalAmount": payment.charged, "AffectiveAmount": payment.charged,
                  "StraceDate": datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S"),
                  "StraceNo": payment.trace_no}
    return JSONResponse({"TransactionDetail": detail, "ResultCode": code,
                         "ResultDescription": description, "Success": code in (0, 2)})


def saman_simulator() -> Starlette:
    """A fresh simulated SEP with its own memory (`app.state.bank`)."""
    bank = SamanBank()

    async def token(request: Request) -> JSONResponse:
        try:
            body = await request.json()
        except ValueError:
            body = None
        if not isinstance(body, dict):
            return JSONResponse({"status": -1, "errorCode": "5",
                                 "errorDesc": "InvalidParameters"})
        action = str(body.get("action") or body.get("Action") or "").lower()
        amount = body.get("Amount")
        terminal = str(body.get("TerminalId", ""))
        redirect_url = str(body.get("RedirectUrl") or body.get("RedirectURL") or "")
        res_num = str(body.get("ResNum", "")).strip()
        if action != "token" or not terminal.isdigit():
            return JSONResponse({"status": -1, "errorCode": "5",
                                 "errorDesc": "InvalidParameters"})
        if not isinstance(amount, int) or isinstance(amount, bool) or amount <= 0:
            return JSONResponse({"status": -1, "errorCode": "5", "errorDesc": "invalid amount"})
        if not redirect_url.startswith(("http://", "https://")) or not res_num:
            return JSONResponse({"status": -1, "errorCode": "5",
                                 "errorDesc": "RedirectUrl and ResNum are required"})
        minutes = body.get("TokenExpiryInMin")
        minutes = min(max(minutes if isinstance(minutes, int) else 0, TOKEN_MINUTES_MIN),
                      TOKEN_MINUTES_MAX)
        issued = secrets.token_hex(16)
        bank.payments[issued] = _Payment(
            token=issued, terminal_id=terminal, amount=amount, res_num=res_num,
            redirect_url=redirect_url, cell_number=str(body.get("CellNumber") or ""),
            expires_at=datetime.now(UTC) + timedelta(minutes=minutes))
        return JSONResponse({"status": 1, "token": issued})

    def payment_page(token_value: str, scenario: str) -> Response:
        payment = bank.payments.get(token_value)
        if payment is None or payment.state != "InProgress" \
                or payment.expires_at < datetime.now(UTC):
            return _page("TokenNotFound", "<p>این پرداخت یافت نشد · No such payment.</p>")
        options = "".join(
            f'<option value="{s}"{" selected" if s == scenario else ""}>{s}</option>'
            for s in SCENARIOS)
        return _page(
            "درگاه شبیه‌سازی سامان · Saman simulator",
            f"<p>پذیرنده {html.escape(payment.terminal_id)} · Terminal "
            f"{html.escape(payment.terminal_id)}</p>"
            f'<p>مبلغ · Amount: <b id="amount">{payment.amount}</b> ریال (IRR)</p>'
            '<form id="payment" method="post" action="Pay">'
            + _hidden({"Token": payment.token})
            + f'<label>سناریو · Scenario <select name="scenario">{options}</select></label> '
            '<button type="submit" name="action" value="pay">پرداخت · Pay</button> '
            '<button type="submit" name="action" value="cancel">انصراف · Cancel</button>'
            "</form>")

    async def send_token(request: Request) -> Response:
        return payment_page(request.query_params.get("token", ""),
                            request.query_params.get("scenario", "ok"))

    async def online_pg(request: Request) -> Response:
        form = await request.form()
        return payment_page(str(form.get("Token", "")), request.query_params.get("scenario",
                                                                                   "ok"))

    async def pay(request: Request) -> Response:
        form = await request.form()
        payment = bank.payments.get(str(form.get("Token", "")))
        scenario = str(form.get("scenario", "ok"))
        if payment is None or payment.state != "InProgress" or scenario not in SCENARIOS:
            return _page("InvalidParameters", "<p>درخواست نامعتبر · Invalid request.</p>")
        payment.scenario = scenario
        if form.get("action") == "cancel":
            payment.state = "CanceledByUser"
        else:
            number = next(bank.numbers)
            payment.state = "OK"
            payment.ref_num = f"GmshtyjwKSu{number}{secrets.token_hex(4)}"
            payment.trace_no = str(number)
            payment.rrn = str(20_000_000_000 + number)
            payment.pan = f"621986******{number % 10_000:04d}"
            payment.charged = payment.amount // 10 if scenario == "tampered_amount" \
                else payment.amount
            bank.by_ref[payment.ref_num] = payment.token
        fields = bank.callback_form(payment)
        if scenario == "lost_callback":
            return _page("پایان · Done", "<p>پرداخت ثبت شد؛ این صفحه را بستید. · The payment is "
                                         "recorded; you closed this page.</p>")
        if scenario == "double_callback" and payment.state == "OK":
            # Through the seam the adapters use, so tests reach the app in process.
            async with httpx.AsyncClient(transport=gateways.transport, timeout=20) as client:
                await client.post(payment.redirect_url, data=fields)
        return _page(
            "بازگشت به پذیرنده · Back to the merchant",
            f'<form id="callback" method="post" action="{html.escape(payment.redirect_url)}">'
            + _hidden(fields)
            + '<button type="submit">ادامه · Continue</button></form>'
            "<script>document.getElementById('callback').submit()</script>")

    async def _json(request: Request) -> dict[str, Any]:
        try:
            body = await request.json()
        except ValueError:
            return {}
        return body if isinstance(body, dict) else {}

    def _find(body: dict[str, Any]) -> tuple[_Payment | None, int]:
        payment = bank.payments.get(bank.by_ref.get(str(body.get("RefNum", "")), ""))
        if payment is None:
            return None, -2
        if str(body.get("TerminalNumber", "")) != payment.terminal_id:
            return None, -105
        return payment, 0

    async def verify(request: Request) -> JSONResponse:
        payment, code = _find(await _json(request))
        if payment is None:
            return _verify_answer(code, "TransactionNotFound" if code == -2 else
                                  "TerminalNotFound", None)
        if payment.reversed:
            return _verify_answer(-2, "TransactionReversed", None)
        if payment.scenario == "verify_fails":
            payment.reversed = True  # too late to verify: SEP gives the money back
            return _verify_answer(-6, "VerifyTimeExpired", None)
        if payment.verified:
            return _verify_answer(2, "DuplicateRequest", payment)
        payment.verified = True
        return _verify_answer(0, "Success", payment)

    async def reverse(request: Request) -> JSONResponse:
        payment, code = _find(await _json(request))
        if payment is None:
            return _verify_answer(code, "TransactionNotFound" if code == -2 else
                                  "TerminalNotFound", None)
        if payment.reversed:
            return _verify_answer(2, "DuplicateRequest", payment)
        payment.reversed = True
        return _verify_answer(0, "Success", payment)

    async def receipt(request: Request) -> JSONResponse:
        body = await _json(request)
        payment = bank.payments.get(str(body.get("Token", "")))
        if payment is None or str(body.get("TerminalNumber", "")) != payment.terminal_id:
            return JSONResponse({"HasError": True, "ErrorCode": -2,
                                 "ErrorMessage": "ResourceNotFound", "Data": None})
        state = payment.state
        if payment.reversed or (state == "InProgress"
                                and payment.expires_at < datetime.now(UTC)):
            state = "Failed"
        return JSONResponse({"HasError": False, "ErrorCode": 0, "ErrorMessage": "", "Data": {
            "State": state, "Status": STATUS_OF[state],
            "TerminalId": int(payment.terminal_id), "Token": payment.token,
            "RefNum": payment.ref_num, "ResNum": payment.res_num,
            "TraceNo": payment.trace_no, "Amount": payment.amount,
            "AffectiveAmount": payment.charged, "Rrn": payment.rrn,
            "HashedCardNumber": ""}})

    app = Starlette(routes=[
        Route("/onlinepg/onlinepg", token, methods=["POST"]),
        Route("/OnlinePG/SendToken", send_token, methods=["GET"]),
        Route("/OnlinePG/OnlinePG", online_pg, methods=["POST"]),
        Route("/OnlinePG/Pay", pay, methods=["POST"]),
        Route("/verifyTxnRandomSessionkey/ipg/VerifyTransaction", verify, methods=["POST"]),
        Route("/verifyTxnRandomSessionkey/ipg/ReverseTransaction", reverse, methods=["POST"]),
        Route("/verifyTxnRandomSessionkey/api/v2/ipg/payment/receipt", receipt,
              methods=["POST"]),
    ])
    app.state.bank = bank
    return app
