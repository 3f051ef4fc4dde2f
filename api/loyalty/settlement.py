"""A club's settlement and what its owner reads, in GraphQL: settlement batches with their shares
and file, closing a period, recording a PSP's answer to a file uploaded by hand, the club's
statement of a period and its 30-day dashboard. Thin resolvers over `models.loyalty.settlement`
and `models.loyalty.statement`; reach and roles are `staff_roles.club_for`'s (reading: any club
role; closing a period and recording an answer: the owner or a manager, or the platform's staff).
Out of reach reads as absent: null, an empty list, `club_not_found`."""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated

import strawberry

from api.context import Context
from api.errors import InvalidInput, NotAllowedError, NotFoundError
from api.ids import optional_id, parse_id, required_id, to_id
from api.loyalty.campaigns import DeliveryCountsType
from api.loyalty.clubs import READERS, WRITERS, actor
from api.loyalty.segments import SegmentActivity, segment_activity
from api.loyalty.tiers import TierCount, tier_counts
from api.permissions import requires
from api.scalars import JSON, Long
from models.errors import NotAllowed, NotFound
from models.loyalty import campaigns, settlement, statement
from models.loyalty.codes import Beneficiary, SettlementState
from models.loyalty.psp.formats import Psp
from models.loyalty.tables import SettlementBatch as BatchRow
from models.loyalty.tables import Share as ShareRow

strawberry.enum(Beneficiary, description="Who takes a share of a purchase in the settlement "
                                         "split (تسهیم).")
strawberry.enum(SettlementState, description="Where a settlement batch stands: open (written, "
                                             "not yet answered), sent (waiting for a manual "
                                             "upload's answer), accepted or rejected.")


@strawberry.type(description="A beneficiary's share of a purchase (negative: of a return).")
class SettlementShare:
    id: strawberry.ID
    purchase_id: strawberry.ID
    return_id: strawberry.ID | None
    amount: Long
    sheba: str | None
    created_at: datetime

    @classmethod
    def from_row(cls, row: ShareRow) -> SettlementShare:
        return cls(id=to_id(row.id), purchase_id=to_id(row.purchase_id),
                   return_id=optional_id(row.return_id), amount=Long(row.amount),
                   sheba=row.sheba, created_at=row.created_at)


@strawberry.type(description="A period's shares of one beneficiary, closed into a file in a "
                             "PSP's split format.")
class SettlementBatch:
    id: strawberry.ID
    club_id: strawberry.ID
    beneficiary: Beneficiary
    partner_id: strawberry.ID | None
    period_end: datetime
    total: Long = strawberry.field(description="The net paid, rials.")
    psp: str = strawberry.field(description="The split format: zarinpal, sep or mellat.")
    state: SettlementState
    file_name: str
    answer: JSON = strawberry.field(description="The PSP's answer (code, message, raw).")
    created_at: datetime
    sent_at: datetime | None
    row: strawberry.Private[BatchRow]

    @classmethod
    def from_row(cls, row: BatchRow) -> SettlementBatch:
        answer = {k: v for k, v in row.answer.items() if k != "share_ids"}
        return cls(id=to_id(row.id), club_id=to_id(row.club_id), beneficiary=row.beneficiary,
                   partner_id=optional_id(row.partner_id), period_end=row.period_end,
                   total=Long(row.total), psp=row.psp, state=row.state,
                   file_name=row.file_name, answer=JSON(answer), created_at=row.created_at,
                   sent_at=row.sent_at, row=row)

    @strawberry.field(description="The file as sent to the PSP (JSON text).")
    def file(self) -> str:
        return self.row.file_body

    @strawberry.field(description="The shares the batch holds (a rejected batch: held).")
    async def shares(self) -> list[SettlementShare]:
        return [SettlementShare.from_row(r) for r in await settlement.shares_of(self.row)]


@strawberry.type(description="A beneficiary whose shares carried forward: their net was not "
                             "above zero.")
class CarriedShares:
    beneficiary: Beneficiary
    partner_id: strawberry.ID | None


@strawberry.type(description="What closing a period did.")
class SettlementRun:
    batches: list[SettlementBatch]
    carried: list[CarriedShares]


@strawberry.type
class SettlementBatchSuccess:
    batch: SettlementBatch


CloseSettlementPeriodResult = Annotated[
    SettlementRun | InvalidInput | NotFoundError | NotAllowedError,
    strawberry.union("CloseSettlementPeriodResult")]
SettlementAnswerResult = Annotated[
    SettlementBatchSuccess | InvalidInput | NotFoundError | NotAllowedError,
    strawberry.union("SettlementAnswerResult")]


@strawberry.type(description="Rewards by what they are: rial credit, instant discounts, "
                             "points and lottery entries.")
class RewardTotals:
    credit: Long
    discount: Long
    points: Long
    entries: Long

    @classmethod
    def of(cls, totals: dict[str, int]) -> RewardTotals:
        return cls(credit=Long(totals.get("credit", 0)),
                   discount=Long(totals.get("discount", 0)),
                   points=Long(totals.get("points", 0)), entries=Long(totals.get("entries", 0)))


@strawberry.type(description="One beneficiary's shares in a statement's period.")
class ShareTotals:
    beneficiary: Beneficiary
    partner_id: strawberry.ID | None
    partner_name: str
    total: Long
    settled: Long = strawberry.field(description="In accepted batches.")
    pending: Long = strawberry.field(description="Paid in money, not yet in an accepted batch.")
    as_credit: Long = strawberry.field(description="Kept as credit, never paid out.")


@strawberry.type(description="The club owner's statement of a period.")
class ClubStatement:
    club_id: strawberry.ID
    start: datetime
    end: datetime
    purchases: int
    sales: Long
    returned: Long
    fee_percent_bp: int
    fee_amount: Long
    fees: Long = strawberry.field(description="The platform's fees for the period's purchases.")
    shares: list[ShareTotals]
    issued: RewardTotals
    redeemed: RewardTotals
    expired: RewardTotals = strawberry.field(description="Breakage: what expired unspent.")

    @classmethod
    def of(cls, s: statement.ClubStatement) -> ClubStatement:
        return cls(club_id=to_id(s.club_id), start=s.start, end=s.end, purchases=s.purchases,
                   sales=Long(s.sales), returned=Long(s.returned),
                   fee_percent_bp=s.fee_percent_bp, fee_amount=Long(s.fee_amount),
                   fees=Long(s.fees),
                   shares=[ShareTotals(beneficiary=t.beneficiary,
                                       partner_id=optional_id(t.partner_id),
                                       partner_name=t.partner_name, total=Long(t.total),
                                       settled=Long(t.settled), pending=Long(t.pending),
                                       as_credit=Long(t.as_credit)) for t in s.shares],
                   issued=RewardTotals.of(s.issued), redeemed=RewardTotals.of(s.redeemed),
                   expired=RewardTotals.of(s.expired))


@strawberry.type(description="One Tehran day of a club's dashboard.")
class DashboardDay:
    day: date
    issued: RewardTotals
    redeemed: RewardTotals
    expired: RewardTotals


@strawberry.type(description="A merchant's sales in the club, net of returns.")
class MerchantSales:
    merchant_id: strawberry.ID
    name: str
    purchases: int
    sales: Long


@strawberry.type(description="A club's last 30 Tehran days.")
class ClubDashboard:
    club_id: strawberry.ID
    days: list[DashboardDay]
    top_merchants: list[MerchantSales]

    @strawberry.field(description="Each active segment's members now, and how many of them "
                                  "purchased in the last 30 days.")
    async def segments(self) -> list[SegmentActivity]:
        return await segment_activity(int(self.club_id))

    @classmethod
    def of(cls, d: statement.ClubDashboard) -> ClubDashboard:
        return cls(club_id=to_id(d.club_id),
                   days=[DashboardDay(day=x.day, issued=RewardTotals.of(x.issued),
                                      redeemed=RewardTotals.of(x.redeemed),
                                      expired=RewardTotals.of(x.expired)) for x in d.days],
                   top_merchants=[MerchantSales(merchant_id=to_id(m.merchant_id), name=m.name,
                                                purchases=m.purchases, sales=Long(m.sales))
                                  for m in d.top_merchants])

    @strawberry.field(description="What became of the club's campaigns' messages, all "
                                  "campaigns sent or sending together.")
    async def campaign_results(self) -> DeliveryCountsType:
        return DeliveryCountsType.of(await campaigns.club_results(int(self.club_id)))

    @strawberry.field(description="How many members are in each tier, lowest first, then "
                                  "those in none (models.loyalty.tiers).")
    async def members_by_tier(self) -> list[TierCount]:
        return await tier_counts(int(self.club_id))


@strawberry.type
class SettlementQuery:
    @strawberry.field(extensions=requires(**READERS),
                      description="A club's settlement batches, newest first.")
    async def settlement_batches(self, info: strawberry.Info[Context, None],
                                 club_id: strawberry.ID, state: SettlementState | None = None,
                                 first: int = 100,
                                 before: strawberry.ID | None = None) -> list[SettlementBatch]:
        try:
            rows = await settlement.batches_of(
                actor(info), required_id(club_id, "clubId"), state=state,
                limit=max(1, min(first, 500)), before_id=parse_id(before, "before"))
        except NotFound:
            return []
        return [SettlementBatch.from_row(r) for r in rows]

    @strawberry.field(extensions=requires(**READERS),
                      description="A settlement batch with its shares and file; null when out "
                                  "of reach.")
    async def settlement_batch(self, info: strawberry.Info[Context, None],
                               id: strawberry.ID) -> SettlementBatch | None:
        try:
            return SettlementBatch.from_row(
                await settlement.batch_as(actor(info), required_id(id, "id")))
        except NotFound:
            return None

    @strawberry.field(extensions=requires(**READERS),
                      description="The club owner's statement of purchases made in [from, to): "
                                  "fees, shares settled and pending, rewards issued, redeemed "
                                  "and expired.")
    async def club_statement(self, info: strawberry.Info[Context, None], club_id: strawberry.ID,
                             from_: Annotated[datetime, strawberry.argument(name="from")],
                             to: datetime) -> ClubStatement | None:
        try:
            found = await statement.statement_as(actor(info), required_id(club_id, "clubId"),
                                                 from_, to)
        except (NotFound, NotAllowed):
            return None
        return ClubStatement.of(found)

    @strawberry.field(extensions=requires(**READERS),
                      description="A club's last 30 Tehran days: rewards issued against "
                                  "redeemed, breakage, and the top merchants by sales.")
    async def club_dashboard(self, info: strawberry.Info[Context, None],
                             club_id: strawberry.ID) -> ClubDashboard | None:
        try:
            found = await statement.dashboard_as(actor(info), required_id(club_id, "clubId"))
        except (NotFound, NotAllowed):
            return None
        return ClubDashboard.of(found)


@strawberry.type
class SettlementMutation:
    @strawberry.mutation(extensions=requires(**WRITERS),
                         description="Close a club's period: each beneficiary's unsettled shares "
                                     "written before periodEnd into a batch, sent to the PSP "
                                     "(the club's owner or managers, or the platform's staff). "
                                     "Closing the same period again makes nothing new.")
    async def close_settlement_period(self, info: strawberry.Info[Context, None],
                                      club_id: strawberry.ID,
                                      period_end: datetime) -> CloseSettlementPeriodResult:
        services = info.context.services
        run = await settlement.close_period_as(
            actor(info), required_id(club_id, "clubId"), period_end,
            psp=Psp(services.settings.loyalty.settlement_psp),
            adapter=services.adapters.settlement)
        return SettlementRun(batches=[SettlementBatch.from_row(b) for b in run.batches],
                             carried=[CarriedShares(beneficiary=b, partner_id=optional_id(p))
                                      for b, p in run.carried])

    @strawberry.mutation(extensions=requires(**WRITERS),
                         description="Record the PSP's answer to a batch uploaded by hand (the "
                                     "manual adapter): accepted, or rejected (its shares go "
                                     "back to the next period).")
    async def record_settlement_answer(self, info: strawberry.Info[Context, None],
                                       id: strawberry.ID, accepted: bool,
                                       note: str = "") -> SettlementAnswerResult:
        row = await settlement.record_answer_as(actor(info), required_id(id, "id"),
                                                accepted=accepted, note=note[:500])
        return SettlementBatchSuccess(batch=SettlementBatch.from_row(row))
