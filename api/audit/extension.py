"""Every mutation by a signed-in caller is audited here, in one place for the whole schema.

`audit_every_mutation(Mutation)` puts `AuditMutation` on each root mutation field, outermost, so
it sees refusals by the field's access rule too. A field extension rather than a schema
extension's `resolve` hook: that hook would sit in the path of every field of every response.
"""

from __future__ import annotations

import dataclasses
import logging
import time
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from enum import Enum
from typing import Any

import strawberry
from graphql import GraphQLError
from strawberry.extensions.field_extension import FieldExtension
from strawberry.types.base import get_object_definition
from strawberry.types.unset import UNSET
from strawberry.utils.str_converters import to_camel_case

from api.errors import UserError
from models.audit import log
from models.errors import DomainError
from models.identity.callers import Identity

logger = logging.getLogger(__name__)


def outcome_of(result: Any) -> str:
    """A success as its GraphQL type's name; an expected error as its code."""
    if isinstance(result, UserError):
        return result.code
    definition = get_object_definition(result)
    return definition.name if definition is not None else type(result).__name__


def error_code(error: BaseException) -> str:
    """A refusal (FORBIDDEN, a domain error's code) or `internal_error` for a bug."""
    if isinstance(error, GraphQLError) and (error.extensions or {}).get("code"):
        return str((error.extensions or {})["code"])
    if isinstance(error, DomainError):
        return error.code
    return "internal_error"


def as_sent(value: Any) -> Any:
    """Parsed arguments back in the shape the caller sent them: input objects as objects with
    camelCase names, enums as their values, omitted optional fields left out."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {to_camel_case(f.name): as_sent(getattr(value, f.name))
                for f in dataclasses.fields(value) if getattr(value, f.name) is not UNSET}
    if isinstance(value, list | tuple):
        return [as_sent(v) for v in value]
    if isinstance(value, Enum):
        return value.value
    return value


class AuditMutation(FieldExtension):
    """Writes one audit entry per mutation a signed-in caller runs: who, which operation, when,
    its arguments (secrets masked by `models.audit.log`), and how it ended, refusals included.

    The entry is written after the mutation's own transaction: should writing it fail, the
    mutation's answer still stands and the failure is logged as an error."""

    async def resolve_async(self, next_: Callable[..., Awaitable[Any]], source: Any,
                            info: strawberry.Info, **kwargs: Any) -> Any:
        identity = getattr(info.context, "identity", None)
        if identity is None:
            return await next_(source, info, **kwargs)
        at = datetime.now(UTC)
        started = time.perf_counter()
        arguments = {to_camel_case(k): as_sent(v) for k, v in kwargs.items() if v is not UNSET}
        try:
            result = await next_(source, info, **kwargs)
        except Exception as error:
            await _write(identity, info.field_name, arguments, error_code(error), at, started)
            raise
        await _write(identity, info.field_name, arguments, outcome_of(result), at, started)
        return result


def audit_every_mutation(mutation: type) -> None:
    """Audit each field of the root mutation type (once, however often the schema is built)."""
    definition = get_object_definition(mutation, strict=True)
    for field in definition.fields:
        if not any(isinstance(e, AuditMutation) for e in field.extensions):
            field.extensions.append(AuditMutation())


async def _write(identity: Identity, operation: str, arguments: dict[str, Any], outcome: str,
                 at: datetime, started: float) -> None:
    duration_ms = int((time.perf_counter() - started) * 1000)
    try:
        await log.record(identity, operation, arguments, outcome, at, duration_ms)
    except Exception:
        logger.exception("could not audit %s by %s (%s)", operation, identity.actor, outcome)
