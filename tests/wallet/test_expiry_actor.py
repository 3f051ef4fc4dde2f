"""The expiry actor: promotional lots past their expiry are swept to expired credit, each once,
however often and however concurrently the actor runs."""

import asyncio
from datetime import UTC, datetime, timedelta
from typing import cast

from models.ledger.accounts import system_account
from models.ledger.codes import SystemAccount
from models.ledger.tables import Account, Transfer
from models.ledger.verify import verify_ledger
from models.lots.tables import Lot
from models.wallet import wallets
from tests.actors import body_of
from workers.actors.wallet import expire_wallet_credit


async def test_expired_lots_are_swept_once_under_reruns_and_concurrent_runs(make_customer,
                                                                            top_up, pay):
    # given two customers' grants that expired a moment ago, one half spent, and one still good
    sara, _ = await make_customer()
    reza, _ = await make_customer()
    clearing = await system_account("IRR", SystemAccount.GATEWAY_CLEARING)
    soon = datetime.now(UTC) + timedelta(seconds=1)
    await wallets.grant_promotional(sara.id, 400, soon, clearing.id, "a")
    await wallets.grant_promotional(reza.id, 300, soon, clearing.id, "b")
    await wallets.grant_promotional(reza.id, 700, soon + timedelta(days=1), clearing.id, "c")
    await pay(sara.id, 150)
    await asyncio.sleep(1.1)
    # when the actor runs three times at once, then again
    await asyncio.gather(*(body_of(expire_wallet_credit)() for _ in range(3)))
    await body_of(expire_wallet_credit)()
    # then what was left of each expired lot moved once, and the good grant stays
    expired = await system_account("IRR", SystemAccount.EXPIRED_CREDIT)
    moved = sorted(await Transfer.filter(credit_account_id=expired.id)
                   .values_list("amount", flat=True))
    assert cast(list[int], moved) == [250, 300]
    assert (await Account.get(id=expired.id)).credits_posted == 550
    assert await Lot.filter(expired_at__not_isnull=True).count() == 2
    assert ((await wallets.balance(sara.id)).total, (await wallets.balance(reza.id)).total) == (
        0, 700)
    assert await verify_ledger() == []
