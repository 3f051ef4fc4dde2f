"""Access rules: who may call an operation, declared once per operation and checked here."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from models.identity.callers import CallerKind, Identity, Scope
from models.identity.tables import StaffRole

ALL_STAFF = frozenset(StaffRole)
MANAGERS = frozenset({StaffRole.OWNER, StaffRole.ADMIN})
# Everyone but support: support staff read and answer customers, they do not change things.
MOVERS = frozenset({StaffRole.OWNER, StaffRole.ADMIN, StaffRole.OPERATOR, StaffRole.BACK_OFFICE})
AUDITORS = frozenset({StaffRole.OWNER, StaffRole.ADMIN, StaffRole.BACK_OFFICE})


@dataclass(slots=True, frozen=True)
class Rule:
    """Who may call one operation.

    - `staff`: the roles of the platform's staff that may;
    - `partner`: the scope a partner caller needs (a key holding the operation's name passes
      too; a partner's staff member passes when the role gives the scope);
    - `partner_staff`: roles of a partner's staff that may, whatever the scopes (for what only
      people do: their own profile, their partner's keys);
    - `any_partner`: every partner caller, key or staff, whatever its scopes (its own profile);
    - `customer`: whether a signed-in customer may;
    - `terminal`: whether a merchant's POS terminal (by its key) may;
    - `public`: anyone, signed in or not (signing in itself).
    """

    staff: frozenset[StaffRole] = frozenset()
    partner: Scope | None = None
    partner_staff: frozenset[StaffRole] = frozenset()
    any_partner: bool = False
    customer: bool = False
    public: bool = False
    terminal: bool = False

    def allows(self, identity: Identity | None, operation: str) -> bool:
        if self.public:
            return True
        if identity is None:
            return False
        if identity.kind is CallerKind.STAFF:
            return identity.role in self.staff
        if identity.kind is CallerKind.CUSTOMER:
            return self.customer
        if identity.kind is CallerKind.TERMINAL:
            return self.terminal
        if self.any_partner or (identity.kind is CallerKind.PARTNER_STAFF
                                and identity.role in self.partner_staff):
            return True
        return self.partner is not None and identity.holds(self.partner, operation)

    def describe(self) -> str:
        """The rule in a few words, for docs and error messages."""
        if self.public:
            return "anyone"
        parts = []
        if self.staff:
            parts.append("staff " + _roles(self.staff))
        if self.partner is not None:
            parts.append(f"partners with {self.partner}")
        if self.partner_staff:
            parts.append("partner staff " + _roles(self.partner_staff))
        if self.any_partner:
            parts.append("any partner caller")
        if self.customer:
            parts.append("customers")
        if self.terminal:
            parts.append("terminals")
        return "; ".join(parts) or "nobody"


def _roles(roles: Iterable[StaffRole]) -> str:
    if frozenset(roles) == ALL_STAFF:
        return "(any role)"
    return "(" + ", ".join(r.value for r in StaffRole if r in roles) + ")"
