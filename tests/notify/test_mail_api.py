"""Emails through GraphQL: staff see every message, a customer their own; support resends a
failed one; the catcher's inbox."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from models.identity.tables import Customer, StaffRole
from models.notify.delivery import deliver
from models.notify.mail import queue_email
from models.notify.tables import EmailMessage, MessageStatus

from .conftest import SENDER

WHEN = datetime(2026, 3, 21, 10, 0, tzinfo=UTC)

MESSAGES = """
query Messages($customerId: ID, $status: EmailStatus, $first: Int!, $after: String) {
  emailMessages(customerId: $customerId, status: $status, first: $first, after: $after) {
    edges { node { id customerId toAddress subject body status attempts lastError } }
    pageInfo { hasNextPage endCursor }
  }
}
"""
MESSAGE = "query One($id: ID!) { emailMessage(id: $id) { id subject status } }"
RESEND = """
mutation Resend($id: ID!) {
  resendEmail(id: $id) {
    __typename
    ... on EmailMessageSuccess { email { id status attempts } }
    ... on UserError { code message field }
  }
}
"""
CAUGHT = """
query Caught($first: Int!) {
  caughtEmails(first: $first) { edges { node { to subject body mailFrom rawSize } } }
}
"""


async def _customer_with_mail(make_customer, email: str) -> tuple[Customer, str]:
    customer, token = await make_customer()
    await Customer.filter(id=customer.id).update(email=email)
    return customer, token


async def _queue(customer: Customer, key: str) -> EmailMessage:
    return await queue_email(customer_id=customer.id, template="test",
                             params={"amount": 7000, "when": WHEN}, key=key)


def _nodes(body: dict[str, Any]) -> list[dict[str, Any]]:
    assert "errors" not in body, body
    return [edge["node"] for edge in body["data"]["emailMessages"]["edges"]]


async def test_staff_list_every_email_newest_first_filtered_by_customer_and_status(
        gql, make_customer):
    sara, _ = await _customer_with_mail(make_customer, "sara@example.com")
    reza, _ = await _customer_with_mail(make_customer, "reza@example.com")
    first = await _queue(sara, "k:1")
    second = await _queue(reza, "k:2")
    await EmailMessage.filter(id=first.id).update(status=MessageStatus.FAILED)

    everything = _nodes(await gql(MESSAGES, first=10))
    assert [n["id"] for n in everything] == [str(second.id), str(first.id)]
    assert everything[1]["subject"] == "پیام آزمایشی اعتبار"
    failed = _nodes(await gql(MESSAGES, first=10, status="FAILED"))
    assert [n["id"] for n in failed] == [str(first.id)]
    of_reza = _nodes(await gql(MESSAGES, first=10, customerId=str(reza.id)))
    assert [(n["id"], n["toAddress"]) for n in of_reza] == [(str(second.id), "reza@example.com")]


async def test_emails_page_with_cursors(gql, make_customer):
    sara, _ = await _customer_with_mail(make_customer, "sara@example.com")
    ids = [str((await _queue(sara, f"k:{i}")).id) for i in range(3)]
    page = (await gql(MESSAGES, first=2))["data"]["emailMessages"]
    assert page["pageInfo"]["hasNextPage"] is True
    rest = _nodes(await gql(MESSAGES, first=2, after=page["pageInfo"]["endCursor"]))
    assert [e["node"]["id"] for e in page["edges"]] + [n["id"] for n in rest] == ids[::-1]


async def test_a_customer_sees_only_their_own_emails(call_as, make_customer):
    sara, sara_token = await _customer_with_mail(make_customer, "sara@example.com")
    reza, _ = await _customer_with_mail(make_customer, "reza@example.com")
    own = await _queue(sara, "k:sara")
    other = await _queue(reza, "k:reza")

    mine = _nodes(await call_as(sara_token, MESSAGES, first=10))
    assert [n["id"] for n in mine] == [str(own.id)]
    asked_for_reza = _nodes(await call_as(sara_token, MESSAGES, first=10,
                                          customerId=str(reza.id)))
    assert asked_for_reza == []
    found = await call_as(sara_token, MESSAGE, id=str(other.id))
    assert found["data"]["emailMessage"] is None
    found = await call_as(sara_token, MESSAGE, id=str(own.id))
    assert found["data"]["emailMessage"]["status"] == "QUEUED"


async def test_support_resends_a_failed_email(call_as, make_customer, make_staff, closed_port):
    from models.notify.adapters.smtp import SmtpMailer

    sara, _ = await _customer_with_mail(make_customer, "sara@example.com")
    message = await _queue(sara, "k:fail")
    await deliver(message.id, SmtpMailer("127.0.0.1", closed_port, security="none"), SENDER,
                  max_attempts=1, retry_seconds=60)
    _, token = await make_staff(StaffRole.SUPPORT)

    result = (await call_as(token, RESEND, id=str(message.id)))["data"]["resendEmail"]

    assert result == {"__typename": "EmailMessageSuccess",
                      "email": {"id": str(message.id), "status": "QUEUED", "attempts": 0}}


async def test_resending_a_sent_email_is_a_conflict_that_changes_nothing(gql, make_customer):
    sara, _ = await _customer_with_mail(make_customer, "sara@example.com")
    message = await _queue(sara, "k:sent")
    await EmailMessage.filter(id=message.id).update(status=MessageStatus.SENT, attempts=1)

    result = (await gql(RESEND, id=str(message.id)))["data"]["resendEmail"]

    assert (result["__typename"], result["code"]) == ("ConflictError", "email_already_sent")
    assert (await EmailMessage.get(id=message.id)).status is MessageStatus.SENT


async def test_resending_an_unknown_email_is_not_found(gql):
    result = (await gql(RESEND, id="999999"))["data"]["resendEmail"]
    assert (result["__typename"], result["code"]) == ("NotFoundError", "email_not_found")


async def test_the_catchers_inbox_shows_what_it_received(gql, make_customer, catcher_mailer):
    sara, _ = await _customer_with_mail(make_customer, "sara@example.com")
    message = await _queue(sara, "k:caught")
    await deliver(message.id, catcher_mailer, SENDER, max_attempts=3, retry_seconds=60)

    body = await gql(CAUGHT, first=10)

    [caught] = [edge["node"] for edge in body["data"]["caughtEmails"]["edges"]]
    assert caught["to"] == "sara@example.com"
    assert caught["mailFrom"] == SENDER.address
    assert caught["subject"] == "پیام آزمایشی اعتبار"
    assert "۷٬۰۰۰ ریال" in caught["body"]
    assert caught["rawSize"] > 0
