"""The audit log's manifest: every mutation by staff and partners, and its admin page."""

from __future__ import annotations

from admin_ui import routes
from admin_ui.pages import audit
from admin_ui.parts import MenuEntry
from api.audit.schema import AuditQuery
from etebar.domains.base import Domain

DOMAIN = Domain(
    name="audit",
    models=("models.audit.tables",),
    queries=(AuditQuery,),
    admin_pages=(audit.create,),
    menu=(MenuEntry(routes.AUDIT, "menu.audit", "auditEntries", 60),),
)
