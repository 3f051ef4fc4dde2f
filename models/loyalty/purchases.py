"""The purchase at the point of sale: `quote_purchase` (stores nothing) and `commit_purchase`.

A purchase's answer: the discount its rules give, what the member pays in money, the credit
usable at this merchant, the credit and points the member paid with, every reward with the rule
version that gave it, and the platform's fee. A commit applies exactly what the quote of the
same input at the same moment answers, in one database transaction:

1. Lock the member's row (as the wallet locks a wallet's row): one member's purchases and returns
   are planned one after the other against exact balances and facts. A member of a group then
   locks the group's row before any account (`member_groups.lock_group`, the order a return
   takes them in): its credit pays after their own lots,
   within their monthly limit, and the group's members pay with it one after the other.
2. The rules' rewards for the purchase's facts (read under that lock), and the club's accounts
   (made on first use), the rules' budget accounts included (funded with their limits on first
   use): a refused commit rolls them back with the rest. Then lock the budget accounts its
   rewards draw on (by id), read what they hold, and cap each reward to what remains: a budget is
   reached exactly, never overspent, however many purchases run at once.
3. One `create_transfers` batch with every leg (keys derived from the purchase's club, source
   and reference, in the loyalty namespace), with the purchase, its lines and its effects.

Idempotent on (club, source, reference): a replay of the same request answers the stored
result (`replayed`), a different request under the same reference is `idempotency_conflict`.

Legs (debit → credit, amount):
- discount: merchant funding → sales clearing; merchant credit: merchant funding → a new lot;
  club and virtual credit: rewards funding → a new lot; points: points issued → the member's
  points lot; entries: entries issued → the entries lot. What the member owes from an earlier
  return is repaid first: funding → member debt, and only the rest goes to the lot.
- each budget a reward draws on: the budget → the club's budget source.
- credit paid with: each lot drawn → sales clearing; points paid with: the points lot → points
  issued (POINT) and rewards funding → sales clearing (their value in rials).
- the platform's fee (`fees.platform_fee`): fee payable (the club owner's) → the platform's
  fees account.
- the settlement shares of the amount (`split.plan_split` under the merchant's or the club's
  terms): sales clearing → each beneficiary's share payable, with a `Share` row each, which the
  settlement closes per period. A share kept as credit has its row and no transfer yet.
Sales clearing is left owing what the member paid in money: the PSP's collection posts it.
At a host club's merchant through a federation agreement, the shares are the host club's and
what the club's books paid of the bill moves to the host's sales clearing
(`models.loyalty.federation`)."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import asdict, dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import asyncpg
from tortoise.exceptions import IntegrityError, OperationalError, TransactionManagementError
from tortoise.transactions import in_transaction

from models.clock import now_or
from models.db import RETRYABLE_SQLSTATES, given, sqlstate
from models.domain_events.outbox import publishing
from models.errors import CommonErrorCode, Conflict, NotFound, ValidationFailed
from models.identity.callers import CallerKind, Identity
from models.identity.tables import Customer
from models.ledger.accounts import system_account
from models.ledger.codes import AMOUNT_MAX, SystemAccount, TransferResult
from models.ledger.errors import TransferRejected
from models.ledger.posting import TransferRequest, create_transfers
from models.ledger.tables import Account, Transfer
from models.lots.tables import LotKind, ScopeKind
from models.loyalty import budgets, federation, member_groups, standing
from models.loyalty.accounts import (
    BUDGET_SOURCE,
    IRR,
    LOTTERY,
    NAMESPACE,
    POINT,
    AccountKey,
    budget_account,
    club_accounts,
    debt_subject,
    funded_total,
    merchant_subject,
)
from models.loyalty.club_tree import ancestor_ids, tariff_club
from models.loyalty.codes import (
    AccountPurpose,
    Channel,
    ClubRole,
    EffectKind,
    MerchantStatus,
    PurchaseState,
)
from models.loyalty.errors import LoyaltyErrorCode
from models.loyalty.evaluation import candidate_rules, evaluate
from models.loyalty.facts import LineFacts, PurchaseFacts, Reward
from models.loyalty.fees import Tariff, platform_fee
from models.loyalty.legs import (
    BUDGET_USE_CODE,
    CODES,
    CREDIT_KINDS,
    FUNDER,
    LOT_KIND,
    REPAY_CODE,
    HeldLot,
    Place,
    balance_lot_key,
    grant_lot_key,
    held_lots,
    open_member_lot,
    plan_draws,
    usable_credit,
)
from models.loyalty.member_groups import GroupCredit
from models.loyalty.split import PlannedShare, ShareTerm, plan_split, share_subject, terms_for
from models.loyalty.staff_roles import club_absent, club_for
from models.loyalty.tables import (
    Club,
    ClubMerchant,
    LoyaltyAccount,
    Member,
    MerchantGroupMember,
    Purchase,
    PurchaseEffect,
    PurchaseLine,
    RuleVersion,
    Share,
)

E = LoyaltyErrorCode
REFERENCE_TYPE = "loyalty_purchase"
SHARE_CODE = "loyalty_share"
_MAX_ATTEMPTS = 5

# What the rules give a purchase: the club and the purchase's facts → rewards, in the order the
# rules' priority and stacking decided (`models.loyalty.evaluation`).
Evaluator = Callable[[Club, PurchaseFacts], Awaitable[list[Reward]]]


@dataclass(frozen=True, slots=True)
class LineInput:
    line_no: int
    amount: int
    service_category_id: int | None = None
    quantity: int = 1


@dataclass(frozen=True, slots=True)
class PurchaseRequest:
    """A purchase as its caller gives it. `source` names who records it (`terminal:<id>`,
    `merchant:<id>`); `credit` is the credit the member wants to pay with, or all they may when
    `all_credit`; `points` the points they want to pay with."""

    club_id: int
    member_id: int
    merchant_id: int
    channel: Channel
    amount: int
    source: str
    reference: str
    terminal_id: int | None = None
    lines: tuple[LineInput, ...] = ()
    credit: int = 0
    all_credit: bool = False
    points: int = 0

    def digest(self) -> str:
        """A fingerprint of what was asked, to tell a replay from a reused reference."""
        parts = (self.club_id, self.member_id, self.merchant_id, self.channel.value, self.amount,
                 self.terminal_id, [asdict(line) for line in self.lines], self.credit,
                 self.all_credit, self.points)
        return hashlib.blake2b(json.dumps(parts).encode(), digest_size=16).hexdigest()


@dataclass(frozen=True, slots=True)
class GrantedReward:
    """A reward as the purchase gives it: `amount` after the budgets; `lot_id` where it went."""

    rule_id: int
    rule_version_id: int
    rule_name: str
    kind: EffectKind
    ledger: str
    amount: int
    rule_version: int = 0  # the version's number (1, 2, ...)
    line_no: int | None = None
    scope_kind: ScopeKind | None = None
    scope_id: int | None = None
    expires_at: datetime | None = None
    repaid: int = 0  # of `amount`, what repaid the member's debt instead of reaching a lot
    capped: bool = False  # a budget let through less than the rule gave
    lot_id: int | None = None


@dataclass(frozen=True, slots=True)
class CreditDraw:
    lot_id: int
    kind: LotKind
    amount: int


@dataclass(frozen=True, slots=True)
class PurchaseOutcome:
    amount: int
    discount: int
    payable: int
    usable_credit: int
    credit_used: int
    points_used: int
    points_value: int
    fee: int
    rewards: tuple[GrantedReward, ...]
    draws: tuple[CreditDraw, ...]
    purchase_id: int | None = None
    state: PurchaseState | None = None
    replayed: bool = False
    group_credit_used: int = 0  # of `credit_used`, what the member's group's credit paid


# --- input -----------------------------------------------------------------------------------

def check_amounts(**amounts: int) -> None:
    """Refuse an amount the ledger cannot hold (past `AMOUNT_MAX`, a 64-bit integer) as bad
    input, before anything is read or written."""
    for name, value in amounts.items():
        if value > AMOUNT_MAX:
            raise ValidationFailed(CommonErrorCode.INVALID_INPUT,
                                   f"an amount is at most {AMOUNT_MAX}", field=name)


_INT_MAX = 2**31 - 1  # a line's number, quantity and category are 32-bit columns


def check_request(request: PurchaseRequest) -> None:
    """Refuse malformed input before anything is read or written."""
    check_amounts(amount=request.amount, credit=request.credit, points=request.points,
                  lines=max((line.amount for line in request.lines), default=0))
    if any(max(line.line_no, line.quantity, line.service_category_id or 0) > _INT_MAX
           for line in request.lines):
        raise ValidationFailed(CommonErrorCode.INVALID_INPUT, "a line's number, quantity or "
                               f"category is at most {_INT_MAX}", field="lines")
    if request.amount <= 0:
        raise ValidationFailed(E.PURCHASE_AMOUNT_MUST_BE_POSITIVE, field="amount")
    if not request.reference or len(request.reference) > 64:
        raise ValidationFailed(E.INVALID_REFERENCE, "a reference of 1 to 64 characters is "
                                                    "required", field="reference")
    if request.credit < 0:
        raise ValidationFailed(E.INSUFFICIENT_CREDIT, "credit to use cannot be negative",
                               field="credit")
    if request.points < 0:
        raise ValidationFailed(E.INSUFFICIENT_POINTS, "points to use cannot be negative",
                               field="points")
    if request.lines:
        numbers = [line.line_no for line in request.lines]
        if len(set(numbers)) != len(numbers) or any(
                line.amount <= 0 or line.quantity <= 0 or line.line_no <= 0
                for line in request.lines):
            raise ValidationFailed(E.INVALID_LINE, "lines need distinct positive numbers, "
                                                   "positive amounts and quantities",
                                   field="lines")
        if sum(line.amount for line in request.lines) != request.amount:
            raise ValidationFailed(E.LINES_MUST_SUM_TO_AMOUNT, field="lines")


async def _club(club_id: int) -> Club:
    club = await Club.get_or_none(id=club_id, is_active=True)
    if club is None:
        raise NotFound(CommonErrorCode.NOT_FOUND, f"no club {club_id}", field="clubId")
    return club


async def _club_merchant(club: Club, merchant_id: int) -> ClubMerchant:
    joined = await ClubMerchant.get_or_none(club_id=club.id, merchant_id=merchant_id,
                                            status=MerchantStatus.ACTIVE)
    if joined is None:
        raise NotFound(CommonErrorCode.NOT_FOUND,
                       f"merchant {merchant_id} is not an active merchant of the club",
                       field="merchantId")
    return joined


async def _member(club: Club, member_id: int) -> Member:
    member = await Member.get_or_none(id=member_id, club_id=club.id)
    if member is None:
        raise NotFound(CommonErrorCode.NOT_FOUND, f"no member {member_id} in the club",
                       field="member")
    return member


async def facts_of(club: Club, joined: ClubMerchant, member: Member, request: PurchaseRequest,
                   at: datetime) -> PurchaseFacts:
    """What the rules read of the purchase."""
    groups = await MerchantGroupMember.filter(
        club_id=club.id, merchant_id=request.merchant_id).values("group_id")
    counted = Purchase.filter(club_id=club.id, member_id=request.member_id).exclude(
        state=PurchaseState.VOIDED)
    first_at_club = not await counted.exists()
    first_at_merchant = first_at_club or not await counted.filter(
        merchant_id=request.merchant_id).exists()
    return PurchaseFacts(
        club_id=club.id, member_id=request.member_id, merchant_id=request.merchant_id,
        channel=request.channel, amount=request.amount, at=at,
        lines=tuple(LineFacts(line.line_no, line.amount, line.service_category_id,
                              line.quantity) for line in request.lines),
        merchant_group_ids=frozenset(int(g["group_id"]) for g in groups),
        merchant_category_id=joined.category_id, first_at_club=first_at_club,
        first_at_merchant=first_at_merchant, member_group_id=member.group_id)


async def rule_rewards(club: Club, facts: PurchaseFacts) -> list[Reward]:
    """The rewards of the club's active rules for `facts` (the rules' evaluation)."""
    return evaluate(await candidate_rules(club.id, facts.merchant_id, facts.at), facts)


# --- the plan --------------------------------------------------------------------------------

@dataclass(slots=True)
class PurchaseAccounts:
    """The club's ledger accounts a purchase may touch, by role."""

    rewards_funding: int
    merchant_funding: int
    points_issued: int
    entries_issued: int
    sales_clearing: int
    fee_payable: int
    fees: int
    budget_source: dict[str, int] = field(default_factory=dict)  # ledger -> account
    # funder (`legs.FUNDER`) -> the member's debt account owed to that funder
    debt: dict[str, int] = field(default_factory=dict)

    def funding(self, kind: EffectKind) -> int:
        if kind in (EffectKind.DISCOUNT, EffectKind.MERCHANT_CREDIT):
            return self.merchant_funding
        if kind is EffectKind.POINTS:
            return self.points_issued
        if kind is EffectKind.LOTTERY:
            return self.entries_issued
        return self.rewards_funding


async def purchase_accounts(club: Club, merchant_id: int, member_id: int,
                            ledgers: set[str], *, debt: bool = False,
                            make: bool = True) -> PurchaseAccounts:
    """The club's accounts a purchase of `member_id` at `merchant_id` may touch (made on first
    use), read in one query. The member's debt accounts (one per funder: the merchant, the
    club's rewards, points and entries) are made only for a return (`debt`): a purchase reads
    those that exist (a member without one owes nothing). With `make` false (a quote) nothing
    is made: an account not made yet reads as 0."""
    p = AccountPurpose
    debts: dict[str, AccountKey] = {
        "club": (p.MEMBER_DEBT, debt_subject(member_id), IRR),
        "merchant": (p.MEMBER_DEBT, debt_subject(member_id, merchant_id), IRR),
        "points": (p.MEMBER_DEBT, debt_subject(member_id), POINT),
        "entries": (p.MEMBER_DEBT, debt_subject(member_id), LOTTERY)}
    wanted: list[AccountKey] = [
        (p.REWARDS_FUNDING, "", IRR), (p.MERCHANT_FUNDING, merchant_subject(merchant_id), IRR),
        (p.POINTS_ISSUED, "", POINT), (p.ENTRIES_ISSUED, "", LOTTERY),
        (p.SALES_CLEARING, "", IRR), (p.FEE_PAYABLE, "", IRR),
        *((p.RULE_BUDGET, BUDGET_SOURCE, ledger) for ledger in sorted(ledgers)),
        *debts.values()]
    existing_only: frozenset[AccountPurpose] = (
        frozenset(p) if not make else frozenset() if debt else frozenset({p.MEMBER_DEBT}))
    ids = await club_accounts(club, wanted, only_existing=existing_only)

    def id_of(key: AccountKey) -> int:
        return ids.get(key, 0)

    return PurchaseAccounts(
        rewards_funding=id_of(wanted[0]), merchant_funding=id_of(wanted[1]),
        points_issued=id_of(wanted[2]), entries_issued=id_of(wanted[3]),
        sales_clearing=id_of(wanted[4]), fee_payable=id_of(wanted[5]),
        fees=(await system_account(IRR, SystemAccount.FEES)).id,
        budget_source={ledger: id_of((p.RULE_BUDGET, BUDGET_SOURCE, ledger))
                       for ledger in ledgers},
        debt={funder: ids[key] for funder, key in debts.items() if key in ids})


@dataclass(frozen=True, slots=True)
class Plan:
    outcome: PurchaseOutcome
    budget_ids: tuple[tuple[int, ...], ...]  # per reward of `outcome.rewards`
    draws: tuple[HeldLot, ...]  # the lots of `outcome.draws`, in order
    points_lot: HeldLot | None
    group: GroupCredit | None = None  # the member's group's credit, if they may use it


def plan_purchase(request: PurchaseRequest, club: Club, place: Place, rewards: Sequence[Reward],
                  reward_budgets: Sequence[Sequence[int]], remaining: dict[int, int],
                  lots: Sequence[HeldLot], owed: dict[str, int], now: datetime,
                  versions: Mapping[int, int] | None = None, *,
                  group: GroupCredit | None = None, tariff: Tariff | None = None) -> Plan:
    """Pure: what the purchase gives and takes, from the rules' rewards, what the budgets and
    the member's lots hold and what the member owes to each funder (`owed`, by
    `legs.FUNDER`: a reward repays only what is owed to its own funder). The member's `group`
    credit pays after their own lots, up to what is left of their monthly limit; the fee is
    `tariff`'s (a sub-club's inherited one), else the club's. Raises a typed error for a
    payment the member cannot make."""
    remaining = dict(remaining)
    owed = dict(owed)
    granted: list[GrantedReward] = []
    budget_ids: list[tuple[int, ...]] = []
    discount = 0
    for reward, ids in zip(rewards, reward_budgets, strict=True):
        amount = reward.amount
        if reward.kind is EffectKind.DISCOUNT:
            amount = min(amount, request.amount - discount)
        allowed = budgets.cap(amount, list(ids), remaining) if ids else max(amount, 0)
        if allowed <= 0:
            continue
        if reward.kind is EffectKind.DISCOUNT:
            discount += allowed
        repaid = 0
        funder = FUNDER.get(reward.kind)
        if funder is not None and owed.get(funder, 0) > 0:
            repaid = min(allowed, owed[funder])
            owed[funder] -= repaid
        granted.append(GrantedReward(
            rule_id=reward.rule_id, rule_version_id=reward.rule_version_id,
            rule_name=reward.rule_name, kind=reward.kind, ledger=reward.ledger, amount=allowed,
            rule_version=(versions or {}).get(reward.rule_version_id, 0), line_no=reward.line_no,
            scope_kind=reward.scope_kind if reward.kind in CREDIT_KINDS else None,
            scope_id=reward.scope_id if reward.kind in CREDIT_KINDS else None,
            expires_at=reward.expires_at if reward.kind in CREDIT_KINDS else None,
            repaid=repaid, capped=allowed < reward.amount))
        budget_ids.append(tuple(ids))
    bill = request.amount - discount
    own = usable_credit(lots, place, now)
    usable = own + (group.usable(place, now) if group is not None else 0)
    wanted = min(usable, bill) if request.all_credit else request.credit
    if wanted > usable:
        raise ValidationFailed(E.INSUFFICIENT_CREDIT,
                               f"{usable} of credit is usable at this merchant", field="credit")
    if wanted > bill:
        raise ValidationFailed(E.PAYMENT_EXCEEDS_BILL, f"the bill after discount is {bill}",
                               field="credit")
    draws = plan_draws(lots, place, now, min(wanted, own))
    from_group = wanted - min(wanted, own)
    if group is not None and from_group:
        draws += plan_draws(group.lots, place, now, from_group)
    by_id = {lot.lot_id: lot for lot in (*lots, *(group.lots if group is not None else ()))}
    points_lots = [lot for lot in lots if lot.kind is LotKind.POINTS]
    points_lot = points_lots[0] if points_lots else None
    points_value = 0
    if request.points:
        if club.point_value <= 0 or not place.points_pay:
            raise ValidationFailed(E.POINTS_NOT_REDEEMABLE, "the club's points cannot pay"
                                   if place.points_pay else "points do not travel to this "
                                   "merchant", field="points")
        held = points_lot.available if points_lot else 0
        if request.points > held:
            raise ValidationFailed(E.INSUFFICIENT_POINTS, f"the member holds {held} points",
                                   field="points")
        points_value = request.points * club.point_value
        if points_value > bill - wanted:
            raise ValidationFailed(E.PAYMENT_EXCEEDS_BILL,
                                   f"the bill after discount and credit is {bill - wanted}",
                                   field="points")
    outcome = PurchaseOutcome(
        amount=request.amount, discount=discount, payable=bill - wanted - points_value,
        usable_credit=usable, credit_used=wanted, points_used=request.points,
        points_value=points_value, fee=platform_fee(tariff or club, request.amount),
        rewards=tuple(granted),
        draws=tuple(CreditDraw(d.lot_id, d.kind, d.amount) for d in draws),
        group_credit_used=from_group)
    return Plan(outcome, tuple(budget_ids), tuple(by_id[d.lot_id] for d in draws), points_lot,
                group)


def _place(club: Club, request: PurchaseRequest, facts: PurchaseFacts,
           hosting: federation.Hosting | None = None) -> Place:
    categories: dict[int, int] = {}
    for line in request.lines:
        if line.service_category_id is not None:
            categories[line.service_category_id] = (
                categories.get(line.service_category_id, 0) + line.amount)
    if hosting is not None:
        return Place(club.id, request.merchant_id, facts.merchant_group_ids, categories,
                     lot_kinds=hosting.lot_kinds, points_pay=hosting.points_pay)
    return Place(club.id, request.merchant_id, facts.merchant_group_ids, categories)


async def _budget_accounts(club: Club, rewards: Sequence[Reward], request: PurchaseRequest,
                           at: datetime, *, fund: bool,
                           ) -> tuple[list[tuple[int, ...]], dict[int, int]]:
    """Per reward, the budget accounts it draws on: made and funded on first use for a commit
    (`fund`); for a quote, which writes nothing, those that exist, and what funding them would
    add (a budget not yet used stands for its whole limit under a negative stand-in id)."""
    found: list[tuple[int, ...]] = []
    unfunded: dict[int, int] = {}
    for reward in rewards:
        ids = []
        for budget in budgets.budgets_of(reward, member_id=request.member_id,
                                         merchant_id=request.merchant_id, at=at,
                                         timezone=club.timezone):
            if fund:
                ids.append(await budget_account(club, budget))
                continue
            row = await LoyaltyAccount.get_or_none(
                club_id=club.id, purpose=AccountPurpose.RULE_BUDGET, subject=budget.subject,
                ledger=budget.ledger)
            account_id = row.account_id if row is not None else -1 - len(unfunded)
            funded = await funded_total(account_id) if row is not None else 0
            unfunded[account_id] = max(budget.limit - funded, 0)
            ids.append(account_id)
        found.append(tuple(ids))
    return found, unfunded


async def _balances(account_ids: set[int], *, lock: bool) -> dict[int, int]:
    """What each budget account holds; locked (by id, as the ledger orders its locks) when
    planning a commit."""
    if not account_ids:
        return {}
    query = Account.filter(id__in=sorted(account_ids)).order_by("id")
    if lock:
        query = query.select_for_update()
    return {a.id: int(a.credits_posted - a.debits_posted - a.debits_pending)
            for a in await query}


async def _owed(accounts: PurchaseAccounts) -> dict[str, int]:
    """What the member owes back per funder (their debt accounts' debit balance)."""
    if not accounts.debt:
        return {}
    rows = {a.id: a for a in await Account.filter(id__in=list(accounts.debt.values()))}
    return {funder: int(rows[i].debits_posted - rows[i].credits_posted)
            for funder, i in accounts.debt.items()}


@dataclass(slots=True)
class _Prepared:
    club: Club
    facts: PurchaseFacts
    place: Place
    rewards: list[Reward]
    reward_budgets: list[tuple[int, ...]]
    unfunded: dict[int, int]  # a quote's budgets: what funding them on first use would add
    accounts: PurchaseAccounts
    terms: tuple[ShareTerm, ...]
    payables: dict[tuple[str, int | None, bool], int]  # (beneficiary, partner, as credit)
    versions: dict[int, int]  # rule version id -> its number
    tariff: Club  # the club whose fee tariff applies (a sub-club may inherit its parent's)
    hosting: federation.Hosting | None = None  # at a host club's merchant (an agreement)


async def _prepare(request: PurchaseRequest, evaluator: Evaluator,
                   at: datetime, *, fund: bool) -> _Prepared:
    """Everything the plan reads. For a commit (`fund`) it runs in the commit's transaction
    under the member's lock, so the member's facts (first purchase at the club, at the merchant)
    are those no concurrent purchase of theirs can change, and the accounts it makes and the
    budgets it funds roll back with a refused commit; a quote (not `fund`) writes nothing."""
    check_request(request)
    club = await _club(request.club_id)
    hosting = await federation.hosting(club, request.merchant_id)
    joined = (hosting.joined if hosting is not None
              else await _club_merchant(club, request.merchant_id))
    member = await _member(club, request.member_id)
    facts = await standing.member_facts(club, member,
                                        await facts_of(club, joined, member, request, at))
    earns = hosting is None or hosting.earn
    rewards = [r for r in await evaluator(club, facts) if r.amount > 0] if earns else []
    reward_budgets, unfunded = await _budget_accounts(club, rewards, request, at, fund=fund)
    accounts = await purchase_accounts(club, request.merchant_id, request.member_id,
                                       {r.ledger for r in rewards}, make=fund)
    # At a host club's merchant the split is the host's: its terms, its share payables.
    splitter = hosting.host if hosting is not None else club
    terms = split_terms(splitter, joined)
    rule_clubs = [club.id, *await ancestor_ids(club)] if club.parent_id is not None else [club.id]
    versions = {int(v["id"]): int(v["version"]) for v in await RuleVersion.filter(
        club_id__in=rule_clubs, id__in=[r.rule_version_id for r in rewards])
        .values("id", "version")}
    payables = await share_payables(splitter, terms) if fund else {}
    return _Prepared(club, facts, _place(club, request, facts, hosting), rewards,
                     reward_budgets, unfunded, accounts, terms, payables, versions,
                     await tariff_club(club), hosting)


def split_terms(club: Club, joined: ClubMerchant) -> tuple[ShareTerm, ...]:
    """The terms the purchase's amount splits under (the merchant's, else the club's)."""
    return terms_for(merchant_terms=joined.split_terms, club_terms=club.split_terms,
                     merchant_id=joined.merchant_id, merchant_sheba=joined.settlement_sheba,
                     club_owner_id=club.owner_id, club_sheba=club.settlement_sheba,
                     merchant_marketer_id=joined.marketer_id)


def share_account_purpose(as_credit: bool) -> AccountPurpose:
    """Where a beneficiary's share goes: its payable (settled in money), or its credit."""
    return AccountPurpose.SHARE_CREDIT if as_credit else AccountPurpose.SHARE_PAYABLE


async def share_payables(club: Club,
                         terms: Sequence[ShareTerm]) -> dict[tuple[str, int | None, bool], int]:
    """The account each share of `terms` goes to: the beneficiary's share payable for a share
    paid in money, its share credit for one kept as credit."""
    wanted: list[AccountKey] = [(share_account_purpose(t.as_credit),
                                 share_subject(t.beneficiary, t.partner_id), IRR) for t in terms]
    ids = await club_accounts(club, wanted)
    return {(t.beneficiary.value, t.partner_id, t.as_credit): ids[key]
            for t, key in zip(terms, wanted, strict=True)}


async def _plan(prepared: _Prepared, request: PurchaseRequest, at: datetime, *,
                lock: bool) -> Plan:
    remaining = await _balances({i for ids in prepared.reward_budgets for i in ids if i > 0},
                                lock=lock)
    for account_id, more in prepared.unfunded.items():
        remaining[account_id] = remaining.get(account_id, 0) + more
    lots = await held_lots(prepared.club.id, request.member_id)
    # a commit locked the member's group after the member (`_commit`); it reads it here
    group = await member_groups.group_credit(prepared.club, prepared.facts.member_group_id,
                                             request.member_id, at, lock=lock)
    owed = await _owed(prepared.accounts)
    return plan_purchase(request, prepared.club, prepared.place, prepared.rewards,
                         prepared.reward_budgets, remaining, lots, owed, at, prepared.versions,
                         group=group, tariff=prepared.tariff)


# --- quote and commit ------------------------------------------------------------------------

async def quote_purchase(request: PurchaseRequest, *, evaluator: Evaluator = rule_rewards,
                         now: datetime | None = None) -> PurchaseOutcome:
    """What committing `request` now would give and take; writes nothing (an account not made
    yet reads as empty, a budget not funded yet as its whole limit)."""
    at = now_or(now)
    prepared = await _prepare(request, evaluator, at, fund=False)
    return (await _plan(prepared, request, at, lock=False)).outcome


async def commit_purchase(request: PurchaseRequest, *, evaluator: Evaluator = rule_rewards,
                          now: datetime | None = None) -> PurchaseOutcome:
    """Apply `request`: one ledger batch with every leg and the purchase's rows, all or none;
    a replay answers the first commit's result."""
    check_request(request)
    stored = await _stored(request)
    if stored is not None:
        return _replay(stored, request)
    at = now_or(now)
    for _attempt in range(_MAX_ATTEMPTS):
        try:
            return await _commit(request, evaluator, at)
        except IntegrityError:  # the same reference committed concurrently
            stored = await _stored(request)
            if stored is None:
                raise
            return _replay(stored, request)
        except TransferRejected as error:
            if error.result is not TransferResult.CONTENDED_TRY_AGAIN:
                raise
        except (OperationalError, TransactionManagementError, asyncpg.PostgresError) as error:
            # a deadlock or serialization failure (two commits racing for one reference while
            # holding a budget each): the transaction rolled back, run it again
            if sqlstate(error) not in RETRYABLE_SQLSTATES:
                raise
    raise TransferRejected(TransferResult.CONTENDED_TRY_AGAIN,
                           "the purchase kept meeting concurrent changes; nothing was written")


async def _stored(request: PurchaseRequest) -> Purchase | None:
    return await Purchase.get_or_none(club_id=request.club_id, source=request.source,
                                      reference=request.reference)


def _replay(purchase: Purchase, request: PurchaseRequest) -> PurchaseOutcome:
    if purchase.request_digest != request.digest():
        raise Conflict(E.IDEMPOTENCY_CONFLICT,
                       "this reference was used for a different purchase", field="reference")
    return replace(outcome_from_json(purchase.outcome), replayed=True)


async def _commit(request: PurchaseRequest, evaluator: Evaluator,
                  at: datetime) -> PurchaseOutcome:
    async with publishing(), in_transaction():
        member = await Member.select_for_update().get_or_none(club_id=request.club_id,
                                                              id=request.member_id)
        await member_groups.lock_group(request.club_id, member.group_id if member else None)
        stored = await _stored(request)
        if stored is not None:
            return _replay(stored, request)
        prepared = await _prepare(request, evaluator, at, fund=True)
        club, accounts = prepared.club, prepared.accounts
        assert member is not None  # `_prepare` refused a member not in the club
        plan = await _plan(prepared, request, at, lock=True)
        out = plan.outcome
        purchase = await Purchase.create(
            club_id=club.id, member_id=member.id, merchant_id=request.merchant_id,
            terminal_id=request.terminal_id, channel=request.channel, source=request.source,
            reference=request.reference, request_digest=request.digest(),
            amount=request.amount, discount=out.discount, paid_with_credit=out.credit_used,
            paid_with_points=out.points_used, payable=out.payable, occurred_at=at, outcome={})
        if plan.group is not None and out.group_credit_used:
            await member_groups.record_spend(club, plan.group.group_id, member.id, at,
                                             out.group_credit_used)
        if request.lines:
            await PurchaseLine.bulk_create([PurchaseLine(
                club_id=club.id, purchase_id=purchase.id, line_no=line.line_no,
                amount=line.amount, quantity=line.quantity,
                service_category_id=line.service_category_id, sku="")
                for line in request.lines])
        legs = _Legs(f"purchase:{club.id}:{request.source}:{request.reference}", purchase.id)
        rewards = []
        for index, reward in enumerate(out.rewards):
            lot_id = await _reward_legs(legs, club, member, purchase.id, reward, accounts,
                                        plan.budget_ids[index])
            rewards.append(replace(reward, lot_id=lot_id))
        for held, taken in zip(plan.draws, out.draws, strict=True):
            legs.add(EffectKind.REDEEM_CREDIT, IRR, taken.amount, held.account_id,
                     accounts.sales_clearing, lot_id=held.lot_id)
        if out.points_used and plan.points_lot is not None:
            legs.add(EffectKind.REDEEM_POINTS, POINT, out.points_used,
                     plan.points_lot.account_id, accounts.points_issued,
                     lot_id=plan.points_lot.lot_id)
            legs.add(EffectKind.REDEEM_POINTS, IRR, out.points_value, accounts.rewards_funding,
                     accounts.sales_clearing)
        if out.fee:
            legs.add(EffectKind.FEE, IRR, out.fee, accounts.fee_payable, accounts.fees)
        clearing, share_club = accounts.sales_clearing, club.id
        if prepared.hosting is not None:  # what the club's books paid moves on to the host's
            clearing, share_club = (await federation.host_clearing(prepared.hosting.host),
                                    prepared.hosting.host.id)
            legs.requests.extend(await federation.purchase_legs(
                prepared.hosting, purchase_id=purchase.id, merchant_id=request.merchant_id,
                amount=request.amount, paid=federation.Paid(out.discount, out.credit_used,
                                                            out.points_value),
                home_clearing=accounts.sales_clearing, key=f"{legs.key}:federation", at=at))
        shares = [(share, legs.share(share, clearing, prepared.payables))
                  for share in plan_split(request.amount, prepared.terms) if share.amount]
        result = replace(out, rewards=tuple(rewards), purchase_id=purchase.id,
                         state=PurchaseState.COMMITTED)
        # Every row first and the ledger batch last: the batch locks the club's hot accounts
        # (sales clearing, funding) until the commit, so nothing else may run after it.
        # The legs' transfers are found by the purchase's reference (`effects_of`).
        await PurchaseEffect.bulk_create([e.row(club.id, purchase.id) for e in legs.effects])
        await Share.bulk_create([Share(
            club_id=share_club, purchase_id=purchase.id, beneficiary=share.beneficiary,
            partner_id=share.partner_id, sheba=share.sheba, amount=share.amount,
            as_credit=share.as_credit) for share, _ in shares])
        await Purchase.filter(id=purchase.id).update(outcome=outcome_to_json(result))
        legs.requests.extend(await standing.after_commit(standing.PurchaseCommitted(
            club=club, member=member, purchase_id=purchase.id, merchant_id=request.merchant_id,
            amount=request.amount, paid=out.payable,
            points_earned=sum(r.amount for r in out.rewards if r.kind is EffectKind.POINTS),
            at=at, facts=prepared.facts, key=f"{legs.key}:standing")))
        if legs.requests:
            await create_transfers(legs.requests, namespace=NAMESPACE)
    return result


async def _reward_legs(legs: _Legs, club: Club, member: Member, purchase_id: int,
                       reward: GrantedReward, accounts: PurchaseAccounts,
                       budget_ids: Sequence[int]) -> int | None:
    """The legs of one reward: its budgets' use, the debt it repays, and the lot it fills;
    returns that lot."""
    funding = accounts.funding(reward.kind)
    effect = len(legs.effects)
    for budget_id in budget_ids:
        legs.also(BUDGET_USE_CODE, reward.ledger, reward.amount, budget_id,
                   accounts.budget_source[reward.ledger], effect)
    to_lot = reward.amount - reward.repaid
    if reward.kind is EffectKind.DISCOUNT:
        legs.add(reward.kind, IRR, reward.amount, funding, accounts.sales_clearing,
                 reward=reward)
        return None
    if reward.repaid:
        legs.also(REPAY_CODE, reward.ledger, reward.repaid, funding,
                   accounts.debt[FUNDER[reward.kind]], effect)
    if to_lot <= 0:  # all of it repaid the member's debt
        legs.add(reward.kind, reward.ledger, reward.amount, None, None, reward=reward,
                 transfer_index=len(legs.requests) - 1)
        return None
    lot_kind = LOT_KIND[reward.kind]
    if reward.kind in CREDIT_KINDS:
        key = grant_lot_key(club.id, purchase_id, reward.rule_version_id, reward.kind,
                            reward.line_no)
        scope_kind = reward.scope_kind or ScopeKind.CLUB
        scope_id = reward.scope_id if reward.scope_id is not None else club.id
        expires_at = reward.expires_at
    else:
        key = balance_lot_key(club.id, member.id, lot_kind)
        scope_kind, scope_id, expires_at = ScopeKind.CLUB, club.id, None
    pooled = None
    if member_groups.poolable(reward.kind, scope_kind, scope_id, expires_at, club.id):
        pooled = await member_groups.pooled_lot(club, member.group_id)
    lot = pooled or await open_member_lot(
        club_id=club.id, member_id=member.id, customer_id=member.customer_id, kind=lot_kind,
        ledger=reward.ledger, key=key, scope_kind=scope_kind, scope_id=scope_id,
        expires_at=expires_at)
    legs.add(reward.kind, reward.ledger, reward.amount, funding, lot.account_id,
             reward=reward, lot_id=lot.id, leg_amount=to_lot)
    lot_id: int = lot.id
    return lot_id


@dataclass(slots=True)
class _Effect:
    kind: EffectKind
    ledger: str
    amount: int
    transfer_index: int
    rule_version_id: int | None = None
    line_no: int | None = None
    lot_id: int | None = None
    transfer_id: int | None = None

    def row(self, club_id: int, purchase_id: int) -> PurchaseEffect:
        return PurchaseEffect(club_id=club_id, purchase_id=purchase_id, kind=self.kind,
                              rule_version_id=self.rule_version_id, line_no=self.line_no,
                              ledger=self.ledger, amount=self.amount, lot_id=self.lot_id,
                              transfer_id=self.transfer_id)


class _Legs:
    """A purchase's transfers and the effects that record them, in the order they are made."""

    def __init__(self, key: str, purchase_id: int) -> None:
        self.key = key
        self.purchase_id = purchase_id
        self.requests: list[TransferRequest] = []
        self.effects: list[_Effect] = []

    def _request(self, code: str, ledger: str, amount: int, debit: int, credit: int,
                 metadata: dict[str, Any] | None = None) -> int:
        self.requests.append(TransferRequest(
            idempotency_key=f"{self.key}:{len(self.requests)}", code=code, amount=amount,
            debit_account_id=debit, credit_account_id=credit, ledger=ledger,
            reference_type=REFERENCE_TYPE, reference_id=str(self.purchase_id),
            metadata=metadata))
        return len(self.requests) - 1

    def add(self, kind: EffectKind, ledger: str, amount: int, debit: int | None,
            credit: int | None, *, reward: GrantedReward | None = None,
            lot_id: int | None = None, leg_amount: int | None = None,
            transfer_index: int | None = None) -> None:
        """An effect of `amount` and, when it has accounts, its transfer (of `leg_amount`)."""
        effect = len(self.effects)
        if debit is not None and credit is not None:
            transfer_index = self._request(CODES[kind], ledger, leg_amount or amount, debit,
                                           credit, {"effect": effect})
        assert transfer_index is not None
        self.effects.append(_Effect(
            kind=kind, ledger=ledger, amount=amount, transfer_index=transfer_index,
            rule_version_id=reward.rule_version_id if reward else None,
            line_no=reward.line_no if reward else None, lot_id=lot_id))

    def share(self, share: PlannedShare, sales_clearing: int,
              payables: dict[tuple[str, int | None, bool], int]) -> int | None:
        """The transfer of a share (sales clearing → the beneficiary's share payable, or its
        share credit for a share kept as credit), by its index."""
        return self._request(SHARE_CODE, IRR, share.amount, sales_clearing,
                             payables[(share.beneficiary.value, share.partner_id,
                                       share.as_credit)])

    def also(self, code: str, ledger: str, amount: int, debit: int, credit: int,
              effect: int) -> None:
        """A transfer that belongs to effect number `effect` besides its main one (a budget's
        use, a debt's repayment)."""
        self._request(code, ledger, amount, debit, credit, {"effect": effect})


# --- the stored answer -----------------------------------------------------------------------

def outcome_to_json(outcome: PurchaseOutcome) -> dict[str, Any]:
    def plain(value: Any) -> Any:
        if isinstance(value, datetime):
            return value.isoformat()
        return value

    data = asdict(outcome)
    data["rewards"] = [{k: plain(v) for k, v in r.items()} for r in data["rewards"]]
    return {k: plain(v) for k, v in data.items()}


def outcome_from_json(data: dict[str, Any]) -> PurchaseOutcome:
    rewards = tuple(GrantedReward(**{
        **r, "kind": EffectKind(r["kind"]),
        "scope_kind": ScopeKind(r["scope_kind"]) if r["scope_kind"] else None,
        "expires_at": datetime.fromisoformat(r["expires_at"]) if r["expires_at"] else None})
        for r in data["rewards"])
    draws = tuple(CreditDraw(d["lot_id"], LotKind(d["kind"]), d["amount"])
                  for d in data["draws"])
    return PurchaseOutcome(**{**data, "rewards": rewards, "draws": draws,
                              "state": PurchaseState(data["state"]) if data["state"] else None})


# --- who records and who reaches a purchase --------------------------------------------------

@dataclass(frozen=True, slots=True)
class Counter:
    """Where a caller records purchases: its merchant, terminal, channel and source."""

    club_id: int
    merchant_id: int
    terminal_id: int | None
    channel: Channel
    source: str


async def counter_for(identity: Identity, club_id: int,
                      channel: Channel | None = None) -> Counter:
    """The counter `identity` records purchases of club `club_id` at: a terminal's key, at its
    merchant, channel POS; a merchant's partner key (scope `loyalty:purchases`) for its own
    merchant, on the web or in its app. A club where the caller's merchant is not an active
    merchant, neither through an active federation agreement with a club it is an active
    merchant of (`federation.hosting`), is out of reach (`club_not_found`)."""
    if identity.kind is CallerKind.TERMINAL and identity.terminal_id is not None:
        assert identity.partner_id is not None
        try:
            await club_for(identity, club_id, ClubRole.OPERATOR)
        except NotFound:
            if not await federation.hosts_merchant(club_id, identity.partner_id):
                raise
        return Counter(club_id, identity.partner_id, identity.terminal_id, Channel.POS,
                       f"terminal:{identity.terminal_id}")
    if identity.is_partner and identity.partner_id is not None and (await ClubMerchant.exists(
            club_id=club_id, merchant_id=identity.partner_id, status=MerchantStatus.ACTIVE)
            or await federation.hosts_merchant(club_id, identity.partner_id)):
        chosen = channel or Channel.WEB
        if chosen not in (Channel.WEB, Channel.MOBILE):
            raise ValidationFailed(E.INVALID_CHANNEL, "a shop records web or mobile purchases",
                                   field="channel")
        return Counter(club_id, identity.partner_id, None, chosen,
                       f"merchant:{identity.partner_id}")
    raise club_absent(club_id)


def purchase_absent(purchase_id: int) -> NotFound:
    return NotFound(E.PURCHASE_NOT_FOUND, f"no purchase {purchase_id}", field="purchaseId")


async def purchase_for(identity: Identity, purchase_id: int,
                       need: ClubRole = ClubRole.VIEWER) -> Purchase:
    """A purchase the caller reaches: a terminal or a shop, those of its own merchant in its
    clubs; club staff, those of their clubs (with `need`); a person, their own (reading only).
    Anything else: `purchase_not_found`."""
    found = await Purchase.get_or_none(id=purchase_id)
    if found is None:
        raise purchase_absent(purchase_id)
    if identity.kind is CallerKind.CUSTOMER:
        mine = await Customer.get(id=identity.customer_id or 0)
        member = await Member.get(id=found.member_id).prefetch_related("customer")
        if need is not ClubRole.VIEWER or member.customer.person_id != mine.person_id:
            raise purchase_absent(purchase_id)
        return found
    if identity.kind is CallerKind.TERMINAL or identity.kind is CallerKind.PARTNER_KEY:
        if found.merchant_id != identity.partner_id:
            raise purchase_absent(purchase_id)
        try:
            await counter_for(identity, found.club_id)
        except (NotFound, ValidationFailed):
            raise purchase_absent(purchase_id) from None
        return found
    try:
        await club_for(identity, found.club_id, need)
    except NotFound:
        raise purchase_absent(purchase_id) from None
    return found


@dataclass(frozen=True, slots=True)
class PurchaseFilter:
    """Which of a club's purchases: of a member, at a merchant, made from day `since` to day
    `until` (both included, days in the club's timezone)."""

    member_id: int | None = None
    merchant_id: int | None = None
    since: date | None = None
    until: date | None = None


def _day_start(day: date | None, timezone: str) -> datetime | None:
    if day is None:
        return None
    return datetime.combine(day, time(), tzinfo=ZoneInfo(timezone)).astimezone(UTC)


async def club_purchases(identity: Identity, club_id: int, where: PurchaseFilter, *,
                         limit: int, before_id: int | None = None) -> list[Purchase]:
    """A club's purchases, newest first, in keyset pages (club staff who reach the club)."""
    club = await club_for(identity, club_id)
    until = where.until + timedelta(days=1) if where.until is not None else None
    query = Purchase.filter(club_id=club.id, **given(
        member_id=where.member_id, merchant_id=where.merchant_id,
        occurred_at__gte=_day_start(where.since, club.timezone),
        occurred_at__lt=_day_start(until, club.timezone), id__lt=before_id))
    return await query.order_by("-id").limit(limit)


async def effects_of(purchase_ids: Sequence[int]) -> dict[int, list[PurchaseEffect]]:
    """Each purchase's effects (its legs), in the order they were made, each with the id of
    the transfer that made it (found by the purchase's reference and the effect's number)."""
    found: dict[int, list[PurchaseEffect]] = {i: [] for i in purchase_ids}
    for effect in await PurchaseEffect.filter(purchase_id__in=list(purchase_ids)).order_by("id"):
        found[effect.purchase_id].append(effect)
    main_codes = set(CODES.values())
    transfers: dict[tuple[int, int], int] = {}
    for t in await Transfer.filter(reference_type=REFERENCE_TYPE,
                                   reference_id__in=[str(i) for i in purchase_ids]) \
            .order_by("id").values("id", "code", "reference_id", "metadata"):
        number = (t["metadata"] or {}).get("effect")
        if t["code"] in main_codes and isinstance(number, int):
            transfers[(int(t["reference_id"]), number)] = int(t["id"])
    for purchase_id, effects in found.items():
        for number, effect in enumerate(effects):
            effect.transfer_id = effect.transfer_id or transfers.get((purchase_id, number))
    return found
