"""`customers.find_many`, behind the customer of an order, deposit, cash-out or top-up: the same
reach as `find`, for a whole page at once."""

from __future__ import annotations

from typing import Any

from models.identity import customers
from models.identity.callers import CallerKind, Identity
from models.identity.tables import StaffRole


async def test_staff_read_every_customer_asked_about(make_customer: Any) -> None:
    sara, _ = await make_customer()
    reza, _ = await make_customer()
    staff = Identity(kind=CallerKind.STAFF, name="s", staff_id=1, role=StaffRole.SUPPORT)
    assert set(await customers.find_many(staff, [sara.id, reza.id])) == {sara.id, reza.id}


async def test_a_partner_reads_only_its_own_members(make_customer: Any,
                                                    make_partner: Any) -> None:
    partner = await make_partner()
    member, _ = await make_customer(partner=partner)
    stranger, _ = await make_customer()
    caller = Identity(kind=CallerKind.PARTNER_KEY, name="k", partner_id=partner.id, key_id=1)
    assert set(await customers.find_many(caller, [member.id, stranger.id])) == {member.id}


async def test_a_customer_reads_only_themselves(make_customer: Any) -> None:
    sara, _ = await make_customer()
    reza, _ = await make_customer()
    caller = Identity(kind=CallerKind.CUSTOMER, name="c", customer_id=sara.id)
    assert set(await customers.find_many(caller, [sara.id, reza.id])) == {sara.id}
