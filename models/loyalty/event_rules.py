"""Event rules: rules whose trigger is one of the member's events (enrolment, a completed profile,
a birthday, the anniversary of their enrolment, their first or N-th purchase, inactivity for N
days, a tier change, a wallet order of theirs paid) instead of a purchase.

A version with an event trigger is checked when saved (`check_trigger`): its condition reads
only what an event has (the member's group and segments, the day, weekday and hour, and for a
paid order its amount; a purchase's fields are refused), its effects give what a member holds
(club or virtual credit of a fixed amount, points, entries; a percentage or a per-rials rate
only of a paid order's amount) and it says how often a member gets it (`Frequency`, at most
`frequency_limit` times per period).

`fire(club_id, member_id, occurrence)` gives a member what the club's active event rules of that
trigger give, under the member's row lock: per rule, one `EventGrant` row per occurrence
(`event_key`) and per period slot, both unique, so a retried or duplicated event, or two at once,
give once; the rewards go through `grants.grant_transfer` and draw on the rule's budgets (the
same budget accounts as a purchase's, `models.loyalty.budgets`, locked by id after the member),
all in one ledger batch with the rows. Event rules stack: each that holds gives."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol
from zoneinfo import ZoneInfo

import jdatetime
from tortoise.transactions import in_transaction

from models.errors import ValidationFailed
from models.ledger.posting import TransferRequest, create_transfers
from models.ledger.tables import Account
from models.loyalty import budgets, standing
from models.loyalty.accounts import (
    BUDGET_SOURCE,
    NAMESPACE,
    Budget,
    budget_account,
    club_account,
)
from models.loyalty.codes import (
    AccountPurpose,
    Channel,
    EffectKind,
    Frequency,
    RuleStatus,
    Trigger,
)
from models.loyalty.conditions import CompiledCondition, condition_facts
from models.loyalty.effects import Effect, give
from models.loyalty.errors import LoyaltyErrorCode
from models.loyalty.evaluation import CompiledRule, compile_rule
from models.loyalty.events_tables import EventGrant
from models.loyalty.facts import PurchaseFacts, Reward
from models.loyalty.grants import Grant, grant_transfer
from models.loyalty.legs import BUDGET_USE_CODE
from models.loyalty.tables import Club, Member, Rule, RuleVersion


class TriggerDraft(Protocol):
    """What `check_trigger` reads of a rule's draft (`rules.RuleDraft`, which imports this
    module)."""

    @property
    def trigger(self) -> str: ...
    @property
    def trigger_param(self) -> int | None: ...
    @property
    def frequency(self) -> str: ...
    @property
    def frequency_limit(self) -> int: ...
    @property
    def budget_per_merchant(self) -> int | None: ...

# what an event's condition may read: the member's and the moment's fields, never a purchase's
EVENT_FIELDS = frozenset({"member_group", "segment", "date", "weekday", "hour"})
AMOUNT_TRIGGERS = frozenset({Trigger.ORDER_PAID})  # events with an amount a rate applies to
PARAM_RANGES: dict[Trigger, tuple[int, int]] = {
    Trigger.NTH_PURCHASE: (2, 1_000_000),  # the 1st is first_purchase
    Trigger.INACTIVITY: (1, 3_650),
}
EVENT_KINDS = frozenset({EffectKind.CLUB_CREDIT, EffectKind.VIRTUAL_CREDIT, EffectKind.POINTS,
                         EffectKind.LOTTERY})
MAX_FREQUENCY_LIMIT = 1_000
MAX_EVENT_KEY_CHARS = 64


class InvalidTrigger(ValidationFailed):
    """An event rule's trigger, its parameter, frequency, condition or effects do not fit;
    `field` names what."""

    code = LoyaltyErrorCode.INVALID_TRIGGER


def _fields_of(node: Mapping[str, Any], path: str) -> list[tuple[str, str | None]]:
    """Each clause's path and field (None for an expression clause)."""
    for combinator in ("all", "any"):
        if combinator in node:
            return [found for index, child in enumerate(node[combinator])
                    for found in _fields_of(child, f"{path}.{combinator}[{index}]")]
    return [(path, node.get("field"))]


def check_trigger(draft: TriggerDraft, condition: CompiledCondition,
                  effects: Sequence[Effect]) -> None:
    """Refuses a version whose trigger and what goes with it do not fit (`InvalidTrigger`)."""
    trigger = Trigger(draft.trigger)
    if trigger is Trigger.PURCHASE:
        if draft.trigger_param is not None:
            raise InvalidTrigger(message="a purchase rule takes no trigger parameter",
                                 field="triggerParam")
        if draft.frequency:
            raise InvalidTrigger(message="a purchase rule's limits are its budgets",
                                 field="frequency")
        return
    bounds = PARAM_RANGES.get(trigger)
    if bounds is None and draft.trigger_param is not None:
        raise InvalidTrigger(message=f"{trigger} takes no parameter", field="triggerParam")
    if bounds is not None and (draft.trigger_param is None
                               or not bounds[0] <= draft.trigger_param <= bounds[1]):
        raise InvalidTrigger(message=f"{trigger} takes a parameter from {bounds[0]} to "
                                     f"{bounds[1]}", field="triggerParam")
    if draft.frequency not in {str(f) for f in Frequency}:
        raise InvalidTrigger(message="an event rule gives once, or per year or month",
                             field="frequency")
    if not 1 <= draft.frequency_limit <= MAX_FREQUENCY_LIMIT or (
            draft.frequency == Frequency.ONCE and draft.frequency_limit != 1):
        raise InvalidTrigger(message=f"1 to {MAX_FREQUENCY_LIMIT} per period (1 for once)",
                             field="frequencyLimit")
    if draft.budget_per_merchant is not None:
        raise InvalidTrigger(message="an event has no merchant", field="budgetPerMerchant")
    allowed = EVENT_FIELDS | ({"amount"} if trigger in AMOUNT_TRIGGERS else set())
    for path, name in _fields_of(condition.condition, "condition"):
        if name is None or name not in allowed:
            raise InvalidTrigger(message=f"{path}: an event's condition reads "
                                         f"{', '.join(sorted(allowed))}", field=path)
    for index, effect in enumerate(effects):
        if effect.kind not in EVENT_KINDS:
            raise InvalidTrigger(message=f"effects[{index}]: an event gives credit, points or "
                                         "entries", field=f"effects[{index}].kind")
        if effect.percent_bp is not None and trigger not in AMOUNT_TRIGGERS:
            raise InvalidTrigger(message=f"effects[{index}]: {trigger} has no amount to take a "
                                         "percentage of", field=f"effects[{index}].percent_bp")


@dataclass(frozen=True, slots=True)
class Occurrence:
    """One event of a member: `event_key` names it for good (`birthday:2026`, `purchase:<id>`),
    `amount` is a paid order's, `nth` the purchase's number, `inactive_days` how long the
    member has not bought."""

    trigger: Trigger
    event_key: str
    at: datetime
    amount: int = 0
    nth: int | None = None
    inactive_days: int | None = None
    # a birthday's or an anniversary's own year: a yearly rule counts it there (a Jalali year
    # may hold two 20 March birthdays, as Nowruz moves between 20 and 21 March)
    year: int | None = None


@dataclass(frozen=True, slots=True)
class EventRule:
    compiled: CompiledRule
    trigger_param: int | None
    frequency: Frequency
    frequency_limit: int


def period_of(frequency: Frequency, at: datetime, tz: ZoneInfo, year: int | None = None) -> str:
    """The period a grant at `at` counts in: the Jalali year or month in the club's timezone;
    for a yearly rule, the occurrence's own `year` when it has one."""
    if frequency is Frequency.ONCE:
        return "ever"
    if frequency is Frequency.YEAR and year is not None:
        return str(year)
    jalali = jdatetime.date.fromgregorian(date=at.astimezone(tz).date())
    if frequency is Frequency.YEAR:
        return f"{jalali.year}j"
    return f"{jalali.year}-{jalali.month:02d}j"


async def event_rules(club: Club, trigger: Trigger) -> list[EventRule]:
    """The club's active rules of `trigger`, at their current versions, by priority then id."""
    active = await Rule.filter(club_id=club.id, status=RuleStatus.ACTIVE).values_list(
        "id", "version", "name")
    if not active:
        return []
    current = {rule_id: (version, name) for rule_id, version, name in active}
    rows = await RuleVersion.filter(club_id=club.id, rule_id__in=list(current), trigger=trigger)
    tz = ZoneInfo(club.timezone)
    found = [EventRule(compile_rule(row, current[row.rule_id][1], tz, check=False),
                       row.trigger_param, Frequency(row.frequency), row.frequency_limit)
             for row in rows if current[row.rule_id][0] == row.version]
    return sorted(found, key=lambda rule: rule.compiled.order)


def _applies(rule: EventRule, occurrence: Occurrence) -> bool:
    if not rule.compiled.in_window(occurrence.at):
        return False
    if occurrence.trigger is Trigger.NTH_PURCHASE:
        return occurrence.nth == rule.trigger_param
    if occurrence.trigger is Trigger.INACTIVITY:
        return (occurrence.inactive_days or 0) >= (rule.trigger_param or 0)
    return True


def _given(effect: Effect, occurrence: Occurrence, club_id: int) -> tuple[int, datetime | None]:
    """What `effect` gives for the occurrence: a rate applies to a paid order's amount; without
    an amount, points and entries give their count once and credit its fixed amount."""
    base = occurrence.amount
    if occurrence.trigger not in AMOUNT_TRIGGERS and effect.kind in (EffectKind.POINTS,
                                                                     EffectKind.LOTTERY):
        base = effect.per_rials or 1
    given = give(effect, amount=base, at=occurrence.at, club_id=club_id, merchant_id=0)
    if given is None:
        return 0, None
    return given.amount, given.expires_at


async def _holdings(account_ids: set[int]) -> dict[int, int]:
    """What each budget account holds, locked by id (the ledger's lock order)."""
    if not account_ids:
        return {}
    query = Account.filter(id__in=sorted(account_ids)).order_by("id")
    query = query.select_for_update()
    return {a.id: int(a.credits_posted - a.debits_posted - a.debits_pending) for a in await query}


async def fire(club_id: int, member_id: int, occurrence: Occurrence) -> list[EventGrant]:
    """Give the member what the club's active rules of the occurrence's trigger give; answers
    the grants made now (none for an occurrence given before)."""
    if len(occurrence.event_key) > MAX_EVENT_KEY_CHARS:
        raise ValueError(f"an event key has at most {MAX_EVENT_KEY_CHARS} characters")
    club = await Club.get_or_none(id=club_id, is_active=True)
    if club is None:
        return []
    rules = [rule for rule in await event_rules(club, occurrence.trigger)
             if _applies(rule, occurrence)]
    if not rules:
        return []
    tz = ZoneInfo(club.timezone)
    made: list[EventGrant] = []
    async with in_transaction():
        # the member's lock first: their events are given one at a time
        member = await Member.filter(club_id=club.id, id=member_id).select_for_update().first()
        if member is None:
            return []
        facts = await standing.member_facts(club, member, PurchaseFacts(
            club_id=club.id, member_id=member.id, merchant_id=0, channel=Channel.PANEL,
            amount=occurrence.amount, at=occurrence.at, member_group_id=member.group_id))
        view = condition_facts(facts, tz)
        requests: list[TransferRequest] = []
        for rule in rules:
            if not rule.compiled.test(view):
                continue
            row = await _grant(club, member, rule, occurrence, tz, requests)
            if row is not None:
                made.append(row)
        if requests:
            await create_transfers(requests, namespace=NAMESPACE, now=occurrence.at)
    return made


async def _grant(club: Club, member: Member, rule: EventRule, occurrence: Occurrence,
                 tz: ZoneInfo, requests: list[TransferRequest]) -> EventGrant | None:
    """One rule's grant for the occurrence, its transfers added to `requests`; None when the
    member had it for this occurrence, or as often as the period allows."""
    compiled = rule.compiled
    period = period_of(rule.frequency, occurrence.at, tz, occurrence.year)
    earlier = await EventGrant.filter(club_id=club.id, rule_id=compiled.rule_id,
                                      member_id=member.id).values_list("event_key", "period_key")
    if any(key == occurrence.event_key for key, _ in earlier):
        return None
    used = sum(1 for _, key in earlier if key == period)
    if used >= rule.frequency_limit:
        return None
    amounts: list[dict[str, int | str]] = []
    for index, effect in enumerate(compiled.effects):
        amount, expires_at = _given(effect, occurrence, club.id)
        amount = await _within_budgets(club, member, compiled, effect, amount, occurrence, tz,
                                       requests, f"{index}")
        amounts.append({"kind": str(effect.kind), "amount": amount})
        if amount <= 0:
            continue
        key = f"event:{compiled.rule_id}:{member.id}:{occurrence.event_key}:{index}"
        requests.append(await grant_transfer(
            club, member, Grant(kind=effect.kind, amount=amount, key=key, expires_at=expires_at),
            reference_type="loyalty_event_rule", reference_id=str(compiled.rule_id),
            metadata={"trigger": str(occurrence.trigger), "event": occurrence.event_key}))
    return await EventGrant.create(
        club_id=club.id, rule_id=compiled.rule_id, rule_version_id=compiled.version_id,
        member_id=member.id, trigger=occurrence.trigger, event_key=occurrence.event_key,
        period_key=period, slot=used + 1, amounts=amounts)


async def _within_budgets(club: Club, member: Member, rule: CompiledRule, effect: Effect,
                          amount: int, occurrence: Occurrence, tz: ZoneInfo,
                          requests: list[TransferRequest], tag: str) -> int:
    """`amount` capped by the rule's budgets (the least they hold), and their use added."""
    if amount <= 0:
        return 0
    reward = Reward(rule_id=rule.rule_id, rule_version_id=rule.version_id, rule_name=rule.name,
                    kind=effect.kind, amount=amount, ledger=effect.ledger,
                    budget_total=rule.budget_total, budget_per_member=rule.budget_per_member,
                    budget_member_period=rule.budget_member_period)
    found: list[Budget] = budgets.budgets_of(reward, member_id=member.id, merchant_id=0,
                                             at=occurrence.at, timezone=tz.key)
    if not found:
        return amount
    ids = [await budget_account(club, budget) for budget in found]
    held = await _holdings(set(ids))
    # what earlier grants of this batch drew from the same accounts
    for request in requests:
        if request.code == BUDGET_USE_CODE and request.debit_account_id in held:
            held[request.debit_account_id] -= request.amount or 0
    allowed = budgets.cap(amount, ids, held)
    if allowed <= 0:
        return 0
    source = await club_account(club, AccountPurpose.RULE_BUDGET, BUDGET_SOURCE, effect.ledger)
    for index, account_id in enumerate(ids):
        requests.append(TransferRequest(
            idempotency_key=f"event:{rule.rule_id}:{member.id}:{occurrence.event_key}:{tag}"
                            f":budget:{index}",
            code=BUDGET_USE_CODE, amount=allowed, debit_account_id=account_id,
            credit_account_id=source.account_id, ledger=effect.ledger,
            reference_type="loyalty_event_rule", reference_id=str(rule.rule_id)))
    return allowed
