"""Glue between Oscar's order status changes and our services."""

from django.conf import settings
from django.dispatch import receiver
from oscar.apps.order.signals import order_status_changed


@receiver(order_status_changed, dispatch_uid="release_slot_on_cancel")
def release_slot_on_cancel(sender, order, old_status, new_status, **kwargs):
    """A cancelled order gives its delivery or pickup place back."""
    if new_status in settings.ORDER_CANCELLED_STATUSES:
        from delivery.services import slot_booking_release

        slot_booking_release(order=order)
