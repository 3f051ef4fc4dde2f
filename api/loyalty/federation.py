"""Federations of clubs in GraphQL: founding one, inviting and joining clubs, the agreements
between two clubs (proposed by the home club, accepted by the host, ended by either), the
statement of a pair of clubs and closing an agreement's period. Thin resolvers over
`models.loyalty.federation`; reach is the clubs' owners and managers (and the platform's staff).
Out of reach reads as absent: an empty list, null, a `*_not_found` code."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

import strawberry

from api.context import Context
from api.errors import ConflictError, InvalidInput, NotAllowedError, NotFoundError
from api.ids import optional_id, required_id, to_id
from api.loyalty.clubs import READERS, WRITERS, actor
from api.permissions import requires
from api.scalars import Long
from models.errors import NotAllowed, NotFound
from models.loyalty import federation
from models.loyalty.codes import AgreementStatus, FederationMembership, TravellingKind
from models.loyalty.federation_tables import Federation as FederationRow
from models.loyalty.federation_tables import FederationAgreement as AgreementRow
from models.loyalty.federation_tables import FederationClub as MemberRow
from models.loyalty.federation_tables import FederationSettlement as SettlementRow
from models.loyalty.tables import Club as ClubRow

strawberry.enum(FederationMembership, description="A club's place in a federation.")
strawberry.enum(AgreementStatus, description="Where a federation agreement stands: proposed "
                                             "by the home club, active once the host club "
                                             "accepts it, ended by either.")
strawberry.enum(TravellingKind, description="What a home club's member may pay with at a "
                                            "host club's merchant.")


@strawberry.type(description="A club's membership of a federation.")
class FederationClub:
    club_id: strawberry.ID
    club_name: str
    status: FederationMembership
    joined_at: datetime | None


@strawberry.type(description="A club of clubs.")
class Federation:
    id: strawberry.ID
    club_id: strawberry.ID = strawberry.field(description="The founding club.")
    name: str
    created_at: datetime
    clubs: list[FederationClub]

    @classmethod
    async def of(cls, row: FederationRow, members: list[MemberRow]) -> Federation:
        names = {c.id: c.name for c in await ClubRow.filter(id__in=[m.club_id for m in members])}
        return cls(id=to_id(row.id), club_id=to_id(row.club_id), name=row.name,
                   created_at=row.created_at,
                   clubs=[FederationClub(club_id=to_id(m.club_id),
                                         club_name=names.get(m.club_id, ""), status=m.status,
                                         joined_at=m.joined_at) for m in members])


@strawberry.type(description="What the members of the home club (clubId) may do at the "
                             "merchants of the host club (partnerClubId).")
class FederationAgreement:
    id: strawberry.ID
    club_id: strawberry.ID = strawberry.field(description="The home club.")
    partner_club_id: strawberry.ID = strawberry.field(description="The host club.")
    number: int = strawberry.field(description="The pair's agreements, counted.")
    federation_id: strawberry.ID
    earn: bool = strawberry.field(description="The home club's rules reward purchases there.")
    spend: bool = strawberry.field(description="The kinds that travel may pay there.")
    kinds: list[TravellingKind]
    status: AgreementStatus
    proposed_by: str
    accepted_by: str
    created_at: datetime
    accepted_at: datetime | None
    ended_at: datetime | None

    @classmethod
    def from_row(cls, row: AgreementRow) -> FederationAgreement:
        return cls(id=to_id(row.id), club_id=to_id(row.club_id),
                   partner_club_id=to_id(row.partner_club_id), number=row.number,
                   federation_id=to_id(row.federation_id), earn=row.earn, spend=row.spend,
                   kinds=[TravellingKind(k) for k in row.kinds], status=row.status,
                   proposed_by=row.proposed_by, accepted_by=row.accepted_by,
                   created_at=row.created_at, accepted_at=row.accepted_at,
                   ended_at=row.ended_at)


@strawberry.type(description="A closed period of an agreement: its net, posted between the "
                             "two clubs on the ledger once.")
class FederationSettlement:
    id: strawberry.ID
    agreement_id: strawberry.ID
    period_end: datetime
    entries: int = strawberry.field(description="The purchases and returns it closed.")
    net: Long = strawberry.field(description="Paid by the home club to the host, rials "
                                             "(negative: paid back).")
    transfer_id: strawberry.ID | None
    created_at: datetime

    @classmethod
    def from_row(cls, row: SettlementRow) -> FederationSettlement:
        return cls(id=to_id(row.id), agreement_id=to_id(row.agreement_id),
                   period_end=row.period_end, entries=row.entries, net=Long(row.net),
                   transfer_id=optional_id(row.transfer_id), created_at=row.created_at)


@strawberry.type(description="What the home club's members bought at the host club's "
                             "merchants in [start, end), what the home club's books paid of it "
                             "(net of returns) and the net it owes the host.")
class FederationStatement:
    club_id: strawberry.ID
    partner_club_id: strawberry.ID
    start: datetime
    end: datetime
    purchases: int
    sales: Long
    returned: Long
    discount: Long
    credit: Long
    points_value: Long
    net: Long
    closed: list[FederationSettlement] = strawberry.field(
        description="The periods closed that ended in it.")

    @classmethod
    def of(cls, s: federation.FederationStatement) -> FederationStatement:
        return cls(club_id=to_id(s.club_id), partner_club_id=to_id(s.partner_club_id),
                   start=s.start, end=s.end, purchases=s.purchases, sales=Long(s.sales),
                   returned=Long(s.returned), discount=Long(s.discount), credit=Long(s.credit),
                   points_value=Long(s.points_value), net=Long(s.net),
                   closed=[FederationSettlement.from_row(r) for r in s.closed])


@strawberry.input(description="An agreement the home club proposes to a club of the "
                              "federation.")
class ProposeFederationAgreementInput:
    club_id: strawberry.ID = strawberry.field(description="The home club (the caller's).")
    partner_club_id: strawberry.ID = strawberry.field(description="The host club.")
    federation_id: strawberry.ID
    earn: bool = True
    spend: bool = True
    kinds: list[TravellingKind] = strawberry.field(default_factory=list)


@strawberry.type
class FederationSuccess:
    federation: Federation


@strawberry.type
class FederationAgreementSuccess:
    agreement: FederationAgreement


@strawberry.type
class FederationSettlementSuccess:
    settlement: FederationSettlement


FederationResult = Annotated[FederationSuccess | InvalidInput | NotFoundError | ConflictError
                             | NotAllowedError, strawberry.union("FederationResult")]
FederationAgreementResult = Annotated[
    FederationAgreementSuccess | InvalidInput | NotFoundError | ConflictError | NotAllowedError,
    strawberry.union("FederationAgreementResult")]
CloseFederationPeriodResult = Annotated[
    FederationSettlementSuccess | InvalidInput | NotFoundError | NotAllowedError,
    strawberry.union("CloseFederationPeriodResult")]


async def _federation(federation_id: int) -> Federation:
    row = await FederationRow.get(id=federation_id)
    members = await MemberRow.filter(federation_id=row.id).order_by("id")
    return await Federation.of(row, list(members))


@strawberry.type
class FederationQuery:
    @strawberry.field(extensions=requires(**READERS),
                      description="The federations a club is invited to or in, with their "
                                  "clubs (its owner and managers).")
    async def federations(self, info: strawberry.Info[Context, None],
                          club_id: strawberry.ID) -> list[Federation]:
        try:
            views = await federation.federations_of(actor(info), required_id(club_id, "clubId"))
        except (NotFound, NotAllowed):
            return []
        return [await Federation.of(v.federation, v.clubs) for v in views]

    @strawberry.field(extensions=requires(**READERS),
                      description="The agreements a club is home or host of, newest first.")
    async def federation_agreements(self, info: strawberry.Info[Context, None],
                                    club_id: strawberry.ID) -> list[FederationAgreement]:
        try:
            rows = await federation.agreements_of(actor(info), required_id(club_id, "clubId"))
        except (NotFound, NotAllowed):
            return []
        return [FederationAgreement.from_row(r) for r in rows]

    @strawberry.field(extensions=requires(**READERS),
                      description="An agreement, for the owner or a manager of either club; "
                                  "null otherwise.")
    async def federation_agreement(self, info: strawberry.Info[Context, None],
                                   id: strawberry.ID) -> FederationAgreement | None:
        try:
            row = await federation.agreement_for(actor(info), required_id(id, "id"))
        except NotFound:
            return None
        return FederationAgreement.from_row(row)

    @strawberry.field(extensions=requires(**READERS),
                      description="The closed periods of an agreement, newest first.")
    async def federation_settlements(self, info: strawberry.Info[Context, None],
                                     agreement_id: strawberry.ID,
                                     ) -> list[FederationSettlement]:
        try:
            rows = await federation.settlements_of(actor(info),
                                                   required_id(agreement_id, "agreementId"))
        except NotFound:
            return []
        return [FederationSettlement.from_row(r) for r in rows]

    @strawberry.field(extensions=requires(**READERS),
                      description="The statement of the home club (clubId) with the host "
                                  "(partnerClubId) for [from, to): purchases, what the home "
                                  "club's books paid, returns and the net owed; null out of "
                                  "reach.")
    async def federation_statement(
            self, info: strawberry.Info[Context, None], club_id: strawberry.ID,
            partner_club_id: strawberry.ID,
            from_: Annotated[datetime, strawberry.argument(name="from")],
            to: datetime) -> FederationStatement | None:
        try:
            found = await federation.statement(
                actor(info), required_id(club_id, "clubId"),
                required_id(partner_club_id, "partnerClubId"), from_, to)
        except NotFound:
            return None
        return FederationStatement.of(found)


@strawberry.type
class FederationMutation:
    @strawberry.mutation(extensions=requires(**WRITERS),
                         description="Found a federation: the club (its owner) its first "
                                     "member.")
    async def create_federation(self, info: strawberry.Info[Context, None],
                                club_id: strawberry.ID, name: str) -> FederationResult:
        row = await federation.create_federation(actor(info), required_id(club_id, "clubId"),
                                                 name)
        return FederationSuccess(federation=await _federation(row.id))

    @strawberry.mutation(extensions=requires(**WRITERS),
                         description="The founding club invites a club; safe to repeat.")
    async def invite_to_federation(self, info: strawberry.Info[Context, None],
                                   federation_id: strawberry.ID,
                                   club_id: strawberry.ID) -> FederationResult:
        row = await federation.invite_club(actor(info),
                                           required_id(federation_id, "federationId"),
                                           required_id(club_id, "clubId"))
        return FederationSuccess(federation=await _federation(row.federation_id))

    @strawberry.mutation(extensions=requires(**WRITERS),
                         description="An invited club joins; safe to repeat.")
    async def join_federation(self, info: strawberry.Info[Context, None],
                              federation_id: strawberry.ID,
                              club_id: strawberry.ID) -> FederationResult:
        row = await federation.join_federation(actor(info),
                                               required_id(federation_id, "federationId"),
                                               required_id(club_id, "clubId"))
        return FederationSuccess(federation=await _federation(row.federation_id))

    @strawberry.mutation(extensions=requires(**WRITERS),
                         description="The home club proposes an agreement to a club of the "
                                     "federation; the host accepts it.")
    async def propose_federation_agreement(
            self, info: strawberry.Info[Context, None],
            input: ProposeFederationAgreementInput) -> FederationAgreementResult:
        row = await federation.propose_agreement(
            actor(info), required_id(input.club_id, "clubId"),
            required_id(input.partner_club_id, "partnerClubId"),
            required_id(input.federation_id, "federationId"),
            federation.Terms(earn=input.earn, spend=input.spend, kinds=tuple(input.kinds)))
        return FederationAgreementSuccess(agreement=FederationAgreement.from_row(row))

    @strawberry.mutation(extensions=requires(**WRITERS),
                         description="The host club accepts a proposed agreement: active from "
                                     "now.")
    async def accept_federation_agreement(self, info: strawberry.Info[Context, None],
                                          id: strawberry.ID) -> FederationAgreementResult:
        row = await federation.accept_agreement(actor(info), required_id(id, "id"))
        return FederationAgreementSuccess(agreement=FederationAgreement.from_row(row))

    @strawberry.mutation(extensions=requires(**WRITERS),
                         description="Either club ends an agreement; safe to repeat. What it "
                                     "left owed is still closed by period.")
    async def end_federation_agreement(self, info: strawberry.Info[Context, None],
                                       id: strawberry.ID) -> FederationAgreementResult:
        row = await federation.end_agreement(actor(info), required_id(id, "id"))
        return FederationAgreementSuccess(agreement=FederationAgreement.from_row(row))

    @strawberry.mutation(extensions=requires(**WRITERS),
                         description="Close an agreement's period: the net of what was owed "
                                     "before periodEnd, posted between the two clubs once per "
                                     "period end.")
    async def close_federation_period(self, info: strawberry.Info[Context, None],
                                      agreement_id: strawberry.ID,
                                      period_end: datetime) -> CloseFederationPeriodResult:
        row = await federation.close_period(actor(info),
                                            required_id(agreement_id, "agreementId"),
                                            period_end)
        return FederationSettlementSuccess(settlement=FederationSettlement.from_row(row))
