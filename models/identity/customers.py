"""Customers: enrolment, and self-service sign-in by mobile number and a one-time SMS code.

A customer is one person's membership (`Person`, known by mobile number) of a partner or of the
platform. Enrolling a number known elsewhere makes a new membership of that person, answered
exactly as for a new person; when asked, a partner's new membership waits for the person to send
back a code texted to them. Sign-in is the person's; the session acts for one membership.

A code is six digits, kept as an HMAC keyed with the server's secret (a plain hash of six digits
is undone by trying all million), valid for a few minutes, spent after a few wrong guesses, and
replaced by the next one asked for. Codes are asked for the same way whether the number belongs
to a customer or not, and only a customer's number is sent one, so the answer tells nobody
whether a number is registered.
"""

from __future__ import annotations

import logging
import secrets
from collections.abc import Collection
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from tortoise.exceptions import IntegrityError
from tortoise.expressions import Q
from tortoise.transactions import in_transaction

from models.db import given
from models.domain_events.outbox import emit, publishing
from models.errors import AuthenticationFailed, Conflict, NotAllowed, NotFound, ValidationFailed
from models.i18n.catalogues import catalogue_of
from models.identity.callers import CallerKind, Identity
from models.identity.errors import IdentityErrorCode, TooManyCodeRequests
from models.identity.events import CustomerEnrolled
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
    Person,
    SignInCode,
)
from models.identity.tokens import LAST_USED_RESOLUTION
from models.notify.sms import SmsNotSent, SmsSender
from models.throttle import Throttle

log = logging.getLogger(__name__)

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
        raise ValidationFailed(IdentityErrorCode.INVALID_MOBILE,
                               "an Iranian mobile number such as 09121234567 "
                               "is required", field="mobile")
    return text


@dataclass(slots=True, frozen=True)
class Confirmation:
    """New memberships in a partner wait for the person: a one-time code goes to their mobile,
    and the membership is theirs once the code comes back (`confirm_membership`)."""

    sender: SmsSender
    policy: CodePolicy


async def create_customer(mobile: str, name: str = "", language: Language = Language.FA,
                          partner_id: int | None = None, *,
                          kind: CustomerKind = CustomerKind.INDIVIDUAL, email: str | None = None,
                          national_id: str | None = None,
                          confirmation: Confirmation | None = None) -> Customer:
    """Enrol the person with this mobile (the one already known, or a new one) as a member of
    `partner_id` or of the platform itself, with an IRR wallet of the membership's own.
    `national_id` is an individual's national ID or a legal person's company ID. Whether the
    person was known shows nowhere: the membership starts empty either way, and only a second
    membership of the same partner is refused (`customer_exists`). With `confirmation`, a
    membership in a partner is pending until the person sends back the code texted to them."""
    from models.wallet.wallets import create_wallet  # the wallet builds on identity

    mobile = normalise_mobile(mobile)
    if len(name) > 200:
        raise ValidationFailed(IdentityErrorCode.INVALID_NAME,
                               "a name has at most 200 characters", field="name")
    if email is not None:
        email = normalise_email(email)
    if national_id is not None:
        national_id = (normalise_national_id(national_id) if kind is CustomerKind.INDIVIDUAL
                       else normalise_company_id(national_id))
    if partner_id is not None and not await Partner.exists(id=partner_id, is_active=True):
        raise NotFound(IdentityErrorCode.PARTNER_NOT_FOUND,
                       f"no active partner {partner_id}", field="partnerId")
    pending = confirmation is not None and partner_id is not None
    for attempt in (1, 2):
        try:
            async with publishing(), in_transaction():
                person = await _person_for(mobile, national_id)
                if await Customer.exists(person_id=person.id, partner_id=partner_id):
                    raise Conflict(IdentityErrorCode.CUSTOMER_EXISTS,
                                   "this member has this mobile number", field="mobile")
                customer = await Customer.create(
                    person=person, name=name.strip(), language=language,
                    partner_id=partner_id, kind=kind, email=email, national_id=national_id,
                    confirmed_at=None if pending else datetime.now(UTC))
                await create_wallet(customer.id)
                await emit(CustomerEnrolled(customer_id=customer.id, partner_id=partner_id))
            break
        except IntegrityError:
            # A concurrent enrolment made the person (try again: it is found now) or this
            # very membership (it exists).
            if attempt == 2:
                raise Conflict(IdentityErrorCode.CUSTOMER_EXISTS,
                               "this member has this mobile number", field="mobile") from None
    if pending:
        assert confirmation is not None
        try:
            await send_membership_code(customer, confirmation.sender, confirmation.policy)
        except SmsNotSent:
            # The membership stays pending; `requestMembershipCode` sends another.
            log.warning("membership %s: the confirmation code was not sent", customer.id)
    return customer


async def _person_for(mobile: str, national_id: str | None) -> Person:
    """The person with `mobile`, made if unknown. A national ID another person has is refused;
    the person takes it when they have none yet (a membership keeps the one it recorded, which
    may differ: what another membership recorded never shows)."""
    person = await Person.select_for_update().get_or_none(mobile=mobile)
    if national_id is not None:
        holder = await Person.get_or_none(national_id=national_id)
        if holder is not None and (person is None or holder.id != person.id):
            raise Conflict(IdentityErrorCode.NATIONAL_ID_TAKEN, "a customer has this national ID",
                           field="nationalId")
    if person is None:
        return await Person.create(mobile=mobile, national_id=national_id)
    if person.national_id is None and national_id is not None:
        person.national_id = national_id
        await person.save(update_fields=["national_id"])
    return person


async def add_bank_account(customer_id: int, sheba: str, holder_name: str) -> BankAccount:
    """Record a customer's bank account by Sheba number; adding it again returns it."""
    sheba = normalise_sheba(sheba)
    holder_name = holder_name.strip()
    if not 1 <= len(holder_name) <= 200:
        raise ValidationFailed(IdentityErrorCode.INVALID_HOLDER_NAME,
                               "the holder's name is required "
                               "(at most 200 characters)", field="holderName")
    if not await Customer.exists(id=customer_id):
        raise NotFound(IdentityErrorCode.CUSTOMER_NOT_FOUND,
                       f"no customer {customer_id}", field="customerId")
    account, made = await BankAccount.get_or_create(
        customer_id=customer_id, sheba=sheba, defaults={"holder_name": holder_name})
    if not made and account.holder_name != holder_name:
        raise Conflict(IdentityErrorCode.BANK_ACCOUNT_EXISTS,
                       "this Sheba number is recorded with another "
                       "holder's name", field="sheba")
    return account


async def verify_bank_account(bank_account_id: int, *, by: str = "") -> BankAccount:
    """Mark a bank account verified (its holder confirmed as the customer) by `by` (an actor
    as the audit log names it); safe to repeat: the first verifier stays recorded."""
    account = await BankAccount.get_or_none(id=bank_account_id)
    if account is None:
        raise NotFound(IdentityErrorCode.BANK_ACCOUNT_NOT_FOUND,
                       f"no bank account {bank_account_id}",
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
                national_id: str | None = None,
                confirmation: Confirmation | None = None) -> Customer:
    """Enrol a customer: a partner always enrols its own members, staff choose the partner."""
    if actor.is_partner:
        if partner_id not in (None, actor.partner_id):
            raise NotFound(IdentityErrorCode.PARTNER_NOT_FOUND,
                           f"no partner {partner_id}", field="partnerId")
        partner_id = actor.partner_id
    return await create_customer(mobile, name, language, partner_id, kind=kind, email=email,
                                 national_id=national_id, confirmation=confirmation)


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
            raise NotFound(IdentityErrorCode.CUSTOMER_NOT_FOUND,
                           f"no customer {customer_id}", field="id")
        forbidden = fields - SELF_SERVICE_FIELDS
        if forbidden:
            raise NotAllowed(IdentityErrorCode.FIELD_NOT_SELF_SERVICE,
                             "a customer may change only their name, "
                             "email and language", field=_camel(sorted(forbidden)[0]))
    async with in_transaction():
        query = Customer.filter(id=customer_id)
        if actor.is_partner:
            query = query.filter(partner_id=actor.partner_id)
        customer = await query.select_for_update().prefetch_related("person").first()
        if customer is None:
            raise NotFound(IdentityErrorCode.CUSTOMER_NOT_FOUND,
                           f"no customer {customer_id}", field="id")
        if "name" in fields:
            if len(change.name) > 200:
                raise ValidationFailed(IdentityErrorCode.INVALID_NAME,
                                       "a name has at most 200 characters",
                                       field="name")
            customer.name = change.name.strip()
        if "email" in fields:
            customer.email = normalise_email(change.email) if change.email and \
                change.email.strip() else None
        if "language" in fields:
            customer.language = change.language
        if "kind" in fields:
            customer.kind = change.kind
        recorded = customer.national_id
        if "national_id" in fields:
            customer.national_id = change.national_id \
                if change.national_id and change.national_id.strip() else None
        if fields & {"kind", "national_id"} and customer.national_id is not None:
            customer.national_id = (normalise_national_id(customer.national_id)
                                    if customer.kind is CustomerKind.INDIVIDUAL
                                    else normalise_company_id(customer.national_id))
        if "mobile" in fields:
            await _move_to(customer, normalise_mobile(change.mobile))
        if fields & {"kind", "national_id", "mobile"} and customer.national_id is not None:
            await _record_national_id(customer, recorded)
        try:
            async with in_transaction():
                await customer.save()
        except IntegrityError:  # a concurrent change took the number first
            raise Conflict(IdentityErrorCode.CUSTOMER_EXISTS,
                           "a customer has this mobile number or national ID",
                           field="mobile") from None
    return customer


async def _record_national_id(customer: Customer, recorded: str | None) -> None:
    """Refuse a national ID that is another person's; the person takes it when they had none
    or had the one this membership recorded before."""
    person = customer.person
    if await Person.exclude(id=person.id).filter(national_id=customer.national_id).exists():
        raise Conflict(IdentityErrorCode.NATIONAL_ID_TAKEN, "a customer has this national ID",
                       field="nationalId")
    if person.national_id in (None, recorded) and person.national_id != customer.national_id:
        person.national_id = customer.national_id
        await person.save(update_fields=["national_id"])


async def _move_to(customer: Customer, mobile: str) -> None:
    """The membership becomes one of the person with `mobile` (made if unknown): a new number
    names another person. The partner must not hold that person already."""
    if mobile == customer.person.mobile:
        return
    person = await Person.get_or_none(mobile=mobile)
    if person is None:
        person = await Person.create(mobile=mobile)
    elif await Customer.exclude(id=customer.id).filter(
            person_id=person.id, partner_id=customer.partner_id).exists():
        raise Conflict(IdentityErrorCode.CUSTOMER_EXISTS,
                       "a customer has this mobile number", field="mobile")
    customer.person = person


def _camel(name: str) -> str:
    first, *rest = name.split("_")
    return first + "".join(part.title() for part in rest)


async def get_customer(customer_id: int) -> Customer | None:
    return await Customer.get_or_none(id=customer_id).prefetch_related("person")


async def find(actor: Identity, customer_id: int) -> Customer | None:
    """A customer the caller may read: any for staff, only its members for a partner."""
    query = Customer.filter(id=customer_id)
    if actor.is_partner:
        query = query.filter(partner_id=actor.partner_id)
    return await query.prefetch_related("person").first()


async def find_many(actor: Identity, customer_ids: Collection[int]) -> dict[int, Customer]:
    """The customers of `customer_ids` the caller may read, by id, in one query: any for staff,
    its members for a partner, themselves for a customer (as `find`, one at a time)."""
    query = Customer.filter(id__in=list(customer_ids))
    if actor.is_partner:
        query = query.filter(partner_id=actor.partner_id)
    elif actor.kind is CallerKind.CUSTOMER:
        query = query.filter(id=actor.customer_id)
    return {c.id: c for c in await query.select_related("person")}


async def page(actor: Identity, *, limit: int, after_id: int | None = None,
               partner_id: int | None = None, mobile: str | None = None,
               search: str | None = None) -> list[Customer]:
    """Customers in id order: of `partner_id` or all for staff; a partner's own members only.
    `search` matches the start of a mobile number (any written form) or part of a name."""
    if actor.is_partner:
        if partner_id not in (None, actor.partner_id):
            return []
        partner_id = actor.partner_id
    query = Customer.filter(**given(
        id__gt=after_id, partner_id=partner_id,
        person__mobile=None if mobile is None else normalise_mobile(mobile)))
    text = (search or "").strip()
    if text:
        number = western_digits(text).replace(" ", "").replace("-", "")
        if number.startswith("+98"):
            number = "0" + number[3:]
        condition = Q(name__icontains=text)
        if number.isascii() and number.isdigit():
            condition |= Q(person__mobile__startswith=number)
        query = query.filter(condition)
    return await query.order_by("id").limit(limit).prefetch_related("person")


def _code_hash(policy: CodePolicy, mobile: str, code: str,
               membership_id: int | None = None) -> str:
    if membership_id is not None:
        return keyed_hash(policy.secret_key, f"membership:{membership_id}:{mobile}:{code}")
    return keyed_hash(policy.secret_key, f"sign-in:{mobile}:{code}")


async def _new_code(mobile: str, policy: CodePolicy,
                    membership_id: int | None = None) -> tuple[str, SignInCode]:
    """A fresh code for `mobile` (to confirm `membership_id`, or to sign in), replacing the one
    before it; refused over `requests_per_hour` codes of its kind in the last hour."""
    code = f"{secrets.randbelow(10**CODE_DIGITS):0{CODE_DIGITS}d}"
    now = datetime.now(UTC)
    async with in_transaction() as tx:
        # One request per number at a time, so that the hourly count below is exact.
        await tx.execute_query("SELECT pg_advisory_xact_lock(hashtext($1))",
                               [f"sign-in-code:{mobile}"])
        recent = await SignInCode.filter(mobile=mobile, membership_id=membership_id,
                                         created_at__gt=now - _REQUEST_WINDOW) \
            .order_by("created_at").values_list("created_at", flat=True)
        if len(recent) >= policy.requests_per_hour:
            oldest: datetime = recent[0]  # type: ignore[assignment]  # values_list of one column
            wait = oldest + _REQUEST_WINDOW - now
            raise TooManyCodeRequests(max(1, int(wait.total_seconds()) + 1))
        await SignInCode.filter(mobile=mobile, membership_id=membership_id, used_at=None) \
            .update(used_at=now)
        row = await SignInCode.create(
            mobile=mobile, membership_id=membership_id,
            code_hash=_code_hash(policy, mobile, code, membership_id), created_at=now,
            expires_at=now + timedelta(seconds=policy.ttl_seconds))
    return code, row


async def _send(sender: SmsSender, mobile: str, text: str, code: str, row: SignInCode) -> None:
    try:
        await sender.send_code(mobile, code, text, local_id=row.id)
    except SmsNotSent:
        # Not sent: the code neither signs in nor counts against the hour's codes.
        await SignInCode.filter(id=row.id).delete()
        raise


async def _memberships(mobile: str) -> list[Customer]:
    """The person's confirmed memberships, the platform's first, then the oldest first."""
    rows = await Customer.filter(person__mobile=mobile, confirmed_at__not_isnull=True) \
        .order_by("id").prefetch_related("person")
    return sorted(rows, key=lambda c: c.partner_id is not None)


async def request_sign_in_code(mobile: str, sender: SmsSender, policy: CodePolicy,
                               address: str | None = None) -> datetime:
    """Send a fresh code to `mobile` if a person with a confirmed membership has it, asked for
    from client `address` (None: not over the network); returns when the code expires."""
    mobile = normalise_mobile(mobile)
    # The address's own limits first: an ask refused there costs the number nothing.
    await policy.address_may_ask(mobile, address or "local")
    code, row = await _new_code(mobile, policy)
    memberships = await _memberships(mobile)
    if memberships:
        text = CATALOGUE.text(str(memberships[0].language), "sign_in_code.sms", code=code)
        await _send(sender, mobile, text, code, row)
    return row.expires_at


def _refused(code: IdentityErrorCode, message: str) -> AuthenticationFailed:
    return AuthenticationFailed(code, message, field="oneTimeCode")


async def _check_code(row: SignInCode | None, known: bool, policy: CodePolicy, mobile: str,
                      code: str, membership_id: int | None = None) -> AuthenticationFailed | None:
    """The refusal for `code` against the latest unused `row`, counting a wrong guess; None if
    it is right (the caller then spends it)."""
    if row is None or not known:
        return _refused(IdentityErrorCode.CODE_INVALID, "the code is wrong; ask for a new one")
    if row.expires_at <= datetime.now(UTC):
        return _refused(IdentityErrorCode.CODE_EXPIRED, "the code has expired; ask for a new one")
    if row.attempts >= policy.max_attempts:
        return _refused(IdentityErrorCode.TOO_MANY_ATTEMPTS,
                        "too many wrong codes; ask for a new one")
    if not same(row.code_hash, _code_hash(policy, mobile, code, membership_id)):
        # Counted in the caller's transaction, which commits: the refusal is raised after it.
        row.attempts += 1
        await row.save(update_fields=["attempts"])
        left = policy.max_attempts - row.attempts
        return _refused(IdentityErrorCode.CODE_INVALID, f"the code is wrong; {left} tries left"
                        if left else "the code is wrong; ask for a new one")
    return None


def _chosen(memberships: list[Customer], partner_id: int | None) -> Customer | AuthenticationFailed:
    """The membership a session acts for: the named partner's; unnamed, the platform's, else the
    only one. A person in several partners only must name one."""
    if partner_id is not None:
        for membership in memberships:
            if membership.partner_id == partner_id:
                return membership
        return AuthenticationFailed(IdentityErrorCode.MEMBERSHIP_NOT_FOUND,
                                    "you are no member of this partner",
                                    field="partnerId")
    first = memberships[0]
    if first.partner_id is None or len(memberships) == 1:
        return first
    return AuthenticationFailed(IdentityErrorCode.PARTNER_REQUIRED,
                                "you are a member of several partners: "
                                "name the one to sign in to", field="partnerId")


async def sign_in_with_code(mobile: str, code: str, policy: CodePolicy,
                            partner_id: int | None = None) -> tuple[str, Customer]:
    """Check the latest code sent to `mobile` and open a session, shown once, for one of the
    person's memberships (`_chosen`). A right code that names no membership is not spent."""
    mobile = normalise_mobile(mobile)
    code = western_digits(code).strip()
    chosen: Customer | AuthenticationFailed
    async with in_transaction():
        row = await SignInCode.filter(mobile=mobile, membership_id=None, used_at=None) \
            .order_by("-id").select_for_update().first()
        memberships = await _memberships(mobile)
        refusal = await _check_code(row, bool(memberships), policy, mobile, code)
        if refusal is None:
            assert row is not None
            chosen = _chosen(memberships, partner_id)
            if isinstance(chosen, Customer):
                row.used_at = datetime.now(UTC)
                await row.save(update_fields=["used_at"])
            else:
                refusal = chosen
    if refusal is not None:
        raise refusal
    assert isinstance(chosen, Customer)
    return await open_session(chosen, policy.session_seconds), chosen


async def send_membership_code(customer: Customer, sender: SmsSender,
                               policy: CodePolicy) -> datetime:
    """Text the person a code that confirms their pending membership `customer`; returns when
    it expires. A confirmed membership needs none: `membership_confirmed`."""
    if not customer.pending:
        raise Conflict(IdentityErrorCode.MEMBERSHIP_CONFIRMED,
                       "the membership is confirmed already",
                       field="customerId")
    await customer.fetch_related("person", "partner")
    mobile = customer.person.mobile
    code, row = await _new_code(mobile, policy, customer.id)
    text = CATALOGUE.text(str(customer.language), "membership_code.sms", code=code,
                          partner=customer.partner.name if customer.partner else "")
    await _send(sender, mobile, text, code, row)
    return row.expires_at


async def confirm_membership(customer: Customer, code: str, policy: CodePolicy) -> Customer:
    """Confirm the pending membership `customer` with the code texted to its person; safe to
    repeat once confirmed."""
    code = western_digits(code).strip()
    async with in_transaction():
        customer = await Customer.select_for_update().get(id=customer.id)
        await customer.fetch_related("person")
        if not customer.pending:
            return customer
        row = await SignInCode.filter(membership_id=customer.id, used_at=None) \
            .order_by("-id").select_for_update().first()
        refusal = await _check_code(row, True, policy, customer.person.mobile, code,
                                    customer.id)
        if refusal is None:
            assert row is not None
            now = datetime.now(UTC)
            row.used_at = now
            await row.save(update_fields=["used_at"])
            customer.confirmed_at = now
            await customer.save(update_fields=["confirmed_at"])
    if refusal is not None:
        raise refusal
    return customer


async def require_confirmed(customer_id: int) -> None:
    """Refuse money into or out of a membership its person has not confirmed yet."""
    if await Customer.exists(id=customer_id, confirmed_at=None):
        raise NotAllowed(IdentityErrorCode.MEMBERSHIP_PENDING,
                         "the person has not confirmed this membership "
                         "yet", field="customerId")


async def open_session(customer: Customer, seconds: int) -> str:
    """A new session for `customer`; its secret is returned here once and never stored."""
    secret = new_secret(SESSION_PREFIX)
    await CustomerSession.create(customer=customer, prefix=secret[:10],
                                 token_hash=secret_hash(secret),
                                 expires_at=datetime.now(UTC) + timedelta(seconds=seconds))
    return secret


async def authenticate_session(secret: str) -> Identity:
    session = await CustomerSession.get_or_none(token_hash=secret_hash(secret),
                                                revoked_at=None) \
        .prefetch_related("customer__person")
    now = datetime.now(UTC)
    if session is None or session.expires_at <= now:
        raise AuthenticationFailed(IdentityErrorCode.INVALID_TOKEN,
                                   "the session is unknown, expired or ended")
    if session.last_used_at is None or now - session.last_used_at > LAST_USED_RESOLUTION:
        await CustomerSession.filter(id=session.id).update(last_used_at=now)
    customer = session.customer
    return Identity(kind=CallerKind.CUSTOMER, name=customer.name or customer.mobile,
                    customer_id=customer.id, token_id=session.id, by_session=True)


async def sign_out(secret: str) -> None:
    await CustomerSession.filter(token_hash=secret_hash(secret), revoked_at=None).update(
        revoked_at=datetime.now(UTC))
