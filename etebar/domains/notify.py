"""The notify domain's manifest: emails (their outbox and sending) and the SMTP catcher."""

from __future__ import annotations

from admin_ui import routes
from admin_ui.pages import mail
from admin_ui.parts import MenuEntry
from api.notify.errors import NOTIFY_ERRORS
from api.notify.mail import CaughtMailQuery, MailMutation, MailQuery
from etebar.domains.base import LOCALES, Domain, PeriodicJob
from models.notify.settings import NotifySettings
from workers.actors.mail import enqueue_due_emails

DOMAIN = Domain(
    name="notify",
    translations=LOCALES / "notify" / "locale",
    settings=NotifySettings,
    models=("models.notify.tables",),
    queries=(MailQuery,),
    outside_production=(CaughtMailQuery,),
    mutations=(MailMutation,),
    errors=NOTIFY_ERRORS,
    periodic_jobs=(PeriodicJob("enqueue_due_emails",
                               lambda settings: settings.notify.email_sweep_seconds,
                               enqueue_due_emails.send),),
    actor_modules=("workers.actors.mail",),
    admin_pages=(mail.create,),
    menu=(MenuEntry(routes.MAIL, "menu.mail", "emailMessages", 100),
          MenuEntry(routes.CAUGHT_MAIL, "menu.caught_mail", "caughtEmails", 110)),
)
