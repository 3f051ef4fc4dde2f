"""Bank deposits: a customer, or staff on their behalf, declares money paid into the business's
bank account with a receipt image; back-office staff approve it, and the wallet is credited, or
reject it with a reason. The customer is emailed either way.

- Declaring is idempotent by the declarer's key, per customer and in the declarer's namespace
  (models.keys: staff declaring for a customer never meet the customer's own keys): the same
  key with the same content returns the stored deposit, with other content it is
  `idempotency_conflict`.
- Maker-checker at every amount: whoever declared a deposit never approves it (a staff member
  who declares for a customer needs a colleague). At or above
  `DepositPolicy.second_approval_threshold` a second approval is needed too, from someone who is
  neither the declarer nor the first approver: the threshold adds a checker, it never removes
  one.
- The final approval changes the status, credits the wallet (`credit_paid`, key
  `deposit:<id>`, from the BANK_DEPOSITS system account) and queues the email in one
  transaction, under a lock on the deposit's row: a double click or two approvers at once credit
  once, and the loser is told `deposit_already_decided`. A decided deposit is never changed again.
- A bank reference is credited once per bank, whoever declared it: checked when declaring and,
  under the lock, when approving; a partial unique index among approved deposits catches two
  different deposits with the same reference approved at the same moment. All three compare the
  reference's key (`tracking_key`), not the number as typed: a numeric tracking number is a
  number, so `۰۰۱۲۳۴۵۶`, `00123456` and `123456` are one reference. This holds for every bank,
  not per bank: Iranian banks' deposit tracking numbers (شمارهٔ پیگیری) are issued as numbers,
  and a receipt padding one with zeros to a fixed width, or a customer leaving them out, names
  the same deposit. A reference with a letter in it (a Paya or Satna reference) is compared
  character for character, its zeros included.
"""

from __future__ import annotations

import asyncio
import hashlib
import io
import re
import warnings
from dataclasses import dataclass
from datetime import UTC, date, datetime, time

from PIL import Image
from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from models.clock import TEHRAN
from models.db import given
from models.errors import Conflict, NotAllowed, NotFound, ValidationFailed
from models.identity.callers import CallerKind, Identity
from models.identity.numbers import western_digits
from models.identity.tables import Customer
from models.keys import check_key
from models.ledger.accounts import system_account
from models.ledger.codes import SystemAccount
from models.notify.mail import queue_email
from models.wallet.codes import MovementKind, Source, SourceKind, declare
from models.wallet.deposits.errors import (
    DeclarerCannotApprove,
    DepositAlreadyDecided,
    InvalidReceipt,
    SameApproverTwice,
    TrackingNumberAlreadyCredited,
)
from models.wallet.deposits.tables import Bank, Deposit, DepositReceipt, DepositStatus
from models.wallet.tables import Wallet
from models.wallet.wallets import LEDGER, credit_paid

DEPOSIT_CODE = declare("wallet_deposit", MovementKind.TOP_UP, domain="deposits")
CREDITED_ONCE_INDEX = "wallet_deposit_credited_once"  # migrations: 13_*_money_rules.py
RECEIPT_FORMATS = {"image/jpeg": "JPEG", "image/png": "PNG", "image/webp": "WEBP"}
DECIDED = frozenset({DepositStatus.APPROVED, DepositStatus.REJECTED})
_REASON_MAX = 1000
_TRACKING = re.compile(r"[A-Z0-9]{1,64}")
_DROPPED = str.maketrans("", "", "-\u200c\u200d\u200e\u200f\u00a0")

# How the emails name each bank: (Persian, English).
BANK_NAMES: dict[Bank, tuple[str, str]] = {
    Bank.MELLI: ("بانک ملی ایران", "Bank Melli Iran"),
    Bank.MELLAT: ("بانک ملت", "Bank Mellat"),
    Bank.SADERAT: ("بانک صادرات ایران", "Bank Saderat Iran"),
    Bank.TEJARAT: ("بانک تجارت", "Tejarat Bank"),
    Bank.SEPAH: ("بانک سپه", "Bank Sepah"),
    Bank.KESHAVARZI: ("بانک کشاورزی", "Bank Keshavarzi"),
    Bank.MASKAN: ("بانک مسکن", "Bank Maskan"),
    Bank.REFAH: ("بانک رفاه کارگران", "Refah Bank"),
    Bank.POST_BANK: ("پست بانک ایران", "Post Bank of Iran"),
    Bank.SAMAN: ("بانک سامان", "Saman Bank"),
    Bank.PARSIAN: ("بانک پارسیان", "Parsian Bank"),
    Bank.PASARGAD: ("بانک پاسارگاد", "Bank Pasargad"),
    Bank.EGHTESAD_NOVIN: ("بانک اقتصاد نوین", "EN Bank (Eghtesad Novin)"),
    Bank.SINA: ("بانک سینا", "Sina Bank"),
    Bank.SHAHR: ("بانک شهر", "Shahr Bank"),
    Bank.AYANDEH: ("بانک آینده", "Ayandeh Bank"),
    Bank.DEY: ("بانک دی", "Dey Bank"),
    Bank.RESALAT: ("بانک قرض‌الحسنه رسالت", "Resalat Bank"),
    Bank.KARAFARIN: ("بانک کارآفرین", "Karafarin Bank"),
    Bank.SARMAYEH: ("بانک سرمایه", "Sarmayeh Bank"),
    Bank.KHAVARMIANEH: ("بانک خاورمیانه", "Middle East Bank"),
    Bank.TOSEE_TAAVON: ("بانک توسعه تعاون", "Tosee Taavon Bank"),
}


@dataclass(slots=True, frozen=True)
class DepositPolicy:
    """The settings deposits follow (etebar.settings: deposit_*)."""

    second_approval_threshold: int = 500_000_000
    receipt_max_bytes: int = 5 * 1024 * 1024


@dataclass(slots=True, frozen=True)
class Declared:
    deposit: Deposit
    replayed: bool


def normalise_tracking_number(value: str) -> str:
    """A bank's tracking number as it is compared: Persian or Arabic digits as ASCII, spaces,
    dashes and direction marks removed, letters in capitals."""
    text = "".join(western_digits(value).translate(_DROPPED).split()).upper()
    if not _TRACKING.fullmatch(text):
        raise ValidationFailed("invalid_tracking_number", "a tracking number of 1 to 64 digits "
                               "or Latin letters is required", field="trackingNumber")
    return text


def tracking_key(normalised: str) -> str:
    """The bank reference a normalised tracking number names, as the once-only checks and the
    unique index compare it: a number without its leading zeros (`0` for all zeros); one with a
    letter as it is. The database checks that every row's key follows from its number."""
    if normalised.isdigit():
        return normalised.lstrip("0") or "0"
    return normalised


def tehran_today() -> date:
    return datetime.now(TEHRAN).date()


def _read_image(content: bytes, image_format: str) -> None:
    """Decode the whole image (a truncated or forged file fails here); CPU work, run in a
    thread. A decompression bomb is refused, not just warned about."""
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        with Image.open(io.BytesIO(content), formats=[image_format]) as image:
            image.load()


async def check_receipt(content: bytes, content_type: str, max_bytes: int) -> str:
    """The receipt's normalised content type, if it is an image of that type that opens."""
    kind = content_type.strip().lower()
    if kind not in RECEIPT_FORMATS:
        raise InvalidReceipt("receipt_type_not_allowed",
                             "a receipt is a JPEG, PNG or WebP image")
    if not content:
        raise InvalidReceipt("receipt_empty", "the receipt is empty")
    if len(content) > max_bytes:
        raise InvalidReceipt("receipt_too_large",
                             f"a receipt may have at most {max_bytes} bytes")
    try:
        await asyncio.to_thread(_read_image, content, RECEIPT_FORMATS[kind])
    except (OSError, SyntaxError, ValueError, Image.DecompressionBombError,
            Image.DecompressionBombWarning):
        raise InvalidReceipt("receipt_unreadable",
                             f"the receipt is not a readable {kind} image") from None
    return kind


def _check_declaration(amount: int, deposited_on: date, key: str, today: date) -> None:
    if amount <= 0:
        raise ValidationFailed("amount_must_be_positive", field="amount")
    if deposited_on > today:
        raise ValidationFailed("deposit_date_in_future", "the deposit date is in the future",
                               field="depositedOn")
    check_key(key)


async def _customer_for(actor: Identity, customer_id: int) -> Customer:
    """The customer a deposit is declared for: customers declare their own, staff anyone's."""
    if actor.kind is CallerKind.CUSTOMER:
        if actor.customer_id != customer_id:
            raise NotFound("customer_not_found", f"no customer {customer_id}",
                           field="customerId")
    elif actor.kind is not CallerKind.STAFF:
        raise NotAllowed("deposits_are_for_staff_and_customers")
    customer = await Customer.get_or_none(id=customer_id)
    if customer is None:
        raise NotFound("customer_not_found", f"no customer {customer_id}", field="customerId")
    return customer


async def _replay(existing: Deposit, amount: int, bank: Bank, deposited_on: date,
                  tracking_number: str, sha256: str) -> Declared:
    receipt = await DepositReceipt.get(deposit_id=existing.id)
    if (existing.amount, existing.bank, existing.deposited_on, existing.tracking_number,
            receipt.sha256) != (amount, bank, deposited_on, tracking_number, sha256):
        raise Conflict("idempotency_conflict", "this key was used for another deposit",
                       field="idempotencyKey")
    return Declared(existing, replayed=True)


async def declare_deposit(actor: Identity, customer_id: int, amount: int, bank: Bank,
                          deposited_on: date, tracking_number: str, receipt_bytes: bytes,
                          content_type: str, key: str, *, policy: DepositPolicy,
                          today: date | None = None) -> Declared:
    """Record a deposit awaiting approval, with its receipt; nothing is credited yet."""
    _check_declaration(amount, deposited_on, key, today or tehran_today())
    tracking = normalise_tracking_number(tracking_number)
    bank = Bank(bank)
    customer = await _customer_for(actor, customer_id)
    kind = await check_receipt(receipt_bytes, content_type, policy.receipt_max_bytes)
    sha256 = hashlib.sha256(receipt_bytes).hexdigest()
    existing = await Deposit.get_or_none(customer_id=customer.id,
                                         key_namespace=actor.key_namespace, key=key)
    if existing is not None:
        return await _replay(existing, amount, bank, deposited_on, tracking, sha256)
    reference = tracking_key(tracking)
    if await Deposit.exists(bank=bank, tracking_key=reference, status=DepositStatus.APPROVED):
        raise TrackingNumberAlreadyCredited
    try:
        async with in_transaction():
            deposit = await Deposit.create(
                customer=customer, key_namespace=actor.key_namespace, key=key, amount=amount,
                bank=bank, deposited_on=deposited_on, tracking_number=tracking,
                tracking_key=reference, declared_by=actor.actor)
            await DepositReceipt.create(deposit=deposit, content_type=kind,
                                        content=receipt_bytes, size=len(receipt_bytes),
                                        sha256=sha256)
    except IntegrityError:  # the same key, declared concurrently: answer as its replay
        existing = await Deposit.get_or_none(customer_id=customer.id,
                                             key_namespace=actor.key_namespace, key=key)
        if existing is None:
            raise
        return await _replay(existing, amount, bank, deposited_on, tracking, sha256)
    return Declared(deposit, replayed=False)


def _staff(actor: Identity) -> str:
    if actor.kind is not CallerKind.STAFF:
        raise NotAllowed("deposits_are_decided_by_staff", "only staff approve or reject "
                         "deposits")
    return actor.actor


async def _locked(deposit_id: int) -> Deposit:
    deposit = await Deposit.select_for_update().get_or_none(id=deposit_id)
    if deposit is None:
        raise NotFound("deposit_not_found", f"no deposit {deposit_id}", field="id")
    if deposit.status in DECIDED:
        raise DepositAlreadyDecided(deposit.status.value)
    return deposit


def _email_params(deposit: Deposit) -> dict[str, object]:
    fa, en = BANK_NAMES[deposit.bank]
    return {"deposit_id": deposit.id, "amount": deposit.amount, "bank_fa": fa, "bank_en": en,
            "tracking_number": deposit.tracking_number,
            "deposited_on": datetime.combine(deposit.deposited_on, time(12), tzinfo=UTC),
            "reason": deposit.rejected_reason or ""}


def _is_credited_once_violation(error: IntegrityError) -> bool:
    seen: BaseException | None = error
    while seen is not None:
        if CREDITED_ONCE_INDEX in str(seen) or \
                getattr(seen, "constraint_name", None) == CREDITED_ONCE_INDEX:
            return True
        seen = seen.__cause__ or seen.__context__
    return False


async def approve_deposit(actor: Identity, deposit_id: int, *, policy: DepositPolicy,
                          now: datetime | None = None) -> Deposit:
    """Approve a deposit. Below the threshold, or as the second approval, this credits the
    wallet and emails the customer; at or above it, a first approval only records who gave it.
    The declarer approves at no amount (`DeclarerCannotApprove`)."""
    approver = _staff(actor)
    moment = now or datetime.now(UTC)
    try:
        async with in_transaction():
            deposit = await _locked(deposit_id)
            if approver == deposit.declared_by:
                raise DeclarerCannotApprove
            if await Deposit.filter(bank=deposit.bank, tracking_key=deposit.tracking_key,
                                    status=DepositStatus.APPROVED).exists():
                raise TrackingNumberAlreadyCredited
            if deposit.status is DepositStatus.DECLARED:
                deposit.first_approver = approver
                deposit.first_approved_at = moment
                if deposit.amount >= policy.second_approval_threshold:
                    deposit.status = DepositStatus.AWAITING_SECOND_APPROVAL
                    await deposit.save(update_fields=["status", "first_approver",
                                                      "first_approved_at"])
                    return deposit
            else:
                if approver == deposit.first_approver:
                    raise SameApproverTwice
                deposit.second_approver = approver
            deposit.status = DepositStatus.APPROVED
            deposit.decided_at = moment
            # The status first: the unique index waits here for a concurrent approval of the
            # same tracking number, before any money moves.
            await deposit.save(update_fields=["status", "first_approver", "first_approved_at",
                                              "second_approver", "decided_at"])
            customer_id: int = deposit.customer_id
            # The wallet's lock, as a spend takes it: the paid lot is made once, and in order.
            await Wallet.select_for_update().get(customer_id=customer_id)
            source = await system_account(LEDGER, SystemAccount.BANK_DEPOSITS)
            record = await credit_paid(customer_id, deposit.amount, source.id,
                                       key=f"deposit:{deposit.id}", code=DEPOSIT_CODE,
                                       source=Source(SourceKind.DEPOSIT, deposit.id))
            deposit.credited_transfer_id = record.id
            await deposit.save(update_fields=["credited_transfer_id"])
            await queue_email(customer_id=customer_id, template="deposit_approved",
                              params=_email_params(deposit), key=f"deposit:{deposit.id}:approved")
    except IntegrityError as error:
        if _is_credited_once_violation(error):
            raise TrackingNumberAlreadyCredited from None
        raise
    return deposit


async def reject_deposit(actor: Identity, deposit_id: int, reason: str, *,
                         now: datetime | None = None) -> Deposit:
    """Reject a deposit awaiting a decision, with the reason the customer is emailed."""
    rejecter = _staff(actor)
    text = reason.strip()
    if not text or len(text) > _REASON_MAX:
        raise ValidationFailed("reason_required", f"a reason of 1 to {_REASON_MAX} characters "
                               "is required", field="reason")
    async with in_transaction():
        deposit = await _locked(deposit_id)
        deposit.status = DepositStatus.REJECTED
        deposit.rejected_by = rejecter
        deposit.rejected_reason = text
        deposit.decided_at = now or datetime.now(UTC)
        await deposit.save(update_fields=["status", "rejected_by", "rejected_reason",
                                          "decided_at"])
        await queue_email(customer_id=deposit.customer_id,
                          template="deposit_rejected", params=_email_params(deposit),
                          key=f"deposit:{deposit.id}:rejected")
    return deposit


def _reach(actor: Identity) -> int | None:
    """The one customer a caller sees the deposits of; None for staff, who see all."""
    if actor.kind is CallerKind.STAFF:
        return None
    if actor.kind is CallerKind.CUSTOMER and actor.customer_id is not None:
        return actor.customer_id
    raise NotAllowed("deposits_are_for_staff_and_customers")


async def page(actor: Identity, *, limit: int, after_id: int | None = None,
               statuses: list[DepositStatus] | None = None,
               customer_id: int | None = None, newest_first: bool = False) -> list[Deposit]:
    """Deposits in id order (the oldest waiting first), or newest first; `after_id` is the last
    one of the previous page in the same order. A customer sees only their own."""
    own = _reach(actor)
    if own is not None:
        if customer_id is not None and customer_id != own:
            return []
        customer_id = own
    after = {"id__lt": after_id} if newest_first else {"id__gt": after_id}
    query = Deposit.filter(**given(customer_id=customer_id, **after))
    if statuses:
        query = query.filter(status__in=statuses)
    return await query.order_by("-id" if newest_first else "id").limit(limit)


async def find(actor: Identity, deposit_id: int) -> Deposit | None:
    """One deposit, if the caller sees it."""
    own = _reach(actor)
    return await Deposit.get_or_none(**given(id=deposit_id, customer_id=own))


async def receipt_of(deposit_id: int) -> DepositReceipt | None:
    """A deposit's receipt, bytes included."""
    return await DepositReceipt.get_or_none(deposit_id=deposit_id)


async def receipt_facts(deposit_id: int) -> DepositReceipt | None:
    """A deposit's receipt without its bytes: content type, size and sha256."""
    return await DepositReceipt.filter(deposit_id=deposit_id) \
        .only("id", "content_type", "size", "sha256").first()
