"""Writing messages to the outbox and delivering them (see models.py)."""

import logging
from datetime import timedelta

from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone

from .models import OutboxMessage

logger = logging.getLogger(__name__)

CLAIM_TIMEOUT = timedelta(minutes=10)
MAX_ATTEMPTS = 8


def outbox_enqueue(
    *, dedupe_key: str, to: str, subject: str, body: str, html_body: str = ""
) -> OutboxMessage | None:
    """Write a message in the caller's transaction; deliver it after commit.

    Returns None if a message with this key was already written.
    """
    try:
        with transaction.atomic():
            message = OutboxMessage.objects.create(
                dedupe_key=dedupe_key,
                to=to,
                subject=" ".join(subject.split())[:200],
                body=body,
                html_body=html_body,
            )
    except IntegrityError:
        return None

    def hand_to_worker():
        from .tasks import outbox_deliver_task

        try:
            outbox_deliver_task.delay(message.pk)
        except Exception:
            # The broker is down: the periodic flush will send it.
            logger.warning("Could not queue outbox message %s", message.pk, exc_info=True)

    transaction.on_commit(hand_to_worker)
    return message


def outbox_deliver(*, message_id: int) -> bool:
    """Send one message if nobody else has or is; True if this call sent it."""
    now = timezone.now()
    claimable = Q(status=OutboxMessage.Status.PENDING) | Q(
        status=OutboxMessage.Status.SENDING, claimed_at__lt=now - CLAIM_TIMEOUT
    )
    claimed = (
        OutboxMessage.objects.filter(claimable, pk=message_id)
        .exclude(attempts__gte=MAX_ATTEMPTS)
        .update(status=OutboxMessage.Status.SENDING, claimed_at=now)
    )
    if not claimed:
        return False
    message = OutboxMessage.objects.get(pk=message_id)
    try:
        send_mail(
            message.subject,
            message.body,
            None,
            [message.to],
            fail_silently=False,
            html_message=message.html_body or None,
        )
    except Exception as error:
        attempts = message.attempts + 1
        OutboxMessage.objects.filter(pk=message_id).update(
            status=OutboxMessage.Status.FAILED
            if attempts >= MAX_ATTEMPTS
            else OutboxMessage.Status.PENDING,
            attempts=attempts,
            last_error=f"{type(error).__name__}: {error}"[:2000],
            claimed_at=None,
        )
        logger.warning("Sending outbox message %s failed: %s", message_id, error)
        return False
    OutboxMessage.objects.filter(pk=message_id).update(
        status=OutboxMessage.Status.SENT,
        sent_at=timezone.now(),
        attempts=message.attempts + 1,
        last_error="",
    )
    return True


def outbox_flush(*, limit: int = 200) -> int:
    """Deliver what is waiting (lost tasks, earlier failures); returns the number sent."""
    now = timezone.now()
    waiting = (
        OutboxMessage.objects.filter(
            Q(status=OutboxMessage.Status.PENDING)
            | Q(status=OutboxMessage.Status.SENDING, claimed_at__lt=now - CLAIM_TIMEOUT)
        )
        .exclude(attempts__gte=MAX_ATTEMPTS)
        .values_list("pk", flat=True)[:limit]
    )
    return sum(outbox_deliver(message_id=pk) for pk in list(waiting))
