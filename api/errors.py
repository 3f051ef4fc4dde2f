"""Expected errors in the schema: the `UserError` interface, one declaration per expected error,
and what the schema is built from (handlers in order of specificity, the code enums).

Domain operations raise `DomainError`s. Each domain's api package declares, for each refusal
it answers with a type of its own, the domain exception, its GraphQL type and how one becomes
the other (`declare_error`), and lists the code enums its domain raises; `DomainErrors` holds
both. `collect_errors` turns every domain's declarations into Strawberry's exception handlers,
ordered so that a subclass's handler always comes before its base's, whatever the order of the
lists. A handler applies where a mutation's result union lists its type; anything else (a bug, a
permission failure) stays a top-level error.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from enum import Enum
from functools import cache
from typing import Any, Generic, TypeVar

import strawberry

from models.errors import (
    AuthenticationFailed,
    CommonErrorCode,
    Conflict,
    DomainError,
    ErrorCode,
    NotAllowed,
    NotFound,
    ValidationFailed,
)


@strawberry.interface(description="An expected refusal: nothing was written.")
class UserError:
    code: str = strawberry.field(
        description="Stable snake_case reason, e.g. exceeds_credits: a value of one of the "
                    "*ErrorCode enums (or TransferResult), the codes each domain answers with.")
    message: str
    field: str | None = strawberry.field(description="The input field at fault, if any.")


@strawberry.type(description="The input is malformed or out of range.")
class InvalidInput(UserError):
    pass


@strawberry.type(description="Nothing exists under the given id.")
class NotFoundError(UserError):
    pass


@strawberry.type(description="The request clashes with what is stored.")
class ConflictError(UserError):
    pass


@strawberry.type(description="The caller may not do this to this object or with these values.")
class NotAllowedError(UserError):
    pass


@strawberry.type(description="The credentials (password, one-time code) are wrong or spent.")
class SignInFailed(UserError):
    pass


ExceptionT = TypeVar("ExceptionT", bound=DomainError)
ErrorT = TypeVar("ErrorT", bound=UserError)


def fields(error: DomainError) -> dict[str, Any]:
    """The fields every `UserError` has, from the domain error."""
    return {"code": error.code, "message": error.message, "field": error.field}


@dataclass(frozen=True)
class ErrorDeclaration(Generic[ExceptionT, ErrorT]):
    """A domain exception, the GraphQL type it is answered as, and the conversion."""

    exception: type[ExceptionT]
    error_type: type[ErrorT]
    convert: Callable[[ExceptionT], ErrorT]


def declare_error(exception: type[ExceptionT], error_type: type[ErrorT],
                  convert: Callable[[ExceptionT], ErrorT] | None = None,
                  ) -> ErrorDeclaration[ExceptionT, ErrorT]:
    """Answer `exception` as `error_type` wherever a result union lists it. Without `convert`,
    the type gets the common fields only (code, message, field)."""

    def common(error: ExceptionT) -> ErrorT:
        return error_type(**fields(error))

    return ErrorDeclaration(exception, error_type, convert or common)


@dataclass(frozen=True)
class DomainErrors:
    """What one domain's api package brings to the schema's errors: the enums of the codes its
    domain raises (each becomes a GraphQL enum of the same name) and its declared errors."""

    codes: Sequence[type[ErrorCode]] = ()
    errors: Sequence[ErrorDeclaration[Any, Any]] = field(default=())


class DeclaredErrorHandler:
    """Strawberry's exception handler for one declaration (it reads `exception_type` and
    `error_type` from the instance)."""

    def __init__(self, declaration: ErrorDeclaration[Any, Any]) -> None:
        self.exception_type = declaration.exception
        self.error_type = declaration.error_type
        self._convert = declaration.convert

    def handle(self, exception: Any, **_: Any) -> Any:
        return self._convert(exception)


def by_specificity(declarations: Iterable[ErrorDeclaration[Any, Any]],
                   ) -> list[ErrorDeclaration[Any, Any]]:
    """Subclasses before their bases: Strawberry takes the first handler that matches. A
    subclass's MRO is longer than any of its bases', so sorting by MRO length is an order in
    which no base precedes its subclass; the name breaks ties, so the order never depends on
    how the domains listed their declarations."""
    declared: dict[type[DomainError], ErrorDeclaration[Any, Any]] = {}
    for declaration in declarations:
        if declaration.exception in declared:
            raise ValueError(f"{declaration.exception.__qualname__} is declared twice")
        declared[declaration.exception] = declaration
    return sorted(declared.values(), key=lambda d: (-len(d.exception.__mro__),
                                                    d.exception.__module__,
                                                    d.exception.__qualname__))


@cache
def code_enum(codes: type[ErrorCode]) -> type[Enum]:
    """The GraphQL enum of a domain's codes. Its values are named as the codes themselves
    (`insufficient_funds`), so a client compares `UserError.code` with them as they are."""
    graphql_enum = Enum(codes.__name__, {code.value: code.value for code in codes})  # type: ignore[misc]  # a functional enum is built from data by design
    return strawberry.enum(graphql_enum, description=codes.__doc__)


@dataclass(frozen=True)
class SchemaErrors:
    """The schema's part of the errors: handlers in order of specificity, and the extra types
    (the interface and the code enums) no field names."""

    handlers: tuple[DeclaredErrorHandler, ...]
    types: tuple[Any, ...]


def collect_errors(domains: Iterable[DomainErrors]) -> SchemaErrors:
    domains = tuple(domains)
    declarations = [d for domain in domains for d in domain.errors]
    enums = {codes: None for domain in domains for codes in domain.codes}
    return SchemaErrors(
        handlers=tuple(DeclaredErrorHandler(d) for d in by_specificity(declarations)),
        types=(UserError, *(code_enum(codes) for codes in enums)))


COMMON_ERRORS = DomainErrors(codes=(CommonErrorCode,), errors=(
    declare_error(ValidationFailed, InvalidInput),
    declare_error(NotFound, NotFoundError),
    declare_error(Conflict, ConflictError),
    declare_error(NotAllowed, NotAllowedError),
    declare_error(AuthenticationFailed, SignInFailed),
))
