"""Browsing the audit log: newest first, filtered by actor, operation, result, partner, time."""

from __future__ import annotations

from datetime import datetime

import strawberry

from api.ids import optional_id, parse_id, to_id
from api.pagination import Connection, connection, decode_cursor, page_size
from api.permissions import AUDITORS, requires
from api.scalars import JSON
from models.audit import log
from models.audit.tables import AuditEntry as AuditRow


@strawberry.type(description="One mutation by a signed-in caller. Entries never change.")
class AuditEntry:
    id: strawberry.ID
    at: datetime
    actor: str = strawberry.field(description="staff:<id>, partner_key:<id> or customer:<id>.")
    actor_kind: str
    actor_name: str
    partner_id: strawberry.ID | None
    operation: str
    input: JSON = strawberry.field(description="The arguments as sent, secrets masked.")
    result: str = strawberry.field(description="The success type's name, or the error's code "
                                               "(FORBIDDEN, insufficient_funds, ...).")
    duration_ms: int

    @classmethod
    def from_row(cls, row: AuditRow) -> AuditEntry:
        return cls(id=to_id(row.id), at=row.at, actor=row.actor, actor_kind=row.actor_kind,
                   actor_name=row.actor_name, partner_id=optional_id(row.partner_id),
                   operation=row.operation, input=JSON(row.input), result=row.result,
                   duration_ms=row.duration_ms)


@strawberry.type
class AuditQuery:
    @strawberry.field(extensions=requires(staff=AUDITORS),
                      description="The audit log, newest first. `since` is inclusive, `until` "
                                  "exclusive; the other filters match exactly.")
    async def audit_entries(self, first: int = 50, after: str | None = None,
                            actor: str | None = None, operation: str | None = None,
                            result: str | None = None, partner_id: strawberry.ID | None = None,
                            since: datetime | None = None,
                            until: datetime | None = None) -> Connection[AuditEntry]:
        limit = page_size(first)
        rows = await log.page(limit=limit + 1, before_id=decode_cursor("audit", after),
                              actor=actor, operation=operation, result=result,
                              partner_id=parse_id(partner_id, "partnerId"), since=since,
                              until=until)
        return connection([AuditEntry.from_row(r) for r in rows], limit, "audit",
                          lambda e: int(e.id))
