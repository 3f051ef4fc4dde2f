"""The loyalty clubs' manifest: clubs, merchants, terminals, members and their cards, rules,
purchases at the point of sale and their settlement split."""

from __future__ import annotations

from admin_ui import routes
from admin_ui.pages import loyalty_rules
from admin_ui.parts import MenuEntry
from api.loyalty.clubs import ClubMutation, ClubQuery
from api.loyalty.errors import LOYALTY_ERRORS
from api.loyalty.members import MemberMutation, MemberQuery
from api.loyalty.merchants import MerchantMutation, MerchantQuery
from api.loyalty.rules import RuleMutation, RuleQuery
from api.loyalty.terminals import TerminalMutation, TerminalQuery
from etebar.domains.base import Domain
from models.identity.authentication import register_credential
from models.loyalty.settings import LoyaltySettings
from models.loyalty.terminals import TERMINAL_KEY_PREFIX, authenticate_terminal_key

# A terminal's key (`Authorization: Bearer etbt_…`) is a caller of its own (CallerKind.TERMINAL);
# identity resolves it through what loyalty registers here, never importing loyalty.
register_credential(TERMINAL_KEY_PREFIX, authenticate_terminal_key)

DOMAIN = Domain(
    name="loyalty",
    models=("models.loyalty.tables",),
    settings=LoyaltySettings,
    queries=(ClubQuery, MerchantQuery, TerminalQuery, MemberQuery, RuleQuery),
    mutations=(ClubMutation, MerchantMutation, TerminalMutation, MemberMutation, RuleMutation),
    errors=LOYALTY_ERRORS,
    admin_pages=(loyalty_rules.create,),
    menu=(MenuEntry(routes.LOYALTY_RULES, "menu.loyalty_rules", "rules", 150),),
)
