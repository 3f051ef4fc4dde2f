"""The composition root's services for tests: the API's context and the actors' brokers get
them as `etebar serve` builds them, from test settings (or the settings a test names)."""

from __future__ import annotations

import dramatiq
from dramatiq.brokers.stub import StubBroker

from etebar.database import tortoise_config
from etebar.domains.compose import declare_actors
from etebar.services import build_services
from models.platform.services import Services
from models.platform.settings import Settings
from workers.broker import build_stub_broker
from workers.services import ServicesMiddleware

TEST_SETTINGS = Settings(environment="test")


def services_for(settings: Settings | None = None) -> Services:
    return build_services(settings or TEST_SETTINGS)


def stub_broker(database_url: str, settings: Settings | None = None, *,
                pool_size: int = 4) -> StubBroker:
    """A stub broker whose actors use the services of `settings` (the test settings), with
    every domain's actors declared on it, as the composition root declares them."""
    declare_actors()
    return build_stub_broker(services_for(settings), tortoise_config(database_url, pool_size))


def use_services(settings: Settings | None = None) -> None:
    """From now on, the actors of the current broker use the services of `settings`."""
    for middleware in dramatiq.get_broker().middleware:
        if isinstance(middleware, ServicesMiddleware):
            middleware.services = services_for(settings)
            return
    raise AssertionError("the current broker has no services: build it with stub_broker()")
