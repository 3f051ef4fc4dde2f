"""A bank reference is credited once: a numeric tracking number is the same reference whatever
leading zeros or digits it is written with, at the declaration, at the approval and in the
database's unique index, for the same customer and for another one."""

from __future__ import annotations

import asyncio
from datetime import UTC, date, datetime

import pytest
from tortoise.exceptions import IntegrityError

from models.wallet.deposits import deposits
from models.wallet.deposits.tables import Bank, Deposit, DepositStatus

from .support import SMALL, assert_ledger_clean, paid


def test_a_numeric_tracking_number_is_keyed_without_its_leading_zeros():
    assert deposits.tracking_key("00123456") == "123456"
    assert deposits.tracking_key(deposits.normalise_tracking_number("۰۰۱۲۳۴۵۶")) == "123456"
    assert deposits.tracking_key("000") == "0"


def test_a_tracking_number_with_letters_keeps_its_zeros():
    # given references such as Paya's, where a zero is a character like any other
    assert deposits.tracking_key("00AB12") == "00AB12"
    assert deposits.tracking_key("00AB12") != deposits.tracking_key("AB12")


async def test_a_padded_tracking_number_already_credited_is_refused_at_declaration(
        client, clerks, declare, approve):
    # given a deposit declared with a zero-padded tracking number in Persian digits, approved
    customer, token = client
    first = (await declare(token, tracking="۰۰۱۲۳۴۵۶"))["deposit"]["id"]
    assert (await approve(clerks[0], first))["deposit"]["status"] == "APPROVED"
    # when the same customer declares it again without the zeros
    again = await declare(token, tracking="123456")
    # then the declaration is refused and the wallet holds the deposit once
    assert (again["__typename"], again["code"]) == (
        "TrackingNumberAlreadyCredited", "tracking_number_already_credited")
    assert await Deposit.all().count() == 1
    assert await paid(customer.id) == SMALL
    await assert_ledger_clean()


async def test_a_padded_tracking_number_declared_twice_is_credited_once(
        client, clerks, declare, approve):
    # given the same deposit declared twice before either was decided, with and without zeros
    customer, token = client
    padded = (await declare(token, tracking="۰۰۱۲۳۴۵۶"))["deposit"]["id"]
    plain = (await declare(token, tracking="123456"))["deposit"]["id"]
    # when both are approved
    assert (await approve(clerks[0], padded))["deposit"]["status"] == "APPROVED"
    refused = await approve(clerks[1], plain)
    # then the second is refused, stays undecided, and the wallet is credited once
    assert (refused["__typename"], refused["code"]) == (
        "TrackingNumberAlreadyCredited", "tracking_number_already_credited")
    assert (await Deposit.get(id=int(plain))).status is DepositStatus.DECLARED
    assert await paid(customer.id) == SMALL
    await assert_ledger_clean()


async def test_a_padded_tracking_number_is_refused_for_another_customer_too(
        make_client, clerks, declare, approve):
    # given a reference credited to one customer
    first, first_token = await make_client()
    second, second_token = await make_client()
    one = (await declare(first_token, tracking="987654"))["deposit"]["id"]
    two = (await declare(second_token, tracking="000987654"))["deposit"]["id"]
    assert (await approve(clerks[0], one))["deposit"]["status"] == "APPROVED"
    # when another customer's declaration of it, zero-padded, is approved or declared anew
    refused = await approve(clerks[1], two)
    again = await declare(second_token, tracking="0987654")
    # then both are refused: a bank reference is credited once, whoever declares it
    assert refused["code"] == again["code"] == "tracking_number_already_credited"
    assert (await paid(first.id), await paid(second.id)) == (SMALL, 0)
    await assert_ledger_clean()


async def test_concurrent_approvals_of_a_padded_and_a_plain_tracking_number_credit_once(
        make_client, clerks, declare, approve):
    first, first_token = await make_client()
    second, second_token = await make_client()
    one = (await declare(first_token, tracking="0055501"))["deposit"]["id"]
    two = (await declare(second_token, tracking="55501"))["deposit"]["id"]
    results = await asyncio.gather(approve(clerks[0], one), approve(clerks[1], two))
    assert sorted(r["__typename"] for r in results) == [
        "DepositSuccess", "TrackingNumberAlreadyCredited"]
    assert sorted([await paid(first.id), await paid(second.id)]) == [0, SMALL]
    await assert_ledger_clean()


async def test_the_database_refuses_one_reference_approved_twice_whatever_its_zeros(client):
    # given an approved deposit written with leading zeros
    customer, _ = client
    fields = {"customer_id": customer.id, "amount": 1, "bank": Bank.SAMAN,
              "deposited_on": date(2026, 11, 1), "declared_by": f"customer:{customer.id}",
              "status": DepositStatus.APPROVED, "first_approver": "staff:1",
              "key_namespace": f"customer:{customer.id}"}
    await Deposit.create(key="a", tracking_number="00042", tracking_key="42",
                         decided_at=datetime.now(UTC), **fields)
    # when a second approved row names the same reference without them
    with pytest.raises(IntegrityError, match=deposits.CREDITED_ONCE_INDEX):
        await Deposit.create(key="b", tracking_number="42", tracking_key="42",
                             decided_at=datetime.now(UTC), **fields)


async def test_the_database_refuses_a_key_that_is_not_its_tracking_numbers(client):
    # given a row whose key does not follow from its tracking number (written by hand)
    customer, _ = client
    with pytest.raises(IntegrityError, match="wallet_deposit_tracking_key_derived"):
        await Deposit.create(customer_id=customer.id, key="a", amount=1, bank=Bank.SAMAN,
                             deposited_on=date(2026, 11, 1), tracking_number="00042",
                             tracking_key="00042", declared_by=f"customer:{customer.id}",
                             key_namespace=f"customer:{customer.id}")
