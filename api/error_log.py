"""Which top-level errors are a client's mistake and which are bugs, and how each is logged.

Strawberry logs every error at ERROR with its traceback: a fuzzer's malformed documents once
wrote 22,000 tracebacks, burying the few that mattered. Here a client's mistake (a document that
does not parse or validate, variables of the wrong type, a refusal, a domain error surfacing at
the top level) is logged at INFO in one line; only what the server got wrong keeps ERROR and its
traceback. Every message is also cut short, since some (graphql-core's variable coercion) quote
the value they refused, which may be a megabyte long.
"""

from __future__ import annotations

import logging

from graphql import GraphQLError

from models.errors import DomainError

REFUSED_LOGGER = "api.refused"
log = logging.getLogger(REFUSED_LOGGER)
MESSAGE_MAX = 500


def shorten(message: str) -> str:
    if len(message) <= MESSAGE_MAX:
        return message
    return f"{message[:MESSAGE_MAX]}… ({len(message)} characters)"


def is_client_mistake(error: GraphQLError, refusals: frozenset[str]) -> bool:
    original = error.original_error
    if original is None:
        return True  # parsing and validation: the document is at fault
    if isinstance(original, DomainError):
        return True
    if (error.extensions or {}).get("code") in refusals:
        return True
    # Coercing variables: graphql-core names the variable and keeps the scalar's ValueError.
    return error.path is None and error.message.startswith("Variable '$")


def client_mistakes(errors: list[GraphQLError], refusals: frozenset[str]) -> list[GraphQLError]:
    """Shorten every message; log the client's mistakes; return the rest (bugs) to be logged
    as errors."""
    bugs = []
    for error in errors:
        error.message = shorten(error.message)
        if is_client_mistake(error, refusals):
            log.info("refused: %s", error.message)
        else:
            bugs.append(error)
    return bugs
