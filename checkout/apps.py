import oscar.apps.checkout.apps as apps
from django.urls import path
from oscar.core.loading import get_class


class CheckoutConfig(apps.CheckoutConfig):
    """Thin fork of Oscar's checkout: a delivery step (home or market pickup)
    after the e-mail, and a slot step after the shipping method."""

    name = "checkout"

    def ready(self):
        super().ready()
        self.delivery_view = get_class("checkout.views", "DeliveryChoiceView")
        self.pickup_contact_view = get_class("checkout.views", "PickupContactView")
        self.slot_view = get_class("checkout.views", "SlotView")

    def get_urls(self):
        return super().get_urls() + self.post_process_urls(
            [
                path("delivery/", self.delivery_view.as_view(), name="delivery"),
                path("pickup-contact/", self.pickup_contact_view.as_view(), name="pickup-contact"),
                path("slot/", self.slot_view.as_view(), name="slot"),
            ]
        )
