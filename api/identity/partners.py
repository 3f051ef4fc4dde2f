"""Partners and their API keys: thin resolvers over `models.identity.partners`."""

from __future__ import annotations

from typing import Annotated

import strawberry

from api.context import Context
from api.errors import ConflictError, InvalidInput, NotFoundError
from api.idempotency import KEY_DESCRIPTION, key_field
from api.identity.types import Partner, PartnerKey
from api.ids import required_id
from api.pagination import Connection, connection, decode_cursor, page_size
from api.permissions import ALL_STAFF, MANAGERS, partner_operations, requires
from models.errors import Conflict
from models.identity import partners
from models.identity.callers import Identity
from models.identity.errors import IdentityErrorCode
from models.identity.idempotency import create_once
from models.identity.tables import Partner as PartnerRow
from models.identity.tables import PartnerKey as PartnerKeyRow
from models.identity.tables import PartnerKind


@strawberry.input(description="A new partner organisation.")
class PartnerInput:
    name: str
    kind: PartnerKind
    idempotency_key: str | None = key_field()


@strawberry.input(description="A new API key for a partner.")
class PartnerKeyInput:
    partner_id: strawberry.ID
    name: str
    scopes: list[str] = strawberry.field(
        description="Named scopes (ledger:read, ledger:write, customers:read, customers:write; "
                    "a write scope includes its read) or names of operations partners may call.")
    idempotency_key: str | None = strawberry.field(
        default=None, description=KEY_DESCRIPTION + " The secret is never shown twice: the same "
                                                    "key again answers ConflictError "
                                                    "secret_shown_once naming the key issued.")


@strawberry.type
class PartnerSuccess:
    partner: Partner


@strawberry.type
class PartnerKeySuccess:
    key: PartnerKey


@strawberry.type
class CreatePartnerKeySuccess:
    key: PartnerKey
    secret: str = strawberry.field(description="The key for 'Authorization: Bearer'. Shown "
                                               "only this once: it is stored as a hash.")


PartnerResult = Annotated[PartnerSuccess | InvalidInput | NotFoundError | ConflictError,
                          strawberry.union("PartnerResult")]
CreatePartnerKeyResult = Annotated[CreatePartnerKeySuccess | InvalidInput | NotFoundError
                                   | ConflictError,
                                   strawberry.union("CreatePartnerKeyResult")]
PartnerKeyResult = Annotated[PartnerKeySuccess | InvalidInput | NotFoundError,
                             strawberry.union("PartnerKeyResult")]


def _actor(info: strawberry.Info[Context, None]) -> Identity:
    identity = info.context.identity
    assert identity is not None  # the field's rule admits only signed-in callers
    return identity


@strawberry.type
class PartnerQuery:
    @strawberry.field(extensions=requires(staff=ALL_STAFF), description="Partners in id order.")
    async def partners(self, first: int = 50, after: str | None = None,
                       kind: PartnerKind | None = None) -> Connection[Partner]:
        limit = page_size(first)
        rows = await partners.page(limit=limit + 1, after_id=decode_cursor("partner", after),
                                   kind=kind)
        return connection([Partner.from_row(r) for r in rows], limit, "partner",
                          lambda p: int(p.id))

    @strawberry.field(extensions=requires(staff=ALL_STAFF))
    async def partner(self, id: strawberry.ID) -> Partner | None:
        row = await partners.find_partner(required_id(id, "id"))
        return Partner.from_row(row) if row else None

    @strawberry.field(extensions=requires(any_partner=True),
                      description="The partner whose key or staff member is calling.")
    async def current_partner(self, info: strawberry.Info[Context, None]) -> Partner:
        partner_id = _actor(info).partner_id
        assert partner_id is not None
        return Partner.from_row(await partners.get_partner(partner_id))

    @strawberry.field(extensions=requires(staff=MANAGERS, partner_staff=MANAGERS),
                      description="A partner's keys in id order, revoked ones included.")
    async def partner_keys(self, info: strawberry.Info[Context, None], partner_id: strawberry.ID,
                           first: int = 50, after: str | None = None) -> Connection[PartnerKey]:
        limit = page_size(first)
        rows = await partners.keys_page(_actor(info), required_id(partner_id, "partnerId"),
                                        limit=limit + 1,
                                        after_id=decode_cursor("partner_key", after))
        return connection([PartnerKey.from_row(r) for r in rows], limit, "partner_key",
                          lambda k: int(k.id))


@strawberry.type
class PartnerMutation:
    @strawberry.mutation(extensions=requires(staff=MANAGERS))
    async def create_partner(self, info: strawberry.Info[Context, None],
                             input: PartnerInput) -> PartnerResult:
        return PartnerSuccess(partner=Partner.from_row(await create_once(
            info.context.key_namespace, input.idempotency_key, "createPartner",
            {"name": input.name, "kind": input.kind.value},
            lambda: partners.create_partner(input.name, input.kind), PartnerRow)))

    @strawberry.mutation(extensions=requires(staff=MANAGERS),
                         description="Suspend a partner: its keys are revoked and its staff's "
                                     "sessions end.")
    async def deactivate_partner(self, partner_id: strawberry.ID) -> PartnerResult:
        return PartnerSuccess(partner=Partner.from_row(
            await partners.deactivate_partner(required_id(partner_id, "partnerId"))))

    @strawberry.mutation(extensions=requires(staff=MANAGERS, partner_staff=MANAGERS),
                         description="Issue an API key; its secret is in the answer, once.")
    async def create_partner_key(self, info: strawberry.Info[Context, None],
                                 input: PartnerKeyInput) -> CreatePartnerKeyResult:
        partner_id = required_id(input.partner_id, "partnerId")
        secrets: list[str] = []

        async def issue() -> PartnerKeyRow:
            secret, row = await partners.issue_key(_actor(info), partner_id, input.name,
                                                   input.scopes, partner_operations(info.schema))
            secrets.append(secret)
            return row

        row = await create_once(info.context.key_namespace, input.idempotency_key,
                                "createPartnerKey", {"partner": partner_id, "name": input.name,
                                                     "scopes": sorted(input.scopes)},
                                issue, PartnerKeyRow)
        if not secrets:  # a replay: the secret was shown once, and only a hash is kept
            raise Conflict(IdentityErrorCode.SECRET_SHOWN_ONCE,
                           f"this idempotency key issued key {row.id} "
                           f"({row.prefix}…) already; its secret is shown only once: revoke it "
                           "and issue another if the secret was lost", field="idempotencyKey")
        return CreatePartnerKeySuccess(key=PartnerKey.from_row(row), secret=secrets[0])

    @strawberry.mutation(extensions=requires(staff=MANAGERS, partner_staff=MANAGERS),
                         description="Revoke an API key at once; revoking twice is harmless.")
    async def revoke_partner_key(self, info: strawberry.Info[Context, None],
                                 key_id: strawberry.ID) -> PartnerKeyResult:
        row = await partners.revoke_key(_actor(info), required_id(key_id, "keyId"))
        return PartnerKeySuccess(key=PartnerKey.from_row(row))
