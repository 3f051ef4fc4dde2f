"""The composition root's services (settings, policies, outbound adapters) for the actors.

`workers.broker.build_broker(..., services)` adds a `ServicesMiddleware` holding them to the
broker; an actor reads them with `services()`, from the broker it is bound to. Actors therefore
never build an adapter or choose a simulator themselves: the root did, once per process."""

from __future__ import annotations

import dramatiq
from dramatiq.middleware import Middleware

from models.platform.services import Services


class ServicesMiddleware(Middleware):
    """Carries the root's services to the actors of the broker it is added to."""

    def __init__(self, services: Services) -> None:
        self.services = services


class NoServices(RuntimeError):
    """An actor ran on a broker that was built without the root's services."""


def services() -> Services:
    """The services of the current broker (the one `workers.registry.bind_actors` set)."""
    for middleware in dramatiq.get_broker().middleware:
        if isinstance(middleware, ServicesMiddleware):
            return middleware.services
    raise NoServices("the broker was built without services: pass the root's to build_broker")
