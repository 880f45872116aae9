import oscar.apps.shipping.apps as apps


class ShippingConfig(apps.ShippingConfig):
    """Thin fork of Oscar's shipping app: delivery by zone or market pickup."""

    name = "shipping"
