"""Online top-ups: start a payment at a bank gateway, complete it from the bank's callback, and
reconcile the ones whose callback never came.

How a callback is completed, so that the wallet is credited exactly once per bank reference:

1. *Claim* (one short transaction, the top-up row locked with `FOR UPDATE`): record the callback
   as an event; a top-up that is already final or being verified is left as it is (a second
   callback changes nothing); a callback that says not paid cancels it; one that says paid stores
   the bank's reference (unique per gateway, so one bank payment cannot serve two top-ups) and
   moves the top-up to `verifying`. Only the caller that made that move goes on.
2. *Confirm* with the bank (verify, and settle where the bank has that step), outside any
   transaction: no row lock is held while the bank answers.
3. *Finish* (one transaction, the row locked again): only a top-up still `verifying` changes. A
   confirmed payment of exactly the amount asked for is credited to the wallet
   (`credit_paid(..., key="topup:<id>")`, itself idempotent) together with the status change; a
   different amount is reversed at the bank (once: not again when the adapter already did, as
   Mellat's does) and the top-up fails; a refused verification fails it; a payment the bank
   verified but could not settle, and that was reversed, is `reversed`.

A top-up left `verifying` (the process stopped, the bank did not answer) or `redirected` (the
callback never came) is picked up by `reconcile_stale`: a `verifying` one is confirmed again (a
repeated verify is answered as such by the banks), a `redirected` one is looked up at the bank
(`Gateway.inquire`): paid goes on as a callback would, not paid expires it, and one the bank
cannot tell about expires after `give_up_seconds` (by then the banks have reversed any payment
that was never verified: Saman reverses after 30 minutes).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from models.clock import now_or
from models.db import given
from models.errors import Conflict, NotFound, ValidationFailed
from models.identity.tables import Customer
from models.keys import check_key, customer_namespace
from models.ledger.accounts import system_account
from models.ledger.codes import SystemAccount
from models.wallet.codes import MovementKind, Source, SourceKind, declare
from models.wallet.topups.errors import (
    AmountAboveMaximum,
    AmountBelowMinimum,
    BalanceWouldExceedMaximum,
    GatewayUnavailable,
)
from models.wallet.topups.gateway import (
    Callback,
    Confirmation,
    Gateway,
    GatewayError,
    GatewayName,
    InquiryState,
    PaymentRequest,
    Redirect,
)
from models.wallet.topups.tables import (
    FINAL_STATUSES,
    OPEN_STATUSES,
    TopUp,
    TopUpEvent,
    TopUpEventKind,
    TopUpStatus,
)
from models.wallet.wallets import LEDGER, balance, credit_paid

log = logging.getLogger(__name__)

TOPUP_CODE = declare("wallet_topup", MovementKind.TOP_UP, domain="topups")
CALLBACK_PATH = "/gateways/{gateway}/callback"

# What runs after a top-up is credited and committed, with the credited top-up: "top up and pay"
# pays `topup.order_id` here. A hook must be idempotent (it may run again after a crash, from a
# sweep of credited top-ups); a failure is logged and does not undo the credit.
CreditedHook = Callable[[TopUp], Awaitable[None]]
CREDITED_HOOKS: list[CreditedHook] = []

Gateways = Mapping[str, Gateway]


@dataclass(slots=True, frozen=True)
class TopUpPolicy:
    """The limits a top-up must respect, and where the bank sends the customer back."""

    min_amount: int
    max_amount: int
    max_balance: int
    public_url: str
    give_up_seconds: int = 3600
    start_wait_seconds: float = 30.0  # how long a repeated start waits for the bank's token


def callback_url(public_url: str, gateway: str) -> str:
    return public_url.rstrip("/") + CALLBACK_PATH.format(gateway=gateway)


def _last4(masked_pan: str) -> str:
    tail = masked_pan.strip()[-4:]
    return tail if len(tail) == 4 and tail.isdigit() else ""


async def _event(top_up_id: int, kind: TopUpEventKind, code: str = "",
                 summary: str = "") -> None:
    await TopUpEvent.create(top_up_id=top_up_id, kind=kind, code=code[:64],
                            summary=summary[:500])


def _redirect_of(row: TopUp) -> Redirect:
    data = row.redirect or {}
    stored = data.get("fields")
    fields = {str(k): str(v) for k, v in stored.items()} if isinstance(stored, dict) else {}
    return Redirect(url=str(data.get("url", "")), method=str(data.get("method", "POST")),
                    fields=fields, token=row.token)


def _replay(row: TopUp, amount: int, gateway: GatewayName,
            order_id: int | None) -> tuple[TopUp, Redirect]:
    if row.amount != amount or row.gateway != gateway or row.order_id != order_id:
        raise Conflict("idempotency_conflict", "this key started another top-up",
                       field="idempotencyKey")
    return row, _redirect_of(row)


async def start_topup(customer_id: int, amount: int, gateway: Gateway, key: str, *,
                      policy: TopUpPolicy, order_id: int | None = None,
                      namespace: str | None = None) -> tuple[TopUp, Redirect]:
    """Ask the bank for a payment of `amount` into the customer's wallet; answers the top-up and
    where to send the customer. The same `key` again, in the same `namespace` (the caller's,
    models.keys; the customer's own when not given), answers the same top-up: staff starting
    one for a customer keep their keys apart from the customer's."""
    check_key(key)
    namespace = namespace or customer_namespace(customer_id)
    customer = await Customer.get_or_none(id=customer_id)
    if customer is None:
        raise NotFound("customer_not_found", f"no customer {customer_id}", field="customerId")
    existing = await find_started(customer_id, namespace, key)
    if existing is not None:
        return await _started_by_another(customer_id, namespace, key, amount, gateway.name,
                                         order_id, policy.start_wait_seconds)
    if amount < policy.min_amount:
        raise AmountBelowMinimum(policy.min_amount)
    if amount > policy.max_amount:
        raise AmountAboveMaximum(policy.max_amount)
    # What the wallet holds and what its open top-ups may still bring: started one after
    # another, each would pass a check of the balance alone.
    open_amounts = await TopUp.filter(customer_id=customer_id, status__in=OPEN_STATUSES) \
        .values_list("amount", flat=True)
    held = (await balance(customer_id)).total + sum(int(a) for a in open_amounts)  # type: ignore[call-overload]  # values_list(flat=True) is typed as tuples; it yields the column's values
    if held + amount > policy.max_balance:
        raise BalanceWouldExceedMaximum(policy.max_balance, held)
    # The row is committed before the bank is asked, so no transaction (and no pooled
    # connection) waits on the bank; a concurrent start with the same key finds it and waits
    # for it to leave `created` (see `_started_by_another`).
    try:
        row = await TopUp.create(customer_id=customer_id, gateway=gateway.name, amount=amount,
                                 key_namespace=namespace, idempotency_key=key,
                                 order_id=order_id)
    except IntegrityError:
        return await _started_by_another(customer_id, namespace, key, amount, gateway.name,
                                         order_id, policy.start_wait_seconds)
    try:
        redirect = await gateway.start(PaymentRequest(
            order_id=row.id, amount=amount,
            callback_url=callback_url(policy.public_url, gateway.name), mobile=customer.mobile))
    except GatewayError as error:
        # The bank has nothing of it and no money moved: the row goes, and the same key may
        # start again.
        await TopUp.filter(id=row.id, status=TopUpStatus.CREATED).delete()
        log.warning("top-up %s: %s refused to start: %s", row.id, gateway.name, error)
        raise GatewayUnavailable(message=f"{gateway.name} could not start the payment; "
                                         "try again later") from error
    async with in_transaction():
        row = await TopUp.select_for_update().get(id=row.id)
        row.status = TopUpStatus.REDIRECTED
        row.token = redirect.token
        row.redirect = {"url": redirect.url, "method": redirect.method,
                        "fields": dict(redirect.fields)}
        await row.save()
        await _event(row.id, TopUpEventKind.TOKEN, "ok",
                     f"amount={amount} token={redirect.token}")
    return row, redirect


async def find_started(customer_id: int, namespace: str, key: str) -> TopUp | None:
    """The top-up a caller's `key` (in its `namespace`) started for the customer, if any."""
    return await TopUp.get_or_none(customer_id=customer_id, key_namespace=namespace,
                                   idempotency_key=key)


async def _started_by_another(customer_id: int, namespace: str, key: str, amount: int,
                              gateway: GatewayName, order_id: int | None,
                              wait_seconds: float) -> tuple[TopUp, Redirect]:
    """The top-up this key started, once its bank has answered: it is polled, without a lock,
    while another call is still asking the bank for it."""
    deadline = asyncio.get_running_loop().time() + wait_seconds
    while True:
        row = await find_started(customer_id, namespace, key)
        if row is None:
            raise GatewayUnavailable(message=f"{gateway} could not start the payment; try "
                                             "again later")
        if row.status is not TopUpStatus.CREATED or (row.amount, row.gateway, row.order_id) \
                != (amount, gateway, order_id):
            return _replay(row, amount, gateway, order_id)  # or idempotency_conflict
        if asyncio.get_running_loop().time() >= deadline:
            raise Conflict("topup_starting", "this top-up is still being started; ask again "
                                             "in a moment", field="idempotencyKey")
        await asyncio.sleep(0.1)


def _summary(callback: Callback) -> str:
    return (f"paid={callback.paid} reference={callback.reference or '-'} "
            f"amount={callback.amount if callback.amount is not None else '-'} "
            f"trace={callback.trace or '-'}")


async def _claim(gateway: GatewayName, callback: Callback, *,
                 from_callback: bool) -> tuple[TopUp, bool]:
    """Step 1: the top-up, and whether this caller moved it to `verifying` (and goes on)."""
    try:
        async with in_transaction():
            row = await TopUp.select_for_update().get_or_none(id=callback.order_id,
                                                              gateway=gateway)
            if row is None:
                raise NotFound("topup_not_found", f"no {gateway} top-up {callback.order_id}",
                               field="orderId")
            if from_callback:
                await _event(row.id, TopUpEventKind.CALLBACK, callback.code, _summary(callback))
            if row.status not in (TopUpStatus.CREATED, TopUpStatus.REDIRECTED):
                return row, False
            if not row.token or callback.token != row.token:
                # The callback comes through the customer's browser and our ids are sequential:
                # only the token the bank gave this payment (secret to its payer) may move it.
                await _event(row.id, TopUpEventKind.CALLBACK, "token_mismatch",
                             "the callback does not carry this payment's token: ignored")
                return row, False
            if not callback.paid:
                await _close(row, TopUpStatus.CANCELLED, callback.code or "not_paid",
                             "the bank says nothing was paid")
                return row, False
            if not callback.reference:
                await _close(row, TopUpStatus.FAILED, "no_reference",
                             "the bank said paid but gave no reference")
                return row, False
            if await TopUp.filter(gateway=gateway, reference=callback.reference) \
                    .exclude(id=row.id).exists():
                await _event(row.id, TopUpEventKind.CALLBACK, "reference_reused",
                             f"reference {callback.reference} belongs to another top-up: "
                             "ignored")
                return row, False
            row.status = TopUpStatus.VERIFYING
            row.reference = callback.reference
            row.trace = callback.trace[:100]
            row.card_last4 = _last4(callback.masked_pan)
            row.callback_amount = callback.amount
            await row.save()
            return row, True
    except IntegrityError:
        # A concurrent claim stored the same reference for another top-up first.
        return await TopUp.get(id=callback.order_id), False


async def _close(row: TopUp, status: TopUpStatus, code: str, reason: str) -> None:
    """Make `row` (locked by the caller) final without a credit."""
    row.status = status
    row.failure_code = code[:64]
    row.failure_reason = reason[:300]
    row.completed_at = datetime.now(UTC)
    await row.save()
    if status is TopUpStatus.EXPIRED:
        await _event(row.id, TopUpEventKind.EXPIRE, code, reason)


async def _finish(top_up_id: int, *, status: TopUpStatus, code: str = "", reason: str = "",
                  verified_amount: int | None = None) -> TopUp:
    """Step 3: finish a top-up that is still `verifying`; credits when `status` is credited."""
    async with in_transaction():
        row = await TopUp.select_for_update().get(id=top_up_id)
        if row.status is not TopUpStatus.VERIFYING:
            return row  # someone else finished it meanwhile
        row.verified_amount = verified_amount
        if status is not TopUpStatus.CREDITED:
            await _close(row, status, code, reason)
            return row
        clearing = await system_account(LEDGER, SystemAccount.GATEWAY_CLEARING)
        record = await credit_paid(row.customer_id, row.amount,
                                   clearing.id, key=f"topup:{row.id}", code=TOPUP_CODE,
                                   source=Source(SourceKind.TOP_UP, row.id))
        row.credit_transfer_id = record.id
        row.status = TopUpStatus.CREDITED
        row.completed_at = datetime.now(UTC)
        await row.save()
        await _event(row.id, TopUpEventKind.CREDIT, "ok",
                     f"amount={row.amount} transfer={record.id}")
    for hook in CREDITED_HOOKS:
        try:
            await hook(row)
        except Exception:  # a hook's failure must not undo or hide the credit
            log.exception("top-up %s: a credited hook failed", row.id)
    return row


async def _give_back(gateway: Gateway, row: TopUp, callback: Callback,
                     confirmation: Confirmation) -> bool:
    """Reverse the payment at the bank, unless the adapter already did (Mellat's `confirm`
    reverses what it refuses): a payment is never reversed twice. Records the reversal."""
    if confirmation.reversed:
        await _event(row.id, TopUpEventKind.REVERSE, "ok",
                     f"reversed by the {gateway.name} adapter after {confirmation.code}")
        return True
    try:
        given_back = await gateway.reverse(callback)
    except GatewayError as error:
        await _event(row.id, TopUpEventKind.REVERSE, "unreachable", str(error))
        return False
    await _event(row.id, TopUpEventKind.REVERSE, "ok" if given_back else "refused",
                 f"amount={confirmation.amount}")
    return given_back


async def _confirm(gateway: Gateway, row: TopUp, callback: Callback) -> TopUp:
    """Step 2 and 3: confirm with the bank, then finish.

    Credited: confirmed, for exactly the amount asked. Failed: another amount (reversed here
    unless the adapter did), or a refused verification. Reversed: verified, then a later step
    (a settle) failed and the payment went back to the card."""
    try:
        confirmation = await gateway.confirm(callback, row.amount)
    except GatewayError as error:
        await _event(row.id, TopUpEventKind.VERIFY, "unreachable", str(error))
        return row  # still verifying: reconciliation asks again
    await _event(row.id, TopUpEventKind.VERIFY, confirmation.code,
                 f"ok={confirmation.ok} amount={confirmation.amount} "
                 f"verified={confirmation.verified} reversed={confirmation.reversed}")
    mismatch = confirmation.amount != row.amount if confirmation.ok \
        else confirmation.amount is not None and confirmation.amount != row.amount
    if confirmation.ok and not mismatch:
        return await _finish(row.id, status=TopUpStatus.CREDITED,
                             verified_amount=confirmation.amount)
    if mismatch:
        given_back = await _give_back(gateway, row, callback, confirmation)
        return await _finish(
            row.id, status=TopUpStatus.FAILED, code="amount_mismatch",
            verified_amount=confirmation.amount,
            reason=f"the bank reported {confirmation.amount} rials, not {row.amount}; "
                   + ("reversed" if given_back else "the reversal did not go through"))
    if confirmation.verified:
        if confirmation.reversed:
            await _give_back(gateway, row, callback, confirmation)
            return await _finish(row.id, status=TopUpStatus.REVERSED, code=confirmation.code,
                                 reason="the bank verified the payment but could not settle "
                                        "it; it was reversed")
        return await _finish(row.id, status=TopUpStatus.FAILED, code=confirmation.code,
                             reason="the bank verified the payment but could not settle it, "
                                    "and the reversal did not go through: check with the bank")
    if confirmation.reversed:
        await _give_back(gateway, row, callback, confirmation)
    return await _finish(row.id, status=TopUpStatus.FAILED, code=confirmation.code,
                         reason="the bank refused to verify the payment"
                                + ("; it was reversed" if confirmation.reversed else ""))


async def complete_callback(gateway: Gateway, form: Mapping[str, str]) -> TopUp:
    """Handle what the bank posted back. Safe to call any number of times, concurrently too."""
    try:
        callback = gateway.parse_callback(form)
    except (ValueError, KeyError) as error:
        raise ValidationFailed("invalid_callback", f"not a {gateway.name} callback: {error}",
                               field="form") from error
    row, claimed = await _claim(gateway.name, callback, from_callback=True)
    if not claimed:
        return row
    return await _confirm(gateway, row, callback)


def _stored_callback(row: TopUp) -> Callback:
    """What the claiming callback said, as far as confirming it again needs: its amount too, so
    that a retry refuses an amount the first attempt would have refused (Mellat checks the
    callback's FinalAmount, as its verify answers no amount)."""
    return Callback(order_id=row.id, paid=True, code="stored", reference=row.reference or "",
                    token=row.token, amount=row.callback_amount, trace=row.trace)


async def _expire(top_up_id: int, code: str, reason: str) -> TopUp:
    async with in_transaction():
        row = await TopUp.select_for_update().get(id=top_up_id)
        if row.status in (TopUpStatus.CREATED, TopUpStatus.REDIRECTED):
            await _close(row, TopUpStatus.EXPIRED, code, reason)
        return row


def _given_up(row: TopUp, give_up_seconds: int, now: datetime | None) -> bool:
    return row.created_at <= now_or(now) - timedelta(seconds=give_up_seconds)


async def reconcile(top_up_id: int, gateways: Gateways, *, give_up_seconds: int = 3600,
                    now: datetime | None = None) -> TopUp:
    """Settle a top-up the callback left open by asking its bank; a final one is left as is."""
    row = await TopUp.get_or_none(id=top_up_id)
    if row is None:
        raise NotFound("topup_not_found", f"no top-up {top_up_id}", field="id")
    if row.status in FINAL_STATUSES:
        return row
    gateway = gateways[row.gateway]
    if row.status is TopUpStatus.VERIFYING:
        return await _confirm(gateway, row, _stored_callback(row))
    try:
        inquiry = await gateway.inquire(row.id, row.token)
    except GatewayError as error:
        await _event(row.id, TopUpEventKind.INQUIRY, "unreachable", str(error))
        return row
    found = inquiry.callback
    await _event(row.id, TopUpEventKind.INQUIRY, inquiry.state.value,
                 _summary(found) if found is not None else "")
    if inquiry.state is InquiryState.PAID and found is not None:
        claimed_row, claimed = await _claim(gateway.name, found, from_callback=False)
        if claimed:
            return await _confirm(gateway, claimed_row, found)
        if claimed_row.status in FINAL_STATUSES or not _given_up(claimed_row, give_up_seconds,
                                                                  now):
            return claimed_row
        return await _expire(row.id, "unclaimable", "the bank's answer could not be matched to "
                                                    "this top-up; any payment is reversed by "
                                                    "the bank")
    if inquiry.state is InquiryState.NOT_PAID:
        return await _expire(row.id, "not_paid", "no callback came and the bank says nothing "
                                                 "was paid")
    if _given_up(row, give_up_seconds, now):
        return await _expire(row.id, "no_answer", "no callback came and the bank could not "
                                                  "say; any payment is reversed by the bank")
    return row


async def stale_ids(older_than: timedelta, *, now: datetime | None = None,
                    limit: int = 100) -> list[int]:
    """The open top-ups untouched for `older_than`, oldest first."""
    ids = await TopUp.filter(
        status__in=[TopUpStatus.CREATED, TopUpStatus.REDIRECTED, TopUpStatus.VERIFYING],
        updated_at__lte=now_or(now) - older_than).order_by("id").limit(limit) \
        .values_list("id", flat=True)
    return [int(i) for i in ids]  # type: ignore[call-overload]  # values_list(flat=True) is typed as tuples; it yields the column's values


async def reconcile_stale(older_than: timedelta, gateways: Gateways, *,
                          give_up_seconds: int = 3600, now: datetime | None = None,
                          limit: int = 100) -> int:
    """Reconcile the open top-ups untouched for `older_than`; answers how many became final."""
    moment = now_or(now)
    settled = 0
    for top_up_id in await stale_ids(older_than, now=moment, limit=limit):
        try:
            row = await reconcile(top_up_id, gateways, give_up_seconds=give_up_seconds,
                                  now=moment)
        except KeyError:
            log.error("top-up %s: its gateway is not configured", top_up_id)
            continue
        if row.status in FINAL_STATUSES:
            settled += 1
    return settled


# --- reading -----------------------------------------------------------------------------------

async def get_topup(top_up_id: int, *, customer_id: int | None = None) -> TopUp | None:
    """A top-up; with `customer_id`, only one of that customer's."""
    return await TopUp.get_or_none(**given(id=top_up_id, customer_id=customer_id))


async def page(*, limit: int, before_id: int | None = None, customer_id: int | None = None,
               status: TopUpStatus | None = None) -> list[TopUp]:
    """Top-ups, newest first, filtered exactly."""
    query = TopUp.filter(**given(customer_id=customer_id, status=status))
    if before_id is not None:
        query = query.filter(id__lt=before_id)
    return await query.order_by("-id").limit(limit)


async def events_of(top_up_id: int, *, limit: int = 200) -> list[TopUpEvent]:
    return await TopUpEvent.filter(top_up_id=top_up_id).order_by("id").limit(limit)
