"""One rule for whom an operation acts for (`models.identity.reach.acting_for`): a customer for
themself, staff for anyone they name, a partner for its members. Out of reach reads as absent
everywhere, with one code: `customer_not_found` on `customerId`."""

from __future__ import annotations

import base64

import pytest

from models.errors import NotFound, ValidationFailed
from models.identity.callers import CallerKind, Identity
from models.identity.customers import create_customer
from models.identity.reach import acting_for
from models.identity.tables import Partner, PartnerKind, StaffRole
from tests.deposits.support import image

STAFF = Identity(kind=CallerKind.STAFF, name="Operator", staff_id=1, role=StaffRole.OPERATOR)

# Each operation that names the customer it acts for, with `$c` the customerId it names.
OPERATIONS = {
    "placeOrder": 'mutation($c: ID) { placeOrder(input: {productId: "1", customerId: $c}) '
                  "{ __typename ... on UserError { code field } } }",
    "startTopUp": "mutation($c: ID) { startTopUp(input: {amount: 100000, gateway: SAMAN, "
                  'idempotencyKey: "k-1", customerId: $c}) '
                  "{ __typename ... on UserError { code field } } }",
    "requestCashOut": 'mutation($c: ID) { requestCashOut(input: {bankAccountId: "1", '
                      'amount: 100000, idempotencyKey: "k-1", customerId: $c}) '
                      "{ __typename ... on UserError { code field } } }",
    "addBankAccount": 'mutation($c: ID) { addBankAccount(input: {sheba: '
                      '"IR820540102680020817909002", holderName: "Sara", customerId: $c}) '
                      "{ __typename ... on UserError { code field } } }",
    "declareDeposit": "mutation($c: ID, $r: String!) { declareDeposit(input: {amount: 100000, "
                      'bank: MELLAT, depositedOn: "2026-11-20", trackingNumber: "111111", '
                      'receipt: {contentType: "image/png", base64: $r}, idempotencyKey: "k-1", '
                      "customerId: $c}) { __typename ... on UserError { code field } } }",
}
LISTS = {
    "orders": "query($c: ID) { orders(customerId: $c) { nodes { id } } }",
    "topUps": "query($c: ID) { topUps(customerId: $c) { nodes { id } } }",
    "cashOuts": "query($c: ID) { cashOuts(customerId: $c) { nodes { id } } }",
    "deposits": "query($c: ID) { deposits(customerId: $c) { nodes { id } } }",
}
RECEIPT = base64.b64encode(image()).decode()


async def test_a_customer_acts_for_themself_when_naming_no_one(db):
    customer = await create_customer("09121234567")
    me = Identity(kind=CallerKind.CUSTOMER, name="Sara", customer_id=customer.id)
    assert await acting_for(me, None) == customer.id


async def test_a_partner_acting_for_another_partners_member_finds_no_customer(db):
    a = await Partner.create(name="A", kind=PartnerKind.MERCHANT)
    b = await Partner.create(name="B", kind=PartnerKind.MERCHANT)
    theirs = await create_customer("09121234567", partner_id=b.id)
    partner = Identity(kind=CallerKind.PARTNER_KEY, name="A", partner_id=a.id, key_id=1)
    with pytest.raises(NotFound) as refused:
        await acting_for(partner, theirs.id)
    assert (refused.value.code, refused.value.field) == ("customer_not_found", "customerId")


async def test_staff_naming_no_customer_are_asked_for_one(db):
    with pytest.raises(ValidationFailed) as refused:
        await acting_for(STAFF, None)
    assert (refused.value.code, refused.value.field) == ("customer_required", "customerId")


async def test_staff_listing_everyone_name_no_customer(db):
    assert await acting_for(STAFF, None, staff_may_omit=True) is None


@pytest.mark.parametrize("operation", sorted(OPERATIONS))
async def test_a_customer_naming_another_customer_finds_none(operation, make_customer, call_as):
    # given two customers
    _, token = await make_customer()
    other, _ = await make_customer()
    # when one acts for the other, then the other reads as absent
    body = await call_as(token, OPERATIONS[operation], c=str(other.id), r=RECEIPT)
    assert body["data"][operation] == {"__typename": "NotFoundError",
                                       "code": "customer_not_found", "field": "customerId"}


@pytest.mark.parametrize("operation", sorted(OPERATIONS))
async def test_staff_naming_no_such_customer_find_none(operation, gql):
    body = await gql(OPERATIONS[operation], c="999999", r=RECEIPT)
    assert body["data"][operation] == {"__typename": "NotFoundError",
                                       "code": "customer_not_found", "field": "customerId"}


@pytest.mark.parametrize("operation", sorted(OPERATIONS))
async def test_staff_naming_no_customer_are_told_to(operation, gql):
    body = await gql(OPERATIONS[operation], c=None, r=RECEIPT)
    assert body["data"][operation] == {"__typename": "InvalidInput",
                                       "code": "customer_required", "field": "customerId"}


@pytest.mark.parametrize("listing", sorted(LISTS))
async def test_a_customer_listing_another_customers_sees_nothing(listing, make_customer,
                                                                 call_as):
    _, token = await make_customer()
    other, _ = await make_customer()
    body = await call_as(token, LISTS[listing], c=str(other.id))
    assert body["data"][listing]["nodes"] == []


async def test_a_partner_reading_another_partners_members_wallet_finds_none(
        make_partner, make_partner_key, make_customer, call_as):
    a, b = await make_partner("A"), await make_partner("B")
    theirs, _ = await make_customer(partner=b)
    body = await call_as(await make_partner_key(a),
                         "query($c: ID) { wallet(customerId: $c) { total } }", c=str(theirs.id))
    assert body["data"]["wallet"] is None


async def test_a_customer_reading_another_customers_bank_accounts_finds_no_customer(
        make_customer, call_as):
    _, token = await make_customer()
    other, _ = await make_customer()
    body = await call_as(token, "query($c: ID) { bankAccounts(customerId: $c) { id } }",
                         c=str(other.id))
    assert body["data"] is None
    assert body["errors"][0]["extensions"]["code"] == "customer_not_found"
