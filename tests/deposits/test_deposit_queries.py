"""Reading deposits: a customer sees only their own, staff see all and filter by status, and
the receipt comes back as a data: URL to those who reach the deposit."""

from __future__ import annotations

import base64

from .support import DEPOSIT, DEPOSITS, image


async def test_a_customer_sees_only_their_own_deposits(make_client, call_as, declare):
    # given two customers with a deposit each
    me, my_token = await make_client()
    other, other_token = await make_client()
    mine = (await declare(my_token, tracking="1"))["deposit"]["id"]
    theirs = (await declare(other_token, tracking="2"))["deposit"]["id"]
    # when I list deposits, even asking for the other customer's
    listed = (await call_as(my_token, DEPOSITS))["data"]["deposits"]["edges"]
    asked = (await call_as(my_token, DEPOSITS, customerId=str(other.id)))["data"]["deposits"]
    # then I see only mine
    assert [e["node"]["id"] for e in listed] == [mine]
    assert asked["edges"] == []
    # and the other's deposit reads as null
    assert (await call_as(my_token, DEPOSIT, id=theirs))["data"]["deposit"] is None
    assert (await call_as(my_token, DEPOSIT, id=mine))["data"]["deposit"]["id"] == mine
    assert me.id != other.id


async def test_staff_list_every_deposit_by_status_a_page_at_a_time(
        make_client, clerks, call_as, declare, approve):
    _, token = await make_client()
    ids = [(await declare(token, tracking=str(n)))["deposit"]["id"] for n in range(1, 5)]
    await approve(clerks[0], ids[1])
    waiting = (await call_as(clerks[0], DEPOSITS, status=["DECLARED",
                                                          "AWAITING_SECOND_APPROVAL"]))
    assert [e["node"]["id"] for e in waiting["data"]["deposits"]["edges"]] == [
        ids[0], ids[2], ids[3]]
    approved = await call_as(clerks[0], DEPOSITS, status="APPROVED")
    assert [e["node"]["id"] for e in approved["data"]["deposits"]["edges"]] == [ids[1]]
    first = (await call_as(clerks[0], DEPOSITS, first=2))["data"]["deposits"]
    assert [e["node"]["id"] for e in first["edges"]] == ids[:2]
    assert first["pageInfo"]["hasNextPage"] is True
    rest = (await call_as(clerks[0], DEPOSITS, first=2,
                          after=first["pageInfo"]["endCursor"]))["data"]["deposits"]
    assert [e["node"]["id"] for e in rest["edges"]] == ids[2:]


async def test_staff_list_deposits_newest_first_a_page_at_a_time(make_client, clerks, call_as,
                                                                 declare):
    # given four deposits of two customers
    me, mine = await make_client()
    _, theirs = await make_client()
    ids = [(await declare(token, tracking=str(n)))["deposit"]["id"]
           for n, token in enumerate((mine, theirs, mine, mine), start=1)]
    # when staff read them newest first, two at a time
    first = (await call_as(clerks[0], DEPOSITS, first=2, order="NEWEST_FIRST"))["data"][
        "deposits"]
    rest = (await call_as(clerks[0], DEPOSITS, first=2, order="NEWEST_FIRST",
                          after=first["pageInfo"]["endCursor"]))["data"]["deposits"]
    # then the pages run from the newest down
    assert [e["node"]["id"] for e in first["edges"] + rest["edges"]] == ids[::-1]
    assert rest["pageInfo"]["hasNextPage"] is False
    # and one customer's list keeps that order
    own = (await call_as(clerks[0], DEPOSITS, customerId=str(me.id),
                         order="NEWEST_FIRST"))["data"]["deposits"]
    assert [e["node"]["id"] for e in own["edges"]] == [ids[3], ids[2], ids[0]]


async def test_a_deposit_cursor_of_one_order_is_refused_by_the_other(make_client, clerks,
                                                                     call_as, declare):
    _, token = await make_client()
    for n in range(3):
        await declare(token, tracking=str(n + 1))
    first = (await call_as(clerks[0], DEPOSITS, first=2))["data"]["deposits"]
    mixed = await call_as(clerks[0], DEPOSITS, first=2, order="NEWEST_FIRST",
                          after=first["pageInfo"]["endCursor"])
    assert mixed["errors"][0]["extensions"]["code"] == "invalid_cursor"


async def test_the_receipt_is_shown_to_staff_and_to_its_customer(client, clerks, call_as,
                                                                 declare):
    _, token = client
    deposit_id = (await declare(token))["deposit"]["id"]
    expected = "data:image/png;base64," + base64.b64encode(image()).decode()
    for caller in (token, clerks[0]):
        shown = (await call_as(caller, DEPOSIT, id=deposit_id))["data"]["deposit"]
        assert shown["receiptDataUrl"] == expected
        assert shown["receipt"] == {"contentType": "image/png", "size": len(image())}
