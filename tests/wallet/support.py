"""What the wallet tests share: the GraphQL documents that read a wallet, and reading data."""

from __future__ import annotations

from typing import Any

WALLET = """
query Wallet($customerId: ID) {
  wallet(customerId: $customerId) {
    id customerId total paid promotional cashable
    lots { id kind expiresAt available account { id owner } }
  }
}
"""

MOVEMENTS = """
query Movements($customerId: ID, $first: Int!, $after: String) {
  wallet(customerId: $customerId) {
    movements(first: $first, after: $after) {
      edges { cursor node { transferId at amount transferAmount kind code lotKind
                            source { kind } } }
      pageInfo { hasNextPage endCursor }
    }
  }
}
"""


def data(body: dict[str, Any]) -> dict[str, Any]:
    assert "errors" not in body, body["errors"]
    result: dict[str, Any] = body["data"]
    return result
