"""The loyalty clubs' demo data (a step of `etebar seed-demo`): a club owner and its club with
categories, two merchants with a terminal each, a merchant group, and two members with bank
cards, all written through the domain's own operations. Running it again writes nothing new;
the first terminal's key is kept while it still authenticates (`stored_key`), else a new one is
issued and returned once."""

from __future__ import annotations

from dataclasses import dataclass

from models.errors import AuthenticationFailed
from models.identity.callers import CallerKind, Identity
from models.identity.partners import create_partner
from models.identity.tables import Partner, PartnerKind, StaffRole
from models.loyalty import clubs, members, merchants, rules, terminals
from models.loyalty.cards import luhn_check_digit
from models.loyalty.clubs import ClubSettings
from models.loyalty.codes import CategoryKind, RewardKind, RuleStatus
from models.loyalty.members import Enrolment
from models.loyalty.merchants import MerchantTerms
from models.loyalty.rules import RuleDraft
from models.loyalty.tables import Category, Club, ClubMerchant, MerchantGroup, Rule, Terminal

DEMO = Identity(kind=CallerKind.STAFF, name="demo", staff_id=0, role=StaffRole.OWNER)
OWNER = "باشگاه‌داران نارون (Narvan Clubs)"
CLUB = "باشگاه مشتریان نارون"
MERCHANTS = (("کافه نارون (Narvan Café)", "POS-1001"),
             ("کتاب‌فروشی سپیدار (Sepidar Books)", "POS-2001"))
SHEBA = "IR820540102680020817909002"
RULE = "امتیاز هر خرید"
FRIDAY_RULE = "اعتبار جمعه‌ها"


def _card(body: str) -> str:
    return body + luhn_check_digit(body)


# (mobile, name, national ID, bank card)
MEMBERS = (("09121110001", "سارا احمدی", "0499370899", _card("603799123456789")),
           ("09121110002", "Reza Karimi", None, _card("610433987654321")))


@dataclass(slots=True, frozen=True)
class LoyaltyDemo:
    club_id: int
    terminal_key: str
    key_issued: bool


async def _partner(name: str, kind: PartnerKind) -> Partner:
    found = await Partner.get_or_none(name=name, kind=kind)
    return found or await create_partner(name, kind)


async def seed_loyalty_demo(stored_key: str | None) -> LoyaltyDemo:
    owner = await _partner(OWNER, PartnerKind.CLUB_OWNER)
    club = await Club.get_or_none(owner_id=owner.id, name=CLUB)
    if club is None:
        club = await clubs.create_club(DEMO, owner.id, ClubSettings(
            given=frozenset({"name", "rewards", "settlement_sheba", "point_value"}), name=CLUB,
            rewards=[r.value for r in RewardKind], settlement_sheba=SHEBA, point_value=1_000))
        await clubs.set_fee_tariff(DEMO, club.id, percent_bp=50, amount=0)
    for kind, code, name, name_en in ((CategoryKind.MERCHANT, "food", "خوراک", "Food"),
                                      (CategoryKind.MERCHANT, "books", "کتاب", "Books"),
                                      (CategoryKind.SERVICE, "coffee", "قهوه", "Coffee")):
        if not await Category.exists(club_id=club.id, kind=kind, code=code):
            await clubs.add_category(DEMO, club.id, kind, code, name, name_en)
    shops: list[Terminal] = []
    for name, serial in MERCHANTS:
        merchant = await _partner(name, PartnerKind.MERCHANT)
        if not await ClubMerchant.exists(club_id=club.id, merchant_id=merchant.id):
            await merchants.add_merchant(DEMO, club.id, merchant.id, MerchantTerms(
                given=frozenset({"split_terms", "settlement_sheba"}), settlement_sheba=SHEBA,
                split_terms=[{"beneficiary": "club_owner", "percent_bp": 300}]))
        terminal = await Terminal.get_or_none(merchant_id=merchant.id, serial=serial)
        shops.append(terminal or await terminals.create_terminal(DEMO, merchant.id, serial,
                                                                 "صندوق ۱"))
    group = await MerchantGroup.get_or_none(club_id=club.id, name="خوراک و نوشیدنی")
    if group is None:
        group = await merchants.create_group(DEMO, club.id, "خوراک و نوشیدنی")
    await merchants.add_to_group(DEMO, club.id, group.id, shops[0].merchant_id)
    if not await Rule.exists(club_id=club.id, name=RULE):
        # a point per 10,000 rials everywhere in the club, and 3% club credit on Fridays
        rule, _ = await rules.create_rule(club, RuleDraft(name=RULE, effects=[
            {"kind": "points", "per_rials": 10_000, "points": 1}]), actor=DEMO.actor)
        await rules.set_rule_status(club, rule.id, RuleStatus.ACTIVE)
        friday, _ = await rules.create_rule(club, RuleDraft(
            name=FRIDAY_RULE,
            condition={"all": [{"field": "weekday", "op": "in", "value": ["fri"]}]},
            effects=[{"kind": "club_credit", "percent_bp": 300, "expires_in_days": 30,
                      "scope": "club"}]), actor=DEMO.actor)
        await rules.set_rule_status(club, friday.id, RuleStatus.ACTIVE)
    for mobile, name, national_id, card in MEMBERS:
        await members.enrol_in_panel(DEMO, club.id, Enrolment(
            mobile=mobile, name=name, national_id=national_id, card_number=card))
    if stored_key is not None:
        try:
            caller = await terminals.resolve_key(stored_key)
            if caller.terminal_id == shops[0].id:
                return LoyaltyDemo(club_id=club.id, terminal_key=stored_key, key_issued=False)
        except AuthenticationFailed:
            pass
    secret, _ = await terminals.issue_key(DEMO, shops[0].id)
    return LoyaltyDemo(club_id=club.id, terminal_key=secret, key_issued=True)
