"""Payments of orders, card refunds and the provider's webhook events.

Amounts are whole paisa (marketplace.money). A card payment row exists
before the provider is called, so its idempotency key — derived from the
order number and the attempt — is fixed before any request leaves.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Payment(models.Model):
    class Method(models.TextChoices):
        CASH = "cash", _("Cash on delivery")
        CARD = "card", _("Card")

    class Status(models.TextChoices):
        # Cash: due until the rider records it (delivery.cash).
        DUE = "due", _("To pay on delivery")
        # Card, in the order a payment moves; see payments.states.
        STARTED = "started", _("Started")
        REQUIRES_ACTION = "requires_action", _("Waiting for the bank's check")
        AUTHORISED = "authorised", _("Authorised")
        PAID = "paid", _("Paid")
        FAILED = "failed", _("Declined")
        VOIDED = "voided", _("Released (not charged)")

    order_number = models.CharField(_("order number"), max_length=128, db_index=True)
    order = models.ForeignKey(
        "order.Order", null=True, blank=True, on_delete=models.PROTECT, related_name="payments"
    )
    method = models.CharField(max_length=8, choices=Method.choices)
    attempt = models.PositiveSmallIntegerField(default=1)
    idempotency_key = models.CharField(max_length=80, unique=True)
    intent_id = models.CharField(max_length=80, unique=True, null=True, blank=True)
    amount_paisa = models.BigIntegerField()
    currency = models.CharField(max_length=3, default="PKR")
    status = models.CharField(max_length=16, choices=Status.choices)
    amount_captured_paisa = models.BigIntegerField(default=0)
    amount_refunded_paisa = models.BigIntegerField(default=0)
    failure_message = models.CharField(max_length=255, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["order_number", "attempt"], name="payment_one_row_per_attempt"
            ),
            models.CheckConstraint(
                condition=models.Q(amount_paisa__gt=0), name="payment_amount_positive"
            ),
            models.CheckConstraint(
                condition=models.Q(amount_refunded_paisa__lte=models.F("amount_captured_paisa")),
                name="payment_refunds_within_captured",
            ),
        ]
        ordering = ["order_number", "attempt"]

    def __str__(self):
        return f"{self.order_number} #{self.attempt} {self.method} {self.status}"

    @property
    def refundable_paisa(self) -> int:
        return self.amount_captured_paisa - self.amount_refunded_paisa


class Refund(models.Model):
    payment = models.ForeignKey(Payment, on_delete=models.PROTECT, related_name="refunds")
    provider_refund_id = models.CharField(max_length=80, unique=True, null=True, blank=True)
    idempotency_key = models.CharField(max_length=80, unique=True, null=True, blank=True)
    amount_paisa = models.BigIntegerField()
    reason = models.CharField(max_length=255, blank=True)
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.CheckConstraint(
                condition=models.Q(amount_paisa__gt=0), name="refund_amount_positive"
            ),
        ]
        ordering = ["created_at", "pk"]

    def __str__(self):
        return f"{self.payment.order_number} refund {self.amount_paisa}"


class ProviderEvent(models.Model):
    """A webhook event, stored once by its id (the inbox)."""

    provider = models.CharField(max_length=16, default="stripe")
    event_id = models.CharField(max_length=80)
    type = models.CharField(max_length=80)
    payload = models.JSONField()
    received_at = models.DateTimeField(auto_now_add=True)
    deliveries = models.PositiveIntegerField(default=1)
    processed_at = models.DateTimeField(null=True, blank=True)
    error = models.TextField(blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["provider", "event_id"], name="provider_event_once")
        ]
        ordering = ["-received_at"]

    def __str__(self):
        return f"{self.provider} {self.type} {self.event_id}"
