"""Returns and voids of a purchase: every effect reversed pro rata and lot-exact, once per key.

A return gives back part of a purchase (an amount, or amounts of its lines), at most what is
left of it (`return_exceeds_purchase`); a void gives back all of a purchase on the day it was
made, in the club's timezone. Each effect of the purchase is reversed by what its share of the
returned amount reaches: an effect earned on a line follows that line's returned share, any
other the purchase's. The shares are cumulative (the effect's amount times what is returned so
far, over what was bought, rounded down, less what earlier returns reversed), so a purchase
returned in parts reverses, in the end, exactly what it gave.

- A discount goes back to the merchant's funding; the platform's fee to the fee payable.
- Credit and points the member paid with go back to exactly the lots they came from; credit
  restored into a lot swept by expiry meanwhile goes straight on to expired credit.
- A reward is clawed back from the lot it went to (points and entries: the member's one lot of
  that ledger, whatever they hold there); what the lot no longer holds (spent meanwhile) becomes
  the member's debt to that reward's funder (the merchant, the club's rewards, points or
  entries), which their next rewards from the same funder repay first. What of a credit lot
  expired (swept) comes back from expired credit instead: the member owes only what they
  spent. A club that allows negative points shows the points debt as a negative balance (the
  member view).
- Every budget the reward drew on gets the reversed amount back.
- The settlement shares get negative shares of the returned amount, pro rata against what
  remains of them (`split.plan_split` with `remaining`), each share payable debited back; the
  settlement carries a negative into the beneficiary's next period. A purchase at a host
  club's merchant (a federation agreement) has the host's shares: they are the host's to
  debit back, and what the return took back through the club's sales clearing moves back
  from the host's (`federation.return_legs`).
- The platform's fee is per purchase made (`fees.platform_fee`): a return keeps it, a void
  (the purchase cancelled on its day) gives it back.

Everything is one `create_transfers` batch in one transaction with the return's row, under the
member's lock (as a purchase takes it) and then the purchase's, the rewarded referrers' and the
groups' whose lots it touches."""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from dataclasses import asdict, dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from tortoise.exceptions import IntegrityError
from tortoise.expressions import Q
from tortoise.transactions import in_transaction

from models.clock import now_or
from models.errors import Conflict, NotFound, ValidationFailed
from models.keys import check_key
from models.ledger.accounts import system_account
from models.ledger.codes import SystemAccount
from models.ledger.posting import TransferRequest, create_transfers
from models.ledger.tables import Account, Transfer
from models.lots.lots import available
from models.lots.planning import plan_restore
from models.lots.tables import Lot
from models.loyalty import federation, member_groups, referrals, standing
from models.loyalty.accounts import IRR, NAMESPACE, POINT, club_account
from models.loyalty.codes import Beneficiary, EffectKind, PurchaseState
from models.loyalty.errors import LoyaltyErrorCode
from models.loyalty.expiry import EXPIRE_CODE
from models.loyalty.legs import BUDGET_USE_CODE, CODES, CREDIT_KINDS, FUNDER, RETURN_PREFIX
from models.loyalty.purchases import (
    REFERENCE_TYPE,
    SHARE_CODE,
    PurchaseAccounts,
    check_amounts,
    purchase_accounts,
    share_account_purpose,
)
from models.loyalty.split import PlannedShare, net_shares, plan_split, share_subject
from models.loyalty.tables import (
    Club,
    Member,
    Purchase,
    PurchaseEffect,
    PurchaseLine,
    PurchaseReturn,
    Share,
)

E = LoyaltyErrorCode
RETURN_REFERENCE_TYPE = "loyalty_return"
GRANTS = CREDIT_KINDS | {EffectKind.POINTS, EffectKind.LOTTERY}


@dataclass(frozen=True, slots=True)
class ReturnLine:
    line_no: int
    amount: int


@dataclass(frozen=True, slots=True)
class ReturnRequest:
    """A return of `amount` of the purchase, or of `lines`' amounts; neither: all that is
    left. `key` makes it once."""

    club_id: int
    purchase_id: int
    key: str
    amount: int | None = None
    lines: tuple[ReturnLine, ...] = ()
    void: bool = False

    def digest(self) -> str:
        parts = (self.club_id, self.purchase_id, self.amount,
                 [asdict(line) for line in self.lines], self.void)
        return hashlib.blake2b(json.dumps(parts).encode(), digest_size=16).hexdigest()


@dataclass(frozen=True, slots=True)
class ReturnOutcome:
    return_id: int
    purchase_id: int
    amount: int
    returned_total: int  # of the purchase, this return included
    state: PurchaseState
    is_void: bool
    debt: dict[str, int]  # what this return left the member owing, per ledger
    replayed: bool = False


async def return_purchase(request: ReturnRequest, *,
                          now: datetime | None = None) -> ReturnOutcome:
    """Reverse `request`'s part of the purchase; a replay of the key answers the first."""
    check_key(request.key, field="key")
    check_amounts(amount=request.amount or 0,
                  lines=max((line.amount for line in request.lines), default=0))
    if request.amount is not None and request.amount <= 0:
        raise ValidationFailed(E.RETURN_AMOUNT_MUST_BE_POSITIVE, field="amount")
    if any(line.amount <= 0 for line in request.lines):
        raise ValidationFailed(E.RETURN_AMOUNT_MUST_BE_POSITIVE, field="lines")
    purchase = await Purchase.get_or_none(id=request.purchase_id, club_id=request.club_id)
    if purchase is None:
        raise NotFound(E.PURCHASE_NOT_FOUND, f"no purchase {request.purchase_id}",
                       field="purchaseId")
    done = await PurchaseReturn.get_or_none(club_id=request.club_id, purchase_id=purchase.id,
                                            key=request.key)
    if done is not None:
        return await _replay(done, request)
    club = await Club.get(id=purchase.club_id)
    try:
        return await _return(club, purchase.id, request, now_or(now))
    except IntegrityError:  # the same key, concurrently
        done = await PurchaseReturn.get_or_none(club_id=request.club_id,
                                                purchase_id=purchase.id, key=request.key)
        if done is None:
            raise
        return await _replay(done, request)


async def void_purchase(club_id: int, purchase_id: int, key: str, *,
                        now: datetime | None = None) -> ReturnOutcome:
    """Cancel the whole purchase, on the day it was made (the club's timezone) only."""
    return await return_purchase(ReturnRequest(club_id, purchase_id, key, void=True), now=now)


async def _replay(done: PurchaseReturn, request: ReturnRequest) -> ReturnOutcome:
    if done.request_digest != request.digest():
        raise Conflict(E.IDEMPOTENCY_CONFLICT, "this key was used for a different return",
                       field="key")
    purchase = await Purchase.get(id=done.purchase_id)
    return ReturnOutcome(done.id, purchase.id, int(done.amount), int(purchase.returned_amount),
                         purchase.state, done.is_void, {}, replayed=True)


def _returned_amounts(purchase: Purchase, lines: dict[int, PurchaseLine],
                      request: ReturnRequest, club: Club,
                      now: datetime) -> tuple[int, dict[int, int]]:
    """What this return gives back in all and per line; refuses more than is left."""
    left = int(purchase.amount - purchase.returned_amount)
    if purchase.state is PurchaseState.VOIDED:
        raise Conflict(E.PURCHASE_VOIDED, "the purchase was voided", field="purchaseId")
    if request.void:
        if purchase.returned_amount:
            raise Conflict(E.VOID_AFTER_RETURN, "a purchase returned in part cannot be voided",
                           field="purchaseId")
        zone = ZoneInfo(club.timezone)
        if purchase.occurred_at.astimezone(zone).date() != now.astimezone(zone).date():
            raise Conflict(E.VOID_NOT_SAME_DAY, "a purchase is voided on its day only",
                           field="purchaseId")
        return left, {no: int(line.amount) for no, line in lines.items()}
    if left <= 0:
        raise ValidationFailed(E.RETURN_EXCEEDS_PURCHASE, "nothing of it is left to return",
                               field="amount")
    if request.lines:
        per_line: dict[int, int] = defaultdict(int)
        for wanted in request.lines:
            line = lines.get(wanted.line_no)
            if line is None:
                raise ValidationFailed(E.INVALID_LINE, f"no line {wanted.line_no}",
                                       field="lines")
            per_line[wanted.line_no] += wanted.amount
            if per_line[wanted.line_no] > line.amount - line.returned_amount:
                raise ValidationFailed(E.RETURN_EXCEEDS_PURCHASE,
                                       f"line {wanted.line_no} has "
                                       f"{line.amount - line.returned_amount} left",
                                       field="lines")
        total = sum(per_line.values())
        if request.amount is not None and request.amount != total:
            raise ValidationFailed(E.LINES_MUST_SUM_TO_AMOUNT, field="amount")
        if total > left:
            raise ValidationFailed(E.RETURN_EXCEEDS_PURCHASE, f"{left} of the purchase is left",
                                   field="lines")
        return total, dict(per_line)
    amount = left if request.amount is None else request.amount
    if amount > left:
        raise ValidationFailed(E.RETURN_EXCEEDS_PURCHASE, f"{left} of the purchase is left",
                               field="amount")
    return amount, _apportioned(amount, lines)


def _apportioned(amount: int, lines: dict[int, PurchaseLine]) -> dict[int, int]:
    """A return by amount shared among the purchase's lines in proportion to what is left of
    each, the units left over to the largest remainders (`plan_restore`), so the rewards earned
    on a line are clawed back with it."""
    if not lines:
        return {}
    return dict(plan_restore([(no, int(line.amount)) for no, line in sorted(lines.items())],
                             amount, {no: int(line.returned_amount)
                                      for no, line in lines.items()}))


def share(amount: int, returned_after: int, basis: int, reversed_before: int) -> int:
    """What of an effect of `amount` this return reverses: its cumulative pro-rata share of
    `returned_after` out of `basis`, rounded down, less what earlier returns reversed."""
    return amount * returned_after // basis - reversed_before


class _Batch:
    def __init__(self, key: str, return_id: int) -> None:
        self.key = key
        self.return_id = return_id
        self.requests: list[TransferRequest] = []

    def add(self, code: str, ledger: str, amount: int, debit: int, credit: int) -> None:
        if amount <= 0:
            return
        self.requests.append(TransferRequest(
            idempotency_key=f"{self.key}:{len(self.requests)}", code=code, amount=amount,
            debit_account_id=debit, credit_account_id=credit, ledger=ledger,
            reference_type=RETURN_REFERENCE_TYPE, reference_id=str(self.return_id)))


async def _accounts(club: Club, purchase: Purchase, share_club: Club,
                    ) -> tuple[PurchaseAccounts, dict[tuple[str, int | None, bool], int]]:
    """The accounts a return of `purchase` touches (the member's debt accounts and the share
    payables made on first use, in the return's transaction: a refused return makes none)."""
    ledgers = {str(e.ledger) for e in await PurchaseEffect.filter(
        club_id=club.id, purchase_id=purchase.id)}
    accounts = await purchase_accounts(club, purchase.merchant_id, purchase.member_id, ledgers,
                                       debt=True)
    payables: dict[tuple[str, int | None, bool], int] = {}
    for beneficiary, partner_id, as_credit in await Share.filter(
            club_id=share_club.id, purchase_id=purchase.id).distinct() \
            .values_list("beneficiary", "partner_id", "as_credit"):
        row = await club_account(share_club, share_account_purpose(bool(as_credit)),
                                 share_subject(Beneficiary(beneficiary), partner_id))
        payables[(str(beneficiary), partner_id, bool(as_credit))] = row.account_id
    return accounts, payables


async def _return(club: Club, purchase_id: int, request: ReturnRequest,
                  now: datetime) -> ReturnOutcome:
    async with in_transaction():
        first = await Purchase.get(id=purchase_id)
        member = await Member.select_for_update().get(club_id=club.id, id=first.member_id)
        purchase = await Purchase.select_for_update().get(club_id=club.id, id=purchase_id)
        # the referrers a reversal claws back from, before any group's lock (`_reverse_effects`)
        await referrals.lock_referrers(club.id, member.id, purchase.id)
        done = await PurchaseReturn.get_or_none(club_id=club.id, purchase_id=purchase.id,
                                                key=request.key)
        if done is not None:
            return await _replay(done, request)
        lines = {line.line_no: line for line in await PurchaseLine.filter(
            club_id=club.id, purchase_id=purchase.id)}
        amount, per_line = _returned_amounts(purchase, lines, request, club, now)
        share_club = await federation.host_of(purchase) or club
        accounts, payables = await _accounts(club, purchase, share_club)
        share_clearing = (accounts.sales_clearing if share_club is club
                          else await federation.host_clearing(share_club))
        row = await PurchaseReturn.create(
            club_id=club.id, purchase_id=purchase.id, key=request.key,
            request_digest=request.digest(), amount=amount, is_void=request.void,
            lines=[{"line_no": no, "amount": value} for no, value in sorted(per_line.items())])
        returned_after = int(purchase.returned_amount) + amount
        line_after = {no: int(line.returned_amount) + per_line.get(no, 0)
                      for no, line in lines.items()}
        batch = _Batch(f"return:{club.id}:{purchase.id}:{request.key}", row.id)
        debt, reversed_by_kind, restored = await _reverse_effects(
            batch, purchase, lines, line_after, returned_after, accounts, void=request.void)
        await member_groups.give_back(club, member.id, purchase.occurred_at, restored)
        shares = await _negative_shares(purchase, amount, share_club.id)
        for share in shares:
            batch.add(SHARE_CODE.replace("loyalty_", RETURN_PREFIX), IRR, -share.amount,
                      payables[(share.beneficiary.value, share.partner_id, share.as_credit)],
                      share_clearing)
        batch.requests.extend(await federation.return_legs(
            purchase, return_id=row.id, amount=amount, batch=batch.requests,
            home_clearing=accounts.sales_clearing, key=f"{batch.key}:federation", at=now))
        batch.requests.extend(await standing.after_return(standing.PurchaseReturned(
            club=club, member=member, purchase_id=purchase.id,
            merchant_id=purchase.merchant_id, purchase_amount=int(purchase.amount),
            purchased_at=purchase.occurred_at, amount=amount, returned_total=returned_after,
            points_reversed=reversed_by_kind.get(EffectKind.POINTS, 0), is_void=request.void,
            at=now, key=f"{batch.key}:standing")))
        if batch.requests:
            await create_transfers(batch.requests, namespace=NAMESPACE)
        await Share.bulk_create([Share(
            club_id=share_club.id, purchase_id=purchase.id, return_id=row.id,
            beneficiary=share.beneficiary, partner_id=share.partner_id, sheba=share.sheba,
            amount=share.amount, as_credit=share.as_credit) for share in shares])
        for no in per_line:
            line = lines[no]
            line.returned_amount = line_after[no]
            await line.save(update_fields=["returned_amount"])
        purchase.returned_amount = returned_after
        purchase.state = (PurchaseState.VOIDED if request.void
                          else PurchaseState.RETURNED if returned_after == purchase.amount
                          else PurchaseState.PARTLY_RETURNED)
        await purchase.save(update_fields=["returned_amount", "state"])
    return ReturnOutcome(row.id, purchase.id, amount, returned_after, purchase.state,
                         request.void, debt)


async def _reverse_effects(batch: _Batch, purchase: Purchase, lines: dict[int, PurchaseLine],
                           line_after: dict[int, int], returned_after: int,
                           accounts: PurchaseAccounts, *, void: bool,
                           ) -> tuple[dict[str, int], dict[EffectKind, int], dict[int, int]]:
    """Add the legs that reverse each effect's share; returns the debt they leave (per ledger),
    what they reversed (per kind of effect) and the credit restored to each lot (by lot id)."""
    effects = await PurchaseEffect.filter(club_id=purchase.club_id,
                                          purchase_id=purchase.id).order_by("id")
    budgets = await _budget_uses(purchase.id)
    lots = {lot.id: lot for lot in await Lot.filter(
        id__in=[e.lot_id for e in effects if e.lot_id is not None])}
    await member_groups.lock_groups_of(purchase.club_id, lots.values())
    held = {a.id: available(a) for a in await Account.filter(
        id__in=[lot.account_id for lot in lots.values()])}
    debt: dict[str, int] = defaultdict(int)
    reversed_by_kind: dict[EffectKind, int] = defaultdict(int)
    restored: dict[int, int] = defaultdict(int)
    expired: int | None = None  # the expired-credit account, once a restore needs it
    restores = _credit_restores(effects, returned_after, int(purchase.amount))
    for number, effect in enumerate(effects):
        line = lines.get(effect.line_no) if effect.line_no is not None else None
        if effect.kind is EffectKind.REDEEM_CREDIT:
            x = restores.get(number, 0)
        elif line is not None:
            x = share(int(effect.amount), line_after[line.line_no], int(line.amount),
                      int(effect.returned_amount))
        else:
            x = share(int(effect.amount), returned_after, int(purchase.amount),
                      int(effect.returned_amount))
        if x <= 0:
            continue
        kind = EffectKind(effect.kind)
        code = RETURN_PREFIX + CODES[kind].removeprefix("loyalty_")
        ledger = str(effect.ledger)
        lot = lots.get(effect.lot_id) if effect.lot_id is not None else None
        if kind is EffectKind.DISCOUNT:
            batch.add(code, IRR, x, accounts.sales_clearing, accounts.funding(kind))
        elif kind in GRANTS:
            funding = accounts.funding(kind)
            clawed = min(x, held.get(lot.account_id, 0)) if lot is not None else 0
            if lot is not None:
                batch.add(code, ledger, clawed, lot.account_id, funding)
                held[lot.account_id] -= clawed
            owed = x - clawed
            if owed and lot is not None and lot.expired_at is not None:
                # What expired of the lot was never the member's to spend: it comes back from
                # expired credit (through the lot), and only what they spent becomes debt.
                expired = expired or (await system_account(
                    ledger, SystemAccount.EXPIRED_CREDIT)).id
                back = min(owed, await _expired_from(lot.account_id, expired))
                batch.add(RETURN_PREFIX + "expired", ledger, back, expired, lot.account_id)
                batch.add(code, ledger, back, lot.account_id, funding)
                owed -= max(back, 0)
            if owed:
                batch.add(RETURN_PREFIX + "debt", ledger, owed, accounts.debt[FUNDER[kind]],
                          funding)
                debt[ledger] += owed
        elif kind is EffectKind.REDEEM_CREDIT and lot is not None:
            batch.add(code, IRR, x, accounts.sales_clearing, lot.account_id)
            restored[lot.id] += x
            if lot.expired_at is not None:  # swept meanwhile: straight on to expired credit
                expired = expired or (await system_account(
                    IRR, SystemAccount.EXPIRED_CREDIT)).id
                batch.add(EXPIRE_CODE, IRR, x, lot.account_id, expired)
            else:
                held[lot.account_id] = held.get(lot.account_id, 0) + x
        elif kind is EffectKind.REDEEM_POINTS and ledger == POINT and lot is not None:
            batch.add(code, POINT, x, accounts.points_issued, lot.account_id)
            held[lot.account_id] = held.get(lot.account_id, 0) + x
        elif kind is EffectKind.REDEEM_POINTS:
            batch.add(code, IRR, x, accounts.sales_clearing, accounts.rewards_funding)
        elif kind is EffectKind.FEE:
            if not void:
                continue
            batch.add(code, IRR, x, accounts.fees, accounts.fee_payable)
        for budget_id in budgets.get(number, ()):
            batch.add(RETURN_PREFIX + "budget", ledger, x, accounts.budget_source[ledger],
                      budget_id)
        effect.returned_amount = int(effect.returned_amount) + x
        await effect.save(update_fields=["returned_amount"])
        reversed_by_kind[kind] += x
    return dict(debt), dict(reversed_by_kind), dict(restored)


async def _expired_from(lot_account_id: int, expired_id: int) -> int:
    """What a swept lot moved to expired credit and was not taken back since."""
    moved = 0
    for t in await Transfer.filter(
            Q(debit_account_id=lot_account_id, credit_account_id=expired_id)
            | Q(debit_account_id=expired_id, credit_account_id=lot_account_id)) \
            .values("debit_account_id", "amount"):
        amount = int(t["amount"])
        moved += amount if t["debit_account_id"] == lot_account_id else -amount
    return moved


async def _negative_shares(purchase: Purchase, returned: int,
                           share_club_id: int) -> list[PlannedShare]:
    """The return's (negative) shares, against what remains of the purchase's (held by the
    club whose split it was, `share_club_id`)."""
    rows = await Share.filter(club_id=share_club_id, purchase_id=purchase.id).order_by("id")
    if not rows:
        return []
    remaining = net_shares([PlannedShare(Beneficiary(r.beneficiary), r.partner_id, r.sheba,
                                         int(r.amount), r.as_credit) for r in rows])
    return [s for s in plan_split(-returned, (), remaining=remaining) if s.amount]


def _credit_restores(effects: list[PurchaseEffect], returned_after: int,
                     amount: int) -> dict[int, int]:
    """What goes back to each lot the member paid with, by effect number: the credit paid's
    share of what is returned so far, less what was restored before, shared among the lots
    lot-exact (`plan_restore`: in proportion to what of each draw is unrestored, the units left
    over to the largest remainders)."""
    drawn = [(number, int(e.amount), int(e.returned_amount)) for number, e in enumerate(effects)
             if e.kind is EffectKind.REDEEM_CREDIT]
    paid = sum(took for _, took, _ in drawn)
    before = sum(back for _, _, back in drawn)
    now_due = paid * returned_after // amount - before
    if now_due <= 0:
        return {}
    return dict(plan_restore([(number, took) for number, took, _ in drawn], now_due,
                             {number: back for number, _, back in drawn}))


async def _budget_uses(purchase_id: int) -> dict[int, list[int]]:
    """The budget accounts each effect of the purchase drew on, by the effect's number."""
    uses: dict[int, list[int]] = defaultdict(list)
    for transfer in await Transfer.filter(reference_type=REFERENCE_TYPE,
                                          reference_id=str(purchase_id),
                                          code=BUDGET_USE_CODE).order_by("id"):
        uses[int(transfer.metadata["effect"])].append(int(transfer.debit_account_id))
    return uses
