"""The loyalty clubs' manifest: clubs, merchants, terminals, members and their cards, rules,
purchases at the point of sale and their settlement split."""

from __future__ import annotations

from admin_ui import routes
from admin_ui.pages import (
    loyalty_clubs,
    loyalty_members,
    loyalty_merchants,
    loyalty_networks,
    loyalty_purchases,
    loyalty_rules,
    loyalty_settlements,
)
from admin_ui.parts import MenuEntry
from api.loyalty.clubs import ClubMutation, ClubQuery
from api.loyalty.errors import LOYALTY_ERRORS
from api.loyalty.holdings import HoldingsQuery
from api.loyalty.members import MemberMutation, MemberQuery
from api.loyalty.merchants import MerchantMutation, MerchantQuery
from api.loyalty.networks import NetworkMutation, NetworkQuery
from api.loyalty.purchases import PurchaseMutation, PurchaseQuery
from api.loyalty.rules import RuleMutation, RuleQuery
from api.loyalty.settlement import SettlementMutation, SettlementQuery
from api.loyalty.terminals import TerminalMutation, TerminalQuery
from etebar.domains.base import Domain, PeriodicJob
from etebar.loyalty_demo import seed_demo_club
from models.identity.authentication import register_credential
from models.loyalty.settings import LoyaltySettings
from models.loyalty.terminals import TERMINAL_KEY_PREFIX, authenticate_terminal_key
from workers.actors.loyalty import expire_loyalty_credit, settle_loyalty_period

# A terminal's key (`Authorization: Bearer etbt_…`) is a caller of its own (CallerKind.TERMINAL);
# identity resolves it through what loyalty registers here, never importing loyalty.
register_credential(TERMINAL_KEY_PREFIX, authenticate_terminal_key)

DOMAIN = Domain(
    name="loyalty",
    models=("models.loyalty.tables", "models.loyalty.network_tables"),
    settings=LoyaltySettings,
    queries=(ClubQuery, MerchantQuery, TerminalQuery, MemberQuery, RuleQuery, PurchaseQuery,
             SettlementQuery, HoldingsQuery, NetworkQuery),
    mutations=(ClubMutation, MerchantMutation, TerminalMutation, MemberMutation, RuleMutation,
               PurchaseMutation, SettlementMutation, NetworkMutation),
    errors=LOYALTY_ERRORS,
    periodic_jobs=(PeriodicJob("settle_loyalty_period",
                               lambda settings: settings.loyalty.settlement_interval_seconds,
                               settle_loyalty_period.send),
                   PeriodicJob("expire_loyalty_credit",
                               lambda settings: settings.loyalty.expiry_interval_seconds,
                               expire_loyalty_credit.send)),
    actor_modules=("workers.actors.loyalty",),
    admin_pages=(loyalty_clubs.create, loyalty_merchants.create, loyalty_members.create,
                 loyalty_purchases.create, loyalty_settlements.create, loyalty_rules.create,
                 loyalty_networks.create),
    menu=(MenuEntry(routes.LOYALTY_CLUBS, "loyalty.core.menu.clubs", "clubs", 150),
          MenuEntry(routes.LOYALTY_RULES, "menu.loyalty_rules", "rules", 155),
          MenuEntry(routes.LOYALTY_SETTLEMENTS, "loyalty.settlement.menu", "settlementBatches",
                    160)),
    demo=seed_demo_club,
)
