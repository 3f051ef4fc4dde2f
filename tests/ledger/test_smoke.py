from models.ledger.posting import TransferRequest, create_transfers
from models.ledger.verify import verify_ledger


async def test_a_transfer_moves_money(make_account):
    a = await make_account()
    b = await make_account()
    [t] = await create_transfers([TransferRequest("k1", "test", 100, a.id, b.id)])
    await a.refresh_from_db()
    await b.refresh_from_db()
    assert a.debits_posted == 100 and b.credits_posted == 100
    assert t.id > 0
    assert await verify_ledger() == []
