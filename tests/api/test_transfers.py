"""createTransfers, postPendingTransfer, voidPendingTransfer, transfer and transfers over HTTP."""

from models.ledger.tables import AccountEvent, Transfer
from models.ledger.verify import verify_ledger

CREATE_TRANSFERS = """
mutation($input: [TransferInput!]!) {
  createTransfers(input: $input) {
    __typename
    ... on CreateTransfersSuccess {
      transfers { id idempotencyKey amount kind ledger debitAccountId creditAccountId replayed
                  metadata }
    }
    ... on TransferRejected { code message field index }
    ... on InvalidInput { code message field }
  }
}
"""

POST = """
mutation($input: PostPendingInput!) {
  postPendingTransfer(input: $input) {
    __typename
    ... on TransferSuccess { transfer { id kind amount pendingId } }
    ... on UserError { code message field }
  }
}
"""

VOID = """
mutation($input: VoidPendingInput!) {
  voidPendingTransfer(input: $input) {
    __typename
    ... on TransferSuccess { transfer { id kind amount pendingId } }
    ... on UserError { code message field }
  }
}
"""

TRANSFER = """
query($id: ID!) {
  transfer(id: $id) {
    id kind amount code
    debitAccount { id balance }
    creditAccount { id balance }
    pendingStatus { state expiresAt resolvedById }
    resolutions { id kind amount pending { id } }
  }
}
"""

TRANSFERS = """
query($account: ID!, $first: Int!, $after: String) {
  transfers(accountId: $account, first: $first, after: $after) {
    edges { node { id idempotencyKey } }
    pageInfo { hasNextPage endCursor }
  }
}
"""

ACCOUNT = """query($id: ID!) { account(id: $id) { balance available debitsPosted creditsPosted
                                                 debitsPending creditsPending } }"""


def move(key, debit, credit, amount, **extra):
    return {"idempotencyKey": key, "code": "test", "amount": amount,
            "debitAccountId": str(debit.id), "creditAccountId": str(credit.id), **extra}


async def test_create_transfers_moves_money_and_returns_the_transfers(gql, make_account):
    a, b = await make_account(), await make_account()
    body = await gql(CREATE_TRANSFERS, input=[move("t1", a, b, 700, metadata={"order": 9})])
    [t] = body["data"]["createTransfers"]["transfers"]
    assert (t["amount"], t["kind"], t["ledger"], t["replayed"]) == ("700", "SINGLE_PHASE",
                                                                    "IRR", False)
    assert t["metadata"] == {"order": 9}
    b_after = (await gql(ACCOUNT, id=str(b.id)))["data"]["account"]
    assert b_after["balance"] == "700"


async def test_an_amount_of_ten_to_the_fifteen_rials_round_trips_exactly(gql, make_account):
    a, b = await make_account(), await make_account()
    amount = 10**15 + 7
    body = await gql(CREATE_TRANSFERS, input=[move("big", a, b, str(amount))])
    assert body["data"]["createTransfers"]["transfers"][0]["amount"] == str(amount)
    account = (await gql(ACCOUNT, id=str(b.id)))["data"]["account"]
    assert int(account["creditsPosted"]) == amount
    as_int = await gql(CREATE_TRANSFERS, input=[move("big-int", a, b, amount)])
    assert as_int["data"]["createTransfers"]["transfers"][0]["amount"] == str(amount)


async def test_a_refused_transfer_names_its_index_and_the_batch_writes_nothing(gql, make_account):
    wallet, shop = await make_account(wallet=True), await make_account()
    body = await gql(CREATE_TRANSFERS, input=[move("ok", shop, wallet, 100),
                                              move("too-much", wallet, shop, 101)])
    result = body["data"]["createTransfers"]
    assert (result["__typename"], result["code"], result["index"]) == (
        "TransferRejected", "exceeds_credits", 1)
    assert await Transfer.all().count() == 0
    assert await AccountEvent.all().count() == 0


async def test_replaying_a_key_returns_the_stored_transfer_once(gql, make_account):
    a, b = await make_account(), await make_account()
    first = await gql(CREATE_TRANSFERS, input=[move("once", a, b, 5)])
    again = await gql(CREATE_TRANSFERS, input=[move("once", a, b, 5)])
    t1 = first["data"]["createTransfers"]["transfers"][0]
    t2 = again["data"]["createTransfers"]["transfers"][0]
    assert t1["id"] == t2["id"] and t2["replayed"] is True
    assert (await gql(ACCOUNT, id=str(b.id)))["data"]["account"]["balance"] == "5"


async def test_a_key_reused_for_other_content_is_an_idempotency_conflict(gql, make_account):
    a, b = await make_account(), await make_account()
    await gql(CREATE_TRANSFERS, input=[move("k", a, b, 5)])
    body = await gql(CREATE_TRANSFERS, input=[move("k", a, b, 6)])
    assert body["data"]["createTransfers"]["code"] == "idempotency_conflict"


async def test_a_malformed_account_id_is_invalid_input_and_writes_nothing(gql, make_account):
    a = await make_account()
    body = await gql(CREATE_TRANSFERS, input=[{"idempotencyKey": "x", "code": "c", "amount": 1,
                                               "debitAccountId": str(a.id),
                                               "creditAccountId": "not-a-number"}])
    assert body["data"]["createTransfers"]["__typename"] == "InvalidInput"
    assert body["data"]["createTransfers"]["field"] == "creditAccountId"
    assert await Transfer.all().count() == 0


async def test_an_amount_that_is_not_an_integer_is_rejected_before_anything_runs(
        gql, make_account):
    a, b = await make_account(), await make_account()
    for bad in ("12.5", "1e3", 12.5, "9223372036854775808", True):
        body = await gql(CREATE_TRANSFERS, input=[move("bad", a, b, bad)])
        assert body["data"] is None
        assert "Long" in body["errors"][0]["message"]
    assert await Transfer.all().count() == 0


async def test_a_non_positive_amount_is_refused(gql, make_account):
    a, b = await make_account(), await make_account()
    body = await gql(CREATE_TRANSFERS, input=[move("zero", a, b, 0)])
    assert body["data"]["createTransfers"]["code"] == "amount_must_be_positive"


async def test_post_pending_in_part_releases_the_rest(gql, make_account):
    wallet, shop = await make_account(wallet=True), await make_account()
    await gql(CREATE_TRANSFERS, input=[move("fund", shop, wallet, 1000)])
    held = await gql(CREATE_TRANSFERS, input=[move("hold", wallet, shop, 600, kind="PENDING")])
    pending_id = held["data"]["createTransfers"]["transfers"][0]["id"]
    during = (await gql(ACCOUNT, id=str(wallet.id)))["data"]["account"]
    assert (during["available"], during["debitsPending"]) == ("400", "600")

    body = await gql(POST, input={"pendingId": pending_id, "idempotencyKey": "post",
                                  "amount": "250"})
    posted = body["data"]["postPendingTransfer"]["transfer"]
    assert (posted["kind"], posted["amount"], posted["pendingId"]) == (
        "POST_PENDING", "250", pending_id)
    after = (await gql(ACCOUNT, id=str(wallet.id)))["data"]["account"]
    assert (after["balance"], after["available"], after["debitsPending"]) == ("750", "750", "0")
    assert await verify_ledger() == []


async def test_void_pending_releases_the_hold_and_a_second_void_is_refused(gql, make_account):
    wallet, shop = await make_account(wallet=True), await make_account()
    await gql(CREATE_TRANSFERS, input=[move("fund", shop, wallet, 1000)])
    held = await gql(CREATE_TRANSFERS, input=[move("hold", wallet, shop, 600, kind="PENDING")])
    pending_id = held["data"]["createTransfers"]["transfers"][0]["id"]
    body = await gql(VOID, input={"pendingId": pending_id, "idempotencyKey": "void"})
    assert body["data"]["voidPendingTransfer"]["transfer"]["amount"] == "600"
    again = await gql(VOID, input={"pendingId": pending_id, "idempotencyKey": "void-2"})
    assert again["data"]["voidPendingTransfer"]["code"] == "pending_transfer_already_voided"
    after = (await gql(ACCOUNT, id=str(wallet.id)))["data"]["account"]
    assert after["available"] == "1000"


async def test_post_pending_of_an_unknown_transfer_is_not_found(gql):
    body = await gql(POST, input={"pendingId": "31337", "idempotencyKey": "p"})
    assert body["data"]["postPendingTransfer"]["code"] == "pending_transfer_not_found"


async def test_a_transfer_shows_its_pending_chain(gql, make_account):
    wallet, shop = await make_account(wallet=True), await make_account()
    await gql(CREATE_TRANSFERS, input=[move("fund", shop, wallet, 1000)])
    held = await gql(CREATE_TRANSFERS, input=[move("hold", wallet, shop, 600, kind="PENDING",
                                                   timeoutSeconds=3600)])
    pending_id = held["data"]["createTransfers"]["transfers"][0]["id"]
    posted = await gql(POST, input={"pendingId": pending_id, "idempotencyKey": "post"})
    post_id = posted["data"]["postPendingTransfer"]["transfer"]["id"]

    body = await gql(TRANSFER, id=pending_id)
    t = body["data"]["transfer"]
    assert t["pendingStatus"]["state"] == "POSTED"
    assert t["pendingStatus"]["resolvedById"] == post_id
    assert t["pendingStatus"]["expiresAt"] is not None
    assert t["resolutions"] == [{"id": post_id, "kind": "POST_PENDING", "amount": "600",
                                 "pending": {"id": pending_id}}]
    assert t["debitAccount"]["id"] == str(wallet.id)


async def test_an_accounts_transfers_page_newest_first(gql, make_account):
    a, b, c = await make_account(), await make_account(), await make_account()
    for i in range(5):
        await gql(CREATE_TRANSFERS, input=[move(f"t{i}", a if i % 2 else b, c, 1 + i)])
    page = (await gql(TRANSFERS, account=str(c.id), first=3))["data"]["transfers"]
    keys = [e["node"]["idempotencyKey"] for e in page["edges"]]
    assert keys == ["t4", "t3", "t2"] and page["pageInfo"]["hasNextPage"]
    rest = (await gql(TRANSFERS, account=str(c.id), first=3,
                      after=page["pageInfo"]["endCursor"]))["data"]["transfers"]
    assert [e["node"]["idempotencyKey"] for e in rest["edges"]] == ["t1", "t0"]
    only_a = (await gql(TRANSFERS, account=str(a.id), first=10))["data"]["transfers"]
    assert [e["node"]["idempotencyKey"] for e in only_a["edges"]] == ["t3", "t1"]


async def test_a_page_size_out_of_range_is_refused(gql, make_account):
    a = await make_account()
    body = await gql(TRANSFERS, account=str(a.id), first=1000)
    assert body["errors"][0]["extensions"]["code"] == "invalid_page_size"


async def test_ledgers_lists_the_standard_assets(gql):
    body = await gql("{ ledgers { code unit } }")
    assert {"code": "IRR", "unit": "rial"} in body["data"]["ledgers"]
    assert {"code": "POINT", "unit": "point"} in body["data"]["ledgers"]
