"""Migration 17 (memberships) must make every existing customer a person of its own, with the
customer's mobile number and national ID, and its membership confirmed: nobody may lose their
sign-in or their wallet on the upgrade.

Each test takes the database back to before the migration (the rows stay, a customer then
holding its own mobile number), migrates again, looks, and rolls everything back (PostgreSQL's
DDL is transactional).
"""

from __future__ import annotations

import importlib.util
from typing import Any

import pytest
from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from etebar.database import MIGRATIONS_DIR
from models.identity.customers import create_customer
from models.identity.tables import Partner, PartnerKind

[_PATH] = (MIGRATIONS_DIR / "models").glob("17_*_memberships.py")
_SPEC = importlib.util.spec_from_file_location("memberships", _PATH)
assert _SPEC is not None and _SPEC.loader is not None
MIGRATION: Any = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(MIGRATION)

NATIONAL_ID = "0012345679"
PEOPLE = """
    SELECT c.id, p.mobile, p.national_id, c.confirmed_at = c.created_at AS confirmed
    FROM identity_customer AS c JOIN identity_person AS p ON p.id = c.person_id ORDER BY c.id
"""


class _RolledBack(Exception):
    def __init__(self, result: Any) -> None:
        super().__init__("rolled back")
        self.result = result


async def _after_upgrade(query: str) -> Any:
    try:
        async with in_transaction() as tx:
            await tx.execute_script(await MIGRATION.downgrade(tx))
            await tx.execute_script(await MIGRATION.upgrade(tx))
            raise _RolledBack(await tx.execute_query_dict(query))
    except _RolledBack as done:
        return done.result


async def test_every_customer_becomes_a_person_with_its_mobile_and_national_id(db):
    # given a platform customer with a national ID and a partner's member without one
    partner = await Partner.create(name="A", kind=PartnerKind.MERCHANT)
    first = await create_customer("09121111111", national_id=NATIONAL_ID)
    second = await create_customer("09122222222", partner_id=partner.id)
    # when the customers are made memberships of persons
    rows = await _after_upgrade(PEOPLE)
    # then each is its own person's, confirmed
    assert rows == [
        {"id": first.id, "mobile": "09121111111", "national_id": NATIONAL_ID, "confirmed": True},
        {"id": second.id, "mobile": "09122222222", "national_id": None, "confirmed": True}]


async def test_a_person_has_one_membership_of_the_platform(db):
    # given a platform customer
    customer = await create_customer("09121111111")
    # when a second platform membership of the same person is written past the rules
    with pytest.raises(IntegrityError):
        async with in_transaction() as tx:
            await tx.execute_query(
                "INSERT INTO identity_customer (person_id, name, kind, language, created_at) "
                "SELECT person_id, '', 'individual', 'fa', now() FROM identity_customer "
                "WHERE id = $1", [customer.id])
