from decimal import Decimal

from django.utils.translation import gettext_lazy as _
from oscar.apps.shipping.methods import *  # noqa: F403
from oscar.apps.shipping.methods import FixedPrice, Free


class HomeDelivery(FixedPrice):
    """Delivery to an address in a served area, at the zone's fee."""

    code = "home-delivery"

    def __init__(self, zone, area=None):
        super().__init__(charge_excl_tax=zone.fee, charge_incl_tax=zone.fee)
        self.zone = zone
        self.name = _("Home delivery, %(area)s") % {"area": area or zone.name}


class MarketPickup(Free):
    """Collection at a Sunday market: no charge."""

    code = "market-pickup"

    def __init__(self, pickup_point):
        self.pickup_point = pickup_point
        self.name = _("Pickup at %(place)s") % {"place": pickup_point.name}


class ChosenAtCheckout(Free):
    """Shown on the basket page before the customer chooses how to receive it."""

    code = "chosen-at-checkout"
    name = _("Market pickup is free; home delivery has a fee by area (chosen at checkout)")
    charge = Decimal("0.00")
