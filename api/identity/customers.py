"""Customers: enrolment, sign-in by SMS code, and what the local SMS catcher holds."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

import strawberry
from strawberry.types.unset import UNSET

from api.context import Context
from api.errors import (
    ConflictError,
    InvalidInput,
    NotAllowedError,
    NotFoundError,
    SignInFailed,
)
from api.idempotency import key_field
from api.identity.errors import TooManyCodeRequestsError
from api.identity.types import CaughtSms, Customer
from api.ids import parse_id, required_id, to_id
from api.notify.errors import SmsNotSentError
from api.pagination import Connection, connection, decode_cursor, page_size
from api.permissions import ALL_STAFF, MANAGERS, MOVERS, Scope, requires
from models.errors import CommonErrorCode, ValidationFailed
from models.identity import customers
from models.identity.callers import CallerKind, Identity
from models.identity.customers import ProfileChange
from models.identity.errors import IdentityErrorCode
from models.identity.idempotency import create_once
from models.identity.reach import acting_for
from models.identity.tables import Customer as CustomerRow
from models.identity.tables import CustomerKind, Language, StaffRole
from models.notify.adapters import catcher


@strawberry.input(description="A new customer; a partner's are always its own members.")
class CustomerInput:
    mobile: str = strawberry.field(description="09xxxxxxxxx; +98 and 0098 forms are accepted.")
    name: str = ""
    language: Language = Language.FA
    partner_id: strawberry.ID | None = None
    kind: CustomerKind = CustomerKind.INDIVIDUAL
    email: str | None = None
    national_id: str | None = strawberry.field(
        default=None, description="An individual's national ID (checksum validated) or a "
                                  "legal person's 11-digit company national ID.")
    idempotency_key: str | None = key_field()


@strawberry.input(description="Changes to a customer's profile: only the fields given change; "
                              "an empty or null email or national ID clears it. A customer may "
                              "change their own name, email and language.")
class UpdateCustomerInput:
    id: strawberry.ID | None = strawberry.field(
        default=None, description="The customer; a customer may leave it out for themself.")
    name: str | None = UNSET
    email: str | None = UNSET
    language: Language | None = UNSET
    mobile: str | None = UNSET
    kind: CustomerKind | None = UNSET
    national_id: str | None = UNSET

    def change(self) -> ProfileChange:
        given = {name for name in ("name", "email", "language", "mobile", "kind", "national_id")
                 if getattr(self, name) is not UNSET}
        for name in ("name", "language", "mobile", "kind"):
            if name in given and getattr(self, name) is None:
                raise ValidationFailed(CommonErrorCode.INVALID_INPUT,
                                       f"{name} cannot be null", field=name)
        return ProfileChange(
            given=frozenset(given), name=self.name or "", email=self.email or None,
            language=self.language or Language.FA, mobile=self.mobile or "",
            kind=self.kind or CustomerKind.INDIVIDUAL, national_id=self.national_id or None)


@strawberry.type
class CustomerSuccess:
    customer: Customer


@strawberry.type(description="If a customer has this number, a code is on its way by SMS.")
class SignInCodeSent:
    mobile: str
    expires_at: datetime


@strawberry.type(description="A code to confirm the membership is on its way to its person.")
class MembershipCodeSent:
    customer_id: strawberry.ID
    expires_at: datetime


@strawberry.type
class CustomerSignInSuccess:
    token: str = strawberry.field(description="A session token for 'Authorization: Bearer'.")
    customer: Customer


CustomerResult = Annotated[CustomerSuccess | InvalidInput | ConflictError | NotFoundError
                           | NotAllowedError, strawberry.union("CustomerResult")]
RequestSignInCodeResult = Annotated[SignInCodeSent | InvalidInput | TooManyCodeRequestsError
                                    | SmsNotSentError,
                                    strawberry.union("RequestSignInCodeResult")]
RequestMembershipCodeResult = Annotated[MembershipCodeSent | InvalidInput | NotFoundError
                                        | ConflictError | TooManyCodeRequestsError
                                        | SmsNotSentError,
                                        strawberry.union("RequestMembershipCodeResult")]
ConfirmMembershipResult = Annotated[CustomerSuccess | SignInFailed | InvalidInput
                                    | NotFoundError, strawberry.union("ConfirmMembershipResult")]
CustomerSignInResult = Annotated[CustomerSignInSuccess | SignInFailed | InvalidInput,
                                 strawberry.union("CustomerSignInResult")]


def _actor(info: strawberry.Info[Context, None]) -> Identity:
    identity = info.context.identity
    assert identity is not None  # the field's rule admits only signed-in callers
    return identity


@strawberry.type
class CustomerQuery:
    @strawberry.field(extensions=requires(staff=ALL_STAFF, partner=Scope.CUSTOMERS_READ),
                      description="Customers in id order; a partner sees only its members. "
                                  "search matches the start of a mobile number or part of a "
                                  "name.")
    async def customers(self, info: strawberry.Info[Context, None], first: int = 50,
                        after: str | None = None, mobile: str | None = None,
                        partner_id: strawberry.ID | None = None,
                        search: str | None = None) -> Connection[Customer]:
        limit = page_size(first)
        rows = await customers.page(_actor(info), limit=limit + 1,
                                    after_id=decode_cursor("customer", after), mobile=mobile,
                                    partner_id=parse_id(partner_id, "partnerId"), search=search)
        return connection([Customer.from_row(r) for r in rows], limit, "customer",
                          lambda c: int(c.id))

    @strawberry.field(extensions=requires(staff=ALL_STAFF, partner=Scope.CUSTOMERS_READ))
    async def customer(self, info: strawberry.Info[Context, None],
                       id: strawberry.ID) -> Customer | None:
        row = await customers.find(_actor(info), required_id(id, "id"))
        return Customer.from_row(row) if row else None

    @strawberry.field(extensions=requires(customer=True),
                      description="The signed-in customer.")
    async def current_customer(self, info: strawberry.Info[Context, None]) -> Customer:
        customer_id = _actor(info).customer_id
        assert customer_id is not None
        row = await customers.get_customer(customer_id)
        assert row is not None  # their session is valid, so they exist
        return Customer.from_row(row)


@strawberry.type
class CaughtSmsQuery:
    """The SMS catcher's inbox: part of the schema outside production only (`build_schema`)."""

    @strawberry.field(extensions=requires(staff=MANAGERS | {StaffRole.SUPPORT}),
                      description="Texts the local SMS catcher kept (development and tests), "
                                  "newest first.")
    async def caught_sms(self, first: int = 50, after: str | None = None,
                         mobile: str | None = None) -> Connection[CaughtSms]:
        limit = page_size(first)
        rows = await catcher.caught(
            limit=limit + 1, before_id=decode_cursor("sms", after),
            mobile=customers.normalise_mobile(mobile) if mobile is not None else None)
        return connection([CaughtSms.from_row(r) for r in rows], limit, "sms",
                          lambda m: int(m.id))


@strawberry.type
class CustomerMutation:
    @strawberry.mutation(extensions=requires(staff=MOVERS, partner=Scope.CUSTOMERS_WRITE),
                         description="Enrol the person with this mobile number as a member "
                                     "(a partner's own): a new membership with an empty "
                                     "wallet, whether or not the person is known elsewhere; "
                                     "customer_exists when this partner has them already. "
                                     "Pending until confirmMembership when the platform asks "
                                     "for confirmation.")
    async def create_customer(self, info: strawberry.Info[Context, None],
                              input: CustomerInput) -> CustomerResult:
        partner_id = parse_id(input.partner_id, "partnerId")
        row = await create_once(
            info.context.key_namespace, input.idempotency_key, "createCustomer",
            {"mobile": input.mobile, "name": input.name, "language": input.language.value,
             "partner": partner_id, "kind": input.kind.value, "email": input.email,
             "national_id": input.national_id},
            lambda: customers.enrol(_actor(info), input.mobile, input.name, input.language,
                                    partner_id, kind=input.kind, email=input.email,
                                    national_id=input.national_id,
                                    confirmation=info.context.membership_confirmation),
            CustomerRow)
        await row.fetch_related("person")  # a replay answers the bare row
        return CustomerSuccess(customer=Customer.from_row(row))

    @strawberry.mutation(extensions=requires(staff=MOVERS, partner=Scope.CUSTOMERS_WRITE,
                                             customer=True),
                         description="Change a customer's profile: staff anyone's, a partner "
                                     "its members', a customer their own name, email and "
                                     "language.")
    async def update_customer(self, info: strawberry.Info[Context, None],
                              input: UpdateCustomerInput) -> CustomerResult:
        actor = _actor(info)
        customer_id = parse_id(input.id, "id")
        if customer_id is None:
            if actor.kind is not CallerKind.CUSTOMER:
                raise ValidationFailed(IdentityErrorCode.INVALID_ID,
                                       "name the customer", field="id")
            customer_id = actor.customer_id
        assert customer_id is not None
        row = await customers.update_customer(actor, customer_id, input.change())
        return CustomerSuccess(customer=Customer.from_row(row))

    @strawberry.mutation(extensions=requires(public=True),
                         description="Send a one-time sign-in code by SMS to a customer's "
                                     "mobile number. The answer is the same for any number.")
    async def request_sign_in_code(self, info: strawberry.Info[Context, None],
                                   mobile: str) -> RequestSignInCodeResult:
        expires_at = await customers.request_sign_in_code(mobile, info.context.sms,
                                                          info.context.code_policy,
                                                          info.context.address)
        return SignInCodeSent(mobile=customers.normalise_mobile(mobile), expires_at=expires_at)

    @strawberry.mutation(extensions=requires(public=True),
                         description="Open a customer session with the code sent by SMS. The "
                                     "session acts for one of the person's memberships: the "
                                     "partner's named by partnerId; unnamed, the platform's, or "
                                     "else the only one (a member of several partners only is "
                                     "asked to name one: partner_required).")
    async def customer_sign_in(self, info: strawberry.Info[Context, None], mobile: str,
                               one_time_code: str,
                               partner_id: strawberry.ID | None = None) -> CustomerSignInResult:
        secret, row = await customers.sign_in_with_code(mobile, one_time_code,
                                                        info.context.code_policy,
                                                        parse_id(partner_id, "partnerId"))
        return CustomerSignInSuccess(token=secret, customer=Customer.from_row(row))

    @strawberry.mutation(extensions=requires(staff=MOVERS, partner=Scope.CUSTOMERS_WRITE),
                         description="Text the person of a pending membership a new code to "
                                     "confirm it with (one went at enrolment).")
    async def request_membership_code(self, info: strawberry.Info[Context, None],
                                      customer_id: strawberry.ID) -> RequestMembershipCodeResult:
        row = await _reached(info, customer_id)
        expires_at = await customers.send_membership_code(row, info.context.sms,
                                                          info.context.code_policy)
        return MembershipCodeSent(customer_id=to_id(row.id), expires_at=expires_at)

    @strawberry.mutation(extensions=requires(staff=MOVERS, partner=Scope.CUSTOMERS_WRITE),
                         description="Confirm a pending membership with the code its person "
                                     "was texted; the membership is then theirs to sign in to, "
                                     "top up and pay from. Safe to repeat.")
    async def confirm_membership(self, info: strawberry.Info[Context, None],
                                 customer_id: strawberry.ID,
                                 one_time_code: str) -> ConfirmMembershipResult:
        row = await _reached(info, customer_id)
        row = await customers.confirm_membership(row, one_time_code, info.context.code_policy)
        return CustomerSuccess(customer=Customer.from_row(row))


async def _reached(info: strawberry.Info[Context, None], customer_id: strawberry.ID) -> CustomerRow:
    """The membership a staff member or a partner names, if in reach (`acting_for`)."""
    reached = await acting_for(_actor(info), required_id(customer_id, "customerId"))
    row = await customers.get_customer(reached)
    assert row is not None  # acting_for found it
    return row
