"""Writing and reading the audit log. Inputs are stored with their secrets masked."""

from __future__ import annotations

import math
from datetime import UTC, datetime
from enum import Enum
from typing import Any

from models.audit.tables import AuditEntry
from models.db import given
from models.identity.callers import Identity

MASK = "***"
# An argument whose name holds one of these (any case, at any depth) is never stored.
_SECRET_WORDS = ("password", "secret", "token", "onetimecode", "otp")
# A longer string (an uploaded receipt's base64, say) is stored as its length only.
_TEXT_MAX = 2000


def _secret(name: str) -> bool:
    lowered = name.lower().replace("_", "")
    return any(word in lowered for word in _SECRET_WORDS)


def _storable(text: str) -> bool:
    return "\x00" not in text and not any("\ud800" <= c <= "\udfff" for c in text)


def masked(value: Any) -> Any:
    """`value` as JSON, with the value of every secret-named key replaced by a mask."""
    if isinstance(value, dict):
        return {masked(str(k)): MASK if _secret(str(k)) else masked(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [masked(v) for v in value]
    if isinstance(value, Enum):
        return masked(value.value)
    if isinstance(value, str) and len(value) > _TEXT_MAX:
        return f"<{len(value)} characters>"
    if isinstance(value, str) and not _storable(value):
        # A refused argument is audited too; PostgreSQL's jsonb cannot hold NUL or surrogates.
        return f"<{len(value)} characters, not storable text>"
    if isinstance(value, float) and not math.isfinite(value):
        return str(value)  # jsonb refuses NaN and Infinity
    if value is None or isinstance(value, bool | int | float | str):
        return value
    return str(value)


async def record(identity: Identity, operation: str, arguments: dict[str, Any], result: str,
                 at: datetime, duration_ms: int) -> AuditEntry:
    return await AuditEntry.create(
        at=at, actor=identity.actor, actor_kind=identity.kind.value,
        actor_name=(identity.email or identity.name)[:300], partner_id=identity.partner_id,
        operation=operation[:100], input=masked(arguments), result=result[:100],
        duration_ms=duration_ms)


async def page(*, limit: int, before_id: int | None = None, actor: str | None = None,
               operation: str | None = None, result: str | None = None,
               partner_id: int | None = None, since: datetime | None = None,
               until: datetime | None = None) -> list[AuditEntry]:
    """Entries newest first, filtered exactly; `since` is inclusive, `until` exclusive."""
    query = AuditEntry.filter(**given(
        id__lt=before_id, actor=actor, operation=operation, result=result,
        partner_id=partner_id, at__gte=None if since is None else _aware(since),
        at__lt=None if until is None else _aware(until)))
    return await query.order_by("-id").limit(limit)


def _aware(moment: datetime) -> datetime:
    """A time without a zone is taken as UTC."""
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
