"""The one schema: the domains' query, mutation and subscription parts merged, with hardening
extensions."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import strawberry
from graphql import ASTValidationRule, GraphQLError
from strawberry.extensions import (
    AddValidationRules,
    DisableIntrospection,
    MaskErrors,
    MaxTokensLimiter,
    ParserCache,
    SchemaExtension,
    ValidationCache,
)
from strawberry.extensions.max_aliases import create_validator as aliases_rule
from strawberry.extensions.query_depth_limiter import create_validator as depth_rule
from strawberry.schema.config import StrawberryConfig
from strawberry.tools import merge_types
from strawberry.types import ExecutionContext

from api.audit.extension import audit_every_mutation
from api.context import CREDENTIAL_REVOKED
from api.error_log import client_mistakes
from api.errors import EXCEPTION_HANDLERS, UserError
from api.input_checks import check_every_argument
from api.rate_limit import KeyRateLimiter, RateLimit
from api.scalars import SCALAR_MAP
from api.selection_limit import CODE as TOO_MANY_SELECTIONS
from api.selection_limit import MaxSelections
from api.suggestions import HiddenSuggestionsExecutionContext, HideSuggestions
from etebar.settings import Settings
from models.errors import DomainError
from models.throttle import Throttle

SCHEMA_FILE = Path(__file__).resolve().parent.parent / "schema.graphql"
# Refusals are the API working as meant: logged quietly, so a flood of them floods no log.
REFUSALS = frozenset({"UNAUTHENTICATED", "FORBIDDEN", "RATE_LIMITED", CREDENTIAL_REVOKED,
                      TOO_MANY_SELECTIONS})


@dataclass(frozen=True, slots=True)
class SchemaParts:
    """What the domains bring to the schema, in the order of the list of domains (the
    composition root, `etebar.domains`, gathers them from each domain's manifest).

    `queries`, `mutations` and `subscriptions` are Strawberry types merged into the root types
    in this order, which is the order of their fields in the SDL. `outside_production` names the
    queries left out in production: the catchers' inboxes (`caughtSms`, `caughtEmails`), since
    there a sign-in code read from the catcher would let staff act as any customer. `types` are
    types no field reaches; `exception_handlers` turn the domains' errors into members of result
    unions, tried before the API's own (`api.errors.EXCEPTION_HANDLERS`), so a domain's error
    that specialises a general one finds its own handler first."""

    queries: tuple[type, ...] = ()
    mutations: tuple[type, ...] = ()
    subscriptions: tuple[type, ...] = ()
    outside_production: frozenset[type] = frozenset()
    types: tuple[type, ...] = ()
    exception_handlers: tuple[Any, ...] = ()


@dataclass(frozen=True, slots=True)
class RootTypes:
    query: type
    mutation: type | None
    subscription: type | None


def root_types(parts: SchemaParts, *, production: bool) -> RootTypes:
    """The root types merged from `parts`, every mutation audited and every argument checked
    (both once per field, however often the schema is built)."""
    queries = tuple(q for q in parts.queries
                    if not (production and q in parts.outside_production))
    query = merge_types("Query", queries)
    mutation = merge_types("Mutation", parts.mutations) if parts.mutations else None
    if mutation is not None:
        audit_every_mutation(mutation)
    check_every_argument(*(root for root in (query, mutation) if root is not None))
    subscription = (merge_types("Subscription", parts.subscriptions)
                    if parts.subscriptions else None)
    return RootTypes(query, mutation, subscription)


def _should_mask(error: GraphQLError) -> bool:
    """Hide bugs' details; keep what callers must see (bad input, permissions, limits)."""
    original = error.original_error
    if original is None:
        return False  # validation errors: the caller's query is at fault
    if isinstance(original, DomainError):
        return False
    extensions = error.extensions or {}
    return extensions.get("code") not in REFUSALS


class DomainErrorCodes(SchemaExtension):
    """A domain error that surfaces at the top level (a query's bad cursor, say) carries its
    stable code in `extensions.code`, as union errors carry it in `code`."""

    def on_execute(self) -> Iterator[None]:
        yield
        result = self.execution_context.result
        for error in getattr(result, "errors", None) or []:
            if isinstance(error.original_error, DomainError):
                error.extensions = {**(error.extensions or {}), "code": error.original_error.code}


class EtebarSchema(strawberry.Schema):
    """Strawberry's schema, logging a client's mistakes at INFO and only bugs as errors."""

    def process_errors(self, errors: list[GraphQLError],
                       execution_context: ExecutionContext | None = None) -> None:
        super().process_errors(client_mistakes(errors, REFUSALS), execution_context)


def build_schema(settings: Settings, parts: SchemaParts) -> strawberry.Schema:
    """The schema of the domains' `parts`, hardened as `settings` ask."""
    limiter = KeyRateLimiter.from_settings(settings)
    anonymous = Throttle("anonymous-requests", settings.anonymous_request_limit,
                         settings.anonymous_rate_limit_window_seconds,
                         settings.rate_limit_storage_url)
    # The depth and alias rules are made once, not per request, so that the validation cache
    # (keyed by the rules too) finds documents it has seen.
    rules: list[type[ASTValidationRule]] = [depth_rule(settings.graphql_max_depth, None),
             aliases_rule(settings.graphql_max_aliases)]
    # Factories, so each request gets fresh extension instances. The rate limit comes first: a
    # key over its limit costs no parsing. The selection limit counts the text's selections
    # before the parser (and its cache) runs, and the parsed document's before validation.
    extensions: list[Callable[[], SchemaExtension]] = [
        lambda: RateLimit(limiter=limiter, anonymous=anonymous),
        lambda: MaxTokensLimiter(max_token_count=settings.graphql_max_tokens),
        lambda: MaxSelections(max_selections=settings.graphql_max_selections,
                              max_repeats=settings.graphql_max_field_repeats,
                              max_tokens=settings.graphql_max_tokens),
        ParserCache,
        lambda: AddValidationRules(rules),
        ValidationCache,
        DomainErrorCodes,
    ]
    if not settings.introspection_enabled:
        # Without introspection, "Did you mean …?" would still spell the schema out.
        extensions += [DisableIntrospection, HideSuggestions]
    if settings.environment == "production":
        extensions.append(lambda: MaskErrors(should_mask_error=_should_mask))
    roots = root_types(parts, production=settings.environment == "production")
    return EtebarSchema(
        query=roots.query, mutation=roots.mutation, subscription=roots.subscription,
        types=[UserError, *parts.types], extensions=extensions,
        execution_context_class=(None if settings.introspection_enabled
                                 else HiddenSuggestionsExecutionContext),
        exception_handlers=(*parts.exception_handlers, *EXCEPTION_HANDLERS),
        config=StrawberryConfig(scalar_map=SCALAR_MAP),
    )


def export_sdl(parts: SchemaParts) -> str:
    """The schema of `parts` as SDL, as a test build sees it (`schema.graphql` holds the
    domains': `make schema` writes it, and a test fails when they differ)."""
    return build_schema(Settings(environment="test"), parts).as_str() + "\n"
