"""Oscar's order models, plus each cooperative's part of an order.

One customer order may hold lines from several cooperatives. Each
cooperative prepares its own part, which moves through its own states
(``orders.fulfilment``); the customer-facing status is derived from the
parts and mirrored into Oscar's ``Order.status`` for Oscar's screens.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class OrderPart(models.Model):
    class Status(models.TextChoices):
        PLACED = "placed", _("Placed")
        ACCEPTED = "accepted", _("Accepted")
        PREPARING = "preparing", _("Being prepared")
        READY = "ready", _("Ready")
        OUT_FOR_DELIVERY = "out_for_delivery", _("Out for delivery")
        DELIVERED = "delivered", _("Delivered")
        CANCELLED = "cancelled", _("Cancelled")
        DELIVERY_FAILED = "delivery_failed", _("Delivery failed")
        RETURNED = "returned", _("Returned")

    order = models.ForeignKey("order.Order", on_delete=models.CASCADE, related_name="parts")
    partner = models.ForeignKey(
        "partner.Partner", on_delete=models.PROTECT, related_name="order_parts"
    )
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.PLACED
    )
    cancel_reason = models.CharField(_("reason for cancelling"), max_length=255, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["order", "partner__name"]
        constraints = [
            models.UniqueConstraint(fields=["order", "partner"], name="one_part_per_cooperative")
        ]
        verbose_name = _("cooperative's part of an order")

    def __str__(self):
        return f"{self.order_id} / {self.partner_id}: {self.status}"


class OrderPartEvent(models.Model):
    """One move of a part, never edited: who moved it, when, from what to what, why."""

    part = models.ForeignKey(OrderPart, on_delete=models.CASCADE, related_name="events")
    from_status = models.CharField(max_length=20, choices=OrderPart.Status.choices)
    to_status = models.CharField(max_length=20, choices=OrderPart.Status.choices)
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    note = models.CharField(max_length=255, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "pk"]

    def __str__(self):
        return f"{self.part_id}: {self.from_status} → {self.to_status}"


class LineCancellation(models.Model):
    """Staff took some (or all) of a line off an order: its items went back to
    stock and its value off what the customer pays (refunded if paid by card)."""

    line = models.ForeignKey("order.Line", on_delete=models.PROTECT, related_name="cancellations")
    quantity = models.PositiveIntegerField()
    amount_paisa = models.BigIntegerField()
    reason = models.CharField(max_length=255)
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.CheckConstraint(
                condition=models.Q(quantity__gt=0), name="line_cancellation_quantity_positive"
            )
        ]
        ordering = ["created_at", "pk"]

    def __str__(self):
        return f"{self.line_id} −{self.quantity}"


class ShippingCancellation(models.Model):
    """The delivery fee taken off an order (when the whole order is cancelled)."""

    order = models.OneToOneField(
        "order.Order", on_delete=models.PROTECT, related_name="shipping_cancellation"
    )
    amount_paisa = models.BigIntegerField()
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self):
        return f"{self.order_id} fee −{self.amount_paisa}"


from oscar.apps.order.abstract_models import AbstractOrder  # noqa: E402


class Order(AbstractOrder):
    """Oscar's order, with the language the customer placed it in: the mail
    about it is written in that language, whoever moves it on."""

    language = models.CharField(
        _("language"), max_length=10, choices=settings.LANGUAGES, default=settings.LANGUAGE_CODE
    )


from oscar.apps.order.abstract_models import AbstractLine  # noqa: E402

from partner.strategy import add_refusal  # noqa: E402


class Line(AbstractLine):
    """Oscar's order line; a re-order the purchase strategy refuses says which
    product was not added and why."""

    def is_available_to_reorder(self, basket, strategy):
        available, reason = super().is_available_to_reorder(basket, strategy)
        if available or self.product is None:
            return available, reason
        return False, add_refusal(self.product.get_title(), [reason])


from oscar.apps.order.models import *  # noqa: E402, F403
