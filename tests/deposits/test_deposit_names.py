"""A deposit names its people: the customer and its declarer to whoever reaches the deposit,
the staff who decided it only to staff."""

from __future__ import annotations

from models.identity.tables import StaffRole

NAMES = """
query Names($id: ID!) {
  deposit(id: $id) { customerName declaredByName firstApproverName rejectedByName }
}
"""


async def test_staff_read_the_names_of_the_customer_and_the_approver(
        make_client, make_staff, call_as, declare, approve):
    # given Sara's deposit, approved by a named clerk
    _, sara = await make_client(name="Sara Ahmadi")
    clerk, clerk_token = await make_staff(StaffRole.BACK_OFFICE)
    deposit = (await declare(sara, tracking="1"))["deposit"]["id"]
    await approve(clerk_token, deposit)
    # when staff read its names
    names = (await call_as(clerk_token, NAMES, id=deposit))["data"]["deposit"]
    # then every person is named
    assert names == {"customerName": "Sara Ahmadi", "declaredByName": "Sara Ahmadi",
                     "firstApproverName": clerk.name, "rejectedByName": None}


async def test_a_customer_reads_their_own_name_but_not_the_staff_members(
        make_client, make_staff, call_as, declare, approve):
    # given Sara's deposit, approved by a clerk
    _, sara = await make_client(name="Sara Ahmadi")
    _, clerk_token = await make_staff(StaffRole.BACK_OFFICE)
    deposit = (await declare(sara, tracking="2"))["deposit"]["id"]
    await approve(clerk_token, deposit)
    # when Sara reads its names
    names = (await call_as(sara, NAMES, id=deposit))["data"]["deposit"]
    # then she reads her own, and no staff member's
    assert names["customerName"] == names["declaredByName"] == "Sara Ahmadi"
    assert names["firstApproverName"] is None
