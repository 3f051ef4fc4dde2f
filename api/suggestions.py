"""No "Did you mean …?" where introspection is off: graphql-core's own `hide_suggestions`.

Suggestions come from two places: validation (an unknown field, argument or type) and the
coercion of variables at execution (an unknown enum value or input field). graphql-core 3.3
omits them when asked; Strawberry does not ask (its `disable_field_suggestions` only trims the
text of one message), so the schema asks for it at both places."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from graphql import GraphQLError, validate
from strawberry.extensions import SchemaExtension
from strawberry.schema.schema import StrawberryGraphQLCoreExecutionContext
from strawberry.schema.validation_rules.maybe_null import MaybeNullValidationRule
from strawberry.schema.validation_rules.one_of import OneOfInputValidationRule

# What graphql-core's `did_you_mean` writes; only a document whose errors hold it is validated
# again, so valid documents (and most invalid ones) pay nothing.
SUGGESTION = "Did you mean"


class HideSuggestions(SchemaExtension):
    """Validation errors without suggestions.

    It lets validation run as configured (with or without a validation cache) and, when an
    error suggests a name, validates again with `hide_suggestions=True` and the same rules
    (Strawberry's own two included, as its `validate_document` adds them). The errors are
    replaced in their list, which is the one Strawberry answers with."""

    def on_validate(self) -> Iterator[None]:
        yield
        context = self.execution_context
        errors = context.pre_execution_errors
        if not errors or not any(SUGGESTION in error.message for error in errors):
            return
        assert context.graphql_document is not None  # validated, so parsed
        rules = (*context.validation_rules, MaybeNullValidationRule, OneOfInputValidationRule)
        errors[:] = validate(context.schema._schema, context.graphql_document, rules,
                             hide_suggestions=True)


class HiddenSuggestionsExecutionContext(StrawberryGraphQLCoreExecutionContext):
    """Strawberry's execution context, coercing variables without suggestions (`"SENTT"` for an
    enum answers that the value does not exist, not which ones do)."""

    @classmethod
    def build(cls, *args: Any, **kwargs: Any) -> list[GraphQLError] | Any:
        kwargs["hide_suggestions"] = True
        return super().build(*args, **kwargs)
