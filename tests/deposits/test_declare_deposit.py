"""Declaring a bank deposit: by the customer or staff for them, once per key, with a receipt
image that opens; bad input is refused and writes nothing."""

from __future__ import annotations

import hashlib

from models.identity.tables import StaffRole
from models.wallet.deposits.tables import Deposit, DepositReceipt

from .support import (
    DECLARE,
    SMALL,
    TODAY,
    assert_ledger_clean,
    declaration,
    image,
    paid,
    receipt,
)


async def test_a_customer_declares_their_own_deposit_and_nothing_is_credited_yet(
        client, declare):
    # given a signed-in customer
    customer, token = client
    # when they declare a deposit with a PNG receipt
    result = await declare(token)
    # then it waits for approval, declared by them, with its receipt stored
    assert result["__typename"] == "DeclareDepositSuccess", result
    deposit = result["deposit"]
    assert (deposit["customerId"], deposit["amount"], deposit["bank"], deposit["depositedOn"],
            deposit["status"], deposit["declaredBy"]) == (
        str(customer.id), str(SMALL), "MELLAT", TODAY, "DECLARED", f"customer:{customer.id}")
    assert deposit["receipt"] == {"contentType": "image/png", "size": len(image()),
                                  "sha256": hashlib.sha256(image()).hexdigest()}
    assert result["replayed"] is False
    assert await paid(customer.id) == 0
    await assert_ledger_clean()


async def test_staff_declare_for_a_customer_and_must_name_them(client, make_staff, declare):
    customer, _ = client
    member, token = await make_staff(StaffRole.OPERATOR)
    # without customerId: refused
    missing = await declare(token)
    assert (missing["__typename"], missing["code"]) == ("InvalidInput", "customer_required")
    # with it: declared by the staff member, for the customer
    result = await declare(token, customerId=str(customer.id))
    assert result["deposit"]["declaredBy"] == f"staff:{member.id}"
    assert result["deposit"]["customerId"] == str(customer.id)
    assert await Deposit.all().count() == 1


async def test_a_customer_cannot_declare_for_another_customer(make_client, declare):
    _, token = await make_client()
    other, _ = await make_client()
    result = await declare(token, customerId=str(other.id))
    assert (result["__typename"], result["code"]) == ("NotFoundError", "customer_not_found")
    assert await Deposit.all().count() == 0


async def test_the_same_key_declares_once(client, call_as):
    _, token = client
    sent = declaration(idempotencyKey="receipt-1")
    first = (await call_as(token, DECLARE, input=sent))["data"]["declareDeposit"]
    again = (await call_as(token, DECLARE, input=sent))["data"]["declareDeposit"]
    assert again["deposit"]["id"] == first["deposit"]["id"]
    assert (first["replayed"], again["replayed"]) == (False, True)
    assert await Deposit.all().count() == 1


async def test_the_same_key_with_other_content_is_an_idempotency_conflict(client, call_as):
    _, token = client
    await call_as(token, DECLARE, input=declaration(idempotencyKey="receipt-1"))
    other = declaration(idempotencyKey="receipt-1", amount=SMALL + 1)
    result = (await call_as(token, DECLARE, input=other))["data"]["declareDeposit"]
    assert (result["__typename"], result["code"]) == ("ConflictError", "idempotency_conflict")
    assert await Deposit.all().count() == 1


async def test_a_tracking_number_is_normalised(client, declare):
    _, token = client
    result = await declare(token, tracking="۱۲۳ ۴۵۶-ab۷")
    assert result["deposit"]["trackingNumber"] == "123456AB7"


async def _refused_and_nothing_written(declare, token, code, field="receipt", **fields):
    result = await declare(token, **fields)
    assert (result["__typename"], result["code"], result["field"]) == (
        "InvalidReceipt" if field == "receipt" else "InvalidInput", code, field), result
    assert await Deposit.all().count() == 0
    assert await DepositReceipt.all().count() == 0


async def test_a_receipt_that_is_not_an_image_is_refused_and_nothing_is_written(
        client, declare):
    _, token = client
    await _refused_and_nothing_written(declare, token, "receipt_unreadable",
                                       receipt=receipt(b"%PDF-1.4 not an image"))


async def test_a_truncated_image_is_refused(client, declare):
    _, token = client
    jpeg = image("JPEG")
    await _refused_and_nothing_written(
        declare, token, "receipt_unreadable",
        receipt=receipt(jpeg[: len(jpeg) // 2], "image/jpeg"))


async def test_a_receipt_of_another_type_than_declared_is_refused(client, declare):
    _, token = client
    await _refused_and_nothing_written(declare, token, "receipt_unreadable",
                                       receipt=receipt(image("PNG"), "image/jpeg"))


async def test_only_jpeg_png_and_webp_receipts_are_accepted(client, declare):
    _, token = client
    await _refused_and_nothing_written(declare, token, "receipt_type_not_allowed",
                                       receipt=receipt(image("GIF"), "image/gif"))
    for kind, content_type in (("JPEG", "image/jpeg"), ("WEBP", "image/webp")):
        result = await declare(token, receipt=receipt(image(kind), content_type))
        assert result["deposit"]["receipt"]["contentType"] == content_type


async def test_a_receipt_over_the_size_limit_is_refused(client, declare):
    _, token = client
    await _refused_and_nothing_written(declare, token, "receipt_too_large",
                                       receipt=receipt(b"\0" * (5 * 1024 * 1024 + 1)))


async def test_a_receipt_that_is_not_base64_is_refused(client, declare):
    _, token = client
    await _refused_and_nothing_written(
        declare, token, "receipt_not_base64",
        receipt={"contentType": "image/png", "base64": "not base64!"})


async def test_a_deposit_dated_in_the_future_is_refused(client, declare):
    _, token = client
    await _refused_and_nothing_written(declare, token, "deposit_date_in_future",
                                       field="depositedOn", depositedOn="2999-01-01")


async def test_an_amount_must_be_positive(client, declare):
    _, token = client
    await _refused_and_nothing_written(declare, token, "amount_must_be_positive",
                                       field="amount", amount=0)


async def test_an_empty_tracking_number_is_refused(client, declare):
    _, token = client
    await _refused_and_nothing_written(declare, token, "invalid_tracking_number",
                                       field="trackingNumber", tracking="  - ")
