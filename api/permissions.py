"""Who may call what. Every root field declares its permissions; a test checks none is missing."""

from __future__ import annotations

from typing import Any

from strawberry.extensions.field_extension import FieldExtension
from strawberry.permission import BasePermission, PermissionExtension

from models.identity.tables import StaffRole


class IsStaff(BasePermission):
    """Any signed-in staff member (an API token or an admin session)."""

    message = "Authentication required: send a valid staff API token as 'Authorization: Bearer'."
    error_extensions = {"code": "UNAUTHENTICATED"}  # noqa: RUF012 (Strawberry reads it per class)

    def has_permission(self, source: Any, info: Any, **kwargs: Any) -> bool:
        return getattr(info.context, "identity", None) is not None


class Public(BasePermission):
    """Anyone, signed in or not: only for signing in."""

    message = ""

    def has_permission(self, source: Any, info: Any, **kwargs: Any) -> bool:
        return True


class MayMoveMoney(BasePermission):
    """Staff whose role may create accounts and move money; support staff only read."""

    message = "Your role may not change accounts or move money."
    error_extensions = {"code": "FORBIDDEN"}  # noqa: RUF012

    def has_permission(self, source: Any, info: Any, **kwargs: Any) -> bool:
        identity = getattr(info.context, "identity", None)
        return identity is not None and identity.role != StaffRole.SUPPORT


def staff_only() -> list[FieldExtension]:
    return [PermissionExtension(permissions=[IsStaff()])]


def money_movers() -> list[FieldExtension]:
    return [PermissionExtension(permissions=[IsStaff(), MayMoveMoney()])]
