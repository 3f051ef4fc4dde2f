"""Webhook endpoints and their delivery log: thin resolvers over `models.events.webhooks`."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any

import strawberry

from api.context import Context
from api.errors import ConflictError, InvalidInput, NotFoundError, UserError
from api.idempotency import key_argument
from api.ids import parse_id, required_id, to_id
from api.pagination import Connection, connection, decode_cursor, page_size
from api.permissions import MANAGERS, requires
from models.events import webhooks
from models.events.tables import AttemptCategory
from models.events.tables import WebhookAttempt as AttemptRow
from models.events.tables import WebhookEndpoint as EndpointRow
from models.events.targets import Refusal, TargetRefused
from models.identity.callers import Identity
from models.identity.idempotency import create_once

MANAGE = requires(staff=MANAGERS, partner_staff=MANAGERS)

# The domain's enums, registered with Strawberry as they are.
strawberry.enum(AttemptCategory, name="WebhookAttemptCategory",
                description="What an attempt met: HTTP_STATUS (the endpoint answered with "
                            "statusCode), TIMEOUT, REFUSED (nothing listens there), TLS, DNS, "
                            "BLOCKED_ADDRESS (the host resolved to an address webhooks may not "
                            "reach) or NETWORK (any other connection failure).")
strawberry.enum(Refusal, name="WebhookTargetRefusal",
                description="Why a webhook URL's host may not be reached.")


@strawberry.type(description="Where a partner's account changes are POSTed, signed.")
class WebhookEndpoint:
    id: strawberry.ID
    partner_id: strawberry.ID
    url: str
    is_active: bool
    created_at: datetime

    @classmethod
    def from_row(cls, row: EndpointRow) -> WebhookEndpoint:
        return cls(id=to_id(row.id), partner_id=to_id(row.partner_id),
                   url=row.url, is_active=row.is_active, created_at=row.created_at)


@strawberry.type(description="One HTTP attempt of a webhook delivery.")
class WebhookAttempt:
    id: strawberry.ID
    delivery_id: strawberry.ID
    number: int = strawberry.field(description="1 for the first attempt of the delivery.")
    status_code: int | None = strawberry.field(
        description="The endpoint's HTTP status, when it answered (category HTTP_STATUS).")
    category: AttemptCategory
    succeeded: bool
    duration_ms: int
    created_at: datetime

    @strawberry.field(deprecation_reason="Use category (and statusCode); raw errors are no "
                                         "longer kept.")
    def error(self) -> str | None:
        if self.succeeded:
            return None
        if self.category is AttemptCategory.HTTP_STATUS:
            return f"HTTP {self.status_code}"
        return self.category.value

    @classmethod
    def from_row(cls, row: AttemptRow) -> WebhookAttempt:
        return cls(id=to_id(row.id), delivery_id=to_id(row.delivery_id),
                   number=row.number, status_code=row.status_code,
                   category=row.category, succeeded=row.succeeded, duration_ms=row.duration_ms,
                   created_at=row.created_at)


@strawberry.type(description="The URL's host is, or resolves to, an address webhooks may not "
                             "reach (loopback, private, link-local, multicast, unspecified, "
                             "reserved), or does not resolve.")
class WebhookTargetRefused(UserError):
    reason: Refusal


class WebhookTargetRefusedHandler(
        strawberry.ExceptionHandler[TargetRefused, WebhookTargetRefused]):
    def handle(self, exception: TargetRefused, **_: Any) -> WebhookTargetRefused:
        return WebhookTargetRefused(reason=exception.refusal, code=exception.code,
                                    message=exception.message, field=exception.field)


# api/schema.py puts these before the generic handlers (a refusal is also a ValidationFailed).
WEBHOOK_EXCEPTION_HANDLERS = (WebhookTargetRefusedHandler(),)


@strawberry.type
class CreateWebhookEndpointSuccess:
    endpoint: WebhookEndpoint
    secret: str = strawberry.field(description="The signing secret. Shown only this once.")


@strawberry.type
class WebhookEndpointSuccess:
    endpoint: WebhookEndpoint


CreateWebhookEndpointResult = Annotated[
    CreateWebhookEndpointSuccess | WebhookTargetRefused | InvalidInput | NotFoundError
    | ConflictError,
    strawberry.union("CreateWebhookEndpointResult")]
WebhookEndpointResult = Annotated[WebhookEndpointSuccess | InvalidInput | NotFoundError,
                                  strawberry.union("WebhookEndpointResult")]


def _actor(info: strawberry.Info[Context, None]) -> Identity:
    identity = info.context.identity
    assert identity is not None  # the rule admits only signed-in callers
    return identity


@strawberry.type
class WebhookQuery:
    @strawberry.field(extensions=MANAGE, description="A partner's webhook endpoints (a partner's "
                                                     "own people: their partner's).")
    async def webhook_endpoints(self, info: strawberry.Info[Context, None],
                                partner_id: strawberry.ID | None = None,
                                ) -> list[WebhookEndpoint]:
        rows = await webhooks.endpoints(_actor(info), parse_id(partner_id, "partnerId"))
        return [WebhookEndpoint.from_row(r) for r in rows]

    @strawberry.field(extensions=MANAGE, description="An endpoint's delivery log, newest first.")
    async def webhook_attempts(
            self, info: strawberry.Info[Context, None], endpoint_id: strawberry.ID,
            first: int = 50, after: str | None = None,
            succeeded: Annotated[bool | None, strawberry.argument(
                description="Only successful (true) or failed (false) attempts.")] = None,
    ) -> Connection[WebhookAttempt]:
        limit = page_size(first)
        rows = await webhooks.attempts_page(
            _actor(info), required_id(endpoint_id, "endpointId"), limit=limit + 1,
            before_id=decode_cursor("webhook_attempt", after), succeeded=succeeded)
        return connection([WebhookAttempt.from_row(r) for r in rows], limit, "webhook_attempt",
                          lambda a: int(a.id))


@strawberry.type
class WebhookMutation:
    @strawberry.mutation(extensions=MANAGE, description="Register a webhook endpoint; its signing "
                                                        "secret is in the answer, once. Its host "
                                                        "must resolve only to public addresses.")
    async def create_webhook_endpoint(self, info: strawberry.Info[Context, None], url: str,
                                      partner_id: strawberry.ID | None = None,
                                      idempotency_key: Annotated[str | None,
                                                                 key_argument()] = None,
                                      ) -> CreateWebhookEndpointResult:
        partner = parse_id(partner_id, "partnerId")
        secret_key = info.context.settings.secret_key

        async def create() -> EndpointRow:
            row, _ = await webhooks.create_endpoint(
                _actor(info), partner, url, secret_key,
                allowed_hosts=info.context.settings.webhook_allowed_hosts)
            return row

        row = await create_once(info.context.key_namespace, idempotency_key,
                                "createWebhookEndpoint", {"partner": partner, "url": url},
                                create, EndpointRow)
        # The secret is derived from the endpoint, so a replay shows the same one.
        return CreateWebhookEndpointSuccess(endpoint=WebhookEndpoint.from_row(row),
                                            secret=webhooks.endpoint_secret(row, secret_key))

    @strawberry.mutation(extensions=MANAGE, description="Stop delivering to an endpoint.")
    async def deactivate_webhook_endpoint(self, info: strawberry.Info[Context, None],
                                          endpoint_id: strawberry.ID) -> WebhookEndpointResult:
        row = await webhooks.deactivate_endpoint(_actor(info),
                                                 required_id(endpoint_id, "endpointId"))
        return WebhookEndpointSuccess(endpoint=WebhookEndpoint.from_row(row))
