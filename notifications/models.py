"""An outbox of e-mails, written in the same transaction as what causes them.

A business event (stock falling low, an order placed) must never fail or be
undone because mail, SMS or the broker is down, and must not send a message
for something that was rolled back. So the event's transaction writes an
``OutboxMessage`` row; after commit a Celery task delivers it, and a
periodic job picks up whatever a lost task or a failed send left behind.

Each message is sent at most once in practice: a worker claims a row with a
conditional UPDATE (only one claimer can win), sends, then marks it sent. A
claim older than ``CLAIM_TIMEOUT`` (a worker that died mid-send) can be
taken again; that is the one case that can repeat a message. ``dedupe_key``
is unique, so the same event cannot write the same message twice.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class OutboxMessage(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting to be sent")
        SENDING = "sending", _("Being sent")
        SENT = "sent", _("Sent")
        FAILED = "failed", _("Gave up")

    dedupe_key = models.CharField(max_length=200, unique=True)
    to = models.EmailField()
    subject = models.CharField(max_length=200)
    body = models.TextField()
    html_body = models.TextField(blank=True)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING)
    attempts = models.PositiveSmallIntegerField(default=0)
    last_error = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    claimed_at = models.DateTimeField(null=True, blank=True)
    sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["created_at", "pk"]
        indexes = [models.Index(fields=["status", "created_at"])]
        verbose_name = _("outbox message")

    def __str__(self):
        return f"{self.subject} → {self.to} ({self.status})"
