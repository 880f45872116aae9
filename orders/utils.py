from django.db import transaction
from oscar.apps.order.exceptions import UnableToPlaceOrder
from oscar.apps.order.utils import OrderCreator as OscarOrderCreator
from oscar.core.loading import get_model

from partner.strategy import NotForSale, Selector, line_refusal

from .fulfilment import order_parts_create

BasketLine = get_model("basket", "Line")


class OrderCreator(OscarOrderCreator):
    """Oscar's order creation, plus one part per cooperative, in one transaction."""

    def place_order(self, basket, *args, **kwargs):
        with transaction.atomic():
            basket_sellable_check(basket=basket)
            order = super().place_order(basket, *args, **kwargs)
            order_parts_create(order=order)
        return order


def basket_sellable_check(*, basket):
    """Refuse (UnableToPlaceOrder) a basket holding a product that may not be
    sold at all, as the purchase strategy decides, from rows read now.

    Checkout has asked the strategy at every step; this is the last word,
    inside the order's transaction, whatever the request carried. How many
    are left is decided by the locked allocation that follows.
    """
    lines = BasketLine.objects.filter(basket=basket).select_related(
        "product__parent", "product__food_details", "stockrecord__partner__cooperative"
    )
    strategy = Selector().strategy()
    for line in lines:
        availability = strategy.fetch_for_product(line.product, line.stockrecord).availability
        if isinstance(availability, NotForSale):
            raise UnableToPlaceOrder(
                line_refusal(line.product.get_title(), availability, line.quantity)
            )
