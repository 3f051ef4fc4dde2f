"""Who may call what. Every root field declares one rule with `requires(...)`, read at the
resolver; the rule itself (`models.identity.access.Rule`) decides. A test fails when a query or
mutation has none."""

from __future__ import annotations

from functools import cache
from typing import Any

import strawberry
from strawberry.exceptions import StrawberryGraphQLError
from strawberry.extensions.field_extension import FieldExtension
from strawberry.permission import BasePermission, PermissionExtension
from strawberry.schema_directive import Location
from strawberry.types.unset import UNSET

from api.rate_limit import PerAddressLimit
from models.identity.access import ALL_STAFF, AUDITORS, MANAGERS, MOVERS, Rule
from models.identity.callers import Identity, Scope
from models.identity.tables import StaffRole

__all__ = ["ALL_STAFF", "AUDITORS", "MANAGERS", "MOVERS", "Access", "Scope",
           "allowed_operations", "requires", "rule_of"]

UNAUTHENTICATED = ("Authentication required: send a valid token or key as "
                   "'Authorization: Bearer'.")


@strawberry.schema_directive(
    name="requires", locations=[Location.FIELD_DEFINITION],
    description="Who may call this operation: staff roles, the scope a partner needs, partner "
                "staff roles, any partner, customers, terminals, or anyone.")
class RequiresDirective:
    # UNSET arguments are left out of the SDL, so each field shows only what its rule says.
    staff: list[str] | None = UNSET
    partner: str | None = UNSET
    partner_staff: list[str] | None = UNSET
    any_partner: bool | None = UNSET
    customer: bool | None = UNSET
    public: bool | None = UNSET
    terminal: bool | None = UNSET


def _directive(rule: Rule) -> RequiresDirective:
    def roles(chosen: frozenset[StaffRole]) -> Any:
        return [r.value for r in StaffRole if r in chosen] or UNSET

    return RequiresDirective(staff=roles(rule.staff), partner=rule.partner or UNSET,
                             partner_staff=roles(rule.partner_staff),
                             any_partner=rule.any_partner or UNSET,
                             customer=rule.customer or UNSET, public=rule.public or UNSET,
                             terminal=rule.terminal or UNSET)


class Access(BasePermission):
    """Checks one operation's rule; refuses with UNAUTHENTICATED (nobody signed in) or
    FORBIDDEN (signed in, but not allowed). The rule shows in the SDL as `@requires(...)`."""

    def __init__(self, rule: Rule) -> None:
        self.rule = rule

    @property
    def schema_directive(self) -> object:
        return _directive(self.rule)

    def has_permission(self, source: Any, info: strawberry.Info, **kwargs: Any) -> bool:
        identity = getattr(info.context, "identity", None)
        if self.rule.allows(identity, info.field_name):
            return True
        if identity is None:
            auth_error = getattr(info.context, "auth_error", None)
            message = f"{UNAUTHENTICATED} ({auth_error})" if auth_error else UNAUTHENTICATED
            raise StrawberryGraphQLError(message, extensions={"code": "UNAUTHENTICATED"})
        raise StrawberryGraphQLError(
            f"{info.field_name} is for {self.rule.describe()}.",
            extensions={"code": "FORBIDDEN"})


def requires(*, staff: frozenset[StaffRole] = frozenset(), partner: Scope | None = None,
             partner_staff: frozenset[StaffRole] = frozenset(), any_partner: bool = False,
             customer: bool = False, public: bool = False,
             terminal: bool = False) -> list[FieldExtension]:
    """The field extensions that enforce one access rule (see `Rule` for each argument)."""
    rule = Rule(staff=staff, partner=partner, partner_staff=partner_staff,
                any_partner=any_partner, customer=customer, public=public, terminal=terminal)
    extensions: list[FieldExtension] = [PermissionExtension(permissions=[Access(rule)])]
    if public:  # what strangers may call is counted per client address
        extensions.append(PerAddressLimit())
    return extensions


def rule_of(field: Any) -> Rule | None:
    """The rule a root field declared, if any."""
    for extension in getattr(field, "extensions", None) or []:
        if isinstance(extension, PermissionExtension):
            for permission in extension.permissions:
                if isinstance(permission, Access):
                    return permission.rule
    return None


@cache
def partner_operations(schema: strawberry.Schema) -> frozenset[str]:
    """The operations a partner key may be limited to: those whose rule names a scope."""
    names = set()
    for root in ("Query", "Mutation"):
        definition = schema.get_type_by_name(root)
        for field in getattr(definition, "fields", []):
            rule = rule_of(field)
            if rule is not None and rule.partner is not None:
                names.add(schema.config.name_converter.from_field(field))
    return frozenset(names)


def allowed_operations(schema: strawberry.Schema, identity: Identity) -> frozenset[str]:
    """The root operations `identity` may call, each decided by its own rule."""
    names = set()
    for root in ("Query", "Mutation"):
        definition = schema.get_type_by_name(root)
        for field in getattr(definition, "fields", []):
            name = schema.config.name_converter.from_field(field)
            rule = rule_of(field)
            if rule is not None and rule.allows(identity, name):
                names.add(name)
    return frozenset(names)
