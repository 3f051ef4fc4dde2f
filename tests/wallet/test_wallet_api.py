"""The wallet in GraphQL: who reads which wallet, its lots, its movements paged newest first,
and promotional credit granted by managers once per key, spent first and expiring."""

import asyncio
from datetime import UTC, datetime, timedelta

from models.identity.tables import StaffRole
from models.ledger.accounts import system_account
from models.ledger.codes import SystemAccount
from models.ledger.tables import Account, Transfer
from models.ledger.verify import verify_ledger
from models.lots.tables import Lot, LotKind
from models.wallet import wallets
from tests.actors import body_of
from workers.actors.wallet import expire_wallet_credit

from .support import MOVEMENTS, WALLET, data

GRANT = """
mutation Grant($input: GrantPromotionalCreditInput!) {
  grantPromotionalCredit(input: $input) {
    __typename
    ... on GrantPromotionalCreditSuccess { lotId wallet { total promotional paid cashable } }
    ... on UserError { code message field }
  }
}
"""


def _grant(customer_id, amount=300, key="welcome", days=10, reason="welcome gift"):
    expires = datetime.now(UTC) + timedelta(days=days)
    return {"input": {"customerId": str(customer_id), "amount": amount,
                      "expiresAt": expires.isoformat(), "idempotencyKey": key,
                      "reason": reason}}


async def test_a_customer_reads_their_own_wallet(make_customer, call_as, top_up):
    # given a customer with 1,000 rials of paid credit
    customer, token = await make_customer()
    await top_up(customer.id, 1000)
    # when they ask for their wallet, naming nobody
    wallet = data(await call_as(token, WALLET))["wallet"]
    # then they see their totals and their paid lot, with its ledger account
    assert (wallet["customerId"], wallet["total"], wallet["paid"], wallet["promotional"],
            wallet["cashable"]) == (str(customer.id), "1000", "1000", "0", "1000")
    [lot] = wallet["lots"]
    assert (lot["kind"], lot["available"], lot["expiresAt"]) == ("PAID", "1000", None)
    assert lot["account"]["owner"] == f"customer:{customer.id}"


async def test_a_customer_cannot_read_another_customers_wallet(make_customer, call_as, top_up):
    # given two customers
    sara, token = await make_customer()
    other, _ = await make_customer()
    await top_up(other.id, 500)
    # when Sara asks for the other's wallet, it reads as absent
    assert data(await call_as(token, WALLET, customerId=str(other.id)))["wallet"] is None
    assert data(await call_as(token, WALLET, customerId=str(sara.id)))["wallet"]["total"] == "0"


async def test_staff_read_any_wallet_and_a_partner_only_its_members(
        make_customer, make_partner, make_partner_key, make_staff, call_as):
    partner = await make_partner()
    member, _ = await make_customer(partner=partner)
    stranger, _ = await make_customer()
    _, support = await make_staff(StaffRole.SUPPORT)
    key = await make_partner_key(partner)
    assert data(await call_as(support, WALLET, customerId=str(stranger.id)))["wallet"]
    assert data(await call_as(key, WALLET, customerId=str(member.id)))["wallet"]
    assert data(await call_as(key, WALLET, customerId=str(stranger.id)))["wallet"] is None


async def test_a_customer_carries_their_wallet(make_customer, gql, top_up):
    customer, _ = await make_customer()
    await top_up(customer.id, 700)
    body = await gql('query($id: ID!) { customer(id: $id) { wallet { total lots { kind } } } }',
                     id=str(customer.id))
    assert data(body)["customer"]["wallet"] == {"total": "700", "lots": [{"kind": "PAID"}]}


async def test_movements_come_newest_first_signed_and_paged(make_customer, call_as, top_up, pay,
                                                            gql):
    # given a top-up, a grant, a payment and its refund
    customer, token = await make_customer()
    await top_up(customer.id, 1000)
    assert data(await gql(GRANT, **_grant(customer.id, 200)))["grantPromotionalCredit"][
        "__typename"] == "GrantPromotionalCreditSuccess"
    key = await pay(customer.id, 500, "order:7:1")
    await wallets.refund(key)
    # when the customer pages through their movements two at a time
    seen, after = [], None
    while True:
        page = data(await call_as(token, MOVEMENTS, first=2, after=after))["wallet"]["movements"]
        seen.append([edge["node"] for edge in page["edges"]])
        if not page["pageInfo"]["hasNextPage"]:
            break
        after = page["pageInfo"]["endCursor"]
    # then every transfer shows once, newest first, signed from the wallet's side
    assert [len(p) for p in seen] == [2, 2, 2]
    nodes = [n for p in seen for n in p]
    assert [(n["kind"], n["amount"], n["lotKind"]) for n in nodes] == [
        ("REFUND", "300", "PAID"), ("REFUND", "200", "PROMOTIONAL"),
        ("PAYMENT", "-300", "PAID"), ("PAYMENT", "-200", "PROMOTIONAL"),
        ("BONUS", "200", "PROMOTIONAL"), ("TOP_UP", "1000", "PAID")]
    ids = [int(n["transferId"]) for n in nodes]
    assert ids == sorted(ids, reverse=True)
    # the grant links to its lot; a spend made without a source (billing names its order) none
    assert (nodes[4]["source"], nodes[2]["source"]) == ({"kind": "GRANT"}, None)


async def test_a_bad_movements_cursor_is_refused(make_customer, call_as):
    _, token = await make_customer()
    body = await call_as(token, MOVEMENTS, first=2, after="bm9wZTox")
    assert body["errors"][0]["extensions"]["code"] == "invalid_cursor"


async def test_a_grant_is_made_once_per_key_under_retries_and_concurrency(make_customer,
                                                                         call_as, make_staff):
    # given a manager and a customer
    customer, _ = await make_customer()
    _, manager = await make_staff(StaffRole.ADMIN)
    # when the same grant is sent five times at once, then once more
    grant = _grant(customer.id)
    bodies = await asyncio.gather(*(call_as(manager, GRANT, **grant) for _ in range(5)))
    bodies.append(await call_as(manager, GRANT, **grant))
    # then all succeed with the same lot, and the wallet holds the credit once
    results = [data(b)["grantPromotionalCredit"] for b in bodies]
    assert {r["__typename"] for r in results} == {"GrantPromotionalCreditSuccess"}
    assert len({r["lotId"] for r in results}) == 1
    assert results[-1]["wallet"] == {"total": "300", "promotional": "300", "paid": "0",
                                     "cashable": "0"}
    promotions = await system_account("IRR", SystemAccount.PROMOTIONS)
    grants = await Transfer.filter(debit_account_id=promotions.id)
    assert [(t.amount, t.metadata["reason"]) for t in grants] == [(300, "welcome gift")]
    assert await verify_ledger() == []


async def test_a_key_reused_for_another_amount_is_refused(make_customer, gql):
    customer, _ = await make_customer()
    grant = _grant(customer.id, 300)
    await gql(GRANT, **grant)
    grant["input"]["amount"] = 400
    result = data(await gql(GRANT, **grant))["grantPromotionalCredit"]
    assert (result["__typename"], result["code"]) == ("TransferRejected", "idempotency_conflict")


async def test_a_grant_that_expires_in_the_past_is_refused_and_changes_nothing(make_customer,
                                                                              gql):
    customer, _ = await make_customer()
    result = data(await gql(GRANT, **_grant(customer.id, days=-1)))["grantPromotionalCredit"]
    assert (result["__typename"], result["code"], result["field"]) == (
        "InvalidInput", "invalid_expiry", "expiresAt")
    assert await Lot.filter(kind=LotKind.PROMOTIONAL).count() == 0


async def test_a_grant_of_nothing_or_without_reason_is_refused(make_customer, gql):
    customer, _ = await make_customer()
    zero = data(await gql(GRANT, **_grant(customer.id, 0)))["grantPromotionalCredit"]
    silent = data(await gql(GRANT, **_grant(customer.id, reason=" ")))["grantPromotionalCredit"]
    assert (zero["code"], silent["code"]) == ("amount_must_be_positive", "invalid_reason")


async def test_a_grant_to_nobody_is_not_found(gql, db):
    result = data(await gql(GRANT, **_grant(999_999)))["grantPromotionalCredit"]
    assert (result["__typename"], result["code"], result["field"]) == (
        "NotFoundError", "customer_not_found", "customerId")


async def test_promotional_credit_is_spent_first_and_what_is_left_expires(make_customer, gql,
                                                                         top_up, pay, call_as):
    # given paid credit and a grant of 300 that expires in a moment
    customer, token = await make_customer()
    await top_up(customer.id, 1000)
    body = _grant(customer.id, 300)
    body["input"]["expiresAt"] = (datetime.now(UTC) + timedelta(seconds=2)).isoformat()
    assert data(await gql(GRANT, **body))["grantPromotionalCredit"]["wallet"]["total"] == "1300"
    # when the customer pays 200, promotional credit goes first
    await pay(customer.id, 200)
    wallet = data(await call_as(token, WALLET))["wallet"]
    assert (wallet["paid"], wallet["promotional"], wallet["cashable"]) == ("1000", "100", "1000")
    # and when the grant's time has passed, the expiry actor moves what is left to expired credit
    await asyncio.sleep(2.1)
    await body_of(expire_wallet_credit)()
    await body_of(expire_wallet_credit)()  # a second run finds nothing to do
    expired = await system_account("IRR", SystemAccount.EXPIRED_CREDIT)
    assert (await Account.get(id=expired.id)).credits_posted == 100
    assert await Transfer.filter(credit_account_id=expired.id).count() == 1
    wallet = data(await call_as(token, WALLET))["wallet"]
    assert (wallet["total"], wallet["promotional"], [lot["kind"] for lot in wallet["lots"]]) == (
        "1000", "0", ["PAID"])
    kinds = [e["node"]["kind"] for e in data(await call_as(token, MOVEMENTS, first=1))[
        "wallet"]["movements"]["edges"]]
    assert kinds == ["EXPIRY"]
    assert await verify_ledger() == []
