"""The GraphQL endpoint: HTTP and `graphql-transport-ws` on one path, context per request."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from starlette.requests import Request
from starlette.responses import HTMLResponse, Response
from strawberry.asgi import GraphQL
from strawberry.http import GraphQLHTTPResponse
from strawberry.subscriptions import GRAPHQL_TRANSPORT_WS_PROTOCOL
from strawberry.types import ExecutionResult
from strawberry.types.unset import UNSET, UnsetType

from api.connections import RevocableConnection
from api.context import Context, authenticate_connection, context_for_request
from api.graphiql import graphiql_page
from api.http_input import StrictJsonBody
from api.media import GRAPHQL_RESPONSE_JSON, is_request_error, wants_graphql_response_json
from api.schema import SchemaParts, build_schema
from etebar.settings import Settings


class EtebarGraphQL(StrictJsonBody, GraphQL[Context, None]):
    # Re-checks the caller on every subscribe; closes with 4403 once it is revoked.
    graphql_transport_ws_handler_class = RevocableConnection

    def __init__(self, settings: Settings, parts: SchemaParts, **options: Any) -> None:
        super().__init__(build_schema(settings, parts), **options)
        self.settings = settings

    async def get_context(self, request: Any, response: Any = None) -> Context:
        return await context_for_request(request, response, self.settings)

    async def render_graphql_ide(self, request: Request) -> HTMLResponse:
        return HTMLResponse(graphiql_page())  # its assets from this server, not a CDN

    async def process_result(self, request: Request,
                             result: ExecutionResult) -> GraphQLHTTPResponse:
        processed = await super().process_result(request, result)
        if (wants_graphql_response_json(request.headers.get("accept"))
                and is_request_error(result.data, result.errors)):
            processed.pop("data", None)  # the spec: a request error has no data entry
            request.state.graphql_request_error = True
        return processed

    async def run(self, request: Any, context: Any = UNSET, root_value: Any = UNSET) -> Any:
        response = await super().run(request, context, root_value)
        if (isinstance(request, Request) and isinstance(response, Response)
                and response.media_type == "application/json"
                and wants_graphql_response_json(request.headers.get("accept"))):
            response.headers["content-type"] = f"{GRAPHQL_RESPONSE_JSON}; charset=utf-8"
            if getattr(request.state, "graphql_request_error", False):
                response.status_code = 400
        return response

    async def on_ws_connect(self, context: Context) -> UnsetType | dict[str, object] | None:
        await authenticate_connection(context)
        return await super().on_ws_connect(context)


def graphql_app(settings: Settings, parts: SchemaParts) -> EtebarGraphQL:
    """The endpoint serving the schema of the domains' `parts`."""
    return EtebarGraphQL(
        settings, parts,
        graphql_ide="graphiql" if settings.environment != "production" else None,
        # Only graphql-transport-ws: the legacy graphql-ws protocol had an auth bypass.
        subscription_protocols=(GRAPHQL_TRANSPORT_WS_PROTOCOL,),
        max_subscriptions_per_connection=settings.graphql_max_subscriptions_per_connection,
        connection_init_wait_timeout=timedelta(
            seconds=settings.graphql_connection_init_timeout_seconds),
        allowed_origins=settings.graphql_allowed_origins,
        allow_queries_via_get=False,
    )
