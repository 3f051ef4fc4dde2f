"""A local Kavenegar: the REST endpoints, form fields, envelope and status codes that
`models/notify/adapters/kavenegar.py` speaks to, for development and tests. Never mounted in
production (`etebar serve` mounts it at /_sim/kavenegar elsewhere).

It takes one API key, refuses receptors that are not Iranian mobiles (411), records each
message, and scripts its delivery: each status question moves a message one step, queued (1)
→ sent to the operator (4) → delivered (10), or undelivered (11) for a number marked with
`undeliverable()`. `out_of_credit()` makes every send answer 418. State lives in memory, per
app instance.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from models.notify.settings import DEVELOPMENT_KAVENEGAR_API_KEY

_MOBILE = re.compile(r"^(?:\+98|0098|98|0)?(9[0-9]{9})$")
QUEUED, SENT, DELIVERED, UNDELIVERED, INVALID = 1, 4, 10, 11, 100


@dataclass(slots=True)
class SimulatedSms:
    message_id: int
    receptor: str
    message: str
    sender: str
    local_id: str | None
    template: str | None = None
    tokens: tuple[str, ...] = ()
    status: int = QUEUED


@dataclass
class KavenegarSimulator:
    api_key: str = DEVELOPMENT_KAVENEGAR_API_KEY
    messages: dict[int, SimulatedSms] = field(default_factory=dict)
    templates: set[str] = field(default_factory=lambda: {"etebar-verify"})
    undeliverable_numbers: set[str] = field(default_factory=set)
    no_credit: bool = False
    _ids: itertools.count[int] = field(default_factory=lambda: itertools.count(8_700_001))

    def undeliverable(self, mobile: str) -> None:
        self.undeliverable_numbers.add(mobile)

    def out_of_credit(self) -> None:
        self.no_credit = True

    def sent_to(self, mobile: str) -> list[SimulatedSms]:
        return [m for m in self.messages.values() if m.receptor == mobile]

    def advance(self, sms: SimulatedSms) -> None:
        if sms.status == QUEUED:
            sms.status = SENT
        elif sms.status == SENT:
            sms.status = UNDELIVERED if sms.receptor in self.undeliverable_numbers \
                else DELIVERED


def _answer(status: int, message: str, entries: list[dict[str, object]] | None = None,
            ) -> JSONResponse:
    # Kavenegar answers its refusals with the HTTP status of `return.status` as well.
    return JSONResponse({"return": {"status": status, "message": message},
                         "entries": entries if status == 200 else None},
                        status_code=status if status in (200, 400, 401, 403, 404, 411, 418)
                        else 200)


def _entry(sms: SimulatedSms) -> dict[str, object]:
    return {"messageid": sms.message_id, "message": sms.message, "status": sms.status,
            "statustext": {QUEUED: "در صف ارسال", SENT: "ارسال به مخابرات",
                           DELIVERED: "رسیده به گیرنده",
                           UNDELIVERED: "نرسیده به گیرنده"}.get(sms.status, ""),
            "sender": sms.sender, "receptor": sms.receptor, "date": 0,
            "cost": 0 if sms.template else 1200}


def _receptor(value: str) -> str | None:
    found = _MOBILE.match(value.strip())
    return "0" + found.group(1) if found else None


def kavenegar_simulator(simulator: KavenegarSimulator | None = None) -> Starlette:
    sim = simulator or KavenegarSimulator()

    async def call(request: Request) -> JSONResponse:
        if request.path_params["key"] != sim.api_key:
            return _answer(401, "API Key نامعتبر است")
        form = {k: str(v) for k, v in (await request.form()).items()}
        method = f"{request.path_params['section']}/{request.path_params['method']}"
        if method in ("sms/send", "verify/lookup"):
            receptor = _receptor(form.get("receptor", ""))
            if receptor is None:
                return _answer(411, "گیرنده نامعتبر است")
            if sim.no_credit:
                return _answer(418, "اعتبار حساب شما کافی نیست")
            if method == "sms/send":
                if not form.get("message"):
                    return _answer(400, "پارامترها ناقص هستند")
                sms = SimulatedSms(next(sim._ids), receptor, form["message"],
                                   form.get("sender", "10004346"), form.get("localid"))
            else:
                template, token = form.get("template", ""), form.get("token", "")
                if template not in sim.templates:
                    return _answer(424, "الگوی مورد نظر پیدا نشد")
                if not token or " " in token:
                    return _answer(431, "ساختار کد صحیح نمی‌باشد")
                tokens = tuple(form[t] for t in ("token", "token2", "token3") if form.get(t))
                sms = SimulatedSms(next(sim._ids), receptor, " ".join(tokens), "10008663",
                                   None, template=template, tokens=tokens)
            sim.messages[sms.message_id] = sms
            return _answer(200, "تایید شد", [_entry(sms)])
        if method == "sms/status":
            found = sim.messages.get(int(form.get("messageid") or 0)) \
                if (form.get("messageid") or "").isdigit() else None
        elif method == "sms/statuslocalmessageid":
            found = next((m for m in sim.messages.values()
                          if m.local_id is not None and m.local_id == form.get("localid")), None)
        else:
            return _answer(404, "متد پیدا نشد")
        if found is None:
            # Kavenegar answers an unknown message with status 100 (invalid), not a refusal.
            return _answer(200, "تایید شد", [{"messageid": int(form.get("messageid") or 0)
                                              if (form.get("messageid") or "").isdigit()
                                              else 0, "status": INVALID,
                                              "statustext": "شناسه نامعتبر"}])
        sim.advance(found)
        return _answer(200, "تایید شد", [_entry(found)])

    app = Starlette(routes=[Route("/v1/{key}/{section}/{method}.json", call,
                                  methods=["POST"])])
    app.state.simulator = sim
    return app
