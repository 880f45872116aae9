from django import template

from delivery.services import slot_booking_active

register = template.Library()


@register.simple_tag
def order_slot(order):
    """The slot an order is booked in, or None."""
    booking = slot_booking_active(order) if order is not None else None
    return booking.slot if booking else None


@register.filter
def paisa_rupees(amount_paisa):
    """int paisa → Decimal rupees, for the currency filter."""
    from marketplace.money import from_paisa

    return from_paisa(int(amount_paisa or 0))


@register.simple_tag
def part_later_slot(part):
    """The slot of the later delivery a cooperative's part was sent in, or None."""
    from delivery.models import SlotBooking

    booking = (
        SlotBooking.objects.filter(parts=part, released_at__isnull=True)
        .select_related("slot")
        .first()
    )
    return booking.slot if booking else None
