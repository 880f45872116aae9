from django import template

from orders.models import LineCancellation

register = template.Library()


@register.simple_tag
def order_cancellations(order):
    """What was taken off the order, oldest first, for the customer's order pages."""
    return list(LineCancellation.objects.filter(line__order=order).select_related("line"))
