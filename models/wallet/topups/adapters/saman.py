"""Saman Electronic Payment (SEP) over HTTPS and JSON, as Saman publishes it.

- Token: `POST {base}/onlinepg/onlinepg` with `{"action": "token", "TerminalId", "Amount",
  "ResNum", "RedirectUrl", "CellNumber"}` answers `{"status": 1, "token"}` or `{"status": -1,
  "errorCode", "errorDesc"}`.
- The customer goes to `GET {base}/OnlinePG/SendToken?token=<token>` (the page also takes a
  POST of `Token` to `{base}/OnlinePG/OnlinePG`).
- Callback: SEP posts the browser back to `RedirectUrl` with the form fields `MID`,
  `TerminalId`, `RefNum`, `ResNum`, `State`, `Status`, `TraceNo`, `Amount`, `Rrn`, `SecurePan`,
  `Token`, `HashedCardNumber`. `State` `OK` with `Status` 2 means the customer paid; the others
  are `CanceledByUser` (1), `Failed` (3), `SessionIsNull` (4), `InvalidParameters` (5),
  `MerchantIpAddressIsInvalid` (8), `TokenNotFound` (10), `TokenRequired` (11),
  `TerminalNotFound` (12). The form is the customer's to tamper with: nothing in it is trusted
  beyond which payment to verify.
- Verify: `POST {base}/verifyTxnRandomSessionkey/ipg/VerifyTransaction` with `{"RefNum",
  "TerminalNumber"}` answers `{"ResultCode", "ResultDescription", "Success", "TransactionDetail":
  {"RRN", "RefNum", "MaskedPan", "HashedPan", "TerminalNumber", "OrginalAmount",
  "AffectiveAmount", "StraceDate", "StraceNo"}}`. `ResultCode` 0 is verified, 2 is "verified
  already" (with the same detail), -2 not found, -6 the 30 minutes to verify have passed (SEP
  has reversed it), -104 terminal disabled, -105 terminal not found, -106 address not allowed.
- Reverse: `POST {base}/verifyTxnRandomSessionkey/ipg/ReverseTransaction`, the same request and
  answer shape.
- Inquiry, for a callback that never came: SEP's receipt service, `POST
  {base}/verifyTxnRandomSessionkey/api/v2/ipg/payment/receipt` with `{"TerminalNumber",
  "Token"}`, answers `{"HasError", "ErrorCode", "ErrorMessage", "Data": {"State", "Status",
  "TerminalId", "Token", "RefNum", "ResNum", "TraceNo", "Amount", "AffectiveAmount", "Rrn",
  "HashedCardNumber"}}` with `State` one of `InProgress`, `CanceledByUser`, `OK`, `Failed`. We
  chose it over waiting for SEP's automatic reversal because it finds the payment by the token
  we already hold (no RefNum is known without the callback) and tells a paid payment apart, so
  it can still be verified and credited within SEP's 30 minutes.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import httpx

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

TOKEN_PATH = "/onlinepg/onlinepg"  # noqa: S105  # a path, not a secret
SEND_TOKEN_PATH = "/OnlinePG/SendToken"  # noqa: S105  # a path, not a secret
PAY_PATH = "/OnlinePG/OnlinePG"
VERIFY_PATH = "/verifyTxnRandomSessionkey/ipg/VerifyTransaction"
REVERSE_PATH = "/verifyTxnRandomSessionkey/ipg/ReverseTransaction"
RECEIPT_PATH = "/verifyTxnRandomSessionkey/api/v2/ipg/payment/receipt"

PAID_STATE, PAID_STATUS = "OK", "2"
VERIFIED, VERIFIED_ALREADY = 0, 2
NOT_PAID_STATES = frozenset({"CanceledByUser", "Failed"})


class SamanGateway:
    """Saman's SEP. `client` is injected: the network in production, the simulator in tests."""

    name = GatewayName.SAMAN

    def __init__(self, client: httpx.AsyncClient, *, terminal_id: str, base_url: str) -> None:
        if not terminal_id.isdigit():
            raise ValueError("a Saman terminal id is a number")
        self._client = client
        self.terminal_id = terminal_id
        self.base_url = base_url.rstrip("/")

    async def _post(self, path: str, payload: Mapping[str, Any]) -> dict[str, Any]:
        try:
            response = await self._client.post(self.base_url + path, json=dict(payload))
        except httpx.HTTPError as error:
            raise GatewayError(f"saman {path}: {type(error).__name__}: {error}") from error
        if response.status_code >= 500:
            raise GatewayError(f"saman {path}: HTTP {response.status_code}")
        try:
            body = response.json()
        except ValueError as error:
            raise GatewayError(f"saman {path}: HTTP {response.status_code}, not JSON") from error
        if not isinstance(body, dict):
            raise GatewayError(f"saman {path}: an answer that is not an object")
        return body

    async def start(self, payment: PaymentRequest) -> Redirect:
        request: dict[str, Any] = {"action": "token", "TerminalId": self.terminal_id,
                                   "Amount": payment.amount, "ResNum": str(payment.order_id),
                                   "RedirectUrl": payment.callback_url}
        if payment.mobile:
            request["CellNumber"] = payment.mobile
        body = await self._post(TOKEN_PATH, request)
        token = body.get("token")
        if body.get("status") != 1 or not isinstance(token, str) or not token:
            raise GatewayError(f"saman token refused: {body.get('errorCode')} "
                               f"{body.get('errorDesc')}")
        return Redirect(url=str(httpx.URL(self.base_url + SEND_TOKEN_PATH,
                                          params={"token": token})),
                        method="GET", token=token)

    def parse_callback(self, form: Mapping[str, str]) -> Callback:
        res_num = str(form.get("ResNum", "")).strip()
        if not res_num.isdigit():
            raise ValueError("ResNum is not one of our top-ups")
        terminal = str(form.get("TerminalId") or form.get("MID") or "").strip()
        if terminal and terminal != self.terminal_id:
            raise ValueError("the callback is for another terminal")
        state = str(form.get("State", "")).strip()
        status = str(form.get("Status", "")).strip()
        paid = state == PAID_STATE and status == PAID_STATUS
        amount_text = str(form.get("Amount", "")).strip()
        return Callback(
            order_id=int(res_num), paid=paid, code=state or status or "no_state",
            reference=str(form.get("RefNum", "")).strip() if paid else "",
            token=str(form.get("Token", "")).strip(),
            amount=int(amount_text) if amount_text.isdigit() else None,
            trace=str(form.get("TraceNo", "")).strip(),
            masked_pan=str(form.get("SecurePan", "")).strip(),
            raw={k: str(v) for k, v in form.items() if k != "HashedCardNumber"})

    def _reference_request(self, callback: Callback) -> dict[str, Any]:
        return {"RefNum": callback.reference, "TerminalNumber": int(self.terminal_id)}

    async def confirm(self, callback: Callback, expected_amount: int) -> Confirmation:
        """Verify; SEP has no settle step. The amount is what SEP verified: the smaller of the
        original and the charged ("affective") amount, so a discount never credits more."""
        body = await self._post(VERIFY_PATH, self._reference_request(callback))
        code = body.get("ResultCode")
        detail = body.get("TransactionDetail") or {}
        if not body.get("Success") or code not in (VERIFIED, VERIFIED_ALREADY) \
                or not isinstance(detail, dict):
            return Confirmation(ok=False, code=str(code))
        original = detail.get("OrginalAmount")
        charged = detail.get("AffectiveAmount", original)
        if not isinstance(original, int) or not isinstance(charged, int):
            raise GatewayError("saman verify: no amount in the answer")
        return Confirmation(ok=True, code=str(code), amount=min(original, charged))

    async def reverse(self, callback: Callback) -> bool:
        body = await self._post(REVERSE_PATH, self._reference_request(callback))
        return bool(body.get("Success")) and body.get("ResultCode") in (0, 2)

    async def inquire(self, order_id: int, token: str = "") -> Inquiry:
        if not token:
            return Inquiry(InquiryState.UNKNOWN)
        body = await self._post(RECEIPT_PATH, {"TerminalNumber": int(self.terminal_id),
                                               "Token": token})
        data = body.get("Data")
        if body.get("HasError") or not isinstance(data, dict):
            return Inquiry(InquiryState.UNKNOWN)
        if str(data.get("ResNum", "")) != str(order_id):
            raise GatewayError("saman receipt: the token belongs to another payment")
        state = str(data.get("State", ""))
        if state in NOT_PAID_STATES:
            return Inquiry(InquiryState.NOT_PAID)
        if state != PAID_STATE:
            return Inquiry(InquiryState.UNKNOWN)
        form = {"ResNum": str(order_id), "State": PAID_STATE, "Status": PAID_STATUS,
                "RefNum": str(data.get("RefNum", "")), "Token": token,
                "TraceNo": str(data.get("TraceNo", "")), "Amount": str(data.get("Amount", ""))}
        return Inquiry(InquiryState.PAID, callback=self.parse_callback(form))
