"""What a shopper may buy, at what price: the one rule every path asks.

Oscar's default strategy (first stock record, stock required, no tax: prices
include everything) plus the refusals of this marketplace, whatever the
stock: a product its cooperative has hidden, a product of a cooperative that
is paused, has left or is still awaiting the network's approval, and food
past its best-before date. They are ``NotForSale`` availabilities.

Oscar consults the strategy when a product is added to a basket, when a
basket line's quantity changes, on the basket page (a warning per line), at
every checkout step (``check_basket_is_valid``) and when an order is re-
ordered; ``orders.utils.OrderCreator`` asks it once more, with rows read
afresh inside the order's transaction, so nothing the browser sends can
place such an order. Stock itself is decided by the locked allocation
(``partner.stock``), not here.

Refusal reasons are short phrases, like Oscar's own ("a maximum of 3 can be
bought"), so that the sentences below can carry them whatever the path.
"""

from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from oscar.apps.partner import availability
from oscar.apps.partner.strategy import NoTax, StockRequired, Structured, UseFirstStockRecord


class NotForSale(availability.Unavailable):
    """Cannot be bought in any quantity, whatever the stock."""

    code = "unavailable"
    reason = _("it is not for sale")

    def is_purchase_permitted(self, quantity):
        return False, self.reason


class ProductHidden(NotForSale):
    message = _("No longer for sale")
    reason = _("it is no longer for sale")


class CooperativeAwaitingApproval(NotForSale):
    message = _("Not on sale yet: its cooperative is awaiting the network's approval")
    reason = _("it is not on sale yet")


class CooperativeNotSelling(NotForSale):
    message = _("Not available: this cooperative is not taking orders just now")
    reason = _("its cooperative is not taking orders just now")


class PastBestBefore(NotForSale):
    code = "expired"
    message = _("No longer sold: past its best-before date")
    reason = _("it is past its best-before date")


def not_for_sale(product, stockrecord) -> NotForSale | None:
    """Why ``product`` (listed by ``stockrecord``) may not be sold at all, or None."""
    if not product.is_public or (product.is_child and not product.parent.is_public):
        return ProductHidden()
    cooperative = _cooperative_of(stockrecord) if stockrecord is not None else None
    if cooperative is not None and not cooperative.is_active:
        if cooperative.is_awaiting_approval:
            return CooperativeAwaitingApproval()
        return CooperativeNotSelling()
    food = _food_details(product)
    if food is not None and food.is_expired(timezone.localdate()):
        return PastBestBefore()
    return None


class SellableRequired(StockRequired):
    def availability_policy(self, product, stockrecord):
        return not_for_sale(product, stockrecord) or super().availability_policy(
            product, stockrecord
        )


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


class Strategy(UseFirstStockRecord, SellableRequired, NoTax, Structured):
    pass


class Selector:
    def strategy(self, request=None, user=None, **kwargs):
        return Strategy(request)


# What the shopper reads. One sentence per situation, whichever path refused.


def line_refusal(title: str, availability, quantity: int) -> str | None:
    """Why ``quantity`` of a basket line cannot be bought, as a sentence with
    what to do about it; None when it can be bought."""
    permitted, reason = availability.is_purchase_permitted(quantity)
    if permitted:
        return None
    if availability.is_available_to_buy:
        # Some can be bought, only not this many.
        return gettext("Please lower the quantity of “%(title)s”: %(reason)s.") % {
            "title": title,
            "reason": reason,
        }
    return gettext("Please remove “%(title)s” from your cart: %(reason)s.") % {
        "title": title,
        "reason": reason,
    }


def basket_line_refusal(line) -> str | None:
    """``line_refusal`` for a basket line, by its basket's strategy."""
    return line_refusal(line.product.get_title(), line.purchase_info.availability, line.quantity)


def add_refusal(title: str, reasons) -> str:
    """Why a product was not put in the basket (added, moved back, re-ordered)."""
    return gettext("“%(title)s” was not added to your cart: %(reason)s.") % {
        "title": title,
        "reason": "; ".join(str(reason).rstrip(".۔") for reason in reasons),
    }
