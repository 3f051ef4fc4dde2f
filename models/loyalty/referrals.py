"""Referrals: a member invites by their code (or its link, `<public url>/join/<club>?ref=<code>`);
the referrer earns on the invitee's enrolment, on their first purchase, and a share of what the
invitee pays for a period after enrolling, up to a cap per (referrer, invitee), over up to three
levels of the chain (the referrer's referrer, and theirs) as the club's settings say.

- The chain is written once, at the invitee's enrolment and in its transaction: a `Referral` row
  per level above them (up to three, whatever the club pays now). A member is referred at most
  once, at enrolment; a member enrolled before is refused (`already_enrolled`) unless the same
  code repeats their own enrolment.
- Self-referral is refused (`self_referral`): the invitee and anyone in the chain above them
  share a person, a mobile number, a national ID (the membership's or the person's) or a bank
  card (any card a chain member ever registered in the club, or the card given at enrolment).
- Rewards are the club's points or club credit (`reward_kind`, fixed per referral when it is
  made), given by `grants.grant_transfer` from the kind's funder (points issued, the club's
  rewards funding) to the referrer's lot. The enrolment reward is posted with the enrolment; a
  purchase's rewards (`on_purchase`, from `standing.after_commit`) and a return's reversals
  (`on_return`, from `standing.after_return`) join that purchase's or return's batch.
- The cap is exact under concurrency: each referral's `paid` is read and written under a lock on
  its row, taken after the invitee's member row (which the purchase or the return locked first).
- A share of a purchase (its paid money × the level's basis points; for points, that value in
  points at the club's point value) is reversed pro rata as the purchase is returned, the
  first-purchase reward when it is returned in full or voided (the invitee's next first purchase
  may earn it again). A reversal claws back from the referrer's lot what it still holds and
  books the rest as the referrer's debt to the funder (as `returns` does), which their next
  purchase rewards repay (a referral reward itself repays nothing: reading the referrer's debt
  would need the referrer's member lock inside the invitee's purchase, after its budget locks);
  the cap gets the room back. Locks for a reversal: the invitee, the
  referral rows, then the referrers' member rows in the chain's order (invitee → referrer → its
  referrer), which is acyclic, so two returns never wait on each other in a circle."""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, Protocol

from tortoise.exceptions import IntegrityError
from tortoise.expressions import Q
from tortoise.functions import Count, Sum
from tortoise.transactions import in_transaction

from models.errors import Conflict, NotFound, ValidationFailed
from models.identity.callers import CallerKind, Identity
from models.identity.numbers import western_digits
from models.identity.tables import Customer
from models.ledger.codes import AMOUNT_MAX
from models.ledger.posting import TransferRequest, create_transfers
from models.ledger.tables import Account
from models.lots.lots import available
from models.lots.tables import Lot
from models.loyalty.accounts import NAMESPACE, club_account, debt_subject
from models.loyalty.cards import card_hash, normalise_card_number
from models.loyalty.codes import AccountPurpose, ClubRole, EffectKind, RewardKind
from models.loyalty.errors import LoyaltyErrorCode
from models.loyalty.facts import PurchaseFacts
from models.loyalty.grants import Grant, funding_account, grant_transfer
from models.loyalty.legs import CODES, RETURN_PREFIX, ledger_of
from models.loyalty.referral_tables import (
    Referral,
    ReferralCode,
    ReferralReason,
    ReferralReward,
    ReferralSettings,
)
from models.loyalty.staff_roles import club_for
from models.loyalty.tables import Club, Member, MemberCard

E = LoyaltyErrorCode
MAX_LEVELS = 3
FULL_BP = 10_000
MAX_PERIOD_DAYS = 3_650
CODE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"  # no 0/O, 1/I: read aloud and typed safely
CODE_LENGTH = 8  # 32**8, about 10**12 codes per club
REFERENCE_TYPE = "loyalty_referral"
KINDS: dict[RewardKind, EffectKind] = {RewardKind.POINTS: EffectKind.POINTS,
                                       RewardKind.CLUB_CREDIT: EffectKind.CLUB_CREDIT}


# --- the club's settings ---------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class ReferralTerms:
    """A club's referral programme. `share_bp[n]` is level n+1's share of what an invitee
    pays, in hundredths of a percent; `cap` is per (referrer, invitee), in the reward's unit."""

    enabled: bool = False
    reward_kind: RewardKind = RewardKind.POINTS
    enrolment_reward: int = 0
    first_purchase_reward: int = 0
    share_bp: tuple[int, ...] = (0, 0, 0)
    period_days: int = 0
    cap: int | None = None

    def share_of(self, level: int) -> int:
        return self.share_bp[level - 1] if level <= len(self.share_bp) else 0


def _invalid(message: str, field_name: str) -> ValidationFailed:
    return ValidationFailed(E.INVALID_REFERRAL_SETTINGS, message, field=field_name)


def check_terms(club: Club, terms: ReferralTerms) -> ReferralTerms:
    """`terms` checked, with `share_bp` padded to three levels."""
    if terms.reward_kind not in KINDS:
        raise _invalid("referrals give points or club credit", "rewardKind")
    for name, value in (("enrolmentReward", terms.enrolment_reward),
                        ("firstPurchaseReward", terms.first_purchase_reward)):
        if not 0 <= value <= AMOUNT_MAX:
            raise _invalid("a reward is 0 or more", name)
    if len(terms.share_bp) > MAX_LEVELS or any(not 0 <= bp <= FULL_BP for bp in terms.share_bp):
        raise _invalid(f"up to {MAX_LEVELS} shares of 0 to {FULL_BP} basis points", "shareBp")
    shares = (*terms.share_bp, *(0,) * (MAX_LEVELS - len(terms.share_bp)))
    if terms.reward_kind is RewardKind.POINTS and any(shares) and club.point_value <= 0:
        raise _invalid("a share in points is the paid money's value in points: the club's "
                       "point value must be set", "shareBp")
    if not 0 <= terms.period_days <= MAX_PERIOD_DAYS:
        raise _invalid(f"a period of 0 to {MAX_PERIOD_DAYS} days", "periodDays")
    if terms.cap is not None and not 0 < terms.cap <= AMOUNT_MAX:
        raise _invalid("a cap is positive (or none)", "cap")
    return ReferralTerms(terms.enabled, terms.reward_kind, terms.enrolment_reward,
                         terms.first_purchase_reward, shares, terms.period_days, terms.cap)


def _terms_of(row: ReferralSettings | None) -> ReferralTerms:
    if row is None:
        return ReferralTerms()
    return ReferralTerms(enabled=row.enabled, reward_kind=RewardKind(row.reward_kind),
                         enrolment_reward=int(row.enrolment_reward),
                         first_purchase_reward=int(row.first_purchase_reward),
                         share_bp=(row.share_bp_1, row.share_bp_2, row.share_bp_3),
                         period_days=row.period_days,
                         cap=int(row.cap) if row.cap is not None else None)


async def club_terms(club_id: int) -> ReferralTerms:
    return _terms_of(await ReferralSettings.get_or_none(club_id=club_id))


async def referral_settings(actor: Identity, club_id: int) -> ReferralTerms:
    """The referral programme of a club in reach (off, with nothing paid, until set)."""
    club = await club_for(actor, club_id)
    return await club_terms(club.id)


async def set_referral_settings(actor: Identity, club_id: int,
                                terms: ReferralTerms) -> ReferralTerms:
    """The club's managers set its referral programme; it applies to rewards from now on (a
    referral keeps the reward kind it was made with)."""
    club = await club_for(actor, club_id, ClubRole.MANAGER)
    terms = check_terms(club, terms)
    values: dict[str, Any] = {
        "enabled": terms.enabled, "reward_kind": terms.reward_kind,
        "enrolment_reward": terms.enrolment_reward,
        "first_purchase_reward": terms.first_purchase_reward,
        "share_bp_1": terms.share_bp[0], "share_bp_2": terms.share_bp[1],
        "share_bp_3": terms.share_bp[2], "period_days": terms.period_days, "cap": terms.cap,
        "updated_by": actor.actor[:64]}
    for _ in range(2):
        async with in_transaction():
            updated = await ReferralSettings.filter(club_id=club.id).update(**values)
            if updated:
                return terms
            try:
                async with in_transaction():  # a savepoint: a concurrent first setting wins
                    await ReferralSettings.create(club_id=club.id, **values)
                return terms
            except IntegrityError:
                continue
    raise AssertionError("the settings row exists after a lost race to make it")


# --- codes and links -------------------------------------------------------------------------

def normalise_code(value: str) -> str:
    return western_digits(value).strip().upper()


def referral_link(public_url: str, club_id: int, code: str) -> str:
    """Where an invitation leads: the app's join page of the club with the code."""
    return f"{public_url.rstrip('/')}/join/{club_id}?ref={code}"


async def code_of(member: Member) -> str:
    """The member's referral code, made the first time."""
    row = await ReferralCode.get_or_none(club_id=member.club_id, member_id=member.id)
    if row is not None:
        return row.code
    for _ in range(8):
        code = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
        try:
            async with in_transaction():
                made = await ReferralCode.create(club_id=member.club_id, member_id=member.id,
                                                 code=code)
            return made.code
        except IntegrityError:  # the code taken, or the member's made concurrently
            row = await ReferralCode.get_or_none(club_id=member.club_id, member_id=member.id)
            if row is not None:
                return row.code
    raise AssertionError("eight random referral codes in a row were taken")


async def my_referral_code(actor: Identity, club_id: int) -> tuple[Member, str] | None:
    """The signed-in person's membership of the club and its referral code; None if they are
    not a member (or the club is closed)."""
    if actor.kind is not CallerKind.CUSTOMER or actor.customer_id is None:
        return None
    me = await Customer.get_or_none(id=actor.customer_id)
    if me is None:
        return None
    member = await Member.get_or_none(club_id=club_id, customer__person_id=me.person_id,
                                      club__is_active=True)
    if member is None:
        return None
    return member, await code_of(member)


async def referrer_of(club_id: int, code: str) -> int:
    """The member whose code `code` is; else `referral_code_not_found`."""
    row = await ReferralCode.get_or_none(club_id=club_id, code=normalise_code(code))
    if row is None:
        raise NotFound(E.REFERRAL_CODE_NOT_FOUND, "no member of this club has this code",
                       field="referralCode")
    return row.member_id


async def check_code(club: Club, code: str) -> None:
    """Refuses a code that could not refer anyone now (asked before a join is confirmed)."""
    if not (await club_terms(club.id)).enabled:
        raise Conflict(E.REFERRALS_OFF, "the club takes no referrals", field="referralCode")
    await referrer_of(club.id, code)


# --- enrolment -------------------------------------------------------------------------------

async def refer(club: Club, invitee: Member, code: str, *, created: bool,
                card_number: str | None = None) -> None:
    """Record that `invitee` enrolled with `code`, in the enrolment's transaction (before the
    card given at enrolment is registered), and post the enrolment reward. `created`: the
    enrolment made the member (an existing one is only answered if the same code referred it)."""
    if not created:
        before = await Referral.get_or_none(club_id=club.id, invitee_id=invitee.id, level=1)
        found = await ReferralCode.get_or_none(club_id=club.id, code=normalise_code(code))
        if before is not None and found is not None and found.member_id == before.referrer_id:
            return
        if found is not None and found.member_id == invitee.id:
            raise Conflict(E.SELF_REFERRAL, "a member cannot refer themselves",
                           field="referralCode")
        raise Conflict(E.ALREADY_ENROLLED, "a member enrolled before is not referred",
                       field="referralCode")
    terms = await club_terms(club.id)
    if not terms.enabled:
        raise Conflict(E.REFERRALS_OFF, "the club takes no referrals", field="referralCode")
    referrer_id = await referrer_of(club.id, code)
    above = await Referral.filter(club_id=club.id, invitee_id=referrer_id,
                                  level__lt=MAX_LEVELS).order_by("level") \
        .values_list("referrer_id", flat=True)
    chain = [referrer_id, *(int(i) for i in above)]  # type: ignore[call-overload]  # values_list of one column
    cards = [card_hash(normalise_card_number(card_number))] if card_number else []
    await _refuse_self_referral(club.id, invitee.id, chain, cards)
    rows = [await Referral.create(club_id=club.id, invitee_id=invitee.id, referrer_id=referrer,
                                  level=level, reward_kind=terms.reward_kind,
                                  enrolled_at=invitee.enrolled_at)
            for level, referrer in enumerate(chain, start=1)]
    if terms.enrolment_reward:
        given = await _grant(club, rows[0], terms, ReferralReason.ENROLMENT,
                             terms.enrolment_reward, key=f"referral:{invitee.id}:enrolment")
        if given is not None:
            await create_transfers([given], namespace=NAMESPACE)


async def _marks(club_id: int, member_ids: Sequence[int]) -> dict[int, set[str]]:
    """What tells each member's person apart: the person, their mobile number, national IDs
    and every bank card they registered in the club (removed ones too)."""
    marks: dict[int, set[str]] = {i: set() for i in member_ids}
    for member in await Member.filter(club_id=club_id, id__in=list(member_ids)) \
            .prefetch_related("customer__person"):
        customer: Customer = member.customer
        person = customer.person
        found = marks[member.id]
        found |= {f"person:{person.id}", f"mobile:{person.mobile}"}
        found |= {f"national_id:{n}" for n in (customer.national_id, person.national_id) if n}
    for row in await MemberCard.filter(club_id=club_id, member_id__in=list(member_ids)) \
            .values("member_id", "card_hash"):
        marks[int(row["member_id"])].add(f"card:{row['card_hash']}")
    return marks


async def _refuse_self_referral(club_id: int, invitee_id: int, chain: Sequence[int],
                                card_hashes: Sequence[str]) -> None:
    marks = await _marks(club_id, [invitee_id, *chain])
    mine = marks[invitee_id] | {f"card:{h}" for h in card_hashes}
    if invitee_id in chain or any(mine & marks[referrer] for referrer in chain):
        raise Conflict(E.SELF_REFERRAL, "the invitee and a referrer in the chain share a "
                                        "mobile number, national ID or bank card",
                       field="referralCode")


# --- rewards ---------------------------------------------------------------------------------

class PurchaseCommitted(Protocol):
    """What `on_purchase` reads of `standing.PurchaseCommitted` (named here, not imported:
    `standing` calls this module)."""

    @property
    def club(self) -> Club: ...
    @property
    def member(self) -> Member: ...
    @property
    def purchase_id(self) -> int: ...
    @property
    def paid(self) -> int: ...
    @property
    def at(self) -> datetime: ...
    @property
    def facts(self) -> PurchaseFacts: ...
    @property
    def key(self) -> str: ...


class PurchaseReturned(Protocol):
    """What `on_return` reads of `standing.PurchaseReturned`."""

    @property
    def club(self) -> Club: ...
    @property
    def member(self) -> Member: ...
    @property
    def purchase_id(self) -> int: ...
    @property
    def purchase_amount(self) -> int: ...
    @property
    def returned_total(self) -> int: ...
    @property
    def is_void(self) -> bool: ...
    @property
    def key(self) -> str: ...


def _room(row: Referral, cap: int | None, amount: int) -> int:
    """What of `amount` the referral may still pay under `cap`."""
    if cap is None:
        return amount
    return max(0, min(amount, cap - int(row.paid)))


async def _grant(club: Club, row: Referral, terms: ReferralTerms, reason: ReferralReason,
                 amount: int, *, key: str, purchase_id: int | None = None,
                 ) -> TransferRequest | None:
    """The transfer paying `row`'s referrer `amount` (capped), with its reward's row; None when
    the cap leaves nothing. `row` is locked (or new) in the caller's transaction."""
    amount = _room(row, terms.cap, amount)
    if amount <= 0:
        return None
    kind = KINDS[RewardKind(row.reward_kind)]
    referrer = await Member.get(club_id=club.id, id=row.referrer_id)
    transfer = await grant_transfer(
        club, referrer, Grant(kind=kind, amount=amount, key=key), reference_type=REFERENCE_TYPE,
        reference_id=str(row.id), metadata={"reason": reason.value, "level": row.level,
                                            "invitee": row.invitee_id})
    await ReferralReward.create(
        club_id=club.id, referral_id=row.id, referrer_id=row.referrer_id,
        invitee_id=row.invitee_id, level=row.level, reason=reason, purchase_id=purchase_id,
        kind=kind, amount=amount, lot_id=(transfer.metadata or {}).get("lot"), key=key)
    row.paid = int(row.paid) + amount
    await row.save(update_fields=["paid"])
    return transfer


def share_value(paid: int, share_bp: int, kind: RewardKind, point_value: int) -> int:
    """A level's share of `paid` rials in the reward's unit (points at the club's point value),
    rounded down."""
    rials = paid * share_bp // FULL_BP
    if kind is RewardKind.POINTS:
        return rials // point_value if point_value > 0 else 0
    return rials


def _tag(key: str) -> str:
    """A short stand-in for a purchase's or a return's key (grant keys are at most 100)."""
    return hashlib.blake2b(key.encode(), digest_size=12).hexdigest()


async def _locked_chain(club_id: int, invitee_id: int) -> list[Referral]:
    return list(await Referral.select_for_update().filter(club_id=club_id, invitee_id=invitee_id)
                .order_by("level"))


async def on_purchase(notice: PurchaseCommitted) -> list[TransferRequest]:
    """The referrers' rewards for an invitee's purchase: the first-purchase reward and each
    level's share, capped; the transfers join the purchase's batch."""
    club, member = notice.club, notice.member
    if not await Referral.exists(club_id=club.id, invitee_id=member.id):
        return []
    terms = await club_terms(club.id)
    if not terms.enabled:
        return []
    rows = await _locked_chain(club.id, member.id)
    tag = _tag(notice.key)
    transfers: list[TransferRequest] = []
    for row in rows:
        if row.level == 1 and terms.first_purchase_reward and notice.facts.first_at_club \
                and row.first_purchase_id is None:
            row.first_purchase_id = notice.purchase_id
            await row.save(update_fields=["first_purchase_id"])
            given = await _grant(club, row, terms, ReferralReason.FIRST_PURCHASE,
                                 terms.first_purchase_reward, key=f"referral:{tag}:first",
                                 purchase_id=notice.purchase_id)
            transfers += [given] if given is not None else []
        in_period = notice.at < row.enrolled_at + timedelta(days=terms.period_days)
        value = share_value(notice.paid, terms.share_of(row.level), RewardKind(row.reward_kind),
                            int(club.point_value))
        if in_period and value > 0:
            given = await _grant(club, row, terms, ReferralReason.SHARE, value,
                                 key=f"referral:{tag}:share:{row.level}",
                                 purchase_id=notice.purchase_id)
            transfers += [given] if given is not None else []
    return transfers


def _reversal(reward: ReferralReward, notice: PurchaseReturned) -> int:
    """What this return reverses of `reward`: a share pro rata (cumulatively, as returns do),
    the first-purchase reward all at once when the purchase is returned in full or voided."""
    left = int(reward.amount) - int(reward.returned_amount)
    if reward.reason is ReferralReason.SHARE:
        return (int(reward.amount) * notice.returned_total // notice.purchase_amount
                - int(reward.returned_amount))
    if reward.reason is ReferralReason.FIRST_PURCHASE and (
            notice.is_void or notice.returned_total >= notice.purchase_amount):
        return left
    return 0


async def lock_referrers(club_id: int, invitee_id: int, purchase_id: int) -> None:
    """A return of the invitee's purchase locks, right after the invitee's and the purchase's
    rows and before any group's, the member rows of the referrers the purchase rewarded (whose
    lots `on_return` claws back from), in the chain's order: a referrer's own purchase locks
    their member row and then their group's, so the two never wait on each other in a
    circle."""
    rewarded = {int(r["referrer_id"]) for r in await ReferralReward.filter(
        club_id=club_id, purchase_id=purchase_id).values("referrer_id")}
    if not rewarded:
        return
    for row in await Referral.filter(club_id=club_id, invitee_id=invitee_id) \
            .order_by("level").values("referrer_id"):
        if int(row["referrer_id"]) in rewarded:
            await Member.select_for_update().get(club_id=club_id, id=int(row["referrer_id"]))


async def on_return(notice: PurchaseReturned) -> list[TransferRequest]:
    """Reverse what the purchase paid its invitee's referrers, as far as this return reaches:
    clawed back from the referrer's lot, the rest owed by the referrer; the cap's room back."""
    club = notice.club
    rewards = await ReferralReward.filter(club_id=club.id, purchase_id=notice.purchase_id) \
        .order_by("id")
    due = [(r, x) for r in rewards if (x := _reversal(r, notice)) > 0]
    if not due:
        return []
    rows = {row.id: row for row in await _locked_chain(club.id, notice.member.id)}
    # The referrers' own purchases spend from the lots read below: hold them still, in the
    # chain's order.
    owing = {r.referrer_id for r, _ in due}
    for row in sorted(rows.values(), key=lambda r: r.level):
        if row.referrer_id in owing:
            await Member.select_for_update().get(club_id=club.id, id=row.referrer_id)
    lots = {lot.id: lot for lot in await Lot.filter(
        id__in=[r.lot_id for r, _ in due if r.lot_id is not None])}
    held = {a.id: available(a) for a in await Account.filter(
        id__in=[lot.account_id for lot in lots.values()])}
    batch = _Reversals(f"referral:{club.id}:{_tag(notice.key)}", notice.purchase_id)
    for reward, x in due:
        kind = EffectKind(reward.kind)
        ledger = ledger_of(kind)
        funding = await funding_account(club, kind)
        lot = lots.get(reward.lot_id) if reward.lot_id is not None else None
        clawed = min(x, held.get(lot.account_id, 0)) if lot is not None else 0
        if lot is not None and clawed:
            batch.add(RETURN_PREFIX + CODES[kind].removeprefix("loyalty_"), ledger, clawed,
                      lot.account_id, funding)
            held[lot.account_id] -= clawed
        if x > clawed:
            debt = await club_account(club, AccountPurpose.MEMBER_DEBT,
                                      debt_subject(reward.referrer_id), ledger)
            batch.add(RETURN_PREFIX + "debt", ledger, x - clawed, debt.account_id, funding)
        reward.returned_amount = int(reward.returned_amount) + x
        await reward.save(update_fields=["returned_amount"])
        row = rows[reward.referral_id]
        row.paid = int(row.paid) - x
        if reward.reason is ReferralReason.FIRST_PURCHASE \
                and row.first_purchase_id == notice.purchase_id:
            row.first_purchase_id = None
        await row.save(update_fields=["paid", "first_purchase_id"])
    return batch.requests


@dataclass
class _Reversals:
    key: str
    purchase_id: int
    requests: list[TransferRequest] = field(default_factory=list)

    def add(self, code: str, ledger: str, amount: int, debit: int, credit: int) -> None:
        self.requests.append(TransferRequest(
            idempotency_key=f"{self.key}:{len(self.requests)}", code=code, amount=amount,
            debit_account_id=debit, credit_account_id=credit, ledger=ledger,
            reference_type=REFERENCE_TYPE, reference_id=f"purchase:{self.purchase_id}"))


# --- what the club sees ----------------------------------------------------------------------

async def referrals_in(actor: Identity, club_id: int, *, referrer_id: int | None = None,
                       level: int | None = 1, limit: int = 50,
                       after_id: int | None = None) -> list[Referral]:
    """A club's referrals in id order (by default the direct ones: the tree's edges), with
    their members' customers; `referrer_id` keeps one referrer's."""
    club = await club_for(actor, club_id)
    query = Referral.filter(club_id=club.id)
    if referrer_id is not None:
        query = query.filter(referrer_id=referrer_id)
    if level is not None:
        query = query.filter(level=level)
    if after_id is not None:
        query = query.filter(id__gt=after_id)
    return list(await query.order_by("id").limit(limit)
                .prefetch_related("invitee__customer", "referrer__customer"))


@dataclass(frozen=True, slots=True)
class ReferrerResult:
    referrer_id: int
    reward_kind: RewardKind
    invitees: int  # direct
    network: int  # invitees on every level (up to three)
    earned: int  # net of reversals, in the reward's unit


@dataclass(frozen=True, slots=True)
class ReferralResults:
    invitees: int  # members who enrolled with a code
    points: int  # paid to referrers in points, net of reversals
    credit: int  # ... in club credit (rials)
    referrers: list[ReferrerResult]  # the best first


async def referral_results(actor: Identity, club_id: int, *, top: int = 10) -> ReferralResults:
    """A club's referral results: totals and its best referrers by what they earned."""
    club = await club_for(actor, club_id)
    totals = {str(r["reward_kind"]): int(r["earned"] or 0) for r in await Referral.filter(
        club_id=club.id).annotate(earned=Sum("paid")).group_by("reward_kind")
        .values("reward_kind", "earned")}
    rows = await Referral.filter(club_id=club.id) \
        .annotate(invitees=Count("id", _filter=Q(level=1)), network=Count("id"),
                  earned=Sum("paid")) \
        .group_by("referrer_id", "reward_kind").order_by("-earned", "referrer_id").limit(top) \
        .values("referrer_id", "reward_kind", "invitees", "network", "earned")
    return ReferralResults(
        invitees=await Referral.filter(club_id=club.id, level=1).count(),
        points=totals.get(RewardKind.POINTS.value, 0),
        credit=totals.get(RewardKind.CLUB_CREDIT.value, 0),
        referrers=[ReferrerResult(int(r["referrer_id"]), RewardKind(r["reward_kind"]),
                                  int(r["invitees"]), int(r["network"]), int(r["earned"] or 0))
                   for r in rows])
