"""Customers: enrolment, and self-service sign-in by mobile number and a one-time SMS code.

A code is six digits, kept as an HMAC keyed with the server's secret (a plain hash of six digits
is undone by trying all million), valid for a few minutes, spent after a few wrong guesses, and
replaced by the next one asked for. Codes are asked for the same way whether the number belongs
to a customer or not, and only a customer's number is sent one, so the answer tells nobody
whether a number is registered.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from tortoise.exceptions import IntegrityError
from tortoise.expressions import Q
from tortoise.transactions import in_transaction

from models.db import given
from models.errors import AuthenticationFailed, Conflict, NotAllowed, NotFound, ValidationFailed
from models.i18n.catalogues import catalogue_of
from models.identity.callers import CallerKind, Identity
from models.identity.errors import TooManyCodeRequests
from models.identity.hashing import keyed_hash, new_secret, same, secret_hash
from models.identity.numbers import (
    normalise_company_id,
    normalise_email,
    normalise_national_id,
    normalise_sheba,
    western_digits,
)
from models.identity.tables import (
    BankAccount,
    Customer,
    CustomerKind,
    CustomerSession,
    Language,
    Partner,
    SignInCode,
)
from models.identity.tokens import LAST_USED_RESOLUTION
from models.notify.sms import SmsNotSent, SmsSender
from models.throttle import Throttle

SESSION_PREFIX = "etbc_"
CODE_DIGITS = 6
_REQUEST_WINDOW = timedelta(hours=1)
# The SMS texts (models/identity/locale). The code keeps Western digits in Persian too: phones
# offer to fill in a code only when they read it as one.
CATALOGUE = catalogue_of(__file__, "identity")


@dataclass(slots=True, frozen=True)
class CodePolicy:
    """How codes are sent and checked. A number may be sent `requests_per_hour` codes an hour,
    of which one client address may ask for only `requests_per_number_per_address`, so that a
    stranger cannot spend them all; an address may ask for `requests_per_address` an hour in
    all. Asks an address may not make are not counted against the number. Addresses are counted
    in this process, or in Redis with `storage_url`."""

    secret_key: str
    ttl_seconds: int = 300
    max_attempts: int = 5
    requests_per_hour: int = 10
    session_seconds: int = 30 * 24 * 3600
    requests_per_number_per_address: int = 3
    requests_per_address: int = 30
    storage_url: str | None = None

    async def address_may_ask(self, mobile: str, address: str) -> None:
        """Count an ask from `address` for `mobile`; refuse it if the address is over a limit."""
        hour = int(_REQUEST_WINDOW.total_seconds())
        for throttle, key in (
                (Throttle("code-address", self.requests_per_address, hour, self.storage_url),
                 (address,)),
                (Throttle("code-number-address", self.requests_per_number_per_address, hour,
                          self.storage_url), (mobile, address))):
            wait = await throttle.hit(*key)
            if wait is not None:
                raise TooManyCodeRequests(wait)


def normalise_mobile(value: str) -> str:
    """An Iranian mobile number as 09xxxxxxxxx, from +98, 0098, 98 or 9… forms, Persian or
    Arabic digits, with spaces, dashes and brackets ignored."""
    text = western_digits(value)
    for mark in " -()\u200c\u200f\u200e\t":
        text = text.replace(mark, "")
    if text.startswith("+98"):
        text = "0" + text[3:]
    elif text.startswith("0098"):
        text = "0" + text[4:]
    elif text.startswith("98") and len(text) == 12:
        text = "0" + text[2:]
    elif text.startswith("9") and len(text) == 10:
        text = "0" + text
    if len(text) != 11 or not text.startswith("09") or not text.isdigit() or not text.isascii():
        raise ValidationFailed("invalid_mobile", "an Iranian mobile number such as 09121234567 "
                               "is required", field="mobile")
    return text


async def create_customer(mobile: str, name: str = "", language: Language = Language.FA,
                          partner_id: int | None = None, *,
                          kind: CustomerKind = CustomerKind.INDIVIDUAL, email: str | None = None,
                          national_id: str | None = None) -> Customer:
    """Enrol a customer, as a member of `partner_id` or of the platform itself, with an IRR
    wallet. `national_id` is an individual's national ID or a legal person's company ID."""
    from models.wallet.wallets import create_wallet  # the wallet builds on identity

    mobile = normalise_mobile(mobile)
    if len(name) > 200:
        raise ValidationFailed("invalid_name", "a name has at most 200 characters", field="name")
    if email is not None:
        email = normalise_email(email)
    if national_id is not None:
        national_id = (normalise_national_id(national_id) if kind is CustomerKind.INDIVIDUAL
                       else normalise_company_id(national_id))
    if partner_id is not None and not await Partner.exists(id=partner_id, is_active=True):
        raise NotFound("partner_not_found", f"no active partner {partner_id}", field="partnerId")
    if await Customer.exists(mobile=mobile):
        raise Conflict("customer_exists", "a customer has this mobile number", field="mobile")
    if national_id is not None and await Customer.exists(national_id=national_id):
        raise Conflict("national_id_taken", "a customer has this national ID",
                       field="nationalId")
    async with in_transaction():
        customer = await Customer.create(mobile=mobile, name=name.strip(), language=language,
                                         partner_id=partner_id, kind=kind, email=email,
                                         national_id=national_id)
        await create_wallet(customer.id)
    return customer


async def add_bank_account(customer_id: int, sheba: str, holder_name: str) -> BankAccount:
    """Record a customer's bank account by Sheba number; adding it again returns it."""
    sheba = normalise_sheba(sheba)
    holder_name = holder_name.strip()
    if not 1 <= len(holder_name) <= 200:
        raise ValidationFailed("invalid_holder_name", "the holder's name is required "
                               "(at most 200 characters)", field="holderName")
    if not await Customer.exists(id=customer_id):
        raise NotFound("customer_not_found", f"no customer {customer_id}", field="customerId")
    account, made = await BankAccount.get_or_create(
        customer_id=customer_id, sheba=sheba, defaults={"holder_name": holder_name})
    if not made and account.holder_name != holder_name:
        raise Conflict("bank_account_exists", "this Sheba number is recorded with another "
                       "holder's name", field="sheba")
    return account


async def verify_bank_account(bank_account_id: int, *, by: str = "") -> BankAccount:
    """Mark a bank account verified (its holder confirmed as the customer) by `by` (an actor
    as the audit log names it); safe to repeat: the first verifier stays recorded."""
    account = await BankAccount.get_or_none(id=bank_account_id)
    if account is None:
        raise NotFound("bank_account_not_found", f"no bank account {bank_account_id}",
                       field="bankAccountId")
    if account.verified_at is None:
        account.verified_at = datetime.now(UTC)
        account.verified_by = by[:64]
        await account.save(update_fields=["verified_at", "verified_by"])
    return account


async def verified_bank_accounts(customer_id: int) -> list[BankAccount]:
    return await BankAccount.filter(customer_id=customer_id,
                                    verified_at__not_isnull=True).order_by("id")


async def enrol(actor: Identity, mobile: str, name: str = "",
                language: Language = Language.FA, partner_id: int | None = None, *,
                kind: CustomerKind = CustomerKind.INDIVIDUAL, email: str | None = None,
                national_id: str | None = None) -> Customer:
    """Enrol a customer: a partner always enrols its own members, staff choose the partner."""
    if actor.is_partner:
        if partner_id not in (None, actor.partner_id):
            raise NotFound("partner_not_found", f"no partner {partner_id}", field="partnerId")
        partner_id = actor.partner_id
    return await create_customer(mobile, name, language, partner_id, kind=kind, email=email,
                                 national_id=national_id)


# What a customer may change of their own profile; staff (and a partner, of its members) may
# also change the mobile number, the kind and the national ID.
SELF_SERVICE_FIELDS = frozenset({"name", "email", "language"})


@dataclass(slots=True, frozen=True)
class ProfileChange:
    """The fields named in `given` change to the values here; an empty (or None) email or
    national ID clears it."""

    given: frozenset[str]
    name: str = ""
    email: str | None = None
    language: Language = Language.FA
    mobile: str = ""
    kind: CustomerKind = CustomerKind.INDIVIDUAL
    national_id: str | None = None


async def update_customer(actor: Identity, customer_id: int, change: ProfileChange) -> Customer:
    """Change a customer's profile: a customer their own name, email and language; staff any
    customer's; a partner its members'. Bad values change nothing."""
    fields = change.given
    if actor.kind is CallerKind.CUSTOMER:
        if customer_id != actor.customer_id:
            raise NotFound("customer_not_found", f"no customer {customer_id}", field="id")
        forbidden = fields - SELF_SERVICE_FIELDS
        if forbidden:
            raise NotAllowed("field_not_self_service", "a customer may change only their name, "
                             "email and language", field=_camel(sorted(forbidden)[0]))
    async with in_transaction():
        query = Customer.filter(id=customer_id)
        if actor.is_partner:
            query = query.filter(partner_id=actor.partner_id)
        customer = await query.select_for_update().first()
        if customer is None:
            raise NotFound("customer_not_found", f"no customer {customer_id}", field="id")
        if "name" in fields:
            if len(change.name) > 200:
                raise ValidationFailed("invalid_name", "a name has at most 200 characters",
                                       field="name")
            customer.name = change.name.strip()
        if "email" in fields:
            customer.email = normalise_email(change.email) if change.email and \
                change.email.strip() else None
        if "language" in fields:
            customer.language = change.language
        if "kind" in fields:
            customer.kind = change.kind
        if "national_id" in fields:
            customer.national_id = change.national_id \
                if change.national_id and change.national_id.strip() else None
        if fields & {"kind", "national_id"} and customer.national_id is not None:
            customer.national_id = (normalise_national_id(customer.national_id)
                                    if customer.kind is CustomerKind.INDIVIDUAL
                                    else normalise_company_id(customer.national_id))
            if await Customer.exclude(id=customer.id).filter(
                    national_id=customer.national_id).exists():
                raise Conflict("national_id_taken", "a customer has this national ID",
                               field="nationalId")
        if "mobile" in fields:
            customer.mobile = normalise_mobile(change.mobile)
            if await Customer.exclude(id=customer.id).filter(mobile=customer.mobile).exists():
                raise Conflict("customer_exists", "a customer has this mobile number",
                               field="mobile")
        try:
            async with in_transaction():
                await customer.save()
        except IntegrityError:  # a concurrent change took the number or the ID first
            raise Conflict("customer_exists", "a customer has this mobile number or national ID",
                           field="mobile") from None
    return customer


def _camel(name: str) -> str:
    first, *rest = name.split("_")
    return first + "".join(part.title() for part in rest)


async def get_customer(customer_id: int) -> Customer | None:
    return await Customer.get_or_none(id=customer_id)


async def find(actor: Identity, customer_id: int) -> Customer | None:
    """A customer the caller may read: any for staff, only its members for a partner."""
    query = Customer.filter(id=customer_id)
    if actor.is_partner:
        query = query.filter(partner_id=actor.partner_id)
    return await query.first()


async def page(actor: Identity, *, limit: int, after_id: int | None = None,
               partner_id: int | None = None, mobile: str | None = None,
               search: str | None = None) -> list[Customer]:
    """Customers in id order: of `partner_id` or all for staff; a partner's own members only.
    `search` matches the start of a mobile number (any written form) or part of a name."""
    if actor.is_partner:
        if partner_id not in (None, actor.partner_id):
            return []
        partner_id = actor.partner_id
    query = Customer.filter(**given(id__gt=after_id, partner_id=partner_id,
                                    mobile=None if mobile is None else normalise_mobile(mobile)))
    text = (search or "").strip()
    if text:
        number = western_digits(text).replace(" ", "").replace("-", "")
        if number.startswith("+98"):
            number = "0" + number[3:]
        condition = Q(name__icontains=text)
        if number.isascii() and number.isdigit():
            condition |= Q(mobile__startswith=number)
        query = query.filter(condition)
    return await query.order_by("id").limit(limit)


def _code_hash(policy: CodePolicy, mobile: str, code: str) -> str:
    return keyed_hash(policy.secret_key, f"sign-in:{mobile}:{code}")


async def request_sign_in_code(mobile: str, sender: SmsSender, policy: CodePolicy,
                               address: str | None = None) -> datetime:
    """Send a fresh code to `mobile` if a customer has it, asked for from client `address`
    (None: not over the network); returns when the code expires."""
    mobile = normalise_mobile(mobile)
    # The address's own limits first: an ask refused there costs the number nothing.
    await policy.address_may_ask(mobile, address or "local")
    code = f"{secrets.randbelow(10**CODE_DIGITS):0{CODE_DIGITS}d}"
    now = datetime.now(UTC)
    async with in_transaction() as tx:
        # One request per number at a time, so that the hourly count below is exact.
        await tx.execute_query("SELECT pg_advisory_xact_lock(hashtext($1))",
                               [f"sign-in-code:{mobile}"])
        recent = await SignInCode.filter(mobile=mobile, created_at__gt=now - _REQUEST_WINDOW) \
            .order_by("created_at").values_list("created_at", flat=True)
        if len(recent) >= policy.requests_per_hour:
            oldest: datetime = recent[0]  # type: ignore[assignment]  # values_list of one column
            wait = oldest + _REQUEST_WINDOW - now
            raise TooManyCodeRequests(max(1, int(wait.total_seconds()) + 1))
        await SignInCode.filter(mobile=mobile, used_at=None).update(used_at=now)
        expires_at = now + timedelta(seconds=policy.ttl_seconds)
        row = await SignInCode.create(mobile=mobile, code_hash=_code_hash(policy, mobile, code),
                                      created_at=now, expires_at=expires_at)
    customer = await Customer.get_or_none(mobile=mobile)
    if customer is not None:
        try:
            text = CATALOGUE.text(str(customer.language), "sign_in_code.sms", code=code)
            await sender.send_code(mobile, code, text, local_id=row.id)
        except SmsNotSent:
            # Not sent: the code neither signs in nor counts against the hour's codes.
            await SignInCode.filter(id=row.id).delete()
            raise
    return expires_at


def _refused(code: str, message: str) -> AuthenticationFailed:
    return AuthenticationFailed(code, message, field="oneTimeCode")


async def sign_in_with_code(mobile: str, code: str,
                            policy: CodePolicy) -> tuple[str, Customer]:
    """Check the latest code sent to `mobile` and open a customer session, shown once."""
    mobile = normalise_mobile(mobile)
    code = western_digits(code).strip()
    now = datetime.now(UTC)
    refusal: AuthenticationFailed | None = None
    async with in_transaction():
        row = await SignInCode.filter(mobile=mobile, used_at=None).order_by("-id") \
            .select_for_update().first()
        customer = await Customer.get_or_none(mobile=mobile)
        if row is None or customer is None:
            refusal = _refused("code_invalid", "the code is wrong; ask for a new one")
        elif row.expires_at <= now:
            refusal = _refused("code_expired", "the code has expired; ask for a new one")
        elif row.attempts >= policy.max_attempts:
            refusal = _refused("too_many_attempts", "too many wrong codes; ask for a new one")
        elif not same(row.code_hash, _code_hash(policy, mobile, code)):
            # Counted in this transaction, which commits: the refusal is raised after it.
            row.attempts += 1
            await row.save(update_fields=["attempts"])
            left = policy.max_attempts - row.attempts
            refusal = _refused("code_invalid", f"the code is wrong; {left} tries left"
                               if left else "the code is wrong; ask for a new one")
        else:
            row.used_at = now
            await row.save(update_fields=["used_at"])
    if refusal is not None:
        raise refusal
    assert customer is not None
    return await open_session(customer, policy.session_seconds), customer


async def open_session(customer: Customer, seconds: int) -> str:
    """A new session for `customer`; its secret is returned here once and never stored."""
    secret = new_secret(SESSION_PREFIX)
    await CustomerSession.create(customer=customer, prefix=secret[:10],
                                 token_hash=secret_hash(secret),
                                 expires_at=datetime.now(UTC) + timedelta(seconds=seconds))
    return secret


async def authenticate_session(secret: str) -> Identity:
    session = await CustomerSession.get_or_none(token_hash=secret_hash(secret),
                                                revoked_at=None).prefetch_related("customer")
    now = datetime.now(UTC)
    if session is None or session.expires_at <= now:
        raise AuthenticationFailed("invalid_token", "the session is unknown, expired or ended")
    if session.last_used_at is None or now - session.last_used_at > LAST_USED_RESOLUTION:
        await CustomerSession.filter(id=session.id).update(last_used_at=now)
    customer = session.customer
    return Identity(kind=CallerKind.CUSTOMER, name=customer.name or customer.mobile,
                    customer_id=customer.id, token_id=session.id, by_session=True)


async def sign_out(secret: str) -> None:
    await CustomerSession.filter(token_hash=secret_hash(secret), revoked_at=None).update(
        revoked_at=datetime.now(UTC))
