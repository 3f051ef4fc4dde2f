"""What billing's tests share: a fixed renewal policy and the GraphQL operations they call."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from models.billing.renewal import RenewalPolicy

SECRET_KEY = "tests-secret-key-of-the-pay-links"
NOW = datetime.now(UTC).replace(microsecond=0)
POLICY = RenewalPolicy(public_url="https://etebar.example", secret_key=SECRET_KEY,
                       lead_time=timedelta(days=3),
                       reminder_days=(1, -1, -3), grace=timedelta(days=7))

PRODUCT = """mutation($input: ProductInput!) { createProduct(input: $input) {
  __typename ... on ProductSuccess { product { id price cycle } } } }"""
PLACE = """mutation($input: PlaceOrderInput!) { placeOrder(input: $input) {
  __typename ... on OrderSuccess { order { id status price } }
  ... on UserError { code field } } }"""
PAY = """mutation($id: ID!, $key: String!) { payOrder(orderId: $id, idempotencyKey: $key) {
  __typename
  ... on OrderPaid { replayed order { id status period periodEnd renewsAt }
                    payment { id period amount spendKey draws { kind amount } } }
  ... on InsufficientFundsError { code message field missing available }
  ... on UserError { code field } } }"""
ORDER = """query($id: ID!) { order(id: $id) { id status period renewsAt suspendedAt
  failureReason payments { period amount spendKey refundedAt refundReason
  draws { lotId kind amount } } } }"""
MARK_FAILED = """mutation($id: ID!, $reason: String!) { markOrderFailed(orderId: $id,
  reason: $reason) { __typename ... on OrderSuccess { order { id status failureReason } }
  ... on UserError { code } } }"""
