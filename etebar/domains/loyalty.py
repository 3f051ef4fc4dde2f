"""The loyalty clubs' manifest: clubs, merchants, terminals, members and their cards, rules,
purchases at the point of sale and their settlement split."""

from __future__ import annotations

from admin_ui import routes
from admin_ui.pages import (
    loyalty_campaigns,
    loyalty_clubs,
    loyalty_draws,
    loyalty_federations,
    loyalty_members,
    loyalty_merchants,
    loyalty_networks,
    loyalty_purchases,
    loyalty_referrals,
    loyalty_rules,
    loyalty_segments,
    loyalty_settlements,
    loyalty_tiers,
    loyalty_tools,
)
from admin_ui.parts import MenuEntry
from api.loyalty.campaigns import CampaignMutation, CampaignQuery
from api.loyalty.clubs import ClubMutation, ClubQuery
from api.loyalty.draws import DrawMutation, DrawQuery
from api.loyalty.errors import LOYALTY_ERRORS
from api.loyalty.federation import FederationMutation, FederationQuery
from api.loyalty.holdings import HoldingsQuery
from api.loyalty.members import MemberMutation, MemberQuery
from api.loyalty.merchants import MerchantMutation, MerchantQuery
from api.loyalty.networks import NetworkMutation, NetworkQuery
from api.loyalty.purchases import PurchaseMutation, PurchaseQuery
from api.loyalty.referrals import ReferralMutation, ReferralQuery
from api.loyalty.rules import RuleMutation, RuleQuery
from api.loyalty.segments import SegmentMutation, SegmentQuery
from api.loyalty.settlement import SettlementMutation, SettlementQuery
from api.loyalty.terminals import TerminalMutation, TerminalQuery
from api.loyalty.tiers import TierMutation, TierQuery
from api.loyalty.tools import ToolsMutation, ToolsQuery
from etebar.domains.base import Domain, PeriodicJob
from etebar.loyalty_demo import seed_demo_club
from models.identity.authentication import register_credential
from models.loyalty.settings import LoyaltySettings
from models.loyalty.terminals import TERMINAL_KEY_PREFIX, authenticate_terminal_key
from workers.actors.loyalty import (
    expire_loyalty_credit,
    remind_loyalty_appointments,
    review_loyalty_tiers,
    run_due_loyalty_draws,
    settle_loyalty_period,
)
from workers.actors.loyalty_events import run_loyalty_daily, send_loyalty_campaigns

# A terminal's key (`Authorization: Bearer etbt_…`) is a caller of its own (CallerKind.TERMINAL);
# identity resolves it through what loyalty registers here, never importing loyalty.
register_credential(TERMINAL_KEY_PREFIX, authenticate_terminal_key)

DOMAIN = Domain(
    name="loyalty",
    models=(
        "models.loyalty.tables",
        "models.loyalty.stats_tables",
        "models.loyalty.draws_tables",
        "models.loyalty.referral_tables",
        "models.loyalty.tools_tables",
        "models.loyalty.federation_tables",
        "models.loyalty.events_tables",
        "models.loyalty.tier_tables",
        "models.loyalty.network_tables",
        "models.loyalty.segment_tables",
    ),
    settings=LoyaltySettings,
    queries=(ClubQuery, MerchantQuery, TerminalQuery, MemberQuery, RuleQuery, PurchaseQuery,
             SettlementQuery, HoldingsQuery,
             DrawQuery,
             ReferralQuery,
             ToolsQuery,
             FederationQuery,
             SegmentQuery,
             CampaignQuery,
             TierQuery,
             NetworkQuery,
             ),
    mutations=(ClubMutation, MerchantMutation, TerminalMutation, MemberMutation, RuleMutation,
               PurchaseMutation, SettlementMutation,
               DrawMutation,
               ReferralMutation,
               ToolsMutation,
               FederationMutation,
               SegmentMutation,
               CampaignMutation,
               TierMutation,
               NetworkMutation,
               ),
    errors=LOYALTY_ERRORS,
    periodic_jobs=(PeriodicJob("settle_loyalty_period",
                               lambda settings: settings.loyalty.settlement_interval_seconds,
                               settle_loyalty_period.send),
                   PeriodicJob("expire_loyalty_credit",
                               lambda settings: settings.loyalty.expiry_interval_seconds,
                               expire_loyalty_credit.send),
                   PeriodicJob("run_due_loyalty_draws",
                               lambda settings: settings.loyalty.draw_interval_seconds,
                               run_due_loyalty_draws.send),
                   PeriodicJob("remind_loyalty_appointments",
                               lambda settings: (
                                   settings.loyalty.appointment_reminder_interval_seconds),
                               remind_loyalty_appointments.send),
                   PeriodicJob("run_loyalty_daily",
                               lambda settings: settings.loyalty.events_daily_interval_seconds,
                               run_loyalty_daily.send),
                   PeriodicJob("send_loyalty_campaigns",
                               lambda settings: settings.loyalty.campaigns_interval_seconds,
                               send_loyalty_campaigns.send),
                   PeriodicJob("review_loyalty_tiers",
                               lambda settings: settings.loyalty.tier_review_interval_seconds,
                               review_loyalty_tiers.send),
                   ),
    actor_modules=("workers.actors.loyalty", "workers.actors.loyalty_events"),
    admin_pages=(loyalty_clubs.create, loyalty_merchants.create, loyalty_members.create,
                 loyalty_purchases.create, loyalty_settlements.create, loyalty_rules.create,
                 loyalty_draws.create,
                 loyalty_referrals.create,
                 loyalty_tools.create,
                 loyalty_federations.create,
                 loyalty_segments.create,
                 loyalty_campaigns.create,
                 loyalty_tiers.create,
                 loyalty_networks.create,
                 ),
    menu=(MenuEntry(routes.LOYALTY_CLUBS, "loyalty.core.menu.clubs", "clubs", 150),
          MenuEntry(routes.LOYALTY_RULES, "menu.loyalty_rules", "rules", 155),
          MenuEntry(routes.LOYALTY_SETTLEMENTS, "loyalty.settlement.menu", "settlementBatches",
                    160),
          MenuEntry(routes.LOYALTY_FEDERATIONS, "loyalty.federation.menu", "federations", 165)),
    demo=seed_demo_club,
)
