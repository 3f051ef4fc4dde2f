"""Helpers of the deposit tests: the GraphQL operations, receipt images, declarations."""

from __future__ import annotations

import base64
import io
import itertools
from typing import Any

from PIL import Image

from models.ledger.verify import verify_ledger
from models.wallet import wallets

SMALL = 2_000_000  # below the default second-approval threshold (500,000,000 rials)
LARGE = 750_000_000  # at or above it: two approvals
TODAY = "2026-11-20"

DECLARE = """
mutation Declare($input: DeclareDepositInput!) {
  declareDeposit(input: $input) {
    __typename
    ... on DeclareDepositSuccess { replayed deposit { id customerId amount bank depositedOn
      trackingNumber status declaredBy receipt { contentType size sha256 } } }
    ... on UserError { code message field }
  }
}
"""
APPROVE = """
mutation Approve($id: ID!) {
  approveDeposit(id: $id) {
    __typename
    ... on DepositSuccess { deposit { id status firstApprover secondApprover
      creditedTransferId decidedAt } }
    ... on DepositAlreadyDecided { status }
    ... on UserError { code message field }
  }
}
"""
REJECT = """
mutation Reject($id: ID!, $reason: String!) {
  rejectDeposit(id: $id, reason: $reason) {
    __typename
    ... on DepositSuccess { deposit { id status rejectedBy rejectedReason decidedAt } }
    ... on DepositAlreadyDecided { status }
    ... on UserError { code message field }
  }
}
"""
DEPOSITS = """
query Deposits($status: [DepositStatus!], $customerId: ID, $first: Int, $after: String,
               $order: ListOrder) {
  deposits(status: $status, customerId: $customerId, first: $first, after: $after,
           order: $order) {
    edges { node { id customerId status amount } }
    pageInfo { hasNextPage endCursor }
  }
}
"""
DEPOSIT = """
query Deposit($id: ID!) {
  deposit(id: $id) { id status receiptDataUrl receipt { contentType size } }
}
"""


def image(kind: str = "PNG", colour: str = "white") -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (40, 24), colour).save(buffer, kind)
    return buffer.getvalue()


def receipt(content: bytes | None = None, content_type: str = "image/png") -> dict[str, str]:
    return {"contentType": content_type,
            "base64": base64.b64encode(content if content is not None else image()).decode()}


_keys = itertools.count(1)


def declaration(amount: int = SMALL, tracking: str = "123456789", bank: str = "MELLAT",
                **extra: Any) -> dict[str, Any]:
    return {"amount": amount, "bank": bank, "depositedOn": TODAY, "trackingNumber": tracking,
            "receipt": receipt(), "idempotencyKey": f"declare-{next(_keys)}", **extra}


async def paid(customer_id: int) -> int:
    return (await wallets.balance(customer_id)).paid


async def assert_ledger_clean() -> None:
    assert await verify_ledger() == []
