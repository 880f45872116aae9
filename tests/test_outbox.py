"""The e-mail outbox: written with the event, sent once, retried when mail fails."""

import pytest
from django.core import mail
from django.db import transaction

from notifications.models import OutboxMessage
from notifications.services import outbox_deliver, outbox_enqueue, outbox_flush

pytestmark = pytest.mark.django_db


def _enqueue(key="k1"):
    return outbox_enqueue(dedupe_key=key, to="leader@example.org", subject="Hello", body="Body")


def test_delivered_once_after_commit(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        message = _enqueue()
    assert len(mail.outbox) == 1
    message.refresh_from_db()
    assert message.status == "sent" and message.sent_at is not None
    # A second delivery (a retried task) sends nothing more.
    assert outbox_deliver(message_id=message.pk) is False
    assert outbox_flush() == 0
    assert len(mail.outbox) == 1


def test_the_same_event_writes_one_message():
    assert _enqueue("same") is not None
    assert _enqueue("same") is None
    assert OutboxMessage.objects.count() == 1


def test_nothing_is_written_or_sent_when_the_event_rolls_back(django_capture_on_commit_callbacks):
    with (
        django_capture_on_commit_callbacks(execute=True),
        pytest.raises(RuntimeError),
        transaction.atomic(),
    ):
        _enqueue()
        raise RuntimeError
    assert not OutboxMessage.objects.exists()
    assert mail.outbox == []


def test_a_broker_that_is_down_does_not_fail_the_event(
    monkeypatch, django_capture_on_commit_callbacks
):
    from notifications import tasks

    def broker_down(*args, **kwargs):
        # Stands in for kombu's OperationalError when Redis is unreachable.
        raise ConnectionRefusedError("broker down")

    monkeypatch.setattr(tasks.outbox_deliver_task, "delay", broker_down)
    with django_capture_on_commit_callbacks(execute=True):
        message = _enqueue()
    message.refresh_from_db()
    assert message.status == "pending"
    assert outbox_flush() == 1
    assert len(mail.outbox) == 1


def test_a_failing_mail_server_leaves_the_message_to_retry(settings):
    # Mail cannot be delivered here; the backend class raises like SMTP would.
    settings.EMAIL_BACKEND = "tests.test_outbox.FailingBackend"
    message = _enqueue()
    assert outbox_deliver(message_id=message.pk) is False
    message.refresh_from_db()
    assert (message.status, message.attempts) == ("pending", 1)
    assert "SMTP down" in message.last_error
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    assert outbox_flush() == 1
    message.refresh_from_db()
    assert (message.status, message.attempts, message.last_error) == ("sent", 2, "")
    assert len(mail.outbox) == 1


class FailingBackend:
    def __init__(self, *args, **kwargs):
        pass

    def send_messages(self, messages):
        raise ConnectionError("SMTP down")
