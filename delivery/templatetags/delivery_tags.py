from django import template

from delivery.services import slot_booking_active

register = template.Library()


@register.simple_tag
def order_slot(order):
    """The slot an order is booked in, or None."""
    booking = slot_booking_active(order) if order is not None else None
    return booking.slot if booking else None
