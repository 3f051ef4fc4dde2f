"""Staff: sign in (opens a session, with lockout), sign out, `me`, and managing staff."""

from __future__ import annotations

from typing import Annotated

import strawberry

from api.context import Context
from api.errors import (
    ConflictError,
    InvalidInput,
    NotAllowedError,
    NotFoundError,
    SignInFailed,
)
from api.idempotency import key_field
from api.identity.errors import SignInLocked
from api.identity.types import Staff
from api.ids import parse_id, required_id
from api.pagination import Connection, connection, decode_cursor, page_size
from api.permissions import ALL_STAFF, MANAGERS, allowed_operations, requires
from models.identity import authentication, tokens
from models.identity import staff as staff_ops
from models.identity.callers import Identity
from models.identity.idempotency import create_once
from models.identity.tables import Language, StaffRole, StaffUser


@strawberry.type
class SignInSuccess:
    token: str = strawberry.field(description="A session token for 'Authorization: Bearer'.")
    staff: Staff


@strawberry.type
class SignOutSuccess:
    signed_out: bool


@strawberry.type
class StaffSuccess:
    staff: Staff


@strawberry.input(description="A new staff member; with partnerId, one of that partner's.")
class StaffInput:
    email: str
    name: str
    password: str
    role: StaffRole = StaffRole.OPERATOR
    partner_id: strawberry.ID | None = None
    idempotency_key: str | None = key_field()


SignInResult = Annotated[SignInSuccess | SignInFailed | SignInLocked,
                         strawberry.union("SignInResult")]
StaffResult = Annotated[
    StaffSuccess | InvalidInput | ConflictError | NotFoundError | NotAllowedError,
    strawberry.union("StaffResult")]


def _actor(info: strawberry.Info[Context, None]) -> Identity:
    identity = info.context.identity
    assert identity is not None  # the field's rule admits only signed-in callers
    return identity


@strawberry.type
class IdentityQuery:
    @strawberry.field(extensions=requires(staff=ALL_STAFF, partner_staff=ALL_STAFF),
                      description="The signed-in staff member.")
    async def me(self, info: strawberry.Info[Context, None]) -> Staff:
        return Staff.from_row(await StaffUser.get(id=_actor(info).staff_id))

    @strawberry.field(extensions=requires(staff=ALL_STAFF, partner_staff=ALL_STAFF),
                      description="The queries and mutations the signed-in staff member may "
                                  "call, by the same rules that guard them.")
    def my_operations(self, info: strawberry.Info[Context, None]) -> list[str]:
        return sorted(allowed_operations(info.schema, _actor(info)))

    @strawberry.field(extensions=requires(staff=MANAGERS),
                      description="Staff in id order: a partner's (partnerId), or everyone.")
    async def staff_members(self, first: int = 50, after: str | None = None,
                            partner_id: strawberry.ID | None = None,
                            active: bool | None = None) -> Connection[Staff]:
        limit = page_size(first)
        rows = await staff_ops.page(limit=limit + 1, after_id=decode_cursor("staff", after),
                                    partner_id=parse_id(partner_id, "partnerId"), active=active)
        return connection([Staff.from_row(r) for r in rows], limit, "staff",
                          lambda s: int(s.id))


@strawberry.type
class IdentityMutation:
    @strawberry.mutation(extensions=requires(public=True),
                         description="Open an admin session with email and password. Too many "
                                     "wrong passwords lock that email at the caller's address, "
                                     "and then the address, for a while; other addresses are "
                                     "not locked. Calls are counted per client address.")
    async def staff_sign_in(self, info: strawberry.Info[Context, None], email: str,
                            password: str) -> SignInResult:
        secret, identity = await tokens.sign_in(email, password, info.context.lockout,
                                                info.context.address)
        return SignInSuccess(token=secret,
                             staff=Staff.from_row(await StaffUser.get(id=identity.staff_id)))

    @strawberry.mutation(extensions=requires(staff=ALL_STAFF, partner_staff=ALL_STAFF,
                                             customer=True),
                         description="End the session whose token made this request.")
    async def sign_out(self, info: strawberry.Info[Context, None]) -> SignOutSuccess:
        if info.context.token is not None:
            await authentication.sign_out(info.context.token)
        return SignOutSuccess(signed_out=True)

    @strawberry.mutation(extensions=requires(staff=ALL_STAFF, partner_staff=ALL_STAFF),
                         description="Choose the admin's language for yourself.")
    async def set_my_language(self, info: strawberry.Info[Context, None],
                              language: Language) -> StaffResult:
        return StaffSuccess(staff=Staff.from_row(
            await staff_ops.set_language(_actor(info), language)))

    @strawberry.mutation(extensions=requires(staff=MANAGERS),
                         description="Add a staff member. Only an owner may add an owner.")
    async def create_staff(self, info: strawberry.Info[Context, None],
                           input: StaffInput) -> StaffResult:
        partner_id = parse_id(input.partner_id, "partnerId")
        # The password is left out of the request's digest: no fingerprint of it is kept.
        row = await create_once(
            info.context.key_namespace, input.idempotency_key, "createStaff",
            {"email": input.email, "name": input.name, "role": input.role.value,
             "partner": partner_id},
            lambda: staff_ops.create(_actor(info), input.email, input.name, input.password,
                                     input.role, partner_id), StaffUser)
        return StaffSuccess(staff=Staff.from_row(row))

    @strawberry.mutation(extensions=requires(staff=MANAGERS),
                         description="Change a staff member's role. Only an owner may make or "
                                     "unmake an owner; the platform keeps at least one.")
    async def change_staff_role(self, info: strawberry.Info[Context, None],
                                staff_id: strawberry.ID, role: StaffRole) -> StaffResult:
        row = await staff_ops.change_role(_actor(info), required_id(staff_id, "staffId"), role)
        return StaffSuccess(staff=Staff.from_row(row))

    @strawberry.mutation(extensions=requires(staff=MANAGERS),
                         description="Deactivate a staff member and end all their sessions and "
                                     "tokens.")
    async def deactivate_staff(self, info: strawberry.Info[Context, None],
                               staff_id: strawberry.ID) -> StaffResult:
        row = await staff_ops.deactivate(_actor(info), required_id(staff_id, "staffId"))
        return StaffSuccess(staff=Staff.from_row(row))
