"""What a shopper may buy, at what price.

Oscar's default strategy (first stock record, stock required, no tax: prices
include everything) plus two refusals: food past its best-before date, and
products of a cooperative that is not taking orders.
"""

from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from oscar.apps.partner import availability
from oscar.apps.partner.strategy import NoTax, StockRequired, Structured, UseFirstStockRecord


class PastBestBefore(availability.Unavailable):
    code = "expired"
    message = _("No longer sold: past its best-before date")

    def is_purchase_permitted(self, quantity):
        return False, _("This item is past its best-before date and can no longer be bought.")


class CooperativeNotSelling(availability.Unavailable):
    code = "unavailable"
    message = _("Not available: this cooperative is not taking orders just now")

    def is_purchase_permitted(self, quantity):
        return False, _("This cooperative is not taking orders just now.")


class FreshAndSellingRequired(StockRequired):
    def availability_policy(self, product, stockrecord):
        if stockrecord is not None:
            cooperative = _cooperative_of(stockrecord)
            if cooperative is not None and not cooperative.is_active:
                return CooperativeNotSelling()
        food = _food_details(product)
        if food is not None and food.is_expired(timezone.localdate()):
            return PastBestBefore()
        return super().availability_policy(product, stockrecord)


def _cooperative_of(stockrecord):
    try:
        return stockrecord.partner.cooperative
    except Exception:  # a partner without a cooperative (e.g. made in Oscar's dashboard)
        return None


def _food_details(product):
    try:
        return product.food_details
    except Exception:  # not a food product
        return None


class Strategy(UseFirstStockRecord, FreshAndSellingRequired, NoTax, Structured):
    pass


class Selector:
    def strategy(self, request=None, user=None, **kwargs):
        return Strategy(request)
