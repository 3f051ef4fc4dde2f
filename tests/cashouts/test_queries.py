"""cashOuts and cashOut: staff see every cash-out by status and customer; a customer only theirs."""

from __future__ import annotations

from .conftest import APPROVE, CASH_OUT

LIST = """
query List($status: CashOutStatus, $customerId: ID, $after: String, $order: ListOrder) {
  cashOuts(status: $status, customerId: $customerId, first: 2, after: $after, order: $order) {
    nodes { id status customerId amount }
    pageInfo { hasNextPage endCursor }
  }
}
"""


async def test_staff_list_cash_outs_by_status_oldest_first(holder, request_as, call_as,
                                                            approver):
    sara = await holder(paid=5_000_000)
    ids = [(await request_as(sara, 200_000))["cashOut"]["id"] for _ in range(3)]
    await call_as(approver, APPROVE, id=ids[1])
    waiting = (await call_as(approver, LIST, status="REQUESTED"))["data"]["cashOuts"]
    assert [n["id"] for n in waiting["nodes"]] == [ids[0], ids[2]]
    assert waiting["pageInfo"]["hasNextPage"] is False
    first = (await call_as(approver, LIST))["data"]["cashOuts"]
    assert first["pageInfo"]["hasNextPage"] is True
    rest = (await call_as(approver, LIST, after=first["pageInfo"]["endCursor"]))["data"][
        "cashOuts"]
    assert [n["id"] for n in first["nodes"] + rest["nodes"]] == ids


async def test_a_customer_sees_only_their_own_cash_outs(holder, request_as, call_as):
    sara, reza = await holder(paid=1_000_000), await holder(paid=1_000_000)
    theirs = (await request_as(reza, 200_000))["cashOut"]["id"]
    mine = (await request_as(sara, 300_000))["cashOut"]["id"]
    listed = (await call_as(sara.token, LIST))["data"]["cashOuts"]["nodes"]
    assert [n["id"] for n in listed] == [mine]
    asked = await call_as(sara.token, LIST, customerId=str(reza.customer.id))
    assert asked["data"]["cashOuts"]["nodes"] == []
    assert (await call_as(sara.token, CASH_OUT, id=theirs))["data"]["cashOut"] is None
    assert (await call_as(sara.token, CASH_OUT, id=mine))["data"]["cashOut"]["amount"] == \
        "300000"


async def test_staff_list_cash_outs_newest_first_a_page_at_a_time(holder, request_as, call_as,
                                                                  approver):
    # given three cash-outs of one customer and one of another
    sara, reza = await holder(paid=5_000_000), await holder(paid=5_000_000)
    ids = [(await request_as(sara, 200_000))["cashOut"]["id"] for _ in range(3)]
    other = (await request_as(reza, 200_000))["cashOut"]["id"]
    # when staff read the list newest first, two at a time
    first = (await call_as(approver, LIST, order="NEWEST_FIRST"))["data"]["cashOuts"]
    rest = (await call_as(approver, LIST, order="NEWEST_FIRST",
                          after=first["pageInfo"]["endCursor"]))["data"]["cashOuts"]
    # then the pages follow each other from the newest down
    assert [n["id"] for n in first["nodes"] + rest["nodes"]] == [other, *reversed(ids)]
    assert rest["pageInfo"]["hasNextPage"] is False
    # and the customer filter keeps that order
    sara_only = (await call_as(approver, LIST, order="NEWEST_FIRST",
                               customerId=str(sara.customer.id)))["data"]["cashOuts"]
    assert [n["id"] for n in sara_only["nodes"]] == [ids[2], ids[1]]


async def test_a_cursor_of_one_order_is_refused_by_the_other(holder, request_as, call_as,
                                                             approver):
    sara = await holder(paid=5_000_000)
    for _ in range(3):
        await request_as(sara, 200_000)
    oldest = (await call_as(approver, LIST))["data"]["cashOuts"]["pageInfo"]["endCursor"]
    mixed = await call_as(approver, LIST, order="NEWEST_FIRST", after=oldest)
    assert mixed["data"] is None or mixed["data"]["cashOuts"] is None
    assert mixed["errors"][0]["extensions"]["code"] == "invalid_cursor"
