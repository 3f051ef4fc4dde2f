"""The loyalty domain's named values: roles, reward kinds, channels, rule and purchase states."""

from __future__ import annotations

from enum import StrEnum


class ClubRole(StrEnum):
    """A staff member's role in a club: the owner and managers configure it, operators run the
    counter work (members, purchases), viewers read."""

    OWNER = "owner"
    MANAGER = "manager"
    OPERATOR = "operator"
    VIEWER = "viewer"


class RewardKind(StrEnum):
    """What a club may give: a club chooses which it uses."""

    DISCOUNT = "discount"  # an instant cash discount on the bill (پس آنی)
    MERCHANT_CREDIT = "merchant_credit"
    CLUB_CREDIT = "club_credit"
    VIRTUAL_CREDIT = "virtual_credit"
    POINTS = "points"
    LOTTERY = "lottery"


class CategoryKind(StrEnum):
    MERCHANT = "merchant"
    SERVICE = "service"


class Channel(StrEnum):
    """Where a purchase or an enrolment was made."""

    POS = "pos"
    MOBILE = "mobile"
    WEB = "web"
    PANEL = "panel"  # the club's admin panel (enrolment only)


class MerchantStatus(StrEnum):
    ACTIVE = "active"
    SUSPENDED = "suspended"


class RuleStatus(StrEnum):
    DRAFT = "draft"
    ACTIVE = "active"
    PAUSED = "paused"
    ARCHIVED = "archived"


class Trigger(StrEnum):
    """What makes a rule give: a purchase (evaluated at the point of sale), or one of the member's
    events (`models.loyalty.event_rules`), at most 16 characters (the column's width)."""

    PURCHASE = "purchase"
    ENROLLED = "enrolled"
    PROFILE_COMPLETE = "profile_complete"
    BIRTHDAY = "birthday"
    ANNIVERSARY = "anniversary"  # of the member's enrolment
    FIRST_PURCHASE = "first_purchase"
    NTH_PURCHASE = "nth_purchase"  # the member's N-th standing purchase (N: the trigger's param)
    INACTIVITY = "inactivity"  # no purchase for N days (N: the trigger's param)
    TIER_CHANGED = "tier_changed"
    ORDER_PAID = "order_paid"  # a wallet order of the member's customer was paid


class Frequency(StrEnum):
    """How often an event rule gives a member: once ever, or at most N times per calendar year
    or month (Jalali, in the club's timezone)."""

    ONCE = "once"
    YEAR = "year"
    MONTH = "month"


class CampaignStatus(StrEnum):
    DRAFT = "draft"
    SCHEDULED = "scheduled"
    SENDING = "sending"
    SENT = "sent"
    CANCELLED = "cancelled"


class CampaignChannel(StrEnum):
    SMS = "sms"
    EMAIL = "email"


class MessageOutcome(StrEnum):
    """One campaign message or notice: recorded before it is sent, so a crash never sends it
    twice; `queued` until notify reports an outcome."""

    QUEUED = "queued"
    SENT = "sent"
    FAILED = "failed"


class Stacking(StrEnum):
    STACK = "stack"  # applies with the other stacking rules
    EXCLUSIVE = "exclusive"  # the best-priority exclusive rule applies alone


class PurchaseState(StrEnum):
    COMMITTED = "committed"
    PARTLY_RETURNED = "partly_returned"
    RETURNED = "returned"
    VOIDED = "voided"


class EffectKind(StrEnum):
    """One leg of a purchase, as it records what each rule gave and what the member spent."""

    DISCOUNT = "discount"
    MERCHANT_CREDIT = "merchant_credit"
    CLUB_CREDIT = "club_credit"
    VIRTUAL_CREDIT = "virtual_credit"
    POINTS = "points"
    LOTTERY = "lottery"
    REDEEM_CREDIT = "redeem_credit"  # the member paid with credit from a lot
    REDEEM_POINTS = "redeem_points"  # the member paid with points
    FEE = "fee"  # the platform's fee charged to the club owner
    DEBT = "debt"  # a clawback that could not be taken, owed by the member's next rewards


class Beneficiary(StrEnum):
    """Who takes a share of a purchase's amount in the settlement split (تسهیم)."""

    MERCHANT = "merchant"
    MARKETER = "marketer"
    MERCHANT_MARKETER = "merchant_marketer"
    CLUB_OWNER = "club_owner"


class SettlementState(StrEnum):
    OPEN = "open"
    SENT = "sent"
    ACCEPTED = "accepted"
    REJECTED = "rejected"


class AccountPurpose(StrEnum):
    """What a club's ledger account is for (`LoyaltyAccount.purpose`)."""

    REWARDS_FUNDING = "rewards_funding"  # the club owner's cost of credit it grants (IRR)
    MERCHANT_FUNDING = "merchant_funding"  # a merchant's cost of discounts and its credit (IRR)
    POINTS_ISSUED = "points_issued"  # the club's points in circulation (POINT)
    ENTRIES_ISSUED = "entries_issued"  # lottery entries in circulation (LOTTERY)
    SALES_CLEARING = "sales_clearing"  # purchase amounts the PSP collected, before the split
    SHARE_PAYABLE = "share_payable"  # what the club owes a beneficiary until settlement
    SHARE_CREDIT = "share_credit"  # a beneficiary's shares kept as credit, never paid out
    FEE_PAYABLE = "fee_payable"  # what the club owner owes the platform in fees
    RULE_BUDGET = "rule_budget"  # a rule's budget: grants draw it down, returns restore it
    MEMBER_DEBT = "member_debt"  # rewards a member owes back after a return
    # federations (models.loyalty.federation): what one club owes another for its members'
    # purchases at the other's merchants, subject `club:<the other club's id>`
    FEDERATION_PAYABLE = "federation_payable"
    FEDERATION_RECEIVABLE = "federation_receivable"


class FederationMembership(StrEnum):
    """A club's place in a federation: invited by the founding club, then joined."""

    INVITED = "invited"
    JOINED = "joined"


class AgreementStatus(StrEnum):
    """A federation agreement between two clubs: proposed by the home club, accepted by the
    host club, ended by either."""

    PROPOSED = "proposed"
    ACTIVE = "active"
    ENDED = "ended"


class TravellingKind(StrEnum):
    """What a home club's member may pay with at a host club's merchant, if the agreement
    lets it travel."""

    CLUB_CREDIT = "club_credit"
    VIRTUAL_CREDIT = "virtual_credit"
    POINTS = "points"
