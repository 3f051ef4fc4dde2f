"""A payout adapter over HTTP+JSON: `POST {base}/payouts` and `GET {base}/payouts/{reference}`,
the API of the payout simulator (`etebar/simulators/payout.py`). A bank's own payout API gets an
adapter of its own beside this one."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict
from urllib.parse import quote

import httpx

from models.wallet.cashouts.payout import Payout, PayoutError, PayoutState, PayoutStatus


class HttpPayoutAdapter:
    def __init__(self, base_url: str, *, timeout_seconds: float = 10.0,
                 transport: httpx.AsyncBaseTransport | None = None) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout_seconds = timeout_seconds
        self.transport = transport

    def _client(self) -> httpx.AsyncClient:
        return httpx.AsyncClient(base_url=self.base_url, timeout=self.timeout_seconds,
                                 transport=self.transport)

    async def submit(self, payouts: Sequence[Payout]) -> list[str]:
        try:
            async with self._client() as client:
                response = await client.post("/payouts",
                                             json={"payouts": [asdict(p) for p in payouts]})
            response.raise_for_status()
            references = [str(r) for r in response.json()["references"]]
        except (httpx.HTTPError, KeyError, TypeError, ValueError) as error:
            raise PayoutError(f"the bank did not take the batch: {error}") from error
        if len(references) != len(payouts):
            raise PayoutError("the bank answered a different number of references")
        return references

    async def status(self, reference: str) -> PayoutStatus:
        try:
            async with self._client() as client:
                response = await client.get(f"/payouts/{quote(reference, safe='')}")
            response.raise_for_status()
            body = response.json()
            return PayoutStatus(PayoutState(body["state"]), str(body.get("code") or ""))
        except (httpx.HTTPError, KeyError, TypeError, ValueError) as error:
            raise PayoutError(f"the bank did not answer about {reference}: {error}") from error
