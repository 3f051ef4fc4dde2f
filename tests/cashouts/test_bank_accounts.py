"""Bank accounts in GraphQL: a customer adds their own, staff add anyone's, back office verifies,
and an invalid Sheba is a typed error that records nothing."""

from __future__ import annotations

from models.identity.tables import BankAccount, StaffRole

from .conftest import sheba

ADD = """
mutation Add($input: BankAccountInput!) {
  addBankAccount(input: $input) {
    __typename
    ... on BankAccountSuccess { bankAccount { id customerId sheba holderName verified } }
    ... on UserError { code field }
  }
}
"""
VERIFY = """
mutation Verify($id: ID!) {
  verifyBankAccount(id: $id) {
    __typename
    ... on BankAccountSuccess { bankAccount { id verified verifiedAt } }
    ... on UserError { code }
  }
}
"""
LIST = "query($c: ID) { bankAccounts(customerId: $c) { id sheba verified } }"


async def test_a_customer_adds_their_own_account(make_customer, call_as):
    customer, token = await make_customer()
    number = sheba(42)
    spaced = " ".join(number[i:i + 4] for i in range(0, 26, 4))
    body = await call_as(token, ADD, input={"sheba": spaced, "holderName": " Sara Ahmadi "})
    added = body["data"]["addBankAccount"]["bankAccount"]
    assert (added["customerId"], added["sheba"], added["holderName"], added["verified"]) == (
        str(customer.id), number, "Sara Ahmadi", False)


async def test_an_invalid_sheba_is_a_typed_error_and_records_nothing(make_customer, call_as):
    _, token = await make_customer()
    bad = sheba(42)[:-1] + ("0" if sheba(42)[-1] != "0" else "1")
    body = await call_as(token, ADD, input={"sheba": bad, "holderName": "Sara"})
    assert body["data"]["addBankAccount"] == {"__typename": "InvalidInput",
                                              "code": "invalid_sheba", "field": "sheba"}
    assert await BankAccount.all().count() == 0


async def test_staff_name_the_customer(make_customer, make_staff, call_as):
    customer, _ = await make_customer()
    _, operator = await make_staff(StaffRole.OPERATOR)
    missing = await call_as(operator, ADD, input={"sheba": sheba(7), "holderName": "Sara"})
    assert missing["data"]["addBankAccount"]["code"] == "customer_required"
    body = await call_as(operator, ADD, input={"customerId": str(customer.id),
                                               "sheba": sheba(7), "holderName": "Sara"})
    assert body["data"]["addBankAccount"]["bankAccount"]["customerId"] == str(customer.id)


async def test_back_office_verifies_an_account(make_customer, make_staff, call_as):
    _, token = await make_customer()
    added = await call_as(token, ADD, input={"sheba": sheba(9), "holderName": "Sara"})
    account_id = added["data"]["addBankAccount"]["bankAccount"]["id"]
    _, back_office = await make_staff(StaffRole.BACK_OFFICE)
    body = await call_as(back_office, VERIFY, id=account_id)
    assert body["data"]["verifyBankAccount"]["bankAccount"]["verified"] is True
    listed = await call_as(token, LIST)
    assert listed["data"]["bankAccounts"] == [{"id": account_id, "sheba": sheba(9),
                                               "verified": True}]


async def test_a_customer_sees_only_their_own_accounts(make_customer, call_as):
    other, other_token = await make_customer()
    await call_as(other_token, ADD, input={"sheba": sheba(11), "holderName": "Reza"})
    _, token = await make_customer()
    body = await call_as(token, LIST, c=str(other.id))
    assert body["errors"][0]["extensions"]["code"] == "customer_not_found"
    assert (await call_as(token, LIST))["data"]["bankAccounts"] == []
