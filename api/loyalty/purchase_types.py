"""GraphQL types of purchases: their input, the answer of a quote or a commit (each reward with
the rule version that gave it), a purchase with its legs, returns, and the member's own view."""

from __future__ import annotations

from datetime import datetime

import strawberry

import api.loyalty.rule_types  # noqa: F401  # declares ScopeKind and EffectKind
from api.ids import optional_id, to_id
from api.scalars import Long
from models.lots.tables import LotKind, ScopeKind
from models.loyalty.codes import Channel, EffectKind, PurchaseState
from models.loyalty.member_view import LotView, MembershipView
from models.loyalty.purchases import GrantedReward, PurchaseOutcome
from models.loyalty.returns import ReturnOutcome
from models.loyalty.tables import Purchase as PurchaseRow
from models.loyalty.tables import PurchaseEffect as PurchaseEffectRow

strawberry.enum(PurchaseState, description="Where a purchase stands: committed, partly or "
                                           "wholly returned, or voided.")
strawberry.enum(LotKind, name="MemberLotKind", description="What a lot of a member holds.")


@strawberry.input(description="A line of a purchase; lines sum to the purchase's amount.")
class PurchaseLineInput:
    line_no: int
    amount: Long
    service_category_id: strawberry.ID | None = None
    quantity: int = 1


@strawberry.input(description="A purchase as a terminal or a shop gives it. `member` is the "
                              "member's mobile, national ID, club card or bank card number. "
                              "`credit`: the credit to pay with, or `allCredit` for all that is "
                              "usable; `points`: the points to pay with.")
class PurchaseInput:
    club_id: strawberry.ID
    member: str
    amount: Long
    reference: str = strawberry.field(description="The POS's or the shop's reference: the "
                                                  "purchase is recorded once per reference.")
    lines: list[PurchaseLineInput] = strawberry.field(default_factory=list)
    credit: Long = Long(0)
    all_credit: bool = False
    points: Long = Long(0)
    channel: Channel | None = strawberry.field(
        default=None, description="A shop's purchases: WEB (default) or MOBILE; a terminal's "
                                  "are POS.")


@strawberry.input(description="A line's amount to return.")
class ReturnLineInput:
    line_no: int
    amount: Long


@strawberry.input(description="A return of part of a purchase (an amount or lines' amounts) "
                              "or, with neither, of all that is left; once per key.")
class ReturnPurchaseInput:
    purchase_id: strawberry.ID
    key: str
    amount: Long | None = None
    lines: list[ReturnLineInput] = strawberry.field(default_factory=list)


@strawberry.type(description="A reward a rule version gives a purchase.")
class PurchaseReward:
    rule_id: strawberry.ID
    rule_version_id: strawberry.ID
    rule_version: int
    rule_name: str
    kind: EffectKind
    ledger: str
    amount: Long = strawberry.field(description="After the rule's budgets.")
    capped: bool = strawberry.field(description="A budget let through less than the rule gave.")
    repaid: Long = strawberry.field(description="Of the amount, what repaid the member's debt.")
    line_no: int | None
    scope: ScopeKind | None
    scope_id: strawberry.ID | None
    expires_at: datetime | None
    lot_id: strawberry.ID | None

    @classmethod
    def of(cls, r: GrantedReward) -> PurchaseReward:
        return cls(rule_id=to_id(r.rule_id), rule_version_id=to_id(r.rule_version_id),
                   rule_version=r.rule_version, rule_name=r.rule_name, kind=r.kind,
                   ledger=r.ledger, amount=Long(r.amount), capped=r.capped,
                   repaid=Long(r.repaid), line_no=r.line_no, scope=r.scope_kind,
                   scope_id=optional_id(r.scope_id), expires_at=r.expires_at,
                   lot_id=optional_id(r.lot_id))


@strawberry.type(description="Credit drawn from one of the member's lots.")
class CreditDraw:
    lot_id: strawberry.ID
    kind: LotKind
    amount: Long


@strawberry.type(description="What a purchase gives and takes: the discount, what the member "
                             "pays in money, the credit usable at this merchant, the credit and "
                             "points paid with, every reward and the platform's fee. A quote "
                             "has no purchase id.")
class PurchaseOutcomeType:
    purchase_id: strawberry.ID | None
    amount: Long
    discount: Long
    payable: Long
    usable_credit: Long
    credit_used: Long
    points_used: Long
    points_value: Long
    fee: Long
    rewards: list[PurchaseReward]
    draws: list[CreditDraw]
    replayed: bool
    group_credit_used: Long = strawberry.field(
        description="Of the credit paid with, what the member's group's credit paid.")

    @classmethod
    def of(cls, o: PurchaseOutcome) -> PurchaseOutcomeType:
        return cls(purchase_id=optional_id(o.purchase_id), amount=Long(o.amount),
                   discount=Long(o.discount), payable=Long(o.payable),
                   usable_credit=Long(o.usable_credit), credit_used=Long(o.credit_used),
                   points_used=Long(o.points_used), points_value=Long(o.points_value),
                   fee=Long(o.fee), rewards=[PurchaseReward.of(r) for r in o.rewards],
                   draws=[CreditDraw(lot_id=to_id(d.lot_id), kind=d.kind, amount=Long(d.amount))
                          for d in o.draws],
                   replayed=o.replayed, group_credit_used=Long(o.group_credit_used))


@strawberry.type(description="One leg of a purchase on the ledger.")
class PurchaseLeg:
    id: strawberry.ID
    kind: EffectKind
    rule_version_id: strawberry.ID | None
    line_no: int | None
    ledger: str
    amount: Long
    lot_id: strawberry.ID | None
    transfer_id: strawberry.ID | None
    returned_amount: Long

    @classmethod
    def of(cls, e: PurchaseEffectRow) -> PurchaseLeg:
        return cls(id=to_id(e.id), kind=EffectKind(e.kind),
                   rule_version_id=optional_id(e.rule_version_id), line_no=e.line_no,
                   ledger=e.ledger, amount=Long(e.amount), lot_id=optional_id(e.lot_id),
                   transfer_id=optional_id(e.transfer_id),
                   returned_amount=Long(e.returned_amount))


@strawberry.type(description="A member's purchase at a merchant.")
class Purchase:
    id: strawberry.ID
    club_id: strawberry.ID
    member_id: strawberry.ID
    merchant_id: strawberry.ID
    terminal_id: strawberry.ID | None
    channel: Channel
    reference: str
    amount: Long
    discount: Long
    paid_with_credit: Long
    paid_with_points: Long
    payable: Long
    returned_amount: Long
    state: PurchaseState
    occurred_at: datetime
    rewards: list[PurchaseReward] = strawberry.field(
        description="What it earned, each with its rule version (as committed).")
    legs: list[PurchaseLeg] | None = strawberry.field(
        default=None, description="Its legs on the ledger (a single purchase's detail).")

    @classmethod
    def of(cls, p: PurchaseRow, legs: list[PurchaseEffectRow] | None = None) -> Purchase:
        from models.loyalty.purchases import outcome_from_json

        outcome = outcome_from_json(p.outcome) if p.outcome else None
        return cls(id=to_id(p.id), club_id=to_id(p.club_id), member_id=to_id(p.member_id),
                   merchant_id=to_id(p.merchant_id), terminal_id=optional_id(p.terminal_id),
                   channel=Channel(p.channel), reference=p.reference, amount=Long(p.amount),
                   discount=Long(p.discount), paid_with_credit=Long(p.paid_with_credit),
                   paid_with_points=Long(p.paid_with_points), payable=Long(p.payable),
                   returned_amount=Long(p.returned_amount), state=PurchaseState(p.state),
                   occurred_at=p.occurred_at,
                   rewards=[PurchaseReward.of(r) for r in outcome.rewards] if outcome else [],
                   legs=[PurchaseLeg.of(e) for e in legs] if legs is not None else None)


@strawberry.type(description="What a return or a void did.")
class PurchaseReturnType:
    return_id: strawberry.ID
    purchase_id: strawberry.ID
    amount: Long
    returned_total: Long
    state: PurchaseState
    is_void: bool
    points_owed: Long = strawberry.field(description="Points this return left the member "
                                                     "owing (clawed back from later rewards).")
    credit_owed: Long
    replayed: bool

    @classmethod
    def of(cls, r: ReturnOutcome) -> PurchaseReturnType:
        return cls(return_id=to_id(r.return_id), purchase_id=to_id(r.purchase_id),
                   amount=Long(r.amount), returned_total=Long(r.returned_total), state=r.state,
                   is_void=r.is_void, points_owed=Long(r.debt.get("POINT", 0)),
                   credit_owed=Long(r.debt.get("IRR", 0)), replayed=r.replayed)


@strawberry.type(description="A lot of the member's: what it holds, where it may be spent and "
                             "until when.")
class MemberLot:
    id: strawberry.ID
    kind: LotKind
    scope: ScopeKind
    scope_id: strawberry.ID | None
    expires_at: datetime | None
    available: Long
    expired: bool

    @classmethod
    def of(cls, v: LotView) -> MemberLot:
        return cls(id=to_id(v.lot_id), kind=v.kind, scope=v.scope_kind,
                   scope_id=optional_id(v.scope_id), expires_at=v.expires_at,
                   available=Long(v.available), expired=v.expired)


@strawberry.type(description="A membership of a club as its person sees it.")
class MyClub:
    member_id: strawberry.ID
    club_id: strawberry.ID
    club_name: str
    card_number: str
    credit: Long
    points: Long = strawberry.field(description="Negative when the club allows it and points "
                                                "are owed after a return.")
    entries: Long
    points_owed: Long
    credit_owed: Long
    lots: list[MemberLot]

    @classmethod
    def of(cls, v: MembershipView) -> MyClub:
        return cls(member_id=to_id(v.member_id), club_id=to_id(v.club_id),
                   club_name=v.club_name, card_number=v.card_number, credit=Long(v.credit),
                   points=Long(v.points), entries=Long(v.entries),
                   points_owed=Long(v.owed.get("POINT", 0)),
                   credit_owed=Long(v.owed.get("IRR", 0)),
                   lots=[MemberLot.of(lot) for lot in v.lots])
