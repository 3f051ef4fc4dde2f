"""Admin fixtures: the whole app with its admin, built and started once, and NiceGUI's
simulated `User` driving it through the real `/admin` mount.

NiceGUI's own `user` fixture cannot be used here: it rebuilds NiceGUI's globals for every test and
talks to `nicegui.app` directly, through `ui.run()` or a main file, so it never goes through our
Starlette app, `ui.run_with` or the `/admin` prefix (and `ui.run_with` can run once per process).
This fixture does what it does (a `User` over an `httpx.ASGITransport`, NiceGUI's navigate and
notify put back afterwards, no ERROR logs allowed) on the app `etebar serve` runs.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator

import httpx
import pytest
from nicegui import Client, app, background_tasks, ui
from nicegui.functions.download import download
from nicegui.functions.navigate import Navigate
from nicegui.functions.notify import notify
from nicegui.storage import Storage
from nicegui.testing import User
from starlette.applications import Starlette

from admin_ui.session import TOKEN_KEY
from models.identity.tables import StaffUser
from models.platform.settings import Settings

BASE_URL = "http://test/admin"


@pytest.fixture(scope="session")
def admin_app(tmp_path_factory: pytest.TempPathFactory) -> Starlette:
    """The server with its admin: built once, because NiceGUI mounts once per process."""
    from etebar.server import build_app

    # User storage (the session token) in a directory of this run, as NiceGUI's plugin does.
    Storage.path = tmp_path_factory.mktemp("nicegui-storage")
    app.storage = Storage()
    return build_app(Settings(environment="test"), manage_database=False, run_worker=False,
                     with_admin=True)


@pytest.fixture(scope="session")
async def running_admin(admin_app: Starlette, database_url: str) -> AsyncIterator[Starlette]:
    """The app's lifespan (NiceGUI's start-up included), once for the session."""
    async with admin_app.router.lifespan_context(admin_app):
        yield admin_app


@pytest.fixture
async def http(running_admin: Starlette, db: str) -> AsyncIterator[httpx.AsyncClient]:
    """A plain HTTP client on the admin, for what a browser sees before any page runs."""
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=running_admin),
                                 base_url=BASE_URL) as client:
        yield client


@pytest.fixture
async def user(running_admin: Starlette, db: str,
               caplog: pytest.LogCaptureFixture) -> AsyncIterator[User]:
    """A simulated browser on the mounted admin; paths are relative to /admin."""
    before = set(Client.instances)
    tasks_before = set(background_tasks.running_tasks)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=running_admin),
                                 base_url=BASE_URL) as client:
        try:
            yield User(client)
        finally:
            # What a click started runs in the background: a navigation (`ui.navigate.to`)
            # would open its page during the next test and make this User's navigator
            # NiceGUI's again there; a mutation still in flight would write its audit entry
            # while the next test empties the tables and sets their ids back, and collide with
            # that test's first entry. Both finish here, before the database is reset.
            # (A client's outbox loop runs until the client is deleted below: not waited on.)
            started = [task for task in background_tasks.running_tasks - tasks_before
                       if not task.get_name().startswith("outbox loop")]
            if started:
                await asyncio.wait(started, timeout=10)
            ui.navigate = Navigate()
            ui.notify = notify
            ui.download = download
            for client_id in set(Client.instances) - before:
                Client.instances[client_id].delete()
    errors = [r for r in caplog.get_records("call") if r.levelno >= logging.ERROR]
    if errors:
        pytest.fail("unexpected ERROR logs: " + "; ".join(r.getMessage() for r in errors),
                    pytrace=False)


@pytest.fixture
async def staff(staff: StaffUser) -> StaffUser:
    """The owner of the shared fixture, reading the admin in English (most tests read English;
    tests of Persian switch to it)."""
    staff.language = "en"
    await staff.save(update_fields=["language"])
    return staff


@pytest.fixture
async def signed_in(user: User, staff_token: str) -> User:
    """A user signed in as the `staff` owner, looking at the accounts list.

    The token is put where the sign-in page puts its session token (an API token, which the
    admin accepts alike, skips a password hash per test); test_sign_in.py goes through the form.
    """
    await user.open("/login")
    with user:
        app.storage.user[TOKEN_KEY] = staff_token
    await user.open("/accounts")
    return user
