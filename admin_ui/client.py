"""The admin's only way to the data: GraphQL operations executed in-process on the API's schema.

The admin goes through the same schema as every partner, so permissions, validation and audit
are the API's. Top-level errors become an `ApiError`; typed errors (`UserError` members of a
result union) are data, and the page reads them from the result.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import strawberry
from graphql import GraphQLError

from admin_ui.parts import MenuEntry
from api.context import context_for_token
from api.schema import SchemaParts, build_schema
from etebar.settings import Settings


class ApiError(Exception):
    """The schema answered with top-level errors: a permission failure, bad input or a bug."""

    def __init__(self, messages: Sequence[str], codes: Sequence[str | None] = ()) -> None:
        self.messages = list(messages)
        self.codes = list(codes)
        super().__init__("; ".join(self.messages) or "the API returned no data")

    @classmethod
    def from_errors(cls, errors: Sequence[GraphQLError]) -> ApiError:
        codes = [_code(e) for e in errors]
        error = cls([e.message for e in errors], codes)
        if "UNAUTHENTICATED" in codes:
            return SessionExpired(error.messages, codes)
        return error


def _code(error: GraphQLError) -> str | None:
    code = (error.extensions or {}).get("code")
    return str(code) if code is not None else None


class SessionExpired(ApiError):
    """The session token is unknown, expired or revoked: the staff member must sign in again."""


class AdminApi:
    """The schema, built once, and a way to run an operation as the holder of a session token;
    `menu` is the pages the frame offers, in order (each shown to who may call its operation)."""

    def __init__(self, settings: Settings, parts: SchemaParts,
                 menu: Sequence[MenuEntry] = ()) -> None:
        self._schema: strawberry.Schema = build_schema(settings, parts)
        self._settings = settings
        self.menu = tuple(menu)

    async def execute(self, query: str, variables: Mapping[str, Any] | None = None, *,
                      token: str | None = None, address: str | None = None) -> dict[str, Any]:
        """Run `query` as the holder of `token` (anonymous without one), for the browser at
        client `address` (sign-in attempts are counted per address); returns its data."""
        context = await context_for_token(token, settings=self._settings, address=address)
        if token is not None and context.identity is None:
            # The operation cannot succeed; say so without a round of permission errors in the log.
            raise SessionExpired([context.auth_error or "the session is not valid"],
                                 ["UNAUTHENTICATED"])
        result = await self._schema.execute(query, variable_values=dict(variables or {}),
                                            context_value=context)
        if result.errors:
            raise ApiError.from_errors(result.errors)
        if result.data is None:
            raise ApiError([])
        return result.data
