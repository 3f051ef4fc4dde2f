"""The identity domain's manifest: staff, partners and their keys, customers and sign-in."""

from __future__ import annotations

from admin_ui import routes
from admin_ui.pages import customer, customers, partners, staff
from admin_ui.parts import MenuEntry
from api.identity.customers import CaughtSmsQuery, CustomerMutation, CustomerQuery
from api.identity.partners import PartnerMutation, PartnerQuery
from api.identity.schema import IdentityMutation, IdentityQuery
from etebar.domains.base import Domain

DOMAIN = Domain(
    name="identity",
    models=("models.identity.tables",),
    queries=(IdentityQuery, PartnerQuery, CustomerQuery),
    outside_production=(CaughtSmsQuery,),
    mutations=(IdentityMutation, PartnerMutation, CustomerMutation),
    admin_pages=(staff.create, partners.create, customers.create, customer.create),
    menu=(MenuEntry(routes.STAFF, "menu.staff", "staffMembers", 40),
          MenuEntry(routes.PARTNERS, "menu.partners", "partners", 50),
          MenuEntry(routes.CUSTOMERS, "menu.customers", "customers", 120)),
)
