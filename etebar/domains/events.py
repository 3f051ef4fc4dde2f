"""The events domain's manifest: the outbox's subscriptions and the partners' webhooks."""

from __future__ import annotations

from admin_ui import routes
from admin_ui.pages import webhooks
from admin_ui.parts import MenuEntry
from api.events.subscriptions import EventSubscription
from api.events.webhooks import EVENTS_ERRORS, WebhookMutation, WebhookQuery
from etebar.domains.base import Domain, PeriodicJob
from models.events.settings import EventsSettings
from workers.actors.events import relay_domain_events
from workers.actors.webhooks import dispatch_webhooks, requeue_stuck_webhooks

DOMAIN = Domain(
    name="events",
    settings=EventsSettings,
    models=("models.events.tables", "models.domain_events.tables"),
    queries=(WebhookQuery,),
    mutations=(WebhookMutation,),
    subscriptions=(EventSubscription,),
    errors=EVENTS_ERRORS,
    periodic_jobs=(PeriodicJob("dispatch_webhooks",
                               lambda settings: settings.events.webhook_dispatch_seconds,
                               dispatch_webhooks.send),
                   PeriodicJob("requeue_stuck_webhooks",
                               lambda settings: settings.events.webhook_stuck_seconds,
                               requeue_stuck_webhooks.send),
                   PeriodicJob("relay_domain_events",
                               lambda settings: settings.events.domain_events_sweep_seconds,
                               relay_domain_events.send)),
    actor_modules=("workers.actors.webhooks", "workers.actors.events"),
    admin_pages=(webhooks.create,),
    menu=(MenuEntry(routes.WEBHOOKS, "menu.webhooks", "webhookEndpoints", 70),),
)
