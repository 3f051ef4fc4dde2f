"""Products: managers create and change them; customers see the active ones; an order keeps the
price it was placed at."""

from __future__ import annotations

from models.identity.tables import StaffRole

from .support import PLACE, PRODUCT

PRODUCTS = "{ products { id nameFa nameEn price cycle active } }"
UPDATE = """mutation($id: ID!, $changes: ProductChanges!) { updateProduct(productId: $id,
  changes: $changes) { __typename ... on ProductSuccess { product { id price active } }
  ... on UserError { code field } } }"""


async def test_a_manager_creates_a_product(gql):
    body = await gql(PRODUCT, input={"nameFa": "میزبانی", "nameEn": "Hosting", "price": "2500000",
                                     "cycle": "YEARLY"})
    product = body["data"]["createProduct"]["product"]
    assert (product["price"], product["cycle"]) == ("2500000", "YEARLY")


async def test_a_product_needs_a_positive_price(gql):
    body = await gql("""mutation { createProduct(input: {nameFa: "x", nameEn: "x", price: 0,
      cycle: MONTHLY}) { __typename ... on UserError { code field } } }""")
    assert body["data"]["createProduct"] == {"__typename": "InvalidInput",
                                             "code": "price_must_be_positive", "field": "price"}


async def test_customers_see_only_active_products_and_staff_see_all(call_as, gql, customer,
                                                                    make_product):
    _, token = customer
    kept, retired = await make_product(name="Kept"), await make_product(name="Retired")
    await gql(UPDATE, id=retired, changes={"active": False})
    seen = (await call_as(token, PRODUCTS))["data"]["products"]
    assert [p["id"] for p in seen] == [kept]
    assert len((await gql(PRODUCTS))["data"]["products"]) == 2


async def test_an_inactive_product_takes_no_orders(call_as, gql, customer, make_product):
    _, token = customer
    product_id = await make_product()
    await gql(UPDATE, id=product_id, changes={"active": False})
    body = await call_as(token, PLACE, input={"productId": product_id})
    assert body["data"]["placeOrder"]["code"] == "product_not_found"


async def test_a_placed_order_keeps_its_price_when_the_product_changes(call_as, gql, customer,
                                                                       make_product):
    _, token = customer
    product_id = await make_product(1_000_000)
    placed = await call_as(token, PLACE, input={"productId": product_id})
    await gql(UPDATE, id=product_id, changes={"price": 2_000_000})
    order = placed["data"]["placeOrder"]["order"]
    body = await call_as(token, '{ orders { nodes { id price product { price } } } }')
    assert body["data"]["orders"]["nodes"] == [
        {"id": order["id"], "price": "1000000", "product": {"price": "2000000"}}]


async def test_an_operator_cannot_change_products(call_as, make_staff, make_product):
    _, operator = await make_staff(StaffRole.OPERATOR)
    body = await call_as(operator, UPDATE, id=await make_product(), changes={"price": 1})
    assert body["errors"][0]["extensions"]["code"] == "FORBIDDEN"


async def test_orders_list_by_status_for_staff(call_as, gql, customer, make_product):
    row, token = customer
    product_id = await make_product()
    for _ in range(3):
        await call_as(token, PLACE, input={"productId": product_id})
    body = await gql("""query($c: ID!) { orders(customerId: $c, status: AWAITING_PAYMENT,
      first: 2) { nodes { id } pageInfo { hasNextPage endCursor } } }""", c=str(row.id))
    page = body["data"]["orders"]
    assert [n["id"] for n in page["nodes"]] == ["3", "2"] and page["pageInfo"]["hasNextPage"]
    rest = await gql("query($a: String) { orders(after: $a) { nodes { id } } }",
                     a=page["pageInfo"]["endCursor"])
    assert [n["id"] for n in rest["data"]["orders"]["nodes"]] == ["1"]
