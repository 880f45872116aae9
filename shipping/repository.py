"""Shipping methods from the customer's delivery choice in checkout.

The delivery step stores home delivery (an area of a zone) or pickup (a
pickup point) in the checkout session; the one matching method is offered.
"""

from oscar.apps.shipping import repository

from .methods import ChosenAtCheckout, HomeDelivery, MarketPickup


class Repository(repository.Repository):
    def get_available_shipping_methods(self, basket, shipping_addr=None, **kwargs):
        from checkout.delivery import delivery_choice

        request = kwargs.get("request")
        choice = delivery_choice(request) if request is not None else None
        if choice is None:
            return [ChosenAtCheckout()]
        if choice.zone is not None:
            return [HomeDelivery(choice.zone, choice.area)]
        return [MarketPickup(choice.pickup_point)]
