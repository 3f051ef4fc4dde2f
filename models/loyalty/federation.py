"""Federations of clubs: clubs agree that the members of one (the home club, A) earn and spend at
the merchants of another (the host club, B), and settle between them through the ledger.

A club's owner founds a federation; its owner or managers invite other clubs, whose owner or
managers join. Two joined clubs make an agreement A → B: A proposes it (whether A's members
earn under A's rules at B's merchants, whether they spend there and which kinds travel: club
credit, virtual credit, points), B's owner or a manager accepts it, either ends it. A pair has
at most one agreement not ended. Only the two clubs' owners and managers (and the platform's
staff) see an agreement; to anyone else it does not exist.

The purchase (`models.loyalty.purchases`). A counter of merchant M, an active merchant of B,
records a purchase of A's member in A when an active agreement A → B exists (`hosting`; M's own
membership of A wins). It is A's purchase: A's rules reward it only if the agreement lets them
earn (`earn`); the member pays with A's club-scoped credit of the kinds that travel, and with
points if they travel, only if the agreement lets them spend (`Place.lot_kinds`,
`Place.points_pay`); merchant credit never travels. M's split terms are those of its membership
of B, and the shares are B's: B's share payables, B's `Share` rows, settled to M by B's
settlement as any purchase at B's merchants.

The money between the clubs. A's sales clearing is what A's books put towards the bill of a
purchase at A's own merchants (discount, credit, points' value) for A's split to pay out. At a
host's merchant the split is B's, so what A's books paid of the bill (`owed`: discount + credit +
points' value = the amount less what the member paid in money) moves on, in the purchase's
batch, in two legs that keep every account's meaning:

- A's sales clearing → A's federation payable `club:<B>` (A owes B), which leaves A's sales
  clearing as it found it;
- B's federation receivable `club:<A>` → B's sales clearing (B is owed by A), from which B's
  split is paid: B's sales clearing is then left owing the money part only, which B's PSP
  collection posts, as for a purchase at B's own merchants.

The discount is included: A's rules gave it, and B's split pays the whole amount. A return
reverses these legs by exactly what it took back through A's sales clearing (the discount, the
credit restored, the points' value: its pro-rata share of each), and B's shares get their
negative shares. Each purchase and return writes a `FederationEntry` (what it leaves owed, by
kind) in its transaction.

Closing a period (`close_period`, per agreement and period end, once): the entries not closed
yet written before the end are summed; the net moves from A's federation payable to B's
federation receivable (A pays B; a negative net the other way) in one transfer keyed by the
closed period, which brings both back towards zero. The clubs pay each other outside the
platform; the ledger records that the period's net is settled. The statement of any period reads
the entries (`statement`)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from tortoise.exceptions import IntegrityError
from tortoise.expressions import Q
from tortoise.transactions import in_transaction

from models.clock import now_or
from models.errors import Conflict, NotAllowed, NotFound, ValidationFailed
from models.identity.callers import Identity
from models.ledger.posting import TransferRequest, create_transfers
from models.lots.tables import LotKind
from models.loyalty.accounts import IRR, NAMESPACE, club_account
from models.loyalty.clubs import clean_name
from models.loyalty.codes import (
    AccountPurpose,
    AgreementStatus,
    ClubRole,
    FederationMembership,
    MerchantStatus,
    TravellingKind,
)
from models.loyalty.errors import LoyaltyErrorCode
from models.loyalty.federation_tables import (
    Federation,
    FederationAgreement,
    FederationClub,
    FederationEntry,
    FederationSettlement,
)
from models.loyalty.staff_roles import club_for
from models.loyalty.tables import Club, ClubMerchant, Purchase

E = LoyaltyErrorCode
LEG_CODE = "loyalty_federation"
RETURN_LEG_CODE = "loyalty_return_federation"
SETTLEMENT_CODE = "loyalty_federation_settlement"
REFERENCE_TYPE = "loyalty_federation_entry"
SETTLEMENT_REFERENCE_TYPE = "loyalty_federation_settlement"
STATEMENT_MAX_DAYS = 366
# The return legs of a purchase's batch that take back what A's books paid of the bill.
_RETURNED = {"loyalty_return_discount": "discount", "loyalty_return_redeem_credit": "credit",
             "loyalty_return_redeem_points": "points_value"}
_LOT_KINDS = {TravellingKind.CLUB_CREDIT: LotKind.CLUB_CREDIT,
              TravellingKind.VIRTUAL_CREDIT: LotKind.VIRTUAL_CREDIT}


def club_subject(club_id: int) -> str:
    return f"club:{club_id}"


def federation_absent(federation_id: int) -> NotFound:
    return NotFound(E.FEDERATION_NOT_FOUND, f"no federation {federation_id}",
                    field="federationId")


def agreement_absent(agreement_id: int) -> NotFound:
    return NotFound(E.FEDERATION_AGREEMENT_NOT_FOUND, f"no agreement {agreement_id}",
                    field="agreementId")


# --- federations and their clubs -------------------------------------------------------------

async def create_federation(identity: Identity, club_id: int, name: str) -> Federation:
    """A new federation founded by club `club_id` (its owner), the club its first member."""
    club = await club_for(identity, club_id, ClubRole.OWNER)
    name = clean_name(name)
    try:
        async with in_transaction():
            federation = await Federation.create(club_id=club.id, name=name,
                                                 created_by=identity.actor[:64])
            await FederationClub.create(club_id=club.id, federation_id=federation.id,
                                        status=FederationMembership.JOINED,
                                        invited_by=identity.actor[:64],
                                        joined_by=identity.actor[:64],
                                        joined_at=now_or(None))
    except IntegrityError:
        raise Conflict(E.FEDERATION_EXISTS, "the club founded a federation of that name",
                       field="name") from None
    return federation


async def _federation(federation_id: int) -> Federation:
    found = await Federation.get_or_none(id=federation_id)
    if found is None:
        raise federation_absent(federation_id)
    return found


async def invite_club(identity: Identity, federation_id: int, club_id: int) -> FederationClub:
    """The founding club's owner or a manager invites club `club_id`; safe to repeat."""
    federation = await _federation(federation_id)
    try:
        await club_for(identity, federation.club_id, ClubRole.MANAGER)
    except (NotFound, NotAllowed):
        raise federation_absent(federation_id) from None
    if not await Club.exists(id=club_id, is_active=True):
        raise NotFound(E.CLUB_NOT_FOUND, f"no club {club_id}", field="clubId")
    found = await FederationClub.get_or_none(club_id=club_id, federation_id=federation.id)
    if found is not None:
        return found
    try:
        async with in_transaction():  # a savepoint: losing the race must not abort a caller's
            return await FederationClub.create(club_id=club_id, federation_id=federation.id,
                                               status=FederationMembership.INVITED,
                                               invited_by=identity.actor[:64])
    except IntegrityError:  # invited concurrently
        return await FederationClub.get(club_id=club_id, federation_id=federation.id)


async def join_federation(identity: Identity, federation_id: int,
                          club_id: int) -> FederationClub:
    """Club `club_id`'s owner or a manager accepts its invitation; safe to repeat."""
    club = await club_for(identity, club_id, ClubRole.MANAGER)
    async with in_transaction():
        row = await FederationClub.select_for_update().get_or_none(
            club_id=club.id, federation_id=federation_id)
        if row is None:
            raise federation_absent(federation_id)
        if row.status is FederationMembership.INVITED:
            row.status = FederationMembership.JOINED
            row.joined_by = identity.actor[:64]
            row.joined_at = now_or(None)
            await row.save(update_fields=["status", "joined_by", "joined_at"])
    return row


@dataclass(frozen=True, slots=True)
class FederationView:
    federation: Federation
    clubs: list[FederationClub]


async def federations_of(identity: Identity, club_id: int) -> list[FederationView]:
    """The federations club `club_id` is invited to or in, with their clubs (its owner and
    managers)."""
    club = await club_for(identity, club_id, ClubRole.MANAGER)
    ids = await FederationClub.filter(club_id=club.id).values_list("federation_id", flat=True)
    federations = await Federation.filter(id__in=list(ids)).order_by("id")
    clubs = await FederationClub.filter(federation_id__in=[f.id for f in federations]) \
        .order_by("id")
    return [FederationView(f, [c for c in clubs if c.federation_id == f.id])
            for f in federations]


# --- agreements ------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Terms:
    """What an agreement lets the home club's members do at the host's merchants."""

    earn: bool
    spend: bool
    kinds: tuple[TravellingKind, ...]


def check_terms(terms: Terms) -> list[str]:
    """The kinds that travel, checked: an agreement lets something happen, and spending names
    what may be spent."""
    kinds = sorted({TravellingKind(k).value for k in terms.kinds})
    if not terms.earn and not terms.spend:
        raise ValidationFailed(E.INVALID_FEDERATION_AGREEMENT,
                               "an agreement lets members earn, spend or both", field="earn")
    if terms.spend and not kinds:
        raise ValidationFailed(E.INVALID_FEDERATION_AGREEMENT,
                               "spending needs at least one kind that travels", field="kinds")
    return kinds if terms.spend else []


async def _joined(club_id: int, federation_id: int) -> bool:
    return await FederationClub.exists(club_id=club_id, federation_id=federation_id,
                                       status=FederationMembership.JOINED)


async def propose_agreement(identity: Identity, club_id: int, partner_club_id: int,
                            federation_id: int, terms: Terms) -> FederationAgreement:
    """Club `club_id` (its owner or a manager) proposes that its members earn and spend at the
    merchants of `partner_club_id`, both joined members of the federation."""
    club = await club_for(identity, club_id, ClubRole.MANAGER)
    kinds = check_terms(terms)
    if partner_club_id == club.id:
        raise ValidationFailed(E.INVALID_FEDERATION_AGREEMENT,
                               "an agreement is between two clubs", field="partnerClubId")
    if not await _joined(club.id, federation_id):
        raise federation_absent(federation_id)
    if not await _joined(partner_club_id, federation_id):
        raise NotFound(E.NOT_A_FEDERATION_MEMBER, "the partner club is not in the federation",
                       field="partnerClubId")
    async with in_transaction():
        # The home club's membership row, locked, makes proposals of one club one at a time:
        # two cannot both find no open agreement and both open one.
        await FederationClub.select_for_update().get(club_id=club.id,
                                                     federation_id=federation_id)
        pair = FederationAgreement.filter(club_id=club.id, partner_club_id=partner_club_id)
        if await pair.exclude(status=AgreementStatus.ENDED).exists():
            raise Conflict(E.FEDERATION_AGREEMENT_EXISTS,
                           "the clubs have an agreement not ended", field="partnerClubId")
        last = await pair.order_by("-number").first()
        return await FederationAgreement.create(
            club_id=club.id, partner_club_id=partner_club_id,
            number=(last.number + 1) if last is not None else 1, federation_id=federation_id,
            earn=terms.earn, spend=terms.spend, kinds=kinds, proposed_by=identity.actor[:64])


async def _role_for_agreement(identity: Identity, agreement: FederationAgreement,
                              ) -> tuple[bool, bool]:
    """Whether the caller manages the home club, and the host club."""
    sides = []
    for side in (agreement.club_id, agreement.partner_club_id):
        try:
            await club_for(identity, side, ClubRole.MANAGER)
            sides.append(True)
        except (NotFound, NotAllowed):
            sides.append(False)
    return sides[0], sides[1]


async def agreement_for(identity: Identity, agreement_id: int) -> FederationAgreement:
    """An agreement, for the owner or a manager of either of its clubs."""
    found = await FederationAgreement.get_or_none(id=agreement_id)
    if found is None or not any(await _role_for_agreement(identity, found)):
        raise agreement_absent(agreement_id)
    return found


async def _locked(agreement: FederationAgreement) -> FederationAgreement:
    return await FederationAgreement.select_for_update().get(club_id=agreement.club_id,
                                                             id=agreement.id)


async def accept_agreement(identity: Identity, agreement_id: int) -> FederationAgreement:
    """The host club's owner or a manager accepts a proposed agreement; it is active from now.
    Accepting an active agreement again changes nothing."""
    found = await agreement_for(identity, agreement_id)
    _, host = await _role_for_agreement(identity, found)
    if not host:
        raise NotAllowed(E.CLUB_ROLE_REQUIRED, "the host club accepts an agreement",
                         field="agreementId")
    async with in_transaction():
        agreement = await _locked(found)
        if agreement.status is AgreementStatus.ACTIVE:
            return agreement
        if agreement.status is not AgreementStatus.PROPOSED:
            raise Conflict(E.FEDERATION_AGREEMENT_NOT_PROPOSED, "the agreement ended",
                           field="agreementId")
        agreement.status = AgreementStatus.ACTIVE
        agreement.accepted_by = identity.actor[:64]
        agreement.accepted_at = now_or(None)
        await agreement.save(update_fields=["status", "accepted_by", "accepted_at"])
    return agreement


async def end_agreement(identity: Identity, agreement_id: int) -> FederationAgreement:
    """Either club ends the agreement (proposed or active): no purchase goes through it from
    now; what it left owed is still closed by period. Safe to repeat."""
    found = await agreement_for(identity, agreement_id)
    async with in_transaction():
        agreement = await _locked(found)
        if agreement.status is not AgreementStatus.ENDED:
            agreement.status = AgreementStatus.ENDED
            agreement.ended_by = identity.actor[:64]
            agreement.ended_at = now_or(None)
            await agreement.save(update_fields=["status", "ended_by", "ended_at"])
    return agreement


async def agreements_of(identity: Identity, club_id: int) -> list[FederationAgreement]:
    """The agreements club `club_id` is home or host of, newest first (its owner and
    managers)."""
    club = await club_for(identity, club_id, ClubRole.MANAGER)
    return await FederationAgreement.filter(
        Q(club_id=club.id) | Q(partner_club_id=club.id)).order_by("-id").limit(200)


# --- the purchase ----------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Hosting:
    """A purchase of the home club's member at a host club's merchant, through an agreement."""

    agreement: FederationAgreement
    host: Club
    joined: ClubMerchant  # the merchant's membership of the host club: its split terms

    @property
    def earn(self) -> bool:
        return self.agreement.earn

    @property
    def lot_kinds(self) -> frozenset[LotKind]:
        """The credit lots that may pay at the host's merchant."""
        if not self.agreement.spend:
            return frozenset()
        return frozenset(_LOT_KINDS[TravellingKind(k)] for k in self.agreement.kinds
                         if TravellingKind(k) in _LOT_KINDS)

    @property
    def points_pay(self) -> bool:
        return self.agreement.spend and TravellingKind.POINTS.value in self.agreement.kinds


async def hosting(club: Club, merchant_id: int) -> Hosting | None:
    """How club `club`'s members reach merchant `merchant_id` when it is not a merchant of the
    club's own (a merchant the club suspended stays suspended): through the oldest active
    agreement with a host club it is an active merchant of; None if none."""
    active = await FederationAgreement.filter(club_id=club.id, status=AgreementStatus.ACTIVE) \
        .order_by("id")
    if not active or await ClubMerchant.exists(club_id=club.id, merchant_id=merchant_id):
        return None  # the club's own merchant, active or suspended there: never through a host
    hosts = {c.id: c for c in await Club.filter(
        id__in=[a.partner_club_id for a in active], is_active=True)}
    joined = {j.club_id: j for j in await ClubMerchant.filter(
        club_id__in=list(hosts), merchant_id=merchant_id, status=MerchantStatus.ACTIVE)}
    for agreement in active:
        if agreement.partner_club_id in joined:
            return Hosting(agreement, hosts[agreement.partner_club_id],
                           joined[agreement.partner_club_id])
    return None


async def hosts_merchant(club_id: int, merchant_id: int) -> bool:
    """Whether a counter of `merchant_id` records purchases of club `club_id` through an
    agreement."""
    club = await Club.get_or_none(id=club_id, is_active=True)
    return club is not None and await hosting(club, merchant_id) is not None


async def host_clearing(host: Club) -> int:
    """The host club's sales clearing: the purchase's split is paid from it."""
    row = await club_account(host, AccountPurpose.SALES_CLEARING)
    account_id: int = row.account_id
    return account_id


async def _pair_accounts(home_id: int, host_id: int) -> tuple[int, int]:
    """The home club's payable to the host and the host's receivable from the home club."""
    home, host = await Club.get(id=home_id), await Club.get(id=host_id)
    payable = await club_account(home, AccountPurpose.FEDERATION_PAYABLE, club_subject(host_id))
    receivable = await club_account(host, AccountPurpose.FEDERATION_RECEIVABLE,
                                    club_subject(home_id))
    return payable.account_id, receivable.account_id


@dataclass(frozen=True, slots=True)
class Paid:
    """What the home club's books paid of a bill (a return: took back)."""

    discount: int
    credit: int
    points_value: int

    @property
    def owed(self) -> int:
        return self.discount + self.credit + self.points_value


async def purchase_legs(hosting: Hosting, *, purchase_id: int, merchant_id: int, amount: int,
                        paid: Paid, home_clearing: int, key: str,
                        at: datetime) -> list[TransferRequest]:
    """The purchase's entry and its two legs (home sales clearing → home payable, host
    receivable → host sales clearing), to post in the purchase's batch."""
    agreement = hosting.agreement
    entry = await FederationEntry.create(
        club_id=agreement.club_id, partner_club_id=agreement.partner_club_id,
        agreement_id=agreement.id, key=f"purchase:{purchase_id}", purchase_id=purchase_id,
        merchant_id=merchant_id, amount=amount, discount=paid.discount, credit=paid.credit,
        points_value=paid.points_value, owed=paid.owed, created_at=at)
    if paid.owed <= 0:
        return []
    payable, receivable = await _pair_accounts(agreement.club_id, agreement.partner_club_id)
    host = await host_clearing(hosting.host)
    return [_leg(f"{key}:0", LEG_CODE, paid.owed, home_clearing, payable, entry.id),
            _leg(f"{key}:1", LEG_CODE, paid.owed, receivable, host, entry.id)]


def _leg(key: str, code: str, amount: int, debit: int, credit: int,
         entry_id: int) -> TransferRequest:
    return TransferRequest(idempotency_key=key, code=code, amount=amount,
                           debit_account_id=debit, credit_account_id=credit, ledger=IRR,
                           reference_type=REFERENCE_TYPE, reference_id=str(entry_id))


async def host_of(purchase: Purchase) -> Club | None:
    """The host club of a purchase made through an agreement (its shares are the host's);
    None for a purchase at the club's own merchant."""
    entry = await FederationEntry.get_or_none(club_id=purchase.club_id,
                                              key=f"purchase:{purchase.id}")
    return None if entry is None else await Club.get(id=entry.partner_club_id)


async def return_legs(purchase: Purchase, *, return_id: int, amount: int,
                      batch: Sequence[TransferRequest], home_clearing: int, key: str,
                      at: datetime) -> list[TransferRequest]:
    """A return's entry and the legs that reverse, of the purchase's legs, what the return's
    `batch` took back through the home club's sales clearing; none for a purchase at the club's
    own merchant."""
    bought = await FederationEntry.get_or_none(club_id=purchase.club_id,
                                               key=f"purchase:{purchase.id}")
    if bought is None:
        return []
    back = {"discount": 0, "credit": 0, "points_value": 0}
    for request in batch:
        part = _RETURNED.get(request.code)
        if part is not None and request.debit_account_id == home_clearing:
            back[part] += request.amount or 0
    paid = Paid(**back)
    entry = await FederationEntry.create(
        club_id=bought.club_id, partner_club_id=bought.partner_club_id,
        agreement_id=bought.agreement_id, key=f"return:{return_id}",
        purchase_id=purchase.id, return_id=return_id, merchant_id=bought.merchant_id,
        amount=-amount, discount=-paid.discount, credit=-paid.credit,
        points_value=-paid.points_value, owed=-paid.owed, created_at=at)
    if paid.owed <= 0:
        return []
    payable, receivable = await _pair_accounts(bought.club_id, bought.partner_club_id)
    host = await host_clearing(await Club.get(id=bought.partner_club_id))
    return [_leg(f"{key}:0", RETURN_LEG_CODE, paid.owed, payable, home_clearing, entry.id),
            _leg(f"{key}:1", RETURN_LEG_CODE, paid.owed, host, receivable, entry.id)]


# --- statements and closing a period ---------------------------------------------------------

@dataclass(frozen=True, slots=True)
class FederationStatement:
    club_id: int
    partner_club_id: int
    start: datetime
    end: datetime
    purchases: int
    sales: int  # rials, the purchases' amounts
    returned: int  # rials, the returns' amounts
    discount: int  # net of returns, as the three below
    credit: int
    points_value: int
    net: int  # owed by the home club to the host for the period
    closed: list[FederationSettlement]  # the periods closed that ended in it


def _check_period(start: datetime, end: datetime) -> None:
    if start.tzinfo is None or end.tzinfo is None or not start < end or (
            end - start > timedelta(days=STATEMENT_MAX_DAYS)):
        raise ValidationFailed(E.INVALID_STATEMENT_PERIOD,
                               "a period of at most a year, from before to", field="to")


async def _pair_for(identity: Identity, club_id: int, partner_club_id: int) -> None:
    """Refuse a caller who manages neither club of the pair, or a pair with no agreement."""
    agreements = await FederationAgreement.filter(club_id=club_id,
                                                  partner_club_id=partner_club_id)
    if not agreements or not any(await _role_for_agreement(identity, agreements[0])):
        raise NotFound(E.FEDERATION_AGREEMENT_NOT_FOUND,
                       f"no agreement of club {club_id} with club {partner_club_id}",
                       field="partnerClubId")


async def statement(identity: Identity, club_id: int, partner_club_id: int, start: datetime,
                    end: datetime) -> FederationStatement:
    """What the home club `club_id`'s members bought at the host `partner_club_id`'s merchants
    in [start, end), what they paid with of the home club's, what came back, and the net owed;
    for the owner or a manager of either club."""
    await _pair_for(identity, club_id, partner_club_id)
    _check_period(start, end)
    entries = await FederationEntry.filter(club_id=club_id, partner_club_id=partner_club_id,
                                           created_at__gte=start, created_at__lt=end)
    bought = [e for e in entries if e.return_id is None]
    closed = await FederationSettlement.filter(
        club_id=club_id, partner_club_id=partner_club_id, period_end__gt=start,
        period_end__lte=end).order_by("period_end")
    return FederationStatement(
        club_id=club_id, partner_club_id=partner_club_id, start=start, end=end,
        purchases=len(bought), sales=sum(int(e.amount) for e in bought),
        returned=-sum(int(e.amount) for e in entries if e.return_id is not None),
        discount=sum(int(e.discount) for e in entries),
        credit=sum(int(e.credit) for e in entries),
        points_value=sum(int(e.points_value) for e in entries),
        net=sum(int(e.owed) for e in entries), closed=closed)


async def close_period(identity: Identity, agreement_id: int, period_end: datetime, *,
                       now: datetime | None = None) -> FederationSettlement:
    """Close the agreement's entries written before `period_end` not closed yet: their net moves
    from the home club's payable to the host's receivable (a negative net the other way) in one
    transfer. Once per (agreement, period end): closing it again answers the first close."""
    found = await agreement_for(identity, agreement_id)
    if period_end.tzinfo is None:
        raise ValidationFailed(E.INVALID_STATEMENT_PERIOD, "a moment with its offset",
                               field="periodEnd")
    if period_end > now_or(now):
        raise ValidationFailed(E.SETTLEMENT_PERIOD_NOT_ENDED, "the period has not ended",
                               field="periodEnd")
    async with in_transaction():
        agreement = await _locked(found)  # one close of an agreement at a time
        done = await FederationSettlement.get_or_none(club_id=agreement.club_id,
                                                      agreement_id=agreement.id,
                                                      period_end=period_end)
        if done is not None:
            return done
        entries = await FederationEntry.filter(club_id=agreement.club_id,
                                               agreement_id=agreement.id, settlement_id=None,
                                               created_at__lt=period_end)
        net = sum(int(e.owed) for e in entries)
        row = await FederationSettlement.create(
            club_id=agreement.club_id, partner_club_id=agreement.partner_club_id,
            agreement_id=agreement.id, period_end=period_end, entries=len(entries), net=net,
            closed_by=identity.actor[:64])
        await FederationEntry.filter(club_id=agreement.club_id,
                                     id__in=[e.id for e in entries]).update(settlement_id=row.id)
        if net:
            payable, receivable = await _pair_accounts(agreement.club_id,
                                                       agreement.partner_club_id)
            debit, credit = (payable, receivable) if net > 0 else (receivable, payable)
            [transfer] = await create_transfers([TransferRequest(
                idempotency_key=f"federation:settlement:{row.id}", code=SETTLEMENT_CODE,
                amount=abs(net), debit_account_id=debit, credit_account_id=credit, ledger=IRR,
                reference_type=SETTLEMENT_REFERENCE_TYPE, reference_id=str(row.id))],
                namespace=NAMESPACE)
            row.transfer_id = transfer.id
            await row.save(update_fields=["transfer_id"])
    return row


async def settlements_of(identity: Identity, agreement_id: int) -> list[FederationSettlement]:
    """The agreement's closed periods, newest first."""
    agreement = await agreement_for(identity, agreement_id)
    return await FederationSettlement.filter(club_id=agreement.club_id,
                                             agreement_id=agreement.id) \
        .order_by("-period_end").limit(200)

