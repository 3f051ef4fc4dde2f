"""Customers in GraphQL: enrolment with kind, email and national ID, typed errors for bad values,
profile changes by staff and by the customer themself, and search."""

from models.identity.numbers import national_id_check_digit
from models.identity.tables import Customer, StaffRole

from .support import data

NATIONAL_ID = "001234567" + str(national_id_check_digit("001234567"))
OTHER_ID = "001234568" + str(national_id_check_digit("001234568"))

CREATE = """
mutation Create($input: CustomerInput!) {
  createCustomer(input: $input) {
    __typename
    ... on CustomerSuccess { customer { id mobile name kind email nationalId language
                                        wallet { total } } }
    ... on UserError { code message field }
  }
}
"""

UPDATE = """
mutation Update($input: UpdateCustomerInput!) {
  updateCustomer(input: $input) {
    __typename
    ... on CustomerSuccess { customer { id mobile name kind email nationalId language } }
    ... on UserError { code message field }
  }
}
"""


async def test_staff_enrol_an_individual_with_email_and_national_id(gql):
    result = data(await gql(CREATE, input={
        "mobile": "+98 912 123 4567", "name": "Sara", "kind": "INDIVIDUAL",
        "email": "Sara@Example.COM", "nationalId": NATIONAL_ID, "language": "EN"}))
    customer = result["createCustomer"]["customer"]
    assert (customer["mobile"], customer["kind"], customer["email"], customer["nationalId"],
            customer["language"], customer["wallet"]) == (
        "09121234567", "INDIVIDUAL", "Sara@example.com", NATIONAL_ID, "EN", {"total": "0"})


async def test_staff_enrol_a_legal_person_with_a_company_id(gql):
    result = data(await gql(CREATE, input={"mobile": "09121234567", "name": "Narvan Co",
                                           "kind": "LEGAL", "nationalId": "10101974840"}))
    assert result["createCustomer"]["customer"]["nationalId"] == "10101974840"


async def test_a_bad_national_id_is_a_typed_error_and_nothing_is_stored(gql):
    result = data(await gql(CREATE, input={"mobile": "09121234567",
                                           "nationalId": "0012345670"}))["createCustomer"]
    assert (result["__typename"], result["code"], result["field"]) == (
        "InvalidInput", "invalid_national_id", "nationalId")
    assert await Customer.all().count() == 0


async def test_a_bad_email_is_a_typed_error(gql):
    result = data(await gql(CREATE, input={"mobile": "09121234567",
                                           "email": "sara@"}))["createCustomer"]
    assert (result["__typename"], result["code"], result["field"]) == (
        "InvalidInput", "invalid_email", "email")


async def test_a_mobile_number_belongs_to_one_customer(gql):
    await gql(CREATE, input={"mobile": "09121234567"})
    result = data(await gql(CREATE, input={"mobile": "0098 912 123 4567"}))["createCustomer"]
    assert (result["__typename"], result["code"], result["field"]) == (
        "ConflictError", "customer_exists", "mobile")
    assert await Customer.all().count() == 1


async def test_a_customer_changes_their_own_name_email_and_language(make_customer, call_as):
    customer, token = await make_customer()
    result = data(await call_as(token, UPDATE, input={
        "name": "Sara K", "email": "sara@example.com", "language": "EN"}))["updateCustomer"]
    assert (result["customer"]["name"], result["customer"]["email"],
            result["customer"]["language"]) == ("Sara K", "sara@example.com", "EN")
    assert (await Customer.get(id=customer.id)).name == "Sara K"


async def test_a_customer_may_not_change_their_mobile_or_national_id(make_customer, call_as):
    customer, token = await make_customer()
    result = data(await call_as(token, UPDATE, input={"mobile": "09350000000",
                                                      "name": "x"}))["updateCustomer"]
    assert (result["__typename"], result["code"], result["field"]) == (
        "NotAllowedError", "field_not_self_service", "mobile")
    stored = await Customer.get(id=customer.id).prefetch_related("person")
    assert (stored.name, stored.mobile) == ("Sara", customer.mobile)


async def test_a_customer_may_not_change_another_customer(make_customer, call_as):
    _, token = await make_customer()
    other, _ = await make_customer()
    result = data(await call_as(token, UPDATE, input={"id": str(other.id),
                                                      "name": "x"}))["updateCustomer"]
    assert (result["__typename"], result["code"]) == ("NotFoundError", "customer_not_found")
    assert (await Customer.get(id=other.id)).name == "Sara"


async def test_staff_change_a_mobile_but_not_to_one_taken(make_customer, make_staff, call_as):
    first, _ = await make_customer()
    second, _ = await make_customer()
    _, operator = await make_staff(StaffRole.OPERATOR)
    taken = data(await call_as(operator, UPDATE, input={
        "id": str(second.id), "mobile": first.mobile}))["updateCustomer"]
    assert (taken["__typename"], taken["code"]) == ("ConflictError", "customer_exists")
    moved = data(await call_as(operator, UPDATE, input={
        "id": str(second.id), "mobile": "+989350000000"}))["updateCustomer"]
    assert moved["customer"]["mobile"] == "09350000000"


async def test_staff_set_a_national_id_checked_against_the_kind(make_customer, gql):
    customer, _ = await make_customer()
    ok = data(await gql(UPDATE, input={"id": str(customer.id),
                                       "nationalId": NATIONAL_ID}))["updateCustomer"]
    assert ok["customer"]["nationalId"] == NATIONAL_ID
    wrong = data(await gql(UPDATE, input={"id": str(customer.id),
                                          "kind": "LEGAL"}))["updateCustomer"]
    assert (wrong["__typename"], wrong["code"]) == ("InvalidInput", "invalid_company_id")
    assert (await Customer.get(id=customer.id)).kind == "individual"


async def test_a_national_id_taken_by_another_customer_is_a_conflict(make_customer, gql):
    first, _ = await make_customer()
    second, _ = await make_customer()
    await gql(UPDATE, input={"id": str(first.id), "nationalId": OTHER_ID})
    result = data(await gql(UPDATE, input={"id": str(second.id),
                                           "nationalId": OTHER_ID}))["updateCustomer"]
    assert (result["__typename"], result["code"]) == ("ConflictError", "national_id_taken")


async def test_an_email_is_cleared_with_null(make_customer, gql):
    customer, _ = await make_customer()
    await gql(UPDATE, input={"id": str(customer.id), "email": "a@example.com"})
    result = data(await gql(UPDATE, input={"id": str(customer.id), "email": None}))
    assert result["updateCustomer"]["customer"]["email"] is None


async def test_a_partner_changes_only_its_members(make_customer, make_partner, make_partner_key,
                                                  call_as):
    partner = await make_partner()
    member, _ = await make_customer(partner=partner)
    stranger, _ = await make_customer()
    key = await make_partner_key(partner)
    ok = data(await call_as(key, UPDATE, input={"id": str(member.id), "name": "M"}))
    assert ok["updateCustomer"]["customer"]["name"] == "M"
    refused = data(await call_as(key, UPDATE, input={"id": str(stranger.id), "name": "M"}))
    assert refused["updateCustomer"]["code"] == "customer_not_found"


SEARCH = "query($q: String) { customers(search: $q) { nodes { id name mobile } } }"


async def test_customers_are_found_by_the_start_of_a_mobile_or_part_of_a_name(make_customer,
                                                                             gql):
    sara, _ = await make_customer(name="Sara Karimi", mobile="09121110000")
    reza, _ = await make_customer(name="Reza", mobile="09352220000")

    async def found(text):
        return [n["id"] for n in data(await gql(SEARCH, q=text))["customers"]["nodes"]]

    assert await found("karim") == [str(sara.id)]
    assert await found("۰۹۳۵") == [str(reza.id)]
    assert await found("0912111") == [str(sara.id)]
    assert await found("") == [str(sara.id), str(reza.id)]
