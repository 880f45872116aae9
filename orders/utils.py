from django.db import transaction
from oscar.apps.order.utils import OrderCreator as OscarOrderCreator

from .fulfilment import order_parts_create


class OrderCreator(OscarOrderCreator):
    """Oscar's order creation, plus one part per cooperative, in one transaction."""

    def place_order(self, *args, **kwargs):
        with transaction.atomic():
            order = super().place_order(*args, **kwargs)
            order_parts_create(order=order)
        return order
