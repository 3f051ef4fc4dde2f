"""Staff sign-in (opens a session token), sign-out and `me`."""

from __future__ import annotations

from typing import Annotated

import strawberry
from strawberry.permission import PermissionExtension

from api.context import Context
from api.errors import UserError
from api.permissions import Public, staff_only
from models.errors import AuthenticationFailed
from models.identity import tokens


@strawberry.type(description="A staff member.")
class Staff:
    id: strawberry.ID
    email: str
    name: str
    role: str

    @classmethod
    def from_identity(cls, identity: tokens.Identity) -> Staff:
        return cls(id=strawberry.ID(str(identity.staff_id)), email=identity.email,
                   name=identity.name, role=identity.role.value)


@strawberry.type
class SignInSuccess:
    token: str = strawberry.field(description="A session token for 'Authorization: Bearer'.")
    staff: Staff


@strawberry.type(description="The email or the password is wrong.")
class SignInFailed(UserError):
    pass


@strawberry.type
class SignOutSuccess:
    signed_out: bool


SignInResult = Annotated[SignInSuccess | SignInFailed, strawberry.union("SignInResult")]


@strawberry.type
class IdentityQuery:
    @strawberry.field(extensions=staff_only(), description="The signed-in staff member.")
    def me(self, info: strawberry.Info[Context, None]) -> Staff:
        assert info.context.identity is not None
        return Staff.from_identity(info.context.identity)


@strawberry.type
class IdentityMutation:
    @strawberry.mutation(extensions=[PermissionExtension(permissions=[Public()])],
                         description="Open an admin session with email and password.")
    async def staff_sign_in(self, email: str, password: str) -> SignInResult:
        try:
            secret, identity = await tokens.sign_in(email, password)
        except AuthenticationFailed as error:
            return SignInFailed(code=error.code, message=error.message, field="password")
        return SignInSuccess(token=secret, staff=Staff.from_identity(identity))

    @strawberry.mutation(extensions=staff_only(),
                         description="End the session whose token made this request.")
    async def sign_out(self, info: strawberry.Info[Context, None]) -> SignOutSuccess:
        if info.context.token is not None:
            await tokens.sign_out(info.context.token)
        return SignOutSuccess(signed_out=True)
