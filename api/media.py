"""GraphQL over HTTP's response media types: `application/graphql-response+json` for clients that
ask for it, `application/json` for the others (the GraphQL foundation's GraphQL-over-HTTP spec).

With `application/json` every answer to a well-formed request is 200, errors included, as older
clients expect. With `application/graphql-response+json` a request error (the document does not
parse or validate, or the variables do not coerce: nothing was executed) is a 400 whose body has
no `data` entry, while field errors during execution stay 200 with their `data`.
"""

from __future__ import annotations

from graphql import GraphQLError

GRAPHQL_RESPONSE_JSON = "application/graphql-response+json"
JSON = "application/json"


def _quality(parameters: list[str]) -> float:
    for parameter in parameters:
        name, _, value = parameter.partition("=")
        if name.strip().lower() == "q":
            try:
                return float(value)
            except ValueError:
                return 0.0
    return 1.0


def wants_graphql_response_json(accept: str | None) -> bool:
    """Whether an `Accept` header prefers `application/graphql-response+json` to
    `application/json`. No header, `*/*` or `application/*` alone mean `application/json`, as
    the spec asks of servers until legacy clients are gone; on a tie the newer type wins."""
    if not accept:
        return False
    qualities: dict[str, float] = {}
    for media_range in accept.split(","):
        media_type, *parameters = media_range.split(";")
        kind = media_type.strip().lower()
        qualities[kind] = max(qualities.get(kind, 0.0), _quality(parameters))
    ours = qualities.get(GRAPHQL_RESPONSE_JSON, 0.0)
    theirs = qualities.get(JSON, 0.0)
    return ours > 0 and ours >= theirs


def is_request_error(data: object, errors: list[GraphQLError] | None) -> bool:
    """A result that never reached execution: no data, and errors that point at no field (parse,
    validation and variable coercion errors carry no path; a resolver's error always does)."""
    return data is None and bool(errors) and all(e.path is None for e in errors or ())
