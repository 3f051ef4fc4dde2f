"""The one schema: per-domain query and mutation classes merged, with hardening extensions."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

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
from api.audit.schema import AuditQuery
from api.billing.errors import BILLING_ERRORS
from api.billing.schema import BillingMutation, BillingQuery
from api.billing.top_up_and_pay import TopUpAndPayMutation
from api.cashouts.bank_accounts import BankAccountMutation, BankAccountQuery
from api.cashouts.cashouts import CashOutMutation, CashOutQuery
from api.cashouts.types import CASHOUT_ERRORS
from api.context import CREDENTIAL_REVOKED
from api.deposits.errors import DEPOSIT_ERRORS
from api.deposits.schema import DepositMutation, DepositQuery
from api.error_log import client_mistakes
from api.errors import COMMON_ERRORS, collect_errors
from api.events.subscriptions import EventSubscription
from api.events.webhooks import EVENTS_ERRORS, WebhookMutation, WebhookQuery
from api.identity.customers import CaughtSmsQuery, CustomerMutation, CustomerQuery
from api.identity.errors import IDENTITY_ERRORS
from api.identity.partners import PartnerMutation, PartnerQuery
from api.identity.schema import IdentityMutation, IdentityQuery
from api.input_checks import check_every_argument
from api.ledger.errors import LEDGER_ERRORS
from api.ledger.mutations import LedgerMutation
from api.ledger.queries import LedgerQuery
from api.notify.errors import NOTIFY_ERRORS
from api.notify.mail import CaughtMailQuery, MailMutation, MailQuery
from api.rate_limit import KeyRateLimiter, RateLimit
from api.scalars import SCALAR_MAP
from api.selection_limit import CODE as TOO_MANY_SELECTIONS
from api.selection_limit import MaxSelections
from api.suggestions import HiddenSuggestionsExecutionContext, HideSuggestions
from api.topups.schema import TOPUP_ERRORS, TopUpMutation, TopUpQuery
from api.wallet.errors import WALLET_ERRORS
from api.wallet.wallets import WalletMutation, WalletQuery
from etebar.settings import Settings
from models.errors import DomainError
from models.throttle import Throttle

SCHEMA_FILE = Path(__file__).resolve().parent.parent / "schema.graphql"
# Refusals are the API working as meant: logged quietly, so a flood of them floods no log.
REFUSALS = frozenset({"UNAUTHENTICATED", "FORBIDDEN", "RATE_LIMITED", CREDENTIAL_REVOKED,
                      TOO_MANY_SELECTIONS})


def _query(*, with_catchers: bool) -> type:
    """The root query. The catchers' inboxes (`caughtSms`, `caughtEmails`) exist outside
    production only: there a sign-in code read from the catcher would let staff act as any
    customer. Each sits right after its domain's queries, as in the SDL."""
    customer = (CustomerQuery, CaughtSmsQuery) if with_catchers else (CustomerQuery,)
    mail = (MailQuery, CaughtMailQuery) if with_catchers else (MailQuery,)
    return merge_types("Query", (IdentityQuery, PartnerQuery, *customer, LedgerQuery,
                                 AuditQuery, WebhookQuery, DepositQuery, TopUpQuery, *mail,
                                 WalletQuery, BillingQuery, BankAccountQuery, CashOutQuery))


Query = _query(with_catchers=True)
ProductionQuery = _query(with_catchers=False)
Mutation = merge_types("Mutation", (IdentityMutation, PartnerMutation, CustomerMutation,
                                    LedgerMutation, WebhookMutation, DepositMutation,
                                    TopUpMutation, MailMutation, WalletMutation,
                                    BillingMutation, BankAccountMutation, CashOutMutation,
                                    TopUpAndPayMutation))
audit_every_mutation(Mutation)
check_every_argument(Query, Mutation)
Subscription = merge_types("Subscription", (EventSubscription,))
# Each domain's expected errors and codes; their order does not matter (see collect_errors).
DOMAIN_ERRORS = (COMMON_ERRORS, IDENTITY_ERRORS, LEDGER_ERRORS, EVENTS_ERRORS, NOTIFY_ERRORS,
                 WALLET_ERRORS, DEPOSIT_ERRORS, TOPUP_ERRORS, CASHOUT_ERRORS, BILLING_ERRORS)


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


def build_schema(settings: Settings) -> strawberry.Schema:
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
    errors = collect_errors(DOMAIN_ERRORS)
    return EtebarSchema(
        query=ProductionQuery if settings.environment == "production" else Query,
        mutation=Mutation, subscription=Subscription,
        types=errors.types, extensions=extensions,
        execution_context_class=(None if settings.introspection_enabled
                                 else HiddenSuggestionsExecutionContext),
        exception_handlers=errors.handlers,
        config=StrawberryConfig(scalar_map=SCALAR_MAP),
    )


def export_sdl() -> str:
    """The schema as SDL: what `schema.graphql` holds (a test fails when they differ)."""
    return build_schema(Settings(environment="test")).as_str() + "\n"
