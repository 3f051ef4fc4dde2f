"""Merchants' terminals and their keys: create and deactivate terminals, issue a key (its
secret shown once) and revoke it. Thin resolvers over `models.loyalty.terminals`."""

from __future__ import annotations

from typing import Annotated

import strawberry

from api.context import Context
from api.errors import ConflictError, InvalidInput, NotAllowedError, NotFoundError
from api.ids import parse_id, required_id
from api.loyalty.clubs import READERS, WRITERS, actor
from api.loyalty.types import Terminal, TerminalKey
from api.permissions import requires
from models.errors import NotFound
from models.loyalty import merchants, terminals
from models.loyalty.tables import Terminal as TerminalRow


async def terminal_type(row: TerminalRow) -> Terminal:
    return Terminal.from_row(row, await terminals.keys_of([row.id]))


@strawberry.type
class TerminalSuccess:
    terminal: Terminal


@strawberry.type
class IssueTerminalKeySuccess:
    key: TerminalKey
    secret: str = strawberry.field(description="The key for 'Authorization: Bearer'. Shown "
                                               "only this once: it is stored as a hash.")


@strawberry.type
class TerminalKeySuccess:
    key: TerminalKey


TerminalResult = Annotated[TerminalSuccess | InvalidInput | NotFoundError | ConflictError,
                           strawberry.union("TerminalResult")]
IssueTerminalKeyResult = Annotated[IssueTerminalKeySuccess | NotFoundError | NotAllowedError,
                                   strawberry.union("IssueTerminalKeyResult")]
TerminalKeyResult = Annotated[TerminalKeySuccess | NotFoundError,
                              strawberry.union("TerminalKeyResult")]


@strawberry.type
class TerminalQuery:
    @strawberry.field(extensions=requires(**READERS),
                      description="A merchant's terminals with their keys (never the secrets).")
    async def terminals(self, info: strawberry.Info[Context, None],
                        merchant_id: strawberry.ID) -> list[Terminal]:
        merchant = required_id(merchant_id, "merchantId")
        try:
            await merchants.reaches_merchant(actor(info), merchant)
        except NotFound:
            return []
        rows = await terminals.terminals_of(merchant)
        keys = await terminals.keys_of([t.id for t in rows])
        return [Terminal.from_row(t, [k for k in keys if k.terminal_id == t.id]) for t in rows]


@strawberry.type
class TerminalMutation:
    @strawberry.mutation(extensions=requires(**WRITERS),
                         description="A merchant's new POS terminal.")
    async def create_terminal(self, info: strawberry.Info[Context, None],
                              merchant_id: strawberry.ID, serial: str, name: str = "",
                              branch_id: strawberry.ID | None = None) -> TerminalResult:
        row = await terminals.create_terminal(actor(info),
                                              required_id(merchant_id, "merchantId"), serial,
                                              name, parse_id(branch_id, "branchId"))
        return TerminalSuccess(terminal=await terminal_type(row))

    @strawberry.mutation(extensions=requires(**WRITERS),
                         description="Take a terminal out of service: its keys stop working.")
    async def deactivate_terminal(self, info: strawberry.Info[Context, None],
                                  id: strawberry.ID) -> TerminalResult:
        row = await terminals.deactivate_terminal(actor(info), required_id(id, "id"))
        return TerminalSuccess(terminal=await terminal_type(row))

    @strawberry.mutation(extensions=requires(**WRITERS),
                         description="A new key for a terminal: its secret is shown only in "
                                     "this answer.")
    async def issue_terminal_key(self, info: strawberry.Info[Context, None],
                                 terminal_id: strawberry.ID) -> IssueTerminalKeyResult:
        secret, key = await terminals.issue_key(actor(info),
                                                required_id(terminal_id, "terminalId"))
        return IssueTerminalKeySuccess(key=TerminalKey.from_row(key), secret=secret)

    @strawberry.mutation(extensions=requires(**WRITERS),
                         description="Revoke a terminal's key; safe to repeat.")
    async def revoke_terminal_key(self, info: strawberry.Info[Context, None],
                                  id: strawberry.ID) -> TerminalKeyResult:
        key = await terminals.revoke_key(actor(info), required_id(id, "id"))
        return TerminalKeySuccess(key=TerminalKey.from_row(key))
