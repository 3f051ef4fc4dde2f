"""Who is calling: the `Identity` every operation receives, and the scopes partners hold."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from models.identity.tables import StaffRole
from models.keys import STAFF_NAMESPACE, customer_namespace, partner_namespace


class CallerKind(StrEnum):
    STAFF = "staff"  # the platform's own staff: they reach everything their role allows
    PARTNER_STAFF = "partner_staff"  # a partner's staff: their role's scopes, their partner only
    PARTNER_KEY = "partner_key"  # a partner's API key: its scopes, its partner only
    CUSTOMER = "customer"  # a customer signed in by SMS code: their own accounts, read only
    TERMINAL = "terminal"  # a merchant's POS terminal, by its key: that merchant's counter work


class Scope(StrEnum):
    """What a partner caller may do. A key holds some; a partner's staff member's role gives them.

    A key may also hold an operation's name (`createTransfers`), which lets it call just that."""

    LEDGER_READ = "ledger:read"
    LEDGER_WRITE = "ledger:write"
    CUSTOMERS_READ = "customers:read"
    CUSTOMERS_WRITE = "customers:write"
    LOYALTY_PURCHASES = "loyalty:purchases"  # a merchant's web shop or app records purchases
    LOYALTY_TOOLS = "loyalty:tools"  # a merchant's back office: staff, cash book, slots


# Writing implies reading what was written.
_IMPLIED: dict[str, str] = {
    Scope.LEDGER_WRITE: Scope.LEDGER_READ,
    Scope.CUSTOMERS_WRITE: Scope.CUSTOMERS_READ,
}

ALL_SCOPES = frozenset(Scope)

# What a partner's staff member may do, by role: support reads, everyone else also writes.
PARTNER_ROLE_SCOPES: dict[StaffRole, frozenset[Scope]] = {
    StaffRole.OWNER: ALL_SCOPES,
    StaffRole.ADMIN: ALL_SCOPES,
    StaffRole.OPERATOR: ALL_SCOPES,
    StaffRole.BACK_OFFICE: ALL_SCOPES,
    StaffRole.SUPPORT: frozenset({Scope.LEDGER_READ, Scope.CUSTOMERS_READ}),
}


def staff_actor(staff_id: int) -> str:
    """How the audit log (and the records of who did what) names a staff member."""
    return f"staff:{staff_id}"


def customer_actor(customer_id: int) -> str:
    return f"customer:{customer_id}"


def with_implied(scopes: frozenset[str]) -> frozenset[str]:
    return scopes | {_IMPLIED[s] for s in scopes if s in _IMPLIED}


@dataclass(slots=True, frozen=True)
class Identity:
    """A signed-in caller. Staff have `staff_id`, `email` and `role`; partner callers have
    `partner_id` and `scopes`; a customer has `customer_id`; a terminal has `terminal_id` and its
    merchant's `partner_id` (it is no partner caller: it reaches only what operations open to
    terminals give it). `token_id` names the token or key the request came with (it is what
    rate limits count)."""

    kind: CallerKind
    name: str
    staff_id: int | None = None
    email: str = ""
    role: StaffRole | None = None
    partner_id: int | None = None
    key_id: int | None = None
    scopes: frozenset[str] = frozenset()
    customer_id: int | None = None
    token_id: int | None = None
    by_session: bool = False  # signed in by a person (a session), not a program's key
    credential: str = ""  # the start of the token's or key's hash: names it, never restarts
    terminal_id: int | None = None

    @property
    def actor(self) -> str:
        """How the audit log names this caller."""
        if self.kind is CallerKind.PARTNER_KEY:
            return f"partner_key:{self.key_id}"
        if self.kind is CallerKind.CUSTOMER:
            assert self.customer_id is not None
            return customer_actor(self.customer_id)
        if self.kind is CallerKind.TERMINAL:
            return f"terminal_key:{self.key_id}"
        assert self.staff_id is not None
        return staff_actor(self.staff_id)

    @property
    def is_partner(self) -> bool:
        return self.kind in (CallerKind.PARTNER_STAFF, CallerKind.PARTNER_KEY)

    @property
    def key_namespace(self) -> str:
        """Where this caller's idempotency keys live (see `models.keys`)."""
        if self.is_partner or self.kind is CallerKind.TERMINAL:
            assert self.partner_id is not None
            return partner_namespace(self.partner_id)
        if self.kind is CallerKind.CUSTOMER:
            assert self.customer_id is not None
            return customer_namespace(self.customer_id)
        return STAFF_NAMESPACE

    @property
    def rate_limit_key(self) -> str | None:
        """Programs calling with a key are rate limited; people in a session are not."""
        if self.kind in (CallerKind.PARTNER_KEY, CallerKind.TERMINAL) or (
                self.staff_id is not None and not self.by_session and self.credential):
            return f"key:{self.credential}"
        return None

    def holds(self, scope: str, operation: str) -> bool:
        """A partner caller holds `scope`, or (keys only) the operation itself."""
        if self.kind is CallerKind.PARTNER_STAFF:
            assert self.role is not None
            return scope in PARTNER_ROLE_SCOPES[self.role]
        if self.kind is CallerKind.PARTNER_KEY:
            return scope in with_implied(self.scopes) or operation in self.scopes
        return False
