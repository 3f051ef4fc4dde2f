"""A local PSP that checks a settlement file against its published split format and answers as
that PSP would: every Sheba `^IR\\d{24}$` with a valid ISO 13616 check (mod 97), every amount a
positive integer, each request's amount the sum of its shares, Mellat's at most 10 shares per
request. A reference it accepted before is answered the same again (the PSPs take a reference
once). Development and tests only: production refuses it (`etebar/production.py`)."""

from __future__ import annotations

import hashlib
import json
import re
from typing import Any

from models.loyalty.psp.adapter import PspAnswer
from models.loyalty.psp.formats import MELLAT_MAX_SHARES, Psp, SplitFile

_SHEBA = re.compile(r"^IR\d{24}$")


def _sheba_ok(value: object) -> bool:
    if not isinstance(value, str) or not _SHEBA.fullmatch(value):
        return False
    rearranged = value[4:] + value[:4]
    return int("".join(str(int(c, 36)) for c in rearranged)) % 97 == 1


def _amount_ok(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value > 0


def _shares(psp: Psp, request: dict[str, Any]) -> list[tuple[object, object]]:
    """(sheba, amount) of each share of one request."""
    if psp is Psp.ZARINPAL:
        return [(w.get("iban"), w.get("amount")) for w in request.get("wages") or []]
    if psp is Psp.SEP:
        return [(s.get("IBAN"), s.get("Amount")) for s in request.get("SettlementIbanInfo") or []]
    shares: list[tuple[object, object]] = []
    for part in str(request.get("additionalData", "")).split(";"):
        if not part:
            continue
        fields = part.split(",")
        if len(fields) != 3 or not fields[1].isdigit() or not fields[2].isdigit():
            shares.append((None, None))
        else:
            shares.append((fields[0], int(fields[1])))
    return shares


def problems(file: SplitFile) -> list[str]:
    """What is wrong with `file` in its PSP's format; empty when it is well formed."""
    try:
        document = json.loads(file.body)
        requests = document["requests"]
    except (ValueError, KeyError, TypeError):
        return ["the file is not a settlement file"]
    if not requests:
        return ["the file has no request"]
    found = []
    for n, request in enumerate(requests, start=1):
        shares = _shares(file.psp, request)
        total = request.get("Amount" if file.psp is Psp.SEP else "amount")
        if not shares:
            found.append(f"request {n}: no shares")
        if file.psp is Psp.MELLAT and len(shares) > MELLAT_MAX_SHARES:
            found.append(f"request {n}: {len(shares)} shares, at most {MELLAT_MAX_SHARES}")
        for sheba, amount in shares:
            if not _sheba_ok(sheba):
                found.append(f"request {n}: invalid IBAN {sheba!r}")
            if not _amount_ok(amount):
                found.append(f"request {n}: invalid amount {amount!r}")
        if not _amount_ok(total):
            found.append(f"request {n}: invalid total {total!r}")
        elif all(_amount_ok(a) for _, a in shares) and sum(
                a for _, a in shares if isinstance(a, int)) != total:
            found.append(f"request {n}: the shares do not sum to the amount")
    return found


def _reply(psp: Psp, reference: str, found: list[str]) -> PspAnswer:
    token = hashlib.blake2b(reference.encode(), digest_size=8).hexdigest()
    if psp is Psp.ZARINPAL:
        if found:
            return PspAnswer(False, "-9", "; ".join(found),
                             {"data": [], "errors": {"code": -9, "message": "Validation error",
                                                     "validations": found}})
        return PspAnswer(True, "100", "Success",
                         {"data": {"code": 100, "message": "Success",
                                   "authority": "S" + token.upper().rjust(35, "0")},
                          "errors": []})
    if psp is Psp.SEP:
        if found:
            return PspAnswer(False, "5", "; ".join(found),
                             {"status": -1, "errorCode": "5", "errorDesc": "; ".join(found)})
        return PspAnswer(True, "1", "Success", {"status": 1, "token": token})
    if found:
        return PspAnswer(False, "21", "; ".join(found), {"return": "21", "problems": found})
    return PspAnswer(True, "0", "Success", {"return": f"0,{token.upper()}"})


class SettlementSimulator:
    """The simulated PSPs, in memory: one per process (`shared_simulator`) or per test."""

    def __init__(self) -> None:
        self.accepted: dict[str, PspAnswer] = {}  # reference -> the answer it was given
        self.received: list[SplitFile] = []

    async def send(self, file: SplitFile) -> PspAnswer:
        self.received.append(file)
        try:
            reference = str(json.loads(file.body)["reference"])
        except (ValueError, KeyError, TypeError):
            reference = file.name
        if reference in self.accepted:
            return self.accepted[reference]
        answer = _reply(file.psp, reference, problems(file))
        if answer.accepted:
            self.accepted[reference] = answer
        return answer


_shared = SettlementSimulator()


def shared_simulator() -> SettlementSimulator:
    """The process's simulated PSPs, which the settlement actor uses when the settings choose
    them."""
    return _shared
