"""One declaration per expected error: handlers ordered by specificity, never by list order."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated, Any

import pytest
import strawberry

from api.errors import (
    COMMON_ERRORS,
    DomainErrors,
    ErrorDeclaration,
    NotFoundError,
    SignInFailed,
    UserError,
    by_specificity,
    collect_errors,
    declare_error,
)
from api.identity.errors import IDENTITY_ERRORS, SignInLocked
from etebar.domains import DOMAINS
from models.errors import AuthenticationFailed, NotFound
from models.identity.errors import AccountLocked, AddressLocked
from models.ledger.codes import TransferResult

LOCKED_UNTIL = datetime(2026, 1, 1, tzinfo=UTC)


class ShelfMissing(NotFound):
    code = TransferResult.ACCOUNT_NOT_FOUND


@strawberry.type
class ShelfMissingError(UserError):
    pass


@strawberry.type
class Shelf:
    name: str


ShelfResult = Annotated[Shelf | ShelfMissingError | NotFoundError,
                        strawberry.union("ShelfResult")]


def _domain_errors() -> list[DomainErrors]:
    return [COMMON_ERRORS, *(domain.errors for domain in DOMAINS)]


def _schema_raising(error: Exception, declared: DomainErrors) -> strawberry.Schema:
    @strawberry.type
    class Query:
        @strawberry.field
        def shelf(self) -> ShelfResult:
            raise error

    errors = collect_errors([declared])
    return strawberry.Schema(query=Query, types=errors.types,
                             exception_handlers=errors.handlers)


def _typename(schema: strawberry.Schema) -> str:
    result = schema.execute_sync("{ shelf { __typename ... on UserError { code } } }")
    assert result.errors is None, result.errors
    assert result.data is not None
    return str(result.data["shelf"]["__typename"])


def test_a_subclass_error_is_answered_by_its_own_type_when_its_base_is_declared_first() -> None:
    # given the base's declaration listed before the subclass's
    declared = DomainErrors(errors=(declare_error(NotFound, NotFoundError),
                                    declare_error(ShelfMissing, ShelfMissingError)))
    # when the subclass is raised
    typename = _typename(_schema_raising(ShelfMissing(), declared))
    # then its own handler answered, not the base's
    assert typename == "ShelfMissingError"


def test_the_base_error_is_still_answered_by_the_base_type() -> None:
    declared = DomainErrors(errors=(declare_error(ShelfMissing, ShelfMissingError),
                                    declare_error(NotFound, NotFoundError)))
    assert _typename(_schema_raising(NotFound(), declared)) == "NotFoundError"


def test_handlers_come_in_order_of_specificity_whatever_the_declared_order() -> None:
    base_first: list[ErrorDeclaration[Any, Any]] = [
        declare_error(AuthenticationFailed, SignInFailed),
        declare_error(AccountLocked, SignInLocked)]
    ordered = [d.exception for d in by_specificity(base_first)]
    assert ordered == [AccountLocked, AuthenticationFailed]
    assert [d.exception for d in by_specificity(reversed(base_first))] == ordered


def test_an_undeclared_subclass_is_answered_by_its_nearest_declared_base() -> None:
    # AddressLocked has no declaration of its own: AccountLocked's answers it
    errors = collect_errors(_domain_errors())
    raised = AddressLocked(LOCKED_UNTIL)
    handler = next(h for h in errors.handlers if isinstance(raised, h.exception_type))
    assert handler.exception_type is AccountLocked


def test_an_exception_declared_twice_is_refused() -> None:
    twice = DomainErrors(errors=(declare_error(NotFound, NotFoundError),))
    with pytest.raises(ValueError, match="NotFound is declared twice"):
        collect_errors([twice, twice])


def test_the_schema_declares_each_domain_exception_once() -> None:
    exceptions = [d.exception for domain in _domain_errors() for d in domain.errors]
    assert len(exceptions) == len(set(exceptions))


def test_a_declared_conversion_fills_the_type_s_own_fields() -> None:
    (locked,) = [d for d in IDENTITY_ERRORS.errors if d.exception is AccountLocked]
    answer = locked.convert(AccountLocked(LOCKED_UNTIL))
    assert (answer.code, answer.locked_until) == ("account_locked", LOCKED_UNTIL)


def test_a_declaration_without_a_conversion_fills_the_common_fields() -> None:
    plain = declare_error(NotFound, NotFoundError).convert(NotFound(message="gone", field="id"))
    assert (plain.code, plain.message, plain.field) == ("not_found", "gone", "id")
