"""The events domain's manifest: the outbox's subscriptions and the partners' webhooks."""

from __future__ import annotations

from admin_ui import routes
from admin_ui.pages import webhooks
from admin_ui.parts import MenuEntry
from api.events.subscriptions import EventSubscription
from api.events.webhooks import WEBHOOK_EXCEPTION_HANDLERS, WebhookMutation, WebhookQuery
from etebar.domains.base import Domain, PeriodicJob
from workers.actors.webhooks import dispatch_webhooks, requeue_stuck_webhooks

DOMAIN = Domain(
    name="events",
    models=("models.events.tables",),
    queries=(WebhookQuery,),
    mutations=(WebhookMutation,),
    subscriptions=(EventSubscription,),
    exception_handlers=WEBHOOK_EXCEPTION_HANDLERS,
    periodic_jobs=(PeriodicJob("dispatch_webhooks",
                               lambda settings: settings.webhook_dispatch_seconds,
                               dispatch_webhooks.send),
                   PeriodicJob("requeue_stuck_webhooks",
                               lambda settings: settings.webhook_stuck_seconds,
                               requeue_stuck_webhooks.send)),
    actor_modules=("workers.actors.webhooks",),
    admin_pages=(webhooks.create,),
    menu=(MenuEntry(routes.WEBHOOKS, "menu.webhooks", "webhookEndpoints", 70),),
)
