"""The notify domain's manifest: emails (their outbox and sending) and the SMTP catcher."""

from __future__ import annotations

from admin_ui import routes
from admin_ui.pages import mail
from admin_ui.parts import MenuEntry
from api.notify.mail import CaughtMailQuery, MailMutation, MailQuery
from etebar.domains.base import Domain, PeriodicJob
from workers.actors.mail import enqueue_due_emails

DOMAIN = Domain(
    name="notify",
    models=("models.notify.tables",),
    queries=(MailQuery,),
    outside_production=(CaughtMailQuery,),
    mutations=(MailMutation,),
    periodic_jobs=(PeriodicJob("enqueue_due_emails",
                               lambda settings: settings.email_sweep_seconds,
                               enqueue_due_emails.send),),
    actor_modules=("workers.actors.mail",),
    admin_pages=(mail.create,),
    menu=(MenuEntry(routes.MAIL, "menu.mail", "emailMessages", 100),
          MenuEntry(routes.CAUGHT_MAIL, "menu.caught_mail", "caughtEmails", 110)),
)
