"""The GraphQL endpoint: HTTP and `graphql-transport-ws` on one path, context per request."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from strawberry.asgi import GraphQL
from strawberry.subscriptions import GRAPHQL_TRANSPORT_WS_PROTOCOL
from strawberry.types.unset import UnsetType

from api.context import Context, authenticate_connection, context_for_request
from api.schema import build_schema
from etebar.settings import Settings


class EtebarGraphQL(GraphQL[Context, None]):
    def __init__(self, settings: Settings, **options: Any) -> None:
        super().__init__(build_schema(settings), **options)
        self.settings = settings

    async def get_context(self, request: Any, response: Any = None) -> Context:
        return await context_for_request(request, response, self.settings)

    async def on_ws_connect(self, context: Context) -> UnsetType | dict[str, object] | None:
        await authenticate_connection(context)
        return await super().on_ws_connect(context)


def graphql_app(settings: Settings) -> EtebarGraphQL:
    return EtebarGraphQL(
        settings,
        graphql_ide="graphiql" if settings.environment != "production" else None,
        # Only graphql-transport-ws: the legacy graphql-ws protocol had an auth bypass.
        subscription_protocols=(GRAPHQL_TRANSPORT_WS_PROTOCOL,),
        max_subscriptions_per_connection=settings.graphql_max_subscriptions_per_connection,
        connection_init_wait_timeout=timedelta(
            seconds=settings.graphql_connection_init_timeout_seconds),
        allowed_origins=settings.graphql_allowed_origins,
        allow_queries_via_get=False,
    )
