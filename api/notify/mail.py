"""Emails: the messages recorded for customers with their delivery status, resending a failed
one, and what the local SMTP catcher received (development and tests)."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

import strawberry

from api.context import Context
from api.errors import ConflictError, InvalidInput, NotAllowedError, NotFoundError
from api.ids import optional_id, parse_id, required_id, to_id
from api.pagination import Connection, connection, decode_cursor, page_size
from api.permissions import ALL_STAFF, MANAGERS, requires
from models.identity.callers import Identity
from models.identity.tables import Language, StaffRole
from models.notify import catcher_smtp, delivery
from models.notify.tables import CaughtEmail as CaughtEmailRow
from models.notify.tables import EmailMessage as EmailMessageRow
from models.notify.tables import MessageStatus

EmailStatus = strawberry.enum(
    MessageStatus, name="EmailStatus",
    description="queued: waiting to be sent (again); sent; failed: every attempt failed or the "
                "server refused it for good; skipped: the customer had no email address.")
SUPPORTERS = MANAGERS | {StaffRole.SUPPORT}


@strawberry.type(description="An email to a customer, recorded with what caused it.")
class EmailMessage:
    id: strawberry.ID
    customer_id: strawberry.ID | None
    to_address: str = strawberry.field(description="Empty when the customer had none.")
    language: Language
    template: str
    subject: str
    body: str
    status: EmailStatus  # type: ignore[valid-type]  # an enum strawberry registered above
    attempts: int
    last_error: str = strawberry.field(description="Why the last attempt failed, if it did.")
    created_at: datetime
    sent_at: datetime | None
    next_attempt_at: datetime | None = strawberry.field(
        description="A queued email is sent from then on.")

    @classmethod
    def from_row(cls, row: EmailMessageRow) -> EmailMessage:
        return cls(id=to_id(row.id), customer_id=optional_id(row.customer_id),
                   to_address=row.to_address, language=Language(row.language),
                   template=row.template, subject=row.subject, body=row.body,
                   status=MessageStatus(row.status), attempts=row.attempts,
                   last_error=row.last_error, created_at=row.created_at, sent_at=row.sent_at,
                   next_attempt_at=row.next_attempt_at)


@strawberry.type(description="An email the local SMTP catcher received instead of a mailbox.")
class CaughtEmail:
    id: strawberry.ID
    mail_from: str
    to: str = strawberry.field(description="The envelope's recipients, comma-separated.")
    subject: str
    message_id: str
    headers: str
    body: str
    raw_size: int = strawberry.field(description="Bytes of the message as received.")
    received_at: datetime

    @classmethod
    def from_row(cls, row: CaughtEmailRow) -> CaughtEmail:
        return cls(id=to_id(row.id), mail_from=row.mail_from, to=row.to_addresses,
                   subject=row.subject, message_id=row.message_id, headers=row.headers,
                   body=row.body, raw_size=row.raw_size, received_at=row.received_at)


@strawberry.type
class EmailMessageSuccess:
    email: EmailMessage


ResendEmailResult = Annotated[
    EmailMessageSuccess | NotFoundError | ConflictError | NotAllowedError | InvalidInput,
    strawberry.union("ResendEmailResult")]


def _actor(info: strawberry.Info[Context, None]) -> Identity:
    identity = info.context.identity
    assert identity is not None  # the field's rule admits only signed-in callers
    return identity


@strawberry.type
class MailQuery:
    @strawberry.field(extensions=requires(staff=ALL_STAFF, customer=True),
                      description="Emails newest first: staff see everyone's, a customer their "
                                  "own.")
    async def email_messages(self, info: strawberry.Info[Context, None],
                             customer_id: strawberry.ID | None = None,
                             status: EmailStatus | None = None,  # type: ignore[valid-type]  # a strawberry enum made from a StrEnum at run time
                             first: int = 50,
                             after: str | None = None) -> Connection[EmailMessage]:
        limit = page_size(first)
        rows = await delivery.messages(
            _actor(info), limit=limit + 1, before_id=decode_cursor("email", after),
            customer_id=parse_id(customer_id, "customerId"),
            status=MessageStatus(status) if status is not None else None)
        return connection([EmailMessage.from_row(r) for r in rows], limit, "email",
                          lambda m: int(m.id))

    @strawberry.field(extensions=requires(staff=ALL_STAFF, customer=True))
    async def email_message(self, info: strawberry.Info[Context, None],
                            id: strawberry.ID) -> EmailMessage | None:
        row = await delivery.find(_actor(info), required_id(id, "id"))
        return EmailMessage.from_row(row) if row else None


@strawberry.type
class CaughtMailQuery:
    """The SMTP catcher's inbox: part of the schema outside production only (`build_schema`)."""

    @strawberry.field(extensions=requires(staff=SUPPORTERS),
                      description="Emails the local SMTP catcher received (development and "
                                  "tests), newest first.")
    async def caught_emails(self, first: int = 50,
                            after: str | None = None) -> Connection[CaughtEmail]:
        limit = page_size(first)
        rows = await catcher_smtp.caught(limit=limit + 1, before_id=decode_cursor("caught", after))
        return connection([CaughtEmail.from_row(r) for r in rows], limit, "caught",
                          lambda m: int(m.id))


@strawberry.type
class MailMutation:
    @strawberry.mutation(extensions=requires(staff=SUPPORTERS),
                         description="Queue a failed email again (attempts start over), or a "
                                     "skipped one to the customer's address now; a queued one "
                                     "is left as it is, a sent one refused.")
    async def resend_email(self, id: strawberry.ID) -> ResendEmailResult:
        row = await delivery.resend(required_id(id, "id"))
        return EmailMessageSuccess(email=EmailMessage.from_row(row))
