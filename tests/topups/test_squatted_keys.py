"""A partner cannot take the key the wallet will credit the next top-up under: its keys live in
its own namespace, the wallet's in the wallet's."""

from __future__ import annotations

from typing import Any

from models.ledger.tables import Transfer
from models.ledger.verify import verify_ledger
from models.wallet.topups.tables import TopUp
from models.wallet.wallets import balance

from .conftest import TOP_UP, Driver

AMOUNT = 1_250_000


async def test_a_partner_cannot_squat_the_key_of_the_next_top_up(start, driver: Driver, customer,
                                                                 call_as, squat):
    # given a partner that posted a transfer under the key the next top-up's credit will use
    last = await TopUp.all().order_by("-id").first()
    next_id = (last.id if last else 0) + 1
    await squat(f"wallet:credit:topup:{next_id}")
    # when the customer starts that top-up and pays it
    started = await start(AMOUNT)
    assert started["topUp"]["id"] == str(next_id)
    await driver.pay(started["redirect"])
    # then the top-up is credited, once, and the partner's transfer is still its own
    body: dict[str, Any] = await call_as(customer[1], TOP_UP, id=started["topUp"]["id"])
    assert body["data"]["topUp"]["status"] == "CREDITED", body
    assert (await balance(customer[0].id)).total == AMOUNT
    keys = await Transfer.filter(idempotency_key=f"wallet:credit:topup:{next_id}") \
        .order_by("id").values_list("namespace", "code")
    assert [(ns.split(":")[0], code) for ns, code in keys] == [
        ("partner", "squat"), ("domain", "wallet_topup")]
    assert await verify_ledger() == []
