"""The manifest of the wallet's bank deposits: declared by receipt, approved by staff."""

from __future__ import annotations

from admin_ui import routes
from admin_ui.pages import deposits
from admin_ui.parts import MenuEntry
from api.deposits.errors import DEPOSIT_EXCEPTION_HANDLERS
from api.deposits.schema import DepositMutation, DepositQuery
from etebar.domains.base import Domain

DOMAIN = Domain(
    name="deposits",
    models=("models.wallet.deposits.tables",),
    queries=(DepositQuery,),
    mutations=(DepositMutation,),
    exception_handlers=DEPOSIT_EXCEPTION_HANDLERS,
    admin_pages=(deposits.create,),
    menu=(MenuEntry(routes.DEPOSITS, "menu.deposits", "deposits", 80),),
)
