from django import template

from orders.models import LineCancellation

register = template.Library()


@register.simple_tag
def order_cancellations(order):
    """What was taken off the order, oldest first, for the customer's order pages."""
    return list(LineCancellation.objects.filter(line__order=order).select_related("line"))


@register.filter
def status_label(stored):
    """An order's status (stored in English) in the reader's language."""
    from orders.fulfilment import status_label as label

    return label(stored)
