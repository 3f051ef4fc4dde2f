"""Fixtures of the deposit tests: customers with an email address, staff of the approving roles,
receipt images, and the GraphQL operations as a customer or staff member sends them."""

from __future__ import annotations

import itertools
from typing import Any

import pytest
from tortoise import connections

from models.identity.customers import create_customer, open_session
from models.identity.tables import Customer, Language, StaffRole

from .support import APPROVE, DECLARE, REJECT, declaration


@pytest.fixture
async def db(db: str) -> str:
    """The shared empty database, with the email records of earlier tests gone too (deposit
    ids restart at 1, and an email's key names its deposit)."""
    await connections.get("default").execute_script("TRUNCATE notify_email_message")
    return db


@pytest.fixture
def make_client(db: str) -> Any:
    """A customer with an email address, in `language`, and a session token of theirs."""
    numbers = itertools.count(1000)

    async def make(language: Language = Language.EN,
                   name: str = "Sara") -> tuple[Customer, str]:
        n = next(numbers)
        customer = await create_customer(f"0912000{n}", name, language,
                                         email=f"c{n}@example.com")
        return customer, await open_session(customer, 3600)

    return make


@pytest.fixture
async def client(make_client: Any) -> tuple[Customer, str]:
    return await make_client()


@pytest.fixture
async def clerks(make_staff: Any) -> list[str]:
    """Tokens of three back-office staff members."""
    return [(await make_staff(StaffRole.BACK_OFFICE))[1] for _ in range(3)]


@pytest.fixture
def declare(call_as: Any) -> Any:
    """Declare a deposit as `token`; returns the mutation's result."""

    async def run(token: str, **fields: Any) -> dict[str, Any]:
        body = await call_as(token, DECLARE, input=declaration(**fields))
        assert "errors" not in body, body
        result: dict[str, Any] = body["data"]["declareDeposit"]
        return result

    return run


@pytest.fixture
def approve(call_as: Any) -> Any:
    async def run(token: str, deposit_id: str) -> dict[str, Any]:
        body = await call_as(token, APPROVE, id=deposit_id)
        assert "errors" not in body, body
        result: dict[str, Any] = body["data"]["approveDeposit"]
        return result

    return run


@pytest.fixture
def reject(call_as: Any) -> Any:
    async def run(token: str, deposit_id: str, reason: str) -> dict[str, Any]:
        body = await call_as(token, REJECT, id=deposit_id, reason=reason)
        assert "errors" not in body, body
        result: dict[str, Any] = body["data"]["rejectDeposit"]
        return result

    return run
